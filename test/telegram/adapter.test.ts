/** The Telegram adapter's small parts: button data, the command menu, error classes. */
import { GrammyError, type Api } from "grammy";
import { describe, expect, it } from "vitest";
import type { CommandSpec } from "../../src/answers/spec.js";
import { entryBytes } from "../../src/util/lru.js";
import { ButtonCommands } from "../../src/telegram/keyboard.js";
import { COMMANDS } from "../../src/app/commands.js";
import { menuCommands, registerCommands } from "../../src/telegram/menu.js";
import { isChatUnavailable, isNotModified, migratedChatId } from "../../src/telegram/send.js";
import { memoryLogger } from "../support/bot-harness.js";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

describe("button data", () => {
  it("carries short commands directly, with an 'editable' mark", () => {
    const b = new ButtonCommands();
    expect(b.encode("/summary 5")).toBe("c:/summary 5");
    expect(b.encode("/summary 5", true)).toBe("ec:/summary 5");
    expect(b.decode("c:/summary 5")).toEqual({ command: "/summary 5", editable: false });
    expect(b.decode("ec:/summary 5")).toEqual({ command: "/summary 5", editable: true });
  });

  it("keeps long commands (bytes, not characters) under a short key within 64 bytes", () => {
    const b = new ButtonCommands();
    const long = `/quotes ${"é".repeat(40)} page:2`;
    const data = b.encode(long, true);
    expect(bytes(data)).toBeLessThanOrEqual(64);
    expect(data.startsWith("ek:")).toBe(true);
    expect(b.decode(data)).toEqual({ command: long, editable: true });
    expect(b.encode(long, true)).toBe(data);
  });

  it("forgets the oldest stored commands beyond its memory budget; unknown data decodes to nothing", () => {
    const commands = ["a", "b", "c"].map((x) => `/ask ${x.repeat(70)}`);
    const b = new ButtonCommands(2 * entryBytes("k".repeat(16), commands[0]!)); // room for two
    const keys = commands.map((c) => b.encode(c));
    expect(b.decode(keys[0] ?? "")).toBeUndefined();
    expect(b.decode(keys[2] ?? "")?.command).toBe(`/ask ${"c".repeat(70)}`);
    for (const junk of ["", "zz", "k:", "c:", "c:   ", "ek:nope"])
      expect(b.decode(junk)).toBeUndefined();
  });

  it("builds keyboards Telegram accepts: no blank buttons, ≤ 8 a row, ≤ 100 in all", () => {
    const b = new ButtonCommands();
    expect(b.keyboard(undefined)).toBeUndefined();
    expect(
      b.keyboard([[{ text: "  ", command: "/x" }], [{ text: "x", command: " " }]]),
    ).toBeUndefined();
    const many = Array.from({ length: 20 }, (_, r) =>
      Array.from({ length: 12 }, (_, i) => ({
        text: `b${r}.${i} ${"😀".repeat(40)}`,
        command: `/page ${r * 12 + i}`,
      })),
    );
    const kb = b.keyboard(many)?.inline_keyboard ?? [];
    expect(kb.every((row) => row.length <= 8)).toBe(true);
    expect(kb.flat()).toHaveLength(100);
    for (const button of kb.flat()) {
      expect(Array.from(button.text).length).toBeLessThanOrEqual(64);
      expect(/[\uD800-\uDBFF]$/.test(button.text)).toBe(false);
      expect(bytes((button as { callback_data: string }).callback_data)).toBeLessThanOrEqual(64);
    }
  });
});

describe("command menu", () => {
  const spec = (name: string, description: string): CommandSpec => ({
    name,
    description,
    usage: `/${name}`,
    run: () => [],
  });

  it("keeps only what Telegram accepts", () => {
    const menu = menuCommands([
      spec("summary", " Summary  of the article "),
      spec("Bad-Name", "x"),
      spec("empty", "  "),
      spec("summary", "dup"),
      spec("long", "d".repeat(300)),
    ]);
    expect(menu.map((c) => c.command)).toEqual(["summary", "long"]);
    expect(menu[0]?.description).toBe("Summary of the article");
    expect(menu[1]?.description.length).toBe(256);
  });

  it("registers the menu; a refusal is logged and does not throw", async () => {
    const { log, lines } = memoryLogger();
    const calls: { cmds: { command: string }[]; scope: string }[] = [];
    const described: string[] = [];
    const ok = {
      setMyCommands: (cmds: { command: string }[], o: { scope: { type: string } }) => (
        calls.push({ cmds, scope: o.scope.type }),
        Promise.resolve(true)
      ),
      setMyDescription: (d: string) => (described.push(d), Promise.resolve(true)),
      setMyShortDescription: (d: string) => (described.push(d), Promise.resolve(true)),
    } as unknown as Api;
    await registerCommands(ok, log, COMMANDS);
    // /digest: in private chats and group administrators' menus only
    const withDigest = calls
      .filter((c) => c.cmds.some((m) => m.command === "digest"))
      .map((c) => c.scope);
    expect(withDigest.sort()).toEqual(["all_chat_administrators", "all_private_chats"]);
    expect(calls.map((c) => c.scope)).toEqual(
      expect.arrayContaining(["default", "all_group_chats"]),
    );
    expect(described).toHaveLength(2);
    const failing = {
      setMyCommands: () =>
        Promise.reject(
          new GrammyError(
            "Call to 'setMyCommands' failed!",
            { ok: false, error_code: 400, description: "Bad Request: nope" },
            "setMyCommands",
            {},
          ),
        ),
    } as unknown as Api;
    await expect(registerCommands(failing, log, COMMANDS)).resolves.toBeUndefined();
    expect(lines.some((l) => /could not register the command menu/.test(l.msg ?? ""))).toBe(true);
  });
});

describe("send errors", () => {
  const err = (code: number, description: string, parameters = {}) =>
    new GrammyError(
      "x",
      { ok: false, error_code: code, description, parameters },
      "sendMessage",
      {},
    );

  it("tells a chat the bot can no longer write to from other errors", () => {
    expect(isChatUnavailable(err(403, "Forbidden: bot was blocked by the user"))).toBe(true);
    expect(isChatUnavailable(err(403, "Forbidden: bot was kicked from the supergroup chat"))).toBe(
      true,
    );
    expect(isChatUnavailable(err(400, "Bad Request: chat not found"))).toBe(true);
    expect(isChatUnavailable(err(400, "Bad Request: message text is empty"))).toBe(false);
    expect(isChatUnavailable(err(429, "Too Many Requests: retry after 5"))).toBe(false);
    expect(isChatUnavailable(new Error("network"))).toBe(false);
    expect(
      isNotModified(
        err(400, "Bad Request: message is not modified: specified new message content …"),
      ),
    ).toBe(true);
    expect(
      migratedChatId(
        err(400, "Bad Request: group chat was upgraded to a supergroup chat", {
          migrate_to_chat_id: -1001,
        }),
      ),
    ).toBe(-1001);
    expect(migratedChatId(new Error("x"))).toBeUndefined();
  });
});
