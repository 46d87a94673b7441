import { describe, expect, it } from "vitest";
import { splitDateline } from "../../src/content/dateline.js";
import { headlineOf, repeatsHeadline } from "../../src/content/headline.js";
import { parseArticleText } from "../../src/content/parse.js";

const LEAD =
  "The city council of Westbrook voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks in two of its piers.";
const SECOND =
  "Council leader Mara Quinn said the bridge would stay open to cars and buses while repairs were planned.";
const THIRD = "Hauliers said the detour would add an hour to every delivery to the port.";

const parse = (text: string, markdown = false) => parseArticleText(text, markdown);

describe("the headline of a plain-text article", () => {
  it("is the first line whatever its punctuation", () => {
    for (const headline of [
      "Westbrook shuts harbour bridge to lorries",
      "Westbrook shuts harbour bridge to lorries.",
      "Cracks found: Westbrook shuts harbour bridge to lorries!",
      "Will the harbour bridge ever reopen?",
    ]) {
      const parsed = parse(`${headline}\n\n${LEAD}\n\n${SECOND}`);
      expect(parsed.title, headline).toBe(headline);
      expect(parsed.paragraphs, headline).toEqual([LEAD, SECOND]);
    }
  });

  it("a headline in Title Case of two sentences, and a headline with its deck on the next line", () => {
    const twoSentences = "This Council Isn’t Fixing The Bridge. It Is Closing It To Every Lorry In Town.";
    expect(parse(`${twoSentences}\n\n${LEAD}\n\n${SECOND}`).paragraphs).toEqual([LEAD, SECOND]);
    const deck =
      "Westbrook shuts harbour bridge to lorries;\nCracks in two piers leave hauliers facing an hour-long detour to the port.";
    const parsed = parse(`${deck}\n\n${LEAD}\n\n${SECOND}`);
    expect(parsed.title).toBe("Westbrook shuts harbour bridge to lorries");
    expect(parsed.paragraphs).toEqual([LEAD, SECOND]);
  });

  it("is not taken from a file whose first paragraph is the story's opening", () => {
    expect(parse(`${LEAD}\n\n${SECOND}`).title).toBeUndefined();
    const attributed =
      "The harbour bridge in Westbrook will close to lorries from Monday after engineers found cracks in two piers, the council said.";
    expect(parse(`${attributed}\n\n${SECOND}`).paragraphs[0]).toBe(attributed);
    const datelined =
      "WESTBROOK (AP) — The harbour bridge will close to lorries from Monday after engineers found cracks in two of its piers.";
    expect(parse(`${datelined}\n\n${SECOND}`).title).toBeUndefined();
    expect(parse(`${LEAD} ${SECOND}`).paragraphs).toEqual([`${LEAD} ${SECOND}`]);
    const past = "Westbrook Harbour Co. said it sold its bridge to the council.";
    expect(parse(`${past}\n\n${SECOND}`).paragraphs[0]).toBe(past);
    expect(parse(`WESTBROOK, Norland (AP) _\n\n${LEAD}\n\n${SECOND}`).title).toBeUndefined();
  });

  it("a first line without a full stop stays the headline, as before", () => {
    expect(parse(`Bridge closure announced\n\n${LEAD}`).title).toBe("Bridge closure announced");
  });

  it("a front-matter title repeated at the top of the body is left out, with or without its full stop", () => {
    const front = "---\ntitle: Westbrook shuts harbour bridge to lorries\n---\n";
    for (const repeat of [
      "Westbrook shuts harbour bridge to lorries.",
      "WESTBROOK SHUTS HARBOUR BRIDGE TO LORRIES",
      "# Westbrook shuts harbour bridge to lorries",
    ]) {
      const parsed = parse(`${front}${repeat}\n\n${LEAD}\n\n${SECOND}`, true);
      expect(parsed.title).toBe("Westbrook shuts harbour bridge to lorries");
      expect(parsed.paragraphs, repeat).toEqual([LEAD, SECOND]);
    }
    const glued = parse(`${front}Westbrook shuts harbour bridge to lorries. ${LEAD}\n\n${SECOND}`);
    expect(glued.paragraphs).toEqual([LEAD, SECOND]);
    const onItsLine = parse(
      `---\ntitle: "Westbrook shuts harbour bridge to lorries; Hauliers face a detour"\n---\nWestbrook shuts harbour bridge to lorries;\n${LEAD}\n\n${SECOND}`,
    );
    expect(onItsLine.paragraphs).toEqual([LEAD, SECOND]);
    const inParts = parse(
      `---\ntitle: "Westbrook shuts harbour bridge; Westbrook shuts harbour bridge"\n---\nWestbrook shuts harbour bridge;\nWestbrook shuts harbour bridge.\n\n${LEAD}\n\n${SECOND}`,
    );
    expect(inParts.paragraphs).toEqual([LEAD, SECOND]);
  });

  it("a title cut short in the front matter still matches its full repeat", () => {
    expect(
      repeatsHeadline(
        "Council leader says the harbour bridge will reopen ‘when it is safe.’",
        "Council leader says the harbour bridge will reopen ‘when it is",
      ),
    ).toBe(true);
    expect(repeatsHeadline(LEAD, "Harbour bridge")).toBe(false);
  });

  it("headlineOf: one block alone is never a headline; a long paragraph never is; a headline may sit over the story", () => {
    expect(headlineOf(["Westbrook shuts harbour bridge"], false)).toBeUndefined();
    expect(headlineOf([`${LEAD} ${SECOND}`], true)).toBeUndefined();
    expect(headlineOf(["Westbrook shuts harbour bridge;", LEAD, SECOND], false)).toEqual({
      title: "Westbrook shuts harbour bridge",
      rest: `${LEAD}\n${SECOND}`,
    });
  });
});

