import { loadPolnear } from "./scripts/eval/polnear.js";
import { splitIds } from "./test/support/eval/split.js";
import { polnearDoc } from "./test/support/eval/polnear-score.js";
import { analyseDoc } from "./test/support/eval/feed.js";
import { speechOf } from "./src/answers/questions/say.js";
const arts = loadPolnear(); const split = splitIds(arts.map(a => a.id));
const tune = arts.filter(a => split.get(a.id) === "tune").filter((_, i) => i % 4 === 1).slice(0, 120);
let n = 0;
for (const a of tune) {
  const an = analyseDoc(polnearDoc(a));
  for (const e of an.entities.filter(e => e.kind === "person")) {
    const sp = speechOf(an, { entity: e, score: 1, fromAnalysis: true } as any);
    for (const s of sp) {
      const qs = an.quotes.filter(q => q.sentence === s.sentence);
      if (s.quote) {
        const others = qs.filter(q => q !== s.quote && q.speakerId && q.speakerId !== e.id);
        if (others.length && others.some(o => o.text.includes(s.quote!.text.slice(0, 30)) || s.quote!.text.includes(o.text.slice(0, 30))))
          console.log(`OVERLAP ${a.id} [${e.name}] vs [${others.map(o => o.speaker).join(",")}]: ${an.sentences[s.sentence]!.text.slice(0, 200)}`), n++;
      } else if (qs.length && qs.every(q => q.speakerId && q.speakerId !== e.id)) {
        console.log(`REPORTED ${a.id} [${e.name}] but quotes by [${qs.map(q => q.speaker).join(",")}]: ${an.sentences[s.sentence]!.text.slice(0, 250)}`); n++;
      }
    }
  }
}
console.log("total", n);
