import { madeUp } from "./test/support/articles.js";
const a = madeUp("harbour-vote", "Harbour vote splits the council", [
  "The Velmora council voted on Tuesday to close the old harbour, a plan backed by Mayor Tom Marsh.",
  "Councillor Ann Cole said Marsh failed to address the flooding in the lower town.",
  "“It seems extremely unlikely” that Ruiz can catch Marsh, said Dana Holt, a local pollster.",
  "“We will rebuild the sea wall before winter,” Marsh said at the town hall.",
]);
for (const q of a.quotes) console.log(q.sentence, q.speaker, q.speakerId, q.indirect, q.partial, q.text);
