import type { Entity, EntityKind, Sentence } from "../../model/analysis.js";
import { Salience, type PersonFacts } from "./coreference.js";
import { SENTENCE_WORDS } from "../lexicon/function-words.js";
import { isFemaleHead, isMaleHead, pronounGender } from "../lexicon/gender.js";
import { NAME_PARTICLES } from "../lexicon/person-names.js";
import { DEMONYMS } from "../lexicon/places.js";
import { isRoleNoun } from "../lexicon/roles.js";
import { HONORIFICS } from "../lexicon/titles.js";
import { findNameRuns, textOf, type NameRun } from "./names.js";
import { isFrameVerb, isInversionVerb, VERB_FILLERS } from "../lexicon/reporting-verbs.js";
import { descriptionAt, roleOf, type FoundRole } from "./roles.js";
import { buildTextModel, type Paragraph, type TextModel, type Token } from "../text-model.js";

/** One place the article refers to an entity. */
export interface Mention {
  /** Paragraph index in the text model and token range [start, end). */
  p: number;
  start: number;
  end: number;
  /** Entity id; undefined for a pronoun or description no one fits. */
  entity?: string;
  kind: "name" | "pronoun" | "description" | "phrase";
  /** For a pronoun standing for someone named only by a phrase ("a spokeswoman … she said"): that phrase. */
  phrase?: string;
  sent: number;
  /** Quote unit id the mention is inside, or -1. */
  q: number;
  text: string;
}

/** Everything the people finder learnt: the quote finder reads it. */
export interface People {
  model: TextModel;
  entities: Entity[];
  mentions: Mention[];
  /** Mentions by "p:token" of their first and last token. */
  startsAt: Map<string, Mention>;
  endsAt: Map<string, Mention>;
}

