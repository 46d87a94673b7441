/**
 * Roles the text gives a person: title phrases ("Russian President Vladimir Putin",
 * "Labour election co-ordinator Alan Milburn") and appositions ("The acting president of
 * Kazakhstan, Kasim-Zhomart Tokaev, said"; "Mr Hain, Leader of the Commons, told"). Role
 * descriptions standing for a person ("the Kazakh president") are in descriptions.ts.
 */
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from "../lexicon/function-words.js";
import { isFemaleHead, isMaleHead } from "../lexicon/gender.js";
import { isRoleNoun, ROLE_MODIFIERS } from "../lexicon/roles.js";
import { isTitleAbbreviation } from "../lexicon/titles.js";
import type { NameRun } from "./names.js";
import { textOf } from "./names.js";
import type { Paragraph, Token } from "../text-model.js";

/** Words a role phrase after a comma never holds (verbs and relatives end an apposition). */
const NOT_IN_ROLE = new Set(
  (
    "said says told tells added is was are were has have had will would who which that whose whom where when while " +
    "but because if as said, also believes thinks says: insisted warned explained stressed"
  ).split(" "),
);

const MAX_ROLE_WORDS = 8;

export interface FoundRole {
  role: string;
  sentence: number;
  /** The role phrase with its determiner as written ("The acting president of Kazakhstan"), for aliases. */
  phrase?: string;
}

/** The role the text gives the person named by `run`, from its title, the words before it or an apposition. */
export function roleOf(run: NameRun, p: Paragraph): FoundRole | undefined {
  const toks = p.tokens;
  // Lower-case title phrase right before the name: "Labour election co-ordinator Alan Milburn".
  const before = roleBefore(p, run.from);
  if (run.title) {
    const title = before ? `${before.text} ${run.title}` : run.title;
    return { role: tidy(title), sentence: run.sent };
  }
  if (before && isRoleNoun(toks[run.from - 1]!.lower))
    return { role: tidy(before.text), sentence: run.sent };
  // Only for names known to be people's: "analyst group Vote No" is not a person.
  const ofRole = run.kind === "person" ? roleOfBefore(p, run.from) : undefined;
  if (ofRole) return { role: tidy(ofRole), sentence: run.sent };
  // Apposition before: "The acting president of Kazakhstan, Kasim-Zhomart Tokaev,".
  if (toks[run.from - 1]?.text === "," && endsApposition(toks[run.end])) {
    const np = nounPhraseBefore(p, run.from - 1);
    if (np) return { role: tidy(np.role), sentence: run.sent, phrase: np.phrase };
  }
  // Apposition after: "Mr Hain, Leader of the Commons, told".
  if (toks[run.end]?.text === ",") {
    const np = nounPhraseAfter(p, run.end + 1);
    if (np) return { role: tidy(np), sentence: run.sent };
  }
  return undefined;
}

function endsApposition(t: Token | undefined): boolean {
  return (
    !t ||
    t.text === "," ||
    t.text === "." ||
    t.text === ";" ||
    t.lower === "said" ||
    t.lower === "says" ||
    t.lower === "who"
  );
}

/** Words right before a name that make a role: "former Dutch prime minister", "BT chief executive". */
function roleBefore(p: Paragraph, at: number): { text: string } | undefined {
  const toks = p.tokens;
  let i = at - 1;
  let sawNoun = false;
  while (i >= 0) {
    const t = toks[i]!;
    if (!t.word || t.q !== toks[at]!.q) break;
    if (
      isRoleNoun(t.lower) ||
      ROLE_MODIFIERS.has(t.lower) ||
      /^(vice|co|deputy|ex)-/.test(t.lower)
    ) {
      if (isRoleNoun(t.lower)) sawNoun = true;
      i--;
      continue;
    }
    if (t.cap && !t.first && !DETERMINERS.has(t.lower)) {
      i--;
      continue;
    }
    if (
      t.cap &&
      t.first &&
      sawNoun &&
      !DETERMINERS.has(t.lower) &&
      !/^(but|and|so|then|now|yet|or)$/.test(t.lower)
    ) {
      i--;
      break;
    }
    break;
  }
  const from = i + 1;
  if (from >= at || !sawNoun || at - from > MAX_ROLE_WORDS) return undefined;
  // The role's last word must be a role noun ("chief executive" ends in "executive", a role).
  const lastWord = toks[at - 1]!.lower;
  if (!isRoleNoun(lastWord) && !ROLE_MODIFIERS.has(lastWord)) return undefined;
  return { text: textOf(p, from, at) };
}

/** "director of telecoms research Tony Lavender": a role noun, "of", a few words, then the name. */
function roleOfBefore(p: Paragraph, at: number): string | undefined {
  const toks = p.tokens;
  for (let of = at - 2; of >= 1 && at - of <= 4; of--) {
    const t = toks[of]!;
    if (!t.word || t.q !== toks[at]!.q) return undefined;
    if (t.lower !== "of" || !isRoleNoun(toks[of - 1]!.lower)) continue;
    if (
      toks
        .slice(of + 1, at)
        .some((x) => !x.word || DETERMINERS.has(x.lower) || NOT_IN_ROLE.has(x.lower))
    )
      return undefined;
    let from = of - 1;
    while (
      from > 0 &&
      toks[from - 1]!.word &&
      (ROLE_MODIFIERS.has(toks[from - 1]!.lower) || isRoleNoun(toks[from - 1]!.lower))
    )
      from--;
    const prev = toks[from - 1];
    if (prev && prev.word && !/^(and|but)$/.test(prev.lower)) return undefined;
    return textOf(p, from, at);
  }
  return undefined;
}

