/** How a cue reads after the speaker's name: "Tokaev stressed", not "Tokaev according to". */
const CUE_SHOWN: Record<string, string | undefined> = {
  "according to": undefined,
  saying: "said",
  adding: "added",
  // "told" needs its listener ("told Rossiya"), which a quote line leaves out
  told: "said",
  tells: "says",
  telling: "said",
  explaining: "explained",
  insisting: "insisted",
  warning: "warned",
  arguing: "argued",
  noting: "noted",
  claiming: "claimed",
  writing: "wrote",
};

/** The verb a quote line shows after its speaker (none for "according to"): one style everywhere. */
export function shownCue(cue: string | undefined): string | undefined {
  return cue && cue in CUE_SHOWN ? CUE_SHOWN[cue] : cue;
}