describe("datelines", () => {
  it("are split from the story as wire services write them", () => {
    const cases: [string, string | undefined, string?][] = [
      ["WESTBROOK (AP) — ", "WESTBROOK"],
      ["WESTBROOK, Norland (AP) _ ", "WESTBROOK, Norland"],
      ["NEW WESTBROOK, March 3 (Reuters) - ", "NEW WESTBROOK", "March 3"],
      ["WESTBROOK, Nov. 19 (UPI) -- ", "WESTBROOK", "Nov. 19"],
      ["WESTBROOK, Norland, Nov. 19, 1998 (UPI) -- ", "WESTBROOK, Norland", "Nov. 19, 1998"],
      ["WESTBROOK, N.L. - ", "WESTBROOK, N.L."],
      ["NEW WESTBROOK, 24 December (Network) - ", "NEW WESTBROOK", "24 December"],
      ["WESTBROOK, 3 March 2005 (Network) - ", "WESTBROOK", "3 March 2005"],
      ["WESTBROOK: ", "WESTBROOK"],
      ["Westbrook (Network News) — ", "Westbrook"],
      ["Westbrook, Norland (CNN)", "Westbrook, Norland"],
      ["(Reuters) - ", undefined],
      ["WESTBROOK, Norland--(NEWS WIRE)--Nov. 12, 2024-- ", "WESTBROOK, Norland", "Nov. 12, 2024"],
      ["Westbrook, Sept. 12, NNA – ", "Westbrook", "Sept. 12"],
      ["Mar 4 (Network) - ", undefined, "Mar 4"],
      // A date with its year makes a dateline of a place in any case, or of none.
      ["Westbrook, 4 March 2024 — ", "Westbrook", "4 March 2024"],
      ["Westbrook, Norland, March 4, 2024: ", "Westbrook, Norland", "March 4, 2024"],
      ["NEW WESTBROOK, Mar 4 2024 (Network): ", "NEW WESTBROOK", "Mar 4 2024"],
      ["WESTBROOK, Norland, Monday March 4, 2024 — ", "WESTBROOK, Norland", "Monday March 4, 2024"],
      ["WESTBROOK (Network), March 4, 2024 - ", "WESTBROOK", "March 4, 2024"],
      ["Westbrook, Norland — March 4, 2024 — ", "Westbrook, Norland", "March 4, 2024"],
      ["WESTBROOK, 4th March 2024: ", "WESTBROOK", "4th March 2024"],
      ["Monday, March 4, 2024 — ", undefined, "Monday, March 4, 2024"],
      ["WESTBROOK, Norland (AP) — March 4, 1985 — ", "WESTBROOK, Norland", "March 4, 1985"],
    ];
    for (const [dateline, place, date] of cases) {
      expect(splitDateline(`${dateline}${LEAD}`), dateline).toEqual({
        place,
        ...(date ? { date } : {}),
        rest: LEAD,
      });
      const parsed = parse(`Westbrook shuts bridge\n\n${dateline}${LEAD}\n\n${SECOND}`);
      expect(parsed.paragraphs[0], dateline).toBe(LEAD);
      expect(parsed.place, dateline).toBe(place);
      expect(parsed.datelineDate, dateline).toBe(date);
    }
  });

  it("a full date in a sentence's opening words is no dateline", () => {
    expect(splitDateline(`On March 4, 2024 — ${LEAD}`)).toBeUndefined();
    expect(splitDateline(`Westbrook said on March 4, 2024: ${LEAD}`)).toBeUndefined();
    expect(splitDateline(`The Flood of March 4, 2024 - ${LEAD}`)).toBeUndefined();
  });

  it("a year-less dateline takes the year of the wire's copyright line when no publication line gives the date", () => {
    const story = `Westbrook shuts bridge\n\nMar 4 (Network) - ${LEAD}\n\n${SECOND}`;
    expect(parse(`${story}\n\n© 2024 Network News. All rights reserved.`).datelineDate).toBe("Mar 4, 2024");
    expect(parse(`${story}\n\nCopyright 1985 The Network`).datelineDate).toBe("Mar 4, 1985");
    const dayFirst = `Westbrook shuts bridge\n\nWESTBROOK, 4 March (Network) - ${LEAD}\n\n${SECOND}\n\n(c) 2001-2024 Network`;
    expect(parse(dayFirst).datelineDate).toBe("4 March 2024");
    // Two copyright years, or none: the date as written.
    expect(parse(`${story}\n\n© 2023 Network. Photo © 2024 Jane Roe`).datelineDate).toBe("Mar 4");
    expect(parse(story).datelineDate).toBe("Mar 4");
  });

  it("reads single markdown emphasis as its text, not a bullet's star", () => {
    const parsed = parse(`Westbrook shuts bridge\n\n_Posted 4 March 2024_\n\n${LEAD} The *old* bridge_deck stays.`, true);
    expect(parsed.date).toBe("2024-03-04");
    expect(parsed.paragraphs[0]).toBe(`${LEAD} The old bridge_deck stays.`);
  });

  it("a dateline on a line of its own, and one below a deck or a byline, is left out", () => {
    const alone = parse(`Westbrook shuts bridge\n\nWESTBROOK, Norland (AP) _\n\n${LEAD}\n\n${SECOND}`);
    expect(alone.paragraphs).toEqual([LEAD, SECOND]);
    expect(alone.place).toBe("WESTBROOK, Norland");
    const below = parse(
      `Westbrook shuts bridge\n\nLorries face an hour-long detour.\n\nBy Jane Roe\n\nWESTBROOK — ${LEAD}\n\n${SECOND}`,
    );
    expect(below.paragraphs).toEqual([LEAD, SECOND]);
  });

  it("a dateline with a colon under a byline is left out; under a deck it may be a label", () => {
    const byline = parse(`Westbrook shuts bridge\n\nMara Quinn\n\nWESTBROOK: ${LEAD}\n\n${SECOND}`);
    expect(byline.paragraphs).toEqual([LEAD, SECOND]);
    expect(byline.place).toBe("WESTBROOK");
    const deck = `Lorries face an hour-long detour.`;
    const label = parse(`Westbrook shuts bridge\n\n${deck}\n\nUPDATE: ${LEAD}\n\n${SECOND}`);
    expect(label.paragraphs).toEqual([deck, `UPDATE: ${LEAD}`, SECOND]);
    expect(label.place).toBeUndefined();
  });

  it("a sentence that merely starts with capitals is not a dateline", () => {
    for (const text of [
      "NATO said on Monday that it would send more ships to the region.",
      "PROGRAM TRADING is being curbed by more securities firms this month.",
      "Mara Quinn (Labour) said the bridge would stay open to cars.",
    ])
      expect(splitDateline(text), text).toBeUndefined();
  });

  it("labels above the story are left out", () => {
    const parsed = parse(`Westbrook shuts bridge\n\nABSTRACT.\n\n${LEAD}\n\nFULL TEXT\n\n${SECOND}`);
    expect(parsed.paragraphs[0]).toBe(LEAD);
  });
});

