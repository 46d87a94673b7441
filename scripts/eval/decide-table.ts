/**
 * A diagnostic for the answer-or-refuse decision (session 20, s20-decide), never shipped in the
 * bot: over every DEV question set (not the unread or sealed sets, not polnear held-out), one row
 * per question — answerable or not, right or not, which check decided (the refusal's first line,
 * refusalWhy), and the features a decision could use: the best sentence's coverage of the
 * question, its margin over the second, whether the best sentence holds a right answer, whether it
 * names the question's capitalised words, the kind's own check on it. Rows are split in halves by
 * article (halfOf): fit on A, check on B.
 *
 * Measured on main bcaa08b (1332 dev questions, half A 654 / half B 678): 326 refusals — the kind
 * check ("does not say when. The closest it comes:") 181, of them 28 answerable (the best sentence
 * right in 6); an unknown word 62 (13 answerable, 3 with the best sentence right); the asked person
 * 54 (12, 4); weak coverage 24 (11, 3). A decision on these features does not pay: answering a
 * kind-check refusal with its best sentence when it covers ≥ 0.6 of the question and writes all
 * its capitalised words gains half A +5 / half B +10 right and loses 71 / 53 honest refusals; at
 * coverage 1.0 still +1 / +3 against −42 / −28 (most near-miss questions cover every word and miss
 * only the value). The 15 unanswerable questions answered have the coverage and names of right
 * answers (best coverage 0.64–1.0, names present in 13). The kind's own check on the value decides;
 * retrieval coverage, margin and names do not separate answerable refusals from honest ones.
 * Making every kind search below its first hits for a sentence passing its check (`deep` for all)
 * gained nothing and cost one honest refusal (polnear tune).
 *
 *   npx tsx scripts/eval/decide-table.ts            # summary tables
 *   npx tsx scripts/eval/decide-table.ts --rows     # one TSV row per question
 */
import { strategyFor } from "../../src/answers/questions/kinds/registry.js";
import { parseQuestion } from "../../src/answers/questions/parse.js";
import { questionText } from "../../src/answers/questions/text.js";
import { queryFor, rankedSentences } from "../../src/answers/questions/ranking.js";
import type { AskContext } from "../../src/answers/questions/core.js";
import { words } from "../../src/nlp/tokens.js";
import {
  halfOf,
  readCases,
  refusalWhy,
  runCase,
  singleLibraries,
  type QuestionCase,
} from "./questions.js";

/** The dev sets (TEAM.md: read or developed on), and the halves of split sets that are. */
const DEV_FILES = [
  "seed.jsonl",
  "others.jsonl",
  "heldout.jsonl",
  "heldout2.jsonl",
  "fresh.jsonl",
  "fresh2.jsonl",
  "fresh3.jsonl",
  "probe-s11.jsonl",
  "probe12.jsonl",
  "probe13.jsonl",
  "probe14.jsonl",
  "probe15.jsonl",
  "probe16.jsonl",
  "kinds.jsonl",
  "kinds2.jsonl",
  "kinds3.jsonl",
  "styles.jsonl",
  "why-dev.jsonl",
  "kind-dev.jsonl",
  "polnear.jsonl",
  "timeml.jsonl",
  "probe-a.jsonl",
  "fresh-none.jsonl",
];

function devCases(): QuestionCase[] {
  const cases = DEV_FILES.flatMap((f) => readCases(f));
  cases.push(...readCases("fresh4.jsonl").filter((c) => halfOf(c.article) === "A"));
  cases.push(...readCases("fresh5.jsonl").slice(0, 20));
  return cases;
}

export interface DecideRow {
  id: string;
  q: string;
  article: string;
  half: "A" | "B";
  kind: string;
  answerable: boolean;
  pass: boolean;
  refused: boolean;
  why: string;
  /** The best sentence (by the kind's ranking) and its coverage; the second's coverage. */
  top1: number;
  top2: number;
  /** The best sentence holds a right answer (answerable cases). */
  topRight: boolean;
  /** Any of the best three does. */
  top3Right: boolean;
  /** Share of the question's capitalised words (not its first) the best sentence writes. */
  names: number;
  /** The kind's own check (mustSay) passes on the best sentence. */
  said: boolean | undefined;
  /** The question's words no article writes (nor a near relative), and whether the question capitalised each. */
  unknown: string[];
  /** Share of the question's weight in words the article writes. */
  knownShare: number;
  /** The best sentence has a direct answer of the asked kind (the kind's lead), as written. */
  lead: string;
}

