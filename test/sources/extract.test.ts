/** Articles from web pages (made-up pages in test/fixtures/pages) and from pasted text. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleFromPage, articleFromPastedText, webArticleId } from "../../src/sources/article.js";
import { decodeBody } from "../../src/sources/charset.js";
import { NotArticleError } from "../../src/sources/errors.js";
import { extractArticle } from "../../src/sources/extract.js";
import { publicationDay } from "../../src/sources/metadata.js";
import { classifyMessage, wordCount } from "../../src/sources/pasted.js";

const PAGES = path.join(import.meta.dirname, "..", "fixtures", "pages");
const page = (name: string) => decodeBody(readFileSync(path.join(PAGES, name)), undefined);
const URL_A =
  "https://courier.example/news/2031/03/ferry-pier-vote?utm_source=share&utm_medium=social#comments";

/** Made-up body paragraphs, long enough to be an article. */
const BODY = [
  "The library in the river town of Hallam will stay open until nine in the evening from next month, the town board said on Monday, after a year in which students asked for more room to study.",
  "The board agreed to pay for two more staff members from its reserve fund. The library director, Oskar Brandt, said the extra hours would start on the first Monday of the month.",
  "“Every evening we turn people away at seven, and most of them are young people with nowhere quiet to work,” Brandt said. “Now they can stay.”",
  "The library will also open its upstairs reading room, closed since a leak in the roof two winters ago, once repairs end in the spring.",
];

function html(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function refusal(fn: () => unknown): NotArticleError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(NotArticleError);
    return err as NotArticleError;
  }
  throw new Error("accepted as an article");
}

describe("extractArticle", () => {
  it("reads title, authors, publication time and site from JSON-LD, and the body without page furniture", () => {
    const a = extractArticle(page("article-jsonld.html"), URL_A);
    expect(a).toMatchObject({
      title: "Harbour town votes to rebuild its old ferry pier",
      byline: "Mara Lindqvist, Tobias Renn",
      published: "2031-03-14T08:30:00+01:00",
      date: "2031-03-14",
      siteName: "The Valley Courier",
      lang: "en",
      // the page's canonical link (relative, with a tracking parameter) is the key
      key: "https://courier.example/news/2031/03/ferry-pier-vote",
      url: URL_A,
    });
    expect(a.paragraphs[0]).toMatch(
      /^PORT ELSWICK – The council of Port Elswick voted on Thursday/,
    );
    expect(a.paragraphs.at(-1)).toMatch(/^Residents at the meeting applauded/);
    const all = a.paragraphs.join("\n");
    for (const furniture of [
      "By Mara",
      "Most read",
      "Bakery wins",
      "All rights reserved",
      "Sign in",
      "Harbour town votes",
    ])
      expect(all).not.toContain(furniture);
    expect(a.words).toBeGreaterThan(200);
  });

  it("reads Open Graph and article meta tags when there is no JSON-LD (page in Windows-1252)", () => {
    const a = extractArticle(
      page("article-meta.html"),
      "https://herald.example/2029/11/night-trains",
    );
    expect(a).toMatchObject({
      title: "Night trains return to the northern line",
      byline: "Petra Kalnins",
      published: "2029-11-02T06:00:00Z",
      date: "2029-11-02",
      siteName: "Lakeside Herald",
      key: "https://herald.example/2029/11/night-trains",
    });
    expect(a.paragraphs).toHaveLength(6);
    expect(a.paragraphs[2]).toMatch(/^“People asked us for this again and again/);
    expect(a.paragraphs.join(" ")).toContain("a small café");
  });

  it("takes the publication time from the article's <time datetime> when nothing else gives it", () => {
    const body = `<article><h1>Hallam library to stay open later</h1><p>By Jana Holt · <time datetime="2030-05-06T09:15:00+02:00">6 May</time></p>${BODY.map((p) => `<p>${p}</p>`).join("")}</article>`;
    const a = extractArticle(
      html("<title>Hallam library to stay open later – Hallam Post</title>", body),
      "https://post.example/library",
    );
    expect(a.published).toBe("2030-05-06T09:15:00+02:00");
    expect(a.date).toBe("2030-05-06");
    expect(a.paragraphs).toEqual(BODY);
  });

  it("takes the JSON-LD of a NewsArticle given alone, with a plain-string author", () => {
    const ld = {
      "@context": "https://schema.org",
      "@type": ["NewsArticle"],
      headline: "Library hours",
      datePublished: "2030-05-06",
      author: "Jana Holt",
    };
    const a = extractArticle(
      html(
        `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
        `<main>${BODY.map((p) => `<p>${p}</p>`).join("")}</main>`,
      ),
      "https://post.example/x",
    );
    expect(a).toMatchObject({ title: "Library hours", byline: "Jana Holt", date: "2030-05-06" });
  });

  it("survives broken JSON-LD", () => {
    const a = extractArticle(
      html(
        '<script type="application/ld+json">{ not json</script><title>T</title>',
        BODY.map((p) => `<p>${p}</p>`).join(""),
      ),
      "https://post.example/x",
    );
    expect(a.paragraphs).toEqual(BODY);
  });

  it("refuses a login wall, saying so", () => {
    const e = refusal(() =>
      extractArticle(page("login-wall.html"), "https://ledger.example/budget"),
    );
    expect(e.reason).toBe("login-wall");
    expect(e.message).toBe("the page asks to sign in or subscribe before showing the article");
  });

  it("refuses a teaser whose JSON-LD says it is not free to read", () => {
    const ld = { "@type": "NewsArticle", headline: "Budget", isAccessibleForFree: "False" };
    const e = refusal(() =>
      extractArticle(
        html(
          `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
          `<article><p>${BODY[0]}</p></article>`,
        ),
        "https://x.example/a",
      ),
    );
    expect(e.reason).toBe("login-wall");
  });

  it("refuses a front page of links and an empty page", () => {
    expect(
      refusal(() => extractArticle(page("front-page.html"), "https://courier.example/")).reason,
    ).toMatch(/too-short|no-text/);
    expect(refusal(() => extractArticle(html("", ""), "https://x.example/")).reason).toBe(
      "no-text",
    );
    expect(
      refusal(() => extractArticle(html("", `<p>${BODY[0]}</p>`), "https://x.example/")).message,
    ).toBe("the page has too little text to be an article");
  });
});

