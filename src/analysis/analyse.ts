import type { Article } from "../model/article.js";
import { findDates } from "../nlp/dates/dates.js";
import { dayFirstByAddress } from "../nlp/dates/numeric-order.js";
import { findPeople } from "../nlp/people/people.js";
import { personLinks } from "./person-links.js";
import { findQuotes } from "../nlp/quotes/quotes.js";
import { splitSentences } from "../nlp/sentences.js";
import { plainPersonLinks, RANKED_AHEAD, rankSentences } from "../nlp/summary.js";
import type { Analysis, Sentence } from "../model/analysis.js";

/** Bump when analysis output changes, so cached analyses are rebuilt. */
export const ANALYSER_VERSION = 71;

export function articleSentences(article: Article): Sentence[] {
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const span of splitSentences(paragraph))
      sentences.push({ index: sentences.length, para: p + 1, text: span.text });
  });
  return sentences;
}

export function analyse(article: Article): Analysis {
  const sentences = articleSentences(article);
  const people = findPeople(sentences);
  const entities = people.entities;
  const quotes = findQuotes(sentences, entities, people);
  const { dates, referenceDate, referenceDateSource, timeMentions } = findDates(
    sentences,
    article.date ?? article.publishedMonth,
    article.datelineDate ? { date: article.datelineDate, place: article.place } : undefined,
    dayFirstByAddress(article.url),
    article.headlineInBody,
  );
  const links = personLinks(people, quotes);
  return {
    article,
    sentences,
    entities,
    quotes,
    dates,
    summaryRanking: rankSentences(sentences, {}, links, RANKED_AHEAD, article.title),
    summaryPeople: plainPersonLinks(links),
    referenceDate,
    referenceDateSource,
    timeMentions,
  };
}
