import { readdirSync, readFileSync } from "node:fs";
import { findMentions } from "./src/nlp/dates/mentions.js";
const root = "../shared/corpus/bbc";
const out: string[] = [];
for (const topic of readdirSync(root)) {
  let files: string[] = [];
  try { files = readdirSync(`${root}/${topic}`); } catch { continue; }
  for (const f of files) {
    const text = readFileSync(`${root}/${topic}/${f}`, "utf8");
    for (const s of text.split(/(?<=[.!?"])\s+/)) {
      for (const m of findMentions(s)) {
        const isNew = m.holiday !== undefined || m.period || m.relative?.unit === "season" || m.relative?.unit === "quarter" || m.relative?.months || (m.date?.until && m.until?.month && !m.date?.day) || /decade/.test(m.stated);
        if (isNew || /quarter|half|spring|summer|autumn|fall|Christmas|Easter/i.test(m.stated)) out.push(`${topic}/${f}: «${m.stated}» ${m.kind} ${JSON.stringify(m.relative ?? m.date)} | ${s.slice(Math.max(0, m.start - 50), m.end + 40).replace(/\s+/g, " ")}`);
      }
    }
  }
}
console.log(out.length); console.log(out.join("\n"));