describe("furniture in the body", () => {
  it("bylines, credits, link lines and taglines are left out; the story stays", () => {
    const body = [
      "Westbrook shuts bridge",
      "By Jane Roe and Tom Poe, Associated Press",
      LEAD,
      "Engineers inspect the bridge on Monday. (Photo: Westbrook Council)",
      SECOND,
      "Read the rest of the story at the Westbrook Gazette.",
      "Watch the video above for the council's vote.",
      THIRD,
      "Follow Jane Roe on Twitter @janeroe.",
      "Tom Poe in Norland contributed to this report.",
    ].join("\n\n");
    expect(parse(body).paragraphs).toEqual([LEAD, SECOND, THIRD]);
  });

  it("feed debris: character references no HTML entity knows and operators' initials go; known entities are read as their characters", () => {
    const body = [`${LEAD} &UR;`, `&LR; ${SECOND}`, `${THIRD} Tolls rise at B&amp;Q&#8217;s stores&nbsp;today. (sp/eml)`].join("\n\n");
    expect(parse(body).paragraphs).toEqual([LEAD, SECOND, `${THIRD} Tolls rise at B&Q’s stores today.`]);
  });

  it("a headline's character references are read as their characters", () => {
    expect(parse(`Profits rise at AT&amp;T\n\n${LEAD}\n\n${SECOND}`).title).toBe("Profits rise at AT&T");
  });

  it("a contributors' credit run into the last paragraph after a dash is cut off; the quote before it stays", () => {
    const last = `${THIRD} "We lose a day a week," says Ola Berg, a driver.`;
    const body = [LEAD, `${last} --- Tom Poe in Norland and Jane Roe in Eastford contributed to this article.`].join(
      "\n\n",
    );
    expect(parse(body).paragraphs).toEqual([LEAD, last]);
  });
});

