import type { Analysis } from "../model/analysis.js";
import type { Library } from "../library/library.js";
import { title, type Block } from "./reply.js";

/** The article's title line; with several articles loaded it carries the article's number. */
export function articleHeading(analysis: Analysis, library: Library): Block {
  const n = library.size > 1 ? library.numberOf(analysis.article.id) : undefined;
  const t = analysis.article.title;
  return title(n ? `${n}. ${t}` : t, analysis.article.url);
}
