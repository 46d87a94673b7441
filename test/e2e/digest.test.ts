/**
 * Daily digests end to end: the real grammY bot with its digest runtime (SQLite in a temp
 * DATA_DIR, the scheduler on an injected clock) against the strict Bot API emulator.
 * A "restart" is a new bot and runtime on the same database.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Chat, Message, User } from "grammy/types";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/app/commands.js";
import { DigestRuntime } from "../../src/digest/runtime.js";
import type { Library } from "../../src/library/library.js";
import { createBot } from "../../src/telegram/bot.js";
import { telegramDeliver } from "../../src/telegram/digest-delivery.js";
import { Polling } from "../../src/telegram/polling.js";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { libraryOf, memoryLogger } from "../support/bot-harness.js";
import { until } from "../support/until.js";
import { answerContext } from "../support/context.js";

let emu: BotApiEmulator;
let library: Library;
let dataDir: string;
/** The clock the digests see (the emulator and the network run in real time). */
let clock = Date.parse("2024-06-03T10:57:30Z");

interface DigestBot {
  runtime: DigestRuntime;
  stop: () => Promise<void>;
  /** Makes the scheduler look now (as after a setting change). */
  poke: () => void;
}

let current: DigestBot | undefined;

async function startDigestBot(): Promise<DigestBot> {
  const { log } = memoryLogger([emu.token], "warn");
  const runtime = new DigestRuntime({
    dataDir,
    defaults: { time: "09:00", zone: "UTC" },
    checkSeconds: 1,
    analyses: () => library.list(),
    log,
    now: () => clock,
  });
  const ctx = answerContext(library, { now: () => new Date(clock), commands: COMMANDS });
  const bot = createBot(emu.token, {
    apiRoot: emu.apiRoot,
    context: () => ctx,
    log,
    digest: runtime.botDeps(),
  });
  const polling = new Polling(bot, log, 30_000);
  polling.updates.onSettled(emu.trackHandling());
  const done = polling.run();
  done.catch(() => undefined);
  runtime.start(telegramDeliver(bot.api, log), () => bot.isInited());
  await emu.polling();
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await runtime.stop();
      await polling.stop();
      runtime.close();
    })());
  return { runtime, stop, poke: () => runtime.botDeps().onChange?.() };
}

async function restart(): Promise<DigestBot> {
  await current?.stop();
  current = await startDigestBot();
  return current;
}

const digestsIn = (chat: Chat) =>
  emu.botMessagesIn(chat).filter((m) => /^Daily digest — /.test(m.text ?? ""));
/** Only to see that something does NOT happen: on a busy machine such a pause checks less, it never fails wrongly. */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const text = (m: Message | undefined) => m?.text ?? "";

beforeAll(async () => {
  emu = await BotApiEmulator.start();
  library = await libraryOf("content");
  dataDir = mkdtempSync(path.join(tmpdir(), "digest-e2e-"));
  current = await startDigestBot();
});

