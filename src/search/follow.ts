import type { Analysis } from "../model/analysis.js";
import { SentenceIndex } from "./sentence-index.js";

/** What a sentence index follows: a set of analyses that tells each change (the Library). */
export interface AnalysisFeed {
  subscribe(
    listener: (change: { type: "added" | "updated" | "removed"; analysis: Analysis }) => void,
    options: { replay?: boolean },
  ): unknown;
}

/**
 * A sentence index kept in step with a Library: every article already there is added, and
 * every later upsert or remove follows (live reload). Articles are indexed in the
 * background; make it at start-up so the index grows with the load (a question before it is
 * done indexes the rest first). The code that wires the bot makes one and hands it to the
 * answers in their context.
 */
export function indexFollowing(feed: AnalysisFeed): SentenceIndex {
  const index = new SentenceIndex();
  feed.subscribe(
    (change) =>
      index.enqueue(change.analysis.article.id, change.type === "removed" ? null : change.analysis),
    { replay: true },
  );
  return index;
}
