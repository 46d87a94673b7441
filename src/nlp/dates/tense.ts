/**
 * Which way a date's clause points: to the past ("resigned on March 20"), to the future
 * ("will be outlined on Monday", "scheduled for June 9"), or to a present that could be either
 * ("takes place on 5 May", "are betting on 5 May"). The nearest verb cue before the date
 * decides; when the date opens its clause, the words after it do.
 */
export type Tense = "past" | "future" | "present";

const FUTURE_WORDS = new Set([
  "will",
  "shall",
  "won't",
  "won’t",
  "scheduled",
  "expected",
  "due",
  "next",
  "upcoming",
  "forthcoming",
  "planned",
  "planning",
  "intends",
  "intend",
  "would",
  "ahead",
  "slated",
  "timetabled",
  "tomorrow",
  "soon",
]);
/** "to" after these marks a future: "plans to", "is set to", "is due to". */
const TO_FUTURE = new Set([
  "plans",
  "plan",
  "aims",
  "aim",
  "hopes",
  "hope",
  "set",
  "going",
  "is",
  "are",
  "due",
  "intends",
  "intend",
  "wants",
  "want",
  "expects",
  "expect",
  "likely",
  "poised",
  "bound",
  "expected",
  "scheduled",
]);
const PAST_WORDS = new Set([
  "said",
  "told",
  "was",
  "were",
  "had",
  "did",
  "took",
  "began",
  "won",
  "lost",
  "came",
  "went",
  "made",
  "saw",
  "became",
  "left",
  "met",
  "gave",
  "rose",
  "fell",
  "grew",
  "paid",
  "sold",
  "bought",
  "spoke",
  "wrote",
  "ran",
  "got",
  "led",
  "broke",
  "chose",
  "brought",
  "since",
  "ago",
  "last",
  "previously",
  "earlier",
  "held",
  "kept",
  "felt",
  "found",
  "thought",
  "knew",
  "sent",
  "built",
  "struck",
  "hit",
  "cut",
]);
const PRESENT_WORDS = new Set([
  "is",
  "are",
  "am",
  "takes",
  "starts",
  "begins",
  "opens",
  "ends",
  "closes",
  "runs",
  "meets",
  "goes",
  "comes",
  "falls",
  "kicks",
  "betting",
  "happens",
  "continues",
  "remains",
  "expires",
  "lasts",
]);
/** -ed words that point forward. */
const FUTURE_ED = new Set(["scheduled", "expected", "planned", "slated", "timetabled", "intended"]);

const CLAUSE_BREAK = /[;:()—–]|,(?=\s)/g;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z’']+/g) ?? [];
}

function tenseOf(ws: string[], limit: number): Tense | undefined {
  for (let i = ws.length - 1; i >= Math.max(0, ws.length - limit); i--) {
    const w = ws[i]!;
    if (w === "to" && TO_FUTURE.has(ws[i - 1] ?? "")) return "future";
    if (w === "'ll" || w === "’ll" || /['’]ll$/.test(w)) return "future";
    if (FUTURE_WORDS.has(w) || FUTURE_ED.has(w)) return "future";
    const past = PAST_WORDS.has(w) || (w.length > 4 && /ed$/.test(w));
    if (past || PRESENT_WORDS.has(w)) {
      // A verb group with a future auxiliary: "will be outlined", "is to be held", "would have ended".
      const aux = ws.slice(Math.max(0, i - 3), i).join(" ");
      if (/\b(?:will|shall|would|to)(?: be| have been| have)?$/.test(aux) || /['’]ll$/.test(aux))
        return "future";
      if (past)
        return /\b(?:is|are|am)(?: being)?$/.test(aux) && !PAST_WORDS.has(w) ? "present" : "past";
      return "present";
    }
  }
  return undefined;
}

export function clauseTense(sentence: string, start: number, end: number): Tense {
  const stated = sentence.slice(start, end).toLowerCase();
  if (/\b(?:next|coming|tomorrow)\b/.test(stated)) return "future";
  if (/\b(?:last|ago|past|yesterday|earlier)\b/.test(stated)) return "past";
  const head = sentence.slice(0, start);
  let from = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  let before = words(head.slice(from));
  // "said Tokaev back in April": a clause of one or two words reaches back past the comma.
  if (before.length <= 2 && from > 0) before = words(head);
  const found = tenseOf(before, 12);
  if (found) return found;
  // The date opens its clause ("On Monday, the firm will …"): the first verb cue after it.
  const after = words(
    sentence
      .slice(end, end + 80)
      .replace(/^[\s,]+/, "")
      .split(/[;:—–]/)[0] ?? "",
  ).slice(0, 6);
  for (let i = 0; i < after.length; i++) {
    const found = tenseOf(after.slice(0, i + 1), 1);
    if (found) return found;
  }
  return "past";
}
