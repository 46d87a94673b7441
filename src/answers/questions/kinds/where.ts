/** "Where …", "in which city …": the place in front of the sentence that names it. */
import type { Analysis, Sentence } from "../../../model/analysis.js";
import { isStopWord, words } from "../../../nlp/tokens.js";
import { processTerm } from "../../../search/terms.js";
import { HONORIFICS, TITLE_WORDS } from "../../../nlp/lexicon/titles.js";
import { bold } from "../../reply.js";
import type { QuestionStrategy } from "../strategy.js";
import type { AskContext } from "../core.js";
import { askedVerbs } from "../verbs.js";

export const whereStrategy: QuestionStrategy = {
  kind: "where",
  recognise(t) {
    if (
      !/^(?:where|in\s+which\s+(?:city|country|town|place)|in\s+what\s+(?:city|country|town|place)|what\s+(?:city|country|town|place))\b/.test(
        t,
      )
    )
      return undefined;
    return { kind: "where", rest: t.replace(/^(?:where|in\s+\w+\s+\w+|what\s+\w+)\s*/, "") };
  },
  drop: ["place", "city", "country", "town", "located"],
  prefer: { place: 1.3 },
  bonus: (ctx, a, s, asked) =>
    placeIn(a, s, asked) ? (placeTiedToQuestion(s.text, tyingWords(ctx, asked)) ? 0.16 : 0.08) : 0,
  lead(_ctx, { analysis, sentence }, asked) {
    const place = placeIn(analysis, sentence, asked);
    return place ? [bold(place), ":"] : undefined;
  },
};

/**
 * A place the sentence names that the question does not: a place entity, else "in/at/to
 * <Name>". The place the asked verb takes comes first ("where does he live": "…, who now lives
 * in Afghanistan", not the other places of the sentence).
 */
export function placeIn(
  analysis: Analysis,
  sentence: Sentence,
  asked: Set<string>,
): string | undefined {
  // "the" of "at the Jomo Kenyatta airport" is no word of the question's.
  const fresh = (name: string) => !words(name).some((w) => asked.has(w) && !isStopWord(w));
  const places = analysis.entities.filter(
    (e) => e.kind === "place" && e.mentions.includes(sentence.index) && fresh(e.name),
  );
  // A name after "in", "at", "to" …: a known place first, then any capitalised name.
  const matches = placePhrases(sentence.text);
  const named = (m: RegExpMatchArray) => m[1] ?? "";
  const usable = (n: string) =>
    !!n &&
    fresh(n) &&
    !byTitle(n) &&
    !/^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
      n,
    );
  // The place the asked verb takes ("found in Kellerton, police in the New York area said") first.
  const tied = matches.find((m) => askedVerbJustBefore(sentence.text, m.index ?? 0, asked));
  if (tied && usable(named(tied))) return named(tied);
  const after = matches.map(named);
  const known = after.find((n) =>
    places.some((p) => n.includes(p.name) || p.name.includes(n.replace(/^the\s+/, ""))),
  );
  if (known) return known;
  return after.find(usable) ?? places.find((p) => sentence.text.includes(p.name))?.name;
}

/**
 * The words a place answering the question follows: its verbs ("where was the car *found*"),
 * else all its words ("where was the press *conference*").
 */
function tyingWords(ctx: AskContext, asked: Set<string>): Set<string> {
  const verbs = askedVerbs(ctx.parsed.rest);
  return verbs.length ? new Set(verbs) : asked;
}

/** A person's name by its first word, an honorific or a title ("outside Dr. Slepian's home", "to President Obama"). */
function byTitle(name: string): boolean {
  const first = words(name)[0] ?? "";
  return !!HONORIFICS[first] || TITLE_WORDS.has(first);
}

/** "in <Name>", "at the <Name>" …: a capitalised name after a preposition of place. */
function placePhrases(text: string): RegExpMatchArray[] {
  return [
    ...text.matchAll(
      /\b(?:in|at|from|to|near|outside|inside|into|across)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu,
    ),
  ];
}

/** A place phrase right after a word of the question ("a press conference at the Kenyatta airport"). */
function placeTiedToQuestion(text: string, asked: Set<string>): boolean {
  return placePhrases(text).some((m) => askedVerbJustBefore(text, m.index ?? 0, asked));
}

/** A lower-case word of the question (by stem: "lives" for "live") within the three words before `at`. */
function askedVerbJustBefore(text: string, at: number, asked: Set<string>): boolean {
  const stems = new Set([...asked].filter((w) => !isStopWord(w)).map((w) => processTerm(w) ?? w));
  const before = [...text.slice(0, at).matchAll(/[\p{L}'’-]+/gu)].slice(-3).map((m) => m[0]);
  return before.some((w) => /^\p{Ll}/u.test(w) && stems.has(processTerm(w) ?? w));
}
