import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isBoilerplate, removeBoilerplate } from "../../src/nlp/boilerplate.js";
import { decodeText, looksBinary } from "../../src/content/decode.js";
import {
  articleFromBytes,
  articleId,
  isArticleFile,
  loadContentDir,
  scanArticleFiles,
} from "../../src/content/load.js";
import { loadLibrary } from "../support/load-library.js";
import { BBC } from "../support/articles.js";
import { captureLog } from "../support/log-capture.js";

const SEED = path.resolve("content/kazakhstan-russia-alliance.md");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "load-test-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const BODY =
  "The council approved the budget on Monday after a long debate.\n\nIts leader said the plan would cut waiting times.\n";

describe("loading a content folder", () => {
  it("reads every .md and .txt file in sub-folders, ids are paths without extension", async () => {
    write("a.md", `# First\n\n${BODY}`);
    write("news/b.txt", `Second title\n\n${BODY}`);
    write("news/deep/c.markdown", `---\ntitle: Third\n---\n\n${BODY}`);
    write("notes.json", "{}");
    write("README.md", "# Readme\n\nNot an article.");
    write(".hidden.md", `# Hidden\n\n${BODY}`);
    const { articles, warnings } = await loadContentDir(dir);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => [a.id, a.title])).toEqual([
      ["a", "First"],
      ["news/b", "Second title"],
      ["news/deep/c", "Third"],
    ]);
  });

  it("follows symbolic links to folders and files, each real folder once", () => {
    write("real/x.txt", `X title\n\n${BODY}`);
    symlinkSync(path.join(dir, "real"), path.join(dir, "linked"));
    symlinkSync(path.join(dir, "real", "x.txt"), path.join(dir, "y.txt"));
    const files = scanArticleFiles(dir).map((f) => path.relative(dir, f.file));
    // the folder is read once, through whichever path comes first
    expect(files.filter((f) => f.endsWith("/x.txt"))).toHaveLength(1);
    expect(files).toContain("y.txt");
    expect(files).toHaveLength(2);
  });

  it("skips empty, binary and bad-front-matter files with a warning naming the file; the others load", async () => {
    write("good.md", `# Good\n\n${BODY}`);
    write("empty.md", "");
    write("binary.txt", new Uint8Array([0, 1, 2, 3, 255, 0, 7, 8, 9, 0]));
    write("bad-yaml.md", "---\ntitle: [unclosed\n---\n\nBody text here.");
    write("bad-date.md", "---\ntitle: Fine\ndate: 20 March\n---\n\nBody text here.");
    write("unclosed.md", "---\ntitle: Never closed\n\nBody text.");
    write("title-only.md", "# Just a title\n\n   \n");
    const { articles, warnings } = await loadContentDir(dir);
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    const byFile = Object.fromEntries(warnings.map((w) => [path.basename(w.file), w.problem]));
    expect(Object.keys(byFile).sort()).toEqual([
      "bad-date.md",
      "bad-yaml.md",
      "binary.txt",
      "empty.md",
      "title-only.md",
      "unclosed.md",
    ]);
    expect(byFile["empty.md"]).toMatch(/empty/);
    expect(byFile["binary.txt"]).toMatch(/not text/);
    expect(byFile["bad-yaml.md"]).toMatch(/YAML/);
    expect(byFile["bad-date.md"]).toMatch(/date/);
    expect(byFile["unclosed.md"]).toMatch(/never closed/);
  });

  it("reads a title with a colon in it, which YAML refuses unquoted", () => {
    const text = "---\ntitle: Storm Dara live: power cuts across the west\ndate: 2024-03-04\n---\n\nBody text here.";
    const a = articleFromBytes("/content", "/content/live.md", Buffer.from(text), 0);
    expect(a.title).toBe("Storm Dara live: power cuts across the west");
    expect(a.date).toBe("2024-03-04");
  });

  it("the library loader logs one warning per skipped file, naming it", async () => {
    write("good.md", `# Good\n\n${BODY}`);
    write("broken.md", "---\ntitle: [\n---\nx");
    const { log, messages } = captureLog();
    const library = await loadLibrary(dir, log, { workers: 0 });
    expect(library.size).toBe(1);
    expect(messages()).toHaveLength(1);
    expect(messages()[0]).toContain(path.join(dir, "broken.md"));
  });
});

