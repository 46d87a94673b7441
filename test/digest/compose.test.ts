import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import type { Analysis, DatedEvent, Quote } from "../../src/model/analysis.js";
import { loadArticleFile, loadContentDir } from "../../src/content/load.js";
import {
  composeDigest,
  isUpcoming,
  keyDates,
  MAX_DIGEST_MESSAGES,
  notableQuote,
} from "../../src/digest/compose.js";
import { summarySentences } from "../../src/nlp/summary.js";
import { renderMessages, renderPlain } from "../../src/render/messages.js";
import { BBC } from "../support/articles.js";
import { parseTelegramHtml } from "../support/telegram-html.js";

const seed = analyse(await loadArticleFile("content", "content/kazakhstan-russia-alliance.md"));

/** A dated event built from the seed's own sentence ("…scheduled for June 9, 2019…"). */
function electionEvent(a: Analysis): DatedEvent {
  const s = a.sentences.find((x) => x.text.includes("June 9, 2019"));
  if (!s) throw new Error("seed sentence not found");
  return {
    date: "2019-06-09",
    precision: "day",
    stated: "June 9, 2019",
    implied: false,
    event: "early elections of the head of the Kazakh State",
    sentence: s.index,
    para: s.para,
  };
}

function validTelegram(messages: { html: string }[]): void {
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.length).toBeLessThanOrEqual(MAX_DIGEST_MESSAGES);
  for (const m of messages) {
    expect(m.html.trim().length).toBeGreaterThan(0);
    const parsed = parseTelegramHtml(m.html);
    expect(parsed.text.length).toBeLessThanOrEqual(4096);
  }
}

describe("digest content", () => {
  it("the first digest covers the article: title and the same 3 summary sentences as /summary 3, with ¶", () => {
    const d = composeDigest({ analyses: [seed], digested: new Set(), today: "2019-06-03" });
    const plain = renderPlain(d.reply);
    expect(plain).toContain("Daily digest — Monday 3 June 2019");
    expect(plain).toContain(seed.article.title);
    for (const i of summarySentences(seed, 3)) {
      const s = seed.sentences[i]!;
      expect(plain).toContain(`${s.text} (¶${s.para})`);
    }
    expect(d.articleIds).toEqual([seed.article.id]);
    expect(d.shown).toBe(1);
    validTelegram(renderMessages(d.reply));
  });

  it("key dates, one notable quote, and what is coming up while it is in the future", () => {
    const quote = seed.sentences.find((s) => s.text.startsWith("“Why do we talk"))!;
    const withExtras: Analysis = {
      ...seed,
      dates: [electionEvent(seed)],
      quotes: [
        {
          text: "pragmatic",
          speakerId: "p1",
          speaker: "Kasim-Zhomart Tokaev",
          sentence: 0,
          para: 1,
          partial: true,
        },
        {
          text: quote.text.slice(1, quote.text.indexOf("”")),
          speakerId: "p1",
          speaker: "Kasim-Zhomart Tokaev",
          cue: "told",
          sentence: quote.index,
          para: quote.para,
          partial: false,
        },
      ],
    };
    const before = renderPlain(
      composeDigest({ analyses: [withExtras], digested: new Set(), today: "2019-06-03" }).reply,
    );
    expect(before).toContain(
      "Key dates\n• 9 June 2019 — early elections of the head of the Kazakh State (¶5)",
    );
    expect(before).toContain("Kasim-Zhomart Tokaev said (¶3)");
    expect(before).toContain("Why do we talk about cooperation with Russia");
    expect(before).toContain(
      "Coming up\n• 9 June 2019 — early elections of the head of the Kazakh State (¶5)",
    );
    const after = renderPlain(
      composeDigest({ analyses: [withExtras], digested: new Set(), today: "2019-06-09" }).reply,
    );
    expect(after).not.toContain("Coming up");
  });

  it("the seed's own analysed dates: the election is coming up until it happens", () => {
    const before = renderPlain(
      composeDigest({ analyses: [seed], digested: new Set(), today: "2019-06-03" }).reply,
    );
    expect(before).toMatch(/Coming up\n• 9 June 2019 — [^\n]*election[^\n]*\(¶5\)/);
    expect(before).toMatch(/Key dates\n• /);
    const after = renderPlain(
      composeDigest({ analyses: [seed], digested: new Set(), today: "2019-06-10" }).reply,
    );
    expect(after).not.toContain("Coming up");
  });

  it("a day with nothing new gets one short line, and what is coming up", () => {
    const withDate: Analysis = { ...seed, dates: [electionEvent(seed)] };
    const d = composeDigest({
      analyses: [withDate],
      digested: new Set([seed.article.id]),
      today: "2019-06-04",
      lastDigest: "2019-06-03",
    });
    const plain = renderPlain(d.reply);
    expect(plain).toBe(
      "Daily digest — Tuesday 4 June 2019\n\nNothing new since the last digest (Mon 3 June).\n\nComing up\n• 9 June 2019 — early elections of the head of the Kazakh State (¶5)",
    );
    expect(d.articleIds).toEqual([]);
    const quiet = renderPlain(
      composeDigest({
        analyses: [{ ...seed, dates: [] }],
        digested: new Set([seed.article.id]),
        today: "2019-06-04",
      }).reply,
    );
    expect(quiet.split("\n\n")).toHaveLength(2);
  });

  it("later digests cover only the articles added since", async () => {
    const { articles } = await loadContentDir(path.join(BBC, "business"));
    const extra = articles.slice(0, 2).map(analyse);
    // (seed without dates: its upcoming election would rightly name it under "Coming up")
    const d = composeDigest({
      analyses: [...extra, { ...seed, dates: [] }],
      digested: new Set([seed.article.id]),
      today: "2019-06-04",
      lastDigest: "2019-06-03",
    });
    const plain = renderPlain(d.reply);
    expect(plain).toContain("2 new articles since the last digest.");
    expect(plain).not.toContain(seed.article.title);
    for (const a of extra) expect(plain).toContain(a.article.title);
    expect(d.articleIds).toEqual(extra.map((a) => a.article.id));
  });

  it("many new articles fit in 3 messages of ≤ 4096 characters, the rest counted", async () => {
    const { articles } = await loadContentDir(BBC);
    const real = articles.map(analyse);
    // 80 distinct articles made from the 16 real ones
    const many = Array.from({ length: 80 }, (_, i) => {
      const a = real[i % real.length]!;
      return {
        ...a,
        article: { ...a.article, id: `${a.article.id}-${i}`, title: `${a.article.title} (${i})` },
      };
    });
    const d = composeDigest({ analyses: many, digested: new Set(), today: "2019-06-03" });
    const messages = renderMessages(d.reply);
    validTelegram(messages);
    expect(d.shown).toBeGreaterThan(5);
    expect(d.shown).toBeLessThan(80);
    expect(d.articleIds).toHaveLength(80);
    expect(renderPlain(d.reply)).toContain(
      `…and ${80 - d.shown} more new articles: the button below lists them.`,
    );
    // the button opens the /articles page where the first article not shown is
    const page = Math.floor(d.shown / 10) + 1;
    expect(d.reply.buttons).toEqual([
      [
        {
          text: `${80 - d.shown} more new articles ›`,
          command: page > 1 ? `/articles ${page}` : "/articles",
        },
      ],
    ]);
    expect(messages.at(-1)?.buttons).toEqual(d.reply.buttons);
  });

  it("article text with <, > and & becomes HTML Telegram accepts", () => {
    const hostile: Analysis = {
      ...seed,
      article: { ...seed.article, id: "hostile", title: "Profits <up> & costs > forecast" },
    };
    const d = composeDigest({ analyses: [hostile], digested: new Set(), today: "2019-06-03" });
    const messages = renderMessages(d.reply);
    validTelegram(messages);
    expect(messages[0]!.html).toContain("Profits &lt;up&gt; &amp; costs &gt; forecast");
  });

  it("the preview says it is one", () => {
    const plain = renderPlain(
      composeDigest({ analyses: [seed], digested: new Set(), today: "2019-06-03", preview: true })
        .reply,
    );
    expect(plain).toMatch(/^Digest preview — Monday 3 June 2019\n\nA preview/);
  });
});

