/**
 * "Who is X?": the person (or organisation), the role the article gives them, and the
 * sentence that says so; then the other sentences that mention them. "Who did Y" (no one
 * named): the sentences that answer it, with the people in them in front.
 */
import type { Analysis, Sentence } from "../../../model/analysis.js";
import type { NameMatch } from "../../../nlp/people/name-match.js";
import { acronymsIn, isStopWord, joinDotted, words } from "../../../nlp/tokens.js";
import { processTerm } from "../../../search/terms.js";
import { isRoleNoun } from "../../../nlp/lexicon/roles.js";
import {
  dictionaryForms,
  isEnglishWord,
  isWordAs,
  nounKinds,
  synonyms,
  roleVerbs,
  verbSynonyms,
} from "../../../nlp/lexicon/wordnet.js";
import { lemma } from "../../../nlp/lexicon/irregular-verbs.js";
import { bold } from "../../reply.js";
import { answerBySearch } from "../by-search.js";
import { candidateArticles } from "../candidates.js";
import { none, sentenceBlock, type AskContext, type Item, type Outcome } from "../core.js";
import type { QuestionStrategy } from "../strategy.js";
import { asTyped, looksLikeName } from "../typed.js";
import { roleFromText } from "../who.js";
import { askedVerbs, saysAskedVerbs } from "../verbs.js";
import { otherStrategy } from "./other.js";
import { verbSense, whoVerb } from "./asked-action.js";
import type { RankedHit } from "../ranking.js";
import { namedBy, namesWhoIsInCharge } from "../named.js";
import { verbPositions } from "../verb-at.js";
import { weights } from "../weights.js";

const RECOGNISE_PATTERN =
  /^(?:is|was|are|were)\s+(.+?)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)$/u;
const STARTS_UPPER = /^\p{Lu}/u;

