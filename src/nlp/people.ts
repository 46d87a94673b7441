import type { Entity, Sentence } from "../analysis/types.js";

/** People, organisations and places in the article, every mention of one person merged. */
export function findEntities(_sentences: Sentence[]): Entity[] {
  return [];
}
