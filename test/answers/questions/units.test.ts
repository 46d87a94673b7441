import { describe, expect, it } from "vitest";
import { PERCENT_FIGURE, asksPercent, isUnitNoun } from "../../../src/answers/questions/units.js";

describe("kinds of figure", () => {
  it("takes a percentage in every spelling, not a step between rates nor a percentile", () => {
    for (const f of ["4.2%", "5 per cent", "5 percent", "12 Per Cent"])
      expect(PERCENT_FIGURE.test(f), f).toBe(true);
    for (const f of ["0.25 percentage points", "the 90th percentile", "5 percenters", "12 pence"])
      expect(PERCENT_FIGURE.test(f), f).toBe(false);
  });
  it("takes a unit of measurement, not a number's scale", () => {
    for (const w of ["megawatts", "hectares", "litres"]) expect(isUnitNoun(w), w).toBe(true);
    for (const w of ["million", "dozen", "scores", "crore", "votes"])
      expect(isUnitNoun(w), w).toBe(false);
  });
  it("knows a question asking for a share", () => {
    expect(asksPercent("what percentage of voters backed the plan")).toBe(true);
    expect(asksPercent("how much of the firm does acme own")).toBe(true);
    expect(asksPercent("how much did the plan cost")).toBe(false);
  });
});
