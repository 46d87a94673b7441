import { describe, expect, it } from "vitest";
import { frontMatterDate, publishedDate, publishedLine } from "../../src/content/published.js";

const BODY = "The harbour board met on Tuesday and voted to close the old quay to lorries.";

describe("publication lines (made-up)", () => {
  it("reads a labelled line as before", () => {
    expect(publishedDate(["Published On 3 Sep 2024 | 3 Sep 2024", BODY])).toBe("2024-09-03");
  });

  it.each([
    ["Saturday, 14 May 2011 10:02 BST", "2011-05-14"],
    ["May 14, 2011 10:02 a.m. ET", "2011-05-14"],
    ["12:15 AM June 08, 2016", "2016-06-08"],
    ["Posted: 05/14/2011 10:02 AM EDT", "2011-05-14"],
    ["Last updated: 14/05/2011 10:02", "2011-05-14"],
    ["Updated 3:41 PM GMT+8, May 14, 2011", "2011-05-14"],
    ["By Jane Roe | May 14, 2011", "2011-05-14"],
    ["2011-05-14T10:02:00Z", "2011-05-14"],
    ["Wed 4 Dec 2024 06.00 GMT", "2024-12-04"],
    ["Westbrook ● Tue, December 3, 2024", "2024-12-03"],
    ["Dec 3, 2024 · 4 min read", "2024-12-03"],
    ["3 Dec 2024 / 10:12 GMT+7", "2024-12-03"],
    ["The Westbrook Courier, Monday, March 4, 1974", "1974-03-04"],
    ["Westbrook Courier | Monday, March 4, 1974 | Page A-1", "1974-03-04"],
    ["By JANE ROE Staff Writer Mar 5, 2024", "2024-03-05"],
    ["Date: March 5, 2024", "2024-03-05"],
    ["Nov. 12, 2024 08:00 AM Eastern Standard Time", "2024-11-12"],
  ])("a line that is only a date: %s", (line, iso) => {
    expect(publishedLine(["Harbour quay shut to lorries", line, BODY])).toEqual({
      iso,
      dateOnly: line,
    });
  });

  it("a labelled line may give the time before the date, and its update on the same line", () => {
    expect(
      publishedDate(["PUBLISHED: 10:12 EST, 3 December 2024 | UPDATED: 11:40 EST, 4 December 2024", BODY]),
    ).toBe("2024-12-03");
  });

  it("a line with more than a date is story, not a date line", () => {
    expect(publishedDate(["On May 14, 2011 the quay was shut to lorries.", BODY])).toBeUndefined();
    expect(publishedDate(["Friday, May 13, 2011: a day the port will remember", BODY])).toBeUndefined();
    expect(publishedDate(["Remembering The Flood Of May 13, 2011", BODY])).toBeUndefined();
  });

  it("a numeric date its numbers leave open takes the order the body writes its dates in", () => {
    const dayFirst = "The quay shut on 3 March and reopens on 21 April, the board said.";
    const monthFirst = "The quay shut on March 3 and reopens on April 21, the board said.";
    expect(publishedDate(["12/03/2014 | 02:30", dayFirst])).toBe("2014-03-12");
    expect(publishedDate(["12/03/2014 | 02:30", monthFirst])).toBe("2014-12-03");
    expect(publishedDate(["12.03.2014", BODY])).toBe("2014-03-12");
    expect(publishedDate(["12/03/2014", BODY])).toBeUndefined();
  });

  it.each([
    ["Tue, Mar 15, 2011", "2011-03-15"],
    ["5:00AM Sunday Sep 14, 2003", "2003-09-14"],
    ["Published: Monday | March 5, 2007", "2007-03-05"],
    ["Wednesday, 24 June 2020, 13:42", "2020-06-24"],
    ["November 3, 2021 at 4:12 p.m. EDT", "2021-11-03"],
    ["Sat, 14 May 2011 10:02:33 +0000", "2011-05-14"],
    ["14th of May, 2011", "2011-05-14"],
    ["May 14, 11 | 10:02", "2011-05-14"],
    ["2011/05/14 ∙ 10:02", "2011-05-14"],
    ["May 14-15, 2011", "2011-05-14"],
    ["15 May 2011 - 14 May 2011", "2011-05-14"],
    ["Saturday - May 14, 2011", "2011-05-14"],
    ["May 14, 2011 at noon", "2011-05-14"],
  ])("the date-line grammar reads %s (made-up)", (line, iso) => {
    expect(publishedLine([line, BODY])).toEqual({ iso, dateOnly: line });
  });

  it.each([
    "Today",
    "Yesterday | 10:02 BST",
    "3 hours ago",
    "May 2011",
    "14 May",
    "31 June 2011",
    "14 May 2011, 15 June 2011",
    "May 14, 2011 10:02 news desk",
    "14.22 BST",
  ])("no full date alone on the line: %s (made-up)", (line) => {
    expect(publishedLine([line, BODY])).toBeUndefined();
  });

  it("a numeric date's order comes from the body with a weekday or a time before it too", () => {
    expect(publishedDate(["Tue, 12/03/2014", "The quay shut on 3 March, the board said."])).toBe("2014-03-12");
    expect(publishedDate(["02:30, 12.03.2014", BODY])).toBe("2014-03-12");
    expect(publishedDate(["1/01/2011", BODY])).toBe("2011-01-01");
  });

  it("reads each line of a page header pasted as one block; an unlabelled date line before an update line", () => {
    expect(
      publishedDate([
        "Harbour quay shut to lorries",
        "UPDATED Jun 18, 2024, 07:15 PM\nPUBLISHED Jun 17, 2024, 05:00 AM",
        BODY,
      ]),
    ).toBe("2024-06-17");
    expect(
      publishedLine([
        "Harbour quay shut to lorries",
        "Port Desk\nSat Jan 13, 2024 12:00 AM\nLast update on: Sun Jan 14, 2024 01:05 AM",
        BODY,
      ]),
    ).toEqual({ iso: "2024-01-13", dateOnly: "Sat Jan 13, 2024 12:00 AM" });
  });

  it("a publisher's name before a slash is furniture of the date line", () => {
    const line = "Westbrook Evening Gazette / 05:32 AM February 20, 2023";
    expect(publishedLine(["Harbour quay shut to lorries", line, BODY])).toEqual({
      iso: "2023-02-20",
      dateOnly: line,
    });
  });

  it.each([
    ["March 4, 2024 | Updated: March 5, 2024"],
    ["By Jane Roe | 4 March 2024 | Updated: March 5, 2024"],
    ["Mar. 4, 2024 — Updated March 5"],
    ["Jane Roe, Staff Writer · 4 March 2024 | Last modified: 5 March 2024 10:12 GMT"],
  ])("a date line with its update after it gives the publication date and is furniture: %s", (line) => {
    expect(publishedLine(["Harbour quay shut to lorries", line, BODY])).toEqual({
      iso: "2024-03-04",
      dateOnly: line,
    });
  });

  it("an update label after a sentence, or before the only date, is no two-date line", () => {
    expect(publishedLine(["Harbour quay shut", "March 4, 2024: Guidance updated on March 5", BODY])).toBeUndefined();
    expect(publishedLine(["Harbour quay shut", "Prices rose — March 4, 2024 | Updated March 5, 2024", BODY])).toBeUndefined();
  });

  it.each([["Staff reporter — March 4, 2024"], ["Our foreign correspondent — Mon 4 Mar 2024 | 5 min read"], ["By Jane Roe — 4 March 2024"]])(
    "a byline or a reporter's job before a dash is furniture of the date line: %s",
    (line) => {
      expect(publishedLine(["Harbour quay shut to lorries", line, BODY])).toEqual({
        iso: "2024-03-04",
        dateOnly: line,
      });
    },
  );

  it("an update dated before its publication reading is no reading (an order both numbers allow)", () => {
    expect(publishedLine(["Harbour quay shut", "05/04/2024 | Updated: March 5, 2024", BODY])).toBeUndefined();
    expect(publishedLine(["Harbour quay shut", "March 6, 2024 | Updated: March 5, 2024", BODY])).toBeUndefined();
  });

  it("a numeric date either order allows takes the order its update date allows", () => {
    expect(publishedDate(["Harbour quay shut", "04/03/2024 | Updated: March 5, 2024", BODY])).toBe("2024-03-04");
    expect(publishedDate(["Harbour quay shut", "03/04/2024 | Updated: March 5, 2024", BODY])).toBe("2024-03-04");
  });

  it("a headline before a dash and a date is no date line", () => {
    expect(publishedLine(["Harbour quay shut", "Flood hits town — March 4, 2024", BODY])).toBeUndefined();
    expect(publishedLine(["Flood hits town — March 4, 2024", BODY])).toBeUndefined();
  });

  it("a saved page title, the headline then a masthead and its date, gives the date", () => {
    expect(publishedLine(["Flood hits town - The Westbrook Courier, Monday 4 March 2024", BODY])).toEqual({ iso: "2024-03-04" });
  });

  it("the weekday the line gives decides a numeric date's order", () => {
    // 4 March 2024 was a Monday, 3 April a Wednesday.
    expect(publishedDate(["Harbour quay shut", "Mon, 4/3/2024 - 10:12", BODY])).toBe("2024-03-04");
    expect(publishedDate(["Harbour quay shut", "Wed, 4/3/2024 - 10:12", BODY])).toBe("2024-04-03");
  });

  it("a date with dots is day first though the body writes month-name dates month first", () => {
    const body = "The board, which met on January 10, voted to close the quay.";
    expect(publishedDate(["Harbour quay shut", "Jane Roe | 04.03.2024", body])).toBe("2024-03-04");
    expect(publishedDate(["Harbour quay shut", "Jane Roe | 04/03/2024", body])).toBe("2024-04-03");
  });

  it("an order nothing else decides comes from the date format of the country the article names most (CLDR)", () => {
    const nigeria = "The harbour board of Nigeria met to close the quay; Nigeria's ports are busy.";
    const us = "The United States harbour board met to close the quay.";
    expect(publishedDate(["Harbour quay shut", "04/03/2024", nigeria])).toBe("2024-03-04");
    expect(publishedDate(["Harbour quay shut", "04/03/2024", us])).toBe("2024-04-03");
    expect(publishedDate(["Harbour quay shut", "04/03/2024", BODY])).toBeUndefined();
    // A name without its capital is no country; two named as often decide nothing.
    expect(publishedDate(["Harbour quay shut", "04/03/2024", "They ate turkey in Kenya; Kenya and Canada trade tea."])).toBe("2024-03-04");
    expect(publishedDate(["Harbour quay shut", "04/03/2024", "Ships from Kenya and the United States."])).toBeUndefined();
    // CLDR has no English locale of Russia (its fallback "en" is the US order): Russian's is day first; Chinese's year first says nothing.
    expect(publishedDate(["Harbour quay shut", "04/03/2024", "The port board of Russia met; Russia's ports are busy."])).toBe("2024-03-04");
    expect(publishedDate(["Harbour quay shut", "04/03/2024", "The port board of China met; China's ports are busy."])).toBeUndefined();
    // An old code is an alias ("UK" of "GB"): the United Kingdom writes day first.
    expect(publishedDate(["Harbour quay shut", "4/3/2024", "The United Kingdom's port board met."])).toBe("2024-03-04");
  });

  it.each([["Issue date: 04 March 2024"], ["pubDate: 2024-03-04"], ["date: March 4, 2024"], ["Jane Roe @janeroe March 4, 2024"], ["Posted by Jane Roe on March 4, 2024 at 10:12 am"]])(
    "a field's label in any case, a handle, or 'by … on' before the date is furniture: %s",
    (line) => {
      expect(publishedDate(["Harbour quay shut", line, BODY])).toBe("2024-03-04");
    },
  );

  it("a sentence with a colon before its date is still no date line", () => {
    expect(publishedLine(["Harbour quay shut", "The quay will shut on: March 4, 2024", BODY])).toBeUndefined();
    expect(publishedLine(["Harbour quay shut", "Board says it voted: March 4, 2024", BODY])).toBeUndefined();
  });

  it("a press release's embargo line gives its day", () => {
    expect(publishedDate(["EMBARGOED UNTIL 00:01 GMT MONDAY 4 MARCH 2024", "Harbour quay shut", BODY])).toBe("2024-03-04");
    expect(publishedDate(["Harbour quay shut", "Embargoed until: 4 March 2024", BODY])).toBe("2024-03-04");
  });

  it.each([
    [{ published: "2024-03-04" }, "2024-03-04"],
    [{ pubDate: "Mon, 04 Mar 2024 10:12:00 +0000" }, "2024-03-04"],
    [{ datePublished: "March 4, 2024" }, "2024-03-04"],
    [{ published_at: "2024-03-04T10:12:00Z" }, "2024-03-04"],
    [{ created: new Date(Date.UTC(2024, 2, 4)) }, "2024-03-04"],
    [{ updated: "2024-03-04" }, undefined],
    [{ published: "soon" }, undefined],
    [{ published: "04/03/2024" }, undefined],
  ])("a front-matter field that names the publication date: %o", (data, iso) => {
    expect(frontMatterDate(data)).toBe(iso);
  });
});

