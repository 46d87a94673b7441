import type { Analysis } from "../analysis/types.js";
import type { Library } from "../index/library.js";
import { reply, text, type Reply } from "./reply.js";

export interface ArticleChoice {
  analysis: Analysis;
  /** The arguments left once the article reference is taken out. */
  rest: string;
}

/**
 * Takes an optional article reference (its number from /articles or its file name) from
 * the first or last word of the arguments; without one, the latest article is used.
 * `numbersAreArticles` is false where a leading number means something else (/summary N).
 */
export function chooseArticle(args: string, library: Library, numbersAreArticles = true): ArticleChoice | undefined {
  const words = args.split(/\s+/).filter(Boolean);
  const usable = (w: string | undefined) => w !== undefined && (numbersAreArticles || !/^\d+$/.test(w));
  if (words.length) {
    const first = words[0];
    const hit = usable(first) && library.size > 1 ? library.find(first ?? "") : undefined;
    if (hit && (/^\d+$/.test(first ?? "") || isFileRef(first ?? ""))) return { analysis: hit, rest: words.slice(1).join(" ") };
    const last = words[words.length - 1];
    if (words.length > 1 && usable(last) && isFileRef(last ?? "")) {
      const tail = library.find(last ?? "");
      if (tail) return { analysis: tail, rest: words.slice(0, -1).join(" ") };
    }
  }
  const latest = library.latest();
  return latest ? { analysis: latest, rest: words.join(" ") } : undefined;
}

/** File names look like "kazakhstan-russia-alliance" or "politics/001": a dash, slash or digit in them. */
function isFileRef(word: string): boolean {
  return /[-/_]|\d/.test(word);
}

export function noArticles(): Reply[] {
  return [reply(text("No articles are loaded yet. Put a .md or .txt news article in the content folder and ask again."))];
}
