/** The emulator itself: it must refuse what Telegram refuses, and long-poll like Telegram. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { parseTelegramHtml } from "../support/telegram-html.js";

let emu: BotApiEmulator;

interface Answer {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

async function call(
  method: string,
  params: Record<string, unknown> = {},
  token = emu.token,
): Promise<Answer> {
  const res = await fetch(`${emu.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  const body = (await res.json()) as Answer;
  expect(res.status).toBe(body.ok ? 200 : body.error_code);
  return body;
}

beforeAll(async () => {
  emu = await BotApiEmulator.start();
});
afterAll(async () => {
  await emu.close();
});

describe("Telegram HTML", () => {
  it("parses the allowed tags into text and entities (UTF-16 offsets)", () => {
    const p = parseTelegramHtml(
      '<b>bold</b> <i>it</i> 😀<a href="https://x.org/?a=1&amp;b=2">link</a> &lt;&gt;&amp;&quot;&#65;&#x42; <blockquote expandable>q</blockquote>',
    );
    expect(p.text).toBe('bold it 😀link <>&"AB q');
    expect(p.entities).toEqual([
      { type: "bold", offset: 0, length: 4 },
      { type: "italic", offset: 5, length: 2 },
      { type: "text_link", offset: 10, length: 4, url: "https://x.org/?a=1&b=2" },
      { type: "expandable_blockquote", offset: 22, length: 1 },
    ]);
    expect(parseTelegramHtml('<pre><code class="language-ts">x</code></pre>').entities).toEqual([
      { type: "pre", offset: 0, length: 1, language: "ts" },
    ]);
    expect(
      parseTelegramHtml(
        '<B>x</B><span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler><u><s>n</s></u>',
      ).text,
    ).toBe("xstn");
  });

  it.each([
    ["a < b", /Unsupported start tag/],
    ["AT&T", /Unescaped "&"/],
    ["a > b", /Unescaped ">"/],
    ["&nbsp;", /Unescaped "&"/],
    ["<b>x", /Can't find end tag corresponding to start tag "b"/],
    ["<b><i>x</b></i>", /Unmatched end tag/],
    ["x</b>", /Unexpected end tag/],
    ["<br>", /Unsupported start tag "br"/],
    ["<span>x</span>", /tg-spoiler/],
    ['<a href="">x</a>', /href/],
    ["<code><b>x</b></code>", /nested/],
    ["<blockquote><blockquote>x</blockquote></blockquote>", /nested/],
    ["<b", /Unclosed start tag/],
    ["&#xD800;", /Unescaped "&"/],
  ])("refuses %j", (html, error) => {
    expect(() => parseTelegramHtml(html)).toThrow(error);
  });
});

describe("requests", () => {
  it("answers 401 for a wrong token and 404 for an unknown method", async () => {
    expect((await call("getMe", {}, "1:wrong")).error_code).toBe(401);
    expect((await call("sendSticker")).error_code).toBe(404);
    expect((await call("getMe")).result).toMatchObject({
      is_bot: true,
      username: emu.botUser.username,
    });
  });

  it("accepts form-encoded bodies too", async () => {
    const u = emu.user("Form");
    const dm = emu.privateChat(u);
    const res = await fetch(`${emu.apiRoot}/bot${emu.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        chat_id: String(dm.id),
        text: "<b>hi</b>",
        parse_mode: "HTML",
        reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "a", callback_data: "b" }]] }),
      }),
    });
    expect(((await res.json()) as Answer).ok).toBe(true);
  });

  it("refuses what Telegram refuses on sendMessage", async () => {
    const u = emu.user("Strict");
    const dm = emu.privateChat(u);
    const chat_id = dm.id;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ chat_id: 999, text: "x" }, /chat not found/],
      [{ chat_id }, /message text is empty/],
      [{ chat_id, text: "   " }, /message text is empty/],
      [{ chat_id, text: "<b> </b>", parse_mode: "HTML" }, /message text is empty/],
      [{ chat_id, text: "x".repeat(4097) }, /message is too long/],
      [{ chat_id, text: "AT&T", parse_mode: "HTML" }, /can't parse entities/],
      [{ chat_id, text: "x", parse_mode: "Markdown" }, /parse_mode/],
      [
        {
          chat_id,
          text: "x",
          reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "é".repeat(33) }]] },
        },
        /BUTTON_DATA_INVALID/,
      ],
      [
        { chat_id, text: "x", reply_markup: { inline_keyboard: [[{ text: "a" }]] } },
        /Text buttons are unallowed/,
      ],
      [
        {
          chat_id,
          text: "x",
          reply_markup: { inline_keyboard: [{ text: "a", callback_data: "b" }] },
        },
        /Array of Arrays/,
      ],
      [
        {
          chat_id,
          text: "x",
          reply_markup: { inline_keyboard: [[{ text: "", callback_data: "b" }]] },
        },
        /non-empty/,
      ],
      [
        { chat_id, text: "x", reply_parameters: { message_id: 12345 } },
        /message to be replied not found/,
      ],
      [{ chat_id, text: "x", message_thread_id: 77 }, /message thread not found/],
    ];
    for (const [params, error] of cases) {
      const a = await call("sendMessage", params);
      expect(a.ok, JSON.stringify(params).slice(0, 80)).toBe(false);
      expect(a.description).toMatch(error);
    }
    expect((await call("sendMessage", { chat_id, text: "x".repeat(4096) })).ok).toBe(true);
    expect(
      (
        await call("sendMessage", {
          chat_id,
          text: "<b>x</b>" + "&amp;".repeat(4095),
          parse_mode: "HTML",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await call("sendMessage", {
          chat_id,
          text: "x",
          reply_parameters: { message_id: 12345, allow_sending_without_reply: true },
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await call("sendMessage", {
          chat_id,
          text: "x",
          reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "é".repeat(32) }]] },
        })
      ).ok,
    ).toBe(true);
  });

  it("edits: not modified, not found, and in place", async () => {
    const u = emu.user("Editor");
    const dm = emu.privateChat(u);
    const sent = (
      await call("sendMessage", { chat_id: dm.id, text: "<b>one</b>", parse_mode: "HTML" })
    ).result as { message_id: number };
    const same = await call("editMessageText", {
      chat_id: dm.id,
      message_id: sent.message_id,
      text: "<b>one</b>",
      parse_mode: "HTML",
    });
    expect(same.description).toMatch(/message is not modified/);
    expect(
      (await call("editMessageText", { chat_id: dm.id, message_id: 999, text: "x" })).description,
    ).toMatch(/message to edit not found/);
    expect(
      (
        await call("editMessageText", {
          chat_id: dm.id,
          message_id: sent.message_id,
          text: "<i>two</i>",
          parse_mode: "HTML",
        })
      ).ok,
    ).toBe(true);
    expect(emu.botMessagesIn(dm).map((m) => m.text)).toEqual(["two"]);
  });

  it("403 for a blocked user or a group the bot left; migration names the new chat", async () => {
    const u = emu.user("Blocker");
    const dm = emu.privateChat(u);
    emu.block(dm, u);
    expect((await call("sendMessage", { chat_id: dm.id, text: "x" })).description).toBe(
      "Forbidden: bot was blocked by the user",
    );
    const g = emu.supergroup("Gone", [[u, "member"]]);
    emu.setBotStatus(g, "kicked", u);
    expect((await call("sendMessage", { chat_id: g.id, text: "x" })).description).toBe(
      "Forbidden: bot was kicked from the supergroup chat",
    );
    const basic = emu.group("Basic", [[u, "creator"]]);
    const sg = emu.migrate(basic, u);
    const moved = (await call("sendMessage", { chat_id: basic.id, text: "x" })) as Answer & {
      parameters?: { migrate_to_chat_id?: number };
    };
    expect(moved.parameters?.migrate_to_chat_id).toBe(sg.id);
  });

  it("answers getChatMember from the configured members; commands are validated", async () => {
    const admin = emu.user("Admin");
    const member = emu.user("Member");
    const g = emu.supergroup("Members", [
      [admin, "administrator"],
      [member, "member"],
    ]);
    expect(
      (
        (await call("getChatMember", { chat_id: g.id, user_id: admin.id })).result as {
          status: string;
        }
      ).status,
    ).toBe("administrator");
    expect(
      (
        (await call("getChatMember", { chat_id: g.id, user_id: member.id })).result as {
          status: string;
        }
      ).status,
    ).toBe("member");
    emu.setMember(g, member, "left");
    expect(
      (
        (await call("getChatMember", { chat_id: g.id, user_id: member.id })).result as {
          status: string;
        }
      ).status,
    ).toBe("left");
    expect((await call("getChatAdministrators", { chat_id: g.id })).result).toHaveLength(1);
    expect(
      (await call("setMyCommands", { commands: [{ command: "Bad-Name", description: "x" }] }))
        .description,
    ).toMatch(/BOT_COMMAND_INVALID/);
    expect(
      (await call("setMyCommands", { commands: [{ command: "ok", description: "" }] })).description,
    ).toMatch(/DESCRIPTION/);
  });
});

describe("long polling", () => {
  it("holds getUpdates until an update arrives, honours offset and timeout, and frees a waiting poll on close", async () => {
    const e = await BotApiEmulator.start();
    const poll = (params: Record<string, unknown>) =>
      fetch(`${e.apiRoot}/bot${e.token}/getUpdates`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(params),
      }).then(async (r) => (await r.json()) as Answer);
    const short = poll({ timeout: 1 });
    await e.polling(); // held, not answered at once
    expect((await short).result).toEqual([]);

    const u = e.user("Poller");
    const dm = e.privateChat(u);
    const waiting = poll({ timeout: 10 });
    await e.polling();
    const first = e.sendText(dm, u, "/start");
    const got = (await waiting).result as { update_id: number }[];
    expect(got.map((x) => x.update_id)).toEqual([first.update_id]);
    // not confirmed yet: delivered again; confirmed by offset: gone
    expect(((await poll({ timeout: 0 })).result as unknown[]).length).toBe(1);
    expect((await poll({ offset: first.update_id + 1, timeout: 0 })).result).toEqual([]);
    await e.processed(first);

    // allowed_updates filters; a second poll terminates the first with 409
    const held = poll({ timeout: 10, allowed_updates: ["message"] });
    await e.polling();
    const second = poll({ timeout: 10 });
    expect((await held).error_code).toBe(409);
    e.inlineQuery(u, "ignored");
    const m = e.sendText(dm, u, "hello");
    expect(((await second).result as { update_id: number }[]).map((x) => x.update_id)).toEqual([
      m.update_id,
    ]);

    const last = poll({ offset: m.update_id + 1, timeout: 3600 }); // only close() can free it within the test time-out
    await e.polling();
    await e.close();
    expect((await last).result).toEqual([]);
  });

  it("enforces opt-in flood limits with 429 and retry_after", async () => {
    let clock = 1_000_000;
    const e = await BotApiEmulator.start({
      now: () => clock,
      rateLimits: { perGroupPerMinute: 3, perChatPerSecond: 2 },
    });
    const send = async (chat_id: number) =>
      (await (
        await fetch(`${e.apiRoot}/bot${e.token}/sendMessage`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ chat_id, text: "x" }),
        })
      ).json()) as Answer;
    const u = e.user("Flood");
    const g = e.supergroup("Busy", [[u, "member"]]);
    const dm = e.privateChat(u);
    expect((await send(dm.id)).ok).toBe(true);
    expect((await send(dm.id)).ok).toBe(true);
    expect(await send(dm.id)).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
    for (let i = 0; i < 3; i++) {
      clock += 1000;
      expect((await send(g.id)).ok).toBe(true);
    }
    clock += 1000;
    const limited = await send(g.id);
    expect(limited.error_code).toBe(429);
    expect(limited.parameters?.retry_after).toBe(57);
    clock += 57_000;
    expect((await send(g.id)).ok).toBe(true);
    expect(e.throttled).toHaveLength(2);
    expect(e.rejected).toEqual([]);
    await e.close();
  });

  it("injects 429, 5xx and any failure for chosen calls; a chat told to retry after N s refuses sends until then", async () => {
    let clock = 1_000_000;
    const e = await BotApiEmulator.start({ now: () => clock });
    const send = async (chat_id: number) =>
      (await (
        await fetch(`${e.apiRoot}/bot${e.token}/sendMessage`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ chat_id, text: "x" }),
        })
      ).json()) as Answer;
    const u = e.user("Fail");
    const dm = e.privateChat(u);
    const other = e.privateChat(e.user("Other"));
    e.rateLimitNext("sendMessage", 3, { chatId: dm.id });
    e.failNext(
      "sendMessage",
      { error_code: 500, description: "Internal Server Error" },
      { chatId: dm.id },
    );
    expect(await send(dm.id)).toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    expect((await send(dm.id)).error_code).toBe(500);
    clock += 2000;
    expect(await send(dm.id)).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
    expect((await send(other.id)).ok).toBe(true);
    clock += 1000;
    expect((await send(dm.id)).ok).toBe(true);
    expect(e.callsTo("sendMessage").filter((c) => c.injected)).toHaveLength(2);
    expect(e.throttled).toHaveLength(1);
    await e.close();
  });
});
