import { formatClockTime, type ClockTime } from "./schedule.js";
import { resolveZone } from "./zone.js";

/**
 * "8am Almaty", "20:00 UTC+5", "London 8:30 pm" → the digest's time "HH:MM" and zone, each
 * optional; in either order. Pure. Times: 8am, 8 pm, 8:30, 8.30, 8h30, 0830, 20:00, noon,
 * midnight. Zones: see resolveZone.
 */
export type When = { time?: string; zone?: string } | { error: string };

export const TIME_EXAMPLES = "8am, 8:30 pm, 0830 or 20:00";
export const ZONE_EXAMPLES =
  "a city (Almaty, London), a country (Kazakhstan), an IANA name (Europe/London) or an offset (UTC+5, GMT-03:30)";

const shown = (word: string) => (word.length > 40 ? `${word.slice(0, 40)}…` : word);

function timeError(word: string): string {
  return `${shown(word)} is not a time of day; try ${TIME_EXAMPLES}.`;
}

function zoneError(words: string): string {
  return `${shown(words)} is not a time zone I know; try ${ZONE_EXAMPLES}.`;
}

const NAMED = new Map<string, ClockTime>([
  ["noon", { hour: 12, minute: 0 }],
  ["midday", { hour: 12, minute: 0 }],
  ["midnight", { hour: 0, minute: 0 }],
]);

/** "8am", "8:30 p.m.", "0830", "20.00", "8h30", "noon" → { hour, minute }; undefined for anything else. */
export function parseTimeOfDay(input: string): ClockTime | undefined {
  const s = input.trim().toLowerCase().replace(/\s+/g, " ");
  const named = NAMED.get(s);
  if (named) return named;
  const meridiem = /^(.*?) ?([ap])\.? ?m\.?$/.exec(s);
  const clock = meridiem ? meridiem[1]! : s;
  const m = /^(\d{1,2})(?:[:.h](\d{2})|h)?$/.exec(clock) ?? /^(\d{1,2})(\d{2})$/.exec(clock);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem[2] === "p" ? 12 : 0);
  }
  if (hour > 23) return undefined;
  return { hour, minute };
}

/** Does this word look like a time the person meant, even a wrong one ("25:00", "9.75pm")? */
export function looksLikeTime(word: string): boolean {
  return (
    /^\d[\d:.h]*\s*([ap]\.?\s*m\.?)?$/i.test(word.trim()) || NAMED.has(word.trim().toLowerCase())
  );
}

/** "at" and "in" before something else are just words ("at 8am in London"); "AT" alone is Austria. */
function withoutFillers(words: string[]): string[] {
  return words.filter((w, i) => !(/^(at|in)$/i.test(w) && i < words.length - 1));
}

/** The longest run of up to three words at the start (or else the end) that reads as a time. */
function findTime(words: string[]): { time: ClockTime; rest: string[] } | undefined {
  for (const fromEnd of [false, true]) {
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const part = fromEnd ? words.slice(-n) : words.slice(0, n);
      const time = parseTimeOfDay(part.join(" "));
      if (time) return { time, rest: fromEnd ? words.slice(0, -n) : words.slice(n) };
    }
  }
  return undefined;
}

export function parseWhen(input: string): When {
  const words = withoutFillers(input.trim().split(/\s+/).filter(Boolean));
  if (words.length === 0) return {};
  const found = findTime(words);
  const rest = found ? found.rest : words;
  const time = found ? formatClockTime(found.time) : undefined;
  if (rest.length === 0) return { time };
  const zone = resolveZone(rest.join(" "));
  if (zone) return time ? { time, zone } : { zone };
  const timeLike = rest.find(looksLikeTime);
  if (timeLike)
    return {
      error: found
        ? `Give one time and one time zone, e.g. /digest on 8am London.`
        : timeError(timeLike),
    };
  return { error: zoneError(rest.join(" ")) };
}
