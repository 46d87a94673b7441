/**
 * Questions in a reader's words on made-up articles: a real verb is not a typo, inflections and
 * title abbreviations count as the word, WordNet's second verb sense, quotes the analysis gave
 * no speaker, two people with one surname, and context across a paragraph break.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.js";
import { articleFromBytes } from "../../../src/content/load.js";
import { Library } from "../../../src/library/library.js";
import { parseQuestion } from "../../../src/answers/questions/parse.js";
import { questionText } from "../../../src/answers/questions/text.js";
import { inflections, textStems } from "../../../src/answers/questions/terms.js";
import {
  judgedAs,
  meansWithBy,
  purposeAfter,
  reasonOpening,
  reasonPhrase,
  reasonWithFor,
} from "../../../src/answers/questions/kinds/why.js";
import { speechOf } from "../../../src/answers/questions/say.js";
import { isRolePhrase } from "../../../src/answers/questions/who.js";
import { agentOf, namedNext } from "../../../src/answers/questions/kinds/who.js";
import { askedEvent } from "../../../src/answers/questions/kinds/when.js";
import { countsFocus, headNoun } from "../../../src/answers/questions/honest.js";
import { focusType, partiesIn } from "../../../src/answers/questions/kinds/which.js";
import { shown } from "../../support/ask.js";

function madeUp(id: string, title: string, paragraphs: string[]) {
  const text = `---\ntitle: ${title}\n---\n\n${paragraphs.join("\n\n")}\n`;
  return new Library([
    analyse(articleFromBytes("/content", `/content/${id}.md`, Buffer.from(text), 0)),
  ]);
}
const ask = (q: string, library: Library) => shown(library, q);

const harbour = madeUp("harbour", "Harbour town remembers its mayor", [
  "The old harbour of Port Alden reopened on Saturday, ten years after the storm.",
  "Its first mayor, Ruth Kellan, who died of a heart attack in 1990, had fought to rebuild it.",
  "Boats are “the beating heart of this town” and “worth every penny,” Paul Greer, the former governor of the province, proclaimed to a cheering crowd.",
  "Gov. Anna Pike has vowed to block any sale of the harbour land.",
  "The club fired its manager, Tom Hale, last month.",
  "Eric Marsh, the harbour master, spoke first. His brother, David Marsh, runs the ferry company.",
  "Later David Marsh attacked the council over the ferry fares during a meeting in Norton.",
  "“The fares are a scandal,” he said. “Nobody can afford them.”",
  "On Thursday, after weeks of silence, Helen Vance appeared with the radio host Mark Dunn and backed the plan, saying, “I think a harbour that works is exactly what this town needs.”",
  "The Okafor family arrived in the town last spring.",
  "The five family members came from Lagos in southern Nigeria and now run a bakery on the quay.",
]);

describe("reading a reader's question", () => {
  it("keeps a real verb that is one letter from a question word", () => {
    expect(questionText("what did the mayor die of", () => false).text).toBe(
      "what did the mayor die of",
    );
    expect(questionText("wat did tokayev sya abot rusia", () => false).text).toBe(
      "what did tokayev say about rusia",
    );
  });

  it("reads a dotted abbreviation as one word, never the shorthand 'u' (you)", () => {
    expect(
      questionText("what did the senator say about the U.S. and the U.K.?", () => false).text,
    ).toBe("what did the senator say about the us and the uk");
    expect(questionText("can u tell me", () => false).text).toBe("can you tell me");
  });

  it("reads 'what %' as a number question, not a quote question", () => {
    const t = questionText("what % of voters think the fares are too high", () => true).text;
    expect(parseQuestion(t).kind).toBe("count");
  });

  it("knows a word's regular inflections", () => {
    expect(inflections("die")).toEqual(expect.arrayContaining(["died", "dies", "dying"]));
    expect(inflections("carry")).toEqual(expect.arrayContaining(["carries", "carried"]));
  });
});

describe("answers in a reader's words", () => {
  it("finds 'died of' for 'die of'", () => {
    expect(ask("what did Ruth Kellan die of", harbour)).toMatch(/heart attack/);
  });

  it("finds a title written short ('Gov.') for the title asked about", () => {
    expect(ask("what is the governor's position on the harbour land", harbour)).toMatch(
      /Anna Pike has vowed/,
    );
  });

  it("finds a verb through its second WordNet sense (sack ~ fire)", () => {
    expect(ask("who did the club sack", harbour)).toMatch(/Tom Hale/);
  });

  it("gives a quote the analysis left without a speaker to the person the sentence names first", () => {
    const out = ask("what did Paul Greer say about boats", harbour);
    expect(out).toMatch(/beating heart of this town|worth every penny/);
    expect(out).not.toMatch(/^The article has no quote/);
  });

  it("gives the quote of '…, saying, “…”' to the sentence's subject", () => {
    expect(ask("what did Helen Vance say when she backed the plan", harbour)).toMatch(
      /harbour that works/,
    );
  });

  it("a quote opening its paragraph is about what the paragraph before says", () => {
    expect(ask("what did David Marsh say about the ferry fares", harbour)).toMatch(
      /fares are a scandal/,
    );
  });

  it("takes context from the paragraph before", () => {
    expect(ask("where is the Okafor family from", harbour)).toMatch(/Lagos/);
  });
});

describe("why: an infinitive of purpose after the asked action", () => {
  const asked = textStems("are the teachers skipping the meeting");
  it("is a reason after the action's object, not right after a verb of planning", () => {
    expect(purposeAfter("The teachers plan to skip the meeting to join a march.", asked)).toBe(
      true,
    );
    expect(purposeAfter("The teachers plan to skip the meeting on Friday.", asked)).toBe(false);
    expect(purposeAfter("They skipped the meeting to the anger of the head.", asked)).toBe(false);
    expect(
      purposeAfter("Allies said they had enough support to hold a meeting.", textStems("support")),
    ).toBe(false);
  });
});

describe("why: a reason with 'for' after the asked action and its object", () => {
  const asked = textStems("did the mayor criticise the council");
  it("is new words after 'for', not what was asked for nor a span of time", () => {
    expect(reasonWithFor("The mayor blasted the council for its slow flood repairs.", asked)).toBe(
      true,
    );
    expect(reasonWithFor("The mayor has led the council for two years.", asked)).toBe(false);
    expect(reasonWithFor("The mayor praised the council for the first time.", asked)).toBe(false);
    expect(reasonWithFor("Acme made a bid for the council depot.", asked)).toBe(false);
    expect(reasonWithFor("The mayor went to Paris for a summit.", asked)).toBe(false);
  });
});

describe("why: a means with 'by' and a gerund after the asked action", () => {
  const asked = textStems("were the farmers angered by the mayor");
  it("is a new gerund after 'by', not the doer of a passive", () => {
    expect(meansWithBy("The mayor angered farmers by closing the market road.", asked)).toBe(true);
    expect(meansWithBy("The farmers were angered by the mayor on Monday.", asked)).toBe(false);
    expect(meansWithBy("The farmers were angered by morning traffic.", asked)).toBe(false);
  });
});

describe("why: the reason tied to the asked action leads the answer", () => {
  it("quotes the reason phrase up to the end of its clause", () => {
    const asked = textStems("did the clubs grow");
    expect(
      reasonPhrase(
        "Such clubs grew fast last year, mostly by recruiting students, a survey says.",
        asked,
      ),
    ).toBe("by recruiting students");
    expect(reasonPhrase("Such clubs grew fast last year.", asked)).toBeUndefined();
  });

  const clubs = madeUp("clubs", "Chess clubs boom", [
    "A new survey says there has been a sharp rise in the growth of chess clubs in Ohio this year. Interest in chess clubs usually falls in summer.",
    "The survey, written by Dana Holt, who runs the state chess league, says such clubs grew quickly, mostly by recruiting retired teachers.",
  ]);
  it("puts the sentence with the reason first, though it covers less of the question", () => {
    expect(ask("why did the chess clubs grow", clubs)).toMatch(/^by recruiting retired teachers:/);
  });
});

describe("why: a reason given in the sentence after the event", () => {
  it("reads the reason clause from the sentence's opening", () => {
    expect(reasonOpening("It came after residents signed a petition, officials said.")).toBe(
      "after residents signed a petition",
    );
    expect(reasonOpening("That is largely because the council cut its budget.")).toBe(
      "because the council cut its budget",
    );
    expect(reasonOpening("The reason: fuel costs doubled.")).toBe("fuel costs doubled");
    expect(reasonOpening("It came as no surprise.")).toBeUndefined();
    expect(reasonOpening("After the vote, the mayor left.")).toBeUndefined();
  });

  const town = madeUp("town", "Park opens", [
    "The mayor, Tom Reyes, opened a new park in the town on Friday. It came after residents signed a petition for more green space.",
  ]);
  it("answers with it, where the event's sentence gives no reason", () => {
    expect(ask("why did the mayor open a park", town)).toMatch(
      /after residents signed a petition for more green space:/,
    );
  });
});

describe("which state: the place after a person's name and 'of'", () => {
  const statehouse = madeUp("statehouse", "Budget vote", [
    "Sen. Mara Quill of Nebraska, a budget hawk, voted against the bill on Tuesday.",
  ]);
  it("names the place, not the person asked about", () => {
    expect(ask("which state is Mara Quill from", statehouse)).toMatch(/^Nebraska/);
  });
});

describe("how much did X give: a number of the asked person's", () => {
  const fund = madeUp("fund", "Donors back the harbour fund", [
    "Carla Voss, a banker, backs the harbour fund.",
    "Bob Tarr and his brother gave $2,000 to the harbour fund.",
  ]);
  it("is not another donor's gift, nor a span of time after a qualifier", () => {
    expect(ask("how much did Bob Tarr give to the fund", fund)).toMatch(/^\$2,000/);
    expect(ask("how much did Carla Voss give to the fund", fund)).toMatch(/^The article does not/);
    expect(
      countsFocus(
        "They called it less than a half-hour after polls closed.",
        "less than a half-hour",
        "delegates",
      ),
    ).toBe(false);
  });
});

describe("when is the <event>: a date of that event", () => {
  const county = madeUp("county", "County votes", [
    "Farming is a touchy subject in Dale County after the floods in June.",
    "The Dale County election is on 4 May.",
    "The county fair draws big crowds.",
  ]);
  it("is not the date of another event in a sentence about the same place", () => {
    expect(ask("when is the dale county election", county)).toMatch(/^4 May/);
    expect(ask("when is the dale county fair", county)).toMatch(/^The article does not/);
    expect(askedEvent("when was the attack on the embassy")).toBe(
      askedEvent("when was the attack"),
    );
  });
});

describe("when is <subject> <verb>-ing: a progressive, not an event noun", () => {
  const trip = madeUp("trip", "Minister to attend steel summit", [
    "Trade Minister Ruth Adeyemi will attend an emergency summit on steel tariffs.",
    "Adeyemi will be travelling to Brussels on 14 March with two senior advisers, a spokesman said.",
    "The annual hearing on tariffs was held on 2 February.",
  ]);
  it("answers with the date of the action however the article words it", () => {
    expect(ask("when is the minister flying to brussels", trip)).toMatch(/^14 March/);
    expect(ask("when are they going to brussels", trip)).toMatch(/^14 March/);
    expect(askedEvent("when is the minister flying to brussels")).toBeUndefined();
  });
  it("keeps an -ing noun after a determiner or an adjective as the asked event", () => {
    expect(askedEvent("when is the hearing")).toBe(askedEvent("when was the annual hearing"));
    expect(askedEvent("when is the hearing")).toBeDefined();
  });
});

describe("how much of / how much support: a share", () => {
  const port = madeUp("port", "Council and the harbour company", [
    "The harbour company is valued at $30 million, its owners say.",
    "The council owns 40% of the harbour company, up from 25% last year.",
  ]);
  it("answers with a share, and a share answers 'how much <thing>'", () => {
    expect(ask("how much of the harbour company does the council own", port)).toMatch(/^40%/);
    expect(
      countsFocus("Polls show support rising to 51 percent.", "51 percent", "support", true),
    ).toBe(true);
    expect(countsFocus("Polls show support rising to 51 percent.", "51 percent", "support")).toBe(
      false,
    );
  });
  it("does not take a count of another noun for the asked one", () => {
    expect(
      countsFocus(
        "Police got more than eight thousand reports of crimes.",
        "more than eight thousand reports",
        "members",
      ),
    ).toBe(false);
    expect(countsFocus("Police got 800 complaints last year.", "800 complaints", "members")).toBe(
      false,
    );
    expect(countsFocus("Thieves took 30 automobiles.", "30 automobiles", "cars")).toBe(true);
  });
  it("counts the noun past its adjectives, not an adjective WordNet also lists as a person", () => {
    expect(headNoun(["liberal", "and", "green", "charities", "wrote"])).toBe("charities");
    expect(headNoun(["two", "young", "men"].slice(1))).toBe("men");
    expect(
      countsFocus("Nine liberal and green charities wrote to the mayor.", "Nine liberal", "groups"),
    ).toBe(true);
    expect(
      countsFocus("Nine liberal and green voters wrote to the mayor.", "Nine liberal", "trucks"),
    ).toBe(false);
  });
});

describe("why: a judgement with 'as' after the asked action", () => {
  const asked = textStems("did the board reject the offer");
  it("is an adjective after 'as', not a role or a comparison", () => {
    expect(judgedAs("The board rejected the offer as too low.", asked)).toBe(true);
    expect(judgedAs("The board rejected the offer as unfair to staff.", asked)).toBe(true);
    expect(judgedAs("The board rejected the offer as chairman Tim Lowe watched.", asked)).toBe(
      false,
    );
  });
});

describe("what did X say about the article's subject", () => {
  const sale = madeUp("sale", "Council votes on the quay sale", [
    "The council will vote on Monday on the sale of the old quay to a hotel group.",
    "Fishing boats still use the quay every morning.",
    "“It would tear the heart out of the town,” said Ada Finch, who runs the ferry café.",
    "Local taxes rose by 4% this year, the council said.",
  ]);
  it("is answered by their quotes when the headline and lead name it, not when nothing does", () => {
    expect(ask("what did Ada Finch say about the sale", sale)).toMatch(/heart out of the town/);
    expect(ask("what did Ada Finch say about taxes", sale)).toMatch(/quoted once .* but not about/);
  });
});

describe("', saying …' is the sentence subject's speech", () => {
  const club = madeUp("club", "Mayor backs club chief", [
    "Mayor Ann Pell spoke to reporters at the town hall on Friday.",
    "This year, she rose to the defence of Tom Reed, the embattled president of the rowing club, saying Mr. Reed should get a medal.",
  ]);
  it("however far back the subject is, and a title is no name word", () => {
    expect(ask("what did Ann Pell say about Reed", club)).toMatch(/should get a medal/);
  });
});

describe("which party: a political party WordNet knows", () => {
  it("is the party word by the name, not a place or a house party", () => {
    expect(partiesIn("Democratic Rep. Joan Marr of Ohio spoke at a house party.")).toEqual([
      "Democratic",
    ]);
    expect(partiesIn("Joan Marr, Democrat of Ohio, and the GOP leaders")).toEqual([
      "Democrat",
      "GOP",
    ]);
    expect(partiesIn("Labour won in Leeds on Thursday.")).toEqual(["Labour"]);
  });
});

describe("who: someone brought in unnamed and named in the next sentence", () => {
  const raid = madeUp("raid", "Arrest over bank raid", [
    "A man whose van was seen near the bank was arrested in connection with the raid.",
    "The suspect, Dan Roper, appeared before magistrates in Hull.",
  ]);
  it("is that person, by a definite description of a person", () => {
    expect(ask("who was arrested for the raid", raid)).toMatch(/^Dan Roper:/);
    expect(namedNext("A man was held.", "The court, in Hull, heard the case.")).toBe(false);
  });
});

describe("when will: a time still to come at the article's date", () => {
  it("is not a date already past when the article was published", () => {
    const text = `---\ntitle: Mayor holds back\ndate: 2026-03-10\n---\n\nThe mayor withheld her backing for the plan a week ago.\n\nThe council will vote on the plan on 20 March.\n`;
    const library = new Library([
      analyse(articleFromBytes("/content", "/content/mayor.md", Buffer.from(text), 0)),
    ]);
    expect(ask("when will the mayor back the plan", library)).toMatch(/^The article does not/);
    expect(ask("when will the council vote on the plan", library)).toMatch(/^20 March 2026/);
  });
});

describe("when: a date of its own sentence's event", () => {
  it("is not taken for an event only the paragraph before names", () => {
    const court = madeUp("court", "Suspect flown to Britain", [
      "A man wanted over the fraud was arrested in Spain and flown to Britain for trial.",
      "The suspect, John Carr, appeared before magistrates in Leeds on 3 March 2025.",
    ]);
    expect(ask("when did John Carr appear before magistrates", court)).toMatch(/^3 March 2025/);
    expect(ask("when will Carr's fraud trial start", court)).toMatch(/^The article does not/);
  });
});

describe("an organisation's words", () => {
  it("are its spokespeople's: the people the article gives a role in it", () => {
    const trust = madeUp("trust", "Trust fights harbour sale", [
      "The Harbour Trust has gone to court over the sale of the quay.",
      "“We think the sale is unlawful,” said Jo Bell, legal director for the Harbour Trust.",
    ]);
    expect(ask("what did the harbour trust say about the sale", trust)).toMatch(/unlawful/);
  });
});

describe("speech of a person", () => {
  it("counts a quote the analysis gave no speaker as the speech of the first person its sentence names", () => {
    const base = harbour.latest()!;
    const text =
      "Boats are “the beating heart of this town,” Paul Greer, the former governor, proclaimed, as Jo Lake watched.";
    const greer = {
      id: "g",
      kind: "person" as const,
      name: "Paul Greer",
      aliases: ["Greer"],
      mentions: [0],
    };
    const lake = { id: "l", kind: "person" as const, name: "Jo Lake", aliases: [], mentions: [0] };
    const analysis = {
      ...base,
      sentences: [{ index: 0, para: 1, text }],
      entities: [greer, lake],
      quotes: [{ text: "the beating heart of this town", sentence: 0, para: 1, partial: false }],
    };
    const speech = (e: typeof greer) =>
      speechOf(analysis, { entity: e, fromAnalysis: true, score: 1, matched: [] });
    expect(speech(greer).map((s) => s.quote?.text)).toEqual(["the beating heart of this town"]);
    expect(speech(lake)).toEqual([]);
  });

  it("does not count a question or an order put to the sentence's subject ('X was asked, “…?”') as theirs", () => {
    const base = harbour.latest()!;
    const lake = {
      id: "l",
      kind: "person" as const,
      name: "Jo Lake",
      aliases: ["Lake"],
      mentions: [0, 1],
    };
    const analysis = {
      ...base,
      sentences: [
        {
          index: 0,
          para: 1,
          text: "Jo Lake was asked, “Would you sell the harbour to a developer?”",
        },
        {
          index: 1,
          para: 2,
          text: "Jo Lake's ferry crews were sternly told: “Never leave the quay after dark.”",
        },
      ],
      entities: [lake],
      quotes: [
        {
          text: "Would you sell the harbour to a developer?",
          sentence: 0,
          para: 1,
          partial: false,
        },
        {
          text: "Never leave the quay after dark. Never sail alone.",
          sentence: 1,
          para: 2,
          partial: false,
        },
      ],
    };
    const speech = speechOf(analysis, { entity: lake, fromAnalysis: true, score: 1, matched: [] });
    expect(speech.filter((s) => s.quote)).toEqual([]);
  });
});

describe("who is X: a role is any phrase with a word for what a person is", () => {
  it("takes roles from WordNet's persons, not only from a list of titles", () => {
    expect(isRolePhrase("a poultry magnate")).toBe(true);
    expect(isRolePhrase("the retired neurosurgeon")).toBe(true);
    expect(isRolePhrase("first president of the club")).toBe(true);
    expect(isRolePhrase("the first to arrive")).toBe(false);
    expect(isRolePhrase("last week")).toBe(false);
  });
});

describe("who did it: the doer named after 'by'", () => {
  it("reads the agent of the asked verb, an organisation too", () => {
    const asked = new Set(["who", "conducted", "the", "survey"]);
    const text = "The survey, conducted by the Harbour Institute of Norton, found a small lead.";
    expect(agentOf(text, asked)).toBe("Harbour Institute of Norton");
    expect(agentOf("The survey was funded by the Lund Trust.", asked)).toBeUndefined();
    expect(agentOf("It was conducted by phone.", asked)).toBeUndefined();
  });
  it("puts the sentence that names the doer first", () => {
    const poll = madeUp("poll", "Poll shows a tie", [
      "The poll shows Ruiz and Lund tied at 44 percent each.",
      "The poll, conducted by the Harbour Institute, asked 800 voters in March.",
    ]);
    expect(ask("who conducted the poll", poll)).toMatch(/^Harbour Institute:/);
  });
});

describe("which <kind>: the names of the asked kind (WordNet: a place, a person)", () => {
  const plant = madeUp("plant", "Plant to close", [
    "Acme Corp will close its plant in Evansville, Indiana, and move 600 jobs to Monterrey, Mexico, the company said.",
    "Mayor Lloyd Winnecke said the city was shocked.",
    "The Acme board, led by Ruth Kane, met in private.",
  ]);
  it("reads the kind of the focus", () => {
    expect(focusType("city")).toBe("place");
    expect(focusType("state")).toBe("place");
    expect(focusType("senator")).toBe("person");
    expect(focusType("newspaper")).toBeUndefined();
  });
  it("answers with places for a place, people for a person", () => {
    // Cities only: Indiana is a state and Mexico a country (WordNet).
    expect(ask("which city will acme move the jobs to", plant)).toMatch(/^Evansville, Monterrey:/);
    expect(ask("which mayor was shocked", plant)).toMatch(/^Lloyd Winnecke:/);
  });
  it("does not answer 'which city' with names that are no places", () => {
    expect(ask("which city did the Acme board meet in", plant)).toMatch(/does not say which city/);
  });
});
