import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AnalyserPool, AnalysisError, defaultPoolSize } from "../../src/analysis/workers.js";
import { answer } from "../../src/answers/router.js";
import { LibraryLoader } from "../../src/library/loader.js";
import { startContent } from "../../src/library/startup.js";
import { loadContentDir } from "../../src/content/load.js";
import { analyse } from "../../src/analysis/analyse.js";
import { BBC, writeBbcCopies } from "../support/articles.js";
import { captureLog } from "../support/log-capture.js";
import { until } from "../support/until.js";

describe("worker threads", () => {
  it("leave a core to the main thread, which builds the sentence index beside them", () => {
    expect(defaultPoolSize(1)).toBe(1);
    expect(defaultPoolSize(2)).toBe(1);
    expect(defaultPoolSize(4)).toBe(3);
    expect(defaultPoolSize(32)).toBe(8);
  });

  it("analyse articles exactly as the main thread does (TypeScript workers load under vitest too)", async () => {
    const { articles } = await loadContentDir(BBC);
    const some = articles.slice(0, 12);
    const pool = new AnalyserPool(2);
    try {
      const results = await Promise.all(some.map((a) => pool.analyse(a)));
      results.forEach(({ json }, i) =>
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(analyse(some[i]!)))),
      );
      const bad = { ...some[0]!, paragraphs: null as unknown as string[] };
      await expect(pool.analyse(bad)).rejects.toBeInstanceOf(AnalysisError);
      // the pool still works after a failed article
      expect(JSON.parse((await pool.analyse(some[1]!)).json)).toMatchObject({
        article: { id: some[1]!.id },
      });
    } finally {
      await pool.close();
    }
    await expect(pool.analyse(some[0]!)).rejects.toThrow(/closed/);
  });

  it("the loader uses them for big batches and reports progress", async () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), "workers-test-"));
    writeBbcCopies(contentDir, 64);
    const progress: [number, number][] = [];
    const loader = new LibraryLoader({
      contentDir,
      log: captureLog().log,
      workers: 2,
      minForWorkers: 10,
      onProgress: (done, total) => progress.push([done, total]),
    });
    try {
      const result = await loader.sync();
      expect(result).toMatchObject({ added: 64, analysed: 64, skipped: 0 });
      expect(progress.at(-1)).toEqual([64, 64]);
      expect(progress.length).toBeGreaterThan(3);
      expect(loader.library.get("001")?.sentences.length).toBeGreaterThan(5);
    } finally {
      rmSync(contentDir, { recursive: true, force: true });
    }
  });
});

describe("loading in the background", () => {
  it("answers about the articles already indexed while the rest load", async () => {
    const data = mkdtempSync(path.join(tmpdir(), "startup-test-"));
    try {
      const contentDir = path.join(data, "content");
      writeBbcCopies(contentDir, 64);
      const content = startContent({
        contentDir,
        dataDir: data,
        log: captureLog().log,
        progress: false,
        watch: false,
        workers: 2,
      });
      let done = false;
      void content.ready.then(() => (done = true));
      const sizes: number[] = [];
      const ctx = { library: content.library, index: content.index, now: () => new Date() };
      while (!done) {
        const replies = answer({ text: "/articles", chat: "private" }, ctx);
        expect(replies).toHaveLength(1);
        sizes.push(content.library.size);
        if (content.library.loading) expect(content.library.loading.total).toBe(64);
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(content.library.size).toBe(64);
      expect(content.library.loading).toBeUndefined();
      expect(sizes.some((n) => n > 0 && n < 64)).toBe(true);
      await content.close();
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});

describe("stopping", () => {
  it("close() during a cold load ends the worker threads; nothing changes afterwards", async () => {
    const data = mkdtempSync(path.join(tmpdir(), "startup-test-"));
    try {
      const contentDir = path.join(data, "content");
      writeBbcCopies(contentDir, 64);
      const content = startContent({
        contentDir,
        dataDir: data,
        log: captureLog().log,
        progress: false,
        watch: false,
        workers: 2,
      });
      await until(() => content.library.size > 0, "the first article");
      await content.close();
      await content.ready;
      const size = content.library.size;
      expect(size).toBeLessThan(64);
      await new Promise((r) => setTimeout(r, 200));
      expect(content.library.size).toBe(size);
      expect((await content.loader.sync()).added).toBe(0);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