afterAll(async () => {
  await current?.stop();
  await emu?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

afterEach(() => {
  // Nothing the bot sent may be something Telegram would refuse (injected failures excluded).
  expect(emu.rejected.map((c) => `${c.method}: ${c.description}`)).toEqual([]);
});

describe("daily digest in a group", () => {
  let admin: User;
  let member: User;
  let newsroom: Chat.SupergroupChat;

  beforeAll(() => {
    admin = emu.user("Alice");
    member = emu.user("Bob");
    newsroom = emu.supergroup("Newsroom", [
      [admin, "administrator"],
      [member, "member"],
    ]);
  });

  it("/help lists /digest", async () => {
    const { replies } = await emu.converse(newsroom, member, "/help");
    expect(text(replies[0])).toContain("/digest");
  });

  it("a member's /digest on is refused in one line; the status stays off", async () => {
    const refused = await emu.converse(newsroom, member, "/digest on 11:00 UTC");
    expect(refused.replies).toHaveLength(1);
    expect(text(refused.replies[0])).toMatch(
      /^Only this chat's administrators can change the digest/,
    );
    expect(text(refused.replies[0])).not.toContain("\n");
    expect(refused.calls.some((c) => c.method === "getChatMember")).toBe(true);
    const status = await emu.converse(newsroom, member, "/digest");
    expect(text(status.replies[0])).toMatch(/^Daily digest: off/);
    expect(current?.runtime.store.subscription(newsroom.id)).toBeUndefined();
  });

  it("bad times and zones get a clear line", async () => {
    const { replies } = await emu.converse(newsroom, admin, "/digest on 25:00");
    expect(text(replies[0])).toBe("25:00 is not a time of day; try 8am, 8:30 pm, 0830 or 20:00.");
    const zone = await emu.converse(newsroom, admin, "/digest on 08:00 Mars/Olympus_Mons");
    expect(text(zone.replies[0])).toMatch(/Mars\/Olympus_Mons is not a time zone I know/);
  });

  it("an admin turns it on; it is stored and survives a restart", async () => {
    const { replies } = await emu.converse(newsroom, admin, "/digest on 11:00 utc");
    expect(text(replies[0])).toMatch(/^Daily digest: on — every day at 11:00, UTC time\./);
    expect(text(replies[0])).toContain("Mon 3 June 2024 at 11:00 (in 2 min)");
    await restart();
    const status = await emu.converse(newsroom, member, "/digest");
    expect(text(status.replies[0])).toMatch(
      /^Daily digest: on — every day at 11:00, UTC time\.\nLast sent: not yet\.\nNext: Mon 3 June 2024 at 11:00/,
    );
  });

  it("an admin may type the time and place as people do: /digest on 8am Almaty stores 08:00 Asia/Almaty", async () => {
    const desk = emu.supergroup("Almaty desk", [[admin, "administrator"]]);
    const { replies } = await emu.converse(desk, admin, "/digest on 8am Almaty");
    expect(text(replies[0])).toMatch(/^Daily digest: on — every day at 08:00, Asia\/Almaty time\./);
    expect(current?.runtime.store.subscription(desk.id)).toMatchObject({
      enabled: true,
      time: "08:00",
      zone: "Asia/Almaty",
    });
    const offset = await emu.converse(desk, admin, "/digest on 8:30 pm UTC-03:30");
    expect(text(offset.replies[0])).toMatch(
      /^Daily digest: on — every day at 20:30, UTC-03:30 time\./,
    );
    expect(current?.runtime.store.subscription(desk.id)).toMatchObject({
      time: "20:30",
      zone: "-03:30",
    });
    await emu.converse(desk, admin, "/digest off");
  });

  it("a non-admin may not ask for a preview; an admin may, and it changes nothing", async () => {
    const no = await emu.converse(newsroom, member, "/digest now");
    expect(text(no.replies[0])).toMatch(/^Only this chat's administrators/);
    const yes = await emu.converse(newsroom, admin, "/digest now");
    expect(text(yes.replies[0])).toMatch(/^Digest preview — Monday 3 June 2024/);
    expect(text(yes.replies[0])).toContain(library.latest()?.article.title ?? "?");
    expect(current?.runtime.store.digestedArticles(newsroom.id).size).toBe(0);
  });

  it("the digest arrives at its minute and names the article", async () => {
    expect(digestsIn(newsroom)).toHaveLength(0);
    clock = Date.parse("2024-06-03T10:59:59Z");
    current?.poke();
    await sleep(300);
    expect(digestsIn(newsroom)).toHaveLength(0);
    clock = Date.parse("2024-06-03T11:00:00.200Z");
    await until(() => digestsIn(newsroom).length > 0, "the digest");
    const digest = digestsIn(newsroom)[0];
    expect(text(digest)).toMatch(
      /^Daily digest — Monday 3 June 2024\n\n1 article in this first digest\./,
    );
    expect(text(digest)).toContain(library.latest()?.article.title ?? "?");
    expect(digest?.reply_to_message).toBeUndefined();
  });

  it("a restart does not send it again, and the status shows when it was sent", async () => {
    await restart();
    clock = Date.parse("2024-06-03T11:05:00Z");
    current?.poke();
    await sleep(1500);
    await restart();
    await sleep(1200);
    expect(digestsIn(newsroom)).toHaveLength(1);
    const status = await emu.converse(newsroom, member, "/digest");
    expect(text(status.replies[0])).toContain("Last sent: Mon 3 June 2024 at 11:00.");
    expect(text(status.replies[0])).toContain("Next: Tue 4 June 2024 at 11:00");
  });

  it("the next day, with nothing new, one short line", async () => {
    clock = Date.parse("2024-06-04T11:00:01Z");
    current?.poke();
    await until(() => digestsIn(newsroom).length === 2, "the second digest");
    expect(text(digestsIn(newsroom)[1])).toMatch(
      /^Daily digest — Tuesday 4 June 2024\n\nNothing new since the last digest \(Mon 3 June\)\./,
    );
  });
});

describe("group life", () => {
  it("a 403 on send switches the chat's digest off with the reason, and it is not retried", async () => {
    const carol = emu.user("Carol");
    const dm = emu.privateChat(carol);
    clock = Date.parse("2024-06-05T07:00:00Z");
    const on = await emu.converse(dm, carol, "/digest on 07:01 Europe/London"); // private chats need no admin
    expect(text(on.replies[0])).toMatch(/every day at 07:01, Europe\/London time/);
    emu.failNext(
      "sendMessage",
      { error_code: 403, description: "Forbidden: bot was blocked by the user" },
      { chatId: dm.id },
    );
    clock = Date.parse("2024-06-05T06:01:00Z") + 24 * 3600_000; // 07:01 BST on 6 June
    current?.poke();
    await until(
      () => current?.runtime.store.subscription(dm.id)?.enabled === false,
      "the digest to be switched off",
    );
    expect(current?.runtime.store.subscription(dm.id)).toMatchObject({
      offReason: "blocked",
      offDetail: "Forbidden: bot was blocked by the user",
      time: "07:01",
    });
    const tries = emu
      .callsTo("sendMessage")
      .filter((c) => Number(c.params.chat_id) === dm.id && !c.ok).length;
    clock += 24 * 3600_000;
    current?.poke();
    await sleep(500);
    expect(
      emu.callsTo("sendMessage").filter((c) => Number(c.params.chat_id) === dm.id && !c.ok).length,
    ).toBe(tries);
    const status = await emu.converse(dm, carol, "/digest");
    expect(text(status.replies[0])).toMatch(
      /^Daily digest: off — switched off because Telegram refused delivery/,
    );
  });

  it("anonymous admins may change it; the bot removed from the group switches it off", async () => {
    const erin = emu.user("Erin");
    const desk = emu.supergroup("Desk", [[erin, "creator"]], { anonymousAdmins: [erin] });
    const { replies } = await emu.converse(desk, erin, "/digest on 08:30 Asia/Tokyo", {
      anonymousAdmin: true,
    });
    expect(text(replies[0])).toMatch(/^Daily digest: on — every day at 08:30, Asia\/Tokyo time\./);
    const kicked = emu.setBotStatus(desk, "kicked", erin);
    await emu.processed(kicked);
    expect(current?.runtime.store.subscription(desk.id)).toMatchObject({
      enabled: false,
      offReason: "removed",
      time: "08:30",
      zone: "Asia/Tokyo",
    });
  });

  it("a group upgraded to a supergroup keeps its digest under the new id", async () => {
    const frank = emu.user("Frank");
    const group = emu.group("Analysts", [[frank, "creator"]]);
    await emu.converse(group, frank, "/digest on 18:00 America/New_York");
    const sg = emu.migrate(group, frank);
    await until(
      () => current?.runtime.store.subscription(sg.id)?.enabled === true,
      "the subscription to move",
    );
    expect(current?.runtime.store.subscription(group.id)).toBeUndefined();
    const status = await emu.converse(sg, frank, "/digest");
    expect(text(status.replies[0])).toMatch(
      /^Daily digest: on — every day at 18:00, America\/New_York time\./,
    );
  });
});

describe("the settings buttons under /digest", () => {
  const labels = (m: Message | undefined) =>
    (m?.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);
  const queryAnswer = (u: { callback_query?: { id: string } }) =>
    emu.callbackQueries.get(String(u.callback_query?.id))?.answer;

  it("only administrators may press them; a press changes the setting and shows the status in place", async () => {
    const ann = emu.user("Ann");
    const ben = emu.user("Ben");
    const room = emu.supergroup("Buttons", [
      [ann, "administrator"],
      [ben, "member"],
    ]);
    const { replies } = await emu.converse(room, ben, "/digest");
    const status = replies[0] as Message;
    expect(text(status)).toMatch(/^Daily digest: off/);
    expect(labels(status)).toEqual(
      expect.arrayContaining(["Turn on (09:00)", "🔕 Silent", "Change time…"]),
    );

    const refused = await emu.press(status, "Turn on (09:00)", ben);
    expect(queryAnswer(refused.update)).toMatchObject({
      show_alert: true,
      text: expect.stringMatching(/^Only this chat's administrators/),
    });
    expect(refused.edits).toEqual([]);
    expect(current?.runtime.store.subscription(room.id)).toBeUndefined();

    const on = await emu.press(status, "Turn on (09:00)", ann);
    expect(queryAnswer(on.update)?.text).toMatch(/^Daily digest: on/);
    expect(on.edits[0]?.message_id).toBe(status.message_id);
    expect(text(on.edits[0])).toMatch(/^Daily digest: on — every day at 09:00/);
    expect(labels(on.edits[0])).toContain("Turn off");

    const later = await emu.press(on.edits[0] as Message, "10:00 (1 h later)", ann);
    expect(text(later.edits[0])).toMatch(/every day at 10:00, UTC time/);

    const hint = await emu.press(later.edits[0] as Message, "Change time…", ann);
    expect(queryAnswer(hint.update)).toMatchObject({
      show_alert: true,
      text: expect.stringContaining("/digest on 8am London"),
    });

    const silent = await emu.press(later.edits[0] as Message, "🔕 Silent", ann);
    expect(text(silent.edits[0])).toContain("Silent: it arrives without a notification sound.");
    expect(labels(silent.edits[0])).toContain("🔔 With sound");
    expect(current?.runtime.store.subscription(room.id)).toMatchObject({
      enabled: true,
      time: "10:00",
      silent: true,
    });
  });

  it("a silent digest is sent with disable_notification, and the choice survives a restart", async () => {
    const cy = emu.user("Cy");
    const dm = emu.privateChat(cy);
    clock = Date.parse("2024-06-10T06:00:00Z");
    await emu.converse(dm, cy, "/digest silent");
    await emu.converse(dm, cy, "/digest on 06:01 UTC");
    await restart();
    expect(current?.runtime.store.subscription(dm.id)).toMatchObject({ silent: true });
    clock = Date.parse("2024-06-10T06:01:00.200Z");
    current?.poke();
    await until(() => digestsIn(dm).length > 0, "the silent digest");
    const sends = emu
      .callsTo("sendMessage")
      .filter(
        (c) =>
          c.ok &&
          Number(c.params.chat_id) === dm.id &&
          /^Daily digest — /.test(text(c.result as Message)),
      );
    expect(sends.length).toBeGreaterThan(0);
    for (const s of sends) expect(s.params.disable_notification).toBe(true);
  });
});
