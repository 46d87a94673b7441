import { readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../src/analysis/analyse.js";
import type { Analysis } from "../../src/analysis/types.js";
import { articleFromBytes } from "../../src/content/load.js";

export const BBC = path.resolve("../shared/corpus/bbc");
export const SEED_FILE = path.resolve("content/kazakhstan-russia-alliance.md");

/** Analyses a real file as if it sat in `root` (the id is its path below root). */
export function analyseFile(root: string, file: string, mtimeMs = 0): Analysis {
  return analyse(articleFromBytes(root, file, readFileSync(file), mtimeMs));
}

/** A small made-up article with an id, an optional stated date and a file time. */
export function fakeAnalysis(id: string, opts: { date?: string; mtimeMs?: number; title?: string } = {}): Analysis {
  const front = [`title: ${opts.title ?? `Article ${id}`}`, opts.date ? `date: ${opts.date}` : ""].filter(Boolean).join("\n");
  const text = `---\n${front}\n---\n\nThe council met on Monday. Its leader said the plan would go ahead.\n`;
  return analyse(articleFromBytes("/content", `/content/${id}.md`, Buffer.from(text), opts.mtimeMs ?? 0));
}