export const whoStrategy: QuestionStrategy = {
  kind: "who",
  recognise(t) {
    let m = /^(?:who|whom)\s+(?:is|s|was|are|were)\s+(.+)$/.exec(t);
    if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
    m = /^(?:who|whom)\s+(.+?)\s+(?:is|was|are|were)$/.exec(t);
    if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
    m =
      /^(?:what|which)\s+(?:is|s|was)\s+(?:the\s+)?(?:role|job|position|title|post)\s+of\s+(.+)$/.exec(
        t,
      );
    if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
    m =
      /^(?:what|which)\s+(?:is|s|was)\s+(.+?)\s+s\s+(?:role|job|position|title|post|background)$/.exec(
        t,
      );
    if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
    // "what is the FBI chief's name", "what was the name of the driver": who the role is.
    m =
      /^(?:what|which)\s+(?:is|s|was|were|are)\s+(?:the\s+)?(?:(.+?)\s+s\s+(?:full\s+)?names?|(?:full\s+)?names?\s+of\s+(.+))$/.exec(
        t,
      );
    const role = (m?.[1] ?? m?.[2])?.replace(/^the\s+/, "");
    // A person's name; "the name of the film" is a title, not someone.
    if (role && isPersonNoun(role.split(" ").at(-1)!.replace(/s$/, "")))
      return { kind: "who", subject: `the ${role}`, rest: `the ${role}` };
    m = /^(?:(?:what|how)\s+about|(?:tell\s+me\s+)?(?:more\s+)?about)\s+(.+)$/.exec(t);
    if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1], profile: true };
    // "what role does X have", "what does X do", "what is X's job" (above)
    m =
      /^(?:what|which)\s+(?:role|job|position|title|post|office)\s+(?:does|did|do|has|had|is|was)\s+(.+?)\s+(?:have|hold|play|had|held|played|occupy|fill)$/.exec(
        t,
      );
    if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
    m = /^what\s+(?:does|did|do)\s+(.+?)\s+do(?:\s+for\s+(?:a\s+)?(?:living|work))?$/.exec(t);
    if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
    // "is Jo Ray a coach?": whether someone is what the question calls them is answered by the
    // role the article gives them (a sports psychologist), whichever it is.
    m = RECOGNISE_PATTERN.exec(t);
    if (
      m?.[1] &&
      !/^(?:it|this|that|there|he|she|they|you|i|we)$/.test(m[1]) &&
      isPersonNoun(m[2]!.split(" ").at(-1)!)
    )
      return { kind: "who", subject: m[1], rest: m[1], profile: true };
    if (/^(?:who|whom|whose)\b/.test(t))
      return { kind: "who", rest: t.replace(/^(?:who|whom|whose)\s*/, "") };
    return undefined;
  },
  get prefer() {
    return { person: weights.preferPerson };
  },
  lead(ctx, { analysis, sentence }, asked) {
    // "conducted by the Acme Institute": the doer of the asked action, person or not.
    const agent =
      agentOf(sentence.text, asked) ??
      subjectOf(sentence.text, ctx.parsed.rest, asked) ??
      titledByVerb(sentence.text, askedVerbs(ctx.parsed.rest));
    if (agent) return [bold(agent), ":"];
    // "Who is the owner": the holder where the sentence says the role as a verb ("owned by X").
    const role = askedRole(ctx.parsed.rest) ?? subjectRole(ctx.parsed.subject);
    const holder = role && roleVerbHolder(role, sentence.text, namesIn(analysis, sentence));
    if (holder && !words(holder).some((w) => asked.has(w))) return [bold(holder), ":"];
    // The people the question names are not its answer ("who is Trump giving a speech to").
    const fresh = (s: Sentence) =>
      peopleIn(analysis, s).filter((p) => !words(p).some((w) => asked.has(w)));
    const people = fresh(sentence);
    if (people.length) return [bold(people.slice(0, 3).join(", ")), ":"];
    // "A man … was arrested. ¶ The suspect, Khalid Omar, …": named in the sentence after.
    const next = analysis.sentences[sentence.index + 1];
    if (!next || !namedNext(sentence.text, next.text)) return undefined;
    const at = (p: string) => next.text.indexOf(p.split(" ").at(-1) ?? p);
    const first = fresh(next)
      .filter((p) => STARTS_UPPER.test(p) && at(p) >= 0)
      .sort((a, b) => at(a) - at(b))[0];
    return first ? [bold(first), ":"] : undefined;
  },
  // The doer of the asked action named after "by", or titled by it ("Director X"), answers "who did it" outright.
  bonus: (ctx, _a, s, asked) => {
    if (agentOf(s.text, asked) || titledByVerb(s.text, askedVerbs(ctx.parsed.rest)))
      return weights.whoAgent;
    // "Who is the owner": a sentence that says the role as a verb of a named holder ("owned by X").
    const role = askedRole(ctx.parsed.rest) ?? subjectRole(ctx.parsed.subject);
    return role && saysRoleAsVerb(role, s.text) ? weights.whoAgent : 0;
  },
  // "Who won the Super Bowl": only a sentence that says who won it answers.
  mustSay: {
    what: "who",
    said: (ctx, hits) => {
      const verbs = askedVerbs(ctx.parsed.rest);
      const role = askedRole(ctx.parsed.rest);
      // "who runs X": when the answer shown first says the action only by a related word said
      // of something else ("the branches will operate under their old names") and no sentence
      // says it of X, none answers.
      const asked = ctx.parsed.subject ? undefined : whoVerb(ctx.parsed.rest);
      const senses = asked ? hits.map((h) => verbSense(h.sentence.text, asked)) : [];
      // The answer shown first: the best sentence that names someone, else the best one.
      const lead = (h: RankedHit) => whoStrategy.lead?.(ctx, h, new Set(ctx.question.words));
      const shown = Math.max(
        0,
        hits.findIndex((h) => lead(h) !== undefined),
      );
      // "Who runs BT Wholesale": "Paul Reynolds, chief executive of BT Wholesale" (inChargeVerb).
      const charge = asked && inChargeVerb(asked.verb) ? asked.object : undefined;
      const inCharge = (h: RankedHit) =>
        !!charge && namesInChargeOf(h.sentence.text, charge) && lead(h) !== undefined;
      if (senses[shown] === "other" && !senses.includes("asked") && !inCharge(hits[shown]!))
        return false;
      // "Who is the chief executive of Acme": some sentence must say that role (the person may
      // be named in the next one: "The first commissioner has been appointed. ¶ Jo Lee …").
      const held = ctx.parsed.profile ? undefined : subjectRole(ctx.parsed.subject);
      // A role said only as a verb ("X, who leads the group") answers when its sentence is the
      // one shown ("led by" elsewhere opens no door for another sentence's "leadership"), and
      // its holder is not the owner asked about ("who is the director of Jo Lee" is not "a film
      // directed by Jo Lee").
      const askedWords = new Set(words(ctx.parsed.subject ?? ""));
      const asVerb = (h: RankedHit, i: number, r: string) => {
        if (i !== shown) return false;
        const holder = roleVerbHolder(r, h.sentence.text, namesIn(h.analysis, h.sentence));
        return !holder || !words(holder).every((w) => askedWords.has(w));
      };
      return hits.some(
        (h, i) =>
          (saysAskedVerbs(verbs, h, true) ||
            !!titledByVerb(h.sentence.text, verbs) ||
            inCharge(h)) &&
          saysAcronyms(ctx.question.acronyms, h.sentence.text) &&
          (!held ||
            (saysRole(held, h.sentence.text, !ctx.index.knows(held), asVerb(h, i, held)) &&
              roleOfAskedOwner(
                ctx.parsed.subject ?? "",
                held,
                h.sentence.text,
                h.analysis.article.title,
              ))) &&
          (!role ||
            (!!whoStrategy.lead?.(ctx, h, new Set(ctx.question.words)) &&
              saysRole(role, h.sentence.text, !ctx.index.knows(role), asVerb(h, i, role)))),
      );
    },
  },
  // "Tell me about the Great Eurasia": not someone, so what the article says about it.
  answer: (ctx) =>
    answerWho(ctx) ?? answerBySearch(ctx, ctx.parsed.profile ? otherStrategy : whoStrategy),
};

