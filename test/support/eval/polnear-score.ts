/**
 * Scoring for `npm run eval -- polnear` (scripts/eval/polnear.ts): the bot's quotes and
 * speakers on polnear-train (839 US political news articles, 2015–16, every attribution
 * annotated; ../shared/corpus/SOURCE.md).
 *
 * Each article goes to the bot as a file: front matter `title` and `date` (the publication date),
 * then the text after its first block (the headline, which `doc` repeats; no gold direct quote
 * lies in it). The bot's quotes are those /quotes lists (`Quote.indirect` not set).
 *
 * Matching. A bot quote's text is found again in the document (locate.ts) from the sentence it
 * starts in. It matches a gold quote when the characters they share are at least half of the
 * shorter of the two (the bot's quote, the gold's words inside quote marks): a gold quote broken
 * by "he said" matches the bot's first half alone, or both halves in one.
 * - direct recall: gold direct quotes matched by some bot quote / gold direct quotes;
 * - direct precision: bot quotes matching a gold direct quote / bot quotes, leaving out the bot
 *   quotes that match only a gold mixed quote (a quoted phrase in reported speech: neither right
 *   nor wrong for direct quotes); mixed quotes are reported on their own line;
 * - speaker accuracy: over matched gold direct quotes (the bot quote sharing most characters), by
 *   how the gold names the speaker. Right when the bot's speaker (its entity's fullest name, or
 *   the name shown) names the gold person — same surname, and given names, when both sides give
 *   some, sharing one (person-names.ts; titles such as Rep./Sen./Mr. ignored); for a description,
 *   also when the bot gives the description as written (its head noun), or, for a description
 *   resolved to no one, a person the article writes with that head noun or whose role carries it
 *   (speakerRight; the entity's aliases are not evidence: they hold the bot's own links).
 *   Gold pronouns and definite descriptions are resolved to a person first (polnear-gold.ts);
 *   a gold surname several people of the article share is the person a reader takes it for, not
 *   the one named last: the article's main bearer of it (the one introduced first), unless another
 *   is named in full right before it (its paragraph or the one before, three sentences back at most: "Clinton" after a passing "Bill
 *   Clinton" in an article about Hillary Clinton is Hillary; "Bill Clinton spoke next. “…,”
 *   Clinton said." is Bill). Session 13: this moved the baseline (see the commit), not the bot;
 *   pronouns left unresolved ("they", "it", "I") and definite descriptions of a person left
 *   unresolved ("the moderator") are counted apart; descriptions of things are scored.
 * Quote types are derived from the quote marks again (polnear-gold.ts: the corpus's rule misses
 * the New York Times' ''…'' quotes).
 */
import type { Analysis, Entity, Quote } from "../../../src/model/analysis.js";
import { analyseDoc, type CorpusDoc } from "./feed.js";
import { DocText, overlap, searchBefore, searchFrom, sentenceStarts, type Span } from "./locate.js";
import { personName, sameName, showName, type PersonName } from "./person-names.js";
import {
  describedAs,
  goldQuotes,
  quotedMask,
  type GoldQuote,
  type PolnearArticle,
  type SpeakerKind,
} from "./polnear-gold.js";
import { anotherCategory, unattributedCategory } from "./polnear-layout.js";
import { clip } from "./report.js";

export const KINDS: SpeakerKind[] = ["name", "pronoun", "description"];

interface Tally {
  right: number;
  total: number;
}

interface ErrorSample {
  what: "missed" | "extra" | "speaker";
  line: string;
  /** For a wrong speaker: its coarse layout category (polnear-layout.ts). */
  category?: string;
}

export interface ArticleResult {
  id: string;
  publisher: string;
  goldDirect: number;
  foundDirect: number;
  botQuotes: number;
  botRight: number;
  botOnMixed: number;
  unlocated: number;
  speaker: Record<SpeakerKind | "unresolved", Tally>;
  goldMixed: number;
  foundMixed: number;
  mixedSpeaker: Tally;
  ms: number;
  errors: ErrorSample[];
}

export interface LocatedQuote {
  quote: Quote;
  span?: Span;
}

