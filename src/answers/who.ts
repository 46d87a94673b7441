import type { Analysis, Entity } from "../model/analysis.js";
import type { Library } from "../library/library.js";
import { quoteCounts, quotesBy } from "../nlp/people/entity-lookup.js";
import { ENTITIES_ONLY, matchNames } from "../nlp/people/name-match.js";
import { articleRef, newestFitting, withArticle } from "./article-ref.js";
import { articleHeading } from "./heading.js";
import { bold, item, italic, reply, text, type Block, type Reply, type Span } from "./reply.js";
import {
  listStamp,
  navRow,
  pageArg,
  pagesBySize,
  staleNotice,
  takePage,
  turnPage,
  type PageChoice,
} from "./page.js";
import { paged, quoteBlock } from "./quotes.js";
import type { CommandSpec } from "./spec.js";

const MAX_OTHERS = 15;

export const whoCommand: CommandSpec = {
  name: "who",
  description: "People in the article with their roles; /who <name> for one person",
  usage: "/who [name] [article]",
  run(args, ctx) {
    const { rest, ...at } = takePage(args);
    return withArticle(rest, ctx.library, (choice) => {
      const name = choice.rest.trim();
      if (!name) return [peopleReply(choice.analysis, ctx.library, at)];
      const analysis = newestFitting(
        choice,
        ctx,
        (a) => matchNames(a, name, ENTITIES_ONLY).length > 0,
      );
      return [personReply(analysis, ctx.library, name, at)];
    });
  },
};

const times = (n: number) =>
  n === 0 ? "not quoted directly" : n === 1 ? "quoted once" : `quoted ${n} times`;
const paras = (a: Analysis, sentences: number[]) => [
  ...new Set(
    sentences.map((i) => a.sentences[i]?.para).filter((p): p is number => p !== undefined),
  ),
];

/** Characters of people lines a page of /who holds: one message with the heading and the rest. */
const PEOPLE_PAGE_CHARS = 2400;

/**
 * `/who`: the people, most quoted first, with roles, a page at a time (‹ › buttons); then,
 * on the last page, organisations and places.
 */