/**
 * "Who will be the first president", "who is the new coach": a person asked for by a role, no
 * other verb. The role noun (a role or a noun WordNet files first under persons), else undefined.
 */
export function askedRole(rest: string): string | undefined {
  const m =
    /^(?:(?:will|would|could|might|may|is\s+going\s+to)\s+be|is|s|was|are|were)\s+(.+)$/.exec(rest);
  if (!m || askedVerbs(m[1]!).length) return undefined;
  return words(m[1]!).find((w) => !isStopWord(w) && isPersonNoun(w));
}

/**
 * "Who is the chief executive of Acme" when the article names no one so: the role asked for, the
 * last word before "of", "at", "for" … when it is a noun for a person ("executive"); undefined for
 * a name, or a description by a clause ("the man who …").
 */
export function subjectRole(subject: string | undefined): string | undefined {
  if (!subject || /\b(?:who|that|which|whose|whom)\b/.test(subject)) return undefined;
  const head = words(subject.split(/\s+(?:of|for|at|in|on|with|from|to|behind)\s+/)[0] ?? "").at(
    -1,
  );
  return head && !isStopWord(head) && isPersonNoun(head) ? head : undefined;
}

/**
 * "Who is the coach of Australia": the role in the sentence is the asked owner's — the sentence
 * names the owner (a word of it, or its initials: "ARU" for the Australian Rugby Union), or, the owner being what the article's title names, the role
 * is not given to another owner in it ("England's coach Andy Reed", "the coach of England").
 * True when no owner is asked ("who is the coach").
 */
export function roleOfAskedOwner(
  subject: string,
  role: string,
  text: string,
  title: string,
): boolean {
  const parts = subject.split(/\s+(?:of|for|at)\s+/);
  const possessive = /^(?:the\s+)?(.+?)\s+s\s+/.exec(parts[0] ?? "")?.[1];
  const owner = words([possessive, ...parts.slice(1)].filter(Boolean).join(" ")).filter(
    (w) => !isStopWord(w),
  );
  if (!owner.length) return true;
  const said = new Set(words(text));
  // "ARU chief executive" for "the Australian Rugby Union": the owner by its initials.
  const initials = owner.map((w) => w[0]).join("");
  if (owner.some((w) => said.has(w)) || (owner.length > 1 && said.has(initials))) return true;
  const stem = caseBlind(processTerm(role) ?? role);
  // "England's acting head coach", "coach of England": the role given to someone else's side —
  // an owner by its capital ("the side's head coach" gives the role to no other owner), the
  // role and its preposition in any case ("Head Coach", "Coach Of England" in a headline).
  const other = new RegExp(
    `\\p{Lu}[\\p{L}.-]*['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}${stem}|${stem}\\p{L}*\\s+${caseBlind("(?:of|for|at)")}\\s+(?:${caseBlind("the")}\\s+)?\\p{Lu}`,
    "u",
  );
  if (other.test(text)) return false;
  const inTitle = new Set(words(title));
  return owner.some((w) => inTitle.has(w));
}

