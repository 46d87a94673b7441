import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * When each article was first seen, saved between runs (JSON, one map per content folder),
 * so an article that was already there before a restart is not "new" again for digests.
 */
export class FirstSeenStore {
  constructor(
    readonly file: string,
    private readonly contentDir: string,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  load(): Map<string, number> {
    const all = this.readAll();
    const mine = all[this.contentDir] ?? {};
    return new Map(
      Object.entries(mine).filter(
        (e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1]),
      ),
    );
  }

  save(times: ReadonlyMap<string, number>): void {
    const all = this.readAll();
    all[this.contentDir] = Object.fromEntries([...times].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(tmp, `${JSON.stringify(all)}\n`);
      renameSync(tmp, this.file);
    } catch (err) {
      this.warn(`could not save ${this.file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private readAll(): Record<string, Record<string, unknown>> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, "utf8"));
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
        return parsed as Record<string, Record<string, unknown>>;
    } catch {
      // missing or damaged: every article counts as first seen now
    }
    return {};
  }
}
