/**
 * Question evaluation: the question sets in test/fixtures/questions/ (seed.jsonl on the seed
 * article; others.jsonl, heldout.jsonl and heldout2.jsonl on BBC articles — each held-out set
 * was written on five articles not looked at while building, scored once (85.7 % and 83.3 %),
 * then used like the others), asked through the same `answer()` as the bot.
 *
 * Issue 12 added sets on US news (../shared/corpus, each article fed as the polnear and timeml
 * sections feed it — publication date as front matter): polnear.jsonl and timeml.jsonl on articles
 * of the tune parts, polnear-heldout.jsonl on articles of the held-out part (split.ts; NOT for
 * tuning: `-v` prints its failures only with `--show-held-out`), and conversation.jsonl (greetings,
 * thanks, help, bye: the reply a person expects). fresh.jsonl: 20 answerable questions on two
 * BBC and three polnear-train tune articles nobody had looked at, written by reading each
 * article before asking (first score 15/20, MRR 0.692), then used like the others.
 * fresh-none.jsonl: 20 questions the article does not answer (how old, when, what did X say,
 * how many, why, who — details it leaves out, or things outside it), written by reading four
 * other articles nobody had asked about (two BBC, two of the polnear tune part) before any was
 * run; first score 13/20 refused honestly, then kept as a set. fresh2.jsonl: 40 questions (30
 * answerable, 10 not) on thirteen articles nobody had asked about (five polnear tune, two TimeBank
 * and two AQUAINT tune, four BBC), written by reading each article before any was run; first
 * score 35/40 (MRR 0.833; 9/10 refused honestly), then kept as a set (fixes on it only for general causes).
 * fresh3.jsonl: 40 more (30 answerable, 10 not) on eleven long polnear tune articles and two
 * AQUAINT tune articles nobody had asked about, written by reading each before any was run; first
 * score 34/40 (MRR 0.800; 8/10 refused honestly). `--half-a` with `-v` prints the failures of half A of the tune sets only
 * (halfOf): half B is the check that a fix is general. probe-a.jsonl: 115 questions written while
 * developing, on half-A articles only (seven of fresh-3's, six more TimeBank/AQUAINT ones), to
 * find general causes; counted in half A (`--no-probe` leaves them out). Measured before the fixes
 * they led to: 87/115; after: 100/115. Session 9 added seven (ages and roles on two more TimeBank/AQUAINT half-A articles): 3/7 before the fixes they led to, 7/7 after. fresh4.jsonl: 40 more (30 answerable, 10 not) on seven
 * TimeBank/AQUAINT tune articles (Xinhua, AP, NYT wire, 1998–2000) and four BBC articles from
 * outside Britain nobody had asked about, written by reading each before any was run; first score
 * 32/40 (MRR 0.758, 9/10 refused honestly; half A 16/20, half B 16/20). Its half A (halfOf) is
 * developed on, beside the tune sets' half A; its half B is not read. Each set's line also gives the
 * share of its `none` cases refused honestly, and a last line that share over every set.
 * fresh5.jsonl: 40 more (30 answerable, 10 not) on six TimeBank/AQUAINT tune articles (AP 1990,
 * AP/NYT/PRI 1998–2000: the Gulf, Northern Ireland, Virginia, Cuba) and seven BBC articles from
 * outside Britain on business, technology and sport, nobody had asked about, written by reading
 * each before any was run; first score 34/40 (MRR 0.821, 9/10 refused honestly). From session 10
 * its half A (the first 20 cases) is developed on; half B stays unread.
 * fresh6.jsonl: 40 more (30 answerable, 10 not) on twelve articles nobody had asked about (two
 * polnear tune: NYT, Western Journal; four TimeBank: WSJ 1989 ×2, VOA, CNN 1998; six BBC tech,
 * entertainment and sport), written by reading each before any was run; first score 36/40 (MRR
 * 0.887, 9/10 refused honestly). Never developed on: its failures are not printed.
 * fresh7.jsonl: 40 more (30 answerable, 10 not) on thirteen articles nobody had asked about (three
 * polnear tune: Huffington Post, Washington Post, Western Journal; four TimeBank/AQUAINT tune:
 * ABC 1998, San Jose Mercury 1991, Xinhua 1999, AP 2000; four BBC business, politics, sport, tech),
 * written by reading each before any was run; first score 27/40 (MRR 0.646, 8/10 refused honestly). Never developed on: its failures are not printed.
 * fresh8.jsonl: 40 more (30 answerable, 10 not) on thirteen articles nobody had asked about (four
 * polnear tune: Breitbart, Huffington Post, Politico, USA Today; four TimeBank/AQUAINT tune: NYT 1998
 * editorial, AP 1998 ×2, AP 1999; five BBC, one per topic), in a reader's words, written by reading
 * each before any was run (session 12, on main f572b00); first score 30/40 (MRR 0.696, 6/10 refused
 * honestly). Never developed on: its failures are not printed.
 * fresh9.jsonl: 40 more (30 answerable, 10 not) on thirteen articles nobody had asked about (three
 * BBC: business, entertainment, tech; three polnear tune: Politico, USA Today, Washington Post; two
 * timeml tune: WSJ 1989, AP 2000; five made-up articles in house styles the repo lacked, added to
 * test/fixtures/styles/: an Irish court report, a Straits Times tech launch, a Nigerian daily's flood
 * story, a CBC science story, an NZ Herald byelection result), in a reader's words, written by reading
 * each before any was run (session 13, on main f7663b2); first score 26/40 (MRR 0.625, 8/10 refused
 * honestly). Never developed on: its failures are not printed, even with -v.
 * fresh10.jsonl: 40 more (30 answerable, 10 not) on thirteen articles nobody had asked about (three
 * BBC: business, entertainment, sport; three polnear tune: Huffington Post, Politico ×2; two timeml
 * tune: WSJ 1989, AP 1998; five made-up articles in house styles the repo lacked, added to
 * test/fixtures/styles/: a Deutsche Welle English feature, a Hindu (Chennai) civic story, an AP
 * baseball result, a US health-study story, a Canadian Press wildfire story), in a reader's words,
 * written by reading each article before any was run (session 14, s14-blind, on main 774e417); first
 * score 29/40 (MRR 0.725, 7/10 refused honestly). Never developed on: its failures are not printed, even with -v.
 * fresh11.jsonl: 40 more (30 answerable, 10 not) on thirteen articles nobody had asked about (three
 * BBC: politics, tech, sport; three polnear tune: Politico, USA Today, Breitbart; two timeml tune: AP
 * 1998, WSJ 1989 (a letter); five made-up articles in house styles the repo lacked, added to
 * test/fixtures/styles/: a Globe and Mail business story, a Reuters cocoa story, an AFP strike story,
 * a Ghanaian constituency election result, a Korea Herald product launch), in a reader's words,
 * written by reading each article before any was run (session 15, s15-blind, on main 812cfce); first
 * score 29/40 (MRR 0.713, 9/10 refused honestly). Never developed on: its failures are not printed, even with -v.
 * fresh12.jsonl: 40 more (30 answerable, 10 not) on thirteen articles nobody had asked about (three
 * BBC: politics, sport, business; three polnear tune: Washington Post, Western Journal ×2; two timeml
 * tune: WSJ 1989, PRI 1998 transcript; five made-up articles in house styles the repo lacked, added to
 * test/fixtures/styles/: a Daily Monitor (Uganda) central-bank decision, a Hong Kong Free Press
 * minimum-wage story, an RNZ flood report, a UPI college basketball story, a POLITICO Europe
 * Parliament vote), in a reader's words, written by reading each article before any was run (session
 * 16, s16-blind, on main 2401282); first score 29/40 (MRR 0.658, 7/10 refused honestly). Never developed on: its failures are not printed, even with -v.
 * fresh13.jsonl ("fresh-13 (sealed, written blind)"): 40 more (30 answerable, 10 not) on thirteen
 * articles nobody had asked about (two BBC, three polnear tune, two timeml tune, six made-up articles
 * in house styles the repo lacked, added to test/fixtures/styles/ — listed in its README), in a
 * reader's words, written by reading each article before any was run (session 17, s17-blind, on
 * main f7f37e0); first score 32/40 (MRR 0.729, 8/10 refused honestly). SEALED: its score line only — never its failures (even with -v), and it joins no
 * honest, per-kind or failure-mode line.
 * fresh14.jsonl ("fresh-14 (sealed, written blind)"): 40 more (30 answerable, 10 not) on thirteen
 * articles nobody had asked about (two BBC, three polnear tune, two timeml tune, six made-up articles
 * added to test/fixtures/styles/ — listed in its README), in a reader's words, written by reading each
 * article before any was run (session 18, s18-blind, on main 1f0f90b). SEALED like fresh-13: its
 * score line only.
 * fresh15.jsonl ("fresh-15 (sealed, written blind)"): 40 more (30 answerable, 10 not) on thirteen
 * articles nobody had asked about (two BBC, three polnear tune, two timeml tune, six made-up articles
 * added to test/fixtures/styles/ — listed in its README), in a reader's words, written by reading each
 * article before any was run (session 19, s19-blind, on main 9b3d4e4); first score 27/40 (MRR 0.629,
 * 7/10 refused honestly). SEALED like fresh-13: its score line only.
 * fresh16.jsonl ("fresh-16 (sealed, written blind)"): 40 more (30 answerable, 10 not) on thirteen
 * made-up articles added to test/fixtures/styles/ (f16-*: thirteen house styles and countries —
 * listed in test/fixtures/styles/README.md), in a reader's words, written with the articles by
 * someone who read no code, before any was run (session 20, s20-blind, on main bcaa08b); first
 * score 29/40 (MRR 0.675, 8/10 refused honestly). SEALED like fresh-13: its score line only.
 * probe-s11.jsonl ("probe-11 (dev, read)"): 60 questions (57 answerable, 3 not) in a reader's words ("the
 * sprinter", "the Ryanair boss", "the congresswoman", "kids") written in session 11 on eleven
 * articles no other set asks about (four TimeBank/AQUAINT, three BBC, four polnear tune), to find
 * general causes; read. Before the fixes they led to: 39/60; after: 44/60.
 * probe12.jsonl ("probe-12 (dev)"): 60 questions (48 answerable, 12 not) in a reader's words on twelve
 * articles no other set asks about (four polnear tune: Breitbart/AP, Politico, USA Today, NYT; three
 * timeml tune: WSJ 1989, Xinhua 1999, NYT 1999; five BBC, one per topic), written by reading each
 * before any was run; first score 46/60 (MRR 0.683, 11/12 refused honestly; half A 19/25, half B
 * 27/35). Its failures were read for a cause analysis (session 11, s11-q3).
 * probe13.jsonl ("probe-13 (dev)"): 60 questions (48 answerable, 12 not) in a reader's words on twelve
 * articles no other set asks about (four polnear tune: Breitbart/UPI, Huffington Post, Politico, USA
 * Today; three timeml tune: WSJ 1989, NYT 1998, AP 2000; five BBC, one per topic), written by reading
 * each before any was run (session 12, s12-blind); first score 52/60 (MRR 0.783, 9/12 refused
 * honestly). Its eight failures, by cause: refusal of an unanswerable question (3: "which city" answered
 * with a state and a non-place; "who is the chief executive of X" answered though no such role is
 * named; "who will coach the southern team" answered with another team's coach), word matching (2:
 * "grow up" ~ "upbringing", "trade deficit" ~ "trade gap"), typed value (2: "when does the ad start
 * running" missed "starting Dec. 26"; "how much did it lose" took a part of the loss, not "a net loss
 * of $8.1 million"), person reference (1: "Carson's job" is "the retired neurosurgeon", named by
 * description only). After the fixes for the refusals (where.ts: the rank of "in which city"; who.ts:
 * "who is the chief executive of X" needs a sentence that gives the role): 54/60 (MRR 0.817, 11/12).
 * probe14.jsonl ("probe-14 (dev)"): 60 questions (48 answerable, 12 not) in a reader's words on twelve
 * articles no other set asks about (three BBC: politics, sport, tech; three polnear tune: Breitbart/AP,
 * Huffington Post (tweets), USA Today; two timeml tune: CNN 1998 transcript, Xinhua 1998; four made-up
 * articles added to test/fixtures/styles/: a Dawn (Pakistan) budget story, a Philippine Daily Inquirer
 * typhoon story, a South China Morning Post markets report, a South African power-cuts story), written by
 * reading each before any was run (session 13, s13-blind, on main f7663b2); first score 42/60 (MRR
 * 0.642, 12/12 refused honestly). Read. After the fixes for its recurring classes (ages in
 * descriptions, amounts as news abroad writes them): 47/60 (MRR 0.725); 46/60 after merging main.
 * probe15.jsonl ("probe-15 (dev)"): 60 questions (48 answerable, 12 not) in a reader's words on twelve
 * articles no other set asks about (three BBC: politics, tech, business; three polnear tune:
 * Washington Post (debate), Huffington Post, NYT; two timeml tune: an AP 1998 table of figures, a WSJ
 * 1989 capital-markets listing; four made-up articles added to test/fixtures/styles/: a Q&A interview,
 * a UK local-council story, a Bloomberg oil wrap, a Kyodo News story), written by reading each before
 * any was run (session 14, s14-blind, on main 774e417); first score 43/60 (MRR 0.692, 6/12 refused
 * honestly). Read. Its 17 failures, by cause:
 *   | cause                                                              | n | articles                    |
 *   | a value of another thing answers a near-miss (refusal): the figure  | 6 | council-bins, wash-post     |
 *   |   or date is given for another noun or action ("save £1.3m" for the |   | debate, APW19980810,        |
 *   |   grant, "kill nine people" for watchers, "as of Monday" for the    |   | wsj_0612, business/495,     |
 *   |   bombings, Sun's per-share price for Hertz's), a non-percentage   |   | tech/109                    |
 *   |   for "what percentage", a count over a list for one of its members |   |                             |
 *   | a word the article writes differently, not linked: ran~conducted,   | 5 | business/495, kyodo-school, |
 *   |   cost~spent, died~"Total Dead", Britons~UK, moderated~co-moderator |   | APW19980810, tech/109,      |
 *   |                                                                     |   | wash-post debate            |
 *   | why: "fell as speculation grew" (causal "as"); a Q&A answer         | 2 | bloomberg-oil, qa-interview |
 *   |   "Because …" in the paragraph after the question                   |   |                             |
 *   | "which country" counts "country" as a search word ("countries"      | 1 | tech/109                    |
 *   |   ranks above "South Korea")                                        |   |                             |
 *   | the answer names the asked thing by an anaphor ("the issue" = Sun's | 1 | wsj_0612                    |
 *   |   debentures of the sentence before)                                |   |                             |
 *   | quote not given to its speaker (''On espÃ ̈re,'' he said, or …)    | 1 | nyt climate                 |
 *   | where: a venue by common noun ("at a town hall") for "his remark"   | 1 | huff-post abortion          |
 * The first class (6 failures, 6 articles) was tried as one rule: a figure that is the object of a
 * content verb ("to kill nine people", "will save £1.3m") answers only a question whose own verb
 * says that action (the same verb, a shared WordNet sense, a related word; verb.stative verbs,
 * verbs of saying, light verbs and "left nine dead" exempt). Variants, each on the whole eval:
 * (a) questions without a verb checked too ("how much is the grant"): probe-15 45/60 but seed,
 * fresh, fresh-2, fresh-9 (blind), probe-12, timeml tune and half A each dropped; (b) verbs after
 * "did" and past forms: probe-15 44/60, held-out 58/70, fresh-6 (blind) 36 → 35 and six dev drops;
 * (c) past forms only ("how many people watched"), and (d) (c) only across WordNet lexicographer
 * files: probe-15 44/60, polnear held-out 57 → 58/70, every dev line the same, fresh-6 36 → 35.
 * Not kept (a blind line dropped); readers' verbs differ from the article's more often than a figure
 * belongs to another action.
 * probe16.jsonl ("probe-16 (dev)"): 50 questions (40 answerable, 10 not) in a reader's words on twelve
 * articles no other set asks about (three BBC: business, entertainment, tech; three polnear tune:
 * Huffington Post, NYT, Politico; two timeml tune: Xinhua 1998, PRI 1998 transcript; four made-up
 * articles added to test/fixtures/styles/: a Jamaica Gleaner cricket report, a Bangkok Post tourism
 * story, a Times of Malta court report, a Buenos Aires Times inflation story), written by reading
 * each before any was run (session 15, s15-blind, on main 812cfce); first score 35/50 (MRR 0.680,
 * 5/10 refused honestly). Read. Its 15 failures, by cause (not fixed):
 *   | cause                                                              | n | articles                    |
 *   | a value of another thing answers a near-miss (refusal): China's     | 5 | bangkok-tourism,            |
 *   |   arrivals for "from Japan", the accused's age for his aunt's niece,|   | malta-court, business/451,  |
 *   |   Foster's A$584m stake for "Southcorp pay for Rosemount", a $50m   |   | entertainment/167,          |
 *   |   film budget for "film rights sold for", Nairobi's dead for Cubans |   | XIE19980808.0188            |
 *   | a word the article writes differently, not linked: turn down ~      | 5 | business/451, tech/272,     |
 *   |   dismissed/rejected, at risk ~ vulnerable, next hearing ~ "the case|   | malta-court, gleaner-cricket|
 *   |   will continue on", at stumps ~ at the close, gun ~ handgun and    |   | huff-post zimmerman         |
 *   |   selling ~ auction                                                 |   |                             |
 *   | why: the cause is a quote or the next sentence, in other words:     | 3 | gleaner-cricket,            |
 *   |   "unhappy" ~ the coach's complaint of dropped catches; "so bad,    |   | batimes-inflation,          |
 *   |   according to the minister" ("according" kept as a search word) ~  |   | PRI19980216.2000.0170       |
 *   |   "a very hard month marked by a drought"; "The move had been       |   |                             |
 *   |   expected after police said the IRA was behind two killings"       |   |                             |
 *   | "who is the magistrate": a capitalised title before the name        | 1 | malta-court                 |
 *   |   ("before Magistrate Rachel Montebello") not read as the role      |   |                             |
 *   | a count with its noun elided ("struck a patient 118" runs) for a    | 1 | gleaner-cricket             |
 *   |   person named by role ("the Jamaica captain" = "CAPTAIN Devon      |   |                             |
 *   |   Marshall"); the scorecard line was shown only as "closest"        |   |                             |
 *
 * Two per-kind lines close the one-article part: right/total by question kind (the bot's own
 * reading, parseQuestion; "unanswerable" for `none` cases) over the blind sets taken together
 * (fresh-4/5 half B, fresh-6..12) and over the dev sets (probe-11..15, styles, kinds-1..3, tune,
 * fresh-4 and fresh-5 half A); counts only, no case text. First lines (session 15, main 812cfce):
 * blind 210/280 — who 76.3 %, when 72.7 %, how many/much 71.2 %, why 52.6 %, where 84.6 %, say
 * 76.7 %, which 88.2 %, other 73.3 %, unanswerable 78.9 %; dev 663/753 — who 89.6 %, when 86.2 %,
 * how many/much 89.3 %, why 76.3 %, where 86.4 %, say 90.0 %, which 71.4 %, other 84.6 %,
 * unanswerable 92.4 %.
 *
 * Failure-mode lines (session 17, defined before any blind count was read; failMode): for the same
 * BLIND and DEV aggregates, and for each polnear/timeml part, the failed questions counted by the
 * way they failed — answerable but refused ("closest right": the closest sentence the refusal
 * showed is a right one), answerable and answered with a right item only below the first three
 * shown (ranking), answerable and answered with no right item in six pages (retrieval or the wrong
 * kind of answer), unanswerable but answered — and the passes whose right item was 2nd or 3rd;
 * then the same split by kind ("refused/below/unshown"), and the refusals by their reason (refusalWhy:
 * a word the article never writes, too weak a match, no value of the asked kind, the asked person
 * absent or not quoted on it). Counts only: no case text, ids or articles.
 * A `sealed` set (being written blind) gives its score line only and joins neither line.
 *
 * kinds.jsonl ("kinds (dev)"): 40 typed questions (30 answerable, 10 not: when, why, how many, how
 * much, how old, how long, where) on nine articles no other set asks about (four polnear tune, three
 * TimeBank/AQUAINT tune, two BBC business), written by reading each before any was run; first score
 * 35/40 (MRR 0.821; half A 17/21, half B 18/19); after the fixes it led to (why-cues.ts, where,
 * count) 39/40 (MRR 0.921). Developed on: failures read on its half A (halfOf) only, half B the check.
 * kinds2.jsonl ("kinds-2 (dev)"): 40 more typed questions (30 answerable, 10 not: when, why, how
 * many, how much, how old, where, which city, what is X's job) on nine articles no other set asked
 * about (three polnear tune: NYT ×2, USA Today; three TimeBank/AQUAINT tune; three BBC), written by
 * reading each before any was run; first score 32/40 (MRR 0.742, 6/10 refused honestly); after
 * the fixes it led to (kinds/asked-action.ts, the obituary age, why asides, deadlines) 38/40
 * (MRR 0.892, 9/10). All its failures were read: it is a dev set, the tune halves the check.
 *
 * kinds3.jsonl ("kinds-3 (dev)"): 50 typed questions (25 answerable: when, how many, how much, how
 * old, what rate, who is the <role>; 25 near-misses: the asked fact is given for another person,
 * team, company or place in the article, a date not tied to the asked event, "how old" with no age,
 * "what rate" with no figure) on ten articles no other set asked about (five BBC, two polnear tune,
 * two TimeBank tune, one styles fixture), written in session 13 by reading each before any was run;
 * first score 40/50 (refused honestly 18/25). A dev set: its failures are read.
 *
 * styles.jsonl ("styles (dev)"): 60 questions (50 answerable, 10 not) on ten made-up articles in
 * house styles the corpora lack (test/fixtures/styles/: Reuters earnings, an Indian daily, ABC
 * Australia, a Kenyan daily, a Guardian live blog, AP 2023, an Al Jazeera page pasted whole, a match
 * report, an obituary, a press release), written with the articles in session 12 before any was
 * run; first score 43/60 (MRR 0.689, 7/10 refused honestly); after the content, honorific, quote-mark
 * and currency fixes it led to, 44/60 (MRR 0.708, 7/10). Read: a dev set (its failures are printed with -v).
 *
 * why-dev.jsonl ("why-dev (dev)"): 30 why questions (25 answerable, 5 not) on fifteen articles no
 * other set asks about (seven BBC: business ×2, politics, tech, entertainment, sport; three polnear
 * tune: Politico ×2, Western Journal; two timeml tune: WSJ 1989 ×2; three made-up articles added to
 * test/fixtures/styles/: a Jakarta Post fuel-price story, a Namibian water-rationing story, an RTÉ
 * hospital story), written by reading each before any was run (session 16, s16-why, on main
 * 2401282); first score 22/30 (4/5 refused honestly). Read. Its causes: the cause in a quote of the
 * person tied to the event (slurry "in the name of Islam"), the event in other words ("fight" ~
 * "trade kicks and punches", "change his mind" ~ "a rethink", "burden" ~ "weighed on"), a named
 * word of the question only in an earlier sentence ("the show" = the Brixton gig), "X stems from
 * Y" / "X was the result of Y" (fixed, why-cues.ts causeByVerb).
 *
 * kind-dev.jsonl ("kind-dev (dev)"): 94 typed questions (86 answerable, 8 not: how many, how much,
 * how long, how old, who did, who runs, when, why) on five made-up articles added to
 * test/fixtures/styles/ (kd-*: a Reuters port strike in Chile, a Lagos film festival, a central
 * European rail merger, an Ontario school board; then an Indian wildlife census, with its 16
 * questions, after the first fixes), each written in session 19 (s19-kind) with its
 * facts in many forms — figures in words, fractions ("two thirds", "two-fifths", "one in five",
 * "half of"), "dozens", role nouns ("chief executive", "Co-moderator"), causes after "because",
 * "after", "as" — before any was run; first score 66/78 (the wildlife census 12/16 when added). Read: a dev set for the kinds' value
 * checks (their refusals of answerable questions).
 *
 * Each case: { id, article: "seed" | "<topic>/<NNN>" | "polnear:<id>" | "timeml:<doc>" | "styles:<file name>", q, any?: [regex…], none?: true }.
 * A case passes when one regex matches the first reply page (or, for `none`, when the reply
 * says plainly that the article does not answer). MRR ranks the answer items (quotes and
 * sentences, following the "2 ›" pages): 1/rank of the first item matching a regex; a `none`
 * case scores 1 when refused. Printed for each set with one article loaded (as asked), then
 * with the whole BBC corpus loaded beside the seed; plus answer latency and a sweep of the
 * confidence threshold.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../src/analysis/analyse.js";
import type { Analysis } from "../../src/model/analysis.js";
import { tuning } from "../../src/answers/questions/core.js";
import type { Corpus } from "../../src/answers/context.js";
import type { Block, Reply } from "../../src/answers/reply.js";
import { answer } from "../../src/answers/router.js";
import { parseQuestion } from "../../src/answers/questions/parse.js";
import { questionText } from "../../src/answers/questions/text.js";
import { articleFromBytes } from "../../src/content/load.js";
import { loadLibrary } from "../../test/support/load-library.js";
import { Library } from "../../src/library/library.js";
import { indexFollowing } from "../../src/search/follow.js";
import { createLogger } from "../../src/log/logger.js";
import { blockPlain } from "../../src/render/plain.js";
import { renderPlain } from "../../src/render/messages.js";
import { analyseDoc, type CorpusDoc } from "../../test/support/eval/feed.js";
import { polnearDoc } from "../../test/support/eval/polnear-score.js";
import { loadPolnear } from "./polnear.js";
import { splitIds, type Part } from "../../test/support/eval/split.js";
import { loadTimeml, timemlDoc, timemlParts } from "./timeml.js";

export interface QuestionCase {
  id: string;
  article: string;
  q: string;
  any?: string[];
  none?: boolean;
}

export const QUESTIONS_DIR = path.resolve("test/fixtures/questions");
export const BBC_DIR = path.resolve("../shared/corpus/bbc");
export const SEED_PATH = path.resolve("content/kazakhstan-russia-alliance.md");
/** The made-up articles in house styles the corpora lack (styles.jsonl: "styles:<file name>"). */
export const STYLES_DIR = path.resolve("test/fixtures/styles");

