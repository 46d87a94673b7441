/**
 * Places: countries, cities and regions and their demonyms from compromise's lexicon (MIT;
 * name-lexicon-data.ts), plus places of British and world news it lacks and the words that end
 * a place's name (written for this project). Lower case.
 */
import * as data from "./name-lexicon-data.js";
import { wordSet } from "./word-set.js";

export const PLACES = wordSet(
  "britain us u.s. west east north south arabia ulster darfur westminster whitehall hollywood silicon " +
    "valley wall street",
  data.PLACES,
);

/** "british", "kazakh", "american" (singular). */
export const DEMONYMS = wordSet("", data.DEMONYMS);

/** Last words that make a capitalised name a place. */
export const PLACE_SUFFIXES = wordSet(
  "street road avenue lane square river lake mountains mountain island islands bay sea ocean county province state " +
    "valley park bridge airport stadium",
);