interface PersonDraft {
  id: string;
  /** Creation order (p1, p2, …). */
  n: number;
  /** Every name form, as lower-case word lists. */
  forms: string[][];
  display: string[];
  honorific?: string;
  gender?: "m" | "f";
  runs: NameRun[];
  /** Sentences of the runs, ascending. */
  sents: number[];
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;

/** People, organisations and places in the article, every mention of one person merged. */
export function findEntities(sentences: Sentence[]): Entity[] {
  return findPeople(sentences).entities;
}

export function findPeople(sentences: Sentence[]): People {
  const model = buildTextModel(sentences);
  const runs = findNameRuns(model);
  const midCaps = new Set<string>();
  // Words capitalised where no sentence starts, or the last word of a longer name ("Wenger" of "Arsene Wenger").
  for (const r of runs)
    if (!r.first || r.words.length > 1) midCaps.add(r.words[r.words.length - 1]!.toLowerCase());
  const roles = new Map<NameRun, FoundRole | undefined>();
  const roleFor = (r: NameRun) => {
    if (!roles.has(r)) roles.set(r, roleOf(r, model.paragraphs[r.p]!));
    return roles.get(r);
  };

  const honorificSurnames = new Set<string>();
  for (const r of runs)
    if (r.honorific && r.words.length === 1) honorificSurnames.add(r.words[0]!.toLowerCase());
  // Context that makes a capitalised name a person's: a role, "who", an age, a reporting verb.
  const evidence = new Set<string>();
  for (const r of runs) {
    if (r.kind) continue;
    const key = r.words.join(" ").toLowerCase();
    if (
      r.words.length === 1 &&
      (ACRONYM.test(r.words[0]!) || /^[A-Z]+s$/.test(r.words[0]!) || (r.first && !midCaps.has(key)))
    )
      continue;
    if (r.words.length === 1 && !personLikeWord(key)) continue;
    if (personContext(r, model.paragraphs[r.p]!) || roleFor(r)) evidence.add(key);
  }
  // A single word that speaks ("Yukos said") is a person's name only if "he" or "she" follows it;
  // otherwise it names a body that speaks.
  const singles = new Set<string>();
  for (const key of evidence) if (!key.includes(" ")) singles.add(key);
  const pronounFollows = new Set<string>();
  for (const r of runs) {
    const key = r.words.join(" ").toLowerCase();
    if (singles.has(key) && heOrSheFollows(model.paragraphs[r.p]!, r.end)) pronounFollows.add(key);
  }
  // "Arsene Wenger" is a person's name when "Wenger said" is.
  for (const r of runs) {
    if (r.kind || r.words.length < 2 || r.words.length > 4) continue;
    const last = r.words[r.words.length - 1]!.toLowerCase();
    if (evidence.has(last) || honorificSurnames.has(last))
      evidence.add(r.words.join(" ").toLowerCase());
  }
  const singleRuns = new Map<string, NameRun[]>();
  for (const r of runs) if (r.words.length === 1) push(singleRuns, r.words[0]!.toLowerCase(), r);
  for (const key of singles) {
    if (pronounFollows.has(key)) continue;
    evidence.delete(key);
    for (const r of singleRuns.get(key) ?? []) if (!r.kind) r.kind = "organisation";
  }
  const isPerson = (r: NameRun) =>
    r.kind === "person" || (!r.kind && evidence.has(r.words.join(" ").toLowerCase()));

  // People: full names first, then surnames and "Mr X" linked to them.
  const index = new PeopleIndex();
  const people = index.people;
  const linked = new Map<NameRun, PersonDraft>();
  const lower = (r: NameRun) => r.words.map((w) => w.toLowerCase());
  for (const r of runs) {
    if (r.words.length < 2 || !isPerson(r)) continue;
    const words = lower(r);
    // every form these can match ends with the same word
    let person = index
      .withLastWord(words[words.length - 1]!)
      .find((d) =>
        d.forms.some((f) => sameFullName(f, words) || endsWith(f, words) || endsWith(words, f)),
      );
    person ??= index.create(r.words);
    index.addRun(person, r);
  }
  for (const r of runs) {
    if (linked.has(r) || (r.words.length >= 2 && isPerson(r))) {
      if (!linked.has(r)) {
        const d = index.ownerOf(r);
        if (d) linked.set(r, d);
      }
      continue;
    }
    const words = lower(r);
    const key = words.join(" ");
    let candidates = index.endingWith(key);
    if (!candidates.length && !r.honorific && words.length === 1)
      candidates = index.startingWith(key);
    if (r.honorific) {
      const g = HONORIFICS[r.honorific]?.gender;
      const fitting = candidates.filter((d) => !g || !d.gender || d.gender === g);
      if (fitting.length) candidates = fitting;
    }
    if (candidates.length) {
      const pick = candidates.reduce((a, b) => (lastSeen(b, r) > lastSeen(a, r) ? b : a));
      index.addRun(pick, r);
      linked.set(r, pick);
      continue;
    }
    if (!isPerson(r)) continue;
    const person = index.withForm(key) ?? index.create(r.words);
    index.addRun(person, r);
    linked.set(r, person);
  }
  for (const d of people) for (const r of d.runs) linked.set(r, d);

  // Organisations and places: one entity for each distinct name.
  const others = new Map<string, { id: string; kind: EntityKind; name: string; runs: NameRun[] }>();
  const kindCount = new Map<EntityKind, number>();
  for (const r of runs) {
    if (linked.has(r) || (r.kind !== "organisation" && r.kind !== "place")) continue;
    const key = `${r.kind}:${r.words.join(" ").toLowerCase()}`;
    let e = others.get(key);
    if (!e) {
      const prefix = r.kind === "organisation" ? "o" : "l";
      const count = (kindCount.get(r.kind) ?? 0) + 1;
      kindCount.set(r.kind, count);
      e = { id: `${prefix}${count}`, kind: r.kind, name: r.words.join(" "), runs: [] };
      others.set(key, e);
    }
    e.runs.push(r);
  }

  // Roles, aliases and facts about each person.
  const entities: Entity[] = [];
  const facts = new Map<string, PersonFacts>();
  const aliasSets = new Map<string, Set<string>>();
  for (const d of people) {
    const e: Entity = { id: d.id, kind: "person", name: displayName(d), aliases: [], mentions: [] };
    const aliases = new Set<string>();
    const roleWords = new Set<string>();
    const ordered = [...d.runs].sort(
      (a, b) => (a.q < 0 ? 0 : 1) - (b.q < 0 ? 0 : 1) || a.sent - b.sent,
    );
    for (const r of ordered) {
      const p = model.paragraphs[r.p]!;
      aliases.add(textOf(p, r.start, r.end));
      if (r.title || r.honorific) aliases.add(textOf(p, r.from, r.end));
      const role = roleFor(r);
      if (role && !e.role) {
        e.role = role.role;
        e.roleSentence = role.sentence;
      }
      if (role?.phrase) aliases.add(lowerFirst(role.phrase));
      if (role) for (const w of role.role.toLowerCase().split(/[\s-]+/)) roleWords.add(w);
    }
    entities.push(e);
    aliasSets.set(e.id, aliases);
    facts.set(e.id, { ...(d.gender ? { gender: d.gender } : {}), roleWords });
  }
  for (const o of others.values()) {
    entities.push({ id: o.id, kind: o.kind, name: o.name, aliases: [], mentions: [] });
    aliasSets.set(o.id, new Set(o.runs.map((r) => textOf(model.paragraphs[r.p]!, r.start, r.end))));
  }

  // Mentions in reading order: names, then pronouns and descriptions resolved as we go.
  const mentions: Mention[] = [];
  const entityOfRun = new Map<NameRun, string>();
  for (const [r, d] of linked) entityOfRun.set(r, d.id);
  for (const o of others.values()) for (const r of o.runs) entityOfRun.set(r, o.id);
  /** Runs by paragraph and first token. */
  const runAt = model.paragraphs.map(() => new Map<number, NameRun>());
  for (const r of runs) if (entityOfRun.has(r)) runAt[r.p]!.set(r.from, r);
  const salience = new Salience(facts);
  for (const p of model.paragraphs) {
    const toks = p.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const run = runAt[p.index]!.get(i);
      if (run) {
        const entity = entityOfRun.get(run)!;
        mentions.push({
          p: p.index,
          start: run.from,
          end: run.end,
          entity,
          kind: "name",
          sent: run.sent,
          q: run.q,
          text: textOf(p, run.from, run.end),
        });
        if (run.q < 0 && entity.startsWith("p")) {
          const prev = toks[run.from - 1];
          const next = toks[run.end];
          const possessive = !!next && /^['’]s?$/.test(next.text);
          salience.add(entity, run.sent, !possessive && !(prev && PREPOSITIONS.test(prev.lower)));
        }
        i = run.end - 1;
        continue;
      }
      if (!t.word || t.q >= 0) continue;
      const gender = pronounGender(t.lower);
      if (gender) {
        const entity = salience.pronoun(gender, t.sent);
        const m: Mention = {
          p: p.index,
          start: i,
          end: i + 1,
          kind: "pronoun",
          sent: t.sent,
          q: -1,
          text: t.text,
        };
        if (entity?.startsWith("~")) {
          m.phrase = entity.slice(1);
          salience.add(entity, t.sent, t.lower === "he" || t.lower === "she");
        } else if (entity) {
          m.entity = entity;
          const f = facts.get(entity);
          if (f && !f.gender) f.gender = gender;
          salience.add(entity, t.sent, t.lower === "he" || t.lower === "she");
        }
        mentions.push(m);
        continue;
      }
      if (t.lower === "a" || t.lower === "an") {
        // "A Department for Work and Pensions spokeswoman confirmed …": someone named only by a phrase.
        const end = indefiniteSpeaker(p, i);
        if (end > 0) {
          const text = textOf(p, i, end);
          const head = toks[end - 1]!.lower;
          const id = `~${text}`;
          const g = isFemaleHead(head) ? "f" : isMaleHead(head) ? "m" : undefined;
          facts.set(id, { ...(g ? { gender: g } : {}), roleWords: new Set() });
          salience.add(id, t.sent, true);
          mentions.push({
            p: p.index,
            start: i,
            end,
            kind: "phrase",
            phrase: text,
            sent: t.sent,
            q: -1,
            text,
          });
          i = end - 1;
        }
        continue;
      }
      if (t.lower === "the") {
        const d = descriptionAt(p, i);
        if (!d || !subjectPosition(p, d.start, d.end)) continue;
        const before = toks[d.start - 1];
        const entity = salience.description(
          d,
          !!before && isInversionVerb(before.lower) && endsClause(toks[d.end]),
        );
        const m: Mention = {
          p: p.index,
          start: d.start,
          end: d.end,
          kind: "description",
          sent: d.sent,
          q: -1,
          text: d.text,
        };
        if (entity) {
          m.entity = entity;
          aliasSets.get(entity)?.add(lowerFirst(d.text));
          salience.addRoleWords(entity, [d.head, ...d.modifiers]);
          salience.add(entity, d.sent);
        }
        mentions.push(m);
        i = d.end - 1;
      }
    }
  }

  const sentencesOf = new Map<string, Set<number>>();
  for (const m of mentions) {
    if (m.entity === undefined) continue;
    const set = sentencesOf.get(m.entity);
    if (set) set.add(m.sent);
    else sentencesOf.set(m.entity, new Set([m.sent]));
  }
  for (const e of entities) {
    e.mentions = [...(sentencesOf.get(e.id) ?? [])].sort((a, b) => a - b);
    e.aliases = [...(aliasSets.get(e.id) ?? [])].filter((a) => a !== e.name);
  }
  const used = entities.filter((e) => e.mentions.length > 0);
  const startsAt = new Map<string, Mention>();
  const endsAt = new Map<string, Mention>();
  for (const m of mentions) {
    startsAt.set(`${m.p}:${m.start}`, m);
    endsAt.set(`${m.p}:${m.end - 1}`, m);
  }
  return { model, entities: used, mentions, startsAt, endsAt };
}

/**
 * The people found so far, in the order they were found, looked up by the words of their
 * name forms (so a long article does not compare every name with every person).
 */
class PeopleIndex {
  readonly people: PersonDraft[] = [];
  private byLastWord = new Map<string, Set<PersonDraft>>();
  /** By every shorter ending of a form: "bush" and "w bush" of "george w bush". */
  private byEnding = new Map<string, Set<PersonDraft>>();
  /** By the first word of a form of two words or more. */
  private byFirstWord = new Map<string, Set<PersonDraft>>();
  private byForm = new Map<string, Set<PersonDraft>>();
  private owners = new Map<NameRun, PersonDraft>();

