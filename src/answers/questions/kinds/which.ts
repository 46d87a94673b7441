/**
 * "Which club did he join", "what games has he made": the names in front of the sentence
 * that gives them (the answer is a name).
 */
import { isStopWord, words } from "../../../nlp/tokens.js";
import { bold } from "../../reply.js";
import { AUX } from "../kind.js";
import type { QuestionStrategy } from "../strategy.js";

export const whichStrategy: QuestionStrategy = {
  kind: "which",
  recognise(t, known) {
    // "which tobacco companies were accused", "what games has he made", "which club signed him"
    let m = new RegExp(
      `^(?:which|what)\\s+(?!${AUX}\\b|s\\b|kind\\b|sort\\b|type\\b)(.+?)\\s+${AUX}\\s+(.+)$`,
    ).exec(t);
    if (m && m[1] && m[2] && m[1].split(" ").length <= 4)
      return { kind: "which", focus: m[1], rest: m[2] };
    // Without a helping verb, the kind of thing asked for runs to the first word the articles use.
    m = /^which\s+(.+)$/.exec(t);
    if (m && m[1]) {
      const ws = m[1].split(" ");
      let n = 1;
      while (n < Math.min(3, ws.length - 1) && !known(ws[n]!)) n++;
      return { kind: "which", focus: ws.slice(0, n).join(" "), rest: ws.slice(n).join(" ") };
    }
    return undefined;
  },
  searchWords(ctx) {
    const rest = ctx.parsed.rest || ctx.question.text;
    const focus = ctx.parsed.focus ?? "";
    return { text: focus ? `${rest} ${focus}` : rest, light: focus.split(" ") };
  },
  prefer: { name: 1.3 },
  bonus: (_ctx, _a, s, asked) => (namesIn(s.text, asked).length ? 0.06 : 0),
  lead(_ctx, { sentence }, asked) {
    const names = namesIn(sentence.text, asked);
    return names.length ? [bold(names.slice(0, 4).join(", ")), ":"] : undefined;
  },
};

/** Capitalised names in a sentence (not its first word, not the question's words), in order. */
function namesIn(text: string, asked: Set<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?<=[\s(“"‘'])(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|the|and|de|van|von|&)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*)/gu,
  )) {
    const name = (m[1] ?? "").replace(/['’]s$/, "").replace(/[.,]$/, "");
    const ws = words(name);
    if (
      !ws.length ||
      ws.some((w) => asked.has(w)) ||
      ws.every((w) => isStopWord(w) || w === "i" || w === "d" || w === "m")
    )
      continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
