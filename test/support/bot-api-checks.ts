/**
 * Parameter checks of the Bot API emulator: each throws an ApiError with the code and
 * description Telegram would answer with.
 */
import type { InlineKeyboardButton, MessageEntity } from "grammy/types";
import { EntityParseError, parseTelegramHtml } from "./telegram-html.js";

export const TEXT_LIMIT = 4096;
export const CALLBACK_DATA_LIMIT = 64;

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
  }
}

export const badRequest = (what: string): ApiError => new ApiError(400, `Bad Request: ${what}`);
export const forbidden = (what: string): ApiError => new ApiError(403, `Forbidden: ${what}`);

export type Params = Record<string, unknown>;

/** Form-encoded and query parameters arrive as strings: JSON-typed fields are decoded here. */
export function objectParam(params: Params, name: string): unknown {
  const v = params[name];
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    throw badRequest(`can't parse ${name} JSON object`);
  }
}

export function intParam(params: Params, name: string, required: true): number;
export function intParam(params: Params, name: string, required?: false): number | undefined;
export function intParam(params: Params, name: string, required = false): number | undefined {
  const v = params[name];
  if (v === undefined || v === null || v === "") {
    if (required) throw badRequest(`${name} is empty`);
    return undefined;
  }
  const n =
    typeof v === "number"
      ? v
      : typeof v === "string" && /^-?\d+$/.test(v.trim())
        ? Number(v)
        : Number.NaN;
  if (!Number.isSafeInteger(n)) throw badRequest(`field "${name}" must be of type Integer`);
  return n;
}

export function stringParam(params: Params, name: string): string | undefined {
  const v = params[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") throw badRequest(`field "${name}" must be of type String`);
  return v;
}

export function boolParam(params: Params, name: string): boolean {
  const v = params[name];
  return v === true || v === "true" || v === 1 || v === "1";
}

export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

/**
 * Text of a message after entity parsing: required, non-empty, at most 4096 characters.
 * `field` names the parameter in errors ("text", "message_text").
 */
export function formatText(
  params: Params,
  field = "text",
  parseModeField = "parse_mode",
): FormattedText {
  const raw = params[field];
  if (raw === undefined || raw === null)
    throw badRequest(`${field === "text" ? "message text" : field} is empty`);
  if (typeof raw !== "string") throw badRequest(`field "${field}" must be of type String`);
  const mode = stringParam(params, parseModeField);
  let parsed: FormattedText;
  if (mode === undefined || mode === "") parsed = { text: raw.trim(), entities: [] };
  else if (mode.toLowerCase() === "html") {
    try {
      const p = parseTelegramHtml(raw);
      parsed = { text: p.text, entities: p.entities as MessageEntity[] };
    } catch (err) {
      if (err instanceof EntityParseError) throw badRequest(err.message);
      throw err;
    }
  } else throw badRequest(`unsupported parse_mode "${mode}" (this emulator checks HTML only)`);
  if (parsed.text === "")
    throw badRequest(field === "text" ? "message text is empty" : `${field} is empty`);
  if (parsed.text.length > TEXT_LIMIT)
    throw badRequest(field === "text" ? "message is too long" : `${field} is too long`);
  return parsed;
}

const BUTTON_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

/** Checks an inline keyboard's shape, buttons and callback data (1–64 bytes). */
export function checkInlineKeyboard(markup: unknown): InlineKeyboardButton[][] {
  if (typeof markup !== "object" || markup === null || !("inline_keyboard" in markup)) {
    throw badRequest("reply markup must be an InlineKeyboardMarkup");
  }
  const rows = (markup as { inline_keyboard: unknown }).inline_keyboard;
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) {
    throw badRequest(
      'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays',
    );
  }
  let total = 0;
  for (const row of rows as unknown[][]) {
    if (row.length > 8) throw badRequest("too many buttons in a row (at most 8)");
    for (const b of row) {
      total++;
      if (typeof b !== "object" || b === null)
        throw badRequest(
          "can't parse inline keyboard button: InlineKeyboardButton must be an Object",
        );
      const button = b as Record<string, unknown>;
      if (typeof button.text !== "string" || button.text.trim() === "")
        throw badRequest("can't parse inline keyboard button: Text must be non-empty");
      const actions = BUTTON_ACTIONS.filter((a) => button[a] !== undefined);
      if (actions.length === 0)
        throw badRequest(
          "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        );
      if (actions.length > 1)
        throw badRequest(
          "can't parse inline keyboard button: a button must have exactly one action",
        );
      if (button.callback_data !== undefined) {
        const data = button.callback_data;
        if (
          typeof data !== "string" ||
          data === "" ||
          Buffer.byteLength(data, "utf8") > CALLBACK_DATA_LIMIT
        )
          throw badRequest("BUTTON_DATA_INVALID");
      }
      if (
        button.url !== undefined &&
        (typeof button.url !== "string" || !/^(https?|tg|ton):\/\/\S+$/i.test(button.url))
      ) {
        throw badRequest("BUTTON_URL_INVALID");
      }
    }
  }
  if (total > 100) throw badRequest("too many buttons in the keyboard (at most 100)");
  return rows as InlineKeyboardButton[][];
}

/** Any reply_markup: inline keyboards are checked strictly, the other kinds for their shape. */
export function checkReplyMarkup(
  markup: unknown,
  inlineOnly: boolean,
): InlineKeyboardButton[][] | undefined {
  if (markup === undefined || markup === null) return undefined;
  if (typeof markup !== "object") throw badRequest("can't parse reply keyboard markup JSON object");
  if ("inline_keyboard" in markup) return checkInlineKeyboard(markup);
  if (inlineOnly) throw badRequest("reply markup must be an InlineKeyboardMarkup");
  if ("keyboard" in markup) {
    const rows = (markup as { keyboard: unknown }).keyboard;
    if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r)))
      throw badRequest('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays');
    return undefined;
  }
  if ("remove_keyboard" in markup || "force_reply" in markup) return undefined;
  throw badRequest('can\'t find field "inline_keyboard"');
}