const LETTER = /\p{L}/gu;

/** A pattern's letters matched in either case ("coach" → "[cC][oO][aA][cC][hH]"), the rest as written. */
function caseBlind(pattern: string): string {
  return pattern.replace(LETTER, (c) => {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    return lower === upper ? c : `[${lower}${upper}]`;
  });
}

/**
 * "The US attorney": a role qualified by an acronym that spells a stop word is answered only by
 * a sentence that writes it ("U.S. Attorney Jane Roe"), not by any attorney.
 */
function saysAcronyms(acronyms: ReadonlySet<string>, text: string): boolean {
  const written = acronymsIn(joinDotted(text));
  return [...acronyms].every((a) => !isStopWord(a) || written.has(a));
}

/**
 * The sentence says the asked role ("president") itself, or as the verb WordNet derives it from
 * said of a person ("the leader" ~ "X, who leads the group"; "the chairman" ~ "the committee,
 * chaired by X"); or, when the articles never use that word (`other`), a WordNet synonym of it
 * that is a role, or — for a noun for the person in charge ("boss") — any such noun ("ARU chief
 * executive").
 */
export function saysRole(role: string, text: string, other = false, asVerb = true): boolean {
  const stem = (w: string) => processTerm(w) ?? w;
  const alike = new Set(
    [role, ...(other ? synonyms(role).filter((w) => isRoleNoun(w)) : [])].map(stem),
  );
  const inCharge = other && namesWhoIsInCharge(role);
  return (
    words(text).some(
      (w) => alike.has(stem(w)) || (inCharge && isRoleNoun(w) && namesWhoIsInCharge(w)),
    ) ||
    (asVerb && saysRoleAsVerb(role, text))
  );
}

/**
 * A role said as a verb of the person who holds it: in a relative clause on them ("X, who leads
 * the group", "who now heads it") or with them as the agent of a passive ("the inquiry, chaired by
 * Jo Lee"). Not the verb's other uses, which name no holder: "the talks led to a deal", "Acme
 * leads the market", "a Republican-led Congress".
 */
export function saysRoleAsVerb(role: string, text: string): boolean {
  return roleVerbs(role).some((v) => roleVerbAt(processTerm(v) ?? v, text) !== undefined);
}

/** How far from the role verb its holder's name may start: a few words ("by India's richest man X"). */
const NEAR = 40;