describe("pages pasted whole and press releases (made-up)", () => {
  it("drops a web page's furniture, takes the headline after it and the date of its Published line", () => {
    const page = [
      "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. Accept all | Manage preferences",
      "Skip to content",
      "News|Europe",
      "Westbrook shuts harbour bridge to lorries",
      "Published On 3 Sep 2024 | 3 Sep 2024",
      "Share this article\nClick here to share on social media\nshare2",
      LEAD,
      "Related\n",
      "Westbrook's other bridges\nWho is Mara Quinn?",
      SECOND,
      "Listen to these articles\nRecommended Stories\nlist of 2 items\nA bridge too far for Westbrook?\nHauliers count the cost\nend of list",
      THIRD,
      "Sign up for Westbrook Daily\nWeekly Newsletter\nGet the latest news straight to your inbox",
    ].join("\n\n");
    const parsed = parse(page);
    expect(parsed.title).toBe("Westbrook shuts harbour bridge to lorries");
    expect(parsed.date).toBe("2024-09-03");
    expect(parsed.paragraphs).toEqual([LEAD, SECOND, THIRD]);
  });

  it("a page header's lines pasted as one block: its date line is the date and none of it is story", () => {
    const page = [
      "Westbrook shuts harbour bridge to lorries",
      "Harbour Desk\nSat Jan 13, 2024 12:00 AM\nLast update on: Sat Jan 13, 2024 01:05 AM",
      LEAD,
      SECOND,
    ].join("\n\n");
    const parsed = parse(page);
    expect(parsed.date).toBe("2024-01-13");
    expect(parsed.paragraphs).toEqual(["Harbour Desk", LEAD, SECOND]);
  });

  it("a list set out one item a line is one paragraph an item", () => {
    const parsed = parse(
      `Westbrook shuts harbour bridge\n\nKey points:\n- Cracks were found in two piers\n- Cars and buses may still cross\n\n${LEAD}`,
    );
    expect(parsed.paragraphs).toEqual([
      "Key points:",
      "- Cracks were found in two piers",
      "- Cars and buses may still cross",
      LEAD,
    ]);
  });

  it("a press release: its wire dateline, its About section and its contact block are not the story", () => {
    const release = [
      "Westbrook Harbour Trust wins grant for bridge repairs",
      "FOR IMMEDIATE RELEASE",
      `WESTBROOK, Ore., April 8, 2025 /PRNewswire/ -- ${LEAD}`,
      SECOND,
      "About Westbrook Harbour Trust",
      "Founded in 1891, the trust looks after the harbour and its three bridges.",
      "For more information, please contact:\nJane Roe\nWestbrook Harbour Trust\n+1 (503) 555-0100\njroe@harbour.example",
      "SOURCE Westbrook Harbour Trust",
      "###",
    ].join("\n\n");
    const parsed = parse(release);
    expect(parsed.place).toBe("WESTBROOK, Ore.");
    expect(parsed.datelineDate).toBe("April 8, 2025");
    expect(parsed.paragraphs).toEqual([LEAD, SECOND]);
  });

  it("a closing section under a Markdown heading, and a column's 'About the author'", () => {
    const markdown = [
      "# Westbrook Harbour Trust wins grant",
      LEAD,
      SECOND,
      THIRD,
      "## About Westbrook Harbour Trust",
      "Founded in 1891, the trust looks after the harbour and its three bridges.",
    ];
    expect(parse(markdown.join("\n\n"), true).paragraphs).toEqual([LEAD, SECOND, THIRD]);
    const column = [
      "Our bridges need more than repairs",
      LEAD,
      SECOND,
      "About the author",
      "Ann Reyes is a civil engineer and a former harbour master of Westbrook.",
    ];
    expect(parse(column.join("\n\n")).paragraphs).toEqual([LEAD, SECOND]);
  });

  it("keeps a last paragraph that opens with About", () => {
    const parsed = parse(`Westbrook shuts harbour bridge\n\n${LEAD}\n\n${SECOND}\n\nAbout Westbrook.`);
    expect(parsed.paragraphs).toEqual([LEAD, SECOND, "About Westbrook."]);
  });
});

describe("the headline repeated at the top of the body", () => {
  it("is dropped from the paragraphs and kept as the body wrote it, with the words after it", () => {
    const parsed = parse(
      `---\ntitle: Westbrook shuts harbour bridge to lorries\n---\nWestbrook shuts harbour bridge to lorries on Tuesday.\n\n${SECOND}`,
    );
    expect(parsed.paragraphs).toEqual([SECOND]);
    expect(parsed.headlineInBody).toBe("Westbrook shuts harbour bridge to lorries on Tuesday.");
    expect(parse(`Westbrook shuts harbour bridge\n\n${LEAD}`).headlineInBody).toBeUndefined();
  });
});
