import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../src/analysis/analyse.js";
import type { Analysis } from "../../src/model/analysis.js";
import { articleFromBytes } from "../../src/content/load.js";

/** A few BBC corpus articles copied into the repo, at their corpus paths (see its README). */
export const BBC = path.resolve("test/fixtures/bbc");
export const SEED_FILE = path.resolve("content/kazakhstan-russia-alliance.md");

/** Analyses a real file as if it sat in `root` (the id is its path below root). */
export function analyseFile(root: string, file: string, mtimeMs = 0): Analysis {
  return analyse(articleFromBytes(root, file, readFileSync(file), mtimeMs));
}

/** A small made-up article with an id, an optional stated date and a file time. */
export function fakeAnalysis(
  id: string,
  opts: { date?: string; mtimeMs?: number; title?: string } = {},
): Analysis {
  const front = [`title: ${opts.title ?? `Article ${id}`}`, opts.date ? `date: ${opts.date}` : ""]
    .filter(Boolean)
    .join("\n");
  const text = `---\n${front}\n---\n\nThe council met on Monday. Its leader said the plan would go ahead.\n`;
  return analyse(
    articleFromBytes("/content", `/content/${id}.md`, Buffer.from(text), opts.mtimeMs ?? 0),
  );
}

/** The BBC fixture files (absolute paths, sorted). */
export function bbcFiles(): string[] {
  return readdirSync(BBC, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(BBC, f));
}

/**
 * Writes `n` distinct articles into `dir` (001.txt, 002.txt …), made from the BBC fixtures:
 * copy i is fixture i modulo their number, its title prefixed with "Copy i: ".
 */
export function writeBbcCopies(dir: string, n: number): void {
  const files = bbcFiles();
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++) {
    const bytes = readFileSync(files[(i - 1) % files.length]!);
    writeFileSync(
      path.join(dir, `${String(i).padStart(3, "0")}.txt`),
      Buffer.concat([Buffer.from(`Copy ${i}: `), bytes]),
    );
  }
}

/** A made-up article (front matter title, blank-line paragraphs), analysed as a file in content/. */
export function madeUp(id: string, title: string, paragraphs: string[]): Analysis {
  const text = `---\ntitle: ${title}\n---\n\n${paragraphs.join("\n\n")}\n`;
  return analyse(articleFromBytes("/content", `/content/${id}.md`, Buffer.from(text), 0));
}
