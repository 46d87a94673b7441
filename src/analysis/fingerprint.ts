/**
 * Keys for what is kept on disk about a content folder: a short name for the folder, and a
 * hash of the code that decides what a cached analysis (or saved index) holds.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** A short name for a content folder, for the files kept about it in the cache folder. */
export function folderKey(contentDir: string): string {
  return createHash("sha1").update(path.resolve(contentDir)).digest("hex").slice(0, 12);
}

export function md5(text: string | Uint8Array): string {
  return createHash("md5").update(text).digest("hex");
}

const fingerprintMemo = new Map<string, string>();

/**
 * The source folders whose code decides what an analysis holds (article parsing included):
 * analysis/ and every folder it imports (test/architecture checks that none is missing).
 */
export const ANALYSIS_FOLDERS = ["model", "util", "content", "nlp", "analysis"];

/**
 * A hash of the analyser's code: every .ts/.js file in the ANALYSIS_FOLDERS of src/
 * (or the same folders of dist/), plus the lock file's package versions. A change there
 * invalidates cached analyses even when nobody remembered to bump ANALYSER_VERSION; a change
 * elsewhere (answers, Telegram, digests) keeps the cache. `folders`: other folders of src/
 * to cover as well (what else decides what a cached thing holds).
 */
export function codeFingerprint(folders: string[] = []): string {
  const all = [...new Set([...ANALYSIS_FOLDERS, ...folders])];
  const memoKey = all.join(",");
  const memo = fingerprintMemo.get(memoKey);
  if (memo) return memo;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const hash = createHash("sha1");
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      if (/\.(ts|js|mjs|cjs|json)$/.test(name) && !name.endsWith(".d.ts")) {
        try {
          hash.update(name).update(readFileSync(full));
        } catch {
          walk(full); // a folder named like a file
        }
      } else if (!name.includes(".")) walk(full);
    }
  };
  for (const folder of all) walk(path.join(root, folder));
  try {
    hash.update(readFileSync(path.join(root, "..", "package-lock.json")));
  } catch {
    // no lock file next to the sources (installed elsewhere): versions are not part of the key
  }
  const fingerprint = hash.digest("hex").slice(0, 16);
  fingerprintMemo.set(memoKey, fingerprint);
  return fingerprint;
}
