import { format } from "date-fns/format";
import type { Analysis, DatedEvent, TimeMention } from "../model/analysis.js";
import { isoBounds, type Ymd } from "../nlp/dates/calendar.js";
import { unknownArticle, withArticle } from "./article-ref.js";
import { articleHeading } from "./heading.js";
import { bold, italic, item, reply, text, type Block, type Reply, type Span } from "./reply.js";
import type { CommandSpec } from "./spec.js";
import { entryBytes, Lru, MB } from "../util/lru.js";

/** The local day; `new Date(y, …)` would read a year below 100 ("the 1st century") as 19yy. */
function localDate(d: Ymd): Date {
  const date = new Date(2000, d.month - 1, d.day);
  date.setFullYear(d.year);
  return date;
}

/** "20 March 2019", "April 2019", "2019", "1990s"; ranges compact: "26–27 February 2005", "28 February – 6 March 2005". */
export function formatDate(
  event: Pick<DatedEvent, "date" | "precision" | "end" | "fiscal" | "part">,
): string {
  const key = `${event.date}|${event.precision}|${event.end ?? ""}|${event.fiscal ? 1 : 0}|${event.part ?? ""}`;
  let shown = formatted.get(key);
  if (shown === undefined) {
    shown = formatUncached(event);
    formatted.set(key, shown);
  }
  return shown;
}

/**
 * Dates already written out: a "when" question formats the dates of every sentence it weighs,
 * and date-fns' `format` was a tenth of such a question's time (the same few dates again and again).
 */
const formatted = new Lru<string, string>(MB / 4, (key, shown) => entryBytes(key, shown));

function formatUncached(
  event: Pick<DatedEvent, "date" | "precision" | "end" | "fiscal" | "part">,
): string {
  if (event.fiscal && event.precision === "year") return fiscalYear(event.date, event.end);
  const { part } = event;
  const plain = partOfDecade(event) ?? formatPlain(event);
  // "early 2014", "mid-June 2016", "late 1990s", "summer 2015": a part of one year, month or decade.
  if (!part || (event.end && !/^\d+s$/.test(plain))) return plain;
  return part === "mid" ? `mid-${plain}` : `${part} ${plain}`;
}

/** "1990s" for the years 1997–1999 called "the late 1990s" (nlp/dates/years.ts gives their years). */
function partOfDecade(event: Pick<DatedEvent, "date" | "precision" | "end" | "part">) {
  if (event.precision !== "year" || !event.end || !/^(early|mid|late)$/.test(event.part ?? ""))
    return undefined;
  const [from, to] = [Number(event.date.slice(0, 4)), Number(event.end.slice(0, 4))];
  const decade = from - (from % 10);
  return to - (to % 10) === decade && event.end.length === 4 ? `${decade}s` : undefined;
}

function formatPlain(event: Pick<DatedEvent, "date" | "precision" | "end">): string {
  const pattern = (precision: DatedEvent["precision"]) =>
    precision === "day" ? "d MMMM y" : precision === "month" ? "MMMM y" : "y";
  const first = isoBounds(event.date)?.first;
  if (!first) return event.date;
  const start = localDate(first);
  const single = format(start, pattern(event.precision));
  const endFirst = event.end ? isoBounds(event.end)?.first : undefined;
  if (!endFirst) return single;
  // "the 1990s": a decade is shown as news writes it ("the 20th century" stays 1900 – 1999:
  // "1900s" would read as its first decade).
  if (
    event.precision === "year" &&
    event.end!.length === 4 &&
    endFirst.year - first.year === 9 &&
    first.year % 10 === 0
  )
    return `${first.year}s`;
  const end = localDate(endFirst);
  const endPrecision: DatedEvent["precision"] =
    event.end!.length === 10 ? "day" : event.end!.length === 7 ? "month" : "year";
  if (endPrecision !== event.precision) return `${single} – ${format(end, pattern(endPrecision))}`;
  const sameYear = first.year === endFirst.year;
  if (event.precision === "day" && sameYear && first.month === endFirst.month)
    return `${format(start, "d")}–${format(end, "d MMMM y")}`;
  if (event.precision === "day" && sameYear)
    return `${format(start, "d MMMM")} – ${format(end, "d MMMM y")}`;
  if (event.precision === "month" && sameYear)
    return `${format(start, "MMMM")}–${format(end, "MMMM y")}`;
  return `${single} – ${format(end, pattern(endPrecision))}`;
}

/** "fiscal year 2015", "fiscal year 2014–15" (one year of accounts across two), "fiscal years 2016–2018". */
function fiscalYear(first: string, last: string | undefined): string {
  if (!last || last === first) return `fiscal year ${first}`;
  if (Number(last) === Number(first) + 1) return `fiscal year ${first}–${last.slice(2)}`;
  return `fiscal years ${first}–${last}`;
}

