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
 *   also when the bot's speaker or the entity's role carries the description's head noun.
 *   Gold pronouns and definite descriptions are resolved to a person first (polnear-gold.ts);
 *   those left unresolved ("they", "it", "I", most descriptions of things) are counted apart.
 * Quote types are derived from the quote marks again (polnear-gold.ts: the corpus's rule misses
 * the New York Times' ''…'' quotes).
 */
import type { Analysis, Entity, Quote } from "../../../src/model/analysis.js";
import { analyseDoc, type CorpusDoc } from "./feed.js";
import { DocText, overlap, searchBefore, searchFrom, sentenceStarts, type Span } from "./locate.js";
import { personName, sameName, showName, type PersonName } from "./person-names.js";
import {
  goldQuotes,
  type GoldQuote,
  type PolnearArticle,
  type SpeakerKind,
} from "./polnear-gold.js";
import { clip } from "./report.js";

export const KINDS: SpeakerKind[] = ["name", "pronoun", "description"];

interface Tally {
  right: number;
  total: number;
}

interface ErrorSample {
  what: "missed" | "extra" | "speaker";
  line: string;
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

function botSpeakerNames(
  q: Quote,
  entities: Entity[],
): { names: string[]; role?: string; aliases: string[] } {
  const e = q.speakerId ? entities.find((x) => x.id === q.speakerId) : undefined;
  return {
    names: [e?.name, q.speaker].filter((n): n is string => !!n),
    role: e?.role,
    aliases: e?.aliases ?? [],
  };
}

/** Words, a hyphenated one kept whole ("look-alike"). */
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/**
 * A gold "Ms. Gao" or "Hillary" is the bot's "Gao Junlan" or "Hillary Clinton" when the article
 * calls that person by the first word of their name alone (a family name written first, or a
 * given name): one of the bot's aliases is that word.
 */
function firstWordAlone(person: PersonName, bot: { names: string[]; aliases: string[] }): boolean {
  if (person.given.length) return false;
  const word = person.surname.toLowerCase();
  return (
    bot.aliases.some((a) => a.toLowerCase() === word) &&
    bot.names.some((n) => n.split(/\s+/)[0]!.toLowerCase() === word)
  );
}

export function speakerRight(gold: GoldQuote, q: Quote, entities: Entity[]): boolean {
  const bot = botSpeakerNames(q, entities);
  if (!bot.names.length) return false;
  if (gold.person) {
    const person = gold.person;
    if (
      bot.names.some((n) => {
        const p = personName(n);
        return !!p && sameName(person, p);
      }) ||
      firstWordAlone(person, bot)
    )
      return true;
  }
  if (gold.kind === "description" && gold.head) {
    const head = gold.head.replace(/s$/, "");
    return [...bot.names, bot.role ?? "", ...bot.aliases].some((t) =>
      words(t).some((w) => w.replace(/s$/, "") === head),
    );
  }
  return false;
}

const goldSpeaker = (g: GoldQuote) =>
  `${JSON.stringify(g.speaker)}${g.person && g.kind !== "name" ? ` (= ${showName(g.person)})` : ""}`;
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
    const unscored = g.kind === "none" || (g.kind === "pronoun" && !g.person);
    const bucket =
      g.kind === "none" ? r.speaker.none : unscored ? r.speaker.unresolved : r.speaker[g.kind];
    bucket.total++;
    if (unscored) continue;
    if (speakerRight(g, f.quote, analysis.entities)) bucket.right++;
    else
      r.errors.push({
        what: "speaker",
        line: `${where(f)}: “${clip(g.text, 70)}” — gold ${goldSpeaker(g)} [${g.kind}], bot ${botSpeaker(f.quote)}`,
      });
  }
  for (const g of mixed) {
    const f = best(g);
    if (!f) continue;
    r.foundMixed++;
    if (g.kind === "none" || (g.kind === "pronoun" && !g.person)) continue;
    r.mixedSpeaker.total++;
    if (speakerRight(g, f.quote, analysis.entities)) r.mixedSpeaker.right++;
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
