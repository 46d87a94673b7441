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
import { codeFingerprint, folderKey } from "../analysis/fingerprint.js";
import type { Analysis } from "../model/analysis.js";
import { endianness } from "node:os";
import type { IndexData } from "./index-data.js";
import type { SentenceIndex } from "./sentence-index.js";
import { restoreSteps, type IndexSnapshot, type SnapshotHead } from "./snapshot.js";

interface Header {
  format: number;
  /** The code that decides what the index holds. */
  fingerprint: string;
  /** The articles it holds. */
  key: string;
  /** SHA-256 of everything after the header line (with the CPU's SHA instructions, twice as fast as MD5). */
  sha256: string;
  /** Byte order of the numbers ("LE" or "BE", as os.endianness says). */
  endian: string;
}

const FORMAT = 3;
/** The snapshot's lists, one JSON line each after the header, in this order; then its numbers. */
const LINES = ["head", "articles", "terms", "words", "names", "acronyms"] as const;
/** Bytes checksummed a step while loading. */
const CHECK_STEP = 1 << 20;

/** Folders of src/ besides the analyser's whose code decides what a saved sentence index holds. */
export const SEARCH_INDEX_FOLDERS = ["search", "util"];

/**
 * The sentence index on disk beside the analysis cache (`DATA_DIR/cache/sentence-index-<folder>.json`),
 * so a restart with the same articles answers its first question without building the index
 * again. A header line; the snapshot's lists of strings (snapshot.ts), one JSON line each;
 * then all its numbers as 32-bit integers, which load with no parsing. The header names the
 * code that wrote it (the fingerprint of src/analysis, nlp, content, search and util, and
 * the package versions), the articles it holds (id, file and content hash of each) and a
 * checksum: other code or other articles mean the file is not used, and the index is
 * built and saved again. Loading is done a step at a time (`restoring`), so that it can go
 * in the background. Written atomically (a temporary file renamed over the old one); a
 * damaged file, or one in an older format, is ignored with a warning.
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
    if (header === null || (header && header.format !== FORMAT)) {
      this.warn(
        `the saved sentence index ${this.file} is ${header ? "in an older format" : "damaged"}; building it again`,
      );
      return false;
    }
    return header?.fingerprint === this.fingerprint && header.endian === endianness();
  }

  /**
   * Loads the saved index a step at a time (each a millisecond or so, `performance.now()`
   * may be checked between them); its value at the end is the index, when the file was
   * written by this code for exactly these articles, else undefined.
   */
  *restoring(waiting: readonly Analysis[]): Generator<void, IndexData | undefined> {
    let data: Buffer;
    try {
      data = readFileSync(this.file);
    } catch {
      return undefined;
    }
    yield;
    const nl = data.indexOf(0x0a);
    const header = nl > 0 ? parseHeader(data.toString("utf8", 0, nl)) : undefined;
    if (
      !header ||
      header.format !== FORMAT ||
      header.fingerprint !== this.fingerprint ||
      header.endian !== endianness() ||
      header.key !== articlesKey(waiting)
    )
      return undefined;
    yield;
    const hash = createHash("sha256");
    for (let at = nl + 1; at < data.length; at += CHECK_STEP) {
      hash.update(data.subarray(at, Math.min(data.length, at + CHECK_STEP)));
      yield;
    }
    try {
      if (hash.digest("hex") !== header.sha256) throw new Error("checksum");
      const text: Partial<Record<(typeof LINES)[number], unknown>> = {};
      let start = nl + 1;
      for (const name of LINES) {
        const end = data.indexOf(0x0a, start);
        if (end < 0) throw new Error("too short");
        text[name] = JSON.parse(data.toString("utf8", start, end));
        start = end + 1;
        yield;
      }
      const { head, ...lists } = text;
      if ((data.length - start) % 4 || !isHead(head) || !Object.values(lists).every(isStringList))
        throw new Error("not a snapshot");
      // copied: an Int32Array must start at a multiple of 4 bytes
      const numbers = new Int32Array(
        data.buffer.slice(data.byteOffset + start, data.byteOffset + data.length),
      );
      const snapshot = { head, ...(lists as Omit<IndexSnapshot, "head" | "numbers">), numbers };
      return yield* restoreSteps(snapshot, waiting);
    } catch {
      this.warn(`the saved sentence index ${this.file} is damaged; building it again`);
      return undefined;
    }
  }

  /** Saves the index (when nothing is going in or out of it); true when written. */
  save(index: SentenceIndex, analyses: Iterable<Analysis>): boolean {
    const snapshot = index.snapshot();
    if (!snapshot) return false;
    const { numbers } = snapshot;
    const text = Buffer.from(LINES.map((name) => `${JSON.stringify(snapshot[name])}\n`).join(""));
    const binary = Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength);
    const header: Header = {
      format: FORMAT,
      fingerprint: this.fingerprint,
      key: articlesKey(analyses),
      sha256: createHash("sha256").update(text).update(binary).digest("hex"),
      endian: endianness(),
    };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), text, binary]));
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

  /** The header; undefined when there is no file, null when its first line is not a header. */
  private header(): Header | undefined | null {
    let fd: number | undefined;
    try {
      fd = openSync(this.file, "r");
    } catch {
      return undefined;
    }
    try {
      const buf = Buffer.alloc(1024);
      const n = readSync(fd, buf, 0, buf.length, 0);
      const nl = buf.subarray(0, n).indexOf(0x0a);
      return (nl > 0 && parseHeader(buf.toString("utf8", 0, nl))) || null;
    } catch {
      return null;
    } finally {
      closeSync(fd);
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

function isHead(value: unknown): value is SnapshotHead {
  const h = value as Partial<SnapshotHead> | null;
  return (
    typeof h === "object" &&
    h !== null &&
    [h.nextId, h.indexTerms, h.documentCount, h.miniNextId, h.dirtCount].every(
      (n) => typeof n === "number",
    ) &&
    Array.isArray(h.averageFieldLength) &&
    h.averageFieldLength.every((n) => typeof n === "number")
  );
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === "string");
}

/** A header of any format (its format checked first: format 2 had an md5 and no `endian`). */
function parseHeader(line: string): Header | undefined {
  try {
    const h = JSON.parse(line) as Partial<Header> | null;
    if (!h || typeof h.format !== "number") return undefined;
    return {
      format: h.format,
      fingerprint: String(h.fingerprint),
      key: String(h.key),
      sha256: String(h.sha256),
      endian: String(h.endian),
    };
  } catch {
    return undefined;
  }
}
