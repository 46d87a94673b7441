import { analyseArticle } from "./scripts/eval/questions.js";
import { speechOf } from "./src/answers/questions/say.js";
import { matchNames } from "./src/nlp/people/name-match.js";
const [art, who] = process.argv.slice(2);
const a = analyseArticle(art!);
const m = matchNames(a, who!, {})[0]!;
console.log(m.entity.name, m.fromAnalysis);
for (const s of speechOf(a, m)) console.log(s.sentence, s.direct, s.quote?.text.slice(0, 60), "|", a.sentences[s.sentence]!.text.slice(0, 100));
for (const q of a.quotes.filter(q => q.sentence >= 26 && q.sentence <= 29)) console.log("Q", q.sentence, q.speaker, q.text.slice(0, 50));
