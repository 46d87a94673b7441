import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";

/** "Sat 1 June 2024 at 08:30" as the wall clock in `zone` shows `instant`. */
export function formatLocal(instant: number, zone: string): string {
  return format(new TZDate(instant, zone), "EEE d MMMM yyyy 'at' HH:mm");
}

/** "2024-06-01" → "Saturday 1 June 2024". */
export function formatLocalDate(localDate: string): string {
  const [y, m, d] = localDate.split("-").map(Number);
  return format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1), "EEEE d MMMM yyyy");
}

/** "2024-06-01" → "Sat 1 June". */
export function formatShortDate(localDate: string): string {
  const [y, m, d] = localDate.split("-").map(Number);
  return format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1), "EEE d MMMM");
}

/** 7_500_000 → "2 h 5 min"; under a minute → "less than a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return "less than a minute";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [
    days ? `${days} d` : "",
    hours ? `${hours} h` : "",
    mins && !days ? `${mins} min` : "",
  ].filter(Boolean);
  return parts.join(" ");
}
