/** Settings: a bad value stops start-up with one clear line naming the variable (and never echoing a token). */
import { describe, expect, it } from "vitest";
import { parseCli } from "../../src/app/cli.js";
import { ConfigError, httpPort, parseEnv } from "../../src/app/env.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    parseEnv(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe("environment", () => {
  it("has defaults for everything; empty values count as unset", () => {
    const env = parseEnv({ BOT_TOKEN: "", TELEGRAM_API_ROOT: "  ", LOG_LEVEL: "" });
    expect(env.BOT_TOKEN).toBeUndefined();
    expect(env.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
    expect(env.CONTENT_DIR).toBe("content");
    expect(env.DATA_DIR).toBe("data");
    expect(env.LOG_LEVEL).toBeUndefined();
  });

  it("accepts a BotFather token (trimmed) and an API root, dropping a trailing slash grammY would refuse", () => {
    const env = parseEnv({ BOT_TOKEN: ` ${TOKEN} `, TELEGRAM_API_ROOT: "http://127.0.0.1:8081/" });
    expect(env.BOT_TOKEN).toBe(TOKEN);
    expect(env.TELEGRAM_API_ROOT).toBe("http://127.0.0.1:8081");
    expect(
      parseEnv({ TELEGRAM_API_ROOT: "https://bots.example.org/telegram" }).TELEGRAM_API_ROOT,
    ).toBe("https://bots.example.org/telegram");
  });

  it.each([
    "abc",
    "123456:short",
    "123456789 AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
    "bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
    `${TOKEN}!`,
    `"${TOKEN}`,
  ])("refuses the token %j in one line naming BOT_TOKEN, without echoing it", (value) => {
    const message = refusal({ BOT_TOKEN: value });
    expect(message).toMatch(/^Invalid setting BOT_TOKEN: /);
    expect(message).not.toContain("\n");
    expect(message).not.toContain(value.trim());
  });

  it.each([
    "ftp://example.org",
    "not a url",
    "api.telegram.org",
    "https://api.telegram.org/bot123:abc",
    "http://127.0.0.1:8081/?x=1",
    "http://host#frag",
  ])("refuses TELEGRAM_API_ROOT=%j in one line naming it", (value) => {
    const message = refusal({ TELEGRAM_API_ROOT: value });
    expect(message).toMatch(/^Invalid setting TELEGRAM_API_ROOT: /);
    expect(message).not.toContain("\n");
  });

  it.each([
    ["LOG_LEVEL", "loud"],
    ["DIGEST_DEFAULT_TIME", "25:00"],
    ["DIGEST_DEFAULT_TZ", "Mars/Olympus"],
    ["WEBHOOK_URL", "http://bot.example.org/telegram"],
    ["WEBHOOK_URL", "not a url"],
    ["WEBHOOK_PATH", "telegram"],
    ["PORT", "80000"],
    ["PORT", "http"],
    ["HEALTH_PORT", "0"],
  ])("refuses %s=%j naming the variable", (name, value) => {
    expect(refusal({ [name]: value })).toMatch(new RegExp(`^Invalid setting ${name}: `));
  });

  it("webhook mode needs WEBHOOK_SECRET; the ports default as documented", () => {
    expect(refusal({ WEBHOOK_URL: "https://bot.example.org/telegram" })).toMatch(
      /^Invalid setting WEBHOOK_SECRET: is required when WEBHOOK_URL is set/,
    );
    const message = refusal({
      WEBHOOK_URL: "https://bot.example.org/telegram",
      WEBHOOK_SECRET: "has spaces in it",
    });
    expect(message).toMatch(/^Invalid setting WEBHOOK_SECRET: /);
    expect(message).not.toContain("has spaces in it");
    const webhook = parseEnv({
      WEBHOOK_URL: "https://bot.example.org/telegram",
      WEBHOOK_SECRET: "abc_DEF-123",
    });
    expect([webhook.WEBHOOK_PATH, httpPort(webhook)]).toEqual(["/telegram", 8080]);
    expect(httpPort(parseEnv({}))).toBeUndefined();
    expect(httpPort(parseEnv({ PORT: "3000" }))).toBe(3000);
    expect(httpPort(parseEnv({ PORT: "3000", HEALTH_PORT: "9000" }))).toBe(9000);
  });
});

describe("fetching settings", () => {
  it("default to no allowed private hosts and a 15-minute feed poll", () => {
    const env = parseEnv({ FETCH_ALLOW_HOSTS: "", FEED_POLL_MINUTES: " " });
    expect(env.FETCH_ALLOW_HOSTS).toEqual([]);
    expect(env.FEED_POLL_MINUTES).toBe(15);
  });

  it("read host:port lists and minutes (fractions too, for tests)", () => {
    const env = parseEnv({
      FETCH_ALLOW_HOSTS: " 127.0.0.1:8080, news.internal:80,[::1]:9000 ",
      FEED_POLL_MINUTES: "0.05",
    });
    expect(env.FETCH_ALLOW_HOSTS).toEqual(["127.0.0.1:8080", "news.internal:80", "[::1]:9000"]);
    expect(env.FEED_POLL_MINUTES).toBe(0.05);
  });

  it.each([
    ["FETCH_ALLOW_HOSTS", "127.0.0.1"],
    ["FETCH_ALLOW_HOSTS", "http://news.internal:80"],
    ["FETCH_ALLOW_HOSTS", "a:80,b:99999"],
    ["FEED_POLL_MINUTES", "0"],
    ["FEED_POLL_MINUTES", "often"],
    ["FEED_POLL_MINUTES", "5000"],
  ])("refuse %s=%j in one line naming the variable", (name, value) => {
    const message = refusal({ [name]: value });
    expect(message).toMatch(new RegExp(`^Invalid setting ${name}: `));
    expect(message).not.toContain("\n");
  });
});

describe("command line", () => {
  it("reads --local, --json, --content and --help", () => {
    expect(parseCli([])).toEqual({ local: false, json: false, content: undefined, help: false });
    expect(parseCli(["--local", "--json", "--content", "some/dir"])).toEqual({
      local: true,
      json: true,
      content: "some/dir",
      help: false,
    });
    expect(parseCli(["--content=x"]).content).toBe("x");
    expect(parseCli(["-h"]).help).toBe(true);
  });

  it.each([["--nope"], ["positional"], ["--content"], ["--content", ""], ["--json=yes"]])(
    "refuses %j with one line and the usage",
    (...argv) => {
      let message = "";
      try {
        parseCli(argv);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/Usage: npm start/);
      expect(message).not.toContain("\n");
    },
  );
});
