/**
 * An article going into the sentence index, or out of it, as a job done sentence by sentence:
 * all at once for a short article, a slice at a time in the background for a long one.
 */
import {
  acronymsIn,
  contextSteps,
  docOf,
  emptyContext,
  nameKeysIn,
  type DocContext,
} from "./documents.js";
import type { Analysis } from "../model/analysis.js";
import type { ArticleEntry, IndexData } from "./index-data.js";
import { textFlags } from "./sentence-flags.js";

/**
 * An article going into the index, or out of it, sentence by sentence: all at once for a
 * short one, a slice at a time in the background for a long one.
 */
export interface Job {
  kind: "add" | "remove";
  entry: ArticleEntry;
  context: DocContext;
  /** Steps left in building `context` (see `contextSteps`); undefined once it is built. */
  building: Iterator<void> | undefined;
  /** Sentences done so far, of `count`; then entities (their names' keys), of the analysis's. */
  next: number;
  count: number;
  nextEntity: number;
  /** Name keys and acronyms met so far (see `nameKeysIn`, `acronymsIn`). */
  names: Set<string>;
  acronyms: Map<string, string>;
  /** They are the article's in the index (to take out when it goes). */
  merged: boolean;
}

/** Articles with more sentences than this are indexed a slice at a time in the background (~0.15 ms a sentence). */
export const LONG_ARTICLE = 300;

/** Does a job's work until `until` (performance.now() time); true when it is done. */
export function stepJob(data: IndexData, job: Job, until: number): boolean {
  if (job.building) {
    let steps = 0;
    while (!job.building.next().done)
      if (++steps % 32 === 0 && performance.now() > until) return false;
    job.building = undefined;
  }
  const { entry, context } = job;
  const sentences = entry.analysis.sentences;
  while (job.next < job.count) {
    const i = job.next++;
    const doc = docOf(sentences[i]!, context);
    if (job.kind === "add") {
      entry.flags[i]! |= textFlags(doc.text);
      data.addDoc(entry, entry.firstDoc + i, doc);
    } else data.removeDoc(entry.firstDoc + i, doc);
    nameKeysIn(doc.text, job.names);
    acronymsIn(doc.text, job.acronyms);
    if (job.next % 16 === 0 && performance.now() > until) return false;
  }
  const entities = entry.analysis.entities;
  while (job.nextEntity < entities.length) {
    const e = entities[job.nextEntity++]!;
    nameKeysIn([e.name, ...e.aliases].join(" "), job.names);
    if (job.nextEntity % 32 === 0 && performance.now() > until) return false;
  }
  if (job.kind === "add") data.open(entry, job.names, job.acronyms);
  else if (job.merged) data.forget(entry, job.names, job.acronyms);
  return true;
}

/** An add stopped halfway becomes the removal of the documents it added; false when it is not an add. */
export function toRemoval(job: Job): boolean {
  if (job.kind !== "add") return false;
  job.kind = "remove";
  job.count = job.next;
  job.next = 0;
  job.merged = false;
  return true;
}

export function newJob(
  kind: Job["kind"],
  entry: ArticleEntry,
  count: number,
  merged: boolean,
): Job {
  const context = emptyContext();
  return {
    kind,
    entry,
    context,
    building: contextSteps(entry.analysis, context),
    next: 0,
    count,
    nextEntity: 0,
    names: new Set(),
    acronyms: new Map(),
    merged,
  };
}

export function isLong(analysis: Analysis): boolean {
  return analysis.sentences.length > LONG_ARTICLE;
}
