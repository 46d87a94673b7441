/**
 * The content folder's files without reading them as articles: which files are articles,
 * their ids, hashes and size limit, the folder scan. Kept apart from load.ts (which parses
 * articles: front matter with yaml and zod, decoding), so a start that finds every analysis
 * cached never loads the parsing code.
 */
import { createHash } from "node:crypto";
import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import path from "node:path";

export const ARTICLE_EXTENSIONS = [".md", ".markdown", ".txt"];

/** Bigger files are skipped (with a warning naming the file and this limit). */
export const MAX_ARTICLE_BYTES = 5_000_000;

/** Why a file of `bytes` bytes is skipped. */
export function tooLarge(bytes: number): string {
  return `the file is ${(bytes / 1e6).toFixed(2)} MB, over the ${MAX_ARTICLE_BYTES / 1e6} MB limit for an article`;
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
