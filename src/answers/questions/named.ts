/** The people a question's phrase names in an article, as the question means them. */
import type { Analysis, Entity } from "../../model/analysis.js";
import { matchNames, type NameMatch } from "../../nlp/people/name-match.js";
import { isPersonNoun, isRoleNoun } from "../../nlp/lexicon/roles.js";
import { isStopWord, words } from "../../nlp/tokens.js";
import { relatedWords } from "./related.js";
import { nounSenses, synonyms } from "../../nlp/lexicon/wordnet.js";
import { abbreviationsOfTitle } from "../../nlp/lexicon/titles.js";
import { entryBytes, Lru, MB } from "../../util/lru.js";

/**
 * matchNames, except that "the actor" — "the" and a role noun — names the person the article
 * gives that role ("veteran actor Ann Lee"), not an organisation whose name holds the word
 * ("the Screen Actors Guild"); and that a role word the article does not give anyone may stand
 * for a related one it does (relatedRole: "the Acme boss" for "Acme chairman Ann Lee").
 */
export function namedBy(
  analysis: Analysis,
  phrase: string,
  acronyms: ReadonlySet<string>,
): NameMatch[] {
  const matches = matchNames(analysis, phrase, { acronyms });
  if (!matches.length) return relatedRole(analysis, phrase, acronyms);
  const head = words(phrase).at(-1) ?? "";
  if (!/^the\s/i.test(phrase) || !isRoleNoun(head) || matches[0]?.entity.kind === "person")
    return matches;
  const byRole = matches.filter((m) => m.entity.kind === "person" && !m.matched.length);
  return byRole.length ? byRole : matches;
}

/** A word and the words WordNet and the related-words data tie to it (related.ts), lower case. */
function near(word: string): Set<string> {
  return new Set([word, ...relatedWords(word).map((r) => r.word)]);
}

/** WordNet's synset of "a person who is in charge" ({head, chief, top dog}), read once. */
let inChargeSynset: Set<string> | undefined;
function inChargeWords(): Set<string> {
  return (inChargeSynset ??= new Set(nounSenses("chief")[0]?.map((w) => w.toLowerCase()) ?? []));
}

/**
 * A noun for the person in charge of something: a word of WordNet's synset {head, chief, top
 * dog}, or tied to one directly or through one other role noun ("boss" ~ "chief", "chairman" ~
 * "head", "president" ~ "chairman" ~ "head", "secretary" ~ "chief"), or one whose commonest
 * sense WordNet also names with one first ("ceo": "chief executive officer"); not "spokesman",
 * "prosecutor", "artist" or "editor" ("editor in chief").
 */
export function namesWhoIsInCharge(word: string): boolean {
  let known = inChargeMemo.get(word);
  if (known === undefined) inChargeMemo.set(word, (known = findWhoIsInCharge(word)));
  return known;
}

/**
 * `namesWhoIsInCharge` by word: a "who" question asks it of every role word of every person of
 * every candidate article (WordNet's related words of each, and theirs), and the answer depends
 * on the word alone.
 */
const inChargeMemo = new Lru<string, boolean>(MB / 4, (word) => entryBytes(word));

function findWhoIsInCharge(word: string): boolean {
  const seed = inChargeWords();
  // "ceo": WordNet's {chief executive officer, CEO, …} names it with "chief" first; not
  // "editor" ({editor, editor in chief}: "chief" qualifies no one there).
  const hit = (w: string) =>
    [...near(w)].some((x) => seed.has(x)) ||
    (nounSenses(w)[0] ?? []).some((m) => {
      const ws = m.toLowerCase().split(" ");
      return ws.length > 1 && seed.has(ws[0]!);
    });
  return hit(word) || [...near(word)].some((x) => x !== word && isRoleNoun(x) && hit(x));
}

/**
 * A phrase whose last word, a noun for a person, fits no one as written, read with another word
 * for the same role: its abbreviation as a title ("the governor" ~ "Gov. Jo Lane"), one of its
 * WordNet synonyms or their abbreviations ("the congresswoman" ~ "representative" ~ "Rep. Jo
 * Lane"); or, for a noun for the person in charge
 * ("the Acme boss"; news calls whoever heads a body its boss, chief or head), a role word of the
 * article that also names the person in charge ("Acme chairman Ann Lee"). The phrase's other
 * words must still fit that person (matchNames: "Acme").
 */
export function relatedRole(
  analysis: Analysis,
  phrase: string,
  acronyms: ReadonlySet<string>,
): NameMatch[] {
  const ws = phrase.split(/\s+/);
  const asked = words(ws.at(-1) ?? "")[0] ?? "";
  if (ws.length < 2 || !asked || !isPersonNoun(asked)) return [];
  // "the boss" alone could be anyone's: the body they head must be named ("the Acme boss").
  const body = words(ws.slice(0, -1).join(" ")).some(
    (w) => w.length > 1 && (!isStopWord(w) || acronyms.has(w)),
  );
  const inCharge = namesWhoIsInCharge(asked);
  if (inCharge && !body) return [];
  // A role's synonyms that are roles themselves ("representative"), not names ("Josh" for "kid").
  // The word itself written as a title's abbreviation ("the governor" ~ "Gov. Jo Lane").
  const alike = synonyms(asked).filter((w) => isRoleNoun(w));
  const others = new Set([...alike, ...[asked, ...alike].flatMap((w) => abbreviationsOfTitle(w))]);
  if (inCharge)
    for (const e of analysis.entities)
      if (e.kind === "person" && e.role)
        for (const w of words(e.role))
          if (w !== asked && isRoleNoun(w) && namesWhoIsInCharge(w)) others.add(w);
  const found: NameMatch[] = [];
  for (const r of others) {
    const phraseAs = [...ws.slice(0, -1), r].join(" ");
    for (const m of matchNames(analysis, phraseAs, { acronyms }))
      if (
        m.entity.kind === "person" &&
        m.fromAnalysis &&
        // Words of the role the phrase shares ("the Wisconsin governor" ~ "Wisconsin Gov. Jo
        // Lane"), not of the name.
        m.matched.every((w) => !words(m.entity.name).includes(w) && roleHas(m.entity.role, w)) &&
        holds(m.entity.role, r, body, otherNames(analysis, m.entity)) &&
        !found.some((f) => f.entity === m.entity)
      )
        found.push(m);
  }
  return found;
}

/** Whether a role phrase has the word ("wisconsin" of "Wisconsin Gov"). */
function roleHas(role: string | undefined, word: string): boolean {
  return words(role ?? "").includes(word);
}

/** The name words of the article's other people, lower case. */
function otherNames(analysis: Analysis, e: Entity): Set<string> {
  return new Set(
    analysis.entities.filter((o) => o !== e && o.kind === "person").flatMap((o) => words(o.name)),
  );
}

/**
 * Whether a role phrase has the word as the person's own: as its head noun (the last word before
 * "of", "for"…: "Rep" of "Democratic U.S. Rep") when the question names no body, anywhere before
 * that when it does ("chief" of "Fiat chief executive", for "the Fiat boss") — but not as
 * another person's title ("President" of "President Lee's special envoy").
 */
function holds(
  role: string | undefined,
  word: string,
  body: boolean,
  others: ReadonlySet<string>,
): boolean {
  const ws = words(role ?? "");
  const cut = ws.findIndex((w) => /^(?:of|for|at|with|in|to|on|from)$/.test(w));
  const own = cut > 0 ? ws.slice(0, cut) : ws;
  if (!body) return own.at(-1) === word;
  return own.some((w, i) => w === word && !others.has(own[i + 1] ?? ""));
}
