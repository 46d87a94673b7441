/** How a question is worded, read generally (questions/kinds/*.ts): on made-up sentences and a made-up article. */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { shown } from "../../support/ask.js";
import { parseQuestion } from "../../../src/answers/questions/parse.js";
import { countsFocus } from "../../../src/answers/questions/honest.js";
import { subjectOf, titledByVerb } from "../../../src/answers/questions/kinds/who.js";
import { madeUp } from "../../support/articles.js";

const askIn = (library: Library) => (q: string) => shown(library, q);

describe("which <kind> …", () => {
  it("ends the kind asked for at the verb, and reads 'which other X' as 'which X'", () => {
    const known = (w: string) => ["treaty", "ostland"].includes(w);
    expect(parseQuestion("which countries signed the treaty", known)).toMatchObject({
      kind: "which",
      focus: "countries",
    });
    expect(
      parseQuestion("which other countries signed the treaty with ostland", known),
    ).toMatchObject({
      kind: "which",
      focus: "countries",
    });
  });

  it("answers 'which other countries' with a sentence naming other countries", () => {
    const ask = askIn(
      new Library([
        madeUp("pact", "Ostland joins trade pact", [
          "Ostland's government held celebrations on Monday to mark the country's entry into the trade pact.",
          "Also among the first members to accede to the pact on Monday were Poland and Portugal.",
          "Critics said the pact would burden farmers.",
        ]),
      ]),
    );
    const reply = ask("Which other countries joined the trade pact with Ostland?");
    expect(reply).toMatch(/Poland and Portugal: Also among/);
    expect(reply).not.toMatch(/Monday:/); // a day is not a country
  });
});

describe("how many <X>: the number must count X", () => {
  it("reads a partitive: 'six of the past seven races' counts races, not seats", () => {
    const text = "With the win in Dorset, Lund has taken six of the past seven races.";
    expect(countsFocus(text, "six of", "seats")).toBe(false);
    expect(countsFocus("Lund has taken six of the seven seats.", "six of", "seats")).toBe(true);
    // A nominal adjective is what is counted: "nine dead" answers how many people died.
    expect(countsFocus("The fire left nine dead last year.", "nine dead", "people")).toBe(true);
  });
});

describe("where …: the place the asked words take", () => {
  const ask = askIn(
    new Library([
      madeUp("envoy", "Envoy visits Ostland", [
        "Envoy Mara Lind flew to Portugal after the news conference.",
        "“We made progress,” Lind said at a news conference at the Grand Harbour hotel before leaving.",
        "She praised officials in Spain and Italy and the trade minister, Jon Berg, who now lives in Denmark.",
      ]),
    ]),
  );

  it("gives the place after the asked verb, not another place of the sentence", () => {
    expect(ask("Where does Jon Berg live?")).toMatch(/^Denmark:/);
  });

  it("prefers the place tied to the asked event, and a leading 'the' is no word of the question", () => {
    expect(ask("Where was the news conference?")).toMatch(/^the Grand Harbour:/);
  });
});

describe("who <verb>ed …: the subject of the asked verb", () => {
  const asked = (q: string) => new Set(q.split(" "));
  it("takes the name right before the verb, past an aside between commas", () => {
    const text =
      "An official said that a Northern Freedom group, linked with the rebels, planned the raids.";
    expect(subjectOf(text, "planned the raids", asked("who planned the raids"))).toBe(
      "Northern Freedom group",
    );
    expect(
      subjectOf(
        "The Ostland Rail Board has cancelled the line.",
        "cancelled the line",
        asked("who cancelled the line"),
      ),
    ).toBe("Ostland Rail Board");
  });

  it("knows the verb in any form, and a full name opening the sentence", () => {
    expect(
      subjectOf(
        "Mara Lind led the team on a tour of the sites.",
        "leads the team",
        asked("who leads the team"),
      ),
    ).toBe("Mara Lind");
    expect(
      subjectOf("Officials led the team on a tour.", "leads the team", asked("who leads the team")),
    ).toBe(undefined);
  });

  it("gives nothing for a pronoun or a common noun as the subject", () => {
    expect(
      subjectOf(
        "Later, he planned the raids.",
        "planned the raids",
        asked("who planned the raids"),
      ),
    ).toBe(undefined);
    expect(
      subjectOf(
        "In Ostland, the company cancelled the line.",
        "cancelled the line",
        asked("who cancelled the line"),
      ),
    ).toBe(undefined);
  });
});

