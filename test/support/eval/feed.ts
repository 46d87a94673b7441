/**
 * Feeds a corpus document to the bot the way a user would: as an article file whose front matter
 * gives the title and the publication date (the date relative dates are resolved against), read
 * by the content loader and analysed by the public `analyse()`.
 */
import { analyse } from "../../../src/analysis/analyse.js";
import type { Analysis } from "../../../src/model/analysis.js";
import { articleFromBytes } from "../../../src/content/load.js";

export interface CorpusDoc {
  id: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  body: string;
}

export function articleText(doc: CorpusDoc): string {
  const title = doc.title.replace(/\s+/g, " ").trim().slice(0, 300) || doc.id;
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${doc.date}\n---\n${doc.body}`;
}

export function analyseDoc(doc: CorpusDoc): Analysis {
  const file = `/corpus/${doc.id}.txt`;
  return analyse(articleFromBytes("/corpus", file, Buffer.from(articleText(doc)), 0));
}
