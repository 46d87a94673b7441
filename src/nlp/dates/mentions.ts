/**
 * Temporal expressions in one sentence, as written: chrono-node finds them, general rules
 * keep the real ones ("March 20", "back in April", "last week", "on Monday") and drop what
 * chrono over-reads ("now", "today", "Theresa May", "the Sun", "march" the verb, "3/4",
 * clock times, scores). Bare years ("in 2004") and durations ("for almost 30 years") are
 * found with their own patterns; chrono reads neither well.
 */
import * as chrono from "chrono-node";
import type { PartialDate, RawMention, Relative, RelativeUnit } from "./mention-types.js";
import { NUMBER, amount, findDurations, findYears, overlaps } from "./years-durations.js";

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const MONTH_WORD =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/i;
const WEEKDAY_WORD = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Cheap test run before chrono: only sentences with something date-like are parsed. */
const DATE_LIKE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow|weekend|week|month|year|ago)\b|\b(?:1[0-9]|20)\d\d\b|\d\/\d/i;

export function looksDateLike(text: string): boolean {
  return DATE_LIKE.test(text);
}

/** Words after which a lone month name is a date ("in April", "since March", "back in May"). */
const MONTH_CONTEXT =
  /\b(in|since|by|until|till|from|during|before|after|of|between|and|to|through|throughout|early|late|mid|end|beginning|start|middle|last|next|this|until|on|for|or|each|every|around|about)[\s-]+$/i;

/** "May" is also a name and a verb: only the plainest date contexts count. */
const MAY_CONTEXT =
  /\b(in|since|by|until|till|from|during|early|late|mid|end of|beginning of|start of|last|next|this|before|after)[\s-]+$/i;

const FIXED_REFERENCE = new Date(Date.UTC(2000, 5, 15, 12));

export function findMentions(sentence: string): RawMention[] {
  if (!looksDateLike(sentence)) return findDurations(sentence, []);
  const mentions: RawMention[] = [];
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.en.casual.parse(sentence, FIXED_REFERENCE);
  } catch {
    results = [];
  }
  for (const r of results.flatMap((x) => refine(sentence, x))) {
    const m = classify(sentence, r);
    if (m && !overlaps(mentions, m.start, m.end)) mentions.push(m);
  }
  for (const m of mentions) widenStated(sentence, m);
  for (const m of findYears(sentence, mentions)) mentions.push(m);
  for (const m of findDurations(sentence, mentions)) mentions.push(m);
  return mentions.sort((a, b) => a.start - b.start);
}

/** Keeps the qualifier written before a date in its stated words: "back in April", "early March", "the end of May". */
function widenStated(sentence: string, m: RawMention): void {
  const q =
    /\b(?:back in|early in|late in|earlier in|later in|early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|the turn of|last|next|this)\s*$/i.exec(
      sentence.slice(0, m.start),
    );
  if (!q || m.kind !== "absolute") return;
  m.start = q.index;
  m.stated = sentence.slice(m.start, m.end);
}

/** Trims chrono's leading prepositions ("on June 2" → "June 2") but keeps words like "back in", "last", "next". */
function trimStated(sentence: string, start: number, end: number): { start: number; end: number } {
  let text = sentence.slice(start, end);
  const lead = /^(?:on|in|at|of|from|by|since|until|the)\s+/i.exec(text);
  if (lead && text.length > lead[0].length) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const trail = /(?:\s+(?:of|the))*[\s,;:.–—-]*$/i.exec(text);
  if (trail) end -= trail[0].length;
  return { start, end };
}

type Parsed = Pick<chrono.ParsedResult, "index" | "text" | "start" | "end">;

const MONTH_NUMBER: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * chrono sometimes reads a relative phrase around a written date ("the week to 25 December"
 * as "a week from today"): when its month is not the month written, the written date is
 * parsed again on its own.
 */
