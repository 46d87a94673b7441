import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { codeFingerprint, folderKey, md5 } from "../analysis/cache.js";
import type { Analysis } from "../analysis/types.js";
import type { IndexSnapshot, SentenceIndex } from "./search.js";

interface Header {
  format: number;
  /** The code that decides what the index holds. */
  fingerprint: string;
  /** The articles it holds. */
  key: string;
  /** Of the snapshot line. */
  md5: string;
}

const FORMAT = 1;

/**
 * The sentence index on disk beside the analysis cache (`DATA_DIR/cache/sentence-index-<folder>.json`),
 * so a restart with the same articles answers its first question without building the index
 * again. Two lines: a header, then the index (`SentenceIndex.snapshot`, MiniSearch's toJSON
 * inside). The header names the code that wrote it (the fingerprint of src/analysis, nlp,
 * content and index, and the package versions) and the articles it holds (id, file and
 * content hash of each): a change of either means the file is not used, and the index is
 * built and saved again. Written atomically (a temporary file renamed over the old one); a
 * damaged file (checksum) is ignored.
 */
export class SearchIndexStore {
  readonly file: string;
  private readonly fingerprint = codeFingerprint(["index"]);

  constructor(
    cacheDir: string,
    contentDir: string,
    private readonly warn: (message: string) => void = () => {},
  ) {
    this.file = path.join(cacheDir, `sentence-index-${folderKey(contentDir)}.json`);
  }

  /** A file written by this code is there (reads only its first line). */
  mayFit(): boolean {
    const header = this.header();
    return header?.format === FORMAT && header.fingerprint === this.fingerprint;
  }

  /** The saved index, when it was written by this code for exactly these articles. */
  load(analyses: Iterable<Analysis>): IndexSnapshot | undefined {
    let data: Buffer;
    try {
      data = readFileSync(this.file);
    } catch {
      return undefined;
    }
    const nl = data.indexOf(0x0a);
    const header = nl > 0 ? parseHeader(data.toString("utf8", 0, nl)) : undefined;
    if (!header || header.format !== FORMAT || header.fingerprint !== this.fingerprint || header.key !== articlesKey(analyses)) return undefined;
    const body = data.subarray(nl + 1);
    if (md5(body) !== header.md5) {
      this.warn(`the saved sentence index ${this.file} is damaged; building it again`);
      return undefined;
    }
    try {
      return JSON.parse(body.toString("utf8")) as IndexSnapshot;
    } catch {
      return undefined;
    }
  }

  /** Saves the index (when nothing is going in or out of it); true when written. */
  save(index: SentenceIndex, analyses: Iterable<Analysis>): boolean {
    const snapshot = index.snapshot();
    if (!snapshot) return false;
    const body = JSON.stringify(snapshot);
    const header: Header = { format: FORMAT, fingerprint: this.fingerprint, key: articlesKey(analyses), md5: md5(body) };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(tmp, `${JSON.stringify(header)}\n${body}`);
      renameSync(tmp, this.file);
      index.changed = false;
      return true;
    } catch (err) {
      rmSync(tmp, { force: true });
      this.warn(`could not save the sentence index to ${this.file}: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  }

  private header(): Header | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(this.file, "r");
      const buf = Buffer.alloc(1024);
      const n = readSync(fd, buf, 0, buf.length, 0);
      const nl = buf.subarray(0, n).indexOf(0x0a);
      return nl > 0 ? parseHeader(buf.toString("utf8", 0, nl)) : undefined;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

/** The articles an index holds, as one hash: id, file and content hash of each. */
function articlesKey(analyses: Iterable<Analysis>): string {
  const lines = [...analyses].map((a) => `${a.article.id}\t${a.article.file}\t${a.article.hash}`).sort();
  return createHash("sha1").update(lines.join("\n")).digest("hex");
}

function parseHeader(line: string): Header | undefined {
  try {
    const h = JSON.parse(line) as Partial<Header> | null;
    if (!h || typeof h.format !== "number" || typeof h.fingerprint !== "string" || typeof h.key !== "string" || typeof h.md5 !== "string") return undefined;
    return h as Header;
  } catch {
    return undefined;
  }
}
