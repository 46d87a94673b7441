import { format } from "date-fns";
import type { Analysis } from "../model/analysis.js";
import { articleRef } from "./article-ref.js";
import { articlesToRead, noArticles, stillReading } from "./loading.js";
import { takePage } from "./page.js";
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

const USAGE =
  "Use /articles for the newest articles, or /articles N for page N (e.g. /articles 2).";

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
    const { rest, page = 1 } = takePage(args, { bare: true });
    if (rest !== "" || page < 1) return [reply(text(USAGE))];
    if (page > pages)
      return [
        reply(
          text(
            `There ${pages === 1 ? "is only 1 page" : `are only ${pages} pages`} of articles. `,
            code(`/articles ${pages}`),
            " shows the last.",
          ),
        ),
      ];
    return [articlesPage(ctx, page)];
  },
};

/** One page of the list (1-based), with its buttons. */
export function articlesPage(corpus: Corpus, page: number): Reply {
  const { library } = corpus;
  const all = library.list();
  const pages = Math.max(1, Math.ceil(all.length / ARTICLES_PAGE_SIZE));
  const p = Math.min(Math.max(1, page), pages);
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
    title(heading + loading),
    ...shown.map((a, i) =>
      item(...articleLine(a, first + i + 1, library), ...ownMark(a, corpus.ownArticle)),
    ),
  ];
  blocks.push(
    text(
      "Use the number or the file name with a command, e.g. ",
      code(`/summary 3 ${first + 1}`),
      " or ",
      code(`/dates ${shown[0] ? articleRef(shown[0], library) : ""}`),
      ".",
    ),
  );
  const r = reply(...blocks);
  r.buttons = buttons(shown, library, first, p, pages);
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

/** A summary button per article (by file name, so it stays right after the list changes), then page turns. */
function buttons(
  shown: readonly Analysis[],
  library: Library,
  first: number,
  page: number,
  pages: number,
): Button[][] {
  const open = shown.map((a, i) => ({
    text: String(first + i + 1),
    command: `/summary ${articleRef(a, library)}`,
  }));
  const rows: Button[][] = [];
  for (let i = 0; i < open.length; i += 5) rows.push(open.slice(i, i + 5));
  const nav: Button[] = [];
  if (page > 2) nav.push({ text: "« 1", command: "/articles 1" });
  if (page > 1) nav.push({ text: `‹ ${page - 1}`, command: `/articles ${page - 1}` });
  if (page < pages) nav.push({ text: `${page + 1} ›`, command: `/articles ${page + 1}` });
  if (page < pages - 1) nav.push({ text: `${pages} »`, command: `/articles ${pages}` });
  if (nav.length) rows.push(nav);
  return rows;
}
