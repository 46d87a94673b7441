/**
 * The fixed mix of 200 messages the benchmark times: commands with and without article
 * references, and plain-language questions (as text and through /ask). Commands that do not
 * exist yet get the one-line "unknown command" answer, which is timed like the rest.
 * Nothing random: the same 200 messages every run, in the same order.
 */
const QUESTIONS = [
  "what did Tokaev say about Russia",
  "who is Nazarbayev",
  "when are the elections",
  "how many candidates were registered",
  "what did the president say about the economy",
  "who is the acting president",
  "when did Nazarbayev resign",
  "why is Russia important",
  "where did the interview take place",
  "what is the Great Eurasia",
  "what did the minister say",
  "who won the match",
  "how much did profits rise",
  "when will the new law take effect",
  "what did the chief executive say about sales",
  "who is the prime minister",
  "what is the capital of France",
  "what did Putin say",
  "how long did he hold the post",
  "tokayev russia relations",
];

const NAMES = [
  "Tokaev",
  "Tokayev",
  "Nazarbayev",
  "Putin",
  "Blair",
  "Brown",
  "minister",
  "economy",
  "Russia",
  "election",
];

export function benchMix(): string[] {
  const mix: string[] = [];
  for (let i = 0; i < 10; i++) {
    const n = i + 1;
    mix.push(
      "/summary",
      `/summary ${3 + (i % 3)}`,
      `/summary 3 ${n}`,
      `/dates`,
      `/dates ${n}`,
      `/articles`,
      `/articles ${1 + (i % 5)}`,
      `/quotes`,
      `/quotes ${NAMES[i]}`,
      `/quotes ${n} ${NAMES[(i + 3) % NAMES.length]}`,
      `/who`,
      `/who ${NAMES[(i + 1) % NAMES.length]}`,
      QUESTIONS[i * 2]!,
      QUESTIONS[i * 2 + 1]!,
      `/ask ${QUESTIONS[(i * 7) % QUESTIONS.length]}`,
      `/ask ${QUESTIONS[(i * 7 + 3) % QUESTIONS.length]!.toUpperCase()}`,
      QUESTIONS[(i * 3 + 1) % QUESTIONS.length]!.replace(/e/g, "a"), // typos
      i % 2 === 0 ? "/help" : "/start",
      `what did ${NAMES[i]} say about ${NAMES[(i + 5) % NAMES.length]}?`,
      `/summary ${i === 0 ? "kazakhstan-russia-alliance" : `bbc/business/${String(n).padStart(3, "0")}`}`,
    );
  }
  return mix;
}