export function decideRows(): DecideRow[] {
  const corpusFor = singleLibraries();
  return devCases().map((c) => {
    const corpus = corpusFor(c);
    const r = runCase(c, corpus);
    const known = (w: string) => corpus.index.knows(w);
    const qt = questionText(c.q, known);
    const parsed = parseQuestion(qt.text, known);
    const strategy = strategyFor(parsed.kind);
    const ctx: AskContext = {
      library: corpus.library,
      index: corpus.index,
      question: qt,
      parsed,
      only: corpus.library.latest(),
    };
    const { text, light } = strategy.searchWords?.(ctx) ?? {
      text: parsed.rest || qt.text,
      light: [],
    };
    const query = queryFor(ctx, text, [...(strategy.drop ?? [])], light);
    const asked = new Set(qt.words);
    const ranked = query.groups.length
      ? rankedSentences(ctx, query, {
          prefer: strategy.prefer,
          bonus: (a, s) => strategy.bonus?.(ctx, a, s, asked) ?? 0,
          withFlag: strategy.withFlag?.(ctx),
        })
      : [];
    const patterns = (c.any ?? []).map((p) => new RegExp(p, "i"));
    const right = (s: string) => patterns.some((p) => p.test(s));
    const top = ranked[0];
    const caps = [...qt.capitalised].filter((w) => w !== words(c.q)[0]);
    const topWords = new Set(top ? words(top.sentence.text).map((w) => w.toLowerCase()) : []);
    return {
      id: c.id,
      q: c.q,
      article: c.article,
      half: halfOf(c.article),
      kind: c.none ? `none:${parsed.kind}` : parsed.kind,
      answerable: !c.none,
      pass: r.pass,
      refused: r.refused,
      why: r.refused ? refusalWhy(r.text) : "-",
      top1: top?.coverage ?? 0,
      top2: ranked[1]?.coverage ?? 0,
      topRight: !!top && right(top.sentence.text),
      top3Right: ranked.slice(0, 3).some((h) => right(h.sentence.text)),
      names: caps.length ? caps.filter((w) => topWords.has(w)).length / caps.length : 1,
      unknown: query.groups
        .filter((g) => !g.known || g.onlyFar)
        .map((g) => (qt.capitalised.has(g.word) ? g.word.toUpperCase() : g.word)),
      knownShare: query.total
        ? query.groups.filter((g) => g.known && !g.onlyFar).reduce((n, g) => n + g.weight, 0) /
          query.total
        : 0,
      lead: top
        ? (strategy.lead?.(ctx, top, asked) ?? [])
            .map((x) => (typeof x === "string" ? x : JSON.stringify(x)))
            .join("")
        : "",
      said: top && strategy.mustSay ? strategy.mustSay.said(ctx, [top], false) : undefined,
    };
  });
}

if (process.argv[1]?.endsWith("decide-table.ts")) {
  const rows = decideRows();
  if (process.argv.includes("--rows")) {
    console.log(
      "id\tarticle\thalf\tkind\tanswerable\tpass\trefused\twhy\ttop1\ttop2\ttopRight\ttop3Right\tnames\tsaid\tknownShare\tunknown\tlead\tq",
    );
    for (const r of rows)
      console.log(
        [
          r.id,
          r.article,
          r.half,
          r.kind,
          r.answerable,
          r.pass,
          r.refused,
          r.why,
          r.top1.toFixed(3),
          r.top2.toFixed(3),
          r.topRight,
          r.top3Right,
          r.names.toFixed(2),
          r.said,
          r.knownShare.toFixed(2),
          r.unknown.join(","),
          r.lead,
          r.q,
        ].join("\t"),
      );
  }
  for (const half of ["A", "B"] as const) {
    const hs = rows.filter((r) => r.half === half);
    const refused = hs.filter((r) => r.refused);
    const tally = new Map<string, { ans: number; ansTopRight: number; none: number }>();
    for (const r of refused) {
      const t = tally.get(r.why) ?? { ans: 0, ansTopRight: 0, none: 0 };
      if (r.answerable) {
        t.ans++;
        if (r.topRight) t.ansTopRight++;
      } else t.none++;
      tally.set(r.why, t);
    }
    console.log(
      `half ${half}: ${hs.length} questions, ${hs.filter((r) => r.pass).length} right; refused ${refused.length}:`,
    );
    for (const [why, t] of tally)
      console.log(
        `  ${why.padEnd(8)} answerable ${t.ans} (best sentence right ${t.ansTopRight}) · unanswerable ${t.none}`,
      );
  }
}
