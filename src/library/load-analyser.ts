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

/**
 * The article reader (content/load.ts: decoding, front matter with yaml and zod), loaded on
 * first use: a start with every analysis cached only hashes the files and never parses one.
 */
let reader: Promise<typeof import("../content/load.js")> | undefined;

export function loadReader(): Promise<typeof import("../content/load.js")> {
  reader ??= import("../content/load.js");
  return reader;
}
