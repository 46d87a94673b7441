/**
 * Firms named like people ("Morgan Stanley", "William Hill", "Goldman Sachs"): the article's own
 * cues say a name is a body's — shares in it, its shares or shareholders, an analyst at it — and
 * then every run of that name without a title or an honorific is an organisation's.
 */
import { isRoleNoun } from "../lexicon/roles.js";
import type { Paragraph, TextModel } from "../text-model.js";
import type { NameRun } from "./names.js";

/**
 * What a body has and a person has not, after a possessive ("Morgan Stanley's shares", "William
 * Hill's chief executive"): its stock, its owners, its staff, its board. Written here: no data
 * set holds the relation (WordNet gives "company", "firm" and "corporation" no part or member
 * meronyms, and its noun.possession file holds what people own too: "house", "money").
 */
const OWNED_BY_A_BODY = new Set([
  "shares",
  "stock",
  "shareholders",
  "stockholders",
  "investors",
  "profits",
  "profit",
  "revenue",
  "revenues",
  "earnings",
  "employees",
  "workforce",
  "staff",
  "board",
  "ceo",
  "chairman",
  "subsidiary",
  "headquarters",
]);

const key = (r: NameRun) => r.words.join(" ").toLowerCase();

/** Marks as organisations the runs whose name the article gives a body's cue somewhere. */
export function bodiesByCue(model: TextModel, runs: NameRun[]): void {
  const bodies = new Set<string>();
  for (const r of runs)
    if (r.words.length > 1 && !r.title && !r.honorific && bodyCue(model.paragraphs[r.p]!, r))
      bodies.add(key(r));
  if (!bodies.size) return;
  for (const r of runs)
    if (!r.title && !r.honorific && r.kind !== "place" && bodies.has(key(r)))
      r.kind = "organisation";
}

/** "shares in X", "X's shareholders", "an analyst at X". */
function bodyCue(p: Paragraph, r: NameRun): boolean {
  const toks = p.tokens;
  const [a, b] = [toks[r.from - 1]?.lower, toks[r.from - 2]?.lower];
  if ((a === "in" || a === "of") && (b === "shares" || b === "stake")) return true;
  const possessive = /^['’]s$/.test(toks[r.end]?.text ?? "");
  const [owned, next] = [toks[r.end + 1]?.lower ?? "", toks[r.end + 2]?.lower];
  // "chief executive", not "chief of staff".
  if (possessive && (OWNED_BY_A_BODY.has(owned) || (owned === "chief" && next === "executive")))
    return true;
  // "analysts at Morgan Stanley": a trade's role at a name; not "at Hillary Clinton's rally".
  return a === "at" && !!b && isRoleNoun(b.replace(/s$/, "")) && !possessive;
}
