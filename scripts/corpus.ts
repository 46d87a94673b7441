/**
 * The corpora of `npm run eval` and `npm run bench` (the tests never read them): the folder
 * `../shared/corpus` beside the project, described in its SOURCE.md.
 */
import { existsSync } from "node:fs";
import path from "node:path";

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../../shared/corpus");

/** Ends the script with one line saying where the corpus goes when a folder it needs is missing. */
export function requireCorpus(script: string, folders: string[]): void {
  const missing = folders.filter((f) => !existsSync(path.join(CORPUS_DIR, f)));
  if (!missing.length) return;
  process.stderr.write(
    `${script} needs the corpus folder${missing.length > 1 ? "s" : ""} ${missing.map((f) => `${f}/`).join(" and ")} in ${CORPUS_DIR} (../shared/corpus beside the project); see the README\n`,
  );
  process.exit(1);
}
