/**
 * The role an article gives someone when the analysis has none: "The first president of X,
 * Name," / "Name, director general of Y," / "Trade Secretary Name" / "Name is the …".
 */
import type { Analysis, Entity, Sentence } from "../../model/analysis.js";
import { isPersonNoun, isRoleNoun } from "../../nlp/lexicon/roles.js";
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
    // "…, said Martin Anorga, an evangelical pastor." — at the sentence's end, after a determiner only.
    new RegExp(
      `\\b${name},\\s+(?:\\d{1,3},\\s+)?((?:the|a|an|one of the)\\s+[^,;:“”"()?!]{3,80}?)\\.?[”"’']?\\s*$`,
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
      const found = m?.[1]?.trim();
      const role = found && n === 0 ? appositiveTail(found) : found;
      if (
        role &&
        !/\b(?:said|says|told|and|but)\b/.test(role.split(" ").slice(0, 1).join(" ")) &&
        // "Olga Coto, 56, of Miami": where someone is from, not what they are.
        !/^(?:of|from|in|at|near|on|with|as|for)\s/i.test(role) &&
        role.split(/\s+/).length <= 12 &&
        (e.kind !== "person" || isRolePhrase(role))
      ) {
        return { role: role.replace(/^(?:the|a|an)\s+/i, ""), sentence: s.index };
      }
    }
  }
  return undefined;
}

/**
 * The noun phrase that ends a phrase found before ", Name": a phrase with a clause in it ("the
 * injunction issued Thursday and also order Elian's great-uncle, Lazaro Gonzalez") is cut to the
 * last phrase that opens with a determiner or a possessive and names a role ("Elian's
 * great-uncle"); a plain noun phrase ("first president of the republic") is kept whole.
 */
export function appositiveTail(phrase: string): string {
  if (!/\b(?:and|or|but)\b|\b\p{Ll}+ed\s+\p{L}/u.test(phrase)) return phrase;
  const starts = [
    ...phrase.matchAll(/(?<=\s)(?:(?:the|a|an|his|her|its|their)\s+|(?=\p{Lu}[\p{L}-]*['’]s\s))/gu),
  ];
  for (const m of starts.reverse()) {
    const tail = phrase.slice((m.index ?? 0) + m[0].length);
    if (!/\b(?:and|or|but)\b/.test(tail) && isRolePhrase(tail)) return tail;
  }
  return phrase;
}