export function locateQuotes(analysis: Analysis, doc: DocText, bodyStart: number): LocatedQuote[] {
  const starts = sentenceStarts(analysis, doc, bodyStart);
  return analysis.quotes
    .filter((q) => !q.indirect)
    .map((quote) => {
      const from = searchFrom(starts, quote.sentence);
      const before = searchBefore(starts, quote.sentence, 1);
      return {
        quote,
        span:
          doc.findLoose(quote.text, from, before) ??
          doc.find(quote.text.slice(0, 40), from, before),
      };
    });
}

/** Characters a bot quote shares with a gold quote's quoted words, when they match (else 0). */
export function shared(span: Span | undefined, gold: GoldQuote): number {
  if (!span || !gold.quotedLength) return 0;
  const common = gold.quoted.reduce((n, s) => n + overlap(span, s), 0);
  return common * 2 >= Math.min(span.end - span.start, gold.quotedLength) ? common : 0;
}

/** Words, a hyphenated one kept whole ("look-alike"). */
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/**
 * A gold "Ms. Gao" or "Hillary" is the bot's "Gao Junlan" or "Hillary Clinton" when the article
 * calls that person by the first word of their name alone (a family name written first, or a
 * given name): one of the bot's aliases is that word.
 */
function firstWordAlone(person: PersonName, names: string[], aliases: string[]): boolean {
  if (person.given.length) return false;
  const word = person.surname.toLowerCase();
  return (
    aliases.some((a) => a.toLowerCase() === word) &&
    names.some((n) => n.split(/\s+/)[0]!.toLowerCase() === word)
  );
}

/**
 * A gold "Sandy Paradis" is the bot's "Sandra Paradis" when the article itself writes both names
 * (they share their first three letters at least, and all but one letter of the shorter): one person under a given
 * name and its short form.
 */
function variantOfOne(gold: PersonName, bot: PersonName, doc: string): boolean {
  const [a, b] = [gold.given[0], bot.given[0]];
  if (!a || !b || a === b || gold.surname !== bot.surname) return false;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  if (shared < 3 || Math.min(a.length, b.length) - shared > 1) return false;
  const text = doc.toLowerCase();
  return [a, b].every((g) => text.includes(`${g} ${gold.surname}`));
}

/**
 * Whether the bot's speaker is the gold's: the person the gold names (or resolves a pronoun or
 * description to), by name. For a description the bot may also give the description as written
 * (a phrase with its head noun, "a campaign spokesman"); when the gold description is resolved to
 * no one, a person the bot names is right when the article itself writes that person with the
 * head noun ("Sen. Ted Cruz", "Cruz, the senator,") or the person's role carries it. The bot's own
 * aliases are not evidence of a description: they hold the descriptions it linked to the person itself.
 */
export function speakerRight(gold: GoldQuote, q: Quote, entities: Entity[], doc = ""): boolean {
  const e = q.speakerId ? entities.find((x) => x.id === q.speakerId) : undefined;
  const names = [e?.name, q.speaker].filter((n): n is string => !!n);
  if (!names.length) return false;
  const botPerson = names.map(personName).filter((p): p is PersonName => !!p);
  if (
    gold.person &&
    (botPerson.some((p) => sameName(gold.person!, p) || variantOfOne(gold.person!, p, doc)) ||
      firstWordAlone(gold.person, names, e?.aliases ?? []))
  )
    return true;
  if (gold.also?.some((a) => botPerson.some((p) => sameName(a, p) && p.given.length))) return true;
  if ((gold.kind !== "description" && !gold.described) || !gold.head) return false;
  const head = gold.head.replace(/s$/, "");
  const carries = (t: string) => words(t).some((w) => w.replace(/s$/, "") === head);
  if (!e) return carries(q.speaker ?? "");
  if (e.kind !== "person") return [e.name, ...e.aliases].some(carries);
  if (gold.person) return false;
  return carries(e.role ?? "") || botPerson.some(describedAs(doc, [gold.head]));
}

/** A gold pronoun or definite description the scorer could not resolve to a person: not scored. */
const unresolved = (g: GoldQuote) =>
  (g.kind === "pronoun" && !g.person && !g.described) || !!g.unresolvedReference;

const goldSpeaker = (g: GoldQuote) =>
  `${JSON.stringify(g.speaker)}${g.person && g.kind !== "name" ? ` (= ${showName(g.person)})` : g.described ? ` (= ${g.described})` : ""}`;
const botSpeaker = (q: Quote) => (q.speaker ? JSON.stringify(q.speaker) : "unattributed");

