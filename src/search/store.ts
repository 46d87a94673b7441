import { createHash } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { codeFingerprint, folderKey, md5 } from "../analysis/fingerprint.js";
import type { Analysis } from "../model/analysis.js";
import type { AsPlainObject } from "minisearch";
import type { SentenceIndex } from "./sentence-index.js";
import type { IndexSnapshot } from "./snapshot.js";

interface Header {
  format: number;
  /** The code that decides what the index holds. */
  fingerprint: string;
  /** The articles it holds. */
  key: string;
  /** Of the snapshot line. */
  md5: string;
}

const FORMAT = 2;
/** Terms of MiniSearch's index a line. */
const TERMS_A_LINE = 2000;

/** Folders of src/ besides the analyser's whose code decides what a saved sentence index holds. */
export const SEARCH_INDEX_FOLDERS = ["search", "util"];

/**
 * The sentence index on disk beside the analysis cache (`DATA_DIR/cache/sentence-index-<folder>.json`),
 * so a restart with the same articles answers its first question without building the index
 * again. Lines: a header; the index (`SentenceIndex.snapshot`, MiniSearch's toJSON inside)
 * without MiniSearch's terms; then those terms, 2,000 a line, read one line at a time as
 * MiniSearch loads them (the whole index parsed at once would cost twice its memory). The header names the code that wrote it (the fingerprint of src/analysis, nlp,
 * content and index, and the package versions) and the articles it holds (id, file and
 * content hash of each): a change of either means the file is not used, and the index is
 * built and saved again. Written atomically (a temporary file renamed over the old one); a
 * damaged file (checksum) is ignored.
 */
export class SearchIndexStore {
  readonly file: string;
  private readonly fingerprint = codeFingerprint(SEARCH_INDEX_FOLDERS);

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
    if (
      !header ||
      header.format !== FORMAT ||
      header.fingerprint !== this.fingerprint ||
      header.key !== articlesKey(analyses)
    )
      return undefined;
    const body = data.subarray(nl + 1);
    if (md5(body) !== header.md5) {
      this.warn(`the saved sentence index ${this.file} is damaged; building it again`);
      return undefined;
    }
    const lines: Buffer[] = [];
    for (let start = 0; start < body.length;) {
      const end = body.indexOf(0x0a, start);
      lines.push(body.subarray(start, end < 0 ? body.length : end));
      start = end < 0 ? body.length : end + 1;
    }
    let snapshot: IndexSnapshot;
    try {
      snapshot = JSON.parse(lines[0]?.toString("utf8") ?? "") as IndexSnapshot;
    } catch {
      return undefined;
    }
    if (!isSnapshot(snapshot)) return undefined;
    // MiniSearch.loadJS goes through its terms once, in order (for…of): a line is parsed only when reached.
    const terms = {
      *[Symbol.iterator]() {
        for (const line of lines.slice(1))
          yield* JSON.parse(line.toString("utf8")) as AsPlainObject["index"];
      },
    };
    snapshot.mini.index = terms as unknown as AsPlainObject["index"];
    return snapshot;
  }

  /** Saves the index (when nothing is going in or out of it); true when written. */
  save(index: SentenceIndex, analyses: Iterable<Analysis>): boolean {
    const snapshot = index.snapshot();
    if (!snapshot) return false;
    const { index: terms, ...mini } = snapshot.mini;
    const lines = [JSON.stringify({ ...snapshot, mini: { ...mini, index: [] } })];
    for (let i = 0; i < terms.length; i += TERMS_A_LINE)
      lines.push(JSON.stringify(terms.slice(i, i + TERMS_A_LINE)));
    const body = lines.join("\n");
    const header: Header = {
      format: FORMAT,
      fingerprint: this.fingerprint,
      key: articlesKey(analyses),
      md5: md5(body),
    };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(tmp, `${JSON.stringify(header)}\n${body}`);
      renameSync(tmp, this.file);
      index.changed = false;
      return true;
    } catch (err) {
      rmSync(tmp, { force: true });
      this.warn(
        `could not save the sentence index to ${this.file}: ${err instanceof Error ? err.message : String(err)}`,
      );
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
  const lines = [...analyses]
    .map((a) => `${a.article.id}\t${a.article.file}\t${a.article.hash}`)
    .sort();
  return createHash("sha1").update(lines.join("\n")).digest("hex");
}

function isSnapshot(value: unknown): value is IndexSnapshot {
  const s = value as Partial<IndexSnapshot> | null;
  return (
    typeof s === "object" &&
    s !== null &&
    typeof s.nextId === "number" &&
    [s.articles, s.df, s.vocabulary, s.names, s.acronyms].every(Array.isArray) &&
    typeof s.mini === "object" &&
    s.mini !== null
  );
}

function parseHeader(line: string): Header | undefined {
  try {
    const h = JSON.parse(line) as Partial<Header> | null;
    if (
      !h ||
      typeof h.format !== "number" ||
      typeof h.fingerprint !== "string" ||
      typeof h.key !== "string" ||
      typeof h.md5 !== "string"
    )
      return undefined;
    return h as Header;
  } catch {
    return undefined;
  }
}
