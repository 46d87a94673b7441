/**
 * Rendering replies for Telegram: every piece of article and user text escaped, replies
 * split into messages Telegram accepts (checked with the emulator's strict HTML parser),
 * never empty, never over 4096 characters.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  bold,
  code,
  italic,
  item,
  reply,
  text,
  title,
  type Block,
  type Reply,
} from "../../src/answers/reply.js";
import { blockHtml, escapeHtml } from "../../src/render/html.js";
import {
  chunks,
  renderMessages,
  renderPlain,
  TELEGRAM_TEXT_LIMIT,
  type RenderedMessage,
} from "../../src/render/messages.js";
import { parseTelegramHtml } from "../support/telegram-html.js";

const HOSTILE = `<b>what</b> did <i>Tokaev & co</i> say about <Russia>? &amp; &lt;script&gt; "quoted" 'single' </blockquote>`;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every message must be what Telegram accepts: valid HTML, 1..4096 characters of text after parsing. */
function expectValid(messages: RenderedMessage[]): string[] {
  expect(messages.length).toBeGreaterThan(0);
  return messages.map((m) => {
    const parsed = parseTelegramHtml(m.html);
    expect(parsed.text.length).toBeGreaterThan(0);
    expect(parsed.text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(m.text.trim().length).toBeGreaterThan(0);
    expect(LONE_SURROGATE.test(m.html)).toBe(false);
    expect(LONE_SURROGATE.test(m.text)).toBe(false);
    return parsed.text;
  });
}

const seed = readFileSync("content/kazakhstan-russia-alliance.md", "utf8")
  .split(/\n\s*\n/)
  .slice(1)
  .map((p) => p.trim());

describe("escaping", () => {
  it("escapes <, > and & and nothing else Telegram would misread", () => {
    expect(escapeHtml(`a < b > c & d "e" 'f'`)).toBe(`a &lt; b &gt; c &amp; d "e" 'f'`);
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });

  it.each<[string, Block]>([
    ["title", title(HOSTILE)],
    ["text", text(HOSTILE, bold(HOSTILE), italic(HOSTILE), code(HOSTILE))],
    ["item", item(HOSTILE)],
    [
      "sentence",
      { kind: "sentence", text: HOSTILE, para: 3, lead: [bold(HOSTILE)], article: HOSTILE },
    ],
    [
      "quote",
      {
        kind: "quote",
        text: HOSTILE,
        speaker: HOSTILE,
        cue: HOSTILE,
        para: 2,
        lead: [italic(HOSTILE)],
        article: HOSTILE,
      },
    ],
    ["quote without speaker", { kind: "quote", text: HOSTILE, para: 1 }],
  ])(
    "a %s block with hostile article or user text is valid HTML that shows the text as typed",
    (_kind, block) => {
      const parsed = parseTelegramHtml(blockHtml(block));
      expect(parsed.text).toContain(HOSTILE.trim());
    },
  );

  it("renders the seed article's paragraphs (quotes, dashes, ¶) as valid HTML", () => {
    const blocks: Block[] = seed.map((p, i) => ({ kind: "sentence", text: p, para: i + 1 }));
    const texts = expectValid(renderMessages({ blocks }));
    expect(texts.join("\n")).toContain("Tokaev");
  });
});

describe("splitting", () => {
  const sentences = (n: number, size: number): Block[] =>
    Array.from({ length: n }, (_, i) => ({
      kind: "sentence" as const,
      text:
        `Sentence ${i} says ${"that & <this> ".repeat(Math.ceil(size / 14))}`
          .slice(0, size)
          .trim() + ".",
      para: i + 1,
    }));

  it("keeps a short reply in one message", () => {
    const m = renderMessages(reply(title("T"), text("one"), item("a"), item("b")));
    expect(m).toHaveLength(1);
    expect(m[0]?.html).toBe("<b>T</b>\n\none\n\n• a\n• b");
  });

  it("splits a long reply at block boundaries into valid messages of at most 4096 characters", () => {
    const blocks = sentences(120, 300);
    const messages = renderMessages({
      blocks,
      buttons: [[{ text: "More", command: "/summary 200" }]],
    });
    expect(messages.length).toBeGreaterThan(5);
    const texts = expectValid(messages);
    for (const m of messages) expect(m.html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    // every sentence whole in exactly one message, in order
    const all = texts.join("\n");
    let last = -1;
    for (const b of blocks) {
      const s = (b as { text: string }).text;
      expect(texts.filter((t) => t.includes(s))).toHaveLength(1);
      const at = all.indexOf(s);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
    // buttons only on the last message
    expect(messages.slice(0, -1).every((m) => m.buttons === undefined)).toBe(true);
    expect(messages.at(-1)?.buttons).toEqual([[{ text: "More", command: "/summary 200" }]]);
  });

  it("splits one over-long block at sentence boundaries", () => {
    const long = Array.from(
      { length: 80 },
      (_, i) => `This is sentence number ${i} of a paragraph & it has <odd> characters.`,
    ).join(" ");
    const messages = renderMessages(
      reply({ kind: "sentence", text: long, para: 7, article: "Long & <odd>" }),
    );
    expect(messages.length).toBeGreaterThan(1);
    const texts = expectValid(messages);
    for (const t of texts.slice(0, -1)) expect(t).toMatch(/characters\.( \(.*¶7\))?$/);
    expect(
      texts
        .join(" ")
        .replace(/\s*\(Long & <odd>, ¶7\)/g, "")
        .replace(/\s+/g, " "),
    ).toBe(long);
  });

  it("splits text with no spaces, emoji or heavy escaping without breaking anything", () => {
    for (const body of [
      "x".repeat(20_000),
      "😀".repeat(6000),
      "&".repeat(9000),
      "<>".repeat(5000),
      `${"a ".repeat(3000)}${"é😀<".repeat(2000)}`,
    ]) {
      const texts = expectValid(
        renderMessages(reply(text(body), { kind: "quote", text: body, para: 1, speaker: "S" })),
      );
      expect(texts.join("").replace(/\s/g, "").length).toBeGreaterThanOrEqual(
        body.replace(/\s/g, "").length,
      );
    }
  });

  it("chunks() cuts at sentence, then word boundaries, never above the maximum", () => {
    const s = "One two three. Four five six! Seven eight nine? Ten eleven twelve.";
    const pieces = chunks(s, 30);
    expect(pieces.every((p) => p.length <= 30 && p.length > 0)).toBe(true);
    expect(pieces[0]).toBe("One two three. Four five six!");
    expect(pieces.join(" ")).toBe(s);
  });
});

describe("never empty", () => {
  it.each<[string, Reply]>([
    ["no blocks", { blocks: [] }],
    ["an empty text block", reply(text(""))],
    ["whitespace only", reply(text("   \n  "), title("  "), item(""))],
    ["an empty title", reply(title(""))],
    ["buttons only", { blocks: [], buttons: [[{ text: "Again", command: "/summary" }]] }],
  ])("%s still renders one valid message", (_what, r) => {
    const messages = renderMessages(r);
    expect(messages).toHaveLength(1);
    expectValid(messages);
    if (r.buttons) expect(messages[0]?.buttons).toEqual(r.buttons);
  });

  it("drops blank blocks between real ones", () => {
    const m = renderMessages(reply(text("a"), text(" "), text("b")));
    expect(m[0]?.html).toBe("a\n\nb");
  });
});

describe("plain text", () => {
  it("shows button commands as hints and keeps article text as is", () => {
    const r: Reply = {
      blocks: [{ kind: "sentence", text: "A & B <c>.", para: 2 }],
      buttons: [[{ text: "More", command: "/summary 5" }]],
    };
    expect(renderPlain(r)).toBe("A & B <c>. (¶2)\n[More: /summary 5]");
    expect(renderMessages(r)[0]?.text).toBe("A & B <c>. (¶2)");
  });
});

describe("source links", () => {
  it("a title with a web address links there, escaped; anything else stays plain", () => {
    const linked = blockHtml(title("AT&T <up>", "https://example.com/a?x=1&y=2"));
    expect(linked).toBe(
      '<b><a href="https://example.com/a?x=1&amp;y=2">AT&amp;T &lt;up&gt;</a></b>',
    );
    const parsed = parseTelegramHtml(linked);
    expect(parsed.entities.find((e) => e.type === "text_link")?.url).toBe(
      "https://example.com/a?x=1&y=2",
    );
    for (const bad of ["javascript:alert(1)", "file:///etc/passwd", 'https://x.com/"><b>'])
      expect(blockHtml(title("T", bad))).toBe("<b>T</b>");
  });
});
