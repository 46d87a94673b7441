/**
 * Titles and honorifics: the words before a name that say what a person is ("President",
 * "Foreign Secretary", "Mr", "Sir"). Written for this project from the titles of British and
 * US news; compromise tags many of them #Honorific (issue 12 may read them from there); the
 * honorifics of other countries' news come from parse-full-name (honorifics-data.ts).
 * Everything is lower case.
 */
import { HONORIFIC_ABBREVIATIONS } from "./compromise-tags.js";
import * as data from "./honorifics-data.js";
import { wordSet } from "./word-set.js";

/** Capitalised words that carry a title before a name ("President", "Secretary", "MEP"). */
export const TITLE_WORDS = wordSet(
  "president vice-president premier minister secretary chancellor senator sen governor gov mayor king queen prince " +
    "princess pope judge justice ambassador commissioner chairman chairwoman chair chief director leader coach manager " +
    "captain general gen colonel col commander admiral lieutenant lt sergeant sgt inspector detective det constable " +
    "superintendent archbishop bishop cardinal sheikh ayatollah imam rabbi reverend rev pastor father brother sister " +
    "mp mep msp ceo dj vj spokesman spokeswoman executive officer representative rep congressman congresswoman " +
    "deputy chief-executive striker midfielder defender goalkeeper keeper winger skipper boss editor presenter " +
    "journalist analyst economist professor prof doctor attorney prosecutor counsel envoy emir sultan tsar czar " +
    "chancellor-elect president-elect premier-elect",
);

/** Title words that are also adjectives or nouns ("General Election", "Star Wars"): no title before a single word. */
export const AMBIGUOUS_TITLES = wordSet(
  "general international star chief executive premier major deputy head prime senior junior veteran champion",
);

/** Honorifics: "Mr", "Dr", "Sir". `kept` ones stay part of the display name ("Sir Alex Ferguson"). */
export const HONORIFICS: Record<string, { gender?: "m" | "f"; kept?: boolean }> = {
  mr: { gender: "m" },
  mister: { gender: "m" },
  mrs: { gender: "f" },
  ms: { gender: "f" },
  miss: { gender: "f" },
  dr: {},
  prof: {},
  professor: {},
  sir: { gender: "m", kept: true },
  dame: { gender: "f", kept: true },
  lord: { gender: "m", kept: true },
  lady: { gender: "f", kept: true },
  baroness: { gender: "f", kept: true },
  baron: { gender: "m", kept: true },
  rev: {},
  reverend: {},
  messrs: {},
  // Honorifics of Indian and Commonwealth African news ("Shri Anil Roy", "Smt. Asha Roy", "Hon.
  // Jane Doe (Westbrook Central)"), which parse-full-name's list lacks: typed here (docs/lexicon.md).
  shri: { gender: "m" },
  smt: { gender: "f" },
  shrimati: { gender: "f" },
  hon: {},
  honourable: {},
  honorable: {},
  // "Madam Lee Siew Lan … Madam Lee": the honorific of older women in Singapore, Malaysian and
  // Hong Kong English news, which parse-full-name's list lacks (docs/lexicon.md); kept in the name as
  // those papers write it, and before a title alone it names no one ("Madam Secretary", a show).
  madam: { gender: "f", kept: true },
  madame: { gender: "f", kept: true },
  // "Datuk", "Tengku", "Encik", "Khun": the world's honorifics (parse-full-name's titles, MIT).
  ...Object.fromEntries([...wordSet("", data.WORLD_HONORIFICS)].map((w) => [w, {}])),
};

/** "Seri" of "Datuk Seri", "Sri" of "Puan Sri": words that continue an honorific, after one only. */
export const HONORIFIC_FOLLOWERS = wordSet("", data.HONORIFIC_FOLLOWERS);

/** Words that qualify the title after them: "Prime Minister", "Shadow Chancellor", "Former President". */
export const TITLE_MODIFIERS = wordSet(
  "vice prime head foreign home shadow acting interim former first",
);

/** "Sen.", "Lt.", "Capt.": an abbreviated title or honorific (compromise's #Honorific abbreviations). */
export function isTitleAbbreviation(lower: string): boolean {
  return HONORIFIC_ABBREVIATIONS.has(lower);
}

/** The titles an abbreviated one stands for: "sen" → senator, "gov" → governor, "capt" → captain. */
export function titlesAbbreviatedAs(lower: string): string[] {
  if (!isTitleAbbreviation(lower)) return [];
  return [...TITLE_WORDS].filter((t) => t.length > lower.length && t.startsWith(lower));
}

/** The abbreviations of a title: "governor" → "gov", "senator" → "sen". */
export function abbreviationsOfTitle(title: string): readonly string[] {
  return (abbreviations ??= abbreviationsByTitle()).get(title) ?? [];
}

/**
 * Title → its abbreviations, made once from the two lists (each abbreviation's titles, in the
 * order of HONORIFIC_ABBREVIATIONS): a question asks it for every role word it weighs.
 */
let abbreviations: Map<string, string[]> | undefined;
function abbreviationsByTitle(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of HONORIFIC_ABBREVIATIONS)
    for (const t of new Set(titlesAbbreviatedAs(a))) {
      const list = out.get(t);
      if (list) list.push(a);
      else out.set(t, [a]);
    }
  return out;
}

/** A title, a word qualifying one, or an honorific: the words of "Former President Mr X" that are not X's name. */
export function isTitleWord(lower: string): boolean {
  return (
    TITLE_WORDS.has(lower) ||
    TITLE_MODIFIERS.has(lower) ||
    Object.hasOwn(HONORIFICS, lower) ||
    isTitleAbbreviation(lower)
  );
}
