/**
 * The analyser (analyse.ts and the NLP it pulls in: chrono-node, WordNet, the name lexicon),
 * loaded on first use: a start with every analysis cached never loads it (~0.5 s of CPU and
 * ~30 MB on the main thread).
 */
let analyser: Promise<typeof import("../analysis/analyse.js")> | undefined;

export function loadAnalyser(): Promise<typeof import("../analysis/analyse.js")> {
  analyser ??= import("../analysis/analyse.js");
  return analyser;
}
