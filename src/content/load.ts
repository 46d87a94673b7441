import { createHash } from "node:crypto";
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import type { Article } from "../model/article.js";
import { decodeText, looksBinary } from "./decode.js";
import { parseArticleText } from "./parse.js";

export const ARTICLE_EXTENSIONS = [".md", ".markdown", ".txt"];

/** Bigger files are skipped (with a warning naming the file and this limit). */
export const MAX_ARTICLE_BYTES = 5_000_000;

/** Why a file of `bytes` bytes is skipped. */
export function tooLarge(bytes: number): string {
  return `the file is ${(bytes / 1e6).toFixed(2)} MB, over the ${MAX_ARTICLE_BYTES / 1e6} MB limit for an article`;
}

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

/** sha256 of the raw file bytes: the article's cache key. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
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
    source: parsed.source,
    date: parsed.date,
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

/** An article file found in the content folder, with what tells whether it changed. */
export interface ArticleFileStat {
  file: string;
  mtimeMs: number;
  size: number;
}

/**
 * Every article file below the folder, sub-folders included, sorted by path. Symbolic
 * links to files and folders are followed (a folder reached twice is read once), so a
 * content folder may link to a corpus kept elsewhere. Unreadable entries are skipped.
 */
export function scanArticleFiles(contentDir: string): ArticleFileStat[] {
  const found: ArticleFileStat[] = [];
  const visited = new Set<string>();
  const walk = (dir: string, depth: number) => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(dir);
      if (visited.has(real) || depth > 32) return;
      visited.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const full = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink() || (!isDir && !isFile)) {
        try {
          const target = statSync(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) walk(full, depth + 1);
      else if (isFile && isArticleFile(e.name)) {
        try {
          const info = statSync(full);
          found.push({ file: full, mtimeMs: info.mtimeMs, size: info.size });
        } catch {
          // removed while scanning: the next scan sees it gone
        }
      }
    }
  };
  walk(contentDir, 0);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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

/** The readable reason an article could not be loaded. */
export function problemOf(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return "the file cannot be read (permission denied)";
    if (code === "EISDIR") return "it is a folder, not a file";
    if (code === "ENOENT") return "the file disappeared while it was read";
    return err.message;
  }
  return String(err);
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 10).join(" ");
  return words.length < text.length ? `${words}…` : words;
}
