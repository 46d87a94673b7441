/**
 * What a news page says about itself, read before Readability rewrites the document:
 * schema.org JSON-LD (NewsArticle and the other *Article types: headline, datePublished,
 * author, isAccessibleForFree), Open Graph and article meta tags, `<time datetime>`,
 * `<link rel="canonical">`.
 */
export interface PageMetadata {
  headline?: string;
  /** Publication time as the page writes it (ISO 8601 mostly). */
  published?: string;
  authors: string[];
  siteName?: string;
  canonical?: string;
  /** JSON-LD says the article is not free to read (schema.org isAccessibleForFree). */
  paywalled: boolean;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const PUBLISHED_META = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "dcterms.issued",
  "parsely-pub-date",
  "sailthru.date",
];

export function readMetadata(document: Document): PageMetadata {
  const ld = articleObjects(document);
  const meta = metaTags(document);
  const headline =
    ld.map((o) => text(o["headline"])).find(Boolean) ??
    meta.get("og:title") ??
    meta.get("twitter:title");
  const published =
    ld.map((o) => text(o["datePublished"]) ?? text(o["dateCreated"])).find(Boolean) ??
    PUBLISHED_META.map((n) => meta.get(n)).find(Boolean) ??
    timeElement(document);
  const authors = ld.flatMap((o) => names(o["author"] ?? o["creator"]));
  if (authors.length === 0)
    authors.push(
      ...(meta.get("author") ?? meta.get("article:author") ?? "")
        .split(/\s*(?:,|\band\b)\s*/)
        .filter(isName),
    );
  const siteName =
    meta.get("og:site_name") ??
    ld.map((o) => names(o["publisher"])[0]).find(Boolean) ??
    meta.get("application-name");
  const canonical =
    document.querySelector('link[rel~="canonical" i][href]')?.getAttribute("href") ?? undefined;
  const paywalled = ld.some(
    (o) =>
      o["isAccessibleForFree"] === false || /^false$/i.test(text(o["isAccessibleForFree"]) ?? ""),
  );
  return {
    headline: clean(headline),
    published: clean(published),
    authors: [...new Set(authors.map(clean).filter(isName))],
    siteName: clean(siteName),
    canonical,
    paywalled,
  };
}

/** Every JSON-LD object whose @type is an article (NewsArticle, ReportageNewsArticle, BlogPosting…). */
function articleObjects(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (node: Json, depth: number) => {
    if (depth > 6 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const types = ([] as Json[])
      .concat(node["@type"] ?? [])
      .filter((t): t is string => typeof t === "string");
    if (types.some((t) => /(Article|BlogPosting)$/.test(t))) out.push(node);
    if (node["@graph"]) visit(node["@graph"], depth + 1);
    if (node["mainEntity"]) visit(node["mainEntity"], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json, 0);
    } catch {
      // broken JSON-LD is common; the meta tags still count
    }
  }
  return out;
}

/** Meta tags by lower-case property / name / itemprop; the first of each name wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of document.querySelectorAll("meta[content]")) {
    const key = (
      el.getAttribute("property") ??
      el.getAttribute("name") ??
      el.getAttribute("itemprop") ??
      ""
    )
      .trim()
      .toLowerCase();
    const value = el.getAttribute("content")?.trim();
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

/** The article's own `<time datetime>`: one marked as the publication time, else the first in the article. */
function timeElement(document: Document): string | undefined {
  const marked = document.querySelector(
    'time[itemprop="datePublished"][datetime], time[pubdate][datetime]',
  );
  const first = (
    document.querySelector("article") ??
    document.querySelector("main") ??
    document.body
  )?.querySelector("time[datetime]");
  return (marked ?? first)?.getAttribute("datetime") ?? undefined;
}

function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === "object")
    return [text(value["name"])].filter((n): n is string => Boolean(n));
  return [];
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function clean(value: string | undefined): string | undefined {
  const v = value?.replace(/\s+/g, " ").trim();
  return v ? v : undefined;
}

/** An author entry that names someone (not a URL, not empty, not a whole sentence). */
function isName(value: string | undefined): value is string {
  return Boolean(value) && !/^https?:/i.test(value!) && value!.length <= 100;
}

/**
 * The publication day (YYYY-MM-DD) of a time as pages write it. An ISO time keeps the day
 * the publisher wrote (its own time zone); other forms are parsed and taken in UTC.
 */
export function publicationDay(published: string | undefined): string | undefined {
  if (!published) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  const day = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : validDay(Date.parse(published));
  if (!day || Number.isNaN(Date.parse(day))) return undefined;
  const year = Number(day.slice(0, 4));
  return year >= 1900 && year <= 2999 ? day : undefined;
}

function validDay(ms: number): string | undefined {
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}
