import { readFileSync } from "node:fs";
import path from "node:path";
import { articleFromBytes } from "../src/content/load.js";
import { analyse } from "../src/analysis/analyse.js";
for (const f of process.argv.slice(2)) {
  const art = articleFromBytes(path.dirname(f), f, readFileSync(f), 0);
  const { paragraphs, ...rest } = art as any;
  console.log(JSON.stringify(rest).slice(0, 600));
  console.log(paragraphs.slice(0, 3));
  const a = analyse(art);
  console.log("ref", a.referenceDate, a.referenceDateSource);
}