  create(display: string[]): PersonDraft {
    const d: PersonDraft = {
      id: `p${this.people.length + 1}`,
      n: this.people.length,
      forms: [],
      display,
      runs: [],
      sents: [],
    };
    this.people.push(d);
    return d;
  }

  addRun(d: PersonDraft, r: NameRun): void {
    d.runs.push(r);
    insertSorted(d.sents, r.sent);
    if (!this.owners.has(r)) this.owners.set(r, d);
    const words = r.words.map((w) => w.toLowerCase());
    const key = words.join(" ");
    if (!d.forms.some((f) => f.join(" ") === key)) {
      d.forms.push(words);
      addTo(this.byForm, key, d);
      addTo(this.byLastWord, words[words.length - 1]!, d);
      for (let k = 1; k < words.length; k++) addTo(this.byEnding, words.slice(k).join(" "), d);
      if (words.length > 1) addTo(this.byFirstWord, words[0]!, d);
    }
    if (r.words.length > d.display.length) d.display = r.words;
    if (r.honorific && HONORIFICS[r.honorific]?.kept && !d.honorific) d.honorific = r.honorific;
    if (!d.gender && r.gender) d.gender = r.gender;
  }

  /** People with a form ending with this word. */
  withLastWord(word: string): PersonDraft[] {
    return inOrder(this.byLastWord.get(word));
  }

