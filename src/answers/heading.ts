import type { Analysis } from "../model/analysis.js";
import type { Library } from "../library/library.js";
import { title, type Block } from "./reply.js";

/** The article's title line; with several articles loaded it carries the article's number. */
export function articleHeading(analysis: Analysis, library: Library): Block {
  const n = library.size > 1 ? library.numberOf(analysis.article.id) : undefined;
  return title(n ? `${n}. ${analysis.article.title}` : analysis.article.title);
}