/** How a refusal starts: the bot's honest "the article does not answer that". */
export const REFUSAL =
  /^(?:The article (?:does not|says nothing|has no|gives no)|None of the articles|I could not find)|is quoted .* but not about/;

export function readCases(file: string): QuestionCase[] {
  return readFileSync(path.join(QUESTIONS_DIR, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as QuestionCase);
}

/** The polnear-train and timeml documents by reference ("polnear:<id>", "timeml:<doc>"), with their split part; read once. */
let corpusDocs: Map<string, { doc: CorpusDoc; part: Part }> | undefined;
function corpusDoc(ref: string): { doc: CorpusDoc; part: Part } | undefined {
  if (!/^(?:polnear|timeml):/.test(ref)) return undefined;
  if (!corpusDocs) {
    corpusDocs = new Map();
    const articles = loadPolnear();
    const split = splitIds(articles.map((a) => a.id));
    for (const a of articles)
      corpusDocs.set(`polnear:${a.id}`, { doc: polnearDoc(a), part: split.get(a.id)! });
    const docs = loadTimeml();
    const parts = timemlParts(docs);
    for (const d of docs)
      corpusDocs.set(`timeml:${d.id}`, { doc: timemlDoc(d), part: parts.get(d)! });
  }
  const found = corpusDocs.get(ref);
  if (!found) throw new Error(`question set names an unknown corpus document: ${ref}`);
  return found;
}

export function analyseArticle(ref: string): Analysis {
  if (ref === "seed")
    return analyse(
      articleFromBytes(path.dirname(SEED_PATH), SEED_PATH, readFileSync(SEED_PATH), 0),
    );
  const styled = /^styles:(.+)$/.exec(ref)?.[1];
  if (styled) {
    const name = readdirSync(STYLES_DIR).find((f) => f.replace(/\.[a-z]+$/, "") === styled);
    if (!name) throw new Error(`question set names an unknown styles article: ${ref}`);
    const file = path.join(STYLES_DIR, name);
    return analyse(articleFromBytes(STYLES_DIR, file, readFileSync(file), 0));
  }
  const corpus = corpusDoc(ref);
  if (corpus) return analyseDoc(corpus.doc);
  const file = path.join(BBC_DIR, `${ref}.txt`);
  return analyse(articleFromBytes(BBC_DIR, file, readFileSync(file), 0));
}

export interface CaseResult {
  c: QuestionCase;
  pass: boolean;
  rr: number;
  ms: number;
  text: string;
  /** The first line (or first paragraph) is the honest "the article does not say". */
  refused: boolean;
  /** Answerable cases: the rank of the first right item over every page (0: none in six pages). */
  rank: number;
  /** Answerable cases: a right item is on the first page (for a refusal: shown as the closest). */
  shownRight: boolean;
}

const itemText = (b: Block) =>
  b.kind === "sentence" || b.kind === "quote" ? blockPlain(b) : undefined;

/** Asks one case through answer(): first page for pass/fail, following the next-page button for the rank. */
export function runCase(c: QuestionCase, corpus: Corpus): CaseResult {
  const ctx = { ...corpus, now: () => new Date() };
  const t0 = performance.now();
  const first = answer({ text: c.q, chat: "private" }, ctx);
  const ms = performance.now() - t0;
  const text = first.map(renderPlain).join("\n");
  const firstLine = text.split("\n")[0] ?? "";
  if (c.none) {
    const refused = REFUSAL.test(firstLine) || REFUSAL.test(text.split("\n\n")[0] ?? "");
    return { c, pass: refused, rr: refused ? 1 : 0, ms, text, refused, rank: 0, shownRight: false };
  }
  const patterns = (c.any ?? []).map((r) => new RegExp(r, "i"));
  const matches = (s: string) => patterns.some((p) => p.test(s));
  const refused = REFUSAL.test(firstLine);
  const shownRight = matches(text);
  const pass = shownRight && !refused;
  let rank = 0;
  let seen = 0;
  let replies: Reply[] = first;
  for (let page = 0; page < 6 && !rank; page++) {
    for (const r of replies) {
      for (const b of r.blocks) {
        const t = itemText(b);
        if (t === undefined) continue;
        seen++;
        if (!rank && matches(t)) rank = seen;
      }
    }
    const more = replies
      .flatMap((r) => r.buttons ?? [])
      .flat()
      .find((b) => b.text === "More" || /^\d+ ›$/.test(b.text));
    if (!more) break;
    replies = answer({ text: more.command, chat: "private" }, ctx);
  }
  return { c, pass, rr: rank && pass ? 1 / rank : 0, ms, text, refused, rank, shownRight };
}

export interface SetScore {
  name: string;
  cases: QuestionCase[];
  total: number;
  passed: number;
  accuracy: number;
  mrr: number;
  failures: CaseResult[];
  /** Every case's result, in the order of `cases`. */
  results: CaseResult[];
  times: number[];
}

export function scoreSet(
  name: string,
  cases: QuestionCase[],
  corpusFor: (c: QuestionCase) => Corpus,
): SetScore {
  const results = cases.map((c) => runCase(c, corpusFor(c)));
  const passed = results.filter((r) => r.pass).length;
  return {
    name,
    cases,
    total: results.length,
    passed,
    accuracy: results.length ? passed / results.length : 0,
    mrr: results.length ? results.reduce((s, r) => s + r.rr, 0) / results.length : 0,
    failures: results.filter((r) => !r.pass),
    results,
    times: results.map((r) => r.ms),
  };
}

/** The half of the tune sets an article falls in: the parity of the sum of its reference's character codes. */
export function halfOf(article: string): "A" | "B" {
  let sum = 0;
  for (const ch of article) sum += ch.charCodeAt(0);
  return sum % 2 === 0 ? "A" : "B";
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The `none` cases of a set and how many of them the bot refused honestly. */
function honesty(s: SetScore): { refused: number; total: number } {
  const failed = new Set(s.failures.map((f) => f.c));
  const none = s.cases.filter((c) => c.none);
  return { refused: none.filter((c) => !failed.has(c)).length, total: none.length };
}

function printScore(s: SetScore, verbose: boolean, withMrr = true): void {
  const h = honesty(s);
  const honest = h.total
    ? `   no-answer honest ${h.refused}/${h.total} (${pct(h.refused / h.total)})`
    : "";
  const mrr = withMrr ? `   MRR ${s.mrr.toFixed(3)}` : "";
  console.log(
    `${s.name.padEnd(34)} ${String(s.passed).padStart(3)}/${String(s.total).padEnd(3)} accuracy ${pct(s.accuracy).padStart(6)}${mrr}${honest}`,
  );
  if (verbose)
    for (const f of s.failures)
      console.log(
        `   FAIL ${f.c.id} [${f.c.article}] ${JSON.stringify(f.c.q)}\n        got: ${f.text.replace(/\n+/g, " / ").slice(0, 220)}`,
      );
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** One library (and its sentence index) per article, analysed once. */
export function singleLibraries(): (c: QuestionCase) => Corpus {
  const corpora = new Map<string, Corpus>();
  return (c) => {
    let corpus = corpora.get(c.article);
    if (!corpus) {
      const library = new Library([analyseArticle(c.article)]);
      corpus = { library, index: indexFollowing(library) };
      corpora.set(c.article, corpus);
    }
    return corpus;
  };
}

/** The kinds a per-kind line counts, in its order: the bot's kinds, "count" as "how many/much". */
const KIND_LABELS: [string, string][] = [
  ["who", "who"],
  ["when", "when"],
  ["count", "how many/much"],
  ["why", "why"],
  ["where", "where"],
  ["say", "what-did-X-say"],
  ["which", "which"],
  ["other", "what/other"],
  ["none", "unanswerable"],
];

/**
 * A question's kind as the bot reads it (parseQuestion over questionText, with the words its
 * article knows), or "none" for a case the article does not answer; "about" counts as "other".
 */
export function caseKind(c: QuestionCase, corpus: Corpus): string {
  if (c.none) return "none";
  const known = (w: string) => corpus.index.knows(w);
  const kind = parseQuestion(questionText(c.q, known).text, known).kind;
  return kind === "about" ? "other" : kind;
}

/** One line: right/total by question kind over the given sets (no case text). */
function printKinds(name: string, sets: SetScore[], corpusFor: (c: QuestionCase) => Corpus): void {
  const tally = new Map<string, { right: number; total: number }>();
  for (const s of sets) {
    const failed = new Set(s.failures.map((f) => f.c));
    for (const c of s.cases) {
      const kind = caseKind(c, corpusFor(c));
      const t = tally.get(kind) ?? { right: 0, total: 0 };
      t.total++;
      if (!failed.has(c)) t.right++;
      tally.set(kind, t);
    }
  }
  const parts = KIND_LABELS.filter(([k]) => tally.has(k)).map(([k, label]) => {
    const t = tally.get(k)!;
    return `${label} ${t.right}/${t.total} (${pct(t.right / t.total)})`;
  });
  const right = [...tally.values()].reduce((n, t) => n + t.right, 0);
  const total = [...tally.values()].reduce((n, t) => n + t.total, 0);
  console.log(`${name}: ${right}/${total} — ${parts.join(" · ")}`);
}

/**
 * Which way a failed case failed, defined (session 17) before any blind count was looked at:
 * "refused" — answerable, but the bot said the article does not say (with "closest right" when
 * the closest sentence it showed is a right one: the check or threshold refused a found answer);
 * "below" — answerable and answered, a right item in the bot's later pages but not the first three
 * shown (ranking); "unshown" — answerable and answered, no right item in six pages (retrieval or
 * the wrong kind of answer); "overconfident" — unanswerable but answered.
 */
export type FailMode = "refused" | "below" | "unshown" | "overconfident";

/**
 * Why a refusal refused, from its first line (session 17, after the first failure-mode counts, before
 * any count of these): "unknown" — a question word the article never writes ("says nothing about
 * X"); "weak" — the best sentence covers too little of the question ("does not answer that: nothing
 * links it to X"); "kind" — sentences match but none holds a value of the asked kind ("does not say
 * when. The closest it comes:"); "person" — the asked person is not in the article or not quoted
 * about it (who/say); "other".
 */
export type RefusalWhy = "unknown" | "weak" | "kind" | "person" | "other";

export function refusalWhy(text: string): RefusalWhy {
  const first = text.split("\n")[0] ?? "";
  if (/^(?:The article|None of the articles) says? (?:nothing|anything) about/.test(first))
    return "unknown";
  if (/^(?:The article does not|None of the articles) answers? that/.test(first)) return "weak";
  if (/The closest it comes:$/.test(first)) return "kind";
  if (
    /does not mention|^None of the articles mentions|has no quote from|is quoted .* but not about/.test(
      first,
    )
  )
    return "person";
  return "other";
}

export function failMode(r: CaseResult): FailMode | undefined {
  if (r.pass) return undefined;
  if (r.c.none) return "overconfident";
  if (r.refused) return "refused";
  return r.rank > 0 ? "below" : "unshown";
}

/**
 * One line of counts by failure mode over the given sets (no case text, ids or articles), then
 * the same split by question kind as "refused/below/unshown" (unanswerable: answered), and the
 * passes whose right item was not the first shown (2nd or 3rd).
 */
function printModes(name: string, sets: SetScore[], corpusFor: (c: QuestionCase) => Corpus): void {
  const results = sets.flatMap((s) => s.results);
  const count = (m: FailMode) => results.filter((r) => failMode(r) === m).length;
  const closest = results.filter((r) => failMode(r) === "refused" && r.shownRight).length;
  const notFirst = results.filter((r) => r.pass && !r.c.none && r.rank > 1).length;
  const failed = results.filter((r) => !r.pass).length;
  const why = new Map<RefusalWhy, number>();
  for (const r of results)
    if (failMode(r) === "refused")
      why.set(refusalWhy(r.text), (why.get(refusalWhy(r.text)) ?? 0) + 1);
  const whys = (["unknown", "weak", "kind", "person", "other"] as const)
    .map((w) => `${w} ${why.get(w) ?? 0}`)
    .join(", ");
  console.log(
    `failure modes, ${name}: ${failed} failed of ${results.length} — refused ${count("refused")} (closest right ${closest}; ${whys}) · right only below top 3: ${count("below")} · no right item shown ${count("unshown")} · unanswerable answered ${count("overconfident")} | passed, right not first: ${notFirst}`,
  );
  const byKind = new Map<string, Record<FailMode, number>>();
  for (const r of results) {
    const m = failMode(r);
    if (!m) continue;
    const kind = caseKind(r.c, corpusFor(r.c));
    const t = byKind.get(kind) ?? { refused: 0, below: 0, unshown: 0, overconfident: 0 };
    t[m]++;
    byKind.set(kind, t);
  }
  const parts = KIND_LABELS.filter(([k]) => byKind.has(k)).map(([k, label]) => {
    const t = byKind.get(k)!;
    return k === "none"
      ? `${label} ${t.overconfident}`
      : `${label} ${t.refused}/${t.below}/${t.unshown}`;
  });
  console.log(`  by kind (refused/below/unshown): ${parts.join(" · ")}`);
}

/**
 * The one-article question sets before the corpus sets, in printing order. `use`: "dev" sets print
 * their failures with -v (not with --half-a); "blind" sets never do. `halves`: a set split in two,
 * by article (halfOf) or its first 20 cases — half A is developed on (its failures printed with -v,
 * also with --half-a), half B is never printed. `honest`: its no-answer cases count in the honest
 * line. `perKind`: it joins a per-kind line and the failure-mode line beside it — a blind set the
 * BLIND lines (a split one: half B there, half A in the DEV lines), a dev set the DEV lines.
 * `sealed`: a blind set being written or kept sealed (fresh-13, fresh-14, fresh-15, fresh-16) — its score line only:
 * never its failures, never in a per-kind or failure-mode line, whatever `perKind` says.
 */
interface QuestionSetRow {
  name: string;
  files: string[];
  use: "dev" | "blind";
  halves?: { by: "article" | "first-20"; a: string; b: string };
  honest: boolean;
  perKind: boolean;
  sealed?: boolean;
}

const SETS: QuestionSetRow[] = [
  { name: "seed article", files: ["seed.jsonl"], use: "dev", honest: true, perKind: false },
  {
    name: "other articles (BBC)",
    files: ["others.jsonl", "heldout.jsonl", "heldout2.jsonl"],
    use: "dev",
    honest: true,
    perKind: false,
  },
  {
    name: "fresh (written blind)",
    files: ["fresh.jsonl"],
    use: "dev",
    honest: true,
    perKind: false,
  },
  {
    name: "fresh-2 (written blind)",
    files: ["fresh2.jsonl"],
    use: "dev",
    honest: true,
    perKind: false,
  },
  // fresh-3's cases also count in the tune halves (below).
  {
    name: "fresh-3 (written blind)",
    files: ["fresh3.jsonl"],
    use: "dev",
    honest: true,
    perKind: false,
  },
  {
    name: "fresh-4 (written blind)",
    files: ["fresh4.jsonl"],
    use: "blind",
    halves: { by: "article", a: "  fresh-4 half A (developed on)", b: "  fresh-4 half B (unread)" },
    honest: true,
    perKind: true,
  },
  // fresh-5: written blind in session 9; its first 20 cases read from session 10.
  {
    name: "fresh-5 (written blind)",
    files: ["fresh5.jsonl"],
    use: "blind",
    halves: {
      by: "first-20",
      a: "  fresh-5 half A (read from s10)",
      b: "  fresh-5 half B (unread)",
    },
    honest: true,
    perKind: true,
  },
  // fresh-6..12: each written blind in one session (10..16) before any change or run; never developed on.
  ...[6, 7, 8, 9, 10, 11, 12].map((n): QuestionSetRow => ({
    name: `fresh-${n} (written blind, unread)`,
    files: [`fresh${n}.jsonl`],
    use: "blind",
    honest: true,
    perKind: true,
  })),
  // fresh-13: written blind in session 17 (s17-blind) before any run; sealed — its score line only,
  // kept out of the honest, per-kind and failure-mode lines so no aggregate shows its failures.
  {
    name: "fresh-13 (sealed, written blind)",
    files: ["fresh13.jsonl"],
    use: "blind",
    honest: false,
    perKind: false,
    sealed: true,
  },
  // fresh-14: written blind in session 18 (s18-blind) before any run; sealed like fresh-13.
  {
    name: "fresh-14 (sealed, written blind)",
    files: ["fresh14.jsonl"],
    use: "blind",
    honest: false,
    perKind: false,
    sealed: true,
  },
  // fresh-15: written blind in session 19 (s19-blind) before any run; sealed like fresh-13.
  {
    name: "fresh-15 (sealed, written blind)",
    files: ["fresh15.jsonl"],
    use: "blind",
    honest: false,
    perKind: false,
    sealed: true,
  },
  // fresh-16: written blind in session 20 (s20-blind) before any run; sealed like fresh-13.
  {
    name: "fresh-16 (sealed, written blind)",
    files: ["fresh16.jsonl"],
    use: "blind",
    honest: false,
    perKind: false,
    sealed: true,
  },
  // probe-11..16: written while developing (sessions 11–15) on articles no other set asks about; read for causes.
  {
    name: "probe-11 (dev, read)",
    files: ["probe-s11.jsonl"],
    use: "dev",
    honest: false,
    perKind: true,
  },
  ...[12, 13, 14, 15, 16].map((n): QuestionSetRow => ({
    name: `probe-${n} (dev)`,
    files: [`probe${n}.jsonl`],
    use: "dev",
    honest: false,
    perKind: true,
  })),
  // kinds (dev): typed questions (when/why/how many/how much/how old/how long/where), developed on.
  {
    name: "kinds (dev)",
    files: ["kinds.jsonl"],
    use: "dev",
    halves: { by: "article", a: "  kinds half A (read)", b: "  kinds half B (check)" },
    honest: true,
    perKind: true,
  },
  // kinds-2 (dev): 40 more typed questions on nine other articles, written in session 11 before any run.
  { name: "kinds-2 (dev)", files: ["kinds2.jsonl"], use: "dev", honest: true, perKind: true },
  // kinds-3 (dev): 50 typed questions, half of them near-misses, written in session 13 before any run.
  { name: "kinds-3 (dev)", files: ["kinds3.jsonl"], use: "dev", honest: true, perKind: true },
  // styles (dev): 60 questions on ten made-up articles in house styles the corpora lack, read.
  { name: "styles (dev)", files: ["styles.jsonl"], use: "dev", honest: false, perKind: true },
  // why-dev: 30 why questions on fifteen unasked articles, written in session 16 before any run; read.
  // Kept out of the honest and per-kind lines, so those stay comparable with earlier sessions.
  { name: "why-dev (dev)", files: ["why-dev.jsonl"], use: "dev", honest: false, perKind: false },
  // kind-dev: 94 typed questions on five made-up articles, written in session 19 before any run; read.
  // Kept out of the honest and per-kind lines, so those stay comparable with earlier sessions.
  { name: "kind-dev (dev)", files: ["kind-dev.jsonl"], use: "dev", honest: false, perKind: false },
];

/** A set row's score, and its halves' scores when it is split. */
interface RowScore {
  row: QuestionSetRow;
  score: SetScore;
  halves?: [SetScore, SetScore];
}

export async function runQuestionsEval(): Promise<void> {
  const halfA = process.argv.includes("--half-a");
  const asked = process.argv.includes("-v") || process.argv.includes("--verbose");
  const verbose = asked && !halfA;
  const single = singleLibraries();

  console.log("One article loaded (the article the question is about):");
  const rows: RowScore[] = SETS.map((row) => {
    const cases = row.files.flatMap((f) => readCases(f));
    const score = scoreSet(row.name, cases, single);
    printScore(score, row.use === "dev" && !row.sealed && verbose);
    if (!row.halves) return { row, score };
    const { by, a, b } = row.halves;
    const halves = ([a, b] as const).map((name, i) => {
      const half = i === 0 ? "A" : "B";
      const inHalf =
        by === "article"
          ? cases.filter((c) => halfOf(c.article) === half)
          : cases.filter((_, j) => j < 20 === (half === "A"));
      const s = scoreSet(name, inHalf, single);
      printScore(s, asked && half === "A" && !row.sealed);
      return s;
    }) as [SetScore, SetScore];
    return { row, score, halves };
  });
  const casesOf = (file: string) => rows.find((r) => r.row.files.includes(file))!.score.cases;
  const seedCases = casesOf("seed.jsonl");
  const otherCases = casesOf("others.jsonl");
  const newSets = [
    { name: "polnear-train, tune part", file: "polnear.jsonl", part: "tune" },
    { name: "polnear-train, HELD-OUT part", file: "polnear-heldout.jsonl", part: "held-out" },
    { name: "timeml, tune part", file: "timeml.jsonl", part: "tune" },
  ].map(({ name, file, part }) => {
    const cases = readCases(file);
    const astray = [...new Set(cases.map((c) => c.article))].filter(
      (a) => corpusDoc(a)?.part !== part,
    );
    if (astray.length)
      console.log(
        `WARNING ${file} is for the ${part} part, but these are not: ${astray.join(", ")}`,
      );
    return { part, score: scoreSet(name, cases, single) };
  });
  // Held-out failures are not printed with -v, so that nobody tunes on them by accident.
  for (const { part, score } of newSets)
    printScore(score, verbose && (part === "tune" || process.argv.includes("--show-held-out")));
  // Two halves of the tune sets by article (HALF): failures are read on half A only, and a change
  // is kept only when half B does not drop, a check on over-fitting short of the held-out part.
  const tuneCases = [
    ...newSets.filter((n) => n.part === "tune").flatMap((n) => n.score.cases),
    ...casesOf("fresh3.jsonl"),
    ...(process.argv.includes("--no-probe") ? [] : readCases("probe-a.jsonl")),
  ];
  const [tuneA] = (["A", "B"] as const).map((half) => {
    const score = scoreSet(
      `tune half ${half} (polnear+timeml+fresh-3+probe)`,
      tuneCases.filter((c) => halfOf(c.article) === half),
      single,
    );
    printScore(score, asked && half === "A");
    return score;
  }) as [SetScore, SetScore];
  printScore(
    scoreSet("conversation (hi/thanks/help/bye)", readCases("conversation.jsonl"), single),
    verbose,
    false,
  );
  const freshNone = scoreSet(
    "fresh no-answer (written unseen)",
    readCases("fresh-none.jsonl"),
    single,
  );
  printScore(freshNone, verbose);
  const honest = [
    ...rows.filter((r) => r.row.honest).map((r) => r.score),
    ...newSets.map((n) => n.score),
    freshNone,
  ].map(honesty);
  const refused = honest.reduce((n, h) => n + h.refused, 0);
  const unanswerable = honest.reduce((n, h) => n + h.total, 0);
  console.log(
    `honest "the article does not say" over every set's no-answer questions: ${refused}/${unanswerable} (${pct(refused / unanswerable)})`,
  );
  // Right/total by question kind (the bot's own reading of the question), counts only: where the
  // blind sets fall behind the dev sets is where to work. No case text is printed.
  // The labels name the sets the rows send to each line (SETS: perKind); edit them with the table.
  // Sealed sets never join these lines (their score lines only).
  const kindRows = rows.filter((r) => r.row.perKind && !r.row.sealed);
  const blindSets = kindRows
    .filter((r) => r.row.use === "blind")
    .map((r) => (r.halves ? r.halves[1] : r.score));
  const devSets = [
    ...kindRows.map((r) => (r.row.use === "blind" ? r.halves?.[0] : r.score)),
    tuneA,
  ].filter((s): s is SetScore => s !== undefined);
  printKinds("per kind, BLIND (fresh-4/5 half B, fresh-6..12)", blindSets, single);
  printKinds(
    "per kind, DEV (probe-11..16, styles, kinds-1..3, tune/fresh-4/fresh-5 half A)",
    devSets,
    single,
  );
  // Which way the failed questions failed (failMode), counts only, no case text: where to work.
  printModes("BLIND", blindSets, single);
  printModes("DEV", devSets, single);
  for (const { score } of newSets) printModes(score.name, [score], single);

  // The threshold, measured: accuracy at nearby values (never on the held-out set).
  const sweep = (cases: QuestionCase[]) => {
    const base = tuning.threshold;
    const line: string[] = [];
    for (const t of [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
      tuning.threshold = t;
      line.push(
        `${t.toFixed(2)}: ${pct(scoreSet("", cases, single).accuracy)}${t === base ? " (used)" : ""}`,
      );
    }
    tuning.threshold = base;
    return line.join("  ");
  };
  console.log(`threshold sweep (seed + BBC sets): ${sweep([...seedCases, ...otherCases])}`);
  console.log(
    `threshold sweep (polnear + timeml tune sets): ${sweep(newSets.filter((n) => n.part === "tune").flatMap((n) => n.score.cases))}`,
  );

  if (process.argv.includes("--no-corpus")) return;
  console.log(`\nWhole BBC corpus loaded beside the seed (${BBC_DIR}):`);
  const t0 = performance.now();
  const library = await loadLibrary(BBC_DIR, createLogger("error"), {
    cacheDir: path.resolve("data/cache"),
  });
  library.upsert(analyseArticle("seed"));
  const t1 = performance.now();
  const corpus: Corpus = { library, index: indexFollowing(library) };
  const sentences = corpus.index.sentenceCount; // builds the sentence index before answers are timed
  const t2 = performance.now();
  console.log(
    `${library.size} articles loaded in ${((t1 - t0) / 1000).toFixed(1)} s; sentence index of ${sentences} sentences built in ${((t2 - t1) / 1000).toFixed(1)} s`,
  );
  const answerable = (cs: QuestionCase[]) => cs.filter((c) => !c.none);
  const seedCorpus = scoreSet("seed questions (answerable)", answerable(seedCases), () => corpus);
  const otherCorpus = scoreSet("BBC questions (answerable)", answerable(otherCases), () => corpus);
  const seedNone = scoreSet(
    "seed no-answer (BBC may answer)",
    seedCases.filter((c) => c.none),
    () => corpus,
  );
  printScore(seedCorpus, verbose);
  printScore(otherCorpus, verbose);
  printScore(seedNone, verbose);
  // Latency: every question of both sets, 5 rounds, over the whole corpus.
  // Wall time, and this process's CPU time (steadier when other programs share the cores).
  const times: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const c of [...seedCases, ...otherCases]) {
      const s = performance.now();
      const u = process.cpuUsage();
      answer({ text: c.q, chat: "private" }, { ...corpus, now: () => new Date() });
      const used = process.cpuUsage(u);
      times.push(performance.now() - s);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `answer latency over the corpus (${times.length} questions): p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms; ` +
      `CPU p50 ${percentile(cpu, 50).toFixed(2)} ms, p99 ${percentile(cpu, 99).toFixed(2)} ms`,
  );
}
