import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ANALYSIS_FOLDERS } from "../src/analysis/fingerprint.js";
import { SEARCH_INDEX_FOLDERS } from "../src/search/store.js";
import { folderOf, importEdges, tsFiles } from "./support/imports.js";

const root = path.join(import.meta.dirname, "..");
const src = path.join(root, "src");
const { layers } = JSON.parse(readFileSync(path.join(root, "layers.json"), "utf8")) as {
  layers: string[][];
};
const rank = new Map(layers.flatMap((layer, i) => layer.map((folder) => [folder, i] as const)));
const edges = importEdges(src);

/** The folders of src/ that the modules `from` import, directly or through others. */
function reachedFolders(from: string[]): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  for (let file = queue.pop(); file !== undefined; file = queue.pop())
    for (const e of edges)
      if (e.from === file && !seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
  return new Set([...seen].map(folderOf));
}

describe("layers (layers.json, docs/architecture.md)", () => {
  it("names every folder of src/ once", () => {
    const folders = readdirSync(src).sort();
    expect([...rank.keys()].sort()).toEqual(folders);
  });

  it("has no import from a lower layer to a higher one, nor across folders of one layer", () => {
    const wrong = edges
      .filter((e) => folderOf(e.from) !== folderOf(e.to))
      .filter((e) => rank.get(folderOf(e.to))! >= rank.get(folderOf(e.from))!)
      .map((e) => `src/${e.from}:${e.line} imports src/${e.to}`);
    expect(wrong).toEqual([]);
  });

  it("resolves every import to a file of src/", () => {
    const files = new Set(tsFiles(src));
    expect(edges.filter((e) => !files.has(e.to)).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });
});

describe("cache fingerprints cover the code behind what they keep", () => {
  it("analyses: every folder the analyser (worker entry included) imports", () => {
    const reached = reachedFolders(["analysis/analyse.ts", "analysis/analyse-worker.ts"]);
    expect([...reached].filter((f) => !ANALYSIS_FOLDERS.includes(f))).toEqual([]);
  });

  it("the saved sentence index: every folder search/ imports", () => {
    const searchFiles = [...new Set(edges.map((e) => e.from))].filter((f) =>
      f.startsWith("search/"),
    );
    const covered = [...ANALYSIS_FOLDERS, ...SEARCH_INDEX_FOLDERS, "log"];
    expect([...reachedFolders(searchFiles)].filter((f) => !covered.includes(f))).toEqual([]);
  });
});
