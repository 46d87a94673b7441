import { existsSync } from "node:fs";
import path from "node:path";
import { CORPUS_DIR, requireCorpus } from "../corpus.js";

/** The path of a corpus file or folder; when it is missing, says where it goes and exits non-zero. */
export function corpusPath(relative: string): string {
  const full = path.join(CORPUS_DIR, relative);
  if (!existsSync(full)) requireCorpus("npm run eval", [relative]);
  return full;
}
