/** Time zone names as people type them → the canonical IANA spelling, or undefined. */

const UTC_NAMES = new Set(["utc", "gmt", "z", "zulu", "etc/utc", "etc/gmt", "universal", "etc/universal"]);

let byLowerName: Map<string, string> | undefined;

function knownZones(): Map<string, string> {
  if (!byLowerName) {
    byLowerName = new Map();
    for (const zone of Intl.supportedValuesOf("timeZone")) byLowerName.set(zone.toLowerCase(), zone);
  }
  return byLowerName;
}

/** "utc" → "UTC", "asia/almaty" → "Asia/Almaty", "Europe/Kiev" → "Europe/Kiev" (aliases Intl knows stay valid). */
export function canonicalZone(input: string): string | undefined {
  const name = input.trim();
  if (name === "" || name.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
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

/** Does this look like a time-of-day the person meant, even if it is not a valid one ("25:00", "8.30", "9am")? */
export function looksLikeTime(word: string): boolean {
  return /^\d{1,2}([:.h]\d{0,2})?\s*(am|pm)?$/i.test(word.trim()) || /^\d{3,4}$/.test(word.trim());
}
