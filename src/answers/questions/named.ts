/** The people a question's phrase names in an article, as the question means them. */
import type { Analysis } from "../../model/analysis.js";
import { matchNames, type NameMatch } from "../../nlp/people/name-match.js";
import { isRoleNoun } from "../../nlp/lexicon/roles.js";
import { words } from "../../nlp/tokens.js";

/**
 * matchNames, except that "the actor" — "the" and a role noun — names the person the article
 * gives that role ("veteran actor Ann Lee"), not an organisation whose name holds the word
 * ("the Screen Actors Guild").
 */
export function namedBy(
  analysis: Analysis,
  phrase: string,
  acronyms: ReadonlySet<string>,
): NameMatch[] {
  const matches = matchNames(analysis, phrase, { acronyms });
  const head = words(phrase).at(-1) ?? "";
  if (!/^the\s/i.test(phrase) || !isRoleNoun(head) || matches[0]?.entity.kind === "person")
    return matches;
  const byRole = matches.filter((m) => m.entity.kind === "person" && !m.matched.length);
  return byRole.length ? byRole : matches;
}
