import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/util/edit-distance.js";

describe("editDistance", () => {
  it("counts a transposition as one edit and stops past the bound", () => {
    expect(editDistance("presidnet", "president", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 2)).toBeUndefined();
    expect(editDistance("same", "same", 0)).toBe(0);
  });
});