const COMMAND = /^[a-z0-9_]{1,32}$/;

export interface BotCommandIn {
  command: string;
  description: string;
}

/** setMyCommands: at most 100 commands, names 1–32 of a-z 0-9 _, descriptions 1–256 characters. */
export function checkCommands(value: unknown): BotCommandIn[] {
  if (!Array.isArray(value)) throw badRequest('field "commands" must be an Array');
  if (value.length > 100) throw badRequest("too many commands (at most 100)");
  const seen = new Set<string>();
  return value.map((c: unknown) => {
    if (typeof c !== "object" || c === null) throw badRequest("BotCommand must be an Object");
    const { command, description } = c as Record<string, unknown>;
    if (typeof command !== "string" || !COMMAND.test(command))
      throw badRequest(`BOT_COMMAND_INVALID (${JSON.stringify(command)})`);
    if (typeof description !== "string" || description.trim() === "" || description.length > 256) {
      throw badRequest(`BOT_COMMAND_DESCRIPTION_INVALID (/${command})`);
    }
    if (seen.has(command)) throw badRequest(`duplicate command /${command}`);
    seen.add(command);
    return { command, description };
  });
}

/** Splits a message text into the entities Telegram's clients would mark: commands and mentions. */
export function autoEntities(text: string): MessageEntity[] {
  const out: MessageEntity[] = [];
  const re =
    /(^|[\s(])(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,64})?|@[A-Za-z0-9_]{5,32})(?![A-Za-z0-9_@])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const token = m[2] ?? "";
    const offset = m.index + (m[1] ?? "").length;
    out.push({
      type: token.startsWith("/") ? "bot_command" : "mention",
      offset,
      length: token.length,
    });
  }
  return out;
}

/** link_preview_options: an object; url (if any) a web address; not both small and large media. */
export function checkLinkPreview(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value))
    throw badRequest("can't parse link preview options JSON object");
  const o = value as Record<string, unknown>;
  for (const flag of ["is_disabled", "prefer_small_media", "prefer_large_media", "show_above_text"])
    if (o[flag] !== undefined && typeof o[flag] !== "boolean")
      throw badRequest(`field "${flag}" must be of type Boolean`);
  if (o.url !== undefined && (typeof o.url !== "string" || !/^https?:\/\/\S+$/i.test(o.url)))
    throw badRequest("LINK_PREVIEW_URL_INVALID");
  if (o.prefer_small_media === true && o.prefer_large_media === true)
    throw badRequest("can't prefer both small and large media");
  return o;
}
