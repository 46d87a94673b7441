/**
 * The index's documents: one a sentence — its text, the speakers and words of the quotes
 * that start in it, the names of the entities it mentions — and what else a sentence gives
 * the index (name keys of its capitalised words, initials of its multi-word names).
 */
import type { Analysis, Sentence } from "../model/analysis.js";
import { nameKey } from "../nlp/people/name-key.js";
import { isStopWord, words } from "../nlp/tokens.js";
import { NAME_JOINERS } from "../nlp/lexicon/function-words.js";
import { entryBytes, Lru, MB } from "../util/lru.js";

/** One sentence's fields, before term processing. */
export interface SentenceFields {
  sentence: number;
  text: string;
  speaker: string;
  entities: string;
  quote: string;
}

/** What the documents of an article's sentences need besides their text: speakers, quotes and entities by sentence. */
export interface DocContext {
  speakers: Map<number, string[]>;
  quotes: Map<number, string[]>;
  entities: Map<number, string[]>;
}

export function emptyContext(): DocContext {
  return { speakers: new Map(), quotes: new Map(), entities: new Map() };
}

const HAS_UPPER = /\p{Lu}/u;

/**
 * Fills `context` one entity or quote a step: a long article's (thousands of entities and
 * quotes, tens of milliseconds in all) is built a slice at a time, between answers.
 */
export function* contextSteps(analysis: Analysis, context: DocContext): Generator<void> {
  // every name of a speaker, once an entity (a long article quotes one person many times)
  const speakerNames = new Map<string, string>();
  for (const e of analysis.entities) {
    speakerNames.set(e.id, [e.name, ...e.aliases].join(" "));
    yield;
  }
  for (const q of analysis.quotes) {
    if (q.speaker)
      push(
        context.speakers,
        q.sentence,
        (q.speakerId && speakerNames.get(q.speakerId)) || q.speaker,
      );
    push(context.quotes, q.sentence, q.text);
    yield;
  }
  for (const e of analysis.entities) {
    const entityNames = uniqueWords([e.name, ...e.aliases.filter((a) => HAS_UPPER.test(a))]);
    for (const m of new Set(e.mentions)) push(context.entities, m, entityNames);
    yield;
  }
}

/** One document a sentence: its text, the speakers and words of quotes starting in it, the entities it mentions. */
export function docOf(s: Sentence, context: DocContext): SentenceFields {
  return {
    sentence: s.index,
    text: s.text,
    speaker: (context.speakers.get(s.index) ?? []).join(" "),
    entities: (context.entities.get(s.index) ?? []).join(" "),
    quote: (context.quotes.get(s.index) ?? []).join(" "),
  };
}

// Patterns with \p{…} are made once here: tsx and esbuild turn such a literal inside a
// function into `new RegExp(…)`, made again at every call (matchAll copies a pattern: sharing is safe).
const MULTI_WORD_NAME = new RegExp(
  `\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:${[...NAME_JOINERS].join("|")})\\s+)*\\p{Lu}[\\p{L}'’-]+){1,5}`,
  "gu",
);
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’]*/gu;
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * Initials of the names of 2 to 6 capitalised words (small words inside allowed) in a text → the
 * name (the first one met). A function word capitalised only because it opens the sentence is no
 * part of the name ("The Federal Bureau of Investigation said" → "fbi").
 */
export function acronymsIn(text: string, out: Map<string, string>): void {
  for (const m of text.matchAll(MULTI_WORD_NAME)) {
    const all = m[0].split(/\s+/);
    while (all.length && isStopWord(all[0]!.toLowerCase())) all.shift();
    const caps = all.filter((w) => CAPITAL_FIRST.test(w));
    if (caps.length < 2) continue;
    const initials = caps.map((w) => w[0]!.toLowerCase()).join("");
    if (!out.has(initials)) out.set(initials, all.join(" "));
  }
}

/** Word → its name key, for the words seen lately (every article names its people again and again). */
const nameKeys = new Lru<string, string>(MB, (word, key) => entryBytes(word, key));

/** Name keys of the capitalised words of a text. */
export function nameKeysIn(text: string, keys: Set<string>): void {
  for (const m of text.matchAll(CAPITALISED_WORD))
    for (const w of words(m[0])) {
      if (w.length < 2 || isStopWord(w)) continue;
      let key = nameKeys.get(w);
      if (key === undefined) nameKeys.set(w, (key = nameKey(w)));
      keys.add(key);
    }
}

function uniqueWords(names: string[]): string {
  return [...new Set(names.flatMap((n) => n.split(/\s+/)))].join(" ");
}

function push(map: Map<number, string[]>, key: number, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
