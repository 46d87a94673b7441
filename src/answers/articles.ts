import { format } from "date-fns/format";
import type { Analysis } from "../model/analysis.js";
import { articleRef } from "./article-ref.js";
import { articlesToRead, noArticles, stillReading } from "./loading.js";
import { listStamp, navRow, pageArg, staleNotice, takePage, turnPage } from "./page.js";
import type { Library } from "../library/library.js";
import type { Corpus } from "./context.js";
import {
  bold,
  code,
  italic,
  item,
  reply,
  text,
  title,
  type Block,
  type Button,
  type Reply,
  type Span,
} from "./reply.js";
import type { CommandSpec } from "./spec.js";

export const ARTICLES_PAGE_SIZE = 10;
/** Longer titles are cut at a word in the list, so a page fits one message. */
const TITLE_MAX = 120;

/** Longest article title on its button (Telegram cuts long labels anyway). */
const LABEL_MAX = 36;

const usage = (pages: number) =>
  pages === 1
    ? "Use /articles for the list of articles (there is one page)."
    : `Use /articles for the newest articles, or /articles N for page N (N from 1 to ${pages}).`;

/**
 * `/articles [page]`: every article, newest first, 10 a page — number, title and date —
 * with buttons to turn the page and to open an article's summary.
 */
export const articlesCommand: CommandSpec = {
  name: "articles",
  description: "The articles I know, newest first",
  usage: "/articles [page]",
  run(args, ctx) {
    const library = ctx.library;
    if (library.size === 0) return noArticles(library);
    const pages = Math.ceil(library.size / ARTICLES_PAGE_SIZE);
    const { rest, page = 1, stamp } = takePage(args, { bare: true });
    if (rest !== "" || page < 1) return [reply(text(usage(pages)))];
    if (page > pages && !stamp)
      return [
        reply(
          text(
            `There ${pages === 1 ? "is only 1 page" : `are only ${pages} pages`} of articles. /articles ${pages} shows the last.`,
          ),
        ),
      ];
    return [articlesPage(ctx, page, stamp)];
  },
};

/** One page of the list (1-based), with its buttons. */
export function articlesPage(corpus: Corpus, page: number, madeFor?: string): Reply {
  const { library } = corpus;
  const all = library.list();
  const stamp = listStamp(all.map((a) => a.article.id));
  const turn = turnPage(page, madeFor, Math.ceil(all.length / ARTICLES_PAGE_SIZE), stamp);
  const { page: p, pages } = turn;
  const first = (p - 1) * ARTICLES_PAGE_SIZE;
  const shown = all.slice(first, first + ARTICLES_PAGE_SIZE);
  const heading =
    all.length === 1
      ? "1 article"
      : pages === 1
        ? `${all.length} articles, newest first`
        : `Articles ${first + 1}–${first + shown.length} of ${all.length}, newest first (page ${p} of ${pages})`;
  const toRead = articlesToRead(corpus);
  const loading = toRead > 0 ? ` — ${stillReading(toRead)}` : "";
  const blocks: Block[] = [
    ...(turn.stale ? [staleNotice()] : []),
    title(heading + loading),
    ...shown.map((a, i) =>
      item(...articleLine(a, first + i + 1, library), ...ownMark(a, corpus.ownArticle)),
    ),
  ];
  blocks.push(
    text(
      `Pick an article below for its summary, or use its number or file name with a command, e.g. /summary 3 ${first + 1} or /dates ${shown[0] ? articleRef(shown[0], library) : ""}.`,
    ),
  );
  const r = reply(...blocks);
  r.buttons = buttons(shown, library, first, p, pages, stamp);
  return r;
}

/** "3. Title — 2 June 2019 · politics/001" */
export function articleLine(a: Analysis, n: number, library: Library): Span[] {
  const spans: Span[] = [bold(`${n}.`), ` ${shorten(a.article.title, TITLE_MAX)}`];
  const when = articleDate(a);
  if (when) spans.push(` — ${when}`);
  spans.push(" · ", code(articleRef(a, library)));
  return spans;
}

/** " · added in this chat" after an article the chat brought. */
function ownMark(a: Analysis, own?: (articleId: string) => boolean): Span[] {
  return own?.(a.article.id) ? [" · ", italic("added in this chat")] : [];
}

/** The publication date when stated; else the date the text implies; else when the file was added. */
export function articleDate(a: Analysis): string | undefined {
  if (a.article.date) return day(a.article.date);
  if (a.referenceDate) {
    const d = day(a.referenceDate);
    return d ? `${d} (from the text)` : undefined;
  }
  if (a.article.mtimeMs > 0) return `added ${format(new Date(a.article.mtimeMs), "d MMMM yyyy")}`;
  return undefined;
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

function day(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
  const date = new Date(year, month - 1, dayOfMonth ?? 1);
  if (Number.isNaN(date.getTime()) || date.getMonth() !== month - 1) return undefined;
  return format(date, dayOfMonth ? "d MMMM yyyy" : "MMMM yyyy");
}

/**
 * A summary button per article, labelled with its number and short title (the command names
 * it by file name, so it stays right after the list changes), then the page turns.
 */
function buttons(
  shown: readonly Analysis[],
  library: Library,
  first: number,
  page: number,
  pages: number,
  stamp: string,
): Button[][] {
  const rows: Button[][] = shown.map((a, i) => [
    {
      text: `${first + i + 1}. ${shorten(a.article.title, LABEL_MAX)}`,
      command: `/summary ${articleRef(a, library)}`,
    },
  ]);
  const go = (n: number) => `/articles ${pageArg(n, stamp)}`;
  const nav: Button[] = [];
  if (page > 2) nav.push({ text: "« 1", command: go(1) });
  nav.push(...navRow(page, pages, go));
  if (page < pages - 1) nav.push({ text: `${pages} »`, command: go(pages) });
  if (nav.length) rows.push(nav);
  return rows;
}
