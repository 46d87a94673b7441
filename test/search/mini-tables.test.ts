import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import type { SentenceFields } from "../../src/search/documents.js";
import { IndexData, MINI_OPTIONS, type ArticleEntry } from "../../src/search/index-data.js";
import { processed } from "../../src/search/terms.js";
import { fakeAnalysis } from "../support/articles.js";

const SENTENCES: Omit<SentenceFields, "sentence">[] = [
  {
    text: "The harbour board raised fees on grain ships, the board's chair said.",
    speaker: "Ana Ruiz",
    entities: "Ana Ruiz harbour board",
    quote: "Fees on grain ships go up",
  },
  { text: "Grain prices fell for a third week.", speaker: "", entities: "", quote: "" },
  { text: "Grain prices fell for a third week.", speaker: "", entities: "", quote: "" },
  {
    text: "Ships waited off the harbour; grain, grain and more grain.",
    speaker: "",
    entities: "harbour",
    quote: "",
  },
];

/** An article entry whose analysis has `count` sentences (copies of a made-up article's first). */
function entryFor(id: string, firstDoc: number, count: number): ArticleEntry {
  const analysis = fakeAnalysis(id);
  const first = analysis.sentences[0]!;
  analysis.sentences = Array.from({ length: count }, (_, index) => ({ ...first, index }));
  return { id, analysis, firstDoc, flags: new Uint8Array(count) };
}

function docs(): SentenceFields[] {
  return SENTENCES.map((s, sentence) => ({ sentence, ...s }));
}

const terms = (q: string) => processed(q).terms.map((term) => ({ term, weight: 1 }));

describe("the index's MiniSearch tables", () => {
  it("are the tables MiniSearch's own add makes of the same terms", () => {
    const data = new IndexData();
    const entry = entryFor("port", data.reserve(SENTENCES.length), SENTENCES.length);
    const mini = new MiniSearch(MINI_OPTIONS);
    for (const doc of docs()) {
      data.addDoc(entry, entry.firstDoc + doc.sentence, doc);
      const joined = (text: string) => processed(text).terms.join(" ");
      mini.add({
        id: entry.firstDoc + doc.sentence,
        text: joined(doc.text),
        speaker: joined(doc.speaker),
        entities: joined(doc.entities),
        quote: joined(doc.quote),
      });
    }
    expect(JSON.stringify(data.mini)).toBe(JSON.stringify(mini));
  });

  it("take a term in again after a vacuum took it out", async () => {
    const data = new IndexData();
    const first = entryFor("first", data.reserve(1), 1);
    const harbour = docs()[0]!;
    data.addDoc(first, first.firstDoc, harbour);
    data.open(first, new Set(), new Map());
    data.close(first);
    data.removeDoc(first.firstDoc, harbour);
    await data.mini.vacuum(); // "grain" leaves MiniSearch's tree
    const second = entryFor("second", data.reserve(1), 1);
    data.addDoc(second, second.firstDoc, harbour);
    data.open(second, new Set(), new Map());
    const hits = data.search(terms("grain ships"), {});
    expect(hits.map((h) => h.analysis.article.id)).toEqual(["second"]);
  });
});

describe("a search's hits", () => {
  it("are MiniSearch's results in its order, the first `limit` of those the index can see", () => {
    const data = new IndexData();
    const n = SENTENCES.length;
    const seen = entryFor("seen", data.reserve(n), n);
    const hidden = entryFor("hidden", data.reserve(n), n);
    for (const doc of docs()) {
      data.addDoc(seen, seen.firstDoc + doc.sentence, doc);
      data.addDoc(hidden, hidden.firstDoc + doc.sentence, doc);
    }
    data.open(seen, new Set(), new Map());
    data.open(hidden, new Set(), new Map());
    data.close(hidden); // going out: its documents are in MiniSearch, answers do not see them
    const query = terms("grain harbour ships");
    // the options IndexData.search gives MiniSearch (every query term is known: no fuzzy match)
    const expected = data.mini
      .search(query.map((q) => q.term).join(" "), {
        boost: { text: 1, speaker: 2, entities: 1.5, quote: 1.2 },
        prefix: (term) => term.length >= 6,
        weights: { fuzzy: 0.5, prefix: 0.4 },
      })
      .map((r) => r.id as number)
      .filter((id) => id < hidden.firstDoc);
    expect(expected).toContain(seen.firstDoc + 1); // two sentences alike: equal scores
    expect(expected).toContain(seen.firstDoc + 2);
    const ids = (limit: number) =>
      data.search(query, { limit }).map((h) => seen.firstDoc + h.sentence.index);
    expect(ids(50)).toEqual(expected);
    for (let limit = 1; limit <= n; limit++) expect(ids(limit)).toEqual(expected.slice(0, limit));
  });
});