  /** People with a longer form ending with these words ("w bush" → "george w bush"). */
  endingWith(words: string): PersonDraft[] {
    return inOrder(this.byEnding.get(words));
  }

  /** People with a form of two words or more starting with this word. */
  startingWith(word: string): PersonDraft[] {
    return inOrder(this.byFirstWord.get(word));
  }

  /** The first person with exactly this form. */
  withForm(words: string): PersonDraft | undefined {
    return inOrder(this.byForm.get(words))[0];
  }

  /** The person a run was given to first. */
  ownerOf(r: NameRun): PersonDraft | undefined {
    return this.owners.get(r);
  }
}

function addTo(map: Map<string, Set<PersonDraft>>, key: string, d: PersonDraft): void {
  const set = map.get(key);
  if (set) set.add(d);
  else map.set(key, new Set([d]));
}

function inOrder(set: Set<PersonDraft> | undefined): PersonDraft[] {
  return set ? [...set].sort((a, b) => a.n - b.n) : [];
}

/** The latest sentence of the person's runs at or before the run's sentence, or -1. */
function lastSeen(d: PersonDraft, before: NameRun): number {
  const i = countAtMost(d.sents, before.sent);
  return i > 0 ? d.sents[i - 1]! : -1;
}

function insertSorted(list: number[], value: number): void {
  list.splice(countAtMost(list, value), 0, value);
}

/** How many values of an ascending list are ≤ value. */
function countAtMost(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function displayName(d: PersonDraft): string {
  const name = d.display.join(" ");
  if (!d.honorific) return name;
  const h = d.honorific;
  return `${h[0]!.toUpperCase()}${h.slice(1)} ${name}`;
}

/** "ruud van nistelrooy" and "van nistelrooy"; "george w bush" and "george bush". */
function sameFullName(a: string[], b: string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const core = (w: string[]) => w.filter((x) => !NAME_PARTICLES.has(x) && x.length > 1);
  const ca = core(a);
  const cb = core(b);
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return short.every((w) => long.includes(w)) && (short.length > 1 || a.length === b.length);
}

function endsWith(full: string[], tail: string[]): boolean {
  if (tail.length > full.length) return false;
  return tail.every((w, i) => full[full.length - tail.length + i] === w);
}

const lowerFirst = (s: string) => (/^(The|A|An)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** A reporting verb right after the name ("Tokaev told"), right before it ("said Tokaev"), "according to X", "X, who", an age. */
function personContext(r: NameRun, p: Paragraph): boolean {
  const toks = p.tokens;
  const after = toks[r.end];
  // "the Institute of Fiscal Studies who …": a name inside a prepositional phrase is not the subject.
  const prep = toks[r.from - 1];
  if (
    prep &&
    PREPOSITIONS.test(prep.lower) &&
    !(prep.lower === "to" && toks[r.from - 2]?.lower === "according")
  )
    return false;
  if (after?.text === "," && toks[r.end + 1]?.lower === "who") return true;
  if (after?.lower === "who") return true;
  if (
    after?.text === "," &&
    /^\d{1,2}$/.test(toks[r.end + 1]?.text ?? "") &&
    toks[r.end + 2]?.text === ","
  )
    return true;
  let k = r.end;
  let plural = false;
  while (toks[k] && VERB_FILLERS.has(toks[k]!.lower)) {
    // "41 Britons are now confirmed": a plural subject is not one person.
    if (/^(are|were|have)$/.test(toks[k]!.lower)) plural = true;
    k++;
  }
  const verb = plural ? undefined : toks[k];
  const before = toks[r.from - 1];
  if (before && PREPOSITIONS.test(before.lower))
    return before.lower === "to" && toks[r.from - 2]?.lower === "according";
  if (
    verb &&
    verb.word &&
    !verb.cap &&
    isFrameVerb(verb.lower) &&
    verb.lower !== "call" &&
    verb.lower !== "calls"
  )
    return true;
  const next = toks[r.end];
  if (
    before &&
    isInversionVerb(before.lower) &&
    (!next || !next.word || AFTER_INVERTED.test(next.lower))
  )
    return true;
  if (before?.lower === "to" && toks[r.from - 2]?.lower === "according") return true;
  return false;
}

/** Not "Conservatives", "Britons", "British", "He": plural groups, nationalities and function words. */
function personLikeWord(lower: string): boolean {
  if (SENTENCE_WORDS.has(lower) || DEMONYMS.has(lower) || /(ish|ese)$/.test(lower)) return false;
  if (lower.endsWith("s")) {
    const one = lower.slice(0, -1);
    if (DEMONYMS.has(one) || isRoleNoun(one) || /(ive|ian|an|crat|ist|ite|er|on)$/.test(one))
      return false;
  }
  return true;
}

/** "he" or "she" in the narration soon after a name, with no other name between. */
function heOrSheFollows(p: Paragraph, from: number): boolean {
  const toks = p.tokens;
  for (let i = from; i < toks.length && i - from <= 30; i++) {
    const t = toks[i]!;
    if (t.q >= 0 || !t.word) continue;
    if (t.lower === "he" || t.lower === "she") return true;
    if (t.cap && !t.first && !SENTENCE_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** "a spokesman said", "A US Embassy spokesman said:": the end of an indefinite role phrase that speaks, or -1. */
function indefiniteSpeaker(p: Paragraph, at: number): number {
  const toks = p.tokens;
  for (let j = at + 1; j < toks.length && j - at <= 9; j++) {
    const t = toks[j]!;
    if (t.q >= 0) return -1;
    if (!t.word) {
      if (t.text === "," && toks[j - 1]?.cap && toks[j + 1]?.cap) continue;
      return -1;
    }
    if (t.cap || t.lower === "and" || t.lower === "for" || t.lower === "of") continue;
    if (!isRoleNoun(t.lower)) return -1;
    let k = j + 1;
    while (toks[k] && VERB_FILLERS.has(toks[k]!.lower)) k++;
    const verb = toks[k];
    return verb && verb.word && !verb.cap && isFrameVerb(verb.lower) ? j + 1 : -1;
  }
  return -1;
}

/** The sentence or clause ends here: "…," added the head of the republic. */
function endsClause(t: Token | undefined): boolean {
  return !t || !t.word || AFTER_INVERTED.test(t.lower);
}

const PREPOSITIONS =
  /^(of|at|for|from|with|by|to|in|on|about|against|into|over|under|between|behind|beyond|toward|towards|than|like|via|including)$/;
const AFTER_INVERTED =
  /^(of|at|in|on|from|back|yesterday|today|last|earlier|who|while|when|after|before|during|recently)$/;

/** A description the sentence is about: before its verb ("the president stressed") or after a reporting verb ("added the head of the republic"). */
function subjectPosition(p: Paragraph, start: number, end: number): boolean {
  const toks = p.tokens;
  let k = end;
  while (toks[k] && VERB_FILLERS.has(toks[k]!.lower)) k++;
  const next = toks[k];
  if (next?.text === ",") {
    // "the president, in an interview, said"
    let j = k + 1;
    while (toks[j] && toks[j]!.text !== "," && j - k < 12) j++;
    const v = toks[j + 1];
    if (v && isFrameVerb(v.lower)) return true;
  }
  const before = toks[start - 1];
  if (before && isInversionVerb(before.lower)) return true;
  if (!(
    next &&
    next.word &&
    !next.cap &&
    (isFrameVerb(next.lower) || AUX.test(next.lower) || /ed$/.test(next.lower))
  ))
    return false;
  // The sentence's subject: at its start, or after a comma or a conjunction, never after a preposition.
  return (
    !before ||
    toks[start]!.first ||
    before.text === "," ||
    before.mark === "close" ||
    CLAUSE_START.test(before.lower)
  );
}

const AUX = /^(is|was|has|had|will|would|could|can|should|may|might|must)$/;
const CLAUSE_START =
  /^(and|but|that|when|while|as|because|since|although|though|if|so|then|where|later|earlier|yesterday|today|meanwhile|however|also|now)$/;