/** True when the whole date lies after today. */
export function isUpcoming(event: Pick<DatedEvent, "date">, now: Date): boolean {
  const b = isoBounds(event.date);
  if (!b) return false;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return localDate(b.first).getTime() > today.getTime();
}

interface Line {
  event: DatedEvent;
  paras: number[];
}

/** One line a date (and range): the first event that mentions it, with every ¶ that does. */
function timeline(dates: DatedEvent[]): Line[] {
  const lines: Line[] = [];
  const byKey = new Map<string, Line>();
  // A sentence's event before the dateline's, which names only a place, and the headline's.
  const aside = (d: DatedEvent) => Number(!!d.dateline || !!d.headline);
  const sorted = [...dates].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : aside(a) - aside(b) || a.sentence - b.sentence,
  );
  for (const d of sorted) {
    const key = `${d.date}|${d.end ?? ""}|${d.fiscal ? "fiscal" : ""}|${d.part ?? ""}`;
    const line = byKey.get(key);
    if (line) {
      if (!d.dateline && !d.headline && !line.paras.includes(d.para)) line.paras.push(d.para);
      continue;
    }
    const fresh = { event: d, paras: d.headline ? [] : [d.para] };
    byKey.set(key, fresh);
    lines.push(fresh);
  }
  return lines;
}

/** "(¶2, ¶5)"; "(headline)" for a date only the headline gives. */
const paraList = (paras: number[]) =>
  paras.length ? `(${paras.map((p) => `¶${p}`).join(", ")})` : "(headline)";

function referenceNote(analysis: Analysis): string {
  if (analysis.referenceDateSource === "stated" && analysis.referenceDate) {
    // A dateline a day or two before the publication date is the day the dates count from.
    const whose =
      analysis.article.date && analysis.article.date !== analysis.referenceDate
        ? "the dateline's date"
        : "the article's date";
    const b = isoBounds(analysis.referenceDate);
    // A magazine's issue gives its month ("1989-03") or its year only.
    const shown =
      analysis.referenceDate.length === 7
        ? "MMMM y"
        : analysis.referenceDate.length === 4
          ? "y"
          : "d MMMM y";
    return b ? `${whose}, ${format(localDate(b.first), shown)}` : whose;
  }
  return "the dates it does give in full";
}

export function datesReply(analysis: Analysis, now: Date, heading: Block): Reply {
  const lines = timeline(analysis.dates);
  const unplaced = (analysis.timeMentions ?? []).filter(
    (t): t is TimeMention => t.kind === "unresolved",
  );
  const blocks: Block[] = [heading];
  if (!lines.length && !unplaced.length) {
    blocks.push(text(`I found no dates in “${analysis.article.title}”.`));
    return reply(...blocks);
  }
  let anyImplied = false;
  for (const { event, paras } of lines) {
    const spans: Span[] = [bold(formatDate(event) + (event.implied ? "*" : ""))];
    anyImplied ||= event.implied;
    if (isUpcoming(event, now)) spans.push(" ", italic("(upcoming)"));
    spans.push(` — ${event.event} ${paraList(paras)}`);
    blocks.push(item(...spans));
  }
  if (anyImplied)
    blocks.push(
      text(
        italic(`* Not written in full in the article; inferred from ${referenceNote(analysis)}.`),
      ),
    );
  if (unplaced.length) {
    blocks.push(
      text(
        lines.length
          ? "Also mentioned, without a date I can place:"
          : "The article gives no date I can place; it mentions:",
      ),
    );
    // One line a phrase ("last year" said three times is one line, with every ¶).
    const byPhrase = new Map<string, { first: TimeMention; paras: number[] }>();
    for (const t of unplaced) {
      const key = t.stated.toLowerCase();
      const seen = byPhrase.get(key);
      if (!seen) byPhrase.set(key, { first: t, paras: [t.para] });
      else if (!seen.paras.includes(t.para)) seen.paras.push(t.para);
    }
    for (const { first, paras } of byPhrase.values())
      blocks.push(item(bold(first.stated), ` — ${first.event} ${paraList(paras)}`));
  }
  return reply(...blocks);
}

export const datesCommand: CommandSpec = {
  name: "dates",
  description: "Key dates in the article, as a timeline",
  usage: "/dates [article]",
  run(args, ctx) {
    return withArticle(args, ctx.library, ({ analysis, rest }) =>
      // /dates takes an article and nothing else: other words are an article it does not know
      rest
        ? unknownArticle(rest, ctx.library)
        : [datesReply(analysis, ctx.now(), articleHeading(analysis, ctx.library))],
    );
  },
};
