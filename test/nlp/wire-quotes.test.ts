import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const said = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker ?? null]);

describe("wire-service quote frames", () => {
  it('"…," X said, adding: "…": the first quote is X\'s too', () => {
    const qs = direct(
      "Dana Whitfield spoke to farmers on Sunday. ``The river is ours. We will keep it,'' Whitfield said, adding: ``Nobody can take it away.''",
    );
    expect(said(qs)).toEqual([
      ["The river is ours. We will keep it", "Dana Whitfield"],
      ["Nobody can take it away.", "Dana Whitfield"],
    ]);
  });
});
