/**
 * Paging both ways, for every command that pages (/quotes, /who, /ask, /articles): the one
 * page argument, "page:N" anywhere in the arguments as the buttons write it (`pageArg`),
 * and the ‹ › buttons. A button carries the list's stamp ("page:2.k3Fx9a", a short hash of
 * what the list held); when the list has changed since (an article added, re-read …), the
 * press says so and shows the current first page (`turnPage`).
 */
import { createHash } from "node:crypto";
import { italic, text, type Block, type Button } from "./reply.js";

/** "page:2" → the page and the other words. `page` is as typed (may be 0): callers bound it. */
export interface PageChoice {
  rest: string;
  page?: number;
  /** The stamp of the list the button was made for. */
  stamp?: string;
}

const PAGE = /^page:(\d{1,4})(?:\.([A-Za-z0-9]{1,12}))?$/i;

/**
 * Takes "page:N" out of a command's arguments. With `bare` the arguments are a page and
 * nothing else (/articles), so "2" and "page 2" mean page 2 as well.
 */
export function takePage(args: string, { bare = false } = {}): PageChoice {
  if (bare) {
    const m = /^(?:page\s*:?\s*)?(\d{1,9})?$/i.exec(args.trim());
    if (m) return { rest: "", page: m[1] === undefined ? undefined : Number(m[1]) };
  }
  let page: number | undefined;
  let stamp: string | undefined;
  const rest = args
    .split(/\s+/)
    .filter((w) => {
      const m = PAGE.exec(w);
      if (m) {
        page = Number(m[1]);
        stamp = m[2];
      }
      return !m && w !== "";
    })
    .join(" ");
  return stamp ? { rest, page, stamp } : { rest, page };
}

/** How a button asks for page `n` (of the list with this stamp). */
export function pageArg(n: number, stamp?: string): string {
  return stamp ? `page:${n}.${stamp}` : `page:${n}`;
}

/** A short, stable stamp of a list's items (by their keys, in order). */
export function listStamp(keys: Iterable<string>): string {
  const hash = createHash("sha1");
  for (const k of keys) hash.update(k).update("\u0000");
  return hash.digest("base64url").slice(0, 6).replace(/[-_]/g, "x");
}

export interface PageTurn {
  /** The page to show, 1-based, within 1…pages. */
  page: number;
  pages: number;
  /** The button was made for a list that has changed since: its page is not this one. */
  stale: boolean;
}

/** Where a press lands: the page asked for, or the first page when the list changed since. */
export function turnPage(
  requested: number | undefined,
  stamp: string | undefined,
  pages: number,
  current: string,
): PageTurn {
  const last = Math.max(1, pages);
  if (stamp !== undefined && stamp !== current) return { page: 1, pages: last, stale: true };
  return { page: Math.min(Math.max(1, requested ?? 1), last), pages: last, stale: false };
}

export const STALE_LIST = "The list changed since that button was made; here is its first page.";

export function staleNotice(): Block {
  return text(italic(STALE_LIST));
}

/** "‹ 2" and "4 ›" around page 3 (none at the ends); `go(n)` is the command for page n. */
export function navRow(page: number, pages: number, go: (n: number) => string): Button[] {
  const row: Button[] = [];
  if (page > 1) row.push({ text: `‹ ${page - 1}`, command: go(page - 1) });
  if (page < pages) row.push({ text: `${page + 1} ›`, command: go(page + 1) });
  return row;
}

/** Splits items into pages of at most `budget` by `size` (one item always fits a page). */
export function pagesBySize<T>(
  items: readonly T[],
  size: (item: T) => number,
  budget: number,
): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = Math.min(size(item), budget);
    if (current.length && used + s > budget) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length) out.push(current);
  return out;
}
