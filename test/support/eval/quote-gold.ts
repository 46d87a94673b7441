/**
 * Scoring the analyser's quotes and people against the gold files in test/fixtures/quotes
 * (shared by the tests and `npm run eval -- quotes`, scripts/eval/quotes.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../../src/analysis/analyse.js";
import { articleFromBytes } from "../../../src/content/load.js";
import type { Analysis, Entity, Quote } from "../../../src/model/analysis.js";

export const GOLD_DIR = path.resolve("test/fixtures/quotes");

export interface GoldQuote {
  quote: string;
  /** A name, acceptable names, or null when the article does not say who spoke. */
  speaker: string | string[] | null;
}

export interface GoldFile {
  name: string;
  article: string;
  /** Held-out batch: annotated after the analyser was written (batch 1 then served to fix it; later batches not). */
  heldOut?: number;
  /** `world`, `world-2`: BBC articles quoting people outside Britain (sessions 5 and 7, written blind), each scored on a line of its own. */
  set?: "world" | "world-2";
  people: { name: string; role: string | null }[];
  quotes: GoldQuote[];
}

export interface ArticleScore {
  name: string;
  gold: number;
  found: number;
  matched: number;
  speakerRight: number;
  peopleExpected: number;
  peopleFound: number;
  rolesExpected: number;
  rolesRight: number;
  misses: string[];
}

export function loadGold(dir = GOLD_DIR): GoldFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ""),
      ...(JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Omit<GoldFile, "name">),
    }));
}

export function analyseFile(file: string): Analysis {
  const abs = path.resolve(file);
  return analyse(articleFromBytes(path.dirname(abs), abs, readFileSync(abs), 0));
}

/** Lower case, straight quotes, single spaces, no punctuation at the ends. */
export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}[(']+|[^\p{L}\p{N}\])'?!.]+$/gu, "")
    .trim();
}

const words = (s: string) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];

function quoteMatches(found: Quote, gold: GoldQuote): boolean {
  const f = norm(found.text);
  const g = norm(gold.quote);
  return f.startsWith(g) || (g.startsWith(f) && f.length >= Math.min(12, g.length));
}

/** A gold name fits a found speaker when the words of one hold the other's ("Kok" / "Wim Kok", "a spokesman" / "spokesman"). */
export function nameFits(gold: string, found: string): boolean {
  const g = words(gold).filter((w) => !/^(a|an|the)$/.test(w));
  const f = words(found).filter((w) => !/^(a|an|the)$/.test(w));
  if (!g.length || !f.length) return false;
  return (
    g.every((w) => f.includes(w)) ||
    (f.every((w) => g.includes(w)) && f[f.length - 1] === g[g.length - 1])
  );
}

function speakerRight(q: Quote, gold: GoldQuote, entities: Entity[]): boolean {
  const alternatives =
    gold.speaker === null ? [null] : Array.isArray(gold.speaker) ? gold.speaker : [gold.speaker];
  const entity = entities.find((e) => e.id === q.speakerId);
  const names = entity ? [entity.name, ...entity.aliases] : q.speaker ? [q.speaker] : [];
  return alternatives.some((alt) =>
    alt === null ? !q.speaker : names.some((n) => nameFits(alt, n)),
  );
}

/** Gold and found quotes are both in article order: the order-keeping pairing with the most matches (LCS). */
function align(gold: GoldQuote[], found: Quote[]): Map<number, number> {
  const n = gold.length;
  const m = found.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      best[i]![j] = Math.max(
        best[i + 1]![j]!,
        best[i]![j + 1]!,
        quoteMatches(found[j]!, gold[i]!) ? 1 + best[i + 1]![j + 1]! : 0,
      );
  const pairs = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (quoteMatches(found[j]!, gold[i]!) && best[i]![j] === 1 + best[i + 1]![j + 1]!) {
      pairs.set(i++, j++);
    } else if (best[i + 1]![j]! >= best[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export function scoreArticle(analysis: Analysis, gold: GoldFile): ArticleScore {
  const found = analysis.quotes.filter((q) => !q.indirect);
  const pairs = align(gold.quotes, found);
  const used = new Set(pairs.values());
  const misses: string[] = [];
  let matched = 0;
  let right = 0;
  for (const [gi, g] of gold.quotes.entries()) {
    const hit = pairs.get(gi);
    if (hit === undefined) {
      misses.push(`missed: “${g.quote}” (${JSON.stringify(g.speaker)})`);
      continue;
    }
    matched++;
    const q = found[hit]!;
    if (speakerRight(q, g, analysis.entities)) right++;
    else
      misses.push(
        `speaker: “${g.quote}” is ${JSON.stringify(g.speaker)}, found ${q.speaker ?? "unattributed"}`,
      );
  }
  found.forEach((q, i) => {
    if (!used.has(i))
      misses.push(`extra: ¶${q.para} “${q.text.slice(0, 60)}” (${q.speaker ?? "unattributed"})`);
  });
  const people = analysis.entities.filter((e) => e.kind === "person");
  let peopleFound = 0;
  let rolesExpected = 0;
  let rolesRight = 0;
  for (const gp of gold.people) {
    const e = people.find((x) => [x.name, ...x.aliases].some((n) => nameFits(gp.name, n)));
    if (e) peopleFound++;
    else misses.push(`person missed: ${gp.name}`);
    if (gp.role === null) continue;
    rolesExpected++;
    const r = e?.role ? norm(e.role) : "";
    if (r && (r === norm(gp.role) || r.includes(norm(gp.role)) || norm(gp.role).includes(r)))
      rolesRight++;
    else misses.push(`role: ${gp.name} is “${gp.role}”, found ${e?.role ? `“${e.role}”` : "none"}`);
  }
  return {
    name: gold.name,
    gold: gold.quotes.length,
    found: found.length,
    matched,
    speakerRight: right,
    peopleExpected: gold.people.length,
    peopleFound,
    rolesExpected,
    rolesRight,
    misses,
  };
}

export interface Totals {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  matched: number;
  speakerRight: number;
}

export function totals(scores: ArticleScore[]): Totals {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const matched = sum((s) => s.matched);
  const precision =
    matched /
    Math.max(
      1,
      sum((s) => s.found),
    );
  const recall =
    matched /
    Math.max(
      1,
      sum((s) => s.gold),
    );
  const speakerRight = sum((s) => s.speakerRight);
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerAccuracy: speakerRight / Math.max(1, matched),
    matched,
    speakerRight,
  };
}
