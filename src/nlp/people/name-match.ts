/**
 * The one name matcher (/quotes, /who, inline mode and questions): who or what a phrase
 * names in one article — the people and organisations of the analysis, matched by any word
 * of their names however it is spelt (case, possessive, transliterations such as
 * Tokayev/Tokaev, one typo), or by the role words the article ties to them ("the acting
 * president"). Where the analysis has no entity for a name, capitalised words of the text
 * stand in (questions only), so a name the article uses is never "unknown".
 */
import type { Analysis, Entity } from "../../model/analysis.js";
import { editDistance } from "../../util/edit-distance.js";
import { acronymsIn, isStopWord, joinDotted, stem, words } from "../tokens.js";
import { nameKey } from "./name-key.js";
import { isTitleWord } from "../lexicon/titles.js";

export interface NameMatch {
  /** The entity, or a stand-in built from the text (kind "person" guessed, no role). */
  entity: Entity;
  /** False for a stand-in built from capitalised words. */
  fromAnalysis: boolean;
  /** How well the question's words matched (sum over matched words, 1 for an exact word). */
  score: number;
  /** Question words that matched a name word. */
  matched: string[];
}

export interface MatchOptions {
  /** Capitalised words of the text that no entity covers count as stand-in entities (default true). */
  standIns?: boolean;
  /** A lone pronoun ("he") names the article's most quoted person (default true). */
  pronouns?: boolean;
  /**
   * Words the question wrote as acronyms, lower case ("US" → "us"): content words even when
   * stop words, so "the US attorney" is not any attorney.
   */
  acronyms?: ReadonlySet<string>;
}

/** What commands and inline mode match: the analysis's entities only, no pronouns. */
export const ENTITIES_ONLY: MatchOptions = { standIns: false, pronouns: false };

interface Lexicon {
  /** Name word (lower case) → entities using it. */
  byWord: Map<string, Entity[]>;
  /** Transliteration key → name words with that key. */
  byKey: Map<string, string[]>;
  /** Every entity, real ones first. */
  entities: Entity[];
  real: Set<string>;
  /** Entity id → stems of its role and role-like aliases. */
  roleStems: Map<string, Set<string>>;
  /** Entity id → number of direct quotes attributed to it. */
  quoteCount: Map<string, number>;
}

const lexicons = new WeakMap<Analysis, Lexicon>();

const PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "they", "them", "their"]);

