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
      "This article was amended on 4 March to correct the number of homes flooded.",
      "An earlier version of this story misspelled the name of the harbour master.",
      "A child watches the parade from the bridge. Photograph: Tom Poe/Westbrook Gazette",
      "Hauliers queue at the bridge on Monday. Picture: Westbrook Gazette.",
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
      "Engineers found cracks in the piers. Pictures by drone showed them clearly.",
      "The council kept this article of its charter. Photos of the bridge were shown.",
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

describe("furniture of house styles beyond the British and US wires (made-up lines)", () => {
  it("bylines with a job or an address, date lines, live-blog and web-page furniture, press-release furniture", () => {
    for (const line of [
      "By regional reporter Tom Poe",
      "By our political editor Jane Roe",
      "By TOM POE tpoe@westbrook-gazette.example",
      "jroe@westbrook-gazette.example",
      "Posted Tue 16 Jan 2024 at 4:12pm, updated 5h ago",
      "Last modified on Wed 4 Dec 2024 10.02 GMT",
      "Updated 3 hours ago",
      "Fri 14 Mar 2025 09.58 GMT",
      "10.32am GMT",
      "14 March 2025, 10:32 (IST)",
      "Good evening and welcome to our live coverage of the Westbrook council vote. I'm Jane Roe.",
      "Our live coverage of the vote is now closing. Thanks for following along.",
      "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. Accept all cookies | Manage preferences",
      "Skip to Content",
      "News|Politics",
      "Home › World › Europe",
      "Copy link",
      "share2",
      "X (formerly Twitter)",
      "list of 4 items",
      "end of list",
      "Source: Westbrook Gazette and news agencies",
      "(With inputs from PTI)",
      "FOR IMMEDIATE RELEASE",
      "For release: 7 December 2026",
      "FOR RELEASE AT 10:00 GMT",
      "SOURCE Westbrook Harbour Trust",
      "For more information, please contact: Jane Roe, Westbrook Harbour Trust, +44 20 5555 0101, jroe@harbour.example",
      "Media contact: Tom Poe",
      "Sign up for Westbrook Daily",
      "###",
      "-30-",
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it("keeps news that merely mentions cookies, sources, contacts or live coverage", () => {
    for (const line of [
      "The bakery said it sold 4,000 cookies on the first day.",
      "Regulators said websites must ask before they store cookies on a visitor's computer.",
      "Sources said the talks had collapsed.",
      "By Tuesday, the council said, the bridge would be shut.",
      "Thank you for joining us, the mayor told the crowd.",
      "The broadcaster said its live coverage of the vote would end at midnight.",
      "Contact with the crew was lost at 10:32.",
      "The News of the World closed in 2011.",
      "Sign up to vote by Friday.",
      "For release of the hostages, the rebels demanded $5m.",
      "For publication in its Sunday edition, the paper cut the story.",
      "Tuesday, 1 March",
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });
});
