import { analyseArticle, runCase } from "./scripts/eval/questions.js";
import { Library } from "./src/library/library.js";
import { indexFollowing } from "./src/search/follow.js";
const [art, ...qs] = process.argv.slice(2);
const a = analyseArticle(art!);
const library = new Library([a]);
const corpus = { library, index: indexFollowing(library) };
if (process.env.QUOTES) for (const q of a.quotes) console.log(`Q s${q.sentence} [${q.speaker}] id=${q.speakerId} ${q.indirect?"IND":""}${q.partial?"PART":""}: ${q.text.slice(0,100)}`);
if (process.env.ENTS) for (const e of a.entities) console.log(`E ${e.kind} ${e.name} aliases=${e.aliases.join("|")} role=${e.role ?? ""}`);
for (const q of qs) { const r = runCase({ id: "x", article: art!, q, any: ["zzzz"] }, corpus); console.log(`>> ${q}\n${r.text}\n`); }