/** Where the text after the headline block starts in `doc`. */
const bodyStartOf = (article: PolnearArticle) => article.doc.indexOf("\n\n") + 2;

/** The article as the bot is given it: title and publication date as front matter, the text after the headline. */
export function polnearDoc(article: PolnearArticle): CorpusDoc {
  return {
    id: article.id,
    title: article.title,
    date: article.publication_date,
    body: article.doc.slice(bodyStartOf(article)),
  };
}

export function scoreArticle(article: PolnearArticle): ArticleResult {
  const bodyStart = bodyStartOf(article);
  const t0 = performance.now();
  const analysis = analyseDoc(polnearDoc(article));
  const ms = performance.now() - t0;
  const doc = new DocText(article.doc);
  const found = locateQuotes(analysis, doc, bodyStart);
  const gold = goldQuotes(article).filter(
    (g) => g.at >= bodyStart || g.quoted.some((s) => s.start >= bodyStart),
  );
  const direct = gold.filter((g) => g.type === "direct");
  const mixed = gold.filter((g) => g.type === "mixed");
  const tally = (): Tally => ({ right: 0, total: 0 });
  const r: ArticleResult = {
    id: article.id,
    publisher: article.publisher,
    goldDirect: direct.length,
    foundDirect: 0,
    botQuotes: found.length,
    botRight: 0,
    botOnMixed: 0,
    unlocated: found.filter((f) => !f.span).length,
    speaker: {
      name: tally(),
      pronoun: tally(),
      description: tally(),
      none: tally(),
      unresolved: tally(),
    },
    goldMixed: mixed.length,
    foundMixed: 0,
    mixedSpeaker: tally(),
    ms,
    errors: [],
  };
  const where = (f: LocatedQuote) => `${article.id} ¶${f.quote.para}`;
  const best = (g: GoldQuote) => {
    let top: LocatedQuote | undefined;
    let most = 0;
    for (const f of found) {
      const n = shared(f.span, g);
      if (n > most) [top, most] = [f, n];
    }
    return top;
  };
  let mask: Uint8Array | undefined;
  const speakerKey = (q: Quote) => q.speakerId ?? q.speaker;
  /** The speaker of the bot's quote before `f` that has one. */
  const previousSpeaker = (f: LocatedQuote) => {
    for (let i = found.indexOf(f) - 1; i >= 0; i--) {
      const key = speakerKey(found[i]!.quote);
      if (key) return key;
    }
    return undefined;
  };
  for (const g of direct) {
    const f = best(g);
    if (!f) {
      r.errors.push({
        what: "missed",
        line: `${article.id}: “${clip(g.text)}” — ${goldSpeaker(g)}`,
      });
      continue;
    }
    r.foundDirect++;
    const unscored = g.kind === "none" || unresolved(g);
    const bucket =
      g.kind === "none" ? r.speaker.none : unscored ? r.speaker.unresolved : r.speaker[g.kind];
    bucket.total++;
    if (unscored) continue;
    if (speakerRight(g, f.quote, analysis.entities, article.doc)) bucket.right++;
    else {
      mask ??= quotedMask(article.doc);
      const category = f.quote.speaker
        ? `another: ${anotherCategory(g, speakerKey(f.quote), previousSpeaker(f))}`
        : `unattributed: ${unattributedCategory(article.doc, mask, g)}`;
      r.errors.push({
        what: "speaker",
        line: `${where(f)}: “${clip(g.text, 70)}” — gold ${goldSpeaker(g)} [${g.kind}], bot ${botSpeaker(f.quote)} {${category}}`,
        category,
      });
    }
  }
  for (const g of mixed) {
    const f = best(g);
    if (!f) continue;
    r.foundMixed++;
    if (g.kind === "none" || unresolved(g)) continue;
    r.mixedSpeaker.total++;
    if (speakerRight(g, f.quote, analysis.entities, article.doc)) r.mixedSpeaker.right++;
  }
  for (const f of found) {
    if (direct.some((g) => shared(f.span, g) > 0)) r.botRight++;
    else if (mixed.some((g) => shared(f.span, g) > 0)) r.botOnMixed++;
    else
      r.errors.push({
        what: "extra",
        line: `${where(f)}: “${clip(f.quote.text, 90)}” — bot ${botSpeaker(f.quote)}${f.span ? "" : " (text not found in the document)"}`,
      });
  }
  return r;
}
