import { readdirSync, realpathSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface WatchOptions {
  /** Quiet time after the last event before reacting (a file written in pieces fires many). */
  debounceMs?: number;
  /** React at the latest this long after the first event, even if events keep coming. */
  maxWaitMs?: number;
  /** When the system cannot watch (no inotify watches left…), look at the folder this often. */
  pollMs?: number;
  /** Also look now and then even when watching works (events can be lost); 0 = never. */
  rescanMs?: number;
  /** Told when watching fails and polling takes over. */
  warn?: (message: string) => void;
}

export interface ContentWatcher {
  /** "watch" while file-system events work, "poll" after falling back to polling. */
  readonly mode: "watch" | "poll";
  close(): void;
}

/**
 * Calls `onChange` soon after anything changes below `dir` (files added, changed, deleted,
 * renamed; folders too). It watches each folder (not each file) with fs.watch — on Linux an
 * inotify watch per folder reports every change to the files in it — and follows new and
 * removed sub-folders and symbolic links to folders. Node 20's own `recursive: true`
 * watches every single file on Linux, which costs thousands of watches on a big corpus.
 *
 * `onChange` should re-scan the folder (LibraryLoader.sync does): events only say that
 * something changed, so nothing is lost when several changes are merged into one call.
 */
export function watchContent(
  dir: string,
  onChange: () => unknown,
  options: WatchOptions = {},
): ContentWatcher {
  const debounceMs = options.debounceMs ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const pollMs = options.pollMs ?? 1000;
  const rescanMs = options.rescanMs ?? 60_000;
  const root = path.resolve(dir);
  const watchers = new Map<string, FSWatcher>();
  let mode: "watch" | "poll" = "watch";
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let firstEventAt = 0;
  let poller: NodeJS.Timeout | undefined;
  let rescanTimer: NodeJS.Timeout | undefined;
  let running = false;
  let pendingWhileRunning = false;

  const fire = () => {
    timer = undefined;
    firstEventAt = 0;
    if (closed) return;
    if (running) {
      pendingWhileRunning = true;
      return;
    }
    running = true;
    if (mode === "watch") refreshFolders();
    void Promise.resolve()
      .then(onChange)
      .catch((err: unknown) =>
        options.warn?.(
          `reloading the content folder failed: ${err instanceof Error ? err.message : String(err)}`,
        ),
      )
      .finally(() => {
        running = false;
        if (pendingWhileRunning) {
          pendingWhileRunning = false;
          schedule();
        }
      });
  };

  const schedule = () => {
    if (closed) return;
    const now = Date.now();
    if (firstEventAt === 0) firstEventAt = now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstEventAt + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  const startPolling = (why: unknown) => {
    if (mode === "poll" || closed) return;
    mode = "poll";
    for (const w of watchers.values()) w.close();
    watchers.clear();
    if (rescanTimer) clearInterval(rescanTimer);
    options.warn?.(
      `cannot watch ${root} for changes (${why instanceof Error ? why.message : String(why)}); checking it every ${pollMs} ms instead`,
    );
    poller = setInterval(schedule, pollMs);
    poller.unref();
  };

  const refreshFolders = () => {
    const wanted = listFolders(root);
    for (const [folder, w] of watchers) {
      if (!wanted.has(folder)) {
        w.close();
        watchers.delete(folder);
      }
    }
    for (const folder of wanted) {
      if (watchers.has(folder)) continue;
      try {
        const w = watch(folder, { persistent: false }, schedule);
        w.on("error", () => {
          // the folder went away: forget it and look again
          w.close();
          watchers.delete(folder);
          schedule();
        });
        watchers.set(folder, w);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "ENOENT" || code === "ENOTDIR") continue; // gone meanwhile
        startPolling(err);
        return;
      }
    }
  };

  refreshFolders();
  if (rescanMs > 0 && mode === "watch") {
    rescanTimer = setInterval(schedule, rescanMs);
    rescanTimer.unref();
  }

  return {
    get mode() {
      return mode;
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      if (rescanTimer) clearInterval(rescanTimer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

/** The folder and every folder below it (through symbolic links, each real folder once). */
function listFolders(root: string): Set<string> {
  const folders = new Set<string>();
  const real = new Set<string>();
  const walk = (dir: string, depth: number) => {
    try {
      const r = realpathSync(dir);
      if (real.has(r) || depth > 32) return;
      real.add(r);
      folders.add(dir);
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.name.startsWith(".") || e.name === "node_modules") continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full, depth + 1);
        else if (e.isSymbolicLink()) {
          try {
            if (statSync(full).isDirectory()) walk(full, depth + 1);
          } catch {
            // dangling link
          }
        }
      }
    } catch {
      // unreadable or gone
    }
  };
  walk(root, 0);
  return folders;
}
