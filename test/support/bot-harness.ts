/**
 * Starts the real grammY bot (createBot + Polling, as src/main.ts does) against a
 * BotApiEmulator, with logs captured for assertions.
 */
import { Writable } from "node:stream";
import type { Bot, Context } from "grammy";
import type { AnswerContext } from "../../src/answers/context.js";
import { loadLibrary } from "./load-library.js";
import type { Library } from "../../src/library/library.js";
import { createLogger, type Logger } from "../../src/log/logger.js";
import { createBot } from "../../src/telegram/bot.js";
import { Polling } from "../../src/telegram/polling.js";
import type { BotApiEmulator } from "./bot-api-emulator.js";
import { COMMANDS } from "../../src/app/commands.js";
import { answerContext } from "./context.js";

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

/** A pino logger writing into memory; `lines` holds the parsed JSON lines, `raw` the text. */
export function memoryLogger(
  secrets: string[] = [],
  level = "debug",
): { log: Logger; lines: LogLine[]; raw: () => string } {
  let raw = "";
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      const text = chunk.toString("utf8");
      raw += text;
      for (const l of text.split("\n").filter(Boolean)) lines.push(JSON.parse(l) as LogLine);
      done();
    },
  });
  return { log: createLogger(level, secrets, sink), lines, raw: () => raw };
}

const libraries = new Map<string, Promise<Library>>();

/** Loads (once per folder and test file) the library of a content folder. */
export function libraryOf(contentDir: string): Promise<Library> {
  let lib = libraries.get(contentDir);
  if (!lib) {
    lib = loadLibrary(contentDir, memoryLogger().log);
    libraries.set(contentDir, lib);
  }
  return lib;
}

export interface RunningBot {
  bot: Bot<Context>;
  polling: Polling;
  lines: LogLine[];
  raw: () => string;
  /** Stops polling and waits until the bot has finished (idempotent). */
  stop: () => Promise<void>;
  /** Settles when polling ends; rejects if the bot could not start. */
  done: Promise<void>;
}

export interface StartOptions {
  /** Token the bot uses (default: the emulator's). */
  token?: string;
  contentDir?: string;
  library?: Library;
  context?: () => AnswerContext;
  /** Wait until the bot long-polls (default true). */
  waitForPolling?: boolean;
}

export async function startBot(emu: BotApiEmulator, opts: StartOptions = {}): Promise<RunningBot> {
  const token = opts.token ?? emu.token;
  const { log, lines, raw } = memoryLogger([token]);
  const library = opts.library ?? (await libraryOf(opts.contentDir ?? "content"));
  const ctx = opts.context ? undefined : answerContext(library, { commands: COMMANDS });
  const context = opts.context ?? ((): AnswerContext => ctx!);
  const bot = createBot(token, { apiRoot: emu.apiRoot, context, log });
  const polling = new Polling(bot, log, 30_000, { commands: COMMANDS });
  polling.updates.onSettled(emu.trackHandling());
  const done = polling.run();
  done.catch(() => undefined);
  if (opts.waitForPolling ?? true)
    await Promise.race([
      emu.polling(),
      done.then(() => Promise.reject(new Error("polling ended before it started"))),
    ]);
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= polling.stop());
  return { bot, polling, lines, raw, stop, done };
}