describe("extractArticle on bad input", () => {
  it.each([
    ["an empty body", ""],
    ["control characters", "\u0000\u0001\u0002"],
    ["a lone bracket", "<"],
    ["XML", "<?xml version='1.0'?><rss/>"],
  ])("refuses %s with a NotArticleError", (_name, input) => {
    refusal(() => extractArticle(input, "https://x.example/a"));
  });

  it("refuses pages nested or crowded beyond any article quickly, instead of tying up the bot", () => {
    const deep = `<html><body>${"<div>".repeat(2000)}${BODY.join(" ")}${"</div>".repeat(2000)}</body></html>`;
    expect(refusal(() => extractArticle(deep, "https://x.example/a"))).toMatchObject({
      reason: "too-complex",
      message: "the page is too complex to read",
    });
    expect(
      refusal(() => extractArticle("<span>a</span>".repeat(60_000), "https://x.example/a")).reason,
    ).toBe("too-complex");
  });

  it("reads a fragment without <html> or <body>, titling it by its first words", () => {
    const a = extractArticle(BODY.map((p) => `<p>${p}</p>`).join(""), "https://x.example/a");
    expect(a.paragraphs).toEqual(BODY);
    expect(a.title).toBe("The library in the river town of Hallam will stay…");
  });
});

describe("publicationDay", () => {
  it.each([
    ["2031-03-14T23:30:00-05:00", "2031-03-14"], // the publisher's own day
    ["2031-03-14", "2031-03-14"],
    ["Fri, 14 Mar 2031 07:30:00 GMT", "2031-03-14"],
    ["yesterday", undefined],
    ["0001-01-01T00:00:00Z", undefined],
    [undefined, undefined],
  ])("%s → %s", (value, day) => {
    expect(publicationDay(value)).toBe(day);
  });
});

