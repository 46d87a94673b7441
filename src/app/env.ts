import { z } from "zod";
import { parseAllowHosts } from "../sources/address.js";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const PORT_MESSAGE = "must be a TCP port number between 1 and 65535, e.g. 8080";
const port = () =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: PORT_MESSAGE })
      .int(PORT_MESSAGE)
      .min(1, PORT_MESSAGE)
      .max(65535, PORT_MESSAGE)
      .optional(),
  );

export const envSchema = z
  .object({
    BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(
          /^\d{1,20}:[A-Za-z0-9_-]{30,}$/,
          "must look like 123456789:AAE… (digits, a colon, then the 35 characters BotFather gives you)",
        )
        .optional(),
    ),
    TELEGRAM_API_ROOT: z.preprocess(
      emptyToUndefined,
      z
        .url({
          protocol: /^https?$/,
          error: "must be an http(s) URL such as https://api.telegram.org",
        })
        .refine(
          (u) => !/[?#]/.test(u),
          "must be the server address only, without ?query or #fragment",
        )
        .refine(
          (u) => !/\/bot[^/]*:/i.test(u),
          "must be the server address only, without /bot<token>",
        )
        // grammY refuses a trailing slash
        .transform((u) => u.replace(/\/+$/, ""))
        .default("https://api.telegram.org"),
    ),
    CONTENT_DIR: z.preprocess(emptyToUndefined, z.string().default("content")),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("data")),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    ),
    DIGEST_DEFAULT_TIME: z.preprocess(
      emptyToUndefined,
      z.string().regex(TIME, "must be a time HH:MM, e.g. 09:00").default("09:00"),
    ),
    DIGEST_DEFAULT_TZ: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine(isTimeZone, "must be an IANA time zone such as UTC or Asia/Almaty")
        .default("UTC"),
    ),
    DIGEST_CHECK_SECONDS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "must be a whole number of seconds between 1 and 60, e.g. 20" })
        .int("must be a whole number of seconds between 1 and 60, e.g. 20")
        .min(1, "must be a whole number of seconds between 1 and 60, e.g. 20")
        .max(60, "must be a whole number of seconds between 1 and 60, e.g. 20")
        .default(20),
    ),
    WEBHOOK_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({
          protocol: /^https$/,
          error:
            "must be the public https:// URL Telegram should send updates to, e.g. https://bot.example.org/telegram",
        })
        .optional(),
    ),
    WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^[A-Za-z0-9_-]{1,256}$/,
          "must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (e.g. the output of `openssl rand -hex 32`)",
        )
        .optional(),
    ),
    WEBHOOK_PATH: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\/[A-Za-z0-9._~/-]*$/, "must be a path starting with /, e.g. /telegram")
        .default("/telegram"),
    ),
    PORT: port(),
    HEALTH_PORT: port(),
    // host:port entries the fetcher may reach although private (tests, an internal news server)
    FETCH_ALLOW_HOSTS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .superRefine((value, ctx) => {
          try {
            parseAllowHosts(value);
          } catch (err) {
            ctx.addIssue({
              code: "custom",
              message: `must be host:port entries separated by commas, e.g. news.internal:8080 (${(err as Error).message})`,
            });
          }
        })
        .transform((value) =>
          value
            .split(",")
            .map((entry) => entry.trim())
            .filter(Boolean),
        )
        .default([]),
    ),
    FEED_POLL_MINUTES: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "must be a number of minutes between 0.01 and 1440, e.g. 15" })
        .min(0.01, "must be a number of minutes between 0.01 and 1440, e.g. 15")
        .max(1440, "must be a number of minutes between 0.01 and 1440, e.g. 15")
        .default(15),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message:
          "is required when WEBHOOK_URL is set (1 to 256 characters of A-Z, a-z, 0-9, _ and -, e.g. from `openssl rand -hex 32`)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** What each variable means, for `--help`; a variable added to the schema without a line here does not compile. */
export const ENV_HELP = {
  BOT_TOKEN: "token from @BotFather; without it the bot chats in the terminal",
  TELEGRAM_API_ROOT: "Bot API server address",
  CONTENT_DIR: "folder of articles; --content overrides it",
  DATA_DIR: "folder for the settings database (bot.db) and the analysis cache",
  LOG_LEVEL:
    "fatal, error, warn, info, debug, trace or silent (default info, warn in the terminal); JSON logs on stderr",
  DIGEST_DEFAULT_TIME: "digest time (HH:MM) when /digest on names none",
  DIGEST_DEFAULT_TZ: "digest time zone (IANA name) when /digest on names none",
  DIGEST_CHECK_SECONDS: "longest sleep (1-60 s) of the digest scheduler between looks",
  WEBHOOK_URL:
    "public https:// URL Telegram posts updates to; when set, webhook mode instead of long polling",
  WEBHOOK_SECRET:
    "required with WEBHOOK_URL: 1-256 characters of A-Z a-z 0-9 _ - that Telegram sends back with every update",
  WEBHOOK_PATH: "local path the webhook is served on",
  PORT: "HTTP port of the webhook (default 8080 in webhook mode) and /healthz; in polling mode, setting it serves /healthz",
  HEALTH_PORT: "polling mode: port for /healthz (takes precedence over PORT)",
  FETCH_ALLOW_HOSTS:
    "comma-separated host:port entries the bot may fetch from although they are private addresses",
  FEED_POLL_MINUTES: "how often news feeds are polled (0.01-1440 minutes)",
} satisfies Record<keyof typeof envSchema.shape, string>;

/** "NAME  meaning (default: x)" lines for every variable, defaults read from the schema. */
export function envHelpLines(): string[] {
  const defaults: Record<string, unknown> = envSchema.parse({});
  const width = Math.max(...Object.keys(ENV_HELP).map((name) => name.length)) + 2;
  return Object.entries(ENV_HELP).map(([name, meaning]) => {
    const value = defaults[name];
    const shown = Array.isArray(value) ? (value.length ? value.join(",") : undefined) : value;
    return `  ${name.padEnd(width)}${meaning}${shown === undefined ? "" : ` (default: ${String(shown)})`}`;
  });
}

/** Port of the HTTP server: the webhook's (default 8080), or in polling mode the health check's when PORT or HEALTH_PORT is set. */
export function httpPort(env: Env): number | undefined {
  if (env.WEBHOOK_URL) return env.PORT ?? 8080;
  return env.HEALTH_PORT ?? env.PORT;
}

export class ConfigError extends Error {}

/** Validates the environment once. A bad value throws a ConfigError naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? "environment");
  throw new ConfigError(`Invalid setting ${name}: ${issue?.message ?? "invalid value"}`);
}