/** A word of letters, apostrophes and hyphens. */
const WORD_RUN = /[\p{L}'’-]+/gu;
/** "by" and the capitalised words after it ("by Jo Lee", "by Mr Lee's"). */
const BY_AGENT = /^\s+by\s+((?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}'’.-]*)/u;
/** A verb, "by" and the capitalised words after it ("owned by Acme Farms"). */
const VERB_BY_AGENT = /^\S+\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u;

/** Where a sentence says a role verb of its holder, and whether the holder comes after it ("by"). */
function roleVerbAt(verbStem: string, text: string): { at: number; after: boolean } | undefined {
  const ws = [...text.matchAll(WORD_RUN)].map((m) => ({ w: m[0], at: m.index ?? 0 }));
  for (const [i, { w, at }] of ws.entries()) {
    if ((processTerm(w.toLowerCase()) ?? w) !== verbStem) continue;
    const before = ws.slice(Math.max(0, i - 2), i).map((x) => x.w.toLowerCase());
    if (
      before.at(-1) === "who" ||
      (before[0] === "who" && /ly$|^(?:now|also|still)$/.test(before[1] ?? ""))
    )
      return { at, after: false };
    // "chaired by Jo Lee", not "led by Mr Lee's two sons" (whose they are names no holder).
    const agent = BY_AGENT.exec(text.slice(at + w.length))?.[1];
    if (agent && !/['’]s$/.test(agent)) return { at, after: true };
  }
  return undefined;
}

/**
 * The holder of the asked role where the sentence says it as a verb: the name nearest the verb
 * on the holder's side — after "chaired by", before ", who leads" — among the article's people
 * and bodies the sentence names ("a ranch owned by Agroflora": Agroflora).
 */
export function roleVerbHolder(
  role: string,
  text: string,
  names: readonly string[],
): string | undefined {
  for (const v of roleVerbs(role)) {
    const found = roleVerbAt(processTerm(v) ?? v, text);
    if (!found) continue;
    // Each name where its last word is written nearest the verb on the holder's side.
    const placed = names.flatMap((n) => {
      const last = n.split(/\s+/).at(-1) ?? n;
      const ats: number[] = [];
      for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) ats.push(i);
      const at = found.after
        ? ats.find((a) => a > found.at)
        : ats.filter((a) => a < found.at).at(-1);
      // Not "led by Mr Lee's two sons": a possessive names whose they are.
      const owned = at !== undefined && /^['’]s\b/.test(text.slice(at + last.length));
      return at !== undefined && !owned && Math.abs(at - found.at) <= NEAR ? [{ n, at }] : [];
    });
    const side = placed.sort((x, y) => (found.after ? x.at - y.at : y.at - x.at));
    if (side[0]) return side[0].n;
    // "a ranch owned by Agroflora": a name the article gives no entry, as written after "by".
    const written = found.after ? VERB_BY_AGENT.exec(text.slice(found.at))?.[1] : undefined;
    if (written && !/['’]s$/.test(written)) return written.replace(/[.,]+$/, "");
  }
  return undefined;
}

interface Profile {
  analysis: Analysis;
  named: NameMatch;
  stated?: { role: string; sentence: number };
}

function answerWho(ctx: AskContext): Outcome | undefined {
  const subject = ctx.parsed.subject;
  if (!subject) return undefined;
  const profiles: Profile[] = [];
  for (const analysis of candidateArticles(ctx, subject)) {
    const named = namedBy(analysis, subject, ctx.question.acronyms)[0];
    if (!named) continue;
    const e = named.entity;
    const stated =
      e.role && e.roleSentence !== undefined && named.fromAnalysis
        ? { role: e.role, sentence: e.roleSentence }
        : roleFromText(analysis, e);
    profiles.push({ analysis, named, stated });
  }
  if (!profiles.length) {
    if (!looksLikeName(ctx, subject)) return undefined;
    const where =
      ctx.library.size > 1 ? "None of the articles mentions" : "The article does not mention";
    return none([`${where} `, bold(asTyped(ctx, subject)), "."]);
  }
  // The best match; among equals the article that states a role for them, then the newest.
  const newest = (p: Profile) => ctx.library.numberOf(p.analysis.article.id) ?? Infinity;
  profiles.sort(
    (a, b) =>
      b.named.score - a.named.score ||
      Number(!!b.stated) - Number(!!a.stated) ||
      newest(a) - newest(b),
  );
  const best = profiles[0]!;
  const items: Item[] = [];
  const roleItem = (p: Profile, score: number) => {
    const e = p.named.entity;
    const first = p.stated?.sentence ?? e.mentions[0];
    const sentence = first !== undefined ? p.analysis.sentences[first] : undefined;
    if (sentence)
      items.push({
        analysis: p.analysis,
        sentence: sentence.index,
        block: sentenceBlock(ctx, p.analysis, sentence, [
          bold(e.name),
          p.stated ? ` — ${p.stated.role}.` : ".",
        ]),
        score,
      });
    return first;
  };
  const first = roleItem(best, 3);
  // The same person as other articles describe them, then the other sentences that mention them.
  for (const p of profiles.slice(1, 3))
    if (p.stated && p.named.score >= best.named.score - 0.01) roleItem(p, 2);
  const e = best.named.entity;
  for (const i of [...new Set(e.mentions)].sort((a, b) => a - b)) {
    const s = best.analysis.sentences[i];
    if (!s || i === first) continue;
    items.push({
      analysis: best.analysis,
      sentence: i,
      block: sentenceBlock(ctx, best.analysis, s),
      score: 1 - i / 10000,
    });
  }
  if (!items.length) return undefined;
  items.sort((a, b) => b.score - a.score);
  return { type: "answer", kind: "who", items, confidence: best.named.score };
}

const AGENT =
  /([\p{L}-]+)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}'’.&-]*)*)/gu;

/**
 * The name after "by" that follows an asked verb ("The survey, conducted by the Acme
 * Institute of Leeds, …" for "who conducted the survey"): the doer of a passive, which may be
 * an organisation. `asked` holds the question's lower-case words.
 */
export function agentOf(text: string, asked: Set<string>): string | undefined {
  if (!text.includes("by")) return undefined; // AGENT cannot match: a quick way past most sentences
  const stems = new Set([...asked].map((w) => processTerm(w)).filter((t) => t !== null));
  for (const m of text.matchAll(AGENT)) {
    const verb = processTerm((m[1] ?? "").toLowerCase());
    const name = (m[2] ?? "").replace(/['’]s$/, "").replace(/[.,]$/, "");
    if (verb && stems.has(verb) && !words(name).some((w) => asked.has(w) && !isStopWord(w)))
      return name.replace(/^the\s+/, "");
  }
  return undefined;
}

const SUBJECT_OF_PATTERN =
  /((?:\p{Ll}+-)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*)(\s+\p{Ll}[\p{L}-]*)?$/u;

/**
 * The name right before the asked verb — its subject, past an aside between commas ("an
 * Egyptian Islamic Jihad group, linked with Laden, planned the attacks" for "who planned the
 * attacks"; "the Taliban government has refused"): the doer of an active verb, person or not.
 * Undefined when the subject is no name (a pronoun, "the company") or one the question gives.
 */
export function subjectOf(text: string, rest: string, asked: Set<string>): string | undefined {
  // "who leads the team": the word after "who" is a verb, whatever its form.
  const first = rest.split(" ")[0] ?? "";
  const verbs = askedVerbs(rest);
  if (!verbs.length && first && !isStopWord(first) && isWordAs(first, "verb")) verbs.push(first);
  for (const { at } of verbPositions(text, verbs)) {
    const before = text
      .slice(0, at)
      .replace(/\s+(?:has|have|had|was|were|is|are|will|would|had\s+been|has\s+been)\s*$/, " ")
      .replace(/,[^,]{1,80},\s*$/, " ")
      .trimEnd();
    // "an anti-Castro lawmaker": a lower-case prefix joined by a hyphen is part of the name.
    const name = SUBJECT_OF_PATTERN.exec(before);
    // "The Rail Board": the article is no part of the name; a sentence's first word alone may be
    // a common word ("Officials planned …").
    const article = /^(?:The|An?)\s+/.exec(name?.[1] ?? "")?.[0] ?? "";
    const own = name?.[1]?.slice(article.length);
    if (
      !name ||
      !own ||
      (name.index === 0 && !article && !own.includes(" ") && isEnglishWord(own.toLowerCase())) ||
      words(own).some((w) => asked.has(w) && !isStopWord(w))
    )
      return undefined;
    // A name with its head noun ("Islamic Jihad group"), not with a verb or a function word.
    const head = name[2]?.trim();
    if (head && (isStopWord(head) || !nounKinds(head).length)) return undefined;
    return head ? `${own} ${head}` : own;
  }
  return undefined;
}

/**
 * The person-nouns WordNet derives from a verb by its agent ending ("directed" → director,
 * "wrote" → writer, "won" → winner): the titles news gives the doer.
 */
function agentNouns(verb: string): string[] {
  const out = new Set<string>();
  const base = lemma(verb);
  const forms = base !== verb ? [base] : dictionaryForms(verb).slice(1);
  for (const f of forms) {
    for (const n of [`${f}or`, `${f}er`, `${f}r`, `${f}${f.at(-1) ?? ""}er`])
      if (nounKinds(n)[0] === "person" || forms.some((v) => derivedPerson(n, v))) out.add(n);
  }
  return [...out];
}

/**
 * A noun WordNet derives from the verb in one of its senses as a person, though its commonest
 * sense is something else: "moderator" (a substance, first) from "moderate" — "Co-moderator
 * Andrea Mitchell" moderated the debate.
 */
function derivedPerson(noun: string, verb: string): boolean {
  return nounKinds(noun).includes("person") && roleVerbs(noun).includes(verb);
}

/**
 * Whether a verb asks who is in charge ("who runs Acme", "who heads the inquiry", "who manages
 * the fund"): the verb, or a verb of one of its commonest senses, is one WordNet derives a noun
 * for the person in charge from (named.ts namesWhoIsInCharge: "lead" → "leader", "manage" →
 * "manager", "direct" → "director", "chair" → "chairman"; "run" has "lead" among its senses),
 * or is such a noun itself ("head"). "Who owns", "who founded" ask no such thing.
 */
export function inChargeVerb(verb: string): boolean {
  let known = inChargeVerbs.get(verb);
  if (known === undefined) {
    known = [verb, ...verbSynonyms(verb, IN_CHARGE_SENSES)].some((w) =>
      [w, `${w}er`, `${w}or`, `${w}r`, `${w}${w.at(-1) ?? ""}er`, `${w}man`].some(
        (n) =>
          (n === w || roleVerbs(n).includes(w)) && isWordAs(n, "noun") && namesWhoIsInCharge(n),
      ),
    );
    inChargeVerbs.set(verb, known);
  }
  return known;
}

/** How many of a verb's senses may make it one of being in charge ("run": its fourth, "lead"). */
const IN_CHARGE_SENSES = 8;

/** Verbs asked "who … X" of are few: the map needs no bound. */
const inChargeVerbs = new Map<string, boolean>();

/** How many words apart the noun for the one in charge and a word of what they are in charge of may stand. */
const IN_CHARGE_REACH = 4;

/**
 * Whether a sentence gives someone a noun for the person in charge (namesWhoIsInCharge: "chief
 * executive", "head", "boss", "president") beside a word of the asked object, within
 * IN_CHARGE_REACH words: "said Paul Reynolds, chief executive of BT Wholesale", "Acme's boss,
 * Jo Lee" for "who runs BT Wholesale", "who heads Acme".
 */
export function namesInChargeOf(text: string, object: readonly string[]): boolean {
  const ws = words(text);
  const stem = (w: string) => processTerm(w) ?? w;
  const asked = new Set(object.map(stem));
  const at = ws.flatMap((w, i) => (asked.has(stem(w)) ? [i] : []));
  if (!at.length) return false;
  return ws.some(
    (w, i) =>
      !isStopWord(w) &&
      at.some((k) => k !== i && Math.abs(k - i) <= IN_CHARGE_REACH) &&
      isWordAs(w, "noun") &&
      (isRoleNoun(w) || nounKinds(w).includes("person")) &&
      namesWhoIsInCharge(w),
  );
}

/**
 * The name a sentence titles with the agent noun of an asked verb: "Director Marc Rothemund
 * said …", "its director, Marc Rothemund," for "who directed the film".
 */
export function titledByVerb(text: string, verbs: string[]): string | undefined {
  for (const noun of verbs.flatMap(agentNouns)) {
    const m = titlePattern(noun).exec(text);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** An agent noun's title pattern, built once a noun (it is tried on every sentence weighed). */
function titlePattern(noun: string): RegExp {
  let pattern = titlePatterns.get(noun);
  if (!pattern) {
    const title = `(?:${noun}|${noun[0]!.toUpperCase()}${noun.slice(1)})`;
    pattern = new RegExp(
      `\\b${title},?\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+)*)`,
      "u",
    );
    titlePatterns.set(noun, pattern);
  }
  return pattern;
}

/** Only nouns WordNet files as persons come here (a closed set): the map needs no bound. */
const titlePatterns = new Map<string, RegExp>();

const NAMED_NEXT_PATTERN = /^(?:An?|One)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)\b/u;
const NAMED_NEXT_PATTERN_2 = /^The\s+(?:[\p{Ll}-]+\s+){0,1}?([\p{Ll}]+)\b/u;

/**
 * True when a sentence that brings in someone unnamed ("A man whose house …") is followed by one
 * that names them through a definite description of a person ("The suspect -- Omar --", "The
 * man, …"): the person of the next sentence is the one the first speaks of.
 */
export function namedNext(text: string, next: string): boolean {
  const a = NAMED_NEXT_PATTERN.exec(text);
  const the = NAMED_NEXT_PATTERN_2.exec(next);
  return !!a && !!the && isPersonNoun(a[1]!) && isPersonNoun(the[1]!);
}

const isPersonNoun = (w: string) => isRoleNoun(w) || nounKinds(w).slice(0, 2).includes("person");

/** The people a sentence quotes or names. */
/** The names of the people and bodies the article names in a sentence (not places). */
function namesIn(analysis: Analysis, sentence: Sentence): string[] {
  return analysis.entities
    .filter((e) => e.kind !== "place" && e.mentions.includes(sentence.index))
    .map((e) => e.name);
}

function peopleIn(analysis: Analysis, sentence: Sentence): string[] {
  const speakers = analysis.quotes
    .filter((q) => q.sentence === sentence.index && q.speaker)
    .map((q) => q.speaker!);
  const named = analysis.entities
    .filter(
      (e) =>
        e.kind === "person" &&
        e.mentions.includes(sentence.index) &&
        sentence.text.includes(e.name.split(/\s+/).at(-1) ?? e.name),
    )
    .map((e) => e.name);
  return [...new Set([...speakers, ...named])];
}