describe("choosing dates and the quote", () => {
  const q = (text: string, extra: Partial<Quote> = {}): Quote => ({
    text,
    sentence: 0,
    para: 1,
    partial: false,
    ...extra,
  });
  it("prefers the longest attributed whole quote", () => {
    const quotes = [
      q("an unattributed but very very long statement of things that happened", {}),
      q("short words said by someone", { speaker: "A" }),
      q("longer words said by someone else entirely", { speaker: "B" }),
      q("a partial phrase that is quite long indeed but partial", { speaker: "C", partial: true }),
      q("indirect speech that is the longest of all the quotes here by far", {
        speaker: "D",
        indirect: true,
      }),
    ];
    expect(notableQuote(quotes)?.speaker).toBe("B");
    expect(notableQuote([quotes[0]!])?.speaker).toBeUndefined();
    expect(notableQuote([])).toBeUndefined();
  });

  it("key dates: one per date, the most precise first, at most three, in date order", () => {
    const e = (date: string, precision: DatedEvent["precision"], sentence: number): DatedEvent => ({
      date,
      precision,
      stated: date,
      implied: false,
      event: `event ${sentence}`,
      sentence,
      para: 1,
    });
    const picked = keyDates([
      e("2019", "year", 0),
      e("2019-06-09", "day", 5),
      e("2019-03-20", "day", 3),
      e("2019-03-20", "day", 4),
      e("2019-04", "month", 1),
    ]);
    expect(picked.map((d) => d.date)).toEqual(["2019-03-20", "2019-04", "2019-06-09"]);
  });

  it("upcoming at each date's precision", () => {
    const e = (date: string, precision: DatedEvent["precision"]): DatedEvent => ({
      date,
      precision,
      stated: date,
      implied: false,
      event: "x",
      sentence: 0,
      para: 1,
    });
    expect(isUpcoming(e("2019-06-09", "day"), "2019-06-08")).toBe(true);
    expect(isUpcoming(e("2019-06-09", "day"), "2019-06-09")).toBe(false);
    expect(isUpcoming(e("2019-06", "month"), "2019-06-20")).toBe(false);
    expect(isUpcoming(e("2019-07", "month"), "2019-06-20")).toBe(true);
    expect(isUpcoming(e("2020", "year"), "2019-12-31")).toBe(true);
  });
});

describe("key dates as the timeline labels them", () => {
  it("a fiscal year and a part of a year keep their labels (made-up events)", async () => {
    const { articleBlocks } = await import("../../src/digest/compose.js");
    const base = electionEvent(seed);
    const a: Analysis = {
      ...seed,
      dates: [
        {
          ...base,
          date: "2014",
          end: "2015",
          precision: "year",
          fiscal: true,
          stated: "fiscal 2014-15",
        },
        { ...base, date: "2016-06", precision: "month", part: "mid", stated: "mid-June 2016" },
      ],
    };
    const text = renderPlain({ blocks: articleBlocks(a) });
    expect(text).toContain("fiscal year 2014–15 — ");
    expect(text).toContain("mid-June 2016 — ");
  });
});
