import { existsSync } from "node:fs";
import path from "node:path";

/** The corpora live beside the project, in ../shared/corpus (see its SOURCE.md). */
export const CORPUS_ROOT = path.resolve("../shared/corpus");

/** The path of a corpus file or folder; when it is missing, says where it goes and exits non-zero. */
export function corpusPath(relative: string): string {
  const full = path.join(CORPUS_ROOT, relative);
  if (existsSync(full)) return full;
  console.error(`corpus missing: ${full} (the corpora go in ../shared/corpus beside the project; see SOURCE.md there)`);
  process.exit(2);
}
