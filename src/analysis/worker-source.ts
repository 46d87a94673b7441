import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { codeFingerprint } from "./fingerprint.js";

type WorkerSource = { kind: "file"; url: URL } | { kind: "eval"; code: string };

let sourceMemo: WorkerSource | undefined;

/**
 * What each worker runs. Built (`dist/`): `analyse-worker.js`. From source (npm start via
 * tsx, vitest): `analyse-worker.ts` bundled once per code version with esbuild into one
 * plain JS file (in `bundleDir`, else the system's temp folder) — a worker then starts in
 * ~0.2 s, where loading tsx in each worker costs ~1.4 s and ~45 MB more a worker. If
 * bundling fails, a worker registers tsx's loader and imports the .ts file. (On Node 20,
 * `execArgv: ["--import", "tsx"]` does not reach a worker's module loader.)
 * `prepareWorkers` does the bundling off the main thread; without it, the first pool
 * bundles synchronously (~0.5 s).
 */
function workerSource(bundleDir: string | undefined): WorkerSource {
  if (usable(sourceMemo)) return sourceMemo;
  const { entry, fromSource } = workerEntry();
  if (!fromSource) return (sourceMemo = { kind: "file", url: entry });
  try {
    const file = bundleFile(bundleDir);
    if (!existsSync(file)) {
      const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
      keepBundle(file, esbuild.buildSync(bundleOptions(entry)).outputFiles[0]?.contents);
    }
    return (sourceMemo = { kind: "file", url: pathToFileURL(file) });
  } catch {
    return (sourceMemo = tsxSource(entry));
  }
}

/** Gets what the workers run ready without holding up the main thread (esbuild bundles in its own process). */
export async function prepareWorkers(bundleDir?: string): Promise<void> {
  if (usable(sourceMemo)) return;
  const { entry, fromSource } = workerEntry();
  if (!fromSource) return;
  let source: WorkerSource;
  try {
    const file = bundleFile(bundleDir);
    if (!existsSync(file)) {
      const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
      keepBundle(file, (await esbuild.build(bundleOptions(entry))).outputFiles[0]?.contents);
    }
    source = { kind: "file", url: pathToFileURL(file) };
  } catch {
    source = tsxSource(entry);
  }
  if (!usable(sourceMemo)) sourceMemo = source;
}

/** A bundle made earlier in this process may have gone with its folder (a test's DATA_DIR). */
function usable(source: WorkerSource | undefined): source is WorkerSource {
  return source !== undefined && (source.kind === "eval" || existsSync(source.url));
}

function workerEntry(): { entry: URL; fromSource: boolean } {
  const fromSource = import.meta.url.endsWith(".ts");
  return {
    entry: new URL(fromSource ? "./analyse-worker.ts" : "./analyse-worker.js", import.meta.url),
    fromSource,
  };
}

function tsxSource(entry: URL): WorkerSource {
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(path.join(tsxRoot, "dist", "esm", "api", "index.mjs")).href;
  return {
    kind: "eval",
    code: `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(entry.href)});`,
  };
}

/** `dir/analyse-worker-<code fingerprint>.mjs`: the worker entry bundled with its imports (kept for the next start). */
/** One bundle per code version and project folder (the bundle names its project: see bundleOptions). */
function bundleFile(dir: string | undefined): string {
  const project = createHash("sha256").update(workerEntry().entry.href).digest("hex").slice(0, 8);
  return path.join(dir ?? tmpdir(), `analyse-worker-${codeFingerprint()}-${project}.mjs`);
}

function bundleOptions(entry: URL): import("esbuild").BuildOptions & { write: false } {
  return {
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    // ES2022, not "node20": for any Node target esbuild writes a pattern with \p{…} as
    // `new RegExp(…)`, compiled again at every call (~2–5 µs each, 49 such patterns inside the
    // analysis functions); Node 20 runs ES2022 as it is, so the literals stay literals.
    target: "es2022",
    write: false,
    logLevel: "silent",
    // modules that find files beside them (WordNet's dictionary) look from the project, not the temp folder
    define: { "import.meta.url": JSON.stringify(entry.href) },
    // CommonJS packages inside an ES module bundle still call require() for Node built-ins
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  };
}

function keepBundle(file: string, code: Uint8Array | undefined): void {
  if (!code) throw new Error("esbuild produced no output");
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, file);
  // bundles of older code versions are of no more use (once no process can still be starting one)
  for (const old of readdirSync(dir)) {
    const full = path.join(dir, old);
    if (!/^analyse-worker-[0-9a-f]+\.mjs$/.test(old) || full === file) continue;
    try {
      if (Date.now() - statSync(full).mtimeMs > 3_600_000) rmSync(full, { force: true });
    } catch {
      // removed meanwhile
    }
  }
}

export function startWorker(bundleDir: string | undefined, youngGenerationMb: number): Worker {
  const source = workerSource(bundleDir);
  const options = {
    stdout: false,
    stderr: false,
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
  };
  return source.kind === "file"
    ? new Worker(source.url, options)
    : new Worker(source.code, { ...options, eval: true });
}
