import { tzOffset } from "@date-fns/tz";

/**
 * Schedule maths, pure: when a chat's HH:MM in its time zone falls, day by day.
 * Wall-clock times that do not exist (the hour skipped when clocks go forward) move
 * forward by the gap — 01:30 on the London spring-forward day is 02:30 BST; times that
 * happen twice (clocks go back) are due at the first of the two. Every local date is due
 * exactly once.
 */

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface Due {
  /** The chat-local date this occurrence belongs to, "YYYY-MM-DD". */
  localDate: string;
  /** The instant, ms since the epoch. */
  at: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** "08:30" / "8:30" → { hour: 8, minute: 30 }; undefined for anything else. */
export function parseClockTime(text: string): ClockTime | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

export function formatClockTime(t: ClockTime): string {
  return `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;
}

function offsetMs(zone: string, instant: number): number {
  const minutes = tzOffset(zone, new Date(instant));
  if (Number.isNaN(minutes)) throw new RangeError(`unknown time zone: ${zone}`);
  return minutes * MINUTE;
}

/** The wall clock in `zone` at `instant`, as if it were UTC (ms). */
function wallClock(instant: number, zone: string): number {
  return instant + offsetMs(zone, instant);
}

/** "YYYY-MM-DD" of `instant` in `zone`. */
export function localDateOf(instant: number, zone: string): string {
  return new Date(wallClock(instant, zone)).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" plus n days (calendar arithmetic, no time zone involved). */
export function addDays(localDate: string, n: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** The instant the wall clock in `zone` shows `localDate` at `time` (see the DST rules above). */
export function instantOf(localDate: string, time: ClockTime, zone: string): number {
  const wall = Date.parse(`${localDate}T00:00:00Z`) + (time.hour * 60 + time.minute) * MINUTE;
  const before = offsetMs(zone, wall - DAY);
  const after = offsetMs(zone, wall + DAY);
  const candidates = [wall - before, wall - after]
    .filter((t) => wallClock(t, zone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length) return candidates[0]!;
  // Also try the offset in force right at that wall time (zones with two changes in 48 h).
  const near = wall - offsetMs(zone, wall);
  if (wallClock(near, zone) === wall) return near;
  // In a gap: keep the offset from before the change, which lands after it by the gap.
  return wall - before;
}

/** The latest occurrence at or before `now`. */
export function latestDue(now: number, time: ClockTime, zone: string): Due {
  const today = localDateOf(now, zone);
  for (const localDate of [addDays(today, 1), today, addDays(today, -1), addDays(today, -2)]) {
    const at = instantOf(localDate, time, zone);
    if (at <= now) return { localDate, at };
  }
  const localDate = addDays(today, -1);
  return { localDate, at: instantOf(localDate, time, zone) };
}

/** The first occurrence strictly after `now`. */
export function nextDue(now: number, time: ClockTime, zone: string): Due {
  const today = localDateOf(now, zone);
  for (const localDate of [addDays(today, -1), today, addDays(today, 1), addDays(today, 2)]) {
    const at = instantOf(localDate, time, zone);
    if (at > now) return { localDate, at };
  }
  const localDate = addDays(today, 1);
  return { localDate, at: instantOf(localDate, time, zone) };
}
