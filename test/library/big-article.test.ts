import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answer } from "../../src/answers/router.js";
import type { Reply } from "../../src/answers/reply.js";
import { startContent } from "../../src/library/startup.js";
import { processed } from "../../src/search/terms.js";
import type { Corpus } from "../../src/answers/context.js";
import { renderPlain } from "../../src/render/messages.js";
import { captureLog } from "../support/log-capture.js";

const SEED = path.resolve("content/kazakhstan-russia-alliance.md");
const SEED_ID = "kazakhstan-russia-alliance";

/**
 * A long article made of the repository's own prose (the seed's body and the paragraphs
 * of the docs), repeated until it is `bytes` long: generated here, never committed.
 */
function longArticle(bytes: number): string {
  const seedBody = readFileSync(SEED, "utf8").split(/^---$/m)[2] ?? "";
  const prose = [
    seedBody,
    readFileSync("README.md", "utf8"),
    readFileSync("docs/performance.md", "utf8"),
  ]
    .flatMap((text) => text.split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => /^[A-Z“]/.test(p) && !/[|`#*[\]]/.test(p) && p.length > 60);
  const parts = ["# A very long report on libraries and alliances", ""];
  let size = 0;
  while (size < bytes) {
    for (const p of prose) {
      parts.push(p, "");
      size += p.length + 2;
    }
  }
  return parts.join("\n");
}

function ask(corpus: Corpus, text: string): string {
  const replies: Reply[] = answer(
    { text, chat: "private" },
    { ...corpus, now: () => new Date("2020-01-01") },
  );
  return replies.map(renderPlain).join("\n\n");
}

let content: string;
let data: string;
beforeEach(() => {
  content = mkdtempSync(path.join(tmpdir(), "big-article-content-"));
  data = mkdtempSync(path.join(tmpdir(), "big-article-data-"));
  copyFileSync(SEED, path.join(content, path.basename(SEED)));
});
afterEach(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe("a big article", () => {
  it("is read on a worker thread: the seed is answered about meanwhile, then the big one is indexed", async () => {
    writeFileSync(path.join(content, "long-report.md"), longArticle(800_000));
    const { log, messages } = captureLog();
    const started = startContent({
      contentDir: content,
      dataDir: data,
      log,
      progress: false,
      watch: false,
    });
    const library = started.library;
    const events: string[] = [];
    const seedIn = new Promise<void>((resolve) => {
      library.subscribe((change) => {
        events.push(`${change.type} ${change.analysis.article.id}`);
        if (change.analysis.article.id === SEED_ID) resolve();
      });
    });
    // the event loop keeps turning while the big one is analysed
    const ticker = setInterval(() => {
      if (events.at(-1) !== "tick") events.push("tick");
    }, 5);
    try {
      await seedIn;
      expect(ask(started, "/help")).toContain("/summary");
      events.push("answered /help");
      expect(ask(started, `/summary ${SEED_ID}`)).toContain(
        "Kazakhstan and Russia consolidate powerful alliance",
      );
      events.push("answered /summary");
      // what is still loading is said to be, not left unsaid
      expect(ask(started, "/summary long-report")).toContain(
        "No article “long-report” yet: still reading 1 article…",
      );
      expect(ask(started, "what did Tokaev say about Russia?")).toContain(
        "still reading 1 article…",
      );

      await started.indexed;
      expect(events.indexOf("answered /summary")).toBeLessThan(events.indexOf("added long-report"));
      expect(
        events.slice(events.indexOf("answered /summary"), events.indexOf("added long-report")),
      ).toContain("tick");
      expect(messages()).toEqual([]);
      // two articles only, yet a worker thread was started (its code is bundled beside the cache)
      expect(
        readdirSync(path.join(data, "cache")).some((name) => name.startsWith("analyse-worker-")),
      ).toBe(true);

      const index = started.index;
      expect(index.has("long-report")).toBe(true);
      expect(index.indexing).toBe(0);
      const hits = index.search(
        processed("benchmark corpus").terms.map((term) => ({ term, weight: 1 })),
      );
      expect(hits[0]?.analysis.article.id).toBe("long-report");
      expect(ask(started, "/summary long-report")).toContain(
        "A very long report on libraries and alliances",
      );
      expect(ask(started, "what did Tokaev say about Russia?")).not.toContain("still reading");
    } finally {
      clearInterval(ticker);
      await started.close();
    }
  }, 240_000);

  it("a file over the size limit is skipped with a warning naming it and the limit", async () => {
    const huge = path.join(content, "huge.txt");
    writeFileSync(huge, "Huge\n\nText.\n");
    truncateSync(huge, 5_000_001);
    const { log, messages } = captureLog();
    const started = startContent({
      contentDir: content,
      dataDir: data,
      log,
      progress: false,
      watch: false,
    });
    await started.ready;
    expect(started.library.size).toBe(1);
    expect(messages()).toEqual([
      `skipped ${huge}: the file is 5.00 MB, over the 5 MB limit for an article`,
    ]);
    await started.close();
  });
});

describe("the sentence index on disk", () => {
  const start = (log = captureLog().log) =>
    startContent({
      contentDir: content,
      dataDir: data,
      log,
      progress: false,
      watch: false,
    });
  const savedFile = () =>
    path.join(
      data,
      "cache",
      readdirSync(path.join(data, "cache")).find((n) => n.startsWith("sentence-index-"))!,
    );

  it("is saved after a start and loaded by the next one with the same articles", async () => {
    const first = start();
    await first.indexed;
    await first.close();
    const file = savedFile();
    const written = statSync(file).mtimeMs;

    const second = start();
    await second.indexed;
    const index = second.index;
    expect(index.changed).toBe(false); // restored, nothing built
    expect(ask(second, "how many candidates were registered?")).toContain("seven people");
    await second.close();
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it("is built again when an article changed, or when the file is damaged", async () => {
    const first = start();
    await first.indexed;
    await first.close();
    const file = savedFile();

    writeFileSync(
      path.join(content, "council.md"),
      "# Council\n\nThe council approved the budget on Monday after a long debate.\n",
    );
    const second = start();
    await second.indexed;
    expect(second.index.has("council")).toBe(true);
    await second.close();

    const bytes = readFileSync(file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10] === 0x31 ? 0x32 : 0x31;
    writeFileSync(file, bytes);
    const capture = captureLog();
    const third = start(capture.log);
    await third.indexed;
    expect(capture.messages().join("\n")).toContain("is damaged");
    expect(ask(third, "how many candidates were registered?")).toContain("seven people");
    await third.close();
    // and saved again, whole
    const fourth = start();
    await fourth.indexed;
    expect(fourth.index.changed).toBe(false);
    await fourth.close();
  });
});
