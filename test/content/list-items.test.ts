import { describe, expect, it } from "vitest";
import { splitListItems } from "../../src/content/list-items.js";

describe("splitListItems", () => {
  it("makes each item of a list set out one a line a paragraph of its own", () => {
    const block = [
      "The council's plans include:",
      "- Lorries on the ring road",
      "  while the bridge is shut",
      "• A ferry every hour",
    ].join("\n");
    expect(splitListItems(block)).toEqual([
      "The council's plans include:",
      "- Lorries on the ring road\nwhile the bridge is shut",
      "• A ferry every hour",
    ]);
  });

  it("leaves a block with one dash at a line's start as it is", () => {
    const block = "The ferry runs every hour\n- more often at weekends - from the harbour.";
    expect(splitListItems(block)).toEqual([block]);
  });
});
