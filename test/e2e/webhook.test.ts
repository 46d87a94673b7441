/**
 * The real process in webhook mode (WEBHOOK_URL, WEBHOOK_SECRET, PORT) and the health check
 * in both modes, against the Bot API emulator; every request goes to 127.0.0.1.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { startBotProcess, until, within, type BotProcess } from "../support/bot-process.js";

const SECRET = "Test-Webhook_Secret-0123456789";
let dataDir: string;
let emu: BotApiEmulator;
const runs: BotProcess[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "nqb-webhook-"));
  emu = await BotApiEmulator.start();
});
afterAll(async () => {
  for (const r of runs) r.kill();
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A port nobody listens on just now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function start(env: Record<string, string>): BotProcess {
  const run = startBotProcess({ BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, ...env });
  runs.push(run);
  return run;
}

async function health(port: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function post(port: number, update: Update, secret?: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/hook`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret !== undefined ? { "X-Telegram-Bot-Api-Secret-Token": secret } : {}),
    },
    body: JSON.stringify(update),
  });
  await res.arrayBuffer();
  return res.status;
}

async function stop(run: BotProcess): Promise<number | null> {
  process.kill(run.pid() as number, "SIGTERM");
  return (await within(run.exit, 30_000, "stopping on SIGTERM")).code;
}

describe("webhook mode", () => {
  it("sets the webhook with its secret, refuses posts without it, answers each update once, and reports health", async () => {
    const port = await freePort();
    const run = start({
      DATA_DIR: path.join(dataDir, "webhook"),
      WEBHOOK_URL: "https://bot.example.org/hook",
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_PATH: "/hook",
      PORT: String(port),
    });
    const set = await emu
      .waitForCall("setWebhook", (c) => c.ok, 30_000)
      .catch((e: unknown) => {
        throw new Error(`${String(e)}\n${run.stderr()}`);
      });
    expect(set.params.url).toBe("https://bot.example.org/hook");
    expect(set.params.secret_token).toBe(SECRET);
    expect(set.params.allowed_updates).toEqual(
      expect.arrayContaining(["message", "callback_query", "inline_query", "my_chat_member"]),
    );
    expect(emu.callsTo("getUpdates")).toEqual([]);

    await until(
      () => run.logs().some((l) => l.msg === "articles loaded"),
      30_000,
      "the articles to load",
    );
    const report = await health(port);
    expect(report).toEqual({
      status: 200,
      body: { ok: true, articles: 1, loading: false, database: "ok" },
    });

    const ann = emu.user("Ann");
    const dm = emu.privateChat(ann);
    const update = emu.sendText(dm, ann, "/help");
    expect(await post(port, update)).toBe(401);
    expect(await post(port, update, "wrong-secret")).toBe(401);
    // the update is answered 200 at once, while its reply is still on its way
    const release = emu.holdAnswers("sendMessage");
    expect(await post(port, update, SECRET)).toBe(200);
    await emu.waitForCall("sendMessage", (c) => Number(c.params.chat_id) === dm.id, 30_000);
    expect(
      emu.callsTo("sendMessage").some((c) => c.answered && Number(c.params.chat_id) === dm.id),
    ).toBe(false);
    release();
    await emu.replyTo(update, 30_000);
    // delivered again (Telegram retries when it gets no answer in time): 200, not answered twice —
    // the chat's next message is answered after it, so a second answer would already be there
    expect(await post(port, update, SECRET)).toBe(200);
    const next = emu.sendText(dm, ann, "/start");
    expect(await post(port, next, SECRET)).toBe(200);
    await emu.replyTo(next, 30_000);
    expect(emu.repliesTo(update)).toHaveLength(1);

    // Telegram's own deliveries, through the emulator
    emu.deliverWebhooksTo(`http://127.0.0.1:${port}/hook`);
    const summary = await emu.replyTo(emu.sendText(dm, ann, "/summary"), 30_000);
    expect(summary.text).toMatch(/¶\d+/);
    expect(emu.webhookDeliveries.every((d) => d.status === 200)).toBe(true);
    expect(emu.rejected).toEqual([]);

    expect(await stop(run)).toBe(0);
    expect(run.stderr()).not.toContain(SECRET);
    expect(run.stderr()).not.toContain(emu.token.split(":")[1]);
  }, 90_000);

  it("refuses to start without WEBHOOK_SECRET, in one line naming it", async () => {
    const run = start({
      DATA_DIR: path.join(dataDir, "refused"),
      WEBHOOK_URL: "https://bot.example.org/hook",
    });
    const { code } = await within(run.exit, 30_000, "the refusal");
    expect(code).toBe(2);
    expect(run.stderr().trim().split("\n")).toHaveLength(1);
    expect(run.stderr()).toMatch(
      /^Invalid setting WEBHOOK_SECRET: is required when WEBHOOK_URL is set/,
    );
  }, 40_000);
});

describe("polling mode with HEALTH_PORT, and the database lost", () => {
  it("answers /healthz; a bot.db deleted while running → 503, a loud line and a clean exit; then a refusal to start without it", async () => {
    const port = await freePort();
    const data = path.join(dataDir, "polling");
    const run = start({ DATA_DIR: data, HEALTH_PORT: String(port) });
    await until(
      () =>
        run.logs().some((l) => l.msg === "articles loaded") &&
        run.logs().some((l) => /long polling/.test(String(l.msg))),
      30_000,
      "start-up",
    ).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${run.stderr()}`);
    });
    expect(await health(port)).toEqual({
      status: 200,
      body: { ok: true, articles: 1, loading: false, database: "ok" },
    });

    rmSync(path.join(data, "bot.db"));
    const lost = await health(port).catch(() => undefined);
    // the health check may already be gone if the watch was quicker
    if (lost)
      expect(lost).toMatchObject({
        status: 503,
        body: { ok: false, database: expect.stringMatching(/deleted/) },
      });
    const { code, signal } = await within(run.exit, 30_000, "stopping after the database was lost");
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(
      run.logs().some((l) => l.level === 60 && /settings database is gone/.test(String(l.msg))),
    ).toBe(true);
    expect(run.logs().at(-1)?.msg).toBe("stopped");

    const again = start({ DATA_DIR: data });
    const refused = await within(again.exit, 30_000, "the refusal");
    expect(refused.code).not.toBe(0);
    expect(again.stderr()).toMatch(
      /bot\.db is missing, but this data folder held the bot's settings before .*delete .*bot-db\.marker to start afresh/,
    );
  }, 90_000);
});