function refine(sentence: string, r: Parsed): Parsed[] {
  const mw = MONTH_WORD.exec(r.text);
  if (
    !mw ||
    !r.start.isCertain("month") ||
    MONTH_NUMBER[(mw[1] ?? "").toLowerCase()] === r.start.get("month")
  )
    return [r];
  const head = r.text.slice(0, mw.index);
  const day = /\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+$/.exec(head);
  const k = day ? day.index : mw.index;
  let again: chrono.ParsedResult[] = [];
  try {
    again = chrono.en.casual.parse(r.text.slice(k), FIXED_REFERENCE);
  } catch {
    again = [];
  }
  return again
    .filter((x) => {
      const w = MONTH_WORD.exec(x.text);
      return (
        w &&
        x.start.isCertain("month") &&
        MONTH_NUMBER[(w[1] ?? "").toLowerCase()] === x.start.get("month")
      );
    })
    .map((x) => ({ index: r.index + k + x.index, text: x.text, start: x.start, end: x.end }));
}

function classify(sentence: string, r: Parsed): RawMention | undefined {
  const { start, end } = trimStated(sentence, r.index, r.index + r.text.length);
  if (end <= start) return undefined;
  const text = sentence.slice(start, end);
  const lc = text.toLowerCase();
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const mk = (extra: Partial<RawMention> & Pick<RawMention, "kind">): RawMention => ({
    stated: text,
    start,
    end,
    ...extra,
  });

  if (/^(?:right )?(?:now|today|tonight|currently|this (?:morning|afternoon|evening))$/.test(lc))
    return undefined;
  // Relative to another event in the text, not to the article's date.
  if (
    /\b(?:earlier|later|before|after|previously)$/.test(lc) ||
    /^the (?:day|week|month|year) (?:before|after)/.test(lc)
  )
    return undefined;

  const s = r.start;
  const monthCertain = s.isCertain("month");
  const monthWord = MONTH_WORD.exec(text);

  // Absolute dates: a month name (or a numeric date with its year) is written.
  if (monthCertain && (monthWord || /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(text))) {
    if (!monthWord) {
      if (!s.isCertain("year")) return undefined; // "3/4 of voters"
    } else {
      const word = monthWord[1] ?? "";
      if (word[0] !== word[0]?.toUpperCase()) return undefined; // "march" the verb, "may" the modal
      const hasDay = s.isCertain("day") && /\d/.test(text);
      const hasYear = s.isCertain("year");
      if (
        word.length <= 4 &&
        word.toLowerCase() !== "may" &&
        word.toLowerCase() !== "june" &&
        word.toLowerCase() !== "july" &&
        !hasDay &&
        !hasYear
      )
        return undefined; // "Mar", "Dec" alone
      if (!hasDay && !hasYear) {
        // A lone month name: only after a word that makes it a date, never a name ("Theresa May").
        const preceding = sentence.slice(0, start + (monthWord.index ?? 0));
        if (!(word.toLowerCase() === "may" ? MAY_CONTEXT : MONTH_CONTEXT).test(preceding))
          return undefined;
      }
    }
    const date: PartialDate = { month: s.get("month") ?? undefined };
    if (s.isCertain("year")) date.year = s.get("year") ?? undefined;
    if (s.isCertain("day") && /\d/.test(text)) date.day = s.get("day") ?? undefined;
    const m = mk({ kind: "absolute", date });
    if (s.isCertain("weekday") && WEEKDAY_WORD.test(text))
      m.weekday = s.get("weekday") ?? undefined;
    const e = r.end;
    if (
      e &&
      e.isCertain("month") &&
      (e.isCertain("day") ? date.day !== undefined : true) &&
      /\d\s*(?:-|–|to|until)\s*\d|\b(?:to|until|-|–)\b/i.test(text)
    ) {
      const until: PartialDate = { month: e.get("month") ?? undefined };
      if (e.isCertain("year")) until.year = e.get("year") ?? undefined;
      if (e.isCertain("day") && date.day !== undefined) until.day = e.get("day") ?? undefined;
      m.until = until;
    }
    const lastNext = /\b(last|next|this|coming)\s+$/i.exec(before);
    if (lastNext && date.year === undefined && date.day === undefined)
      m.direction = /last/i.test(lastNext[1] ?? "") ? "past" : "future";
    return m;
  }
  if (monthWord) return undefined;

  // Relative dates, stated against the article's own date.
  if (/\byesterday\b/.test(lc))
    return mk({ kind: "relative", relative: { unit: "day", offset: -1 } });
  if (/\btomorrow\b/.test(lc))
    return mk({ kind: "relative", relative: { unit: "day", offset: 1 } });

  // "over the past year" is a stretch of time up to now, not a date.
  if (/^(?:the\s+)?past\s+(?:week|weekend|month|year)$/.test(lc)) return mk({ kind: "duration" });
  const period =
    /^(?:(?:the\s+)?end\s+of\s+)?(last|this|next|coming)\s+(week|weekend|month|year)$/.exec(lc);
  if (period) {
    const unit = period[2] as "week" | "weekend" | "month" | "year";
    const word = period[1];
    let offset: number | null = word === "last" ? -1 : word === "this" ? 0 : 1;
    if (unit === "weekend" && word === "this") offset = null;
    const rel: Relative = { unit, offset };
    if (/^(?:the\s+)?end\s+of/.test(lc) && unit === "year") rel.edge = "end";
    return mk({ kind: "relative", relative: rel });
  }
  if (lc === "weekend") {
    const lead = /\b(?:(?:at|over|during)\s+the|this)\s+$/i.exec(before);
    if (!lead) return undefined;
    return {
      kind: "relative",
      stated: sentence.slice(lead.index, end),
      start: lead.index,
      end,
      relative: { unit: "weekend", offset: null },
    };
  }
  const ago = new RegExp(`^(${NUMBER})\\s+(day|week|month|year)s?\\s+ago$`).exec(lc);
  if (ago) {
    const n = amount(ago[1] ?? "");
    if (n === undefined || n > 200) return undefined;
    return mk({ kind: "relative", relative: { unit: ago[2] as RelativeUnit, offset: -n } });
  }
  const inTime = new RegExp(`^in\\s+(${NUMBER})\\s+(day|week|month|year)s?$`).exec(lc);
  if (inTime && /^['’]?s?\s+time\b/i.test(after)) {
    const n = amount(inTime[1] ?? "");
    if (n === undefined || n > 200) return undefined;
    return mk({ kind: "relative", relative: { unit: inTime[2] as RelativeUnit, offset: n } });
  }

  const wd = WEEKDAY_WORD.exec(text);
  if (wd && s.isCertain("weekday") && !s.isCertain("day")) {
    const word = wd[1] ?? "";
    if (word[0] !== word[0]?.toUpperCase()) return undefined;
    const tail = after.slice(0, 30);
    // "the Sunday Times", "Mail on Sunday", "Super Sunday": names, not dates.
    if (
      /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]/.test(
        tail,
      )
    )
      return undefined;
    if (
      /\b(?:Mail|Mirror|Express|Post|Sport|Bloody|Super|Black|Good|Easter|Palm|Ash|Shrove|Boxing)\s+(?:on\s+)?$/.test(
        before,
      )
    )
      return undefined;
    if (/['’]s\s+$/.test(before)) return undefined; // "GMTV's Sunday programme"
    const mod = /\b(last|next|this|coming)\s*$/i.exec(sentence.slice(0, start + (wd.index ?? 0)));
    const modWord = mod?.[1]?.toLowerCase();
    const offset = modWord === "last" ? -1 : modWord === "next" || modWord === "coming" ? 1 : null;
    return mk({
      kind: "relative",
      relative: { unit: "weekday", weekday: WEEKDAYS[word.toLowerCase()] ?? 0, offset },
    });
  }
  return undefined;
}
