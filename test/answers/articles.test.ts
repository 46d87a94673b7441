import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleRef, chooseArticle } from "../../src/answers/article-ref.js";
import { articleDate, articlesPage } from "../../src/answers/articles.js";
import type { Reply } from "../../src/answers/reply.js";
import { answer } from "../../src/answers/router.js";
import { Library } from "../../src/library/library.js";
import { renderMessages } from "../../src/render/messages.js";
import { analyseFile, BBC, fakeAnalysis, SEED_FILE } from "../support/articles.js";
import { contextsFor } from "../support/context.js";

/** 25 articles: 24 dated 2000-01-01 … 2000-01-24 (article 1 is the newest), then the seed file. */
function library(): Library {
  const list = Array.from({ length: 24 }, (_, i) =>
    fakeAnalysis(`news/item-${String(i + 1).padStart(2, "0")}`, {
      date: `2000-01-${String(i + 1).padStart(2, "0")}`,
      title: `Item ${i + 1}`,
    }),
  );
  const seed = analyseFile(path.dirname(SEED_FILE), SEED_FILE, Date.UTC(1999, 0, 1));
  return new Library([
    ...list,
    { ...seed, referenceDate: undefined, referenceDateSource: undefined },
  ]);
}

const ctx = contextsFor({ now: () => new Date("2020-01-01") });
const ask = (lib: Library, text: string): Reply[] => answer({ text, chat: "private" }, ctx(lib));
const plain = (replies: Reply[]) =>
  replies.flatMap((r) => renderMessages(r).map((m) => m.text)).join("\n");

describe("/articles", () => {
  it("lists 10 a page, newest first: number, title, date, file name; buttons turn pages and open summaries", () => {
    const lib = library();
    const [page1] = ask(lib, "/articles");
    const text = plain([page1!]);
    expect(text).toContain("Articles 1–10 of 25, newest first (page 1 of 3)");
    expect(text).toContain("1. Item 24 — 24 January 2000 · news/item-24");
    expect(text).toContain("10. Item 15 — 15 January 2000");
    expect(text).not.toContain("11.");
    const buttons = page1!.buttons!.flat().map((b) => b.command);
    expect(buttons.slice(0, 10)).toEqual(
      lib
        .list()
        .slice(0, 10)
        .map((a) => `/summary ${a.article.id}`),
    );
    expect(buttons.slice(10)).toEqual([
      expect.stringMatching(/^\/articles page:2\.\w+$/),
      expect.stringMatching(/^\/articles page:3\.\w+$/),
    ]);
    // each article's button is labelled with its number and short title
    const labels = page1!.buttons!.flat().map((b) => b.text);
    const firstWords = lib.list()[0]!.article.title.split(" ").slice(0, 2).join(" ");
    expect(labels[0]?.startsWith(`1. ${firstWords}`)).toBe(true);
    expect(labels.every((l) => l.length <= 40)).toBe(true);

    const page3 = plain(ask(lib, "/articles 3"));
    expect(page3).toContain("Articles 21–25 of 25");
    expect(page3).toContain(
      "25. Kazakhstan and Russia consolidate powerful alliance — added 1 January 1999 · kazakhstan-russia-alliance",
    );
    const nav = ask(lib, "/articles 2")[0]!.buttons!.at(-1)!;
    expect(nav.map((b) => b.text)).toEqual(["‹ 1", "3 ›"]);
    expect(plain(ask(lib, nav[0]!.command))).toContain("Articles 1–10 of 25");
    // the list changed since the button was made: said, and the first page
    const stale = plain(ask(lib, "/articles page:3.zzzzzz"));
    expect(stale).toMatch(/^The list changed since that button was made/);
    expect(stale).toContain("Articles 1–10 of 25");
  });

  it("answers bad pages with one line, and no articles with a hint", () => {
    const lib = library();
    expect(plain(ask(lib, "/articles 9"))).toMatch(/only 3 pages/);
    expect(plain(ask(lib, "/articles two"))).toMatch(/^Use \/articles/);
    expect(plain(ask(lib, "/articles 0"))).toMatch(/^Use \/articles/);
    expect(plain(ask(new Library(), "/articles"))).toMatch(/No articles are loaded/);
  });

  it("pages stay within Telegram's limits with long titles and thousands of articles", () => {
    const long = fakeAnalysis("x", {
      title: "Minister says the long-awaited report on regional transport ".repeat(5).trim(),
    });
    const lib = new Library(
      Array.from({ length: 2300 }, (_, i) => ({
        ...long,
        article: { ...long.article, id: `t/${i}`, mtimeMs: i },
      })),
    );
    for (const page of [1, 2, 230]) {
      const messages = renderMessages(articlesPage(ctx(lib), page));
      expect(messages).toHaveLength(1);
      expect(messages[0]!.html.length).toBeLessThanOrEqual(4096);
    }
    expect(plain([articlesPage(ctx(lib), 230)])).toContain("2300. Minister says");
    expect(plain([articlesPage(ctx(lib), 1)])).toContain(" on regional… — added ");

    const hostile = fakeAnalysis("h", { title: "<b>&".repeat(70) });
    const many = new Library(
      Array.from({ length: 30 }, (_, i) => ({
        ...hostile,
        article: { ...hostile.article, id: `h/${i}`, mtimeMs: i },
      })),
    );
    const messages = renderMessages(articlesPage(ctx(many), 1));
    for (const m of messages) {
      expect(m.html.length).toBeLessThanOrEqual(4096);
      expect(m.html).not.toContain("<b>&");
    }
  });

  it("dates: stated, else implied by the text, else when the file was added; names of digits keep their extension", () => {
    const stated = fakeAnalysis("a", { date: "2019-03-20" });
    expect(articleDate(stated)).toBe("20 March 2019");
    expect(
      articleDate({
        ...fakeAnalysis("b"),
        referenceDate: "2019-06-02",
        referenceDateSource: "inferred",
      }),
    ).toBe("2 June 2019 (from the text)");
    expect(articleDate(fakeAnalysis("c", { mtimeMs: Date.UTC(2024, 4, 5, 12) }))).toBe(
      "added 5 May 2024",
    );
    const bbc = analyseFile(path.join(BBC, "tech"), path.join(BBC, "tech", "001.txt"));
    const two = new Library([bbc, fakeAnalysis("z", { date: "2030-01-01" })]);
    expect(articleRef(bbc, two)).toBe("001.txt");
    expect(two.find(articleRef(bbc, two))?.article.id).toBe("001");
  });
});

