import nlp from "compromise";
import { describe, expect, it } from "vitest";
import * as data from "../../src/nlp/lexicon/irregular-forms-data.js";
import { isIrregularBase, lemma, singular } from "../../src/nlp/lexicon/irregular-verbs.js";
import { processed } from "../../src/search/terms.js";

const pairs = (list: string) => list.split(" ").map((p) => p.split(":") as [string, string]);

describe("irregular forms, read from compromise by npm run gen", () => {
  it("are what the installed compromise conjugates (rerun `npm run gen` after upgrading it)", () => {
    for (const [form, base] of pairs(data.PAST_FORMS)) {
      const doc = nlp(base);
      doc.tag("Infinitive");
      const forms = doc.verbs().conjugate()[0] as Record<string, string>;
      expect([forms["PastTense"], forms["Participle"]], `${form}:${base}`).toContain(form);
    }
    const model = nlp.model() as { two: { irregularPlurals: Record<string, string> } };
    const plurals = model.two.irregularPlurals;
    for (const [plural, single] of pairs(data.PLURALS)) expect(plurals[single]).toBe(plural);
    // ~200 conjugations: a few seconds on a busy machine.
  }, 60_000);

  it("give the base of an irregular past form and the singular of an irregular plural", () => {
    expect(lemma("held")).toBe("hold");
    expect(lemma("fallen")).toBe("fall");
    expect(lemma("understood")).toBe("understand");
    expect(singular("women")).toBe("woman");
    expect(singular("crises")).toBe("crisis");
    expect(isIrregularBase("swim")).toBe(true);
  });

  it("leave regular forms, helping verbs and nouns alone", () => {
    expect(lemma("asked")).toBe("asked");
    expect(lemma("was")).toBe("was");
    expect(lemma("had")).toBe("had");
    // "rose" and "wound" are nouns first in compromise's lexicon.
    expect(lemma("rose")).toBe("rose");
    expect(lemma("wound")).toBe("wound");
    // "leaves" is also a verb: not taken for the plural of "leaf".
    expect(singular("leaves")).toBe("leaves");
    // "people" and "opera" are nouns of their own in WordNet, not only plurals.
    expect(singular("people")).toBe("people");
    expect(singular("opera")).toBe("opera");
  });

  it("let a question's words meet the article's other forms", () => {
    expect(processed("Which women were arrested?").terms).toEqual(
      processed("The woman was arrested.").terms,
    );
    expect(processed("Who has fallen ill?").terms).toEqual(processed("Who falls ill?").terms);
    expect(processed("the children sang").terms).toEqual(processed("a child sings").terms);
  });
});
