/**
 * The V8 flags `npm start` gives node (package.json's start script: the options between
 * `node` and `--import`), so that each benchmark scenario runs with the heap `npm start` has.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export function startFlags(project: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(project, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const words = (pkg.scripts?.start ?? "").split(/\s+/);
  const node = words.indexOf("node");
  const flags: string[] = [];
  for (const w of words.slice(node + 1)) {
    if (!w.startsWith("--") || w === "--import") break;
    flags.push(w);
  }
  return node < 0 ? [] : flags;
}
