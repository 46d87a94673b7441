import { describe, expect, it } from "vitest";
import { leaning } from "../../src/nlp/cohesion.js";

const back = (s: string) => leaning(s).back;

describe("leaning: what a sentence needs to be read on its own", () => {
  it("a sentence opening with a connective or a pronoun leans on the one before", () => {
    for (const s of [
      "But the council refused to pay for the repairs.",
      "However, the engineers found more cracks on Friday.",
      "He added that the bridge would reopen in May.",
      "Their plan was rejected by the port authority.",
      "The two men met at the harbour office on Monday.",
      "This is the third bridge to close in a year.",
      "Still, the hauliers said they would wait.",
      "In addition, the ferry will run every hour.",
      // connectives modified by "even", "only", "just" (PDTB 2.0)
      "Even so, the hauliers said they would wait.",
      "Only then did the council agree to pay.",
      "It was likely to be opposed by the hauliers.",
    ])
      expect(back(s), s).toBe(true);
  });

  it("a connective set off by commas inside the sentence leans back as it would opening it", () => {
    for (const s of [
      "Until Thursday, however, the harbour had stayed open to lorries.",
      "The council, in turn, raised the harbour fees.",
      "The ferry, for example, lost a third of its trade.",
      "Hauliers paid the new fees in May, though.",
    ])
      expect(back(s), s).toBe(true);
    for (const s of [
      "The harbour reopened in May, though trade stayed slow.",
      "The council said it would pay, however reluctantly, for the repairs.",
      "Ann Reyes said, “The hauliers, however, will pay nothing.”",
    ])
      expect(back(s), s).toBe(false);
  });

  it("an enumerating ordinal opens an item of a sequence announced before; an ordinal adjective does not", () => {
    for (const s of [
      "First Ann Reyes was judged offside as she chased the kick, and then the referee opted not to check.",
      "Secondly, the port lost a third of its trade.",
      "First, the council met the hauliers.",
      "First the council voted, then it paid for the repairs.",
      "Lastly the ferry will stop at the harbour.",
    ])
      expect(back(s), s).toBe(true);
    for (const s of [
      "Second seed Ann Reyes won in straight sets.",
      "First Minister Tom Reyes said the bridge would reopen.",
      "First-half goals from Reyes won the cup.",
      "Third generation owners ran the harbour shop.",
    ])
      expect(back(s), s).toBe(false);
  });

  it("a list item set out with a dash or a bullet leans on what introduces the list", () => {
    for (const s of [
      "- A ban on lorries on the harbour bridge until the repairs are done.",
      "— Two years of work on the piers and the deck;.",
      "• A ferry every hour for the hauliers.",
    ])
      expect(back(s), s).toBe(true);
    expect(back("A ban on lorries - the council's second - starts on Monday.")).toBe(false);
  });

  it("a list item that is a sentence of its own is marked as reading alone; a phrase is not", () => {
    for (const s of [
      "- Turnout in Westbrook was 38 per cent, down from 61 per cent.",
      "• The harbour board voted to close the bridge for a year.",
      "- Ferries will run every hour across the harbour.",
    ])
      expect(leaning(s).itemReadsAlone, s).toBe(true);
    for (const s of [
      "- A ban on lorries on the harbour bridge until the repairs are done.",
      "- Increased spending on the harbour bridge repairs.",
      "- closed the harbour bridge to lorries for a year.",
      "- A new ferry from the United Kingdom to the harbour.",
      "- He said the harbour bridge would close for a year.",
    ])
      expect(leaning(s).itemReadsAlone, s).toBeFalsy();
  });

  it("a sentence opening in lower case is the rest of a sentence cut in two", () => {
    for (const s of [
      "welcomed the chance to cross the harbour bridge again.",
      ", who had waited for an hour, crossed first.",
    ])
      expect(back(s), s).toBe(true);
    for (const s of [
      "iPad sales at the harbour shop rose in March.",
      "eBay sellers said the bridge closure slowed deliveries.",
    ])
      expect(back(s), s).toBe(false);
  });

  it("a bare attribution (“Her lawyer Tom Reyes said.”) leans on what was said before it", () => {
    for (const s of [
      "Her lawyer Tom Reyes said.",
      "Police said.",
      "Ann Reyes, the mayor of Westbrook, added.",
    ])
      expect(back(s), s).toBe(true);
    for (const s of [
      "A spokesman declined to comment.",
      "The council did not say.",
      "Lorries were banned, the council said.",
      "Hauliers had warned.",
      "Tolls rose as the council predicted.",
      "Ann Reyes joined Tom Reyes in backing the council's claims.",
      "The mayor rejected the reports.",
      "Many of them moved to the United States.",
    ])
      expect(back(s), s).toBe(false);
  });

  it("a sentence opening with a phrase that points back to a time or case named before leans on it", () => {
    for (const s of [
      "Around that time, the ferry stopped running to the islands.",
      "At that point, the hauliers had waited for an hour.",
      "After that, the council agreed to pay for the repairs.",
      "Since then, no lorry has crossed the bridge.",
      "In those days, the harbour handled a million tonnes of cargo.",
    ])
      expect(back(s), s).toBe(true);
    for (const s of [
      "At this stage, the council has not agreed to pay.",
      "Since Tuesday, no lorry has crossed the bridge.",
      "After the vote, the council agreed to pay for the repairs.",
    ])
      expect(back(s), s).toBe(false);
  });

  it("a sentence that names what it speaks of does not", () => {
    for (const s of [
      "The city council of Westbrook voted to close the harbour bridge.",
      "This week the council met in the old town hall.",
      "That year the harbour handled a million tonnes of cargo.",
      "It was agreed that the bridge would stay open to cars.",
      "It is not clear that the bridge will reopen.",
      "So far nobody has been hurt on the bridge.",
      "As well as the bridge, the council will repair two roads.",
      "Then-mayor Ann Reyes opened the bridge in 1998.",
      "Further repairs are planned for the spring.",
      "Still waters run under the harbour bridge.",
      "Hauliers said the detour would add an hour to every delivery.",
    ])
      expect(back(s), s).toBe(false);
  });

  it("a quotation leans back unless it names its speaker, and inside its marks as outside them", () => {
    expect(back("“We will reopen it,” she said.")).toBe(true);
    expect(back('"We will reopen it," he told reporters.')).toBe(true);
    expect(back("“We will reopen it.”")).toBe(true);
    expect(back("“We will reopen it,” said Ann Reyes, the mayor.")).toBe(false);
    expect(back("“But we cannot pay for it,” said Ann Reyes.")).toBe(true);
    expect(back("``It is not safe,'' Ann Reyes said.")).toBe(true);
  });

  it("a quotation closed from the sentence before leans back; one left open leans forward", () => {
    expect(leaning("and it will not be cheap,” Reyes said.")).toMatchObject({
      back: true,
      forward: false,
    });
    expect(leaning("Ann Reyes said: “The bridge is not safe.")).toMatchObject({
      back: false,
      forward: true,
    });
    expect(leaning("“The bridge is not safe.")).toMatchObject({ back: true, forward: true });
  });

  it("a quotation in single marks, as some house styles write them, leans the same way; apostrophes do not", () => {
    expect(leaning("Ann Reyes said, 'The bridge is not safe for lorries.")).toMatchObject({
      back: false,
      forward: true,
    });
    expect(leaning("The cracks in the piers are getting deeper.'")).toMatchObject({
      back: true,
      forward: false,
    });
    expect(leaning("'The bridge is not safe,' she said.").back).toBe(true);
    for (const s of [
      "The hauliers' union said it would appeal against the closure.",
      "Ferries of the '90s carried no lorries across the harbour.",
      "Ann Reyes called the bridge 'a danger to everyone' on Tuesday.",
    ])
      expect(leaning(s), s).toMatchObject({ back: false, forward: false });
  });

  it("a quotation left open leans back only for its speaker; a closing sentence that names the speaker says so", () => {
    expect(leaning("“The bridge is not safe.")).toMatchObject({ speakerLater: true });
    expect(leaning("“But the bridge is not safe.").speakerLater).toBeUndefined();
    expect(leaning("“It is not safe.").speakerLater).toBeUndefined();
    expect(leaning("We cannot wait any longer,” said Ann Reyes.").namesSpeakerOfEarlier).toBe(true);
    expect(leaning("We cannot wait any longer,” she said.").namesSpeakerOfEarlier).toBe(false);
  });

  it("a pronoun subject after a fronted phrase set off by a comma leans back", () => {
    for (const s of [
      "Known until last month as Harbour Freight, it now runs ferries to the islands.",
      "In 2004, he won the seat by eleven votes.",
      "Speaking to reporters on Friday, she said the bridge would reopen.",
      "Founded in 1990, it employs four hundred people.",
      "On Monday, they appealed against the ruling.",
      "Friday, he told the port authority the bridge was safe.",
      "Westbrook, she said, needs a second bridge.",
      "The Harbour Trust, he said, cannot pay for the repairs.",
    ])
      expect(back(s), s).toBe(true);
    expect(leaning("In 2004, he won the seat by eleven votes.").onPerson).toBe(true);
    expect(leaning("Founded in 1990, it employs four hundred people.").onPerson).toBe(false);
    expect(leaning("Such efforts, they believe, will fail.").onPerson).toBe(false);
    for (const s of [
      // the phrase may name the pronoun's antecedent
      "When Ann Reyes arrived, she said the bridge was safe.",
      "In March, it was agreed that the bridge would close.",
      "If the ferry sails on time, it will reach the islands by noon.",
      "In a statement, the council said the bridge was safe.",
      "“In March, he lied,” said Ann Reyes.",
      // a possessive after a comma may be an item of a list
      "Inviting the candidate, her husband and her daughter, the campaign filled the hall.",
    ])
      expect(back(s), s).toBe(false);
  });

  it("says when a sentence speaks in the first or second person outside quotation marks", () => {
    for (const s of [
      "I think the bridge is safe.",
      "We’re going to fight it.",
      "We lost the vote.",
      "You know, since he came the harbour has been busy.",
      "You can't run a port without lorries.",
      "When I agreed to run, I made a promise to the party.",
      "What I don't think they see is the cost of the repairs.",
      "Well, we lost the vote.",
      "In 1990, we counted every lorry on the bridge.",
      "A: Look, the harbour is busy again.",
    ])
      expect(leaning(s).firstOrSecondPerson, s).toBe(true);
    for (const s of [
      "“I think the bridge is safe,” said Ann Reyes.",
      "Our Harbour Trust said the bridge is safe.",
      "Ian Reyes said the bridge is safe.",
      "But I think the bridge is safe.",
      "Youth workers said the bridge is safe.",
      "“You can't run a port without lorries,” said Ann Reyes.",
      "Veterans of World War I laid wreaths at the harbour.",
      "The US said the bridge is safe.",
      "Ann Reyes said, ‘I think the bridge is safe.’",
      "Reyes said “we will win” and left the harbour.",
      "The app lets you register your boat with the port.",
      "The council told us nothing about the bridge.",
    ])
      expect(leaning(s).firstOrSecondPerson, s).toBeUndefined();
  });

  it("says when a sentence leans back only for the person its pronoun or quotation stands for", () => {
    const onPerson = (s: string) => leaning(s).onPerson;
    for (const s of [
      "He added that the bridge would reopen in May.",
      "Their plan was rejected by the port authority.",
      "“We will reopen it,” she said.",
    ])
      expect(onPerson(s), s).toBe(true);
    for (const s of [
      "But he said the bridge would reopen in May.",
      "It was closed for a year.",
      "The two men met at the harbour office on Monday.",
      "This is the third bridge to close in a year.",
      "“He lied to us,” she said.",
      // all quotation: the sentence before says who spoke, and comes with it
      "“The bridge will reopen in May.”",
      "“But we cannot pay for it,” she said.",
      "and it will not be cheap,” she said.",
      "The council of Westbrook met on Tuesday.",
    ])
      expect(onPerson(s), s).toBe(false);
  });

  it("a subhead run into its paragraph does not hide the connective after it", () => {
    expect(back("Road repairs As a result, the bridge stayed shut until May.")).toBe(true);
    expect(back("Rail fares However, the council kept the fares as they were.")).toBe(true);
    expect(back("Road repairs were finished in May.")).toBe(false);
    expect(back("Fans of So Solid Crew queued outside the hall.")).toBe(false);
  });
});

describe("leaning: a pronoun speaker closing reported words", () => {
  it("leans back on the person named before, whatever commas come first", () => {
    for (const s of [
      "The reservoir is being drained because it leaks, unlike the older ones, he said.",
      "Rents rose in the north, the south and the east, she added.",
    ]) {
      expect(leaning(s).back, s).toBe(true);
      expect(leaning(s).onPerson, s).toBe(true);
    }
  });
  it("not a named speaker, a quotation, or a noun after the pronoun", () => {
    expect(back("The reservoir leaks, unlike the older ones, the engineer said.")).toBe(false);
    expect(back("The reservoir leaks, unlike the older ones, she warned.")).toBe(true);
    expect(back("The bridge, built in 1950, needs work, engineers reported.")).toBe(false);
  });
});
