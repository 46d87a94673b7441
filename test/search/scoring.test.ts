import path from "node:path";
import type { SearchOptions } from "minisearch";
import { describe, expect, it } from "vitest";
import type { IndexData } from "../../src/search/index-data.js";
import { internalsOf } from "../../src/search/mini-internals.js";
import { scoreQuery } from "../../src/search/scoring.js";
import { SentenceIndex } from "../../src/search/sentence-index.js";
import { SEED_FILE, analyseFile, bbcFiles, BBC } from "../support/articles.js";

const FIELDS = ["text", "speaker", "entities", "quote"] as const;
const BOOST = { text: 1, speaker: 2, entities: 1.5, quote: 1.2 };

function builtIndex(): IndexData {
  const index = new SentenceIndex();
  index.add(analyseFile(path.dirname(SEED_FILE), SEED_FILE));
  for (const file of bbcFiles()) index.add(analyseFile(BBC, file));
  index.flush();
  return Reflect.get(index, "data") as IndexData;
}

/** Queries of the index's own terms, some cut short (prefixes), misspelt (fuzzy) or unknown. */
function queries(data: IndexData): string[][] {
  const all = [...internalsOf(data.mini)!._index].map(([term]) => term);
  const pick = (i: number) => all[(i * 7919) % all.length]!;
  const out: string[][] = [];
  for (let i = 0; i < 60; i++) {
    const n = 1 + (i % 5);
    const q = Array.from({ length: n }, (_, j) => pick(i * 5 + j));
    if (i % 4 === 1) q[0] = q[0]!.slice(0, Math.max(3, q[0]!.length - 2));
    if (i % 4 === 2) q[0] = q[0]!.slice(0, 1) + q[0]!.slice(2);
    if (i % 6 === 3) q.push("zzyzxq");
    out.push(q);
  }
  out.push(["said"], ["the", "said", "minist"], ["elect", "presid", "govern"]);
  return out;
}

describe("scoreQuery", () => {
  const data = builtIndex();
  const mini = internalsOf(data.mini)!;

  it("gives MiniSearch's executeQuery scores, terms and order, whatever the options", () => {
    let compared = 0;
    for (const [i, terms] of queries(data).entries()) {
      const text = terms.join(" ");
      const fields = i % 3 === 0 ? undefined : i % 3 === 1 ? ["text", "entities"] : ["speaker"];
      const boostDocument =
        i % 2 === 0 ? undefined : (id: number) => (id % 5 === 0 ? 0 : 1 + (id % 3) / 10);
      const boostTerm = (t: string) => 1 - (t.length % 4) / 10;
      const prefix = (t: string) => t.length >= 6;
      const fuzzy = (t: string) => (data.df.has(t) || t.length < 5 ? false : 0.2);
      const weights = { fuzzy: 0.5, prefix: 0.4 };
      const options: SearchOptions = { boost: BOOST, fields, boostTerm, prefix, fuzzy, weights };
      if (boostDocument) options.boostDocument = boostDocument;
      const expected = (
        data.mini as unknown as {
          executeQuery(
            q: string,
            o: SearchOptions,
          ): Map<number, { score: number; terms: string[] }>;
        }
      ).executeQuery(text, options);
      const got = scoreQuery(mini, text, {
        boosts: (fields ?? FIELDS).map((f) => [
          FIELDS.indexOf(f as (typeof FIELDS)[number]),
          BOOST[f as keyof typeof BOOST],
        ]),
        prefix,
        fuzzy,
        boostTerm,
        boostDocument,
        weights,
        fieldCount: FIELDS.length,
      });
      expect(got.order).toEqual([...expected.keys()]);
      expect(Array.from(got.score)).toEqual([...expected.values()].map((r) => r.score));
      expect(got.terms).toEqual([...expected.values()].map((r) => r.terms));
      compared += got.order.length;
    }
    expect(compared).toBeGreaterThan(200);
  });
});
