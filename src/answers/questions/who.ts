/**
 * The role an article gives someone when the analysis has none: "The first president of X,
 * Name," / "Name, director general of Y," / "Trade Secretary Name" / "Name is the …".
 */
import type { Analysis, Entity, Sentence } from "../../model/analysis.js";
import { isPersonNoun, isRoleNoun } from "../../nlp/lexicon/roles.js";
import { AUXILIARIES, PREPOSITIONS, SUBORDINATORS } from "../../nlp/lexicon/function-words.js";
import { words } from "../../nlp/tokens.js";

/**
 * True when a phrase holds a word for what a person is, so it can be someone's role ("first
 * president of …", "a lecturer at …", "poultry magnate"): a role noun of the lexicon, or a noun
 * whose commonest sense WordNet files under persons.
 */
export function isRolePhrase(phrase: string): boolean {
  return words(phrase).some((w) => isPersonNoun(w) || isRoleNoun(w.replace(/s$/, "")));
}

/**
 * A role the text gives a name when the analysis has none: "The first president of X,
 * Name," / "Name, director general of Y," / "Name, 58, a former ambassador," / "…, said
 * Name, an evangelical pastor." (at the sentence's end) / "Trade
 * Secretary Name" / "Name is the …".
 */
export function roleFromText(
  analysis: Analysis,
  e: Entity,
): { role: string; sentence: number } | undefined {
  const full = e.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const surname = (e.name.split(/\s+/).at(-1) ?? e.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const name = `(?:${full}|${surname})`;
  const patterns = [
    new RegExp(
      `(?:^|[,;:]\\s|\\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts)\\s+([^,;:“”"()]{3,80}?),\\s+(?:[\\p{Lu}][\\p{L}'’.-]+\\s+)*${name}\\b`,
      "u",
    ),
    new RegExp(
      `\\b${name},\\s+(?:\\d{1,3},\\s+)?((?:the|a|an)\\s+[^,;:“”"()]{3,80}?|[\\p{Ll}][^,;:“”"()]{3,80}?)(?:,|\\s+(?:said|says|told|warned|added|who)\\b)`,
      "u",
    ),
    // "…, said Ann Reyes, a local pastor (who …)." — at the sentence's end, after a determiner only.
    new RegExp(
      `\\b${name},\\s+(?:\\d{1,3},\\s+)?((?:the|a|an|one of the)\\s+[^,;:“”"()?!]{3,80}?)(?:\\s+(?:who|whose|which|that)\\s[^“”"]*)?\\.?[”"’']?\\s*$`,
      "u",
    ),
    new RegExp(
      `\\b${name}\\s+(?:is|was|has been|became)\\s+((?:the|a|an)\\s+[^,;:.“”"()]{3,80})`,
      "u",
    ),
    new RegExp(
      `((?:[\\p{Lu}][\\p{L}'’-]+\\s+)*(?:and\\s+)?(?:[\\p{Lu}][\\p{L}'’-]+\\s+)*(?:President|Minister|Secretary|Chancellor|Governor|Mayor|Senator|Chairman|Director|Chief Executive|Chief|Spokesman|Spokeswoman|Leader|Commissioner|Ambassador|Coach|Manager|Captain|King|Queen|Prince|General))\\s+(?:[\\p{Lu}][\\p{L}'’.-]+\\s+)*${name}\\b`,
      "u",
    ),
  ];
  const sentences: Sentence[] = [...new Set(e.mentions)]
    .sort((a, b) => a - b)
    .map((i) => analysis.sentences[i])
    .filter((s): s is Sentence => !!s);
  for (const [n, pattern] of patterns.entries()) {
    for (const s of sentences) {
      const m = pattern.exec(s.text);
      // "When the opening night ended, Donald Trump's advisers …": the comma closes a fronted
      // clause; what comes before it is no apposition to the name after it.
      if (m && n === 0 && closesFrontedClause(s.text, m.index + m[0].lastIndexOf(","), m)) continue;
      const found = m?.[1]?.trim();
      const role = found && n === 0 ? appositiveTail(found) : found;
      if (
        role &&
        !/\b(?:said|says|told|and|but|according)\b/.test(role.split(" ").slice(0, 1).join(" ")) &&
        // "Ann Berg, 56, of Denver": where someone is from, not what they are.
        !PREPOSITIONS.has(role.split(/\s/)[0]!.toLowerCase()) &&
        !/^(?:near|as|despite)\s/i.test(role) &&
        role.split(/\s+/).length <= 12 &&
        // after the name, an appositive is a noun phrase or a relative clause ("who …"): "over
        // Trump, the race was close" is a clause of its own
        !((n === 1 || n === 2) && !/^(?:who|whose|which)\s/i.test(role) && hasFiniteVerb(role)) &&
        (e.kind !== "person" || isRolePhrase(role))
      ) {
        return { role: role.replace(/^(?:the|a|an)\s+/i, ""), sentence: s.index };
      }
    }
  }
  return undefined;
}

const CLOSES_FRONTED_CLAUSE_PATTERN = /^\W*(\p{L}+)/u;
const CLOSES_FRONTED_CLAUSE_PATTERN_2 = /^\p{Lu}\p{Ll}{2,}ing$/u;

/**
 * True when the comma at `comma` is the first of a sentence that opens with a subordinating
 * conjunction, a preposition or an "-ing" participle ("Over her career as a senator, Clinton
 * raised …"), and the name after it is not closed by a comma or a dash of its own (an apposition
 * inside the clause: "When the F.B.I. director, James B. Comey, said …").
 */
function closesFrontedClause(text: string, comma: number, m: RegExpExecArray): boolean {
  const first = CLOSES_FRONTED_CLAUSE_PATTERN.exec(text)?.[1] ?? "";
  const opener =
    SUBORDINATORS.has(first.toLowerCase()) ||
    PREPOSITIONS.has(first.toLowerCase()) ||
    CLOSES_FRONTED_CLAUSE_PATTERN_2.test(first);
  return (
    opener &&
    text.indexOf(",") === comma &&
    !/^\s*(?:,|[-–—]\s)/u.test(text.slice(m.index + m[0].length))
  );
}

const HAS_FINITE_VERB_PATTERN = /\p{L}n['’]t\b/iu;

/** A finite form of "be", "have" or "do", a modal or a subject pronoun: the phrase is a clause, not a noun phrase. */
function hasFiniteVerb(phrase: string): boolean {
  return (
    words(phrase).some((w) => AUXILIARIES.has(w) || FINITE_BE_HAVE_DO.has(w) || SUBJECTS.has(w)) ||
    HAS_FINITE_VERB_PATTERN.test(phrase)
  );
}
const FINITE_BE_HAVE_DO = new Set(["am", "are", "were", "have", "does", "did", "do"]);
/** Subject pronouns: "the more they like him" is a clause. */
const SUBJECTS = new Set(["i", "he", "she", "we", "they"]);

const APPOSITIVE_TAIL_PATTERN = /\b(?:and|or|but)\b|\b\p{Ll}+ed\s+\p{L}/u;
const APPOSITIVE_TAIL_PATTERN_2 =
  /(?<=\s)(?:(?:the|a|an|his|her|its|their)\s+|(?=\p{Lu}[\p{L}-]*['’]s\s))/gu;

/**
 * The noun phrase that ends a phrase found before ", Name": a phrase with a clause in it ("the
 * injunction issued Thursday and also order Elian's great-uncle, Lazaro Gonzalez") is cut to the
 * last phrase that opens with a determiner or a possessive and names a role ("Elian's
 * great-uncle"); a plain noun phrase ("first president of the republic") is kept whole.
 */
export function appositiveTail(phrase: string): string {
  if (!APPOSITIVE_TAIL_PATTERN.test(phrase)) return phrase;
  const starts = [...phrase.matchAll(APPOSITIVE_TAIL_PATTERN_2)];
  for (const m of starts.reverse()) {
    const tail = phrase.slice((m.index ?? 0) + m[0].length);
    if (!/\b(?:and|or|but)\b/.test(tail) && isRolePhrase(tail)) return tail;
  }
  return phrase;
}
