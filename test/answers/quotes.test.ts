import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import type { Analysis } from "../../src/model/analysis.js";
import type { Button, Reply } from "../../src/answers/reply.js";
import { answer } from "../../src/answers/router.js";
import { articleFromBytes } from "../../src/content/load.js";
import { Library } from "../../src/library/library.js";
import { renderMessages, renderPlain } from "../../src/render/messages.js";
import { contextsFor } from "../support/context.js";
import { analyseFile } from "../support/eval/quote-gold.js";

const SEED = "content/kazakhstan-russia-alliance.md";
const seed = analyseFile(SEED);

function fromText(body: string, id: string, mtimeMs = 0): Analysis {
  return analyse(
    articleFromBytes(
      "/tmp/c",
      path.join("/tmp/c", `${id}.txt`),
      new TextEncoder().encode(body),
      mtimeMs,
    ),
  );
}

const contextOf = contextsFor({ now: () => new Date("2020-01-01") });

function ask(library: Library, text: string): Reply[] {
  return answer({ text, chat: "private" }, contextOf(library));
}

const plain = (replies: Reply[]) => replies.map(renderPlain).join("\n\n");
/** The quote lines of a reply: "Speaker cue (¶n): “…”". */
const quoteLines = (out: string) => out.split("\n").filter((l) => /\(¶\d+\): “/.test(l));

describe("/quotes on the seed", () => {
  const library = new Library([seed]);

  it("lists all seven quotes in article order, each with Tokaev and its ¶", () => {
    const lines = quoteLines(plain(ask(library, "/quotes")));
    expect(lines).toHaveLength(7);
    for (const l of lines) expect(l).toMatch(/^Kasim-Zhomart Tokaev /);
    expect(lines.map((l) => Number(/¶(\d+)/.exec(l)![1]))).toEqual([1, 2, 3, 8, 9, 9, 10]);
    expect(lines[2]).toContain("pragmatic sense");
    expect(lines[6]).toContain("neighbors of God");
  });

  it("filters by speaker, any spelling or alias", () => {
    for (const f of [
      "Tokayev",
      "tokaev",
      "TOKAEV",
      "Kasym-Zhomart Tokayev",
      "the head of the republic",
    ])
      expect(quoteLines(plain(ask(library, `/quotes ${f}`))), f).toHaveLength(7);
  });

  it("filters by words in the quotes when no speaker matches", () => {
    const lines = quoteLines(plain(ask(library, "/quotes isolationism")));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("the growing tendencies towards isolationism");
    expect(quoteLines(plain(ask(library, "/quotes Great Eurasia")))).toHaveLength(1);
  });

  it("says plainly when nothing matches", () => {
    expect(plain(ask(library, "/quotes Obama"))).toContain("No quotes by or about “Obama”");
    const putin = plain(ask(library, "/quotes Putin"));
    expect(putin).toContain("Vladimir Putin is mentioned");
    expect(quoteLines(putin)).toEqual([]);
  });

  it("reports an unknown article number", () => {
    expect(plain(ask(library, "/quotes 7"))).toContain("No article “7”");
  });
});

describe("/who on the seed", () => {
  const library = new Library([seed]);

  it("lists the people with their roles and how often each is quoted", () => {
    const out = plain(ask(library, "/who"));
    expect(out).toContain(
      "• Kasim-Zhomart Tokaev — acting president of Kazakhstan (quoted 7 times)",
    );
    expect(out).toContain(
      "• Nursultan Nazarbayev — first president of Kazakhstan (not quoted directly)",
    );
    expect(out).toContain("• Vladimir Putin — Russian President (not quoted directly)");
    expect(out.indexOf("Tokaev")).toBeLessThan(out.indexOf("Nazarbayev"));
  });

  it("shows one person: role, the names the text uses, their quotes", () => {
    const out = plain(ask(library, "/who Tokayev"));
    expect(out).toContain("Role: acting president of Kazakhstan (¶1)");
    expect(out).toMatch(/Also called: .*“the Kazakh president”.*“the head of the republic”/);
    expect(quoteLines(out)).toHaveLength(7);
  });

  it("for someone not quoted, says so and shows the quotes that mention them", () => {
    const out = plain(ask(library, "/who Nazarbaev"));
    expect(out).toContain("Role: first president of Kazakhstan (¶4)");
    expect(out).toContain("Nursultan Nazarbayev is not quoted directly.");
    expect(out).toContain("neighbors of God");
  });

  it("says when no one has that name", () => {
    expect(plain(ask(library, "/who Obama"))).toContain("I found no one called “Obama”");
  });
});

