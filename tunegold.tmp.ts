import { loadTimeml, timemlParts } from "./scripts/eval/timeml.js";
const docs = loadTimeml(); const parts = timemlParts(docs);
const re = new RegExp(process.argv[2] ?? "Q", "i");
for (const d of docs) if (parts.get(d) === "tune") for (const t of d.timexes) if (re.test(t.value) || re.test(t.text)) console.log(`${d.id} ${d.dct.slice(0,10)} ${t.type} «${t.text}» = ${t.value}`);
