import { describe, expect, it } from "vitest";
import { isBoilerplate, isLabel } from "../../src/nlp/boilerplate.js";

describe("news-page furniture", () => {
  it("bylines, credits, captions, link lines, taglines, live-blog times and markup", () => {
    for (const line of [
      "By Jane Roe",
      "By JANE ROE and TOM POE, Associated Press",
      "By Jane Roe | The Westbrook Gazette",
      "Jane Roe, Staff Writer",
      "JANE ROE, Associated Press Writer",
      "Jane Roe | Reuters",
      "Westbrook Council via Getty Images.",
      "Tom Poe/Westbrook Gazette.",
      "Photo: Jane Roe",
      "Hauliers queue at the bridge on Monday. (AP Photo/Tom Poe)",
      "Follow Jane Roe on Twitter @janeroe.",
      "Read the rest of the story at the Westbrook Gazette.",
      "Read the latest updates on the vote below:",
      "Watch the video above.",
      "Watch a clip of the council meeting here.",
      "Related: Westbrook's other bridges",
      "RELATED: Westbrook's other bridges",
      "Click here to read more",
      "(Reporting by Jane Roe; Editing by Tom Poe.)",
      "Co-authored by Jane Roe.",
      "Story by Jane Roe Video produced by Tom Poe",
      "Tom Poe in Norland contributed to this article.",
      "Contributing: Tom Poe.",
      "(h/t Westbrook Gazette.)",
      "This story has been updated to include comments from the council.",
      "Updated 3:45 p.m. ET",
      "10:00 p.m.",
      "1.05pm ET",
      '<tweet id="123" author="@janeroe">The bridge is shut</tweet>.',
      ".bio-text, .twitter-bio { text-align: center; }.",
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it("keeps news that merely looks like furniture", () => {
    for (const line of [
      "By closing the bridge, the council saved the town from a disaster, engineers said.",
      "By 58% to 33%, those surveyed said the bridge should be rebuilt.",
      "By Monday, the count was complete.",
      "The AP photo showed the mayor smiling at the crowd.",
      "He was, the writer said, a kind man.",
      "Jane Roe, a voter, said she was angry.",
      "Watch what happens next, he warned.",
      "Hauliers queue at the bridge on Monday.",
      "NAIROBI, Kenya (AP) _",
      "Sales rose 8% to $1.15 billion from $1.06 billion.",
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it("labels in capitals or brackets; a dateline is not one", () => {
    for (const line of ["ABSTRACT.", "FULL TEXT", "(END VIDEO CLIP.)", "(Undated)"])
      expect(isLabel(line), line).toBe(true);
    for (const line of ["HAVANA (AP) --", "NATO said no.", "The bridge is shut."])
      expect(isLabel(line), line).toBe(false);
  });
});
