import { articleSentences } from "../../src/analysis/analyse.js";
import type { Quote } from "../../src/model/analysis.js";
import type { Article } from "../../src/model/article.js";
import { findPeople, type People } from "../../src/nlp/people/people.js";
import { findQuotes } from "../../src/nlp/quotes/quotes.js";

/** The sentences of a made-up article of these paragraphs, split as the analyser splits them. */
export function madeUpSentences(...paragraphs: string[]): ReturnType<typeof articleSentences> {
  const article: Article = {
    id: "t",
    file: "/tmp/t.txt",
    title: "Test",
    paragraphs,
    hash: "",
    mtimeMs: 0,
  };
  return articleSentences(article);
}

/** The people and every quote (direct and reported) of a made-up article of these paragraphs, found as the analyser finds them. */
export function readQuotes(...paragraphs: string[]): { people: People; quotes: Quote[] } {
  const sentences = madeUpSentences(...paragraphs);
  const people = findPeople(sentences);
  return { people, quotes: findQuotes(sentences, people.entities, people) };
}

/** The people and the direct quotes of a made-up article of these paragraphs. */
export function readDirect(...paragraphs: string[]): { people: People; quotes: Quote[] } {
  const { people, quotes } = readQuotes(...paragraphs);
  return { people, quotes: quotes.filter((q) => !q.indirect) };
}

/** The direct quotes of a made-up article of these paragraphs. */
export function directQuotes(...paragraphs: string[]): Quote[] {
  return readDirect(...paragraphs).quotes;
}
