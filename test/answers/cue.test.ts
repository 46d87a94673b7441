import { describe, expect, it } from "vitest";
import { shownCue } from "../../src/answers/cue.js";

describe("the verb of a quote line", () => {
  it("reads as a finished clause after the speaker's name", () => {
    expect(shownCue("told")).toBe("said"); // "Ruiz told (¶3):" would miss its listener
    expect(shownCue("adding")).toBe("added");
    expect(shownCue("according to")).toBeUndefined();
    expect(shownCue("stressed")).toBe("stressed");
    expect(shownCue(undefined)).toBeUndefined();
  });
});