describe("articleFromPage", () => {
  it("builds the Article the content loader builds: front matter, dateline, boilerplate dropped", () => {
    const extracted = extractArticle(page("article-jsonld.html"), URL_A);
    const article = articleFromPage(extracted, { receivedAt: 1_000 });
    expect(article).toMatchObject({
      id: webArticleId(extracted.key),
      file: "https://courier.example/news/2031/03/ferry-pier-vote",
      url: "https://courier.example/news/2031/03/ferry-pier-vote",
      title: "Harbour town votes to rebuild its old ferry pier",
      source: "The Valley Courier",
      date: "2031-03-14",
      place: "PORT ELSWICK",
      mtimeMs: 1_000,
    });
    expect(article.id).toMatch(/^courier\.example\/ferry-pier-vote-[0-9a-f]{6}$/);
    expect(article.paragraphs[0]).toMatch(/^The council of Port Elswick voted/);
    expect(article.paragraphs).not.toContain("Advertisement");
    expect(article.hash).toMatch(/^[0-9a-f]{64}$/);
    // the same page again is the same article, with the same cache key
    const again = articleFromPage(
      extractArticle(
        page("article-jsonld.html"),
        "https://courier.example/news/2031/03/ferry-pier-vote",
      ),
      { receivedAt: 2_000 },
    );
    expect(again.id).toBe(article.id);
    expect(again.hash).toBe(article.hash);
  });

  it("makes short readable ids from any URL", () => {
    expect(webArticleId("https://www.example.org/")).toMatch(/^example\.org\/page-[0-9a-f]{6}$/);
    expect(webArticleId("https://example.org/world/2031/Überraschung-im-Rathaus.html")).toMatch(
      /^example\.org\/uberraschung-im-rathaus-[0-9a-f]{6}$/,
    );
  });
});

describe("pasted text", () => {
  const article = ["Hallam library to stay open later", "", ...BODY.flatMap((p) => [p, ""])].join(
    "\n",
  );

  it("takes a long message or a forwarded channel post as an article, and the rest as questions", () => {
    expect(wordCount(article)).toBeGreaterThanOrEqual(120);
    expect(classifyMessage({ text: article })).toBe("article");
    expect(classifyMessage({ text: "What did Brandt say about the library?" })).toBe("question");
    expect(classifyMessage({ text: BODY[0]! })).toBe("question");
    expect(classifyMessage({ text: BODY[0]!, forwardedFromChannel: true })).toBe("article");
    expect(classifyMessage({ text: "Library open late!", forwardedFromChannel: true })).toBe(
      "question",
    );
    expect(classifyMessage({ text: `/summary ${article}` })).toBe("question");
    // one long paragraph ending in a question mark is a question
    expect(
      classifyMessage({ text: `${BODY.join(" ")} So what does this mean for the students?` }),
    ).toBe("question");
    expect(classifyMessage({ text: BODY[0]! }, { minWords: 10 })).toBe("article");
  });

  it("builds an article titled by its first line, paragraphs split at blank lines", () => {
    const a = articleFromPastedText(article, {
      receivedAt: 5,
      source: "forwarded from Hallam Post",
    });
    expect(a).toMatchObject({
      title: "Hallam library to stay open later",
      source: "forwarded from Hallam Post",
      mtimeMs: 5,
      paragraphs: BODY,
    });
    expect(a.id).toMatch(/^text\/hallam-library-to-stay-open-later-[0-9a-f]{6}$/);
    expect(a.date).toBeUndefined();
    expect(a.url).toBeUndefined();
  });

  it("takes single line breaks as paragraph breaks, as chat apps send them", () => {
    const a = articleFromPastedText(["Library hours", ...BODY].join("\n"));
    expect(a.paragraphs).toEqual(BODY);
  });

  it("titles a text that starts with a paragraph by its first words and keeps that paragraph", () => {
    const a = articleFromPastedText(BODY.join("\n\n"));
    expect(a.title).toBe("The library in the river town of Hallam will stay…");
    expect(a.paragraphs).toEqual(BODY);
  });
});
