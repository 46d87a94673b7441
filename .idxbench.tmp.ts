import { readFileSync } from "node:fs";
import { SentenceIndex } from "./src/search/sentence-index.js";
import type { Analysis } from "./src/model/analysis.js";
const file = process.argv[2]!;
const lines = readFileSync(file, "utf8").split("\n").slice(1).filter(Boolean);
const analyses: Analysis[] = lines.map((l) => JSON.parse(l.split("\t")[2]!) as Analysis);
for (const [i, a] of analyses.entries()) a.article = { ...a.article, id: `a${i}` };
const rounds = Number(process.argv[3] ?? 3);
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const index = new SentenceIndex();
  for (const a of analyses) index.add(a);
  index.flush();
  while (index.indexing > 0) { /* long ones */ (index as unknown as { drain(): void }).drain(); }
  const c = process.cpuUsage(c0);
  console.log(`round ${r}: ${((c.user + c.system) / 1000).toFixed(0)} ms CPU, ${index.sentenceCount} sentences, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);
}
