/** What answers say while the articles load: how far it is, and that the rest may hold more. */
import type { Library } from "../library/library.js";
import type { Corpus } from "./context.js";
import { reply, text, type Reply } from "./reply.js";

/**
 * How many articles cannot be answered about yet: files the loader has still to read, and
 * long articles still going into the index that questions search.
 */
export function articlesToRead({ library, index }: Corpus): number {
  return filesToRead(library) + index.indexing;
}

/** "still reading 1 article…" */
export function stillReading(n: number): string {
  return `still reading ${n} article${n === 1 ? "" : "s"}…`;
}

export function filesToRead(library: Library): number {
  const loading = library.loading;
  return loading ? Math.max(0, loading.total - loading.done) : 0;
}

/** The answer when there is no article to answer from; while a folder loads, it says how far it is. */
export function noArticles(library?: Library): Reply[] {
  const loading = library?.loading;
  if (loading)
    return [
      reply(
        text(
          `I am still reading the articles (${loading.done} of ${loading.total}). Ask again in a moment.`,
        ),
      ),
    ];
  return [
    reply(
      text(
        "No articles are loaded yet. Put a .md or .txt news article in the content folder and ask again.",
      ),
    ),
  ];
}
