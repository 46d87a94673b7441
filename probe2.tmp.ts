import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { analyseArticle, runCase } from "./scripts/eval/questions.js";
import { loadPolnear } from "./scripts/eval/polnear.js";
import { splitIds } from "./test/support/eval/split.js";
import { loadTimeml, timemlParts } from "./scripts/eval/timeml.js";
import { Library } from "./src/library/library.js";
import { indexFollowing } from "./src/search/follow.js";
const QD = "/work/s10-qacc/test/fixtures/questions";
const used = new Set<string>();
for (const f of readdirSync(QD)) for (const l of readFileSync(`${QD}/${f}`, "utf8").split("\n")) if (l.trim()) used.add(JSON.parse(l).article);
const arts = loadPolnear(); const split = splitIds(arts.map(a => a.id));
const refs: string[] = [];
refs.push(...arts.filter(a => split.get(a.id) === "tune" && !used.has("polnear:" + a.id)).filter((_, i) => i % 9 === 3).slice(0, 60).map(a => "polnear:" + a.id));
const docs = loadTimeml(); const parts = timemlParts(docs);
refs.push(...docs.filter(d => parts.get(d) === "tune" && !used.has("timeml:" + d.id)).filter((_, i) => i % 3 === 2).slice(0, 50).map(d => "timeml:" + d.id));
for (const t of ["business", "entertainment", "politics", "sport", "tech"]) for (let i = 7; i < 400; i += 37) { const r = `${t}/${String(i).padStart(3, "0")}`; if (!used.has(r)) refs.push(r); }
const out: string[] = [];
for (const ref of refs.slice(0, 170)) {
  const a = analyseArticle(ref);
  const library = new Library([a]); const corpus = { library, index: indexFollowing(library) };
  const people = a.entities.filter(e => e.kind === "person" && e.name.includes(" ")).slice(0, 3);
  const qs: string[] = [];
  for (const p of people) { const s = p.name.split(" ").at(-1)!; qs.push(`what did ${s} say`, `who is ${s}`); }
  for (const q of qs) { const r = runCase({ id: "p", article: ref, q, any: ["zzzz"] }, corpus); out.push(`## ${ref} | ${q}\n${r.text.split("\n\n").slice(0, 2).join("\n").slice(0, 400)}`); }
}
writeFileSync(process.argv[2]!, out.join("\n"));
console.log(out.length, "questions");
