/**
 * Dates written relative to the article's own day: "yesterday", "last week", "two months ago",
 * "on Monday", "over the weekend".
 */
import { isSpeechVerb } from "../lexicon/reporting-verbs.js";
import { amount, MONTH_NAMES, NUMBER, NUMBER_WORDS, WEEKDAY_WORD, WEEKDAYS } from "./words.js";
import { opensSentence } from "./year-phrases.js";
import {
  mention,
  type Candidate,
  type RawMention,
  type Relative,
  type RelativeUnit,
} from "./types.js";

/** A rank in words or figures: "second", "ninth", "fifteenth", "twentieth", "12th", "21st". */
const ORDINAL =
  "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|\\d+(?:st|nd|rd|th)";
/** A rank with its noun right before "in": "ninth manager in", "12th straight defeat in". */
const RANK_BEFORE_IN = new RegExp(`\\b(?:${ORDINAL})(?:\\s+[\\w'’-]+){1,2}\\s+in\\s+$`, "i");

/** A capitalised word after a weekday that is no month: a name ("the Sunday Times"). */
const NAME_AFTER = new RegExp(`^\\s+(?!(?:${MONTH_NAMES})\\b)[A-Z][a-z]`);

/** Words of a rough count: "about two weeks ago", "nearly a month ago". */
const HEDGE =
  "about|around|some|roughly|nearly|almost|approximately|more\\s+than|less\\s+than|over|under";
const HEDGE_OPENING = new RegExp(`^(?:${HEDGE})\\s`);
const HEDGE_BEFORE = new RegExp(`\\b(?:${HEDGE})\\s+$`, "i");