describe("article references", () => {
  const lib = library();
  const id = (args: string, numbersAreArticles = true) => {
    const c = chooseArticle(args, lib, numbersAreArticles);
    return (
      c && { id: c.analysis.article.id, rest: c.rest, explicit: c.explicit, missing: c.missing }
    );
  };

  it("a number or file name first; the latest article without one", () => {
    expect(id("")).toEqual({ id: "news/item-24", rest: "", explicit: false, missing: undefined });
    expect(id("2")).toMatchObject({ id: "news/item-23", rest: "", explicit: true });
    expect(id("5 Tokaev")).toMatchObject({ id: "news/item-20", rest: "Tokaev" });
    expect(id("kazakhstan-russia-alliance")).toMatchObject({
      id: "kazakhstan-russia-alliance",
      rest: "",
    });
    expect(id("news/item-03 economy")).toMatchObject({ id: "news/item-03", rest: "economy" });
    expect(id("item-03")).toMatchObject({ id: "news/item-03" });
    expect(id("Tokaev Russia")).toMatchObject({
      id: "news/item-24",
      rest: "Tokaev Russia",
      explicit: false,
    });
  });

  it("a file name last", () => {
    expect(id("Tokaev kazakhstan-russia-alliance")).toMatchObject({
      id: "kazakhstan-russia-alliance",
      rest: "Tokaev",
    });
    expect(id("Russia 3")).toMatchObject({ id: "news/item-24", rest: "Russia 3", explicit: false }); // a bare number last is not a reference
  });

  it("/summary N: a leading count stays the count; the article comes after it", () => {
    expect(id("3", false)).toMatchObject({
      id: "news/item-24",
      rest: "3",
      explicit: false,
      missing: undefined,
    });
    expect(id("3 2", false)).toMatchObject({ id: "news/item-23", rest: "3" });
    expect(id("3 kazakhstan-russia-alliance", false)).toMatchObject({
      id: "kazakhstan-russia-alliance",
      rest: "3",
    });
    expect(id("kazakhstan-russia-alliance 3", false)).toMatchObject({
      id: "kazakhstan-russia-alliance",
      rest: "3",
    });
    expect(id("3 99", false)).toMatchObject({ id: "news/item-24", rest: "3 99", missing: "99" });
  });

  it("says which reference matched nothing", () => {
    expect(id("99")).toMatchObject({
      id: "news/item-24",
      rest: "99",
      missing: "99",
      explicit: false,
    });
    expect(id("politics/001")).toMatchObject({ missing: "politics/001" });
    expect(id("self-defence")).toMatchObject({ missing: undefined, rest: "self-defence" });
    expect(chooseArticle("1", new Library())).toBeUndefined();
  });

  it("through the commands: /summary 3, /summary 3 2, /summary 2 <file>", () => {
    const latestTitle = lib.latest()!.article.title;
    expect(plain(ask(lib, "/summary 3"))).toContain(`1. ${latestTitle}`);
    expect(plain(ask(lib, "/summary 3 2"))).toContain("2. Item 23");
    const seed = plain(ask(lib, "/summary 2 kazakhstan-russia-alliance"));
    expect(seed).toContain("25. Kazakhstan and Russia consolidate powerful alliance");
    expect(seed.match(/\(¶\d+\)/g)).toHaveLength(2);
  });
});

describe("while loading", () => {
  it("says how far the loading is instead of 'no articles'", () => {
    const lib = new Library();
    lib.loading = { done: 0, total: 2225 };
    expect(plain(ask(lib, "/articles"))).toBe(
      "I am still reading the articles (0 of 2225). Ask again in a moment.",
    );
    lib.upsert(fakeAnalysis("a"));
    lib.loading = { done: 1, total: 2225 };
    expect(plain(ask(lib, "/articles"))).toContain("still reading 2224 articles…");
  });
});
