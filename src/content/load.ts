import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Article } from "./article.js";
import { decodeText, looksBinary } from "./decode.js";
import { parseArticleText } from "./parse.js";

export const ARTICLE_EXTENSIONS = [".md", ".markdown", ".txt"];

export interface LoadWarning {
  file: string;
  problem: string;
}

export interface LoadResult {
  articles: Article[];
  warnings: LoadWarning[];
}

export function isArticleFile(file: string): boolean {
  const base = path.basename(file);
  return !base.startsWith(".") && ARTICLE_EXTENSIONS.includes(path.extname(base).toLowerCase()) && !/^readme\./i.test(base);
}

export function articleId(contentDir: string, file: string): string {
  const rel = path.relative(contentDir, file).split(path.sep).join("/");
  return rel.replace(/\.[^./]+$/, "");
}

/** Builds an article from file bytes. Throws an Error whose message says what is wrong. */
export function articleFromBytes(contentDir: string, file: string, bytes: Uint8Array, mtimeMs: number): Article {
  if (bytes.length === 0) throw new Error("the file is empty");
  if (bytes.length > 5_000_000) throw new Error("the file is larger than 5 MB");
  const text = decodeText(bytes);
  if (looksBinary(text)) throw new Error("the file is not text");
  const isMarkdown = /\.(md|markdown)$/i.test(file);
  const parsed = parseArticleText(text, isMarkdown);
  if (parsed.paragraphs.length === 0) throw new Error("the article has no text after its title");
  const id = articleId(contentDir, file);
  return {
    id,
    file,
    title: parsed.title ?? firstWords(parsed.paragraphs[0] ?? id),
    place: parsed.place,
    source: parsed.source,
    date: parsed.date,
    paragraphs: parsed.paragraphs,
    hash: createHash("sha256").update(bytes).digest("hex"),
    mtimeMs,
  };
}

export async function loadArticleFile(contentDir: string, file: string): Promise<Article> {
  const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
  return articleFromBytes(contentDir, file, bytes, info.mtimeMs);
}

/** Every article file below the folder, sub-folders included, sorted by path. */
export async function listArticleFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isArticleFile(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Loads every article; a malformed file is reported in `warnings` and the others still load. */
export async function loadContentDir(contentDir: string): Promise<LoadResult> {
  const files = await listArticleFiles(contentDir);
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  for (const file of files) {
    try {
      articles.push(await loadArticleFile(contentDir, file));
    } catch (err) {
      warnings.push({ file, problem: err instanceof Error ? err.message : String(err) });
    }
  }
  return { articles, warnings };
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 10).join(" ");
  return words.length < text.length ? `${words}…` : words;
}
