import path from "node:path";
import { describe, expect, it } from "vitest";
import { Library, type LibraryChange } from "../../src/library/library.js";
import { analyseFile, BBC, fakeAnalysis, SEED_FILE } from "../support/articles.js";

describe("Library", () => {
  it("numbers articles newest first: stated date, then file time, then id", () => {
    const lib = new Library([
      fakeAnalysis("old", { date: "2001-01-01" }),
      fakeAnalysis("new", { date: "2020-05-01" }),
      fakeAnalysis("undated-late", { mtimeMs: 2000 }),
      fakeAnalysis("undated-early", { mtimeMs: 1000 }),
      fakeAnalysis("b-same", { date: "2010-01-01" }),
      fakeAnalysis("a-same", { date: "2010-01-01" }),
    ]);
    expect(lib.list().map((a) => a.article.id)).toEqual([
      "new",
      "a-same",
      "b-same",
      "old",
      "undated-late",
      "undated-early",
    ]);
    expect(lib.latest()?.article.id).toBe("new");
    expect(lib.numberOf("old")).toBe(4);
    expect(lib.byNumber(1)?.article.id).toBe("new");
    expect(lib.byNumber(0)).toBeUndefined();
    expect(lib.byNumber(7)).toBeUndefined();
  });

  it("finds an article by number, id, file name with or without folder and extension", () => {
    const seed = analyseFile(path.dirname(SEED_FILE), SEED_FILE, 10);
    const bbc = analyseFile(BBC, path.join(BBC, "politics/001.txt"), 5);
    const lib = new Library([seed, bbc]);
    expect(lib.find("1")?.article.id).toBe(seed.article.id);
    expect(lib.find("2")?.article.id).toBe("politics/001");
    expect(lib.find("kazakhstan-russia-alliance")?.article.id).toBe("kazakhstan-russia-alliance");
    expect(lib.find("Kazakhstan-Russia-Alliance.md")?.article.id).toBe(
      "kazakhstan-russia-alliance",
    );
    expect(lib.find("politics/001")?.article.id).toBe("politics/001");
    expect(lib.find("politics-001")?.article.id).toBe("politics/001");
    expect(lib.find("001.txt")?.article.id).toBe("politics/001");
    expect(lib.find("3")).toBeUndefined();
    expect(lib.find("nothing-like-this")).toBeUndefined();
    expect(lib.find("  ")).toBeUndefined();
  });

  it("upsert replaces by id and remove drops; the order follows", () => {
    const lib = new Library();
    lib.upsert(fakeAnalysis("a", { date: "2010-01-01" }));
    lib.upsert(fakeAnalysis("b", { date: "2011-01-01" }));
    expect(lib.list().map((a) => a.article.id)).toEqual(["b", "a"]);
    lib.upsert(fakeAnalysis("a", { date: "2012-01-01", title: "A again" }));
    expect(lib.size).toBe(2);
    expect(lib.list().map((a) => a.article.id)).toEqual(["a", "b"]);
    expect(lib.get("a")?.article.title).toBe("A again");
    expect(lib.remove("a")).toBe(true);
    expect(lib.remove("a")).toBe(false);
    expect(lib.list().map((a) => a.article.id)).toEqual(["b"]);
    expect(lib.numberOf("a")).toBeUndefined();
  });

  it("tells listeners about every change, and a failing listener does not stop the others", () => {
    const lib = new Library();
    const seen: string[] = [];
    lib.subscribe(() => {
      throw new Error("broken listener");
    });
    const stop = lib.subscribe((c: LibraryChange) =>
      seen.push(
        `${c.type} ${c.analysis.article.id}${c.type === "updated" ? ` (was ${c.previous.article.title})` : ""}`,
      ),
    );
    expect(() => lib.upsert(fakeAnalysis("a", { title: "one" }))).toThrow("broken listener");
    expect(lib.get("a")).toBeDefined();
    expect(() => lib.upsert(fakeAnalysis("a", { title: "two" }))).toThrow();
    expect(() => lib.remove("a")).toThrow();
    stop();
    expect(() => lib.upsert(fakeAnalysis("c"))).toThrow(); // the broken one is still subscribed
    expect(seen).toEqual(["added a", "updated a (was one)", "removed a"]);
  });

  it("keeps first-seen times: a changed article stays as old, a new one is new, times survive a restart", () => {
    let now = 1000;
    const lib = new Library([], () => now);
    lib.upsert(fakeAnalysis("a"));
    now = 2000;
    lib.upsert(fakeAnalysis("a", { title: "edited" }));
    lib.upsert(fakeAnalysis("b"));
    expect(lib.firstSeen("a")).toBe(1000);
    expect(lib.firstSeen("b")).toBe(2000);
    expect(lib.addedSince(1500).map((a) => a.article.id)).toEqual(["b"]);

    const restarted = new Library([], () => 9999);
    restarted.seedFirstSeen(lib.firstSeenTimes());
    restarted.upsert(fakeAnalysis("a"));
    restarted.upsert(fakeAnalysis("c"));
    expect(restarted.firstSeen("a")).toBe(1000);
    expect(restarted.addedSince(1500).map((a) => a.article.id)).toEqual(["c"]);
  });

  it("keeps thousands of articles added one by one in order (its speed is in npm run bench)", () => {
    const lib = new Library();
    const base = fakeAnalysis("x");
    for (let i = 0; i < 3000; i++) {
      lib.upsert({ ...base, article: { ...base.article, id: `n/${i}`, mtimeMs: i } });
      if (i % 100 === 0) lib.latest();
    }
    expect(lib.latest()?.article.id).toBe("n/2999");
    expect(lib.numberOf("n/0")).toBe(3000);
  });
});

describe("Library.subscribe with replay", () => {
  it("gives a late listener every article already there, then every change", () => {
    const lib = new Library([fakeAnalysis("a"), fakeAnalysis("b")]);
    const seen: string[] = [];
    lib.subscribe((c) => seen.push(`${c.type} ${c.analysis.article.id}`), { replay: true });
    lib.remove("a");
    expect(seen).toEqual(["added a", "added b", "removed a"]);
  });
});
