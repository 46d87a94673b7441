/**
 * Whose the typed value is (issue 12, item 6): "when did Gary Speed retire" is not answered by
 * the date of someone else's retirement, nor "how much did Acme earn" by a rival's profit. A
 * sentence gives the asked value only when it is about the person or organisation the question
 * names as its subject (between the auxiliary and the verb: "when did *Gary Speed* retire",
 * "what is *the Bank of England's* rate") — by name, by alias or by a pronoun the analysis
 * resolved to them — unless that one is what the whole article is about (named in its title,
 * or its most mentioned person or organisation), whom any sentence may speak of without naming
 * ("The firm said …"). Names after the verb (its object: "screen *Dirty War*") are not asked
 * about this way: the sentence may call the object anything.
 */
import type { Analysis, Entity } from "../../model/analysis.js";
import { isWordAs } from "../../nlp/lexicon/wordnet.js";
import { isStopWord, words } from "../../nlp/tokens.js";
import { AUX } from "./kind.js";
import type { AskContext } from "./core.js";
import type { RankedHit } from "./ranking.js";

/** Where a name of an entity stands in the question's words: [from, to). */
interface Named {
  entity: Entity;
  from: number;
  to: number;
}

/**
 * Where the question names the article's people and organisations in its subject: a name or
 * alias of theirs as consecutive words, or one word of it the question capitalises ("Speed",
 * "Westfield" for Westfield Building Society; not "speed"). A name inside a longer one also
 * named ("United" in "Manchester United") is the longer one's.
 */
export function askedNames(
  questionWords: readonly string[],
  capitalised: ReadonlySet<string>,
  analysis: Analysis,
): Named[] {
  const [from, to] = subjectSpan(questionWords, capitalised);
  const found: Named[] = [];
  for (const entity of analysis.entities) {
    if (entity.kind !== "person" && entity.kind !== "organisation") continue;
    const runs = [entity.name, ...entity.aliases].flatMap((alias) => {
      const ws = words(alias).filter((w) => w);
      const single = ws.filter((w) => !isStopWord(w) && capitalised.has(w)).map((w) => [w]);
      return ws.length > 1 && !ws.every(isStopWord) ? [ws, ...single] : single;
    });
    let best: Named | undefined;
    for (const run of runs) {
      const at = indexOfRun(questionWords, run, from, to);
      if (at >= 0 && (!best || run.length > best.to - best.from))
        best = { entity, from: at, to: at + run.length };
    }
    if (best) found.push(best);
  }
  const inside = (a: Named, b: Named) =>
    b.from <= a.from && a.to <= b.to && b.to - b.from > a.to - a.from;
  return found.filter((a) => !found.some((b) => inside(a, b)));
}

/** The people and organisations the question names as its subject (askedNames). */
export function askedEntities(
  questionWords: readonly string[],
  capitalised: ReadonlySet<string>,
  analysis: Analysis,
): Entity[] {
  return [...new Set(askedNames(questionWords, capitalised, analysis).map((n) => n.entity))];
}

