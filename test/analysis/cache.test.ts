import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AnalysisCache } from "../../src/analysis/cache.js";
import { codeFingerprint } from "../../src/analysis/fingerprint.js";
import { LibraryLoader } from "../../src/library/loader.js";
import { analyseFile, BBC, SEED_FILE, writeBbcCopies } from "../support/articles.js";
import { captureLog } from "../support/log-capture.js";

let root: string;
let contentDir: string;
let cacheDir: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "cache-test-"));
  contentDir = path.join(root, "content");
  cacheDir = path.join(root, "data", "cache");
  mkdirSync(contentDir);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function copyBbc(n: number): void {
  for (const topic of ["business", "politics"]) {
    mkdirSync(path.join(contentDir, topic), { recursive: true });
    for (let i = 1; i <= n; i++) {
      const name = `${String(i).padStart(3, "0")}.txt`;
      copyFileSync(path.join(BBC, topic, name), path.join(contentDir, topic, name));
    }
  }
}

function cacheFile(): string {
  return AnalysisCache.open(cacheDir, contentDir).file;
}

const loader = (log = captureLog().log) =>
  new LibraryLoader({ contentDir, cacheDir, log, workers: 0 });

describe("AnalysisCache", () => {
  it("stores an analysis and gives it back after reopening", () => {
    const a = analyseFile(path.dirname(SEED_FILE), SEED_FILE);
    const key = AnalysisCache.key(a.article.hash, a.article.file);
    expect(key).toMatch(/^[0-9a-f]{64}\.md$/);
    const cache = AnalysisCache.open(cacheDir, contentDir);
    cache.putJson(key, JSON.stringify(a));
    cache.flush();
    const again = AnalysisCache.open(cacheDir, contentDir);
    expect(again.get(key)).toEqual(JSON.parse(JSON.stringify(a)));
    expect(again.get(`${a.article.hash}.txt`)).toBeUndefined();
    expect(again.stats).toMatchObject({ hits: 1, misses: 1 });
  });

  it("ignores a corrupt entry, a cut last line and a file from another analyser version", () => {
    const a = analyseFile(path.dirname(SEED_FILE), SEED_FILE);
    const key = AnalysisCache.key(a.article.hash, a.article.file);
    const cache = AnalysisCache.open(cacheDir, contentDir);
    cache.putJson(key, JSON.stringify(a));
    cache.putJson("f".repeat(64) + ".txt", JSON.stringify({ not: "an analysis" }));
    cache.flush();
    const text = readFileSync(cache.file, "utf8");
    writeFileSync(cache.file, text.replace("consolidate powerful", "consolidate POWERFUL"));
    const damaged = AnalysisCache.open(cacheDir, contentDir);
    expect(damaged.get(key)).toBeUndefined();
    expect(damaged.get("f".repeat(64) + ".txt")).toBeUndefined();
    expect(damaged.stats.corrupt).toBe(2);

    writeFileSync(cache.file, text.slice(0, text.length - 500)); // cut mid-line
    const cut = AnalysisCache.open(cacheDir, contentDir);
    expect(cut.get(key)).toBeUndefined();
    cut.putJson(key, JSON.stringify(a));
    cut.flush();
    expect(AnalysisCache.open(cacheDir, contentDir).get(key)).toBeDefined();

    expect(
      AnalysisCache.open(cacheDir, contentDir, () => {}, "another-version").get(key),
    ).toBeUndefined();
  });

  it("the code fingerprint is stable within a run", () => {
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{16}$/);
    expect(codeFingerprint()).toBe(codeFingerprint());
  });

  it("a cache folder that cannot be made is a warning, not a failure", () => {
    const blocked = path.join(root, "a-file");
    writeFileSync(blocked, "not a folder");
    const warnings: string[] = [];
    const cache = AnalysisCache.open(path.join(blocked, "cache"), contentDir, (m) =>
      warnings.push(m),
    );
    cache.putJson("k.txt", "{}");
    cache.flush();
    expect(cache.get("k.txt")).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot be written/);
  });
});

describe("the loader with a cache", () => {
  it("a restart with unchanged content analyses nothing; a changed file alone is analysed again", async () => {
    copyBbc(5);
    const first = await loader().sync();
    expect(first).toMatchObject({ added: 10, analysed: 10, fromCache: 0 });

    const second = loader();
    const warm = await second.sync();
    expect(warm).toMatchObject({ added: 10, analysed: 0, fromCache: 10 });
    expect(second.library.get("business/001")?.article.title).toBe(
      "Ad sales boost Time Warner profit",
    );

    writeFileSync(
      path.join(contentDir, "business/001.txt"),
      "Changed title\n\nA new first paragraph. It says little.\n",
    );
    const third = loader();
    expect(await third.sync()).toMatchObject({ added: 10, analysed: 1, fromCache: 9 });
    expect(third.library.get("business/001")?.article.title).toBe("Changed title");
  });

  it("a corrupt entry is rebuilt, and the answers are the same as from a cold start", async () => {
    copyBbc(3);
    const cold = loader();
    await cold.sync();
    const file = cacheFile();
    const lines = readFileSync(file, "utf8").split("\n");
    lines[2] = lines[2]!.slice(0, 200) + "#" + lines[2]!.slice(201);
    writeFileSync(file, lines.join("\n"));

    const warm = loader();
    expect(await warm.sync()).toMatchObject({ added: 6, analysed: 1, fromCache: 5 });
    expect(warm.cacheStats?.corrupt).toBe(1);
    for (const a of cold.library.list()) {
      expect(warm.library.get(a.article.id)).toEqual({ ...a, article: { ...a.article } });
    }
    const again = loader();
    expect(await again.sync()).toMatchObject({ analysed: 0, fromCache: 6 });
  });

  it("drops entries of deleted files once they are a good part of the file", async () => {
    writeBbcCopies(contentDir, 40);
    await loader().sync();
    const before = statSync(cacheFile()).size;
    for (let i = 1; i <= 30; i++)
      unlinkSync(path.join(contentDir, `${String(i).padStart(3, "0")}.txt`));
    const after = loader();
    expect(await after.sync()).toMatchObject({ added: 10, fromCache: 10 });
    expect(statSync(cacheFile()).size).toBeLessThan(before / 2);
    expect(await loader().sync()).toMatchObject({ fromCache: 10, analysed: 0 });
  });
});
