import path from "node:path";
import { Library } from "./library.js";
import { indexFollowing } from "../search/follow.js";
import type { SentenceIndex } from "../search/sentence-index.js";
import { SearchIndexStore } from "../search/store.js";
import type { Logger } from "../log/logger.js";
import { LibraryLoader } from "./loader.js";
import type { SyncResult } from "./sync-result.js";
import { ProgressLine } from "./progress.js";
import { watchContent, type ContentWatcher } from "./watch.js";

export interface ContentOptions {
  contentDir: string;
  /** The library to fill (default a new one). Subscribe to it before or after: see Library.subscribe. */
  library?: Library;
  /**
   * DATA_DIR: the analysis cache goes in `cache/`, first-seen times in `articles-seen.json`,
   * and `close()` saves the sentence index in `cache/` so the next start with the same
   * articles loads it instead of building it.
   */
  dataDir?: string;
  log: Logger;
  /** Keep the library in step with the folder while running (default true). */
  watch?: boolean;
  /** Print "indexed n/N articles" on stderr during big loads (default true). */
  progress?: boolean;
  /** Worker threads for cold analysis (default one per core but one, see defaultPoolSize). */
  workers?: number;
}

export interface ContentRuntime {
  library: Library;
  loader: LibraryLoader;
  /** The library's sentence index (questions, inline mode), kept in step as articles load. */
  index: SentenceIndex;
  /** Resolves when the first full load is done (it never rejects: problems are logged). */
  ready: Promise<SyncResult | undefined>;
  /** Resolves after `ready` once the sentence index holds every article too. */
  indexed: Promise<void>;
  /** Stops watching and loading (worker threads end); the library keeps what it has. */
  close(): Promise<void>;
}

/**
 * Loads the content folder into a Library in the background — cached analyses first, the
 * rest on worker threads — and then watches the folder for changes. The library can be
 * used at once: it answers about the articles already indexed while the others load.
 */
export function startContent(options: ContentOptions): ContentRuntime {
  const { log } = options;
  const progress = options.progress === false ? undefined : new ProgressLine();
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  const loader = new LibraryLoader({
    contentDir: options.contentDir,
    library: options.library,
    log,
    cacheDir: dataDir ? path.join(dataDir, "cache") : undefined,
    seenFile: dataDir ? path.join(dataDir, "articles-seen.json") : undefined,
    workers: options.workers,
    onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
  });
  const index = indexFollowing(loader.library);
  const store = dataDir
    ? new SearchIndexStore(path.join(dataDir, "cache"), loader.contentDir, (message) =>
        log.warn(message),
      )
    : undefined;
  // A saved index may spare building this one: wait for every article before deciding.
  const restorable = store?.mayFit() ?? false;
  if (restorable) index.hold();
  let watcher: ContentWatcher | undefined;
  let closed = false;
  // Start on the next turn of the event loop, so the caller can subscribe to the library first.
  const ready = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => loader.sync())
    .then((result) => {
      log.info(
        {
          articles: loader.library.size,
          contentDir: loader.contentDir,
          ...result,
          ms: Math.round(result.ms),
        },
        "articles loaded",
      );
      return result;
    })
    .catch((err: unknown) => {
      log.error({ err }, `loading ${loader.contentDir} failed`);
      return undefined;
    })
    .finally(() => {
      if (options.watch === false || closed) return;
      watcher = watchContent(
        loader.contentDir,
        async () => {
          const r = await loader.sync();
          if (r.added + r.updated + r.removed > 0)
            log.info(
              { ...r, ms: Math.round(r.ms), articles: loader.library.size },
              "content folder changed",
            );
        },
        { warn: (message) => log.warn(message) },
      );
    });
  const indexed = ready.then(async () => {
    index.release(restorable && store ? (waiting) => store.restoring(waiting) : undefined);
    await index.whenIdle();
  });
  return {
    library: loader.library,
    loader,
    index,
    ready,
    indexed,
    async close() {
      closed = true;
      watcher?.close();
      await loader.close();
      // Saved on the way out, not when built: taking a snapshot of a big index holds the main
      // thread for a moment (~0.5 s for 2,000 articles), which a bot at work should not do.
      if (store && index.changed) store.save(index, loader.library.list());
    },
  };
}
