import { createHash, timingSafeEqual } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import type { Logger } from "../log/logger.js";

/** What GET /healthz reports. */
export interface HealthReport {
  articles: number;
  loading: boolean;
  /** "ok", or what is wrong with DATA_DIR/bot.db. */
  database: string;
}

/** What became of an update posted to the webhook. */
export type Receipt = "accepted" | "duplicate" | "stopping";

export interface WebhookRoute {
  path: string;
  secret: string;
  /** Records the update and starts handling it; must not wait for the handling. */
  receive: (update: Update) => Receipt;
}

export interface HttpOptions {
  port: number;
  /** Interface to listen on (default: all). */
  host?: string;
  log: Logger;
  health: () => HealthReport;
  webhook?: WebhookRoute;
}

export interface HttpService {
  port: number;
  /** Stops taking requests and waits (briefly) for those under way. */
  close(): Promise<void>;
}

/** Telegram's updates are small; anything bigger is not one. */
const BODY_LIMIT = 1024 * 1024;
const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** Compares secrets in constant time (hashing first makes the lengths equal). */
function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(json);
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function isUpdate(value: unknown): value is Update {
  return (
    typeof value === "object" &&
    value !== null &&
    Number.isSafeInteger((value as { update_id?: unknown }).update_id)
  );
}

/**
 * The bot's HTTP side (node:http): GET /healthz in both modes and, in webhook mode, the
 * path Telegram posts updates to. A post without the right secret header is refused with
 * 401 before its body is read; an update is answered 200 as soon as it is recorded, before
 * it is handled, so Telegram does not time out and send it again.
 */
export async function startHttpServer(options: HttpOptions): Promise<HttpService> {
  const { log, webhook } = options;
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error({ err }, "HTTP request failed");
      if (!res.headersSent) send(res, 500, { ok: false });
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/healthz") {
      if (req.method !== "GET" && req.method !== "HEAD")
        return send(res, 405, { ok: false }, { allow: "GET, HEAD" });
      const report = options.health();
      const ok = report.database === "ok";
      return send(res, ok ? 200 : 503, { ok, ...report });
    }
    if (!webhook || url.pathname !== webhook.path) return send(res, 404, { ok: false });
    if (req.method !== "POST") return send(res, 405, { ok: false }, { allow: "POST" });
    if (!sameSecret(req.headers[SECRET_HEADER], webhook.secret)) {
      log.warn(
        { remote: req.socket.remoteAddress },
        "webhook request without the right secret token; refused",
      );
      return send(res, 401, { ok: false }, { connection: "close" });
    }
    const body = await readBody(req);
    if (body === undefined) return send(res, 413, { ok: false }, { connection: "close" });
    let update: unknown;
    try {
      update = JSON.parse(body);
    } catch {
      update = undefined;
    }
    if (!isUpdate(update)) return send(res, 400, { ok: false });
    const receipt = webhook.receive(update);
    if (receipt === "stopping") return send(res, 503, { ok: false }, { "retry-after": "5" });
    send(res, 200, {});
  }

  server.listen(options.port, options.host);
  try {
    await Promise.race([
      once(server, "listening"),
      once(server, "error").then(([err]) => Promise.reject(err as Error)),
    ]);
  } catch (err) {
    throw new Error(
      `cannot listen on port ${options.port} (PORT / HEALTH_PORT): ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 3000).unref();
      })),
  };
}
