import { readFileSync, readdirSync, existsSync } from "node:fs";
import { isRoleNoun } from "./src/nlp/lexicon/roles.js";
import { analyseArticle, runCase } from "./scripts/eval/questions.js";
import { loadPolnear } from "./scripts/eval/polnear.js";
import { splitIds } from "./test/support/eval/split.js";
import { loadTimeml, timemlParts } from "./scripts/eval/timeml.js";
import { Library } from "./src/library/library.js";
import { indexFollowing } from "./src/search/follow.js";
import { speechOf } from "./src/answers/questions/say.js";
const QD = "/work/s10-qacc/test/fixtures/questions";
const used = new Set<string>();
for (const f of readdirSync(QD)) for (const l of readFileSync(`${QD}/${f}`, "utf8").split("\n")) if (l.trim()) used.add(JSON.parse(l).article);
const arts = loadPolnear(); const split = splitIds(arts.map(a => a.id));
const refs: string[] = [];
const half = process.argv[2] ?? "0";
refs.push(...arts.filter(a => split.get(a.id) === "tune" && !used.has("polnear:" + a.id)).filter((_, i) => i % 9 === 5 + Number(half)).slice(0, 50).map(a => "polnear:" + a.id));
const docs = loadTimeml(); const parts = timemlParts(docs);
refs.push(...docs.filter(d => parts.get(d) === "tune" && !used.has("timeml:" + d.id)).filter((_, i) => i % 3 === Number(half)).slice(0, 40).map(d => "timeml:" + d.id));
for (const t of ["business", "entertainment", "politics", "sport", "tech"]) for (let i = 11 + 5 * Number(half); i < 400; i += 29) { const r = `${t}/${String(i).padStart(3, "0")}`; if (!used.has(r) && existsSync(`/work/shared/corpus/bbc/${r}.txt`)) refs.push(r); }
let n = 0, ok = 0;
for (const ref of refs) {
  const a = analyseArticle(ref);
  const library = new Library([a]); const corpus = { library, index: indexFollowing(library) };
  for (const e of a.entities.filter(e => e.kind === "person" && e.role && e.name.includes(" "))) {
    const roleWords = e.role!.replace(/[^A-Za-z -]/g, " ").split(/\s+/).filter(w => /^[a-z]{4,}$/.test(w) && !/^(?:former|with|from|that|this|their|the)$/.test(w));
    const head = roleWords.filter(w => isRoleNoun(w)).at(-1); if (!head) continue;
    const others = a.entities.filter(o => o !== e && o.kind === "person" && o.role && o.role.toLowerCase().includes(head));
    if (others.length) continue; // ambiguous role
    const said = speechOf(a, { entity: e, score: 1, fromAnalysis: true } as any).some(s => s.quote && !s.quote.indirect);
    if (!said) continue;
    const q = `what did the ${head} say`;
    const r = runCase({ id: "p", article: ref, q, any: ["zzzz"] }, corpus);
    const first = r.text.split("\n")[0]!;
    const sur = e.name.split(" ").at(-1)!;
    n++; const good = first.includes(sur); if (good) ok++;
    if (!good) console.log(`MISS ${ref} | ${q} | want ${e.name} (${e.role}) | got: ${r.text.split("\n\n").slice(0, 2).join(" / ").slice(0, 250)}`);
  }
}
console.log(`role-named speakers: ${ok}/${n}`);
