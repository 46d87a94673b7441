/** Time zone names as people type them → the canonical IANA spelling or a fixed offset, or undefined. */

import { zoneOfPlace } from "./places.js";

const UTC_NAMES = new Set([
  "utc",
  "gmt",
  "z",
  "zulu",
  "etc/utc",
  "etc/gmt",
  "universal",
  "etc/universal",
]);

let byLowerName: Map<string, string> | undefined;

function knownZones(): Map<string, string> {
  if (!byLowerName) {
    byLowerName = new Map();
    for (const zone of Intl.supportedValuesOf("timeZone"))
      byLowerName.set(zone.toLowerCase(), zone);
  }
  return byLowerName;
}

/** "utc" → "UTC", "asia/almaty" → "Asia/Almaty", "Europe/Kiev" → "Europe/Kiev" (aliases Intl knows stay valid). */
export function canonicalZone(input: string): string | undefined {
  const name = input.trim();
  if (name === "" || name.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name))
    return undefined;
  const lower = name.toLowerCase();
  if (UTC_NAMES.has(lower)) return "UTC";
  const known = knownZones().get(lower);
  if (known) return known;
  try {
    // Links and legacy names ("US/Eastern", "Etc/GMT+5") that Intl accepts but does not list.
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * "GMT+5", "UTC-03:30", "+05:30", "utc + 5" → a fixed-offset zone "+05:00" / "-03:30" (the
 * form @date-fns/tz reads), "UTC" for a zero offset. The sign means what people mean (ahead
 * of UTC), unlike the POSIX-style Etc/GMT-5. Only offsets some place on Earth uses: −12 to
 * +14 hours, on the hour or at :30 or :45.
 */
export function fixedOffsetZone(input: string): string | undefined {
  const m = /^(?:(?:utc|gmt)\s*)?([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(input.trim());
  if (!m) return undefined;
  const sign = m[1] === "+" ? "+" : "-";
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (![0, 30, 45].includes(minutes) || (hours === 0 && minutes !== 0)) return undefined;
  if (hours * 60 + minutes > (sign === "+" ? 14 : 12) * 60) return undefined;
  if (hours === 0) return "UTC";
  return `${sign}${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** How a stored zone is shown: "+05:30" → "UTC+05:30"; IANA names as they are. */
export function zoneLabel(zone: string): string {
  return /^[+-]\d{2}:\d{2}$/.test(zone) ? `UTC${zone}` : zone;
}

/**
 * Whatever names a time zone for a person → the zone to store, or undefined: UTC offsets,
 * IANA names in any case (spaces for underscores too), then places — cities, countries and
 * their ISO codes (see places.ts; that data is loaded on first use).
 */
export function resolveZone(input: string): string | undefined {
  const name = input.trim().replace(/\s+/g, " ");
  if (name === "" || name.length > 64) return undefined;
  return fixedOffsetZone(name) ?? canonicalZone(name.replace(/ /g, "_")) ?? zoneOfPlace(name);
}
