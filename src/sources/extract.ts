import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { NotArticleError } from "./errors.js";
import { publicationDay, readMetadata } from "./metadata.js";
import { articleKey } from "./url.js";

/** The article found in a web page. */
export interface ExtractedArticle {
  /** The page's address (after redirects) and the normalised key two copies of it share. */
  url: string;
  key: string;
  title: string;
  /** Authors, joined ("Mara Lindqvist, Tobias Renn"), when the page names them. */
  byline?: string;
  /** Publication time as the page writes it, and its day (YYYY-MM-DD). */
  published?: string;
  date?: string;
  siteName?: string;
  lang?: string;
  /** Body paragraphs in order, whitespace collapsed; headings, captions and the byline line left out. */
  paragraphs: string[];
  words: number;
}

export interface ExtractOptions {
  /** Fewer words than this is not an article (default 80). */
  minWords?: number;
}

/**
 * Finds the article in an HTML page with Mozilla's Readability (Firefox Reader View) on a
 * linkedom document. Title, authors and publication time come from the page's JSON-LD and
 * meta tags first (see metadata.ts), then from what Readability finds. A page with no
 * readable text, a sign-in or subscription wall, or too little text is refused with a
 * NotArticleError saying which.
 */
export function extractArticle(
  html: string,
  pageUrl: string,
  options: ExtractOptions = {},
): ExtractedArticle {
  const minWords = options.minWords ?? 80;
  const document = parseDocument(html);
  if (tooComplex(document.documentElement)) throw new NotArticleError("too-complex");
  const meta = readMetadata(document);
  const walled =
    meta.paywalled || hasLoginForm(document) || WALL_TEXT.test(document.body?.textContent ?? "");
  const fallbackTitle = document.querySelector("title")?.textContent ?? undefined;
  const lang = document.documentElement?.getAttribute("lang") ?? undefined;

  const result = readable(document);
  const content = result?.content;
  if (!result || !content) throw new NotArticleError(walled ? "login-wall" : "no-text");

  const byline =
    meta.authors.length > 0
      ? meta.authors.join(", ")
      : (result.byline?.replace(/^by\s+/i, "").trim() ?? undefined);
  const paragraphs = withoutBylineLines(blockTexts(content), byline);
  const words = countWords(paragraphs);
  if (words < minWords)
    throw new NotArticleError(
      walled ? "login-wall" : paragraphs.length === 0 ? "no-text" : "too-short",
    );

  const title =
    [meta.headline, result.title, fallbackTitle].map((t) => t?.trim()).find(Boolean) ??
    firstWords(paragraphs[0]!);
  const published = meta.published ?? result.publishedTime ?? undefined;
  return {
    url: pageUrl,
    key: articleKey(pageUrl, meta.canonical),
    title,
    byline: byline || undefined,
    published,
    date: publicationDay(published),
    siteName: meta.siteName ?? result.siteName ?? undefined,
    lang: lang || result.lang || undefined,
    paragraphs,
    words,
  };
}

/** A whole document even from a fragment (linkedom leaves a fragment without <html> and <body>). */
function parseDocument(html: string): Document {
  const whole =
    /<html[\s>]/i.test(html) || /<body[\s>]/i.test(html)
      ? html
      : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document;
}

/**
 * Readability's time grows much faster than the page on deep nesting (measured on linkedom:
 * 150 nested elements 0.15 s, 500 1.7 s, 1,000 11 s, 2,000 57 s) and steadily with the
 * number of elements (50,000 about 2 s), so pages beyond these bounds, which no news
 * article comes near, are refused rather than read.
 */
const MAX_DEPTH = 150;
const MAX_ELEMENTS = 50_000;

function tooComplex(root: Element | null): boolean {
  if (!root) return false;
  const stack: [Element, number][] = [[root, 1]];
  let elements = 0;
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > MAX_DEPTH || ++elements > MAX_ELEMENTS) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Readability's result, or null for a page it cannot read (it throws on some broken documents). */
function readable(document: Document): ReturnType<Readability<Node>["parse"]> {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
}

/** General English phrases of sign-in and subscription walls (only heeded when the text is short). */
const WALL_TEXT =
  /\b((sign|log) ?in|subscribe|register|create (a |an )?(free )?account) (now )?to (continue|keep) reading\b|\b(sign|log) ?in to read\b|\bfor subscribers only\b|\bsubscribers only\b|\balready (a subscriber|have an account)\b/i;

function hasLoginForm(document: Document): boolean {
  return document.querySelector('form input[type="password" i]') !== null;
}

const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "FIGCAPTION",
  "FORM",
  "BUTTON",
  "NAV",
  "ASIDE",
  "FOOTER",
  "TABLE",
  "SVG",
  "IFRAME",
]);
const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "LI",
  "UL",
  "OL",
  "DL",
  "DT",
  "DD",
  "BLOCKQUOTE",
  "PRE",
  "FIGURE",
  "HR",
  ...HEADINGS,
  ...SKIPPED,
]);

/**
 * The text of each block of Readability's content, in order. A block that holds other
 * blocks is opened; text written directly between blocks forms a paragraph of its own.
 * Headings are left out: they are not body text and would shift the ¶ numbers readers see.
 */
function blockTexts(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    let inline = "";
    const flush = () => {
      const t = normalise(inline);
      if (t) out.push(t);
      inline = "";
    };
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) inline += child.textContent ?? "";
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === "BR") inline += " ";
        else if (!BLOCKS.has(tag)) inline += child.textContent ?? "";
        else {
          flush();
          if (!SKIPPED.has(tag) && !HEADINGS.has(tag)) walk(child);
        }
      }
    }
    flush();
  };
  walk(root);
  return out;
}

/** Leading lines that only give the author ("By Mara Lindqvist, 2 March 2031"). */
function withoutBylineLines(paragraphs: string[], byline: string | undefined): string[] {
  let start = 0;
  while (start < Math.min(paragraphs.length, 3)) {
    const p = paragraphs[start]!;
    const short = p.split(/\s+/).length <= 15;
    if (
      short &&
      (/^[Bb][Yy]\s+\p{Lu}/u.test(p) ||
        (byline !== undefined && byline !== "" && p.includes(byline)))
    )
      start++;
    else break;
  }
  return paragraphs.slice(start);
}

function firstWords(text: string): string {
  const words = text.split(" ");
  return words.length > 10 ? `${words.slice(0, 10).join(" ")}…` : text;
}

function normalise(text: string): string {
  return text.replace(/[\s\u00A0]+/g, " ").trim();
}

function countWords(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
}
