import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import type { AnalysisJson } from "./analyse-worker.js";
import type { Analysis } from "../model/analysis.js";
import {
  decodeEntry,
  forEachLine,
  LINE_BREAK,
  NL,
  parseHeader,
  type Header,
} from "./cache-lines.js";
import { codeFingerprint, folderKey, md5 } from "./fingerprint.js";

/**
 * Analysis results on disk, so a restart with unchanged content skips the NLP work.
 *
 * One packed file per content folder (`DATA_DIR/cache/analyses-<folder>.ndjson`): a header
 * line naming the format and the analyser's fingerprint, then one line per article: `<key>\t<md5 of json>\t<json of the Analysis>`. The key is the file's
 * content hash (sha256 of its bytes) plus its kind (Markdown or text parse differently).
 *
 * - Lines are appended as articles are analysed; the last line for a key wins.
 * - Entries are parsed only when asked for, and checked (md5 + shape): a corrupt entry is
 *   ignored, so the article is analysed again and a good entry appended.
 * - A header that does not match (older analyser, changed code) discards the whole file.
 * - After the first full load, `compact` rewrites the file without entries no article uses.
 *
 * The fingerprint hashes the analysis code (see codeFingerprint), src/analysis/analyse.ts
 * included, so bumping ANALYSER_VERSION there invalidates the cache — and so does any other
 * change to the analysis, even when nobody remembered to bump it. (The constant is not
 * imported here: that would load the whole NLP stack on a warm start, which needs none of it.)
 */
export interface CacheStats {
  hits: number;
  misses: number;
  corrupt: number;
  written: number;
}

const FORMAT = 2;

export class AnalysisCache {
  /** The file as read at start-up (bytes: half the memory of a string) and where each entry is in it. */
  private data: Buffer = Buffer.alloc(0);
  private entries = new Map<string, { start: number; end: number }>();
  private pending: Buffer[] = [];
  private lineCount = 0;
  private writable = true;
  private headerWritten = false;
  /** The file does not end with a line break (a crash cut the last line). */
  private needsNewline = false;
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, written: 0 };

  private constructor(
    readonly file: string,
    private readonly header: Header,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Opens (or starts) the cache for one content folder. Never throws: an unreadable or
   * outdated file just means an empty cache; an unwritable folder means nothing is saved.
   */
  static open(
    cacheDir: string,
    contentDir: string,
    warn: (message: string) => void = () => {},
    fingerprint = codeFingerprint(),
  ): AnalysisCache {
    const header: Header = { format: FORMAT, fingerprint };
    const cache = new AnalysisCache(
      path.join(cacheDir, `analyses-${folderKey(contentDir)}.ndjson`),
      header,
      warn,
    );
    try {
      mkdirSync(cacheDir, { recursive: true });
    } catch (err) {
      cache.disable(err);
      return cache;
    }
    cache.read();
    return cache;
  }

  static key(hash: string, file: string): string {
    return `${hash}.${/\.(md|markdown)$/i.test(file) ? "md" : "txt"}`;
  }

  /** Number of entries known (before `release`). */
  get size(): number {
    return this.entries.size;
  }

  /** The cached analysis for this key, or undefined (missing or corrupt). */
  get(key: string): Analysis | undefined {
    const at = this.entries.get(key);
    if (at === undefined) {
      this.stats.misses++;
      return undefined;
    }
    const analysis = decodeEntry(key, this.data.subarray(at.start, at.end));
    if (!analysis) {
      this.entries.delete(key);
      this.stats.corrupt++;
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    return analysis;
  }

  /**
   * Stores an analysis given as its JSON text (or as a worker gives it: with its bytes and
   * their md5), written on the next `flush` — a big one on its own soon after, so that
   * writing it does not add to what the caller does now.
   */
  putJson(key: string, analysis: string | AnalysisJson): void {
    const {
      json,
      bytes,
      md5: checksum,
    } = typeof analysis === "string" ? { json: analysis } : analysis;
    const body = bytes
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : Buffer.from(json);
    this.pending.push(
      Buffer.concat([Buffer.from(`${key}\t${checksum ?? md5(body)}\t`), body, LINE_BREAK]),
    );
    this.stats.written++;
    if (this.pending.length >= 200) this.flush();
    else if (body.length > 1_000_000) setImmediate(() => this.flush());
  }

  /** Writes pending entries (synchronously: a few appends, and nothing is lost at exit). */
  flush(): void {
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    if (!this.writable) return;
    try {
      if (!this.headerWritten) {
        writeFileSync(this.file, `${JSON.stringify(this.header)}\n`);
        this.headerWritten = true;
      }
      appendFileSync(this.file, Buffer.concat(this.needsNewline ? [LINE_BREAK, ...lines] : lines));
      this.needsNewline = false;
      this.lineCount += lines.length;
    } catch (err) {
      this.disable(err);
    }
  }

  /**
   * Rewrites the file with only the entries in `liveKeys` when at least a quarter of it is
   * stale (old versions of changed files, deleted files, corrupt lines). Call after the
   * first full load; it reads the file again rather than keeping every entry in memory.
   */
  compact(liveKeys: ReadonlySet<string>): void {
    this.flush();
    if (!this.writable || !this.headerWritten) return;
    let data: Buffer;
    try {
      data = readFileSync(this.file);
    } catch {
      return;
    }
    const latest = new Map<string, { start: number; end: number }>();
    let lines = 0;
    forEachLine(data, data.indexOf(NL) + 1, (start, tab, end) => {
      lines++;
      const key = data.toString("latin1", start, tab);
      if (liveKeys.has(key)) latest.set(key, { start, end });
    });
    this.lineCount = lines;
    if (lines - latest.size <= Math.max(20, lines / 4)) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      const parts: Buffer[] = [Buffer.from(`${JSON.stringify(this.header)}\n`)];
      for (const { start, end } of latest.values())
        parts.push(data.subarray(start, end), LINE_BREAK);
      writeFileSync(tmp, Buffer.concat(parts));
      renameSync(tmp, this.file);
      this.lineCount = latest.size;
      this.needsNewline = false;
    } catch (err) {
      this.warn(`could not compact the analysis cache ${this.file}: ${errorText(err)}`);
    }
  }

  /** Forgets the entries read at start-up, to save memory (later gets miss; puts still append). */
  release(): void {
    this.entries.clear();
    this.data = Buffer.alloc(0);
  }

  private read(): void {
    let data: Buffer;
    try {
      if (!statSync(this.file).isFile()) return;
      data = readFileSync(this.file);
    } catch {
      return; // no cache yet
    }
    const firstBreak = data.indexOf(NL);
    const header = parseHeader(
      data.toString("utf8", 0, firstBreak < 0 ? Math.min(data.length, 1000) : firstBreak),
    );
    if (
      !header ||
      header.format !== this.header.format ||
      header.fingerprint !== this.header.fingerprint
    ) {
      return; // written by another analyser: start again (the header is rewritten on the first flush)
    }
    this.headerWritten = true;
    this.needsNewline = data.length > 0 && data[data.length - 1] !== NL;
    this.data = data;
    forEachLine(data, firstBreak + 1, (start, tab, end) => {
      this.entries.set(data.toString("latin1", start, tab), { start: tab + 1, end });
      this.lineCount++;
    });
  }

  private disable(err: unknown): void {
    if (!this.writable) return;
    this.writable = false;
    this.warn(
      `the analysis cache cannot be written (${errorText(err)}); articles will be analysed again at the next start`,
    );
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
