import { describe, expect, it, vi } from "vitest";

const setFlagsFromString = vi.fn<(flags: string) => void>();
vi.mock("node:v8", () => ({ setFlagsFromString }));
const { analysisInlining } = await import("../../src/analysis/inlining.js");

describe("analysisInlining", () => {
  it("lowers V8's inlining budget and tiers up later while any pool is open, and puts both back after the last", () => {
    analysisInlining(true);
    analysisInlining(true);
    analysisInlining(false);
    expect(setFlagsFromString.mock.calls).toEqual([
      ["--max-inlined-bytecode-size-cumulative=200"],
      ["--interrupt-budget=270336"],
    ]);
    analysisInlining(false);
    analysisInlining(false); // a pool closed twice changes nothing
    expect(setFlagsFromString.mock.calls.slice(2)).toEqual([
      ["--max-inlined-bytecode-size-cumulative=920"],
      ["--interrupt-budget=67584"],
    ]);
  });
});
