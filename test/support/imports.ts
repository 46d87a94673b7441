import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One import of a module of src/ by another: both as paths relative to src/ ("nlp/quotes/quotes.ts"). */
export interface ImportEdge {
  from: string;
  to: string;
  line: number;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;

/** Every relative import in the .ts files under `srcDir`, read from the source text. */
export function importEdges(srcDir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of tsFiles(srcDir)) {
    const text = readFileSync(path.join(srcDir, file), "utf8");
    for (const m of text.matchAll(SPECIFIER)) {
      const target = path.normalize(path.join(path.dirname(file), m[1]!)).replace(/\.js$/, ".ts");
      const line = text.slice(0, m.index).split("\n").length;
      edges.push({ from: file, to: target.split(path.sep).join("/"), line });
    }
  }
  return edges;
}

/** The .ts files under `dir`, as paths relative to it. */
export function tsFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...tsFiles(dir, rel));
    else if (e.name.endsWith(".ts")) out.push(rel);
  }
  return out;
}

/** The folder of src/ a module belongs to: its first path part ("main.ts" for src/main.ts). */
export function folderOf(file: string): string {
  return file.split("/")[0]!;
}