describe("paging and article references", () => {
  // An article with many long quotes, so /quotes needs several pages.
  const paras = ["Dana Whitfield, the chair of the harbour board, spoke to reporters on Friday."];
  for (let i = 1; i <= 30; i++)
    paras.push(
      `"This is statement number ${i}, and it goes on for a while about the harbour, the boats, the weather and the plans we have for the quay," Ms Whitfield said.`,
    );
  const long = fromText(
    `Harbour plans\n\n${paras.join("\n\n")}`,
    "harbour-plans",
    2_000_000_000_000,
  );
  const library = new Library([seed, long]);

  it("pages a long list, each page well under Telegram's limit, with buttons that reproduce the pages", () => {
    const first = ask(library, "/quotes harbour-plans")[0]!;
    const buttons = first.buttons?.flat() ?? [];
    expect(buttons.map((b) => b.command)).toEqual([
      expect.stringMatching(/^\/quotes harbour-plans page:2\.\w+$/),
    ]);
    const seen: string[] = [];
    let page: Reply | undefined = first;
    let total = 0;
    while (page) {
      const out = renderPlain(page);
      seen.push(out);
      total += quoteLines(out).length;
      for (const m of renderMessages(page)) expect(m.html.length).toBeLessThan(3600);
      expect(renderMessages(page)).toHaveLength(1);
      const next: Button | undefined = page.buttons?.flat().find((b) => b.text.endsWith("›"));
      page = next ? ask(library, next.command)[0] : undefined;
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(total).toBe(30);
    // Running a page's command again gives the same page.
    const again = ask(library, "/quotes harbour-plans page:2")[0]!;
    expect(renderPlain(again)).toBe(seen[1]);
    const back = again.buttons!.flat().find((b) => b.text.startsWith("‹"))!;
    expect(renderPlain(ask(library, back.command)[0]!)).toBe(seen[0]);
    // a button made for another list of quotes: said, and the first page
    const stale = renderPlain(ask(library, "/quotes harbour-plans page:2.zzzzzz")[0]!);
    expect(stale).toMatch(/^The list changed since that button was made/);
    expect(stale).toContain(seen[0]!.split("\n").slice(0, 3).join("\n"));
  });

  it("keeps the filter in the page buttons", () => {
    const first = ask(library, "/quotes whitfield harbour-plans")[0]!;
    expect(first.buttons!.flat()[0]!.command).toMatch(
      /^\/quotes harbour-plans whitfield page:2\.\w+$/,
    );
  });

  it("takes an article reference first or last", () => {
    const n = library.numberOf(seed.article.id)!;
    expect(quoteLines(plain(ask(library, `/quotes ${n}`)))).toHaveLength(7);
    expect(quoteLines(plain(ask(library, `/quotes ${3 - n}`)))).not.toHaveLength(7);
    expect(
      quoteLines(plain(ask(library, "/quotes Tokayev kazakhstan-russia-alliance"))),
    ).toHaveLength(7);
    expect(plain(ask(library, "/who kazakhstan-russia-alliance"))).toContain("Vladimir Putin");
  });

  it("answers an article with no quotes and bad input without failing", () => {
    const quiet = new Library([
      fromText("Quiet day\n\nNothing happened in the town today. The shops were shut.", "quiet"),
    ]);
    expect(plain(ask(quiet, "/quotes"))).toContain("I found no direct quotes");
    expect(plain(ask(quiet, "/who"))).toContain("I found no people named");
    for (const odd of [
      "/quotes page:0",
      "/quotes page:99999",
      "/quotes <b>",
      "/who \u0000",
      "/quotes ' \" “",
      "/who page:2",
    ])
      expect(() => ask(library, odd)).not.toThrow();
  });
});
