import { parseFeed as parseAnyFeed, type AnyFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import { FeedError } from "./errors.js";
import { normaliseUrl } from "./url.js";

/** One entry of a feed. */
export interface FeedItem {
  /** The article's address, absolute and normalised (tracking parameters removed); undefined when the item has none. */
  url?: string;
  title?: string;
  /** Publication time, ISO 8601 in UTC, when the item gives a readable one. */
  published?: string;
  /** What identifies the item for good: its guid / id, else its URL, else its title. */
  guid: string;
}

export interface ParsedFeed {
  format: AnyFeed["format"];
  title?: string;
  items: FeedItem[];
}

/** Items read from one feed at most (a feed carrying thousands is an archive, not news). */
const MAX_ITEMS = 200;

/**
 * Reads an RSS 2.0 (and 0.9x), RDF/RSS 1.0, Atom or JSON Feed document with feedsmith.
 * Relative item links are taken relative to the feed's own address. Throws a FeedError
 * when the text is no feed.
 */
export function parseFeed(text: string, feedUrl: string): ParsedFeed {
  let parsed: AnyFeed;
  try {
    parsed = parseAnyFeed(text.trim().startsWith("{") ? (JSON.parse(text) as unknown) : text, {
      maxItems: MAX_ITEMS,
    });
  } catch {
    throw new FeedError("not-a-feed");
  }
  const raw = rawItems(parsed);
  const items: FeedItem[] = [];
  const guids = new Set<string>();
  for (const r of raw) {
    const url = r.link ? absolute(r.link, feedUrl) : undefined;
    const title = r.title ? plainText(r.title) : undefined;
    const guid = r.id?.trim() || url || title;
    if (!guid || guids.has(guid)) continue;
    guids.add(guid);
    items.push({ url, title, published: isoTime(r.published), guid });
  }
  return { format: parsed.format, title: feedTitle(parsed), items };
}

interface RawItem {
  link?: string;
  title?: string;
  id?: string;
  published?: string;
}

function rawItems(parsed: AnyFeed): RawItem[] {
  switch (parsed.format) {
    case "rss":
      return (parsed.feed.items ?? []).map((i) => ({
        link: i.link ?? (i.guid?.isPermaLink !== false ? i.guid?.value : undefined),
        title: i.title,
        id: i.guid?.value,
        published: i.pubDate ?? i.dc?.dates?.[0],
      }));
    case "rdf":
      return (parsed.feed.items ?? []).map((i) => ({
        link: i.link,
        title: i.title,
        id: i.rdf?.about ?? i.link,
        published: i.dc?.dates?.[0],
      }));
    case "atom":
      return (parsed.feed.entries ?? []).map((e) => ({
        link: (e.links ?? []).find((l) => !l.rel || l.rel === "alternate")?.href ?? undefined,
        title: e.title?.value,
        id: e.id ?? undefined,
        published: e.published ?? e.updated ?? undefined,
      }));
    case "json":
      return (parsed.feed.items ?? []).map((i) => ({
        link: i.url ?? i.external_url,
        title: i.title,
        id: i.id ?? undefined,
        published: i.date_published ?? i.date_modified,
      }));
  }
}

function feedTitle(parsed: AnyFeed): string | undefined {
  const title = parsed.format === "atom" ? parsed.feed.title?.value : parsed.feed.title;
  return title ? plainText(title) : undefined;
}

/** A feed named by an HTML page: `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`. */
export interface FeedLink {
  url: string;
  type: string;
  title?: string;
}

const FEED_TYPES = [
  "application/rss+xml",
  "application/atom+xml",
  "application/feed+json",
  "application/json",
  "application/rdf+xml",
];

/** The feeds an HTML page points to, in page order, addresses made absolute. */
export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  const { document } = parseHTML(html);
  const out: FeedLink[] = [];
  for (const el of document.querySelectorAll('link[rel~="alternate" i][href][type]')) {
    const type = (el.getAttribute("type") ?? "").split(";")[0]!.trim().toLowerCase();
    const url = absolute(el.getAttribute("href") ?? "", pageUrl);
    if (!FEED_TYPES.includes(type) || !url || out.some((f) => f.url === url)) continue;
    out.push({ url, type, title: el.getAttribute("title")?.trim() || undefined });
  }
  return out;
}

/** True when a fetched body is a feed rather than a web page (by its type, else by a look at its start). */
export function looksLikeFeed(contentType: string | undefined, text: string): boolean {
  if (contentType && /(rss|atom|rdf|feed)\+(xml|json)$/.test(contentType)) return true;
  if (contentType === "text/html" || contentType === "application/xhtml+xml") return false;
  const start = text.trimStart().slice(0, 1000);
  return (
    /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(start) ||
    /^\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\//.test(start)
  );
}

function absolute(href: string, base: string): string | undefined {
  try {
    return normaliseUrl(new URL(href.trim(), base).href);
  } catch {
    return undefined;
  }
}

/** Titles may carry HTML (Atom type="html"): tags dropped, spaces collapsed. */
function plainText(value: string): string {
  return value
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function isoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