describe("who is X: the role after an age", () => {
  it("reads 'Name, 58, a former ambassador to …' as the role", () => {
    const ask = askIn(
      new Library([
        madeUp("envoy2", "New envoy named", [
          "The council named a new envoy on Monday.",
          "Tomas Brenner, 58, a former ambassador to the United Nations, will lead the talks.",
        ]),
      ]),
    );
    expect(ask("Who is Tomas Brenner?")).toMatch(
      /^Tomas Brenner — former ambassador to the United Nations/,
    );
  });
});

describe("when …: the date of the asked verb first", () => {
  it("puts the date next to the asked verb in front of the sentence's other dates", () => {
    const ask = askIn(
      new Library([
        madeUp("inspector", "Inspector back in Ostland", [
          "It was the first time that Lind, who arrived on 4 March 2024 with ten inspectors, had been allowed to work since 13 January 2024.",
        ]),
      ]),
    );
    expect(ask("When did Lind arrive?")).toMatch(/^4 March 2024, 13 January 2024:/);
  });
});

describe("who <verb>ed …: a name titled by the verb's agent noun", () => {
  it("reads 'Director Ann Lee' and 'its writer, Ann Lee' as who directed or wrote it", () => {
    expect(titledByVerb("Director Ann Lee said the cast was young.", ["directed"])).toBe("Ann Lee");
    expect(titledByVerb("Its writer, Ann Lee, was not there.", ["wrote"])).toBe("Ann Lee");
    expect(titledByVerb("Ann Lee said the cast was young.", ["directed"])).toBe(undefined);
  });

  it("answers 'who directed the film' from a sentence that names the director", () => {
    const ask = askIn(
      new Library([
        madeUp("film", "Ostland film cheered", [
          "A film about a village teacher drew loud applause at the Ostland festival.",
          "Director Ann Lee said: “We wanted to tell her story.”",
          "The film was shot in the mountains over six weeks.",
        ]),
      ]),
    );
    expect(ask("Who directed the film?")).toMatch(/^Ann Lee: Director Ann Lee said/);
  });
});

describe("what is the <role>'s name", () => {
  it("asks who the role is; a thing's name is not someone", () => {
    expect(parseQuestion("what is the bank chief s name")).toMatchObject({
      kind: "who",
      subject: "the bank chief",
    });
    expect(parseQuestion("what was the name of the driver")).toMatchObject({
      kind: "who",
      subject: "the driver",
    });
    expect(parseQuestion("what is the name of the film").kind).not.toBe("who");
  });
});

describe("where …: a titled name is a person, not a place", () => {
  it("does not give 'Dr' as the place of 'outside Dr. Lund's home'", () => {
    const ask = askIn(
      new Library([
        madeUp("hair", "Clue found", [
          "Police are testing a glove found outside Dr. Lund's home.",
          "The glove was later sent to a laboratory in Ostbury.",
        ]),
      ]),
    );
    expect(ask("Where was the glove found?")).not.toMatch(/^Dr:/);
  });
});

describe("a linking verb in the question", () => {
  const ask = askIn(
    new Library([
      madeUp("honours", "Engineer knighted", [
        "Dr Omar Vance, whose bridges span three rivers, has died aged 91.",
        "In 1975 he became the first engineer to win the Ostland prize for public works.",
        "He was appointed OBE in 1980 and made a knight in 1999 for services to engineering.",
        "Bridge board chairman Ann Lowe said on Tuesday that his work would last.",
      ]),
    ]),
  );
  it("'become a N' is asked by its complement, and said by 'was made/named/appointed N'", () => {
    expect(ask("When did he become a knight?")).toMatch(/^(?:1999|1980, 1999|1999, 1980):/);
  });
  it("a date beside the complement alone does not say when someone became it", () => {
    expect(ask("When did Lowe become chairman?")).toMatch(/^The article does not say when/);
  });
});
