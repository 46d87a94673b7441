import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GrammyError, HttpError } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answer } from "../../src/answers/router.js";
import { Library } from "../../src/library/library.js";
import { COMMANDS } from "../../src/app/commands.js";
import { digestCommand, parseDigestArgs } from "../../src/digest/command.js";
import { runDigestCommand, type DigestServiceDeps } from "../../src/digest/service.js";
import { classify } from "../../src/telegram/digest-delivery.js";
import { canonicalZone } from "../../src/digest/zone.js";
import { renderPlain } from "../../src/render/messages.js";
import { SqliteStore } from "../../src/storage/store.js";
import { answerContext } from "../support/context.js";

describe("/digest arguments", () => {
  it.each([
    ["", { kind: "status" }],
    ["status", { kind: "status" }],
    ["on", { kind: "on" }],
    ["on 08:30 Asia/Almaty", { kind: "on", time: "08:30", zone: "Asia/Almaty" }],
    ["ON asia/almaty 8:30", { kind: "on", time: "08:30", zone: "Asia/Almaty" }],
    ["on utc", { kind: "on", zone: "UTC" }],
    ["08:30 Europe/London", { kind: "on", time: "08:30", zone: "Europe/London" }],
    ["off", { kind: "off" }],
    ["now", { kind: "now" }],
    ["silent", { kind: "silent", silent: true }],
    ["silent off", { kind: "silent", silent: false }],
  ])("%j", (args, expected) => {
    expect(parseDigestArgs(args)).toEqual(expected);
  });

  it("says what is wrong with a time or a zone", () => {
    expect(parseDigestArgs("on 25:00")).toEqual({
      kind: "invalid",
      message: "25:00 is not a time of day; try 8am, 8:30 pm, 0830 or 20:00.",
    });
    expect(parseDigestArgs("on 12:60 UTC")).toMatchObject({
      message: "12:60 is not a time of day; try 8am, 8:30 pm, 0830 or 20:00.",
    });
    expect(parseDigestArgs("on 13pm")).toMatchObject({
      message: "13pm is not a time of day; try 8am, 8:30 pm, 0830 or 20:00.",
    });
    expect(parseDigestArgs("on 08:00 Mars/Base")).toMatchObject({
      message: expect.stringMatching(
        /^Mars\/Base is not a time zone I know; try a city \(Almaty, London\)/,
      ),
    });
    expect(parseDigestArgs("sometimes")).toMatchObject({
      message: expect.stringMatching(/^I don't know \/digest sometimes\. Use \/digest on/),
    });
    expect(parseDigestArgs("on 08:00 UTC extra")).toMatchObject({ kind: "invalid" });
    expect(parseDigestArgs("off please")).toMatchObject({ kind: "invalid" });
  });

  it("zones: case-insensitive to the canonical IANA name", () => {
    expect(canonicalZone("UTC")).toBe("UTC");
    expect(canonicalZone("gmt")).toBe("UTC");
    expect(canonicalZone("europe/london")).toBe("Europe/London");
    expect(canonicalZone("AMERICA/NEW_YORK")).toBe("America/New_York");
    expect(canonicalZone("Nowhere/City")).toBeUndefined();
    expect(canonicalZone("<script>")).toBeUndefined();
  });
});

describe("/digest in the terminal chat (no storage)", () => {
  it("explains that digests are set up on Telegram, and is listed in /help", () => {
    const ctx = answerContext(new Library(), { commands: COMMANDS });
    const out = answer({ text: "/digest on 08:30 UTC", chat: "private" }, ctx)
      .map(renderPlain)
      .join("\n");
    expect(out).toMatch(/delivered on Telegram/);
    const help = answer({ text: "/help", chat: "private" }, ctx).map(renderPlain).join("\n");
    expect(help).toContain("/digest");
    expect(
      digestCommand.run("on 25:00", ctx, { text: "", chat: "private" }).map(renderPlain),
    ).toEqual(["25:00 is not a time of day; try 8am, 8:30 pm, 0830 or 20:00."]);
  });
});

describe("/digest with storage", () => {
  let dir: string;
  let store: SqliteStore;
  let deps: DigestServiceDeps;
  let changes = 0;
  const now = Date.parse("2024-06-03T10:00:00Z");
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "digest-cmd-"));
    store = SqliteStore.open(dir);
    changes = 0;
    deps = {
      store,
      defaults: { time: "09:00", zone: "UTC" },
      analyses: () => [],
      now: () => now,
      onChange: () => void changes++,
    };
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const run = async (args: string, group = true, admin: boolean | "unknown" = true) =>
    (
      await runDigestCommand(
        {
          chatId: -42,
          args,
          group,
          isAdmin: async () => (admin === "unknown" ? undefined : admin),
        },
        deps,
      )
    )
      .map(renderPlain)
      .join("\n");

  it("defaults from config; missing parts keep the chat's own setting", async () => {
    expect(await run("on")).toMatch(
      /^Daily digest: on — every day at 09:00, UTC time\.\nThe next one comes Tue 4 June 2024 at 09:00 \(in 23 h\)/,
    );
    expect(await run("on Asia/Tokyo")).toMatch(/every day at 09:00, Asia\/Tokyo time/);
    expect(await run("on 07:15")).toMatch(/every day at 07:15, Asia\/Tokyo time/);
    expect(changes).toBe(3);
    expect(await run("on")).toMatch(/07:15, Asia\/Tokyo/);
    expect(changes).toBe(3); // unchanged setting: nothing rewritten
  });

  it("only admins change it in groups; anyone sees the status; private chats need no admin", async () => {
    expect(await run("on 08:00 UTC", true, false)).toBe(
      "Only this chat's administrators can change the digest; anyone can see its status with /digest.",
    );
    expect(await run("off", true, false)).toMatch(/^Only this chat's administrators/);
    expect(await run("on 08:00 UTC", true, "unknown")).toMatch(/couldn't check with Telegram/);
    expect(store.subscription(-42)).toBeUndefined();
    expect(await run("", true, false)).toMatch(/^Daily digest: off\.\nTurn it on with \/digest on/);
    expect(await run("on 08:00 UTC", false, false)).toMatch(/^Daily digest: on/);
  });

  it("off keeps the time and zone and says so in the status", async () => {
    expect(await run("off")).toMatch(/already off/);
    await run("on 06:30 Europe/London");
    expect(await run("off")).toMatch(/^Daily digest: off\. Turn it back on/);
    expect(await run("")).toMatch(
      /^Daily digest: off — turned off with \/digest off on Mon 3 June 2024 at 11:00 \(Europe\/London\)\./,
    );
    expect(await run("")).toMatch(/Without a time it keeps 06:30 Europe\/London\./);
  });
});

describe("what Telegram's answer means for the chat", () => {
  const err = (code: number, description: string, parameters = {}) =>
    new GrammyError(
      "x",
      { ok: false, error_code: code, description, parameters },
      "sendMessage",
      {},
    );
  it("403 blocked / kicked switch off; migration moves; 5xx and network are retryable; 400 is not", () => {
    expect(classify(err(403, "Forbidden: bot was blocked by the user"), 0)).toMatchObject({
      reason: "blocked",
    });
    expect(
      classify(err(403, "Forbidden: bot was kicked from the supergroup chat"), 0),
    ).toMatchObject({ reason: "removed" });
    expect(classify(err(400, "Bad Request: chat not found"), 0)).toMatchObject({
      reason: "removed",
    });
    expect(
      classify(
        err(400, "Bad Request: group chat was upgraded to a supergroup chat", {
          migrate_to_chat_id: -1009,
        }),
        0,
      ),
    ).toMatchObject({ reason: "migrated", newChatId: -1009 });
    expect(classify(err(502, "Bad Gateway"), 0)).toMatchObject({
      reason: "error",
      retryable: true,
    });
    expect(classify(err(400, "Bad Request: message is too long"), 1)).toMatchObject({
      reason: "error",
      retryable: false,
      messages: 1,
    });
    expect(
      classify(new HttpError("Network request failed", new Error("ECONNRESET")), 0),
    ).toMatchObject({ reason: "error", retryable: true });
  });
});