describe("real files", () => {
  it("decodes the Latin-1 BBC file (sport/199) instead of failing", () => {
    const file = path.join(BBC, "sport/199.txt");
    const bytes = readFileSync(file);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const article = articleFromBytes(BBC, file, bytes, 0);
    expect(article.id).toBe("sport/199");
    expect(article.title.length).toBeGreaterThan(5);
    const text = article.paragraphs.join("\n");
    expect(text).toContain("£");
    expect(text).not.toContain("\uFFFD");
  });

  it("takes BBC titles from the first line and keeps every paragraph", () => {
    const file = path.join(BBC, "business/001.txt");
    const article = articleFromBytes(BBC, file, readFileSync(file), 0);
    expect(article.title).toBe("Ad sales boost Time Warner profit");
    expect(article.paragraphs[0]).toMatch(
      /^Quarterly profits at US media giant TimeWarner jumped 76%/,
    );
    const raw = readFileSync(file, "utf8")
      .split(/\n\s*\n/)
      .filter((b) => b.trim());
    expect(article.paragraphs).toHaveLength(raw.length - 1);
  });

  it("loads the seed with its front-matter title and dateline, without the advertisement marker", () => {
    const article = articleFromBytes(path.dirname(SEED), SEED, readFileSync(SEED), 0);
    expect(article.title).toBe("Kazakhstan and Russia consolidate powerful alliance");
    expect(article.place).toBe("ALMATY, Kazakhstan");
    expect(article.paragraphs[0]).toMatch(/^The acting president of Kazakhstan/);
    expect(article.paragraphs.some((p) => /advertisement/i.test(p))).toBe(false);
  });

  it("titles: front matter first, else the first heading, else the first line", () => {
    const t = (name: string, text: string) =>
      articleFromBytes(dir, path.join(dir, name), Buffer.from(text), 0).title;
    expect(t("a.md", `---\ntitle: From front matter\n---\n# From heading\n\n${BODY}`)).toBe(
      "From front matter",
    );
    expect(t("b.md", `# From heading\n\n${BODY}`)).toBe("From heading");
    expect(t("c.txt", `From the first line\n\n${BODY}`)).toBe("From the first line");
  });

  it("every BBC file loads, none is skipped", async () => {
    const { articles, warnings } = await loadContentDir(BBC);
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(16);
  });
});

describe("helpers", () => {
  it("ids, article files, decoding", () => {
    expect(articleId("/c", "/c/politics/001.txt")).toBe("politics/001");
    expect(isArticleFile("x.MD")).toBe(true);
    expect(isArticleFile("readme.txt")).toBe(false);
    expect(isArticleFile("x.pdf")).toBe(false);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0x42]))).toBe("A\nB");
    expect(decodeText(new Uint8Array([0x31, 0xa3]))).toBe("1£");
    expect(looksBinary("plain words")).toBe(false);
    expect(looksBinary("a\u0000b")).toBe(true);
  });
});

describe("boilerplate removal", () => {
  it("drops page furniture written in many ways", () => {
    for (const line of [
      "- Advertisement -",
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Share this article",
      "Share on Facebook and Twitter",
      "Related: Oil prices | Markets | Energy",
      "Read more: how the deal was done",
      "Sign up for our daily newsletter",
      "Subscribe now for free updates",
      "Get the news delivered to your inbox",
      "© 2019 Example Media. All rights reserved.",
      "Image caption The minister at the summit",
      "Follow us on Twitter",
      "* * *",
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it("keeps news that merely mentions such words", () => {
    for (const line of [
      "Shares in the company rose 5% after the results.",
      "Netflix said subscribers rose by 2 million in the quarter.",
      "The newspaper's advertising revenue fell 12% last year, the group reported.",
      "Related parties must disclose the loans, the regulator said.",
      "“Sign up now,” he urged voters at the rally, “before it is too late.”",
      "Comments made by the minister on Tuesday angered the opposition.",
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it("on real text: the seed loses its advertisement and newsletter lines and nothing else; BBC articles lose nothing", async () => {
    const seedBlocks = readFileSync(SEED, "utf8")
      .split("---")
      .slice(2)
      .join("---")
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter(Boolean);
    const kept = removeBoilerplate(seedBlocks);
    expect(seedBlocks.filter((b) => !kept.includes(b))).toEqual(
      seedBlocks.filter((b) => /advertisement|newsletter/i.test(b)),
    );
    expect(seedBlocks.length - kept.length).toBe(2);
    const { articles } = await loadContentDir(BBC);
    let dropped = 0;
    for (const a of articles)
      dropped += a.paragraphs.length - removeBoilerplate(a.paragraphs).length;
    expect(dropped).toBe(0);
  });
});

describe("front matter url", () => {
  const load = (front: string) =>
    articleFromBytes(
      "/c",
      "/c/a.md",
      Buffer.from(`---\ntitle: T\n${front}\n---\n\nThe council met on Monday.\n`),
      0,
    );
  it("keeps a web address; refuses anything else with a clear reason", () => {
    expect(load("url: https://example.com/a").url).toBe("https://example.com/a");
    expect(load("").url).toBeUndefined();
    expect(() => load("url: javascript:alert(1)")).toThrow(/url.*web address/);
  });
});
