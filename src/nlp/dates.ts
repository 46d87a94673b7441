import type { DatedEvent, Sentence } from "../analysis/types.js";

export interface DateResult {
  dates: DatedEvent[];
  referenceDate?: string;
  referenceDateSource?: "stated" | "inferred";
}

/** Every temporal expression resolved against the article's reference date, each with its event. */
export function findDates(_sentences: Sentence[], statedDate?: string): DateResult {
  return { dates: [], referenceDate: statedDate, referenceDateSource: statedDate ? "stated" : undefined };
}
