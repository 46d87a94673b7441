import type { Entity, Quote, Sentence } from "../analysis/types.js";

/** Every direct quote with its speaker (undefined speaker = unattributed). */
export function findQuotes(_sentences: Sentence[], _entities: Entity[]): Quote[] {
  return [];
}
