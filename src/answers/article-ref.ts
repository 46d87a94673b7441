import path from "node:path";
import type { Analysis } from "../model/analysis.js";
import type { Library } from "../library/library.js";
import type { Corpus } from "./context.js";
import { words } from "../nlp/tokens.js";
import { filesToRead, noArticles, stillReading } from "./loading.js";
import { reply, text, type Reply } from "./reply.js";

/**
 * The one article reference of every command that takes one (/summary, /quotes, /who,
 * /dates): reading it from the arguments (`chooseArticle`, `withArticle`), and writing it
 * into the commands of buttons (`articleRef`).
 */

export interface ArticleChoice {
  analysis: Analysis;
  /** The arguments left once the article reference is taken out. */
  rest: string;
  /** True when the arguments named the article; false when the latest was taken. */
  explicit: boolean;
  /**
   * A word in the reference's place that looks like a reference but matches no article
   * ("/dates 99" with 40 articles). `analysis` is then the latest article and `rest` keeps
   * the word; a command may answer `unknownArticle(missing)` instead.
   */
  missing?: string;
}

/**
 * Runs `answerFor` on the article the arguments name (or the latest), or explains why
 * there is none: no articles loaded, or a reference that matches no article.
 */
export function withArticle(
  args: string,
  library: Library,
  answerFor: (choice: ArticleChoice) => Reply[],
  numbersAreArticles = true,
): Reply[] {
  const choice = chooseArticle(args, library, numbersAreArticles);
  if (!choice) return noArticles(library);
  if (choice.missing) return unknownArticle(choice.missing, library);
  return answerFor(choice);
}

/**
 * Takes an optional article reference out of a command's arguments. A reference is the
 * article's number from /articles or its file name without extension ("seed-article",
 * "politics/001"). Where it goes:
 *
 * - first: `/dates 2`, `/quotes 5 Tokaev`, `/summary seed-article 3`;
 * - after a leading count, for commands that take one (`numbersAreArticles` false):
 *   `/summary 3 2` is 3 sentences of article 2, while `/summary 3` is 3 sentences of the latest;
 * - or last, as a file name (never a bare number): `/quotes Tokaev seed-article`.
 *
 * Without one, the latest article is used. Returns undefined only when there are no articles.
 */
export function chooseArticle(
  args: string,
  library: Library,
  numbersAreArticles = true,
): ArticleChoice | undefined {
  const latest = library.latest();
  if (!latest) return undefined;
  const words = args.split(/\s+/).filter(Boolean);
  const without = (i: number) => words.filter((_, j) => j !== i).join(" ");

  // The reference's place: first, or second after a leading count.
  const at = !numbersAreArticles && isNumber(words[0]) ? 1 : 0;
  const word = words[at];
  if (word !== undefined) {
    const hit = resolve(word, library, true);
    if (hit) return { analysis: hit, rest: without(at), explicit: true };
  }
  // A file name at the end.
  const lastAt = words.length - 1;
  if (lastAt > at) {
    const hit = resolve(words[lastAt]!, library, false);
    if (hit) return { analysis: hit, rest: without(lastAt), explicit: true };
  }
  const choice: ArticleChoice = { analysis: latest, rest: words.join(" "), explicit: false };
  // A bare number where an article number goes, or a path or file name, that matched nothing
  // (while a folder loads, anything that looks like a file name: it may be on its way).
  if (
    word !== undefined &&
    ((isNumber(word) && (numbersAreArticles || at === 1)) ||
      /\/|\.(md|markdown|txt)$/i.test(word) ||
      (filesToRead(library) > 0 && looksLikeFileName(word)))
  )
    choice.missing = word;
  return choice;
}

/** The reply for a reference that matches no article (yet, while a folder loads). */
export function unknownArticle(ref: string, library: Library): Reply[] {
  const loading = filesToRead(library);
  if (loading > 0)
    return [
      reply(text(`No article “${ref}” yet: ${stillReading(loading)} Ask again in a moment.`)),
    ];
  const count = library.size;
  const range =
    count === 1 ? "There is one article (number 1)" : `Articles are numbered 1 to ${count}`;
  return [reply(text(`No article “${ref}”. ${range}: send /articles to see them, newest first.`))];
}

/**
 * How a command names this article for good: its file name (numbers change as articles
 * come and go). A name made only of digits gets its extension, so it is not read as a
 * number; a name with spaces (which splits into words) is given by its number.
 */
export function articleRef(analysis: Analysis, library: Library): string {
  const id = analysis.article.id;
  if (/^\d+$/.test(id)) return `${id}${path.extname(analysis.article.file) || ".txt"}`;
  return /\s/.test(id) ? String(library.numberOf(id) ?? "") : id;
}

function isNumber(word: string | undefined): boolean {
  return word !== undefined && /^\d{1,9}$/.test(word);
}

/** File names look like "kazakhstan-russia-alliance", "politics/001" or "notes.md". */
function looksLikeFileName(word: string): boolean {
  return (
    /[-/_]|\.(md|markdown|txt)$/i.test(word) &&
    /[a-z0-9]/i.test(word) &&
    !/^-?\d+([.,]\d+)?%?$/.test(word)
  );
}

/**
 * The article a word names: a number (when allowed) or a file name. A plain word ("Tokaev")
 * names an article only when it is exactly a file's name, so topics rarely collide with files.
 */
function resolve(raw: string, library: Library, numberAllowed: boolean): Analysis | undefined {
  const word = raw.replace(/[.,;:!?)»"'”’]+$/, "").replace(/^[(«"'“‘]+/, "");
  if (word === "") return undefined;
  if (isNumber(word)) return numberAllowed ? library.byNumber(Number(word)) : undefined;
  const hit = library.find(word);
  if (!hit) return undefined;
  if (looksLikeFileName(word)) return hit;
  const id = hit.article.id.toLowerCase();
  const w = word.toLowerCase();
  return id === w || id.endsWith(`/${w}`) ? hit : undefined;
}

/**
 * With no article named, the one `/who <name>` and `/quotes <name>` read: the latest when the
 * name fits it, else the newest article the name fits (articles are numbered newest first:
 * publication date, else when the file first appeared). Candidates are the articles that use
 * one of the name's words (the sentence index knows them), so thousands of articles cost little.
 */
export function newestFitting(
  choice: ArticleChoice,
  corpus: Corpus,
  fits: (analysis: Analysis) => boolean,
): Analysis {
  const name = choice.rest.trim();
  if (choice.explicit || !name || fits(choice.analysis)) return choice.analysis;
  const { library, index } = corpus;
  const ids = new Set(
    words(name).flatMap((w) => (w.length > 1 ? index.articlesNaming(w, 5000) : [])),
  );
  const candidates = [...ids]
    .map((id) => library.get(id))
    .filter((a): a is Analysis => a !== undefined)
    .sort(
      (a, b) => (library.numberOf(a.article.id) ?? 1e9) - (library.numberOf(b.article.id) ?? 1e9),
    );
  return candidates.find(fits) ?? choice.analysis;
}
