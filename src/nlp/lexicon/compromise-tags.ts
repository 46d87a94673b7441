/**
 * Words compromise (MIT; its core lexicon, `compromise/one`, loaded at run time — about 0.1 s a
 * process) tags as abbreviated honorifics and titles ("Sen.", "Rep.", "Gov.", "Lt.", "Capt.",
 * "Atty.") and as abbreviated places (the US states' "Ore.", "Calif.", "Fla."). Lower case,
 * without the full stop.
 */
import nlp from "compromise/one";

type Tag = string | string[];

function wordsTagged(...wanted: string[]): Set<string> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tag> } }).one.lexicon;
  const out = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (/^[a-z]+$/.test(word) && wanted.every((t) => tags.includes(t))) out.add(word);
  }
  return out;
}

/** Honorifics that follow a name ("John Smith Jr."), not precede it. */
const AFTER_NAME = new Set(["jr", "sr", "esq", "phd", "llb"]);

/** "sen", "rep", "gov", "lt", "capt", "adm", "atty", "sgt", "mr", "dr" … */
export const HONORIFIC_ABBREVIATIONS = new Set(
  [...wordsTagged("Abbreviation", "Honorific")].filter((w) => !AFTER_NAME.has(w)),
);

/** "ore", "calif", "fla", "mass" … */
export const PLACE_ABBREVIATIONS = wordsTagged("Abbreviation", "Place");
