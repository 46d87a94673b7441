import type { Analysis, DatedEvent, Quote } from "../model/analysis.js";
import {
  bold,
  italic,
  reply,
  text,
  title,
  type Block,
  type Button,
  type Reply,
  type Span,
} from "../answers/reply.js";
import { ARTICLES_PAGE_SIZE } from "../answers/articles.js";
import { shownCue } from "../answers/cue.js";
import { pickSummary } from "../nlp/summary.js";
import { renderMessages, TELEGRAM_TEXT_LIMIT } from "../render/messages.js";
import { formatDate } from "../answers/dates.js";
import { formatLocalDate, formatShortDate } from "./format.js";

/** A digest is at most this many Telegram messages. */
export const MAX_DIGEST_MESSAGES = 3;
const SUMMARY_SENTENCES = 3;
const KEY_DATES = 3;
const COMING_UP = 5;
const EVENT_CHARS = 160;

export interface DigestInput {
  /** Every loaded article, newest first (as the library lists them). */
  analyses: readonly Analysis[];
  /** Ids of the articles this chat's earlier digests already covered. */
  digested: ReadonlySet<string>;
  /** The chat-local date the digest is for, "YYYY-MM-DD": "coming up" means after it. */
  today: string;
  /** Local date of the chat's last digest, if any. */
  lastDigest?: string;
  /** /digest now: says it is a preview. */
  preview?: boolean;
  /** Message limit (tests may shrink it). */
  limit?: number;
}

export interface Digest {
  reply: Reply;
  /** Every new article the digest covered (shown in full or counted in "… more"): marked digested once sent. */
  articleIds: string[];
  /** How many of them are shown with their summary. */
  shown: number;
}

/**
 * The digest, pure: a heading, each new article (title, 3-sentence summary, key dates,
 * one notable quote), then what is coming up. A day with nothing new gets one line saying
 * so. Articles are added while the whole digest fits in MAX_DIGEST_MESSAGES messages;
 * the rest are counted in one line.
 */
export function composeDigest(input: DigestInput): Digest {
  const limit = input.limit ?? TELEGRAM_TEXT_LIMIT;
  const fresh = input.analyses.filter((a) => !input.digested.has(a.article.id));
  const several = input.analyses.length > 1;
  const head: Block[] = [
    title(`${input.preview ? "Digest preview" : "Daily digest"} — ${formatLocalDate(input.today)}`),
  ];
  if (input.preview)
    head.push(
      text(
        italic(
          "A preview of what the next digest would hold; the daily digest itself is unchanged.",
        ),
      ),
    );
  if (fresh.length === 0) {
    head.push(
      text(input.analyses.length === 0 ? "No articles yet." : nothingNew(input.lastDigest)),
    );
  } else {
    const first = input.digested.size === 0 && !input.lastDigest;
    const count = fresh.length === 1 ? "1 article" : `${fresh.length} articles`;
    head.push(
      text(
        first
          ? `${count} in this first digest.`
          : `${fresh.length === 1 ? "1 new article" : `${fresh.length} new articles`} since the last digest.`,
      ),
    );
  }
  const tail = comingUp(input.analyses, input.today, several);
  const fits = (blocks: Block[]) =>
    renderMessages(reply(...blocks), limit).length <= MAX_DIGEST_MESSAGES;

  const body: Block[] = [];
  let shown = 0;
  for (const analysis of fresh) {
    const rest = fresh.length - shown - 1;
    const more = rest > 0 ? [moreLine(rest)] : [];
    const full = articleBlocks(analysis);
    if (fits([...head, ...body, ...full, ...more, ...tail])) {
      body.push(...full);
      shown++;
      continue;
    }
    const compact = articleBlocks(analysis, true);
    if (fits([...head, ...body, ...compact, ...more, ...tail])) {
      body.push(...compact);
      shown++;
      continue;
    }
    break;
  }
  const blocks = [...head, ...body];
  if (shown < fresh.length) blocks.push(moreLine(fresh.length - shown));
  blocks.push(...tail);
  const r = reply(...blocks);
  const firstLeft = fresh[shown];
  if (firstLeft) r.buttons = [[moreButton(input.analyses, firstLeft, fresh.length - shown)]];
  // one link preview: the first article shown, when it has a page on the web
  const first = fresh[0]?.article.url;
  if (shown > 0 && first) r.preview = first;
  return { reply: r, articleIds: fresh.map((a) => a.article.id), shown };
}

function nothingNew(lastDigest?: string): string {
  return lastDigest
    ? `Nothing new since the last digest (${formatShortDate(lastDigest)}).`
    : "Nothing new since the last digest.";
}

const moreNew = (n: number) => `${n} more new ${n === 1 ? "article" : "articles"}`;

