/**
 * Where cold analysis time goes: analyses a spread of corpus articles on one thread under
 * V8's sampling profiler and adds up self time by module (a file of src/, or a package).
 * Prints one JSON line. Usage: profile <content folder> [articles]
 */
import { Session } from "node:inspector/promises";
import path from "node:path";
import { analyse } from "../../src/analysis/analyse.js";
import { loadContentDir } from "../../src/content/load.js";

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileResult {
  articles: number;
  words: number;
  msPerArticle: number;
  wordsPerSecond: number;
  modules: { name: string; share: number }[];
  functions: { name: string; share: number }[];
}

function moduleOf(url: string): string {
  if (!url) return "(native, GC, idle)";
  const nm = url.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "/node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const src = url.indexOf("/src/");
  if (src >= 0) return url.slice(src + 1).replace(/\?.*$/, "");
  if (url.startsWith("node:")) return "(node built-ins)";
  return path.basename(url);
}

async function main(): Promise<void> {
  const [contentDir = "../shared/corpus/bbc", count = "300"] = process.argv.slice(2);
  const { articles: all } = await loadContentDir(path.resolve(contentDir));
  const want = Math.min(all.length, Number(count));
  const step = all.length / want;
  const articles = Array.from({ length: want }, (_, i) => all[Math.floor(i * step)]!);
  const words = articles.reduce((n, a) => n + a.paragraphs.join(" ").split(/\s+/).length, 0);

  for (const a of articles.slice(0, 30)) analyse(a); // warm-up
  const t0 = performance.now();
  for (const a of articles) analyse(a);
  const ms = performance.now() - t0;

  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  for (const a of articles) analyse(a);
  const { profile } = (await session.post("Profiler.stop")) as { profile: Profile };
  session.disconnect();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perModule = new Map<string, number>();
  const perFunction = new Map<string, number>();
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    const dt = deltas[i + 1] ?? deltas[i] ?? 0;
    if (!node || dt <= 0) continue;
    const mod = node.callFrame.url
      ? moduleOf(node.callFrame.url)
      : node.callFrame.functionName === "(garbage collector)"
        ? "(garbage collector)"
        : "(native, GC, idle)";
    total += dt;
    perModule.set(mod, (perModule.get(mod) ?? 0) + dt);
    const fn = `${node.callFrame.functionName || "(anonymous)"} — ${mod}`;
    perFunction.set(fn, (perFunction.get(fn) ?? 0) + dt);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, t]) => ({ name, share: t / total }));
  const result: ProfileResult = {
    articles: articles.length,
    words,
    msPerArticle: ms / articles.length,
    wordsPerSecond: (words / ms) * 1000,
    modules: top(perModule, 10),
    functions: top(perFunction, 8),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
