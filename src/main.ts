import { existsSync, statSync } from "node:fs";
import path from "node:path";
import dotenv from "dotenv";
import { helpText, parseCli, type CliOptions } from "./app/cli.js";
import { COMMANDS } from "./app/commands.js";
import { httpPort, parseEnv, type Env } from "./app/env.js";
import { startContent, type ContentRuntime } from "./library/startup.js";
import { DigestRuntime } from "./digest/runtime.js";
import { runLocalChat } from "./local/chat.js";
import { Shutdown } from "./app/shutdown.js";
import { localIntake, LOCAL_CHAT } from "./app/local-intake.js";
import { startSources, type Sources } from "./app/sources.js";
import { createLogger, redactor, type Logger } from "./log/logger.js";
import { SqliteUpdateJournal } from "./storage/update-journal.js";
import { createBot } from "./telegram/bot.js";
import { telegramDeliver } from "./telegram/digest-delivery.js";
import { startHttpServer, type HealthReport } from "./telegram/http.js";
import { Outgoing } from "./telegram/outgoing.js";
import { Polling } from "./telegram/polling.js";
import { UpdateProcessor } from "./telegram/updates.js";
import { Webhook } from "./telegram/webhook.js";

/** How long a stop lets the updates in hand finish before giving up their waiting sends (within the shutdown's 10 s a step). */
const GRACE_MS = 7000;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** Runs `read`; a bad flag or setting stops the process with its one-line message. */
function orFail<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
}

function contentFolder(cli: CliOptions, env: Env): string {
  const dir = path.resolve(cli.content ?? env.CONTENT_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    fail(`The content folder ${dir} does not exist. Create it or pass --content DIR.`);
  return dir;
}

async function runTelegram(
  token: string,
  env: Env,
  content: ContentRuntime,
  log: Logger,
): Promise<void> {
  // One shutdown for everything (SIGINT/SIGTERM, updates ending, the database lost): whatever
  // starts something registers its stop with shutdown.add(name, stop); steps run newest
  // first, so register a database before what writes to it.
  // DATA_DIR/bot.db opens first (a bad or lost one stops start-up with a clear line).
  const digests = new DigestRuntime({
    dataDir: env.DATA_DIR,
    defaults: { time: env.DIGEST_DEFAULT_TIME, zone: env.DIGEST_DEFAULT_TZ },
    checkSeconds: env.DIGEST_CHECK_SECONDS,
    analyses: (chatId) => sources.context(chatId).library.list(),
    log,
  });
  const shutdown = new Shutdown(log);
  const removeSignalHandlers = shutdown.onSignals();
  shutdown.add("content loading and watching", () => content.close());
  shutdown.add("database", () => digests.close());
  // the chats' own articles and feeds live in bot.db beside the digest settings
  const sources: Sources = startSources({
    env,
    library: content.library,
    index: content.index,
    commands: COMMANDS,
    log,
    db: digests.store.db,
  });
  shutdown.add("links and feeds", () => sources.close());
  const context = sources.context;
  const lost = (reason: string) => {
    if (shutdown.stopping) return;
    log.fatal(
      { reason },
      "the settings database is gone or failing; stopping the bot so that no setting is silently lost",
    );
    process.exitCode = 1;
    void shutdown.run("database lost");
  };
  shutdown.add("database watch", digests.store.watch(lost));

  let loading = true;
  void content.ready.finally(() => (loading = false));
  const health = (): HealthReport => ({
    articles: context().library.size,
    loading,
    database: digests.store.health(),
  });
  const outgoing = new Outgoing({ log });
  const bot = createBot(token, {
    apiRoot: env.TELEGRAM_API_ROOT,
    context,
    log,
    digest: digests.botDeps(),
    outgoing,
    busy: () => loading,
    intake: { articles: sources.articles, feeds: sources.feeds },
  });
  const updates = new UpdateProcessor(bot, {
    log,
    journal: new SqliteUpdateJournal(digests.store.db),
    cancelWaits: () => outgoing.cancelWaits(),
    onStorageFailure: (err) => lost(err instanceof Error ? err.message : String(err)),
  });
  const port = httpPort(env);
  const receiver =
    env.WEBHOOK_URL && env.WEBHOOK_SECRET && port !== undefined
      ? new Webhook(bot, log, {
          url: env.WEBHOOK_URL,
          secret: env.WEBHOOK_SECRET,
          path: env.WEBHOOK_PATH,
          port,
          health,
          updates,
          outgoing,
          graceMs: GRACE_MS,
          commands: COMMANDS,
        })
      : new Polling(bot, log, 30_000, { updates, outgoing, graceMs: GRACE_MS, commands: COMMANDS });
  shutdown.add("telegram updates", () => receiver.stop());
  if (receiver instanceof Polling && port !== undefined) {
    const server = await startHttpServer({ port, log, health });
    shutdown.add("health check server", () => server.close());
  }
  digests.start(telegramDeliver(bot.api, log), () => bot.isInited());
  shutdown.add("digest scheduler", () => digests.stop());
  log.info(
    {
      apiRoot: env.TELEGRAM_API_ROOT,
      pid: process.pid,
      mode: receiver instanceof Polling ? "polling" : "webhook",
    },
    "connecting to the Bot API",
  );
  try {
    await receiver.run();
  } finally {
    await shutdown.run("updates ended");
    removeSignalHandlers();
    // nothing should be left running; if something is, do not hang
    setTimeout(() => process.exit(process.exitCode ?? 0), 3000).unref();
  }
}

async function main(): Promise<void> {
  const cli = orFail(() => parseCli(process.argv.slice(2)));
  // --help works whatever the environment holds
  if (cli.help) {
    process.stdout.write(helpText());
    return;
  }
  dotenv.config({ quiet: true });
  const env = orFail(() => parseEnv(process.env));
  const local = cli.local || !env.BOT_TOKEN;
  const log = createLogger(env.LOG_LEVEL ?? (local ? "warn" : "info"), [
    env.BOT_TOKEN,
    env.WEBHOOK_SECRET,
  ]);
  // Loads in the background (cache first, then worker threads) and watches the folder.
  // Telegram answers about the articles indexed so far; the terminal chat waits for all.
  // The sentence index for questions grows in the background as articles load (or comes from DATA_DIR/cache).
  const content = startContent({
    contentDir: contentFolder(cli, env),
    dataDir: env.DATA_DIR,
    log,
  });

  if (local) {
    const why = env.BOT_TOKEN ? "--local was given" : "no BOT_TOKEN is set";
    process.stderr.write(
      `Running locally in the terminal (${why}). To run on Telegram, put BOT_TOKEN=<token from @BotFather> in .env and run npm start.\n`,
    );
    process.stderr.write(
      "Type a question about the articles, or /help; type a button's number, more or back to follow it. Ctrl-D to quit.\n",
    );
    await content.indexed;
    // links and pasted texts too, with the same guard; kept for this session only
    const sources = startSources({
      env,
      library: content.library,
      index: content.index,
      commands: COMMANDS,
      log,
    });
    await runLocalChat({
      json: cli.json,
      input: process.stdin,
      output: process.stdout,
      context: () => sources.context(LOCAL_CHAT),
      intake: localIntake(sources),
    });
    await sources.close();
    await content.close();
    return;
  }
  await runTelegram(env.BOT_TOKEN!, env, content, log);
}

main().catch((err: unknown) => {
  const redact = redactor([process.env.BOT_TOKEN, process.env.WEBHOOK_SECRET]);
  process.stderr.write(`Fatal: ${redact(err instanceof Error ? err.message : String(err))}\n`);
  process.exit(1);
});
