import { createHash } from "node:crypto";
import path from "node:path";
import { stringify } from "yaml";
import type { Article } from "../model/article.js";
import { articleFromBytes } from "../content/load.js";
import type { ExtractedArticle } from "./extract.js";
import { withoutAccents } from "../nlp/tokens.js";

/**
 * Articles from the web and from chat messages, built exactly as the content loader builds
 * one from a file: the text is written as a plain-text article with front matter (title,
 * source, date) and goes through `articleFromBytes`, so boilerplate removal, datelines,
 * limits and the hash (the analysis cache key) work as for files in the content folder.
 */
export interface BuildOptions {
  /** When the article arrived (ms since epoch): the library's "newest first" order. Default now. */
  receivedAt?: number;
}

/** Folder the ids of built articles are relative to; no file is ever read or written there. */
const VIRTUAL_DIR = path.resolve("/sources");

/** An article from an extracted web page; its id is made from its key (see webArticleId). */
export function articleFromPage(page: ExtractedArticle, options: BuildOptions = {}): Article {
  const host = new URL(page.key).hostname.replace(/^www\./, "");
  const frontMatter = { title: page.title, source: page.siteName ?? host, date: page.date };
  const article = build(webArticleId(page.key), frontMatter, page.paragraphs, options);
  return { ...article, file: page.key, url: page.key };
}

/** "courier.example/ferry-pier-vote-1a2b3c": the site, the page's last path segment, a hash of the key. */
export function webArticleId(key: string): string {
  const url = new URL(key);
  const segments = url.pathname.split("/").filter(Boolean);
  const last = decodeURIComponent(segments.at(-1) ?? "").replace(/\.[a-z0-9]{1,5}$/i, "");
  return `${url.hostname.replace(/^www\./, "")}/${slug(last) || "page"}-${shortHash(key)}`;
}

export interface PastedOptions extends BuildOptions {
  /** Where the text came from ("forwarded from Valley News"), shown as the article's source. */
  source?: string;
}

/**
 * An article from a message's text. Its title is its first line when that line is short
 * (a headline); otherwise the first words of the text, and every line is body. Lines
 * separated by single line breaks are paragraphs (chat apps do not wrap lines).
 */
export function articleFromPastedText(text: string, options: PastedOptions = {}): Article {
  const lines = text.replace(/\r\n?/g, "\n").trim().split("\n");
  const first = lines[0]?.trim() ?? "";
  const headline = lines.length > 1 && first.length <= 200 && first.split(/\s+/).length <= 25;
  const title = headline ? first : firstWords(first, 10);
  const body = (headline ? lines.slice(1) : lines).join("\n").trim();
  const paragraphs = /\n\s*\n/.test(body) ? body.split(/\n\s*\n/) : body.split("\n");
  const id = `text/${slug(title) || "message"}-${shortHash(text)}`;
  return { ...build(id, { title, source: options.source }, paragraphs, options), file: id };
}

interface FrontMatterFields {
  title: string;
  source?: string;
  date?: string;
}

function build(
  id: string,
  fields: FrontMatterFields,
  paragraphs: string[],
  options: BuildOptions,
): Article {
  const data = Object.fromEntries(
    Object.entries({
      ...fields,
      title: cut(fields.title, 300),
      source: fields.source && cut(fields.source, 500),
    }).filter((e) => e[1]),
  );
  const text = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${paragraphs.map((p) => p.trim()).join("\n\n")}\n`;
  const file = path.join(VIRTUAL_DIR, `${id}.txt`);
  return articleFromBytes(
    VIRTUAL_DIR,
    file,
    new TextEncoder().encode(text),
    options.receivedAt ?? Date.now(),
  );
}

function slug(text: string): string {
  const words = withoutAccents(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = "";
  for (const w of words) {
    if (out.length + w.length + 1 > 40) break;
    out = out ? `${out}-${w}` : w;
  }
  return out;
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 6);
}

function firstWords(text: string, n: number): string {
  const words = text.split(/\s+/);
  return words.length > n ? `${words.slice(0, n).join(" ")}…` : text;
}

function cut(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
