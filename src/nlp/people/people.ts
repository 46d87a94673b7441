/**
 * People, organisations and places in an article, every mention of one person merged, in five
 * steps: capitalised name runs (names.ts), which of them are people's (evidence.ts), runs linked
 * into entities (link.ts), each person's role and aliases (entities.ts, roles.ts), then every
 * mention in reading order with pronouns and descriptions resolved (mentions.ts).
 */
import type { Entity, Sentence } from "../../model/analysis.js";
import { PREPOSITIONS } from "../lexicon/function-words.js";
import { givenNameGender } from "../lexicon/person-names.js";
import { buildTextModel, type TextModel } from "../text-model.js";
import { bodiesByCue } from "./body-cues.js";
import { describeEntities } from "./entities.js";
import { capitalisedDescription } from "./descriptions.js";
import { personTest } from "./evidence.js";
import { groupOthers, linkPeople } from "./link.js";
import type { PersonFacts } from "./coreference.js";
import { readMentions, type Mention } from "./mentions.js";
import { findNameRuns, type NameRun } from "./names.js";
import { roleGender, roleOf, type FoundRole } from "./roles.js";

/** Everything the people finder learnt: the quote finder reads it. */
export interface People {
  model: TextModel;
  entities: Entity[];
  /** What is known of each person: gender, role words. */
  facts: Map<string, PersonFacts>;
  mentions: Mention[];
  /** Descriptions opening a sentence about someone ("The 48-year-old was blunt"): kept apart from `mentions`. */
  topical: Mention[];
  /** Mentions by "p:token" of their first and last token. */
  startsAt: Map<string, Mention>;
  endsAt: Map<string, Mention>;
}

/** People, organisations and places in the article, every mention of one person merged. */
export function findEntities(sentences: Sentence[]): Entity[] {
  return findPeople(sentences).entities;
}

export function findPeople(sentences: Sentence[]): People {
  const model = buildTextModel(sentences);
  const runs = findNameRuns(model);
  bodiesByCue(model, runs);
  const roles = new Map<NameRun, FoundRole | undefined>();
  const roleFor = (r: NameRun) => {
    if (!roles.has(r)) roles.set(r, roleOf(r, model.paragraphs[r.p]!));
    return roles.get(r);
  };
  const personLike = personTest(model, runs, (r) => !!roleFor(r));
  // "the Wisconsin Republican" describes a person the reading resolves (mentions.ts).
  const isPerson = (r: NameRun) =>
    personLike(r) && !capitalisedDescription(model.paragraphs[r.p]!, r);
  shareSurnames(model, runs, isPerson);
  for (const r of runs) if (isPerson(r)) genderFromRole(r, roleFor(r));
  const oblique = (r: NameRun) =>
    PREPOSITIONS.has(model.paragraphs[r.p]!.tokens[r.from - 1]?.lower ?? "");
  const { people, linked } = linkPeople(runs, isPerson, oblique, namedJustBefore(model));
  const others = groupOthers(runs, linked);
  const { entities, facts, aliasSets } = describeEntities(model, people, others.values(), roleFor);
  const entityOfRun = new Map<NameRun, string>();
  for (const [r, d] of linked) entityOfRun.set(r, d.id);
  for (const o of others.values()) for (const r of o.runs) entityOfRun.set(r, o.id);
  const { mentions, topical } = readMentions(model, runs, entityOfRun, facts, aliasSets);
  return {
    model,
    entities: withMentions(entities, [...mentions, ...topical], aliasSets),
    facts,
    mentions,
    topical,
    ...mentionIndex(mentions),
  };
}

/**
 * "Bill and Hillary Clinton", "Jan and Tom Okafor": a first name alone before "and" and a
 * person's full name is a person of that surname.
 */
function shareSurnames(model: TextModel, runs: NameRun[], isPerson: (r: NameRun) => boolean): void {
  // Not "Christie and John Kasich" where the article names Chris Christie.
  const surnames = new Set(
    runs.filter((r) => r.words.length > 1).map((r) => r.words[r.words.length - 1]!.toLowerCase()),
  );
  for (let i = 0; i + 1 < runs.length; i++) {
    const [a, b] = [runs[i]!, runs[i + 1]!];
    if (a.p !== b.p || a.words.length !== 1 || a.kind || b.words.length < 2) continue;
    if (model.paragraphs[a.p]!.tokens[a.end]?.lower !== "and" || b.from !== a.end + 1) continue;
    const g = givenNameGender(a.words[0]!);
    if (!g || surnames.has(a.words[0]!.toLowerCase()) || !isPerson(b)) continue;
    a.words = [a.words[0]!, b.words[b.words.length - 1]!];
    a.kind = "person";
    if (g !== "u") [a.gender, a.guessedGender] = [g, true];
  }
}

/**
 * "Carla Ruiz, his wife", "Dale Okoro, a spokeswoman": the role's gender outranks a first name's
 * guess (not an honorific's); a guessed one ("chairman") only fills a gender not known.
 */
function genderFromRole(r: NameRun, role: FoundRole | undefined): void {
  const g = roleGender(role);
  if (!g || (r.gender && !r.guessedGender) || (r.gender && g.guessed)) return;
  r.gender = g.gender;
  if (g.guessed) r.guessedGender = true;
  else r.guessedGender = undefined; // not `delete`: an object losing a field changes shape
}

/** The entities mentioned at all, each with its sentences and its aliases other than its name. */
function withMentions(
  entities: Entity[],
  mentions: Mention[],
  aliasSets: Map<string, Set<string>>,
): Entity[] {
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
  return entities.filter((e) => e.mentions.length > 0);
}

function mentionIndex(mentions: Mention[]): Pick<People, "startsAt" | "endsAt"> {
  const startsAt = new Map<string, Mention>();
  const endsAt = new Map<string, Mention>();
  for (const m of mentions) {
    startsAt.set(`${m.p}:${m.start}`, m);
    endsAt.set(`${m.p}:${m.end - 1}`, m);
  }
  return { startsAt, endsAt };
}

/**
 * Whether run x is named right before run r, as a reader takes a shared surname to mean the
 * person just named: in r's sentence, or in the last sentence of narration before it (a
 * quotation's own sentences skipped: "Then Tom Reyes spoke. ¶ “We stay. We fight,” Reyes
 * said."), in r's paragraph or the one before; and always for a surname written "the elder X",
 * "the younger X".
 */
function namedJustBefore(model: TextModel): (x: NameRun, r: NameRun) => boolean {
  const narrated = new Set<number>();
  for (const p of model.paragraphs)
    for (const t of p.tokens) if (t.word && t.q < 0) narrated.add(t.sent);
  return (x, r) => {
    // "the elder Gonzalez", "the younger Bush": written to set this one apart from the main bearer.
    const tokens = model.paragraphs[r.p]!.tokens;
    const [article, word] = [tokens[r.from - 2], tokens[r.from - 1]];
    if (article?.lower === "the" && word?.word && !word.cap) return true;
    if (x.sent === r.sent) return true;
    if (r.p - x.p > 1 || x.sent > r.sent) return false;
    for (let s = x.sent + 1; s < r.sent; s++) if (narrated.has(s)) return false;
    return true;
  };
}