/** The relative date chrono read, or undefined when the words say it is not one. */
export function relativeMention(c: Candidate): RawMention | undefined {
  const { sentence, text, lc, start, end, before, after } = c;
  const s = c.parsed.start;
  const mk = (extra: Partial<RawMention> & Pick<RawMention, "kind">) => mention(c, extra);
  // Relative dates, stated against the article's own date.
  // "the day before yesterday", "the day after tomorrow": two days either side.
  const two = /\bday\s+(?:before\s+yesterday|after\s+tomorrow)\b/.test(lc) ? 2 : 1;
  if (/\byesterday\b/.test(lc))
    return mk({ kind: "relative", relative: { unit: "day", offset: -two } });
  if (/\btomorrow\b/.test(lc))
    return mk({ kind: "relative", relative: { unit: "day", offset: two } });

  // "this past Sunday", "this past week", "the past weekend": the last such unit, as "last" is
  // (a weekend is a point in time, not a stretch up to now: "over the past weekend").
  const past = /^(the\s+)?past\s+(week|weekend|month)$/.exec(lc);
  const thisPast = past && !past[1] ? /\bthis\s+$/i.exec(before) : null;
  if (past && (thisPast || (past[2] === "weekend" && (past[1] || /\bthe\s+$/i.test(before))))) {
    const relative: Relative = { unit: past[2] as RelativeUnit, offset: -1 };
    if (!thisPast) return mk({ kind: "relative", relative });
    return {
      kind: "relative",
      stated: sentence.slice(thisPast.index, end),
      start: thisPast.index,
      end,
      relative,
    };
  }
  // "over the past year" is a stretch of time up to now, not a date.
  if (/^(?:the\s+)?past\s+(?:week|weekend|month|year)$/.test(lc)) return mk({ kind: "duration" });
  const period =
    /^(?:(?:the\s+)?end\s+of\s+)?(last|this|next|coming)\s+(week|weekend|month|year)$/.exec(lc);
  // ABC's "This Week", "Next Year" the album: a capitalised unit inside a sentence is a title.
  if (period && /\b(?:Week|Weekend|Month|Year)$/.test(text) && /\S/.test(before)) return undefined;
  if (period) {
    const unit = period[2] as "week" | "weekend" | "month" | "year";
    const word = period[1];
    if (word === "last" || word === "next") {
      // "his last year in office", "Obama's next week in Europe", "the last week of the campaign":
      // a determiner makes "last"/"next" an adjective (final, following), not the article's time.
      if (
        /\b(?:his|her|its|their|my|our|your|whose)\s+$|\b(?!(?:it|that|there|what|here|he|she|who)['’])\w+['’]s?\s+$/i.test(
          before,
        )
      )
        return undefined;
      // ("at the end of last year": that "the" is the end's.)
      const the = /\bthe\s+$/i.test(before) && !/^end\b/.test(lc);
      if (the && /^\s+of\b/i.test(after)) return undefined;
      // "The next year, the plant closed": counted from the date just given (anaphora.ts), when it
      // opens its sentence; "over the next year" stays the article's next year.
      const theAt = /\bthe\s+$/i.exec(before);
      if (
        theAt &&
        word === "next" &&
        (unit === "year" || unit === "month") &&
        opensSentence(sentence, theAt.index, end)
      )
        return undefined;
      // "in the last year", "over the last week": the twelve months (seven days) up to now, not
      // last calendar year (week), as "the past week" is.
      if (the && word === "last" && unit !== "weekend") return mk({ kind: "duration" });
    }
    let offset: number | null = word === "last" ? -1 : word === "this" ? 0 : 1;
    if (unit === "weekend" && word === "this") offset = null;
    const rel: Relative = { unit, offset };
    if (/^(?:the\s+)?end\s+of/.test(lc) && unit === "year") rel.edge = "end";
    return mk({ kind: "relative", relative: rel });
  }
  if (lc === "weekend") {
    // "on the weekend" (Australian and American news) as "at the weekend" (British); not "the
    // weekend of the fair", which another date names.
    const lead = /\b(?:(?:at|over|during|on)\s+the|this)\s+$/i.exec(before);
    if (!lead || /^\s+of\b/i.test(after)) return undefined;
    return {
      kind: "relative",
      stated: sentence.slice(lead.index, end),
      start: lead.index,
      end,
      relative: { unit: "weekend", offset: null },
    };
  }
  // ("about a week ago": chrono keeps a rough count's word with it.)
  const ago = new RegExp(
    `^(?:(?:about|around|some|roughly|nearly|almost|approximately|just|only|barely|more\\s+than|less\\s+than|over|under)\\s+)?(${NUMBER})\\s+(day|week|month|year)s?\\s+ago$`,
  ).exec(lc);
  if (ago) {
    // "twenty-five years ago": chrono reads only the units after the hyphen.
    const tens = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$/i.exec(before);
    const unit = amount(ago[1] ?? "");
    const n = tens ? NUMBER_WORDS[tens[1]!.toLowerCase()]! + (unit ?? NaN) : unit;
    if (n === undefined || Number.isNaN(n) || n > 200) return undefined;
    // "two weeks ago": the day that many weeks back, as "14 days ago" is (TimeML annotates
    // "two weeks ago" as that day); a rough count ("about two weeks ago") stays the week it falls in.
    const hedged = HEDGE_OPENING.test(lc) || HEDGE_BEFORE.test(before);
    const relative: Relative =
      ago[2] === "week" && !hedged
        ? { unit: "day", offset: -7 * n }
        : { unit: ago[2] as RelativeUnit, offset: -n };
    if (!tens) return mk({ kind: "relative", relative });
    return {
      kind: "relative",
      stated: sentence.slice(tens.index, end),
      start: tens.index,
      end,
      relative,
    };
  }
  // "in two years' time", "will open in three weeks": that many units after the article's day
  // ("in" is trimmed off chrono's words). Without "time", only where the clause looks ahead
  // ("doubled its sales in five years" is how long it took): `onlyIf` leaves that to the tense.
  const inTime = new RegExp(`^(${NUMBER})\\s+(day|week|month|year)s?$`).exec(lc);
  const inWord = inTime && /\bin\s+$/i.exec(before);
  if (inTime && inWord) {
    const n = amount(inTime[1] ?? "");
    if (n === undefined || n > 200) return undefined;
    const time = /^(['’]?s?['’]?\s+time)\b/i.exec(after);
    // ("can accept in a year", "won't collapse in a week": a rate or a stretch, not a date.)
    if (!time && /^an?$/.test(inTime[1] ?? "")) return undefined;
    const relative: Relative = { unit: inTime[2] as RelativeUnit, offset: n };
    if (!time) relative.onlyIf = "future";
    // "will be the first time in five years", "its biggest loss in ten years": a stretch up to now;
    // so is a rank over it ("will be the club's ninth manager in eight years", "its 12th loss").
    if (
      !time &&
      (/\b(?:first|last|time|times|once|twice|only|ever|never|most|least|[a-z]{3,}est)\b[^,;:]*$/i.test(
        before,
      ) ||
        RANK_BEFORE_IN.test(before))
    )
      return {
        ...mk({ kind: "duration" }),
        stated: sentence.slice(inWord.index, end),
        start: inWord.index,
      };
    const stop = end + (time?.[1]?.length ?? 0);
    return {
      kind: "relative",
      stated: sentence.slice(inWord.index, stop),
      start: inWord.index,
      end: stop,
      relative,
    };
  }

  const wd = WEEKDAY_WORD.exec(text);
  if (wd && s.isCertain("weekday") && !s.isCertain("day")) {
    const word = wd[1] ?? "";
    if (word[0] !== word[0]?.toUpperCase()) return undefined;
    const tail = after.slice(0, 30);
    // "the Sunday Times", "Mail on Sunday", "Super Sunday": names, not dates.
    if (NAME_AFTER.test(tail)) return undefined;
    if (
      /\b(?:Mail|Mirror|Express|Post|Sport|Bloody|Super|Black|Good|Easter|Palm|Ash|Shrove|Boxing)\s+(?:on\s+)?$/.test(
        before,
      )
    )
      return undefined;
    if (/['’]s\s+$/.test(before)) return undefined; // "GMTV's Sunday programme"
    // "on Saturday nights", "closed on Sundays": a day that recurs, not one date.
    if (/^(?:s|\s+(?:nights|mornings|afternoons|evenings))\b/.test(after)) return undefined;
    const lead = sentence.slice(0, start + (wd.index ?? 0));
    // The weekday counted from the date just given, written from `from` to `stop`.
    const fromDateGiven = (
      from: number,
      stop: number,
      offset: number,
      near = false,
    ): RawMention => ({
      kind: "relative",
      stated: sentence.slice(from, stop),
      start: from,
      end: stop,
      relative: {
        unit: "weekday",
        weekday: WEEKDAYS[word.toLowerCase()] ?? 0,
        offset,
        anaphoric: true,
        ...(near ? { near: true } : {}),
      },
    });
    // "the following Monday", "the previous Friday": the weekday after or before the date just given.
    const pointing = /\bthe\s+(following|next|previous|preceding)\s+$/i.exec(lead);
    if (pointing)
      return fromDateGiven(pointing.index, end, /following|next/i.test(pointing[1]!) ? 1 : -1);
    // "a week on Saturday" (British), "a week from Friday" (American): a week after the coming such
    // day, as "Saturday week" is.
    const aWeekOn = /\ba\s+week\s+(?:on|from)\s+$/i.exec(lead);
    if (aWeekOn)
      return {
        kind: "relative",
        stated: sentence.slice(aWeekOn.index, end),
        start: aWeekOn.index,
        end,
        relative: {
          unit: "weekday",
          weekday: WEEKDAYS[word.toLowerCase()] ?? 0,
          offset: null,
          weekAfter: true,
        },
      };
    // "on the Monday after", "the Friday before": the weekday after or before the date just given
    // (not "the Friday before the vote", which points at the vote).
    const around = /\bthe\s+$/i.test(lead)
      ? /^\s+(after|before)\b(?=\s*(?:that\b|then\b)?\s*(?:[,.;:)]|$))(?:\s+(?:that|then)\b)?/i.exec(
          after,
        )
      : null;
    if (around) {
      const from = lead.length - (/\bthe\s+$/i.exec(lead)?.[0].length ?? 0);
      return fromDateGiven(from, end + around[0].length, /after/i.test(around[1]!) ? 1 : -1);
    }
    // "That Tuesday, …", "on that same Friday", "Tuesday of that week": the weekday of the week of
    // the date just given (not "said that Tuesday was …", "told reporters that Friday's strike …":
    // "that" opening what was said, a speech verb among the four words before it).
    const that = /\bthat\s+(?:same\s+)?$/i.exec(lead);
    const ofThatWeek = that ? null : /^\s+of\s+that\s+(?:same\s+)?week\b(?![-'’])/i.exec(after);
    const said =
      that &&
      (/^['’]s\b/.test(after) ||
        (/(?:^|\s)((?:\S+\s+){0,4})$/.exec(lead.slice(0, that.index))?.[1] ?? "")
          .split(/\s+/)
          .some((w) => isSpeechVerb(w.toLowerCase().replace(/\W+$/, ""))));
    if ((that && !said) || ofThatWeek) {
      const from = that ? that.index : start;
      return fromDateGiven(from, end + (ofThatWeek?.[0].length ?? 0), 0, true);
    }
    // "the last Saturday before Christmas", "the first Monday of the month": counted from another date.
    if (/\bthe\s+(?:last|first|final|second|third|fourth)\s*$/i.test(lead)) return undefined;
    const mod = /\b(last|next|this|coming)\s*$/i.exec(lead);
    const modWord = mod?.[1]?.toLowerCase();
    const offset = modWord === "last" ? -1 : modWord === "next" || modWord === "coming" ? 1 : null;
    const rel: Relative = { unit: "weekday", weekday: WEEKDAYS[word.toLowerCase()] ?? 0, offset };
    // The weekday with words written after it ("Sunday week", "Tuesday 31st"): the mention reaches to `stop`.
    const reaching = (stop: number): RawMention => ({
      kind: "relative",
      stated: sentence.slice(start, stop),
      start,
      end: stop,
      relative: rel,
    });
    if (modWord === "this") rel.this = true;
    // "Thursday next week", "Monday last week": that weekday of the week named after it.
    // (Not "on Thursday next week's vote …": that week is the vote's.)
    // ("Wednesday of last week" as well.)
    const week =
      mod || /^['’]s\b/.test(after) ? null : /^\w+\s+(?:of\s+)?(next|last|this)\s+week$/.exec(lc);
    const weekAfterIt =
      mod || week ? null : /^\s+(?:of\s+)?(next|last|this)\s+week\b(?![-'’])/i.exec(after);
    const which = (week ?? weekAfterIt)?.[1]?.toLowerCase();
    if (which) {
      rel.inWeek = which === "last" ? -1 : which === "next" ? 1 : 0;
      return weekAfterIt
        ? reaching(end + weekAfterIt[0].length)
        : mk({ kind: "relative", relative: rel });
    }
    // "the final is on Sunday week": a week after the coming Sunday.
    const weekOn = !mod && /^\s+week\b(?![-'’])/.exec(after);
    if (weekOn) {
      rel.weekAfter = true;
      return reaching(end + weekOn[0].length);
    }
    // "taken Thursday through Monday": one span of days, from the first weekday to the next such last one.
    const last = /^\w+\s*(?:through|thru|to|until|till|-|–)\s*(\w+)$/.exec(lc)?.[1];
    if (last && WEEKDAYS[last] !== undefined) rel.untilWeekday = WEEKDAYS[last];
    // "on Tuesday 31st": the day of the month written after the weekday, with no month.
    const dom = /^\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/i.exec(after);
    if (dom && !last && Number(dom[1]) >= 1 && Number(dom[1]) <= 31) {
      rel.dayOfMonth = Number(dom[1]);
      return reaching(end + dom[0].length);
    }
    return mk({ kind: "relative", relative: rel });
  }
  return undefined;
}

/** "a fortnight ago", "in a fortnight's time" (British and Australian news): weeks chrono does not read. */
const FORTNIGHT =
  /\b(?:(a|one|two|three)\s+fortnights?\s+ago|in\s+((a|one|two|three)\s+fortnight(?:s['’]?|['’]s)?\s+time))\b/gi;

/**
 * "Police arrested two men overnight": the night before the article's day, told in the past. Not
 * a kind ("an overnight stay", "the overnight train"), not "suddenly" ("became a star almost
 * overnight", "nothing changed overnight"), not a night another date names ("overnight on Saturday").
 */
const OVERNIGHT =
  /\bovernight\b(?=\s*(?:[,.;:!?)”"’]|$|(?:in|at|near|outside|and|as|after|while|when|before|amid|but)\b))/gi;

/** Verbs of a change of state, with which "overnight" means suddenly. */
const CHANGE =
  /\b(?:bec(?:a|o)mes?|becoming|turn(?:s|ed)?\s+into|transform(?:s|ed)?|chang(?:e|es|ed)|shift(?:s|ed)?|vanish(?:es|ed)?|disappear(?:s|ed)?|went\s+from|go(?:es)?\s+from|success|sensation|star)\b/i;

function findOvernight(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(OVERNIGHT)) {
    const end = m.index + m[0].length;
    const before = sentence.slice(0, m.index);
    if (taken.some((t) => t.start < end + 40 && t.end > m.index - 40)) continue;
    if (/\b(?:an?|the|this|that|its|their|his|her)\s+$|['’]s\s+$/i.test(before)) continue;
    if (
      /\b(?:almost|virtually|practically|literally|seemingly|nearly|all\s+but|not|never)\s+$|n['’]t\b|\bnot\b|\bnever\b/i.test(
        before,
      )
    )
      continue;
    // "Overnight, she became a contender", "transformed … overnight": a change all at once.
    if (CHANGE.test(sentence)) continue;
    const relative: Relative = { unit: "day", offset: -1, night: true, onlyIf: "past" };
    out.push({ kind: "relative", stated: m[0], start: m.index, end, relative });
  }
  return out;
}

/** "a week or so ago", "two months or so ago": a rough count back, which chrono does not read. */
const OR_SO_AGO = new RegExp(
  `\\b(${NUMBER})\\s+(day|week|month|year)s?\\s+or\\s+so\\s+ago\\b`,
  "gi",
);

/** "the week before last", "the weekend after next": two weeks (weekends) back or ahead. */
const BEFORE_LAST = /\bthe\s+(week|weekend)\s+(before\s+last|after\s+next)\b(?![-'’])/gi;

/**
 * "in the coming week", "over the coming weekend", "the coming month": the next such unit, as
 * "next week" is (chrono does not read it); not "the coming weeks", a vague stretch ahead.
 */
const THE_COMING = /\bthe\s+coming\s+(week|weekend|month|year)\b(?![-'’s])/gi;

export function findFortnights(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = /\bovernight\b/i.test(sentence) ? findOvernight(sentence, taken) : [];
  for (const m of sentence.matchAll(OR_SO_AGO)) {
    const n = amount((m[1] ?? "").toLowerCase());
    const end = m.index + m[0].length;
    if (n === undefined || n > 200 || taken.some((t) => m.index < t.end && t.start < end)) continue;
    const relative: Relative = { unit: m[2]!.toLowerCase() as RelativeUnit, offset: -n };
    out.push({ kind: "relative", stated: m[0], start: m.index, end, relative });
  }
  for (const m of sentence.matchAll(THE_COMING)) {
    const end = m.index + m[0].length;
    if (taken.some((t) => m.index < t.end && t.start < end)) continue;
    const unit = m[1]!.toLowerCase() as "week" | "weekend" | "month" | "year";
    // (A weekend ahead is the coming one whatever the week: "this weekend" is read so too.)
    const relative: Relative = { unit, offset: unit === "weekend" ? null : 1 };
    out.push({ kind: "relative", stated: m[0], start: m.index, end, relative });
  }
  for (const m of sentence.matchAll(BEFORE_LAST)) {
    const end = m.index + m[0].length;
    if (taken.some((t) => m.index < t.end && t.start < end)) continue;
    const unit = m[1]!.toLowerCase() as "week" | "weekend";
    const offset = /before/i.test(m[2]!) ? -2 : 2;
    out.push({ kind: "relative", stated: m[0], start: m.index, end, relative: { unit, offset } });
  }
  for (const m of sentence.matchAll(FORTNIGHT)) {
    const word = (m[1] ?? m[3] ?? "").toLowerCase();
    const n = word === "a" ? 1 : amount(word);
    const stated = m[1] ? m[0] : m[2]!;
    const end = m.index + m[0].length;
    const start = end - stated.length;
    if (n === undefined || taken.some((t) => start < t.end && t.start < end)) continue;
    const offset = (m[1] ? -2 : 2) * n;
    // "a fortnight ago": the day 14 days back, as "two weeks ago" is.
    const relative: Relative = m[1]
      ? { unit: "day", offset: 7 * offset }
      : { unit: "week", offset };
    out.push({ kind: "relative", stated, start, end, relative });
  }
  return out;
}
