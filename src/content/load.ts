import { readFileSync, statSync } from "node:fs";
import type { Article } from "../model/article.js";
import { decodeText, looksBinary } from "./decode.js";
import {
  articleId,
  hashBytes,
  MAX_ARTICLE_BYTES,
  problemOf,
  scanArticleFiles,
  tooLarge,
} from "./files.js";
import { parseArticleText } from "./parse.js";

export {
  ARTICLE_EXTENSIONS,
  articleId,
  hashBytes,
  isArticleFile,
  MAX_ARTICLE_BYTES,
  problemOf,
  scanArticleFiles,
  tooLarge,
  type ArticleFileStat,
} from "./files.js";

export interface LoadWarning {
  file: string;
  problem: string;
}

export interface LoadResult {
  articles: Article[];
  warnings: LoadWarning[];
}

export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

/** Builds an article from file bytes. Throws an Error whose message says what is wrong. */
export function articleFromBytes(contentDir: string, file: string, bytes: Uint8Array, mtimeMs: number, hash?: string): Article {
  if (bytes.length === 0) throw new Error("the file is empty");
  if (bytes.length > MAX_ARTICLE_BYTES) throw new Error(tooLarge(bytes.length));
  const text = decodeText(bytes);
  if (looksBinary(text)) throw new Error("the file is not text");
  const parsed = parseArticleText(text, isMarkdownFile(file));
  if (parsed.paragraphs.length === 0) throw new Error("the article has no text after its title");
  const id = articleId(contentDir, file);
  return {
    id,
    file,
    title: parsed.title ?? firstWords(parsed.paragraphs[0] ?? id),
    place: parsed.place,
    ...(parsed.datelineDate ? { datelineDate: parsed.datelineDate } : {}),
    ...(parsed.headlineInBody ? { headlineInBody: parsed.headlineInBody } : {}),
    source: parsed.source,
    date: parsed.date,
    ...(parsed.publishedMonth ? { publishedMonth: parsed.publishedMonth } : {}),
    ...(parsed.url ? { url: parsed.url } : {}),
    paragraphs: parsed.paragraphs,
    hash: hash ?? hashBytes(bytes),
    mtimeMs,
  };
}

export async function loadArticleFile(contentDir: string, file: string): Promise<Article> {
  const bytes = readFileSync(file);
  return articleFromBytes(contentDir, file, bytes, statSync(file).mtimeMs);
}

/** Every article file below the folder, sub-folders included, sorted by path. */
export async function listArticleFiles(contentDir: string): Promise<string[]> {
  return scanArticleFiles(contentDir).map((f) => f.file);
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
      warnings.push({ file, problem: problemOf(err) });
    }
  }
  return { articles, warnings };
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 10).join(" ");
  return words.length < text.length ? `${words}…` : words;
}
