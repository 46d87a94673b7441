/** Words of the calendar and of counting, as news writes them. */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * The months' names, capitalised as written: the one list the month patterns of src/ are built
 * from (MONTH_NUMBER gives their numbers).
 */
export const MONTH_NAMES =
  "January|February|March|April|May|June|July|August|September|October|November|December";
/** A month's name or its short form ("Jan", "Sept" or "Sep"; "May" is never cut), ungrouped. */
export const MONTH_ALTERNATION = `${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`;
/** MONTH_ALTERNATION as a capturing group. */
export const MONTH_OR_SHORT = `(${MONTH_ALTERNATION})`;
/** The weekdays' names, capitalised as written ("Sunday|Monday|…"). */
export const WEEKDAY_NAMES = Object.keys(WEEKDAYS)
  .map((d) => d[0]!.toUpperCase() + d.slice(1))
  .join("|");

export const MONTH_WORD = new RegExp(`\\b${MONTH_OR_SHORT}\\b\\.?`, "i");
export const WEEKDAY_WORD = new RegExp(`\\b(${Object.keys(WEEKDAYS).join("|")})\\b`, "i");
export const NUMBER =
  "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty";

export const MONTH_NUMBER: Record<string, number> = {
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

/** "three" → 3, "12" → 12. */
export function amount(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

/** A year written with its last two digits ("'96", "Nov. ’04"): 50 and above are the 1900s, as "FY99" is read. */
export const shortYear = (digits: string) => (Number(digits) >= 50 ? 1900 : 2000) + Number(digits);