function lexicon(analysis: Analysis): Lexicon {
  const cached = lexicons.get(analysis);
  if (cached) return cached;
  const byWord = new Map<string, Entity[]>();
  const roleStems = new Map<string, Set<string>>();
  const entities: Entity[] = [];
  const real = new Set<string>();
  const add = (word: string, e: Entity) => {
    const list = byWord.get(word);
    if (!list) byWord.set(word, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of analysis.entities) {
    entities.push(e);
    real.add(e.id);
    // Name words: the name's, and those of aliases that hold its last word ("President Vladimir
    // Putin"), titles aside; role phrases ("the Kazakh president", "Russian President") are roles.
    const last = words(e.name).at(-1) ?? "";
    for (const n of [e.name, ...e.aliases]) {
      const ws = words(n);
      if (n !== e.name && (!ws.includes(last) || /^(?:the|a|an)\b/i.test(n))) continue;
      for (const m of n.matchAll(/\p{Lu}[\p{L}\p{M}'’]*/gu))
        for (const w of words(m[0]))
          if (w.length > 1 && !isStopWord(w) && !isTitleWord(w)) add(w, e);
    }
    const roles = new Set<string>();
    for (const phrase of [e.role ?? "", ...e.aliases]) {
      const joined = joinDotted(phrase);
      const caps = acronymsIn(joined);
      for (const w of words(joined)) if (!isStopWord(w) || caps.has(w)) roles.add(stem(w));
    }
    roleStems.set(e.id, roles);
  }
  // Stand-ins for capitalised words no entity covers.
  const lowerUse = new Set<string>();
  for (const s of analysis.sentences)
    for (const w of s.text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}]*/gu))
      lowerUse.add(w[0].toLowerCase());
  const standIns = new Map<string, Entity>();
  for (const s of analysis.sentences) {
    for (const m of s.text.matchAll(
      /\p{Lu}[\p{L}\p{M}'’]*(?:[ -](?:(?:of|the|de|al|bin|van|von|der|la|le|du)[ -])*\p{Lu}[\p{L}\p{M}'’]*)*/gu,
    )) {
      const run = m[0].replace(/['’]s$/, "");
      const runWords = words(run).filter((w) => w.length > 1 && !isStopWord(w) && !isTitleWord(w));
      const atStart = (m.index ?? 0) === 0 || /^["“‘'(\s]*$/.test(s.text.slice(0, m.index ?? 0));
      for (const w of runWords) {
        if (byWord.get(w)?.some((e) => real.has(e.id))) continue;
        // A sentence's first word is a name only if the article never writes it in lower case.
        if (atStart && runWords.length === 1 && lowerUse.has(w)) continue;
        let e = standIns.get(w);
        if (!e) {
          e = { id: `text:${w}`, kind: "person", name: run, aliases: [], mentions: [] };
          standIns.set(w, e);
          entities.push(e);
          add(w, e);
        }
        if (run.length > e.name.length && runWords.length <= 4) e.name = run;
        if (!e.mentions.includes(s.index)) e.mentions.push(s.index);
      }
    }
  }
  const byKey = new Map<string, string[]>();
  for (const w of byWord.keys()) {
    const k = nameKey(w);
    const list = byKey.get(k);
    if (list) list.push(w);
    else byKey.set(k, [w]);
  }
  const quoteCount = new Map<string, number>();
  for (const q of analysis.quotes)
    if (q.speakerId && !q.indirect)
      quoteCount.set(q.speakerId, (quoteCount.get(q.speakerId) ?? 0) + 1);
  const lex: Lexicon = { byWord, byKey, entities, real, roleStems, quoteCount };
  lexicons.set(analysis, lex);
  return lex;
}

/** The name words of an article a question word stands for: exact, same transliteration, or one edit away (≥ 5 letters). */
function nameWordsFor(lex: Lexicon, word: string): Array<{ word: string; quality: number }> {
  if (word.length < 2 || isStopWord(word)) return [];
  if (lex.byWord.has(word)) return [{ word, quality: 1 }];
  const out: Array<{ word: string; quality: number }> = [];
  if (word.length >= 4)
    for (const w of lex.byKey.get(nameKey(word)) ?? []) out.push({ word: w, quality: 0.9 });
  if (!out.length && word.length >= 5) {
    for (const w of lex.byWord.keys()) {
      if (w[0] === word[0] && editDistance(word, w, 1) !== undefined)
        out.push({ word: w, quality: 0.8 });
    }
  }
  return out;
}

/**
 * The entities a phrase names in the article ("tokayev", "vladimir putin", "the acting
 * president", "the first president of Kazakhstan"), best first. Every content word of the
 * phrase must be accounted for — by a name word (any spelling) or a word of the entity's role
 * and aliases — and at least one must be a name word unless all are role words. Among equals
 * the entity quoted or mentioned most wins. Pronouns name the article's most quoted person.
 */
export function matchNames(
  analysis: Analysis,
  phrase: string,
  options: MatchOptions = {},
): NameMatch[] {
  const { standIns = true, pronouns = true, acronyms = new Set<string>() } = options;
  const lex = lexicon(analysis);
  const ws = words(phrase);
  if (ws.length === 1 && PRONOUNS.has(ws[0]!)) {
    if (!pronouns) return [];
    const top = mostQuoted(analysis);
    return top
      ? [{ entity: top, fromAnalysis: lex.real.has(top.id), score: 0.5, matched: [] }]
      : [];
  }
  const content = ws.filter((w) => w.length > 1 && (!isStopWord(w) || acronyms.has(w)));
  if (!content.length) return [];
  // Name matches first: entity → matched words and quality.
  const byName = new Map<Entity, { score: number; matched: string[] }>();
  for (const w of content) {
    for (const { word, quality } of nameWordsFor(lex, w)) {
      for (const e of lex.byWord.get(word) ?? []) {
        const n = byName.get(e) ?? { score: 0, matched: [] };
        if (!n.matched.includes(w)) {
          n.score += quality;
          n.matched.push(w);
        }
        byName.set(e, n);
      }
    }
  }
  const out: NameMatch[] = [];
  const joined = ws.join(" ");
  for (const e of byName.size ? new Set([...byName.keys(), ...lex.entities]) : lex.entities) {
    if (!standIns && !lex.real.has(e.id)) continue;
    const n = byName.get(e) ?? { score: 0, matched: [] };
    const roles = lex.roleStems.get(e.id) ?? new Set<string>();
    let roleHits = 0;
    let unaccounted = 0;
    for (const w of content) {
      if (n.matched.includes(w)) continue;
      // A role word, or a title written with the name ("Russian President Vladimir Putin").
      if (roles.has(stem(w)) || (isTitleWord(w) && n.score > 0 && words(e.name).includes(w)))
        roleHits++;
      else unaccounted++;
    }
    if (unaccounted > 0 || (n.score === 0 && roleHits === 0)) continue;
    const exact =
      e.aliases.some((a) => words(a).join(" ") === joined) ||
      words(e.role ?? "").join(" ") === ws.filter((w) => w !== "the").join(" ");
    out.push({
      entity: e,
      fromAnalysis: lex.real.has(e.id),
      score: n.score + 0.6 * roleHits + (exact ? 0.5 : 0),
      matched: n.matched,
    });
  }
  const weight = (n: NameMatch) =>
    (lex.quoteCount.get(n.entity.id) ?? 0) * 2 +
    n.entity.mentions.length +
    (n.fromAnalysis ? 1 : 0);
  return out.sort((a, b) => b.score - a.score || weight(b) - weight(a));
}

/** Where a name stands in a phrase of several words: the entities it names, and the words around it. */
export interface NameInPhrase {
  matches: NameMatch[];
  /** The words that name them, as typed. */
  name: string;
  /** The other words, as typed (what the phrase asks about them: "Russia" in "Tokaev Russia"). */
  rest: string;
}

/**
 * The longest run of words at the start of a phrase (else at its end) that names someone in
 * the article — "Tokaev Russia" → Tokaev, and "Russia" left — so commands and inline
 * queries read a name and a topic the way a question's "what did X say about Y" does.
 */
export function nameInPhrase(
  analysis: Analysis,
  phrase: string,
  options: MatchOptions = {},
): NameInPhrase | undefined {
  const tokens = phrase.split(/\s+/).filter(Boolean);
  const tryRun = (from: number, to: number): NameInPhrase | undefined => {
    const name = tokens.slice(from, to).join(" ");
    const matches = matchNames(analysis, name, options);
    if (!matches.length) return undefined;
    return { matches, name, rest: [...tokens.slice(0, from), ...tokens.slice(to)].join(" ") };
  };
  for (let n = tokens.length; n >= 1; n--) {
    const found = tryRun(0, n);
    if (found) return found;
  }
  for (let n = tokens.length - 1; n >= 1; n--) {
    const found = tryRun(tokens.length - n, tokens.length);
    if (found) return found;
  }
  return undefined;
}

/** The person with the most direct quotes in the article (ties: most mentions). */
export function mostQuoted(analysis: Analysis): Entity | undefined {
  const lex = lexicon(analysis);
  let best: Entity | undefined;
  let bestScore = 0;
  for (const e of analysis.entities) {
    const s = (lex.quoteCount.get(e.id) ?? 0) * 100 + e.mentions.length;
    if (e.kind === "person" && s > bestScore) {
      best = e;
      bestScore = s;
    }
  }
  return best;
}

/** Every entity of the article, real ones and stand-ins for capitalised words, most mentioned first. */
export function allNamed(analysis: Analysis): NameMatch[] {
  const lex = lexicon(analysis);
  return lex.entities
    .map((entity) => ({ entity, fromAnalysis: lex.real.has(entity.id), score: 1, matched: [] }))
    .sort((a, b) => b.entity.mentions.length - a.entity.mentions.length);
}