export function peopleReply(
  analysis: Analysis,
  library: Library,
  at: Omit<PageChoice, "rest"> = {},
): Reply {
  const counts = quoteCounts(analysis.quotes);
  const people = analysis.entities
    .filter((e) => e.kind === "person")
    .map((e, i) => ({ e, i, n: counts.get(e.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i);
  const line = ({ e, n }: (typeof people)[number]): Block => {
    const spans: Span[] = [bold(e.name)];
    if (e.role) spans.push(` — ${e.role}`);
    spans.push(` (${times(n)})`);
    return item(...spans);
  };
  const all = pagesBySize(
    people,
    ({ e }) => e.name.length + (e.role?.length ?? 0) + 40,
    PEOPLE_PAGE_CHARS,
  ).map((onPage) => onPage.map(line));
  const stamp = listStamp(people.map(({ e, n }) => `${e.id}:${e.name}:${n}`));
  const { page, pages, stale } = turnPage(at.page, at.stamp, all.length, stamp);
  const blocks: Block[] = stale ? [staleNotice()] : [];
  blocks.push(articleHeading(analysis, library));
  if (!people.length) blocks.push(text(`I found no people named in “${analysis.article.title}”.`));
  else {
    const many = people.length === 1 ? "1 person" : `${people.length} people`;
    blocks.push(
      text(`${many}, most quoted first${pages > 1 ? ` (page ${page} of ${pages})` : ""}:`),
      ...(all[page - 1] ?? []),
    );
  }
  if (page === pages) blocks.push(...othersBlocks(analysis, counts, people.length > 0));
  const r = reply(...blocks);
  if (pages > 1) {
    const ref = articleRef(analysis, library);
    r.buttons = [navRow(page, pages, (n) => `/who${ref ? ` ${ref}` : ""} ${pageArg(n, stamp)}`)];
  }
  return r;
}

/** Organisations, places and works, the quotes of unnamed speakers, and how to ask about one person. */
function othersBlocks(
  analysis: Analysis,
  counts: Map<string, number>,
  anyPeople: boolean,
): Block[] {
  const blocks: Block[] = [];
  for (const [kind, label] of [
    ["organisation", "Organisations"],
    ["place", "Places"],
    ["work", "Works (films, books, shows…)"],
  ] as const) {
    const list = analysis.entities.filter((e) => e.kind === kind);
    if (!list.length) continue;
    const names = list.slice(0, MAX_OTHERS).map((e) => {
      const n = counts.get(e.id) ?? 0;
      return n ? `${e.name} (${times(n)})` : e.name;
    });
    const more = list.length > MAX_OTHERS ? ` and ${list.length - MAX_OTHERS} more` : "";
    blocks.push(text(bold(`${label}: `), names.join(", "), more));
  }
  // Bodies that speak ("a spokesman", "the paper") have quotes but no entry: count them too.
  const unnamed = analysis.quotes.filter((q) => !q.indirect && !q.speakerId).length;
  if (unnamed)
    blocks.push(
      text(
        italic(
          `${unnamed === 1 ? "1 quote is" : `${unnamed} quotes are`} by an unnamed or unattributed speaker; /quotes lists them all.`,
        ),
      ),
    );
  if (anyPeople) blocks.push(text("Send /who <name> for one person's role, names and quotes."));
  return blocks;
}

/** `/who <name>`: one person (or organisation): role, the names the text uses, their quotes. */
export function personReply(
  analysis: Analysis,
  library: Library,
  name: string,
  at: Omit<PageChoice, "rest"> = {},
): Reply {
  const heading = articleHeading(analysis, library);
  const match = matchNames(analysis, name, ENTITIES_ONLY)[0]?.entity;
  if (!match) {
    const people = analysis.entities.filter((e) => e.kind === "person").map((e) => e.name);
    const blocks: Block[] = [
      heading,
      text(`I found no one called “${name}” in “${analysis.article.title}”.`),
    ];
    if (people.length) blocks.push(text("People in it: ", people.slice(0, 12).join(", "), "."));
    return reply(...blocks);
  }
  return entityReply(analysis, library, match, name, at, heading);
}

function entityReply(
  analysis: Analysis,
  library: Library,
  e: Entity,
  typed: string,
  at: Omit<PageChoice, "rest">,
  heading: Block,
): Reply {
  const lead: Block[] = [heading, text(bold(e.name), e.kind === "person" ? "" : ` (${e.kind})`)];
  if (e.role) {
    const s = e.roleSentence !== undefined ? analysis.sentences[e.roleSentence] : undefined;
    lead.push(text("Role: ", e.role, s ? ` (¶${s.para})` : ""));
  }
  const aliases = e.aliases.filter((a) => a.toLowerCase() !== e.name.toLowerCase());
  if (aliases.length) lead.push(text("Also called: ", aliases.map((a) => `“${a}”`).join(", ")));
  const where = paras(analysis, e.mentions);
  if (where.length)
    lead.push(text(`Mentioned in ${where.length === 1 ? "¶" : "¶¶"}${where.join(", ")}`));
  const direct = quotesBy(analysis, e.id);
  if (direct.length)
    return paged(
      lead,
      direct,
      `/who ${typed}`,
      analysis,
      library,
      at,
      `${direct.length === 1 ? "1 quote" : `${direct.length} quotes`}`,
    );
  const reported = quotesBy(analysis, e.id, true).filter((q) => q.indirect);
  const blocks = [...lead, text(`${e.name} is not quoted directly.`)];
  if (reported.length) {
    blocks.push(text("What the article reports them saying:"));
    for (const q of reported.slice(0, 10)) {
      const s = analysis.sentences[q.sentence];
      if (s) blocks.push({ kind: "sentence", text: s.text, para: s.para });
    }
  }
  // Others' quotes that speak of them: "Our first president …, Nursultan Nazarbayev, said …".
  const names = [e.name, ...e.aliases]
    .filter((n) => !/^(the|a|an|our|his|her)\s/i.test(n))
    .map((n) => n.toLowerCase());
  const about = analysis.quotes.filter(
    (q) =>
      !q.indirect && q.speakerId !== e.id && names.some((n) => q.text.toLowerCase().includes(n)),
  );
  if (about.length) {
    blocks.push(text("Quotes that mention them:"));
    for (const q of about.slice(0, 10)) blocks.push(quoteBlock(q));
  }
  return reply(...blocks);
}
