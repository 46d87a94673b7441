import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import { articleFromBytes } from "../../src/content/load.js";
import { Library } from "../../src/library/library.js";
import { indexFollowing } from "../../src/search/follow.js";
import { LONG_ARTICLE } from "../../src/search/index-job.js";
import { SentenceIndex } from "../../src/search/sentence-index.js";
import { processed } from "../../src/search/terms.js";
import { Vocabulary } from "../../src/search/vocabulary.js";
import { BBC, SEED_FILE, analyseFile, fakeAnalysis } from "../support/articles.js";

const seed = analyseFile(path.dirname(SEED_FILE), SEED_FILE);
const terms = (q: string) => processed(q).terms.map((term) => ({ term, weight: 1 }));

describe("SentenceIndex", () => {
  it("finds sentences by stemmed words, whatever the case", () => {
    const index = new SentenceIndex();
    index.add(seed);
    const hits = index.search(terms("ELECTION candidates"));
    expect(hits[0]?.sentence.text).toContain("candidates were registered seven people");
    expect(hits[0]?.matched.sort()).toEqual(["candid", "elect"]);
  });

  it("matches longer forms by prefix (russia → russian) and unknown words fuzzily", () => {
    const index = new SentenceIndex();
    index.add(seed);
    expect(index.search(terms("russian")).length).toBeGreaterThan(0);
    const fuzzy = index.search([{ term: "nazarbaev", weight: 1 }]);
    expect(fuzzy[0]?.sentence.text).toContain("Nazarbayev");
  });

  it("corrects typos against the words the articles use", () => {
    const index = new SentenceIndex();
    index.add(seed);
    expect(index.correct("elecions")?.word).toBe("elections");
    expect(index.correct("presidnet")?.word).toBe("president");
    expect(index.correct("Nazarbaev")?.word).toBe("nazarbayev");
    expect(index.correct("elections")).toBeUndefined();
    expect(index.correct("xylophone")).toBeUndefined();
  });

  it("adds, replaces and removes articles (stop words never indexed)", () => {
    const index = new SentenceIndex();
    const a = fakeAnalysis("council", { title: "Council" });
    index.add(seed);
    index.add(a);
    expect(index.articleCount).toBe(2);
    expect(index.search(terms("council"))[0]?.analysis.article.id).toBe("council");
    index.add(a);
    expect(index.articleCount).toBe(2);
    expect(index.remove("council")).toBe(true);
    expect(index.search(terms("council"))).toEqual([]);
    expect(index.knows("council")).toBe(false);
    expect(index.knows("the")).toBe(false);
    expect(index.sentenceCount).toBe(seed.sentences.length);
  });

  it("restricts to one article and prefers sentences by what they hold", () => {
    const index = new SentenceIndex();
    index.add(seed);
    index.add(analyseFile(BBC, path.join(BBC, "politics/001.txt")));
    const only = index.search(terms("president"), { articleId: "politics/001" });
    expect(only.every((h) => h.analysis.article.id === "politics/001")).toBe(true);
    const numbers = index.search(terms("Tokaev"), { prefer: { number: 3 } });
    expect(numbers[0]?.sentence.text).toMatch(/\d/);
  });

  it("follows the library: replayed articles, upserts and removals (live reload)", () => {
    const library = new Library([seed]);
    const index = indexFollowing(library);
    expect(index.has(seed.article.id)).toBe(true);
    library.upsert(fakeAnalysis("later", { title: "Later" }));
    expect(index.search(terms("council"))[0]?.analysis.article.id).toBe("later");
    library.remove("later");
    expect(index.search(terms("council"))).toEqual([]);
  });

  it("takes a long article in a slice at a time, and one removed while going in leaves nothing", async () => {
    const [, front, body] = readFileSync(SEED_FILE, "utf8").split(/^---$/m);
    const text = `---${front}---\n${Array(25).fill(body).join("\n\n")}`;
    const long = analyse(articleFromBytes("/content", "/content/long.md", Buffer.from(text), 0));
    expect(long.sentences.length).toBeGreaterThan(LONG_ARTICLE);
    const library = new Library([]);
    const index = indexFollowing(library);
    const speakerHits = () =>
      index.search(terms("Tokaev"), { fields: ["speaker"], limit: 1000 }).length;

    library.upsert(long);
    library.remove("long");
    await index.whenIdle();
    expect(index.has("long")).toBe(false);
    expect(index.sentenceCount).toBe(0);
    expect(index.search(terms("Tokaev"))).toEqual([]);

    library.upsert(long);
    expect(index.has("long")).toBe(false); // still going in
    await index.whenIdle();
    expect(index.sentenceCount).toBe(long.sentences.length);
    const once = speakerHits();
    expect(once).toBeGreaterThan(0); // the speakers of its quotes are in
    library.remove("long");
    library.upsert(long);
    await index.whenIdle();
    expect(speakerHits()).toBe(once);
  });
});

describe("Vocabulary", () => {
  it("keeps counts and forgets a word when its last use goes", () => {
    const v = new Vocabulary();
    v.add("moscow");
    v.add("moscow");
    v.delete("moscow");
    expect(v.closest("moscw", 1)?.word).toBe("moscow");
    v.delete("moscow");
    expect(v.closest("moscw", 1)).toBeUndefined();
    expect(v.size).toBe(0);
  });

  it("expands an abbreviation to the most used word with its letters in order", () => {
    const v = new Vocabulary();
    for (const w of [
      "government",
      "government",
      "governor",
      "international",
      "year",
      "yesterday",
      "year",
    ])
      v.add(w);
    expect(v.expand("govt")).toBe("government");
    expect(v.expand("intl")).toBe("international");
    expect(v.expand("yr")).toBe("year");
    expect(v.expand("gx")).toBeUndefined();
  });
});
