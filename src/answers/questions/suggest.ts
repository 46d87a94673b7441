/**
 * Two questions an article can answer, offered when a question gets no answer: what its most
 * quoted person said about the thing they speak of most, and who someone is. Each is checked
 * by answering it before it is offered; computed once an article.
 */
import type { Analysis } from "../../model/analysis.js";
import { words } from "../../nlp/tokens.js";
import { allNamed, type NameMatch } from "../../nlp/people/name-match.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../nlp/dates/words.js";
import { shortName, speechOf } from "./say.js";
import { isRolePhrase, roleFromText } from "./who.js";

const cache = new WeakMap<Analysis, string[]>();
const CALENDAR = new RegExp(`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|Christmas|Easter)$`);

const CANDIDATES_PATTERN = /(?<=\s)\p{Lu}[\p{Ll}]{2,}(?:\s+\p{Lu}[\p{Ll}]+)*/gu;

/** Candidate questions, best first (not yet checked). */
function candidates(analysis: Analysis): string[] {
  const named = allNamed(analysis).filter((n) => n.entity.kind !== "place");
  const out: string[] = [];
  // The person with the most speech, and the name they speak of most.
  // People and bodies the analysis found before stand-ins for capitalised words ("What did
  // Thursday say?", "What did TV say?"); a day or a month never.
  let speaker: { n: NameMatch; count: number; sentences: number[] } | undefined;
  const maySpeak = named.filter((n) => !CALENDAR.test(n.entity.name));
  for (const group of [maySpeak.filter((n) => n.fromAnalysis), maySpeak]) {
    for (const n of group.slice(0, 8)) {
      const speech = speechOf(analysis, n);
      if (speech.length && (!speaker || speech.length > speaker.count))
        speaker = { n, count: speech.length, sentences: speech.map((s) => s.sentence) };
    }
    if (speaker) break;
  }
  if (speaker) {
    const own = new Set(words(`${speaker.n.entity.name} ${speaker.n.entity.aliases.join(" ")}`));
    const counts = new Map<string, number>();
    for (const i of speaker.sentences) {
      const text = analysis.sentences[i]?.text ?? "";
      for (const m of text.matchAll(CANDIDATES_PATTERN)) {
        const w = m[0];
        if (words(w).some((x) => own.has(x)) || CALENDAR.test(w)) continue;
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
    const topic = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const who = shortName(speaker.n.entity);
    if (topic) out.push(`What did ${who} say about ${topic}?`);
    out.push(`What did ${who} say?`);
  }
  // Someone with a role, other than the speaker (people the analysis found first; stand-ins only without them).
  const people = named.some((n) => n.fromAnalysis && n.entity.kind === "person")
    ? named.filter((n) => n.fromAnalysis)
    : named;
  for (const n of people) {
    if (n.entity === speaker?.n.entity) continue;
    const role = n.fromAnalysis ? n.entity.role : roleFromText(analysis, n.entity)?.role;
    if (role && (n.entity.kind === "person" || !n.fromAnalysis) && isRolePhrase(role)) {
      out.push(`Who is ${n.entity.name}?`);
      break;
    }
  }
  if (speaker) out.push(`Who is ${speaker.n.entity.name}?`);
  out.push("What is the article about?");
  return out;
}

/**
 * Two questions the article answers. `answers(question)` says whether the bot answers a
 * question about this article (the caller runs the real pipeline).
 */
export function suggestions(analysis: Analysis, answers: (question: string) => boolean): string[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const picked: string[] = [];
  for (const q of candidates(analysis)) {
    if (picked.length >= 2) break;
    if (picked.some((p) => p.startsWith(q.slice(0, 12)) && q.startsWith("What did"))) continue;
    if (answers(q)) picked.push(q);
  }
  cache.set(analysis, picked);
  return picked;
}
