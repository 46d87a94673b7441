import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/model/analysis.js";
import { FilledOnUse } from "../../src/search/filled-on-use.js";
import { SentenceIndex } from "../../src/search/sentence-index.js";
import { restoreSteps, type IndexSnapshot } from "../../src/search/snapshot.js";
import { SearchIndexStore } from "../../src/search/store.js";
import { processed } from "../../src/search/terms.js";
import { BBC, SEED_FILE, analyseFile, bbcFiles, fakeAnalysis } from "../support/articles.js";

const articles: Analysis[] = [
  analyseFile(path.dirname(SEED_FILE), SEED_FILE),
  ...bbcFiles()
    .slice(0, 6)
    .map((f) => analyseFile(BBC, f)),
];
const terms = (q: string) => processed(q).terms.map((term) => ({ term, weight: 1 }));
const QUERIES = ["elections candidates", "russian", "nazarbaev", "economy growth", "minister said"];

function built(analyses = articles): SentenceIndex {
  const index = new SentenceIndex();
  for (const a of analyses) index.add(a);
  return index;
}

/** An index that waits for `analyses` and is then given the snapshot. */
function restoring(snapshot: IndexSnapshot, analyses = articles): SentenceIndex {
  const index = new SentenceIndex();
  index.hold();
  for (const a of analyses) index.enqueue(a.article.id, a);
  index.release((waiting) => restoreSteps(snapshot, waiting));
  return index;
}

const hitsOf = (index: SentenceIndex, q: string) =>
  index.search(terms(q)).map((h) => [h.analysis.article.id, h.sentence.index, h.score]);

describe("a saved sentence index", () => {
  it("loads into the index it was taken from: same tables, same hits, typos corrected alike", async () => {
    const original = built();
    const snapshot = original.snapshot()!;
    const index = restoring(snapshot);
    await index.whenIdle(); // loaded in the background, a slice at a time
    expect(index.changed).toBe(false);
    expect(index.articleCount).toBe(articles.length);
    for (const q of QUERIES) expect(hitsOf(index, q)).toEqual(hitsOf(original, q));
    expect(index.correct("elecions")).toEqual(original.correct("elecions"));
    expect(index.articlesNaming("Nazarbayev")).toEqual(original.articlesNaming("Nazarbayev"));
    // the same tables (MiniSearch's terms may come in another order: its tree was filled in another)
    const again = index.snapshot()!;
    const { terms: t1, numbers: n1, ...rest1 } = again;
    const { terms: t0, numbers: n0, ...rest0 } = snapshot;
    expect(rest1).toEqual(rest0);
    expect([...t1].sort()).toEqual([...t0].sort());
    expect(n1.length).toBe(n0.length);
  });

  it("goes on from a loaded index: an article added meanwhile goes in after, one removed goes out", () => {
    const snapshot = built().snapshot()!;
    const index = restoring(snapshot);
    const council = fakeAnalysis("council", { title: "Council" });
    index.enqueue("council", council);
    index.enqueue(articles[1]!.article.id, null);
    expect(index.has("council")).toBe(true); // a question finishes loading, then applies the rest
    expect(index.has(articles[1]!.article.id)).toBe(false);
    expect(index.changed).toBe(true);
    expect(index.search(terms("council leader"))[0]?.analysis.article.id).toBe("council");
    const expected = built([...articles.filter((a) => a !== articles[1]), council]);
    for (const q of QUERIES)
      expect(hitsOf(index, q).map(([id, s]) => [id, s])).toEqual(
        hitsOf(expected, q).map(([id, s]) => [id, s]),
      );
  });

  it("is not used for other articles, and a malformed one is an error, not a wrong index", () => {
    const snapshot = built().snapshot()!;
    const fewer = restoring(snapshot, articles.slice(1));
    expect(fewer.articleCount).toBe(articles.length - 1);
    expect(fewer.changed).toBe(true); // built, not loaded
    const cut = { ...snapshot, numbers: snapshot.numbers.subarray(0, snapshot.numbers.length - 3) };
    const steps = restoreSteps(cut, articles);
    expect(() => {
      while (!steps.next().done);
    }).toThrow(RangeError);
  });
});

describe("FilledOnUse", () => {
  it("is filled by whatever reads it first, once", () => {
    let fills = 0;
    const make = () =>
      new FilledOnUse<string, number>((m) => {
        fills++;
        m.set("a", 1).set("b", 2);
      });
    expect(make().size).toBe(2);
    expect([...make()]).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    const m = make();
    expect(m.get("b")).toBe(2);
    m.delete("a");
    expect([...m.keys()]).toEqual(["b"]);
    expect(fills).toBe(3);
  });
});

describe("SearchIndexStore", () => {
  let dir: string;
  let warnings: string[];
  const store = () => new SearchIndexStore(dir, "/content", (m) => warnings.push(m));
  const load = (s: SearchIndexStore, analyses = articles) => {
    const steps = s.restoring(analyses);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "saved-index-"));
    warnings = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the index and reads it back for the same articles only", () => {
    const s = store();
    expect(s.save(built(), articles)).toBe(true);
    expect(s.mayFit()).toBe(true);
    const data = load(s);
    expect(data?.articles.size).toBe(articles.length);
    expect(load(s, articles.slice(1))).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it("ignores a file of an older format, a damaged or a cut one, with a warning", () => {
    const s = store();
    s.save(built(), articles);
    const good = readFileSync(s.file);

    const header = JSON.parse(good.toString("utf8", 0, good.indexOf(0x0a))) as { format: number };
    writeFileSync(
      s.file,
      `${JSON.stringify({ ...header, format: 2 })}\n{"nextId":0,"articles":[],"mini":{}}\n`,
    );
    expect(s.mayFit()).toBe(false);
    expect(warnings.pop()).toMatch(/sentence-index-.*older format; building it again/);

    writeFileSync(s.file, "not a header\n");
    expect(s.mayFit()).toBe(false);
    expect(warnings.pop()).toMatch(/is damaged; building it again/);

    const flipped = Buffer.from(good);
    flipped[flipped.length - 5]! ^= 1;
    writeFileSync(s.file, flipped);
    expect(s.mayFit()).toBe(true); // the header is fine: the checksum tells when loading
    expect(load(s)).toBeUndefined();
    expect(warnings.pop()).toMatch(/is damaged/);

    writeFileSync(s.file, good.subarray(0, good.length - 1000));
    expect(load(s)).toBeUndefined();
    expect(warnings.pop()).toMatch(/is damaged/);
    expect(warnings).toEqual([]);
  });
});
