import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LibraryLoader } from "../../src/library/loader.js";
import { startContent, type ContentRuntime } from "../../src/library/startup.js";
import { watchContent } from "../../src/library/watch.js";
import { BBC, SEED_FILE } from "../support/articles.js";
import { captureLog } from "../support/log-capture.js";
import { until } from "../support/until.js";

let root: string;
let contentDir: string;
let runtime: ContentRuntime | undefined;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "watch-test-"));
  contentDir = path.join(root, "content");
  mkdirSync(contentDir);
  copyFileSync(SEED_FILE, path.join(contentDir, "seed.md"));
});
afterEach(async () => {
  await runtime?.close();
  runtime = undefined;
  rmSync(root, { recursive: true, force: true });
});

async function start(log = captureLog().log): Promise<ContentRuntime> {
  runtime = startContent({
    contentDir,
    dataDir: path.join(root, "data"),
    log,
    progress: false,
    workers: 0,
  });
  await runtime.ready;
  return runtime;
}

const bbc = (rel: string) => readFileSync(path.join(BBC, rel));

describe("live reload", () => {
  it("adds, changes and deletes articles without a restart", async () => {
    const { library } = await start();
    expect(library.size).toBe(1);

    writeFileSync(path.join(contentDir, "fresh.txt"), bbc("politics/001.txt"));
    await until(() => library.get("fresh") !== undefined, "fresh.txt to be indexed");
    expect(library.size).toBe(2);
    const title = library.get("fresh")!.article.title;

    writeFileSync(path.join(contentDir, "fresh.txt"), bbc("tech/001.txt"));
    await until(() => library.get("fresh")?.article.title !== title, "the changed fresh.txt");
    expect(library.get("fresh")!.article.title).toBe(
      bbc("tech/001.txt").toString("utf8").split("\n")[0],
    );

    unlinkSync(path.join(contentDir, "fresh.txt"));
    await until(() => library.get("fresh") === undefined, "fresh.txt to leave");
    expect(library.size).toBe(1);
  });

  it("follows new sub-folders, folders moved in, and folders deleted", async () => {
    const { library } = await start();
    mkdirSync(path.join(contentDir, "world", "asia"), { recursive: true });
    writeFileSync(path.join(contentDir, "world", "asia", "a.txt"), bbc("business/003.txt"));
    await until(() => library.get("world/asia/a") !== undefined, "world/asia/a");

    const outside = path.join(root, "incoming");
    mkdirSync(outside);
    writeFileSync(path.join(outside, "b.txt"), bbc("business/004.txt"));
    writeFileSync(path.join(outside, "c.txt"), bbc("business/005.txt"));
    renameSync(outside, path.join(contentDir, "incoming"));
    await until(
      () => library.get("incoming/b") !== undefined && library.get("incoming/c") !== undefined,
      "the moved-in folder's files",
    );

    // a file written later in the moved-in folder is seen too
    writeFileSync(path.join(contentDir, "incoming", "d.txt"), bbc("business/010.txt"));
    await until(() => library.get("incoming/d") !== undefined, "incoming/d");

    rmSync(path.join(contentDir, "world"), { recursive: true });
    await until(
      () => library.get("world/asia/a") === undefined,
      "the deleted folder's article to leave",
    );
    expect(library.size).toBe(4);
  });

  it("skips a half-written or malformed file with a warning naming it, and retries it on its next change", async () => {
    const { log, messages } = captureLog();
    const { library } = await start(log);
    const file = path.join(contentDir, "draft.md");
    writeFileSync(file, "---\ntitle: A draft\ndate: 2019-06\n");
    await until(() => messages().some((m) => m.includes(file)), "the warning about draft.md");
    expect(library.get("draft")).toBeUndefined();
    expect(messages().find((m) => m.includes(file))).toMatch(/skipped .*draft\.md: front matter/);

    writeFileSync(
      file,
      "---\ntitle: A draft\ndate: 2019-06-01\n---\n\nThe draft is finished now. Its author said so on Monday.\n",
    );
    await until(() => library.get("draft") !== undefined, "the fixed draft");
    expect(library.get("draft")!.article.date).toBe("2019-06-01");

    // broken again: the last good version stays until the file is fixed
    writeFileSync(file, "");
    await until(
      () => messages().filter((m) => m.includes(file)).length >= 2,
      "the second warning about draft.md",
    );
    expect(library.get("draft")?.article.title).toBe("A draft");
  });

  it("keeps answering from the current articles while a change is analysed", async () => {
    const { library } = await start();
    const before = library.latest();
    writeFileSync(path.join(contentDir, "other.txt"), bbc("politics/002.txt"));
    // right after the write, nothing half-built is visible: the old list is intact
    expect(library.latest()).toBe(before);
    await until(() => library.size === 2, "other.txt to be indexed");
    expect(library.list().every((a) => a.sentences.length > 0)).toBe(true);
  });

  it("a second file with the same name is refused until the first goes", async () => {
    const { log, messages } = captureLog();
    const { library } = await start(log);
    writeFileSync(path.join(contentDir, "seed.txt"), bbc("politics/003.txt"));
    await until(
      () => messages().some((m) => m.includes("seed.txt") && m.includes("same name")),
      "the same-name warning",
    );
    expect(library.get("seed")?.article.file).toBe(path.join(contentDir, "seed.md"));
    unlinkSync(path.join(contentDir, "seed.md"));
    await until(
      () => library.get("seed")?.article.file === path.join(contentDir, "seed.txt"),
      "seed.txt to take over",
    );
  });
});

describe("LibraryLoader.sync", () => {
  it("merges calls made while it runs, and each call sees the folder as it was when called", async () => {
    const loader = new LibraryLoader({ contentDir, log: captureLog().log, workers: 0 });
    const first = loader.sync();
    writeFileSync(path.join(contentDir, "late.txt"), bbc("politics/004.txt"));
    const second = loader.sync();
    const third = loader.sync();
    expect(second).toBe(third);
    await first;
    await second;
    expect(loader.library.get("late")).toBeDefined();
    expect(loader.library.size).toBe(2);
    expect((await loader.sync()).added).toBe(0);
  });
});

describe("watchContent", () => {
  it("merges a burst of events into few calls", async () => {
    let calls = 0;
    const w = watchContent(contentDir, () => void calls++, {
      debounceMs: 100,
      maxWaitMs: 1000,
      rescanMs: 0,
    });
    try {
      for (let i = 0; i < 20; i++) writeFileSync(path.join(contentDir, `f${i}.txt`), "x");
      await until(() => calls > 0, "the first call");
      await new Promise((r) => setTimeout(r, 300));
      expect(calls).toBeLessThanOrEqual(2);
      expect(w.mode).toBe("watch");
    } finally {
      w.close();
    }
  });
});
