/** "Where …", "in which city …": the place in front of the sentence that names it. */
import type { Analysis, Sentence } from "../../../model/analysis.js";
import { words } from "../../../nlp/tokens.js";
import { bold } from "../../reply.js";
import type { QuestionStrategy } from "../strategy.js";

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
  bonus: (_ctx, a, s, asked) => (placeIn(a, s, asked) ? 0.08 : 0),
  lead(_ctx, { analysis, sentence }, asked) {
    const place = placeIn(analysis, sentence, asked);
    return place ? [bold(place), ":"] : undefined;
  },
};

/** A place the sentence names that the question does not: a place entity, else "in/at/to <Name>". */
function placeIn(analysis: Analysis, sentence: Sentence, asked: Set<string>): string | undefined {
  const fresh = (name: string) => !words(name).some((w) => asked.has(w));
  const places = analysis.entities.filter(
    (e) => e.kind === "place" && e.mentions.includes(sentence.index) && fresh(e.name),
  );
  // A name after "in", "at", "to" …: a known place first, then any capitalised name.
  const after = [
    ...sentence.text.matchAll(
      /\b(?:in|at|from|to|near|outside|inside|into|across)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu,
    ),
  ].map((m) => m[1] ?? "");
  const known = after.find((n) =>
    places.some((p) => n.includes(p.name) || p.name.includes(n.replace(/^the\s+/, ""))),
  );
  if (known) return known;
  const other = after.find(
    (n) =>
      n &&
      fresh(n) &&
      !/^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
        n,
      ),
  );
  return other ?? places.find((p) => sentence.text.includes(p.name))?.name;
}
