/** The one page argument: "page:N" anywhere, as every paging command reads it. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleRef } from "../../src/answers/article-ref.js";
import { pageArg, takePage } from "../../src/answers/page.js";
import { answer } from "../../src/answers/router.js";
import { Library } from "../../src/library/library.js";
import { renderPlain } from "../../src/render/messages.js";
import { analyseFile, BBC, fakeAnalysis, SEED_FILE } from "../support/articles.js";
import { answerContext } from "../support/context.js";

describe("takePage", () => {
  it("takes page:N from anywhere, any case; the rest keeps its order", () => {
    expect(takePage("Tokaev page:2")).toEqual({ rest: "Tokaev", page: 2 });
    expect(takePage("PAGE:3 what did Tokaev say")).toEqual({
      rest: "what did Tokaev say",
      page: 3,
    });
    expect(takePage("seed-article Tokaev page:0")).toEqual({
      rest: "seed-article Tokaev",
      page: 0,
    });
    expect(takePage("page:12345 x")).toEqual({ rest: "page:12345 x", page: undefined });
    expect(takePage("")).toEqual({ rest: "", page: undefined });
    expect(takePage(`x ${pageArg(7)}`).page).toBe(7);
  });

  it("with `bare`, the arguments are a page: 2, page 2, page:2", () => {
    for (const args of ["2", "page 2", "page:2", " Page2 "])
      expect(takePage(args, { bare: true }), args).toEqual({ rest: "", page: 2 });
    expect(takePage("", { bare: true })).toEqual({ rest: "", page: undefined });
    expect(takePage("two", { bare: true }).rest).toBe("two");
  });
});

describe("every paging command reads the page the same way", () => {
  const seed = analyseFile(path.dirname(SEED_FILE), SEED_FILE);
  const articles = Array.from({ length: 14 }, (_, i) =>
    fakeAnalysis(`n/${i}`, { date: `2001-01-${String(i + 1).padStart(2, "0")}` }),
  );
  const ctx = answerContext(new Library([seed, ...articles]));
  const say = (text: string) => answer({ text, chat: "private" }, ctx).map(renderPlain).join("\n");

  it("wherever page:N stands", () => {
    const ref = seed.article.id;
    expect(say(`/quotes ${ref} page:2`)).toBe(say(`/quotes page:2 ${ref}`));
    expect(say(`/who ${ref} Tokaev page:2`)).toBe(say(`/who page:2 ${ref} Tokaev`));
    expect(say("/ask page:2 what did Tokaev say")).toBe(say("/ask what did Tokaev say page:2"));
    expect(say("/articles page:2")).toBe(say("/articles 2"));
    expect(say("/articles page:2")).toContain("page 2 of 2");
  });
});

describe("articleRef", () => {
  it("the file name; digits keep their extension; a name with spaces goes by its number", () => {
    const bbc = analyseFile(path.join(BBC, "tech"), path.join(BBC, "tech", "001.txt"));
    const spaced = fakeAnalysis("my notes", { date: "2030-01-01" });
    const library = new Library([bbc, spaced, fakeAnalysis("politics/001")]);
    expect(articleRef(bbc, library)).toBe("001.txt");
    expect(articleRef(spaced, library)).toBe("1");
    expect(articleRef(library.get("politics/001")!, library)).toBe("politics/001");
  });

  it("the buttons of /summary name the article so that it comes back", () => {
    const bbc = analyseFile(path.join(BBC, "tech"), path.join(BBC, "tech", "001.txt"));
    const ctx = answerContext(new Library([bbc, fakeAnalysis("z", { date: "2030-01-01" })]));
    const [r] = answer({ text: "/summary 001.txt", chat: "private" }, ctx);
    const longer = r!.buttons?.flat().find((b) => b.text === "Longer summary");
    expect(longer?.command).toMatch(/^\/summary \d+ 001\.txt$/);
    const [again] = answer({ text: longer!.command, chat: "private" }, ctx);
    expect(renderPlain(again!)).toContain(bbc.article.title);
  });
});