function moreLine(n: number): Block {
  return text(italic(`…and ${moreNew(n)}: the button below lists them.`));
}

/** The "N more new articles ›" button: the /articles page where the first of them is. */
function moreButton(analyses: readonly Analysis[], first: Analysis, n: number): Button {
  const at = Math.max(0, analyses.indexOf(first));
  const page = Math.floor(at / ARTICLES_PAGE_SIZE) + 1;
  return { text: `${moreNew(n)} ›`, command: page > 1 ? `/articles ${page}` : "/articles" };
}

/** Title, summary sentences, key dates and one quote; compact = title and the best sentence. */
export function articleBlocks(analysis: Analysis, compact = false): Block[] {
  const blocks: Block[] = [title(analysis.article.title, analysis.article.url)];
  const picked = pickSummary(
    analysis.summaryRanking,
    Math.min(compact ? 1 : SUMMARY_SENTENCES, analysis.sentences.length),
  );
  for (const i of picked) {
    const s = analysis.sentences[i];
    if (s) blocks.push({ kind: "sentence", text: s.text, para: s.para });
  }
  if (compact) return blocks;
  const dates = keyDates(analysis.dates);
  if (dates.length)
    blocks.push(
      list(
        "Key dates",
        dates.map((d) => [
          `${formatDate(d)} — ${shorten(d.event)} `,
          italic(d.headline ? "(headline)" : `(¶${d.para})`),
        ]),
      ),
    );
  const quote = notableQuote(analysis.quotes);
  if (quote)
    blocks.push({
      kind: "quote",
      text: quote.text,
      speaker: quote.speaker,
      cue: shownCue(quote.cue),
      para: quote.para,
      lead: [bold("Quote")],
    });
  return blocks;
}

/** Up to three dates, one per day, the most precise first, in date order. */
export function keyDates(dates: readonly DatedEvent[]): DatedEvent[] {
  const rank = { day: 0, month: 1, year: 2 } as const;
  const seen = new Set<string>();
  const unique = dates.filter(
    (d) => d.event.trim() !== "" && !seen.has(d.date) && seen.add(d.date),
  );
  return [...unique]
    .sort((a, b) => rank[a.precision] - rank[b.precision] || a.sentence - b.sentence)
    .slice(0, KEY_DATES)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The longest attributed direct quote of a readable length (whole quotes before partial
 * phrases); an unattributed one only when no quote names its speaker.
 */
export function notableQuote(quotes: readonly Quote[]): Quote | undefined {
  const direct = quotes.filter((q) => !q.indirect && q.text.trim().split(/\s+/).length >= 4);
  const pick = (pool: Quote[]) => {
    const readable = pool.filter((q) => q.text.length <= 600);
    const from = readable.length ? readable : pool;
    return [...from].sort(
      (a, b) =>
        Number(a.partial) - Number(b.partial) ||
        b.text.length - a.text.length ||
        a.sentence - b.sentence,
    )[0];
  };
  return pick(direct.filter((q) => q.speaker)) ?? pick(direct);
}

/** Is an article's date after the chat's today, at the date's own precision? */
export function isUpcoming(event: DatedEvent, today: string): boolean {
  const width = event.precision === "day" ? 10 : event.precision === "month" ? 7 : 4;
  return event.date.slice(0, width) > today.slice(0, width);
}

/** "Coming up": future dates from any article, soonest first. */
function comingUp(analyses: readonly Analysis[], today: string, several: boolean): Block[] {
  const seen = new Set<string>();
  const events: { e: DatedEvent; article: Analysis }[] = [];
  for (const a of analyses) {
    for (const e of a.dates) {
      const key = `${e.date}|${e.event.toLowerCase()}`;
      if (e.event.trim() === "" || !isUpcoming(e, today) || seen.has(key)) continue;
      seen.add(key);
      events.push({ e, article: a });
    }
  }
  if (events.length === 0) return [];
  events.sort((x, y) => x.e.date.localeCompare(y.e.date) || x.e.sentence - y.e.sentence);
  return [
    list(
      "Coming up",
      events
        .slice(0, COMING_UP)
        .map(({ e, article }) => [
          `${formatDate(e)} — ${shorten(e.event)} `,
          italic(several ? `(${shorten(article.article.title, 60)}, ¶${e.para})` : `(¶${e.para})`),
        ]),
    ),
  ];
}

/** A bold heading with its bullet lines directly under it, as one block. */
function list(heading: string, lines: Span[][]): Block {
  return text(bold(heading), ...lines.flatMap((spans) => ["\n• ", ...spans]));
}

function shorten(s: string, max = EVENT_CHARS): string {
  const t = s.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