/** "The acting president of Kazakhstan" ending at the comma at `comma`. */
function nounPhraseBefore(
  p: Paragraph,
  comma: number,
): { role: string; phrase: string } | undefined {
  const toks = p.tokens;
  let noun = -1;
  let det = -1;
  const limit = Math.max(0, comma - 12);
  for (let i = comma - 1; i >= limit; i--) {
    const t = toks[i]!;
    // "The United Nations' emergency relief coordinator, Jan Egeland,": over a possessive.
    if (/^['’]s?$/.test(t.text) && toks[i - 1]?.word && noun >= 0) continue;
    if (!t.word || t.q !== toks[comma]!.q) break;
    if (DETERMINERS.has(t.lower)) {
      // "the incoming president of the European Commission": go on past "of the".
      if (noun < 0 && toks[i - 1]?.lower === "of") continue;
      det = i;
      break;
    }
    if (noun < 0 && isRoleNoun(t.lower)) noun = i;
    if (t.first) {
      det = i;
      break;
    }
  }
  if (noun < 0 || det < 0) return undefined;
  const from = DETERMINERS.has(toks[det]!.lower) ? det + 1 : det;
  if (comma - from > MAX_ROLE_WORDS || from > noun) return undefined;
  if (toks.slice(from, comma).some((t) => NOT_IN_ROLE.has(t.lower))) return undefined;
  return { role: textOf(p, from, comma), phrase: textOf(p, det, comma) };
}

/** "Leader of the Commons" starting at `at`, ending at a comma, full stop or verb. */
function nounPhraseAfter(p: Paragraph, at: number): string | undefined {
  const toks = p.tokens;
  let i = at;
  // "his wife", "her husband", "their son": a kin word after a possessive is a role too.
  if (toks[i] && /^(his|her|their)$/.test(toks[i]!.lower) && toks[i + 1]?.word) i++;
  if (toks[i] && /^(the|a|an|herself|himself)$/.test(toks[i]!.lower)) i++;
  if (toks[i] && /^(a|an|the)$/.test(toks[i]!.lower)) i++;
  const from = i;
  const head = toks[from];
  // A role starts with a role word, a modifier or a capital: "news editor", "Leader of the Commons".
  if (
    !head ||
    !head.word ||
    !(
      head.cap ||
      isRoleNoun(head.lower) ||
      ROLE_MODIFIERS.has(head.lower) ||
      /^(vice|co|deputy|ex)-/.test(head.lower)
    )
  )
    return undefined;
  // "Trump, Sen. Ted Cruz and others": an abbreviated title before a name is the next list
  // item's title, not an apposition for the name before the comma.
  if (isTitleAbbreviation(head.lower)) {
    const next = toks[from + 1]?.text === "." ? toks[from + 2] : toks[from + 1];
    if (next?.word && next.cap && !next.first) return undefined;
  }
  let noun = -1;
  for (; i < toks.length && i - from <= 12; i++) {
    const t = toks[i]!;
    if (!t.word && t.text !== "-" && t.text !== "&" && t.text !== "'s" && t.text !== "’s") break;
    if (NOT_IN_ROLE.has(t.lower) || (t.lower === "and" && noun >= 0)) break;
    if (isRoleNoun(t.lower) && noun < 0) noun = i;
  }
  if (noun < 0 || i === from) return undefined;
  const end = toks[i];
  if (end && end.word && !NOT_IN_ROLE.has(end.lower) && end.lower !== "and") return undefined;
  if (i - from > MAX_ROLE_WORDS) {
    // Keep it short: up to the role noun and its "of …" phrase.
    i = Math.min(i, from + MAX_ROLE_WORDS);
  }
  return textOf(p, from, i);
}

function tidy(role: string): string {
  return role
    .replace(/\s+/g, " ")
    .replace(/[\s,;:-]+$/, "")
    .trim();
}

/**
 * The gender a role's head noun gives ("his wife", "a spokeswoman for the mayor", "her
 * husband"): the last word before a preposition or conjunction. An "-man" title ("chairman",
 * "spokesman") is often said of women too, so its gender is only a guess.
 */
export function roleGender(
  role: FoundRole | undefined,
): { gender: "m" | "f"; guessed: boolean } | undefined {
  if (!role) return undefined;
  const words = role.role.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w)));
  const head = words[(cut < 0 ? words.length : cut) - 1]!.replace(/[^a-z-]/g, "");
  if (isFemaleHead(head)) return { gender: "f", guessed: false };
  if (isMaleHead(head)) return { gender: "m", guessed: head.endsWith("man") };
  return undefined;
}
