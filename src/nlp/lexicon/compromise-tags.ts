/**
 * Words compromise (MIT; its core lexicon, `compromise/one`) tags as abbreviated honorifics
 * and titles ("Sen.", "Rep.", "Gov.", "Lt.", "Capt.", "Atty.") and as abbreviated places (the
 * US states' "Ore.", "Calif.", "Fla."). Lower case, without the full stop. Read from the
 * lexicon by `npm run gen` (scripts/build/compromise-tags.ts) into compromise-tags-data.ts:
 * loading compromise itself cost ~0.4 s and ~12 MB in every worker thread.
 */
import * as data from "./compromise-tags-data.js";
import { wordSet } from "./word-set.js";

/** Honorifics that follow a name ("John Smith Jr."), not precede it. */
export const AFTER_NAME: ReadonlySet<string> = new Set(["jr", "sr", "esq", "phd", "llb"]);

/** "sen", "rep", "gov", "lt", "capt", "adm", "atty", "sgt", "mr", "dr" … */
export const HONORIFIC_ABBREVIATIONS = new Set(
  [...wordSet("", data.HONORIFIC_ABBREVIATIONS)].filter((w) => !AFTER_NAME.has(w)),
);

/** "ore", "calif", "fla", "mass" … */
export const PLACE_ABBREVIATIONS = wordSet("", data.PLACE_ABBREVIATIONS);