const DESCRIBED_BY_PATTERN = /\p{Lu}[\p{L}'’-]*\s+(?=\p{Lu})/gu;

/**
 * True when a sentence calls an organisation by the head noun of its name: "the prestigious
 * festival" for the Sundance Film Festival, "the party" for the Labour Party.
 */
export function describedBy(entity: Entity, text: string): boolean {
  if (entity.kind !== "organisation") return false;
  const head = words(entity.name).at(-1);
  if (!head || isStopWord(head) || head.length < 3) return false;
  return new RegExp(`\\b(?:the|this|that|its)\\s+(?:[\\p{L}-]+\\s+){0,2}${head}\\b`, "iu").test(
    text.replace(DESCRIBED_BY_PATTERN, ""),
  );
}

/** A sentence that opens with a pronoun or a demonstrative: "They", "Those studios", "Both". */
const ANAPHOR_OPENING = /^["“‘']?(?:he|she|it|they|his|her|its|their|this|these|those|both)\b/i;

const AUXILIARY = new RegExp(`^${AUX}$`);

/**
 * Where a question's subject stands in its words, [from, to): past the first auxiliary up to the
 * first word that reads as a verb (lower case in the question, a WordNet verb): "when did gary
 * speed retire" → "gary speed"; "what is the bank of england s interest rate" → "the bank of
 * england s". [0, 0) when there is no auxiliary ("how many people watched").
 */
export function subjectSpan(
  questionWords: readonly string[],
  capitalised: ReadonlySet<string>,
): [number, number] {
  const aux = questionWords.findIndex((w) => AUXILIARY.test(w));
  if (aux < 0) return [0, 0];
  let end = aux + 1;
  while (end < questionWords.length) {
    const w = questionWords[end]!;
    if (!capitalised.has(w) && !isStopWord(w) && w.length > 2 && isWordAs(w, "verb")) break;
    end++;
  }
  return [aux + 1, end];
}

/** Where a run of words starts in a list of words (within [from, to)); -1 when it is not there. */
function indexOfRun(
  list: readonly string[],
  run: readonly string[],
  from = 0,
  to = list.length,
): number {
  for (let i = from; i + run.length <= to; i++)
    if (run.every((w, k) => list[i + k] === w)) return i;
  return -1;
}

/**
 * The people and organisations the article is about: those whose name or alias its title
 * writes, and the one mentioned in the most sentences (when no other is mentioned as often).
 */
export function mainEntities(analysis: Analysis): Set<Entity> {
  const title = words(analysis.article.title);
  const out = new Set<Entity>();
  const ranked = analysis.entities
    .filter((e) => e.kind === "person" || e.kind === "organisation")
    .sort((a, b) => b.mentions.length - a.mentions.length);
  for (const e of ranked) {
    // The title may shorten the name to its last word ("Cruz and Trump tied in Texas poll").
    const last = words(e.name).at(-1);
    if (
      (!!last && !isStopWord(last) && title.includes(last)) ||
      [e.name, ...e.aliases].some((alias) => {
        const ws = words(alias);
        return ws.length > 0 && !ws.every(isStopWord) && indexOfRun(title, ws) >= 0;
      })
    )
      out.add(e);
  }
  const [first, second] = ranked;
  if (first && (!second || first.mentions.length > second.mentions.length)) out.add(first);
  return out;
}

/**
 * True when the sentence is about every person and organisation the question names (see the
 * file's note): mentioned in it, or the article's own subject.
 */
export function holdsAskedEntities(ctx: AskContext, h: RankedHit): boolean {
  const asked = askedNames(ctx.question.words, ctx.question.capitalised, h.analysis);
  if (!asked.length) return true;
  const main = mainEntities(h.analysis);
  const said = new Set(words(h.sentence.text));
  // "Those studios produce 45%", "They each have 27 percent": a sentence opening with a pronoun
  // or a demonstrative is about whom the sentence before it named (a paragraph may be one sentence).
  const prev = h.analysis.sentences[h.sentence.index - 1];
  const carried = !!prev && ANAPHOR_OPENING.test(h.sentence.text) ? prev.index : -1;
  // One asked word may name several people ("Schlafly" of a mother and her son): any will do.
  const spans = new Map<string, Named[]>();
  for (const n of asked)
    spans.set(`${n.from}:${n.to}`, [...(spans.get(`${n.from}:${n.to}`) ?? []), n]);
  return [...spans.values()].every((named) =>
    named.some(
      (n) =>
        n.entity.mentions.includes(h.sentence.index) ||
        n.entity.mentions.includes(carried) ||
        describedBy(n.entity, h.sentence.text) ||
        main.has(n.entity) ||
        ctx.question.words.slice(n.from, n.to).every((w) => isStopWord(w) || said.has(w)),
    ),
  );
}
