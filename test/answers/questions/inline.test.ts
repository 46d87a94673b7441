/**
 * Inline mode: the core's matching quotes, their Telegram results, and the real bot answering
 * an inline query through the strict Bot API emulator.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { indexFollowing } from "../../../src/search/follow.js";
import { matchingQuotes } from "../../../src/answers/questions/inline.js";
import { inlineResult } from "../../../src/telegram/features/inline.js";
import { BotApiEmulator } from "../../support/bot-api-emulator.js";
import { startBot, type RunningBot } from "../../support/bot-harness.js";
import { BBC, SEED_FILE, analyseFile } from "../../support/articles.js";

const seed = analyseFile(path.dirname(SEED_FILE), SEED_FILE);
const library = new Library([seed, analyseFile(BBC, path.join(BBC, "politics/050.txt"))]);
const corpus = { library, index: indexFollowing(library) };

describe("matching quotes", () => {
  it("finds quotes by speaker, any spelling, and by their words", () => {
    const bySpeaker = matchingQuotes("tokayev", corpus);
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(bySpeaker.every((m) => m.analysis === seed)).toBe(true);
    const byWords = matchingQuotes("neighbors of God", corpus);
    expect(byWords[0]?.quote.text).toContain("neighbors of God");
    expect(matchingQuotes("smoking ban", corpus)[0]?.analysis.article.id).toBe("politics/050");
  });

  it("offers the newest articles' quotes for an empty query, at most 50, never twice", () => {
    const all = matchingQuotes("", corpus);
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(50);
    expect(new Set(all.map((m) => m.key)).size).toBe(all.length);
    expect(matchingQuotes("zzzz qqqq", corpus)).toEqual([]);
  });

  it("makes HTML-escaped article results with speaker, source and quote", () => {
    const m = matchingQuotes("neighbors of God", corpus)[0]!;
    const r = inlineResult({ ...m, quote: { ...m.quote, text: `${m.quote.text} <b>&</b>` } }, true);
    expect(r.title.startsWith(`${m.quote.speaker}: “`)).toBe(true);
    expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
    const content = r.input_message_content as { message_text: string; parse_mode: string };
    expect(content.parse_mode).toBe("HTML");
    expect(content.message_text).toContain("&lt;b&gt;&amp;&lt;/b&gt;");
    expect(content.message_text).toMatch(/<blockquote>.*neighbors of God/s);
    expect(content.message_text).toContain(
      "Kazakhstan and Russia consolidate powerful alliance, ¶10",
    );
  });
});

describe("inline queries through the Bot API", () => {
  let emu: BotApiEmulator;
  let running: RunningBot;
  beforeAll(async () => {
    emu = await BotApiEmulator.start();
    running = await startBot(emu, { library });
  });
  afterAll(async () => {
    await running?.stop();
    await emu?.close();
  });

  it("answers with the matching quotes, and with no results (not an error) for odd queries", async () => {
    const user = emu.user("Ines");
    const update = emu.inlineQuery(user, "tokaev russia");
    await emu.processed(update);
    const answers = [...emu.inlineAnswers.values()];
    const results = answers.at(-1) as Array<{ title: string }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]?.title).toMatch(/Tokaev/);
    for (const q of ["", "🙂", "<script>", "x".repeat(256)])
      await emu.processed(emu.inlineQuery(user, q));
    expect(emu.inlineAnswers.size).toBe(5);
    expect(emu.rejected).toEqual([]);
  });
});
