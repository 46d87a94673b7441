/**
 * A small, strict stand-in for the Telegram Bot API on 127.0.0.1, for end-to-end tests of
 * the real grammY bot (long polling against `apiRoot`).
 *
 * Strict: requests are validated like Telegram does (see bot-api-checks.ts and
 * telegram-html.ts) and a refused call is recorded in `rejected`, so a test can assert the
 * bot never sent anything Telegram would refuse. Tests drive it by injecting updates
 * (messages, button presses, inline queries, membership changes), configuring chat members,
 * and injecting failures (429 with retry_after, 5xx, 403 …).
 *
 *   const emu = await BotApiEmulator.start();
 *   const alice = emu.user("Alice");
 *   const dm = emu.privateChat(alice);
 *   // … start the bot with apiRoot = emu.apiRoot, token = emu.token …
 *   const { replies } = await emu.converse(dm, alice, "/start");
 *   await emu.close();
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type {
  Chat,
  ChatMember,
  InlineKeyboardButton,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";
import {
  ApiError,
  autoEntities,
  badRequest,
  boolParam,
  checkCommands,
  checkLinkPreview,
  checkReplyMarkup,
  forbidden,
  formatText,
  intParam,
  objectParam,
  stringParam,
  type BotCommandIn,
  type Params,
} from "./bot-api-checks.js";

export type MemberStatus =
  "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";

/** One request the bot made, with what the emulator answered. */
export interface ApiCall {
  method: string;
  params: Params;
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  /** The failure was injected by the test (not a validation error). */
  injected: boolean;
  /** A successful call's answer has been sent (see setLatency and holdAnswers). */
  answered?: boolean;
  at: number;
}

export interface InjectedFailure {
  error_code: number;
  description: string;
  retry_after?: number;
  migrate_to_chat_id?: number;
}

interface FailureRule extends InjectedFailure {
  method: string;
  chatId?: number;
  times: number;
}

interface ChatState {
  chat: Chat;
  /** Status of the bot itself in the chat. */
  botStatus: MemberStatus;
  /** Private chats: the user blocked the bot. */
  blocked: boolean;
  members: Map<number, MemberStatus>;
  /** Anonymous admins: members flagged is_anonymous. */
  anonymous: Set<number>;
  messages: Map<number, Message>;
  nextMessageId: number;
  topics: Set<number>;
  migratedTo?: number;
}

interface PendingPoll {
  offset: number;
  limit: number;
  res: ServerResponse;
  timer: NodeJS.Timeout;
  call: ApiCall;
}

interface CallbackState {
  answered: boolean;
  answer?: { text?: string; show_alert?: boolean; url?: string };
}

export interface EmulatorOptions {
  /** Default "123456789:AAEmulatorTestTokenDoNotUse_0123456789". */
  token?: string;
  /** Default "newsquote_test_bot". */
  botUsername?: string;
  /** Clock for message dates and rate limits (ms since epoch); default Date.now. */
  now?: () => number;
  /**
   * Opt-in flood limits like Telegram's (off by default): messages sent or edited beyond
   * them get 429 "Too Many Requests: retry after N".
   */
  rateLimits?: RateLimits;
}

export interface RateLimits {
  /** All chats together, per second (Telegram: about 30). */
  perSecond?: number;
  /** One group or supergroup, per minute (Telegram: about 20). */
  perGroupPerMinute?: number;
  /** One chat of any kind, per second (Telegram: about 1 in private chats, short bursts allowed). */
  perChatPerSecond?: number;
}

export interface SendOptions {
  /** message_id this message replies to. */
  replyTo?: number;
  /** Forum topic (its id from createTopic). */
  topic?: number;
  /** Sent by an anonymous group admin (on behalf of the chat). */
  anonymousAdmin?: boolean;
}

export interface Exchange {
  update: Update;
  /** Calls the bot made while handling the update (getUpdates excluded). */
  calls: ApiCall[];
  /** Messages the bot sent (successful sendMessage calls), in order. */
  replies: Message[];
  /** Messages the bot edited (successful editMessageText calls). */
  edits: Message[];
}

const chatKey = (params: Params): string => String(params.chat_id ?? "");
const DEFAULT_TOKEN = "123456789:AAEmulatorTestTokenDoNotUse_0123456789";
const ANONYMOUS_ADMIN: User = {
  id: 1087968824,
  is_bot: true,
  first_name: "Group",
  username: "GroupAnonymousBot",
};
const CONFLICT =
  "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
const ALL_DEFAULT_UPDATES = [
  "message",
  "edited_message",
  "channel_post",
  "edited_channel_post",
  "inline_query",
  "chosen_inline_result",
  "callback_query",
  "shipping_query",
  "pre_checkout_query",
  "poll",
  "poll_answer",
  "my_chat_member",
  "chat_join_request",
  "chat_boost",
  "removed_chat_boost",
];

type Handler = (params: Params) => unknown;

export class BotApiEmulator {
  readonly token: string;
  readonly botUser: UserFromGetMe;
  /** Every request, in order. */
  readonly calls: ApiCall[] = [];
  /** Commands by scope key ("default", "all_group_chats", "chat:-100…") and language. */
  readonly commands = new Map<string, BotCommandIn[]>();
  readonly callbackQueries = new Map<string, CallbackState>();
  /** The bot's description and short description by "field/language" ("description/"). */
  readonly descriptions = new Map<string, string>();
  readonly inlineAnswers = new Map<string, unknown[]>();
  /** The button (InlineQueryResultsButton) an inline answer offered, by query id. */
  readonly inlineButtons = new Map<string, Record<string, unknown>>();
  private inlineQueries = new Set<string>();

  private server: Server;
  private sockets = new Set<Socket>();
  private port = 0;
  private readonly now: () => number;
  private chats = new Map<number, ChatState>();
  private users = new Map<number, User>();
  private queue: Update[] = [];
  private nextUpdateId = 1;
  /** Highest offset the bot has confirmed (every update below it is handled). */
  private confirmed = 0;
  private allowedUpdates: string[] = [];
  private pending?: PendingPoll;
  private failures: FailureRule[] = [];
  private waiters: (() => void)[] = [];
  private nextUserId = 1000;
  private nextGroupId = 1;
  private nextQueryId = 1;
  private closed = false;
  private readonly handlers: Record<string, Handler>;
  private readonly rateLimits?: RateLimits;
  /** Times (ms) of messages the bot sent or edited, per chat (0: all chats). */
  private sends = new Map<number, number[]>();
  /** Until when (ms) a chat (or, without a chat, the bot) must wait after an injected 429 with retry_after. */
  private floodWaitUntil = new Map<string, number>();
  /** Milliseconds to hold a method's answer after it has taken effect (a slow Telegram). */
  private latency = new Map<string, number>();
  /** Methods whose answers wait (after taking effect) until the test releases them. */
  private held = new Map<string, (() => void)[]>();
  private unreachable = false;
  private handled?: Set<number>;
  /** Set by setWebhook: getUpdates is refused and updates are POSTed to `webhookTarget`. */
  private webhook?: { url: string; secret?: string; allowedUpdates?: string[] };
  private webhookTarget?: string;
  /** What the bot's webhook answered, per delivery, in order. */
  readonly webhookDeliveries: { updateId: number; status: number }[] = [];

  private constructor(opts: EmulatorOptions) {
    this.token = opts.token ?? DEFAULT_TOKEN;
    this.now = opts.now ?? Date.now;
    this.rateLimits = opts.rateLimits;
    const botId = Number(this.token.split(":")[0]);
    this.botUser = {
      id: botId,
      is_bot: true,
      first_name: "News Quote Test",
      username: opts.botUsername ?? "newsquote_test_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: true,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
    } as UserFromGetMe;
    this.handlers = {
      getMe: () => this.botUser,
      getUpdates: () => undefined, // handled in handle() (long polling)
      deleteWebhook: (p) => {
        if (boolParam(p, "drop_pending_updates")) this.queue = [];
        this.webhook = undefined;
        return true;
      },
      setWebhook: (p) => this.setWebhook(p),
      getWebhookInfo: () => ({
        url: this.webhook?.url ?? "",
        has_custom_certificate: false,
        pending_update_count: this.queue.length,
      }),
      setMyCommands: (p) => {
        const commands = checkCommands(objectParam(p, "commands"));
        this.commands.set(this.scopeKey(p), commands);
        return true;
      },
      getMyCommands: (p) => this.commands.get(this.scopeKey(p)) ?? [],
      setMyDescription: (p) => this.setDescription(p, "description", 512),
      setMyShortDescription: (p) => this.setDescription(p, "short_description", 120),
      getMyDescription: (p) => ({
        description:
          this.descriptions.get(`description/${stringParam(p, "language_code") ?? ""}`) ?? "",
      }),
      getMyShortDescription: (p) => ({
        short_description:
          this.descriptions.get(`short_description/${stringParam(p, "language_code") ?? ""}`) ?? "",
      }),
      deleteMyCommands: (p) => {
        this.commands.delete(this.scopeKey(p));
        return true;
      },
      sendMessage: (p) => this.sendMessage(p),
      editMessageText: (p) => this.editMessageText(p),
      deleteMessage: (p) => this.deleteMessage(p),
      sendChatAction: (p) => {
        this.writableChat(p);
        if (!stringParam(p, "action")) throw badRequest("action is empty");
        return true;
      },
      answerCallbackQuery: (p) => this.answerCallbackQuery(p),
      answerInlineQuery: (p) => this.answerInlineQuery(p),
      getChat: (p) => this.getChat(p),
      getChatMember: (p) => this.getChatMember(p),
      getChatAdministrators: (p) => this.getChatAdministrators(p),
      leaveChat: (p) => {
        const state = this.chatFor(p);
        state.botStatus = "left";
        return true;
      },
    };
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on("connection", (socket: Socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  /** Starts the emulator on 127.0.0.1 on a random free port. */
  static async start(opts: EmulatorOptions = {}): Promise<BotApiEmulator> {
    const emu = new BotApiEmulator(opts);
    emu.server.listen(0, "127.0.0.1");
    await once(emu.server, "listening");
    emu.port = (emu.server.address() as AddressInfo).port;
    return emu;
  }

  /** The value for grammY's `apiRoot` / TELEGRAM_API_ROOT. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Releases a pending long poll (empty result), then closes every connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.unreachable) return;
    this.releasePoll([]);
    const closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const s of this.sockets) s.destroy();
    await closing;
  }

  // ── people and chats ────────────────────────────────────────────────────────

  user(firstName: string, extra: Partial<User> = {}): User {
    const user: User = {
      id: this.nextUserId++,
      is_bot: false,
      first_name: firstName,
      language_code: "en",
      ...extra,
    };
    this.users.set(user.id, user);
    return user;
  }

  /** A private chat with `user` (who has started the bot). */
  privateChat(user: User): Chat.PrivateChat {
    const chat: Chat.PrivateChat = {
      id: user.id,
      type: "private",
      first_name: user.first_name,
      ...(user.username ? { username: user.username } : {}),
    };
    this.addChat(chat, [[user, "member"]]);
    return chat;
  }

  /** A basic group with the bot as a member. */
  group(title: string, members: [User, MemberStatus][] = []): Chat.GroupChat {
    const chat: Chat.GroupChat = { id: -this.nextGroupId++, type: "group", title };
    this.addChat(chat, members);
    return chat;
  }

  /** A supergroup (forum when `forum` is true) with the bot as a member. */
  supergroup(
    title: string,
    members: [User, MemberStatus][] = [],
    opts: { forum?: boolean; anonymousAdmins?: User[] } = {},
  ): Chat.SupergroupChat {
    const chat: Chat.SupergroupChat = {
      id: -1000000000000 - this.nextGroupId++,
      type: "supergroup",
      title,
      ...(opts.forum ? { is_forum: true as const } : {}),
    };
    const state = this.addChat(chat, members);
    for (const u of opts.anonymousAdmins ?? []) state.anonymous.add(u.id);
    return chat;
  }

  /** Sets a user's status in a chat (what getChatMember answers). */
  setMember(chat: Chat, user: User, status: MemberStatus): void {
    this.state(chat.id).members.set(user.id, status);
  }

  /** Creates a forum topic; returns its message_thread_id. */
  createTopic(chat: Chat.SupergroupChat, name: string, by: User): number {
    const state = this.state(chat.id);
    if (!chat.is_forum) throw new Error("createTopic needs a forum supergroup");
    const id = state.nextMessageId++;
    const msg = {
      message_id: id,
      date: this.date(),
      chat,
      from: by,
      message_thread_id: id,
      forum_topic_created: { name, icon_color: 7322096 },
    } as Message;
    state.messages.set(id, msg);
    state.topics.add(id);
    return id;
  }

  /** Messages currently in a chat (after edits and deletions), oldest first. */
  messagesIn(chat: Chat | number): Message[] {
    return [...this.state(typeof chat === "number" ? chat : chat.id).messages.values()];
  }

  /** Messages the bot has in a chat, oldest first. */
  botMessagesIn(chat: Chat | number): Message[] {
    return this.messagesIn(chat).filter((m) => m.from?.id === this.botUser.id);
  }

  // ── injecting updates ───────────────────────────────────────────────────────

  /** A text message from `from` in `chat`; Telegram's clients mark /commands and @mentions. */
  sendText(chat: Chat, from: User, text: string, opts: SendOptions = {}): Update {
    const state = this.state(chat.id);
    const id = state.nextMessageId++;
    const entities = autoEntities(text);
    const msg: Record<string, unknown> = {
      message_id: id,
      date: this.date(),
      chat,
      text,
      ...(entities.length ? { entities } : {}),
    };
    if (opts.anonymousAdmin) {
      msg.from = ANONYMOUS_ADMIN;
      msg.sender_chat = chat;
    } else msg.from = from;
    const reply = opts.replyTo !== undefined ? state.messages.get(opts.replyTo) : undefined;
    if (opts.replyTo !== undefined && !reply)
      throw new Error(`sendText: no message ${opts.replyTo} in chat ${chat.id}`);
    if (opts.topic !== undefined) {
      if (!state.topics.has(opts.topic))
        throw new Error(`sendText: no topic ${opts.topic} in chat ${chat.id}`);
      msg.message_thread_id = opts.topic;
      msg.is_topic_message = true;
    }
    const replied =
      reply ?? (opts.topic !== undefined ? state.messages.get(opts.topic) : undefined);
    if (replied) msg.reply_to_message = stripReply(replied);
    const message = msg as unknown as Message;
    state.messages.set(id, message);
    return this.push({ message } as Omit<Update, "update_id">);
  }

  /** The user edits a text message they sent: an edited_message update with the new text. */
  editText(message: Message, text: string): Update {
    const state = this.state(message.chat.id);
    const current = state.messages.get(message.message_id);
    if (!current || current.text === undefined || current.from?.id === this.botUser.id)
      throw new Error(`editText: no user text message ${message.message_id}`);
    const entities = autoEntities(text);
    const edited = { ...current, text, edit_date: this.date() } as Record<string, unknown>;
    delete edited.entities;
    if (entities.length) edited.entities = entities;
    state.messages.set(message.message_id, edited as unknown as Message);
    return this.push({ edited_message: edited } as unknown as Omit<Update, "update_id">);
  }

  /** Presses the inline button of a bot message whose text is `label` (or whose data it is). */
  pressButton(message: Message, label: string, from: User): Update {
    const state = this.state(message.chat.id);
    const current = state.messages.get(message.message_id);
    if (!current) throw new Error(`pressButton: message ${message.message_id} is gone`);
    const buttons = (current.reply_markup?.inline_keyboard ?? []).flat();
    const button =
      buttons.find((b) => b.text === label) ??
      buttons.find((b) => "callback_data" in b && b.callback_data === label);
    if (!button || !("callback_data" in button)) {
      throw new Error(
        `pressButton: no callback button "${label}" on message ${message.message_id} (buttons: ${buttons.map((b) => b.text).join(", ")})`,
      );
    }
    return this.callback(current, button.callback_data, from);
  }

  /**
   * A callback query with any data on a message, as a button pressed on a keyboard that
   * has since changed (a double tap, an old message) would send.
   */
  callback(message: Message, data: string, from: User): Update {
    const id = String(this.nextQueryId++);
    this.callbackQueries.set(id, { answered: false });
    return this.push({
      callback_query: { id, from, message, chat_instance: `ci${message.chat.id}`, data },
    } as Omit<Update, "update_id">);
  }

  inlineQuery(
    from: User,
    query: string,
    chatType: "sender" | "private" | "group" | "supergroup" = "sender",
  ): Update {
    const id = String(this.nextQueryId++);
    this.inlineQueries.add(id);
    return this.push({ inline_query: { id, from, query, offset: "", chat_type: chatType } } as Omit<
      Update,
      "update_id"
    >);
  }

  /** The bot's own membership changes (added, removed, blocked …): a my_chat_member update. */
  setBotStatus(chat: Chat, status: MemberStatus, by: User): Update {
    const state = this.state(chat.id);
    const old = state.botStatus;
    state.botStatus = status;
    if (chat.type === "private") state.blocked = status === "kicked";
    return this.push({
      my_chat_member: {
        chat,
        from: by,
        date: this.date(),
        old_chat_member: this.memberObject(this.botUser, old),
        new_chat_member: this.memberObject(this.botUser, status),
      },
    } as Omit<Update, "update_id">);
  }

  /** `by` adds the bot to a group it was not in: a my_chat_member update from "left". */
  addBot(chat: Chat, by: User, status: MemberStatus = "member"): Update {
    this.state(chat.id).botStatus = "left";
    return this.setBotStatus(chat, status, by);
  }

  /** The user blocks the bot: sends to the chat get 403, and a my_chat_member update arrives. */
  block(chat: Chat.PrivateChat, user: User): Update {
    return this.setBotStatus(chat, "kicked", user);
  }

  /** Upgrades a basic group to a supergroup: the old id answers "group chat was upgraded". */
  migrate(group: Chat.GroupChat, by: User): Chat.SupergroupChat {
    const old = this.state(group.id);
    const sg = this.supergroup(
      group.title,
      [...old.members.entries()].map(([id, s]) => [
        this.users.get(id) ?? this.user(`user${id}`),
        s,
      ]),
    );
    old.migratedTo = sg.id;
    const oldId = old.nextMessageId++;
    const oldMsg = {
      message_id: oldId,
      date: this.date(),
      chat: group,
      from: by,
      migrate_to_chat_id: sg.id,
    } as Message;
    old.messages.set(oldId, oldMsg);
    this.push({ message: oldMsg } as Omit<Update, "update_id">);
    const state = this.state(sg.id);
    const newId = state.nextMessageId++;
    const newMsg = {
      message_id: newId,
      date: this.date(),
      chat: sg,
      from: by,
      migrate_from_chat_id: group.id,
    } as Message;
    state.messages.set(newId, newMsg);
    this.push({ message: newMsg } as Omit<Update, "update_id">);
    return sg;
  }

  /** Queues any update (update_id is assigned here). */
  push(update: Omit<Update, "update_id">): Update {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    this.queue.push(full);
    this.deliver();
    return full;
  }

  // ── failures ────────────────────────────────────────────────────────────────

  /** The next `times` calls of `method` (to `chatId` if given) fail with this error. */
  failNext(
    method: string,
    failure: InjectedFailure,
    opts: { chatId?: number; times?: number } = {},
  ): void {
    this.failures.push({ ...failure, method, chatId: opts.chatId, times: opts.times ?? 1 });
  }

  /** Shorthand: 429 Too Many Requests with retry_after. */
  rateLimitNext(
    method: string,
    retryAfter: number,
    opts: { chatId?: number; times?: number } = {},
  ): void {
    this.failNext(
      method,
      {
        error_code: 429,
        description: `Too Many Requests: retry after ${retryAfter}`,
        retry_after: retryAfter,
      },
      opts,
    );
  }

  /**
   * From now on `method` takes effect at once but its answer comes `ms` later (0: no delay),
   * as a slow Telegram would: a client that gives up meanwhile does not know the outcome.
   */
  setLatency(method: string, ms: number): void {
    this.latency.set(method, ms);
  }

  /**
   * From now on `method` takes effect at once but its answers wait until the returned
   * function is called: a test can see what the bot does meanwhile, without timing anything.
   */
  holdAnswers(method: string): () => void {
    const waiting: (() => void)[] = [];
    this.held.set(method, waiting);
    return () => {
      if (this.held.get(method) === waiting) this.held.delete(method);
      for (const answer of waiting.splice(0)) answer();
    };
  }

  /**
   * Down (true): the server stops listening and drops every open connection, so the bot's
   * requests are refused, as when Telegram or the network is down. Up (false): it listens
   * again on the same port.
   */
  async setUnreachable(down: boolean): Promise<void> {
    if (down === this.unreachable) return;
    this.unreachable = down;
    if (down) {
      this.pending = undefined;
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      for (const s of this.sockets) s.destroy();
      await closed;
      return;
    }
    this.server.listen(this.port, "127.0.0.1");
    await once(this.server, "listening");
  }

  // ── webhooks ────────────────────────────────────────────────────────────────

  /**
   * Where updates go while a webhook is set: Telegram calls the public URL given to
   * setWebhook; a test points this at the bot's local address instead.
   */
  deliverWebhooksTo(url: string): void {
    this.webhookTarget = url;
    this.deliver();
  }

  /** The webhook set by the bot (url, secret_token, allowed_updates), if any. */
  get webhookInfo(): { url: string; secret?: string; allowedUpdates?: string[] } | undefined {
    return this.webhook;
  }

  private setWebhook(p: Params): true {
    const url = stringParam(p, "url") ?? "";
    if (url === "") {
      this.webhook = undefined;
      return true;
    }
    if (!/^https:\/\/[^/\s]+/.test(url))
      throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    const secret = stringParam(p, "secret_token");
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret))
      throw badRequest("bad webhook: secret token contains unallowed characters");
    const allowed = objectParam(p, "allowed_updates");
    const allowedUpdates = Array.isArray(allowed)
      ? allowed.filter((a): a is string => typeof a === "string")
      : undefined;
    if (allowedUpdates) this.allowedUpdates = allowedUpdates;
    if (boolParam(p, "drop_pending_updates")) this.queue = [];
    this.webhook = { url, secret, allowedUpdates };
    this.releasePoll([]);
    this.deliver();
    return true;
  }

  /** POSTs queued updates to the webhook one by one, as Telegram does; a non-2xx answer is retried later. */
  private webhookBusy = false;
  private async postWebhooks(): Promise<void> {
    if (this.webhookBusy || !this.webhook || !this.webhookTarget || this.closed) return;
    this.webhookBusy = true;
    try {
      this.dropUnwanted();
      let next: Update | undefined;
      while ((next = this.queue[0]) && this.webhook && this.webhookTarget && !this.closed) {
        const status = await this.postUpdate(this.webhookTarget, next, this.webhook.secret);
        this.webhookDeliveries.push({ updateId: next.update_id, status });
        if (status >= 200 && status < 300) {
          this.queue = this.queue.filter((u) => u !== next);
          this.confirmed = Math.max(this.confirmed, next.update_id + 1);
        } else {
          await new Promise((r) => setTimeout(r, 200));
        }
        this.notify();
      }
    } finally {
      this.webhookBusy = false;
    }
  }

  private async postUpdate(target: string, update: Update, secret?: string): Promise<number> {
    try {
      const res = await fetch(target, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
        },
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(60_000),
      });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  }

  // ── assertions ──────────────────────────────────────────────────────────────

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Calls the emulator refused on validation (bad HTML, empty or long text, unknown chat …). */
  get rejected(): ApiCall[] {
    return this.calls.filter(
      (c) => !c.ok && !c.injected && c.error_code !== 409 && c.error_code !== 429,
    );
  }

  /** Calls refused by the opt-in flood limits (429). */
  get throttled(): ApiCall[] {
    return this.calls.filter((c) => !c.injected && c.error_code === 429);
  }

  /** Messages the bot sent (successfully) in answer to the message of `update`, in order. */
  repliesTo(update: Update): Message[] {
    const msg = update.message;
    if (!msg) return [];
    return this.callsTo("sendMessage")
      .filter(
        (c) =>
          c.ok &&
          (c.result as Message).chat.id === msg.chat.id &&
          (c.result as Message).reply_to_message?.message_id === msg.message_id,
      )
      .map((c) => c.result as Message);
  }

  /** Resolves with the bot's first reply to the message of `update`. */
  async replyTo(update: Update, timeoutMs = 30_000): Promise<Message> {
    await this.until(
      () => this.repliesTo(update).length > 0,
      timeoutMs,
      `a reply to update ${update.update_id}`,
    );
    return this.repliesTo(update)[0] as Message;
  }

  /**
   * Resolves once the bot has confirmed the update (a getUpdates with a higher offset, or a
   * 2xx from its webhook) and — when the bot reports what it finished (trackHandling) — has
   * finished handling it. A bot that handles updates concurrently confirms them before it
   * has answered them, so in-process tests report handling.
   */
  async processed(update: Update | number, timeoutMs = 30_000): Promise<void> {
    const id = typeof update === "number" ? update : update.update_id;
    await this.until(
      () => this.confirmed > id && (!this.handled || this.handled.has(id)),
      timeoutMs,
      `update ${id} to be handled`,
    );
  }

  /** From now on processed() also waits for the bot's word: call the returned function with each finished update's id. */
  trackHandling(): (updateId: number) => void {
    const handled = (this.handled ??= new Set());
    return (id) => {
      handled.add(id);
      this.notify();
    };
  }

  /** Resolves with the first call (now or later) of `method` that matches. */
  async waitForCall(
    method: string,
    match: (c: ApiCall) => boolean = () => true,
    timeoutMs = 30_000,
  ): Promise<ApiCall> {
    let found: ApiCall | undefined;
    await this.until(
      () => {
        found = this.calls.find((c) => c.method === method && match(c));
        return found !== undefined;
      },
      timeoutMs,
      `a ${method} call`,
    );
    return found as ApiCall;
  }

  /** Resolves once the bot is long-polling (its first getUpdates is waiting). */
  async polling(timeoutMs = 30_000): Promise<void> {
    await this.until(() => this.pending !== undefined, timeoutMs, "the bot to poll getUpdates");
  }

  /** Sends a text, waits until the bot handled it, and returns what the bot did meanwhile. */
  async converse(chat: Chat, from: User, text: string, opts: SendOptions = {}): Promise<Exchange> {
    const start = this.calls.length;
    const update = this.sendText(chat, from, text, opts);
    await this.processed(update);
    return this.exchange(update, start);
  }

  /** Presses a button, waits until the bot handled it, and returns what the bot did. */
  async press(message: Message, label: string, from: User): Promise<Exchange> {
    const start = this.calls.length;
    const update = this.pressButton(message, label, from);
    await this.processed(update);
    return this.exchange(update, start);
  }

  private exchange(update: Update, start: number): Exchange {
    const calls = this.calls.slice(start).filter((c) => c.method !== "getUpdates");
    const ok = (m: string) =>
      calls.filter((c) => c.method === m && c.ok).map((c) => c.result as Message);
    return { update, calls, replies: ok("sendMessage"), edits: ok("editMessageText") };
  }

  private async until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (check()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const recent = this.calls
          .slice(-8)
          .map((c) => `${c.method}${c.ok ? "" : ` → ${c.error_code} ${c.description}`}`);
        reject(
          new Error(
            `Timed out after ${timeoutMs} ms waiting for ${what}. Recent calls: ${recent.join("; ") || "none"}`,
          ),
        );
      }, timeoutMs);
      const waiter = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve();
      };
      this.waiters.push(waiter);
    });
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  // ── HTTP ────────────────────────────────────────────────────────────────────

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.apiRoot);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match)
      return this.respond(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, rawMethod] = match;
    let params: Params;
    try {
      params = { ...Object.fromEntries(url.searchParams), ...(await readBody(req)) };
    } catch (err) {
      return this.respond(res, 400, {
        ok: false,
        error_code: 400,
        description: `Bad Request: ${err instanceof Error ? err.message : "bad body"}`,
      });
    }
    if (token !== this.token)
      return this.respond(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = Object.keys(this.handlers).find(
      (m) => m.toLowerCase() === (rawMethod ?? "").toLowerCase(),
    );
    if (!method)
      return this.respond(res, 404, {
        ok: false,
        error_code: 404,
        description: "Not Found: method not found",
      });

    const call: ApiCall = { method, params, ok: false, injected: false, at: this.now() };
    this.calls.push(call);
    try {
      const failure = this.takeFailure(method, params);
      if (failure) {
        call.injected = true;
        if (failure.retry_after !== undefined)
          this.floodWaitUntil.set(chatKey(params), this.now() + failure.retry_after * 1000);
        const parameters =
          failure.retry_after !== undefined || failure.migrate_to_chat_id !== undefined
            ? {
                ...(failure.retry_after !== undefined ? { retry_after: failure.retry_after } : {}),
                ...(failure.migrate_to_chat_id !== undefined
                  ? { migrate_to_chat_id: failure.migrate_to_chat_id }
                  : {}),
              }
            : undefined;
        throw new ApiError(failure.error_code, failure.description, parameters);
      }
      if (method === "getUpdates") return this.getUpdates(params, res, call);
      this.checkFloodWait(params);
      const result = this.handlers[method]?.(params);
      call.ok = true;
      call.result = result;
      const delay = this.latency.get(method) ?? 0;
      const answer = () => {
        call.answered = true;
        this.respond(res, 200, { ok: true, result });
        this.notify();
      };
      const held = this.held.get(method);
      if (held) held.push(answer);
      else if (delay > 0) setTimeout(answer, delay);
      else answer();
    } catch (caught) {
      const err =
        caught instanceof ApiError
          ? caught
          : new ApiError(
              500,
              `Internal Server Error: emulator bug: ${caught instanceof Error ? caught.stack : String(caught)}`,
            );
      call.error_code = err.code;
      call.description = err.description;
      this.respond(res, err.code, {
        ok: false,
        error_code: err.code,
        description: err.description,
        ...(err.parameters ? { parameters: err.parameters } : {}),
      });
    } finally {
      this.notify();
    }
  }

  private respond(res: ServerResponse, status: number, body: unknown): void {
    if (res.writableEnded || res.destroyed) return;
    const json = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(json),
    });
    res.end(json);
  }

  private takeFailure(method: string, params: Params): FailureRule | undefined {
    const chatId = params.chat_id === undefined ? undefined : Number(params.chat_id);
    const rule = this.failures.find(
      (f) => f.method === method && (f.chatId === undefined || f.chatId === chatId),
    );
    if (!rule) return undefined;
    rule.times--;
    if (rule.times <= 0) this.failures = this.failures.filter((f) => f !== rule);
    return rule;
  }

  // ── getUpdates (long polling) ───────────────────────────────────────────────

  private getUpdates(params: Params, res: ServerResponse, call: ApiCall): void {
    if (this.webhook)
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const offset = intParam(params, "offset") ?? 0;
    const limit = Math.min(100, Math.max(1, intParam(params, "limit") ?? 100));
    const timeout = Math.max(0, intParam(params, "timeout") ?? 0);
    const allowed = objectParam(params, "allowed_updates");
    if (Array.isArray(allowed))
      this.allowedUpdates = allowed.filter((a): a is string => typeof a === "string");
    if (offset > 0) {
      this.queue = this.queue.filter((u) => u.update_id >= offset);
      this.confirmed = Math.max(this.confirmed, offset);
    }
    // a newer getUpdates terminates the older one, as Telegram does
    if (this.pending) {
      const old = this.pending;
      this.pending = undefined;
      clearTimeout(old.timer);
      old.call.error_code = 409;
      old.call.description = CONFLICT;
      this.respond(old.res, 409, { ok: false, error_code: 409, description: CONFLICT });
    }
    this.dropUnwanted();
    const ready = this.deliverable(offset, limit);
    call.ok = true;
    if (ready.length > 0 || timeout === 0 || this.closed) {
      call.result = ready;
      this.respond(res, 200, { ok: true, result: ready });
      return;
    }
    const timer = setTimeout(() => this.releasePoll([]), timeout * 1000);
    this.pending = { offset, limit, res, timer, call };
    res.on("close", () => {
      if (this.pending?.res === res) {
        clearTimeout(this.pending.timer);
        this.pending = undefined;
      }
    });
  }

  private dropUnwanted(): void {
    const allowed = this.allowedUpdates.length ? this.allowedUpdates : ALL_DEFAULT_UPDATES;
    this.queue = this.queue.filter((u) =>
      Object.keys(u).some((k) => k !== "update_id" && allowed.includes(k)),
    );
  }

  private deliverable(offset: number, limit: number): Update[] {
    return this.queue.filter((u) => u.update_id >= offset).slice(0, limit);
  }

  private deliver(): void {
    if (this.webhook) {
      void this.postWebhooks();
      return;
    }
    if (!this.pending) return;
    this.dropUnwanted();
    const ready = this.deliverable(this.pending.offset, this.pending.limit);
    if (ready.length) this.releasePoll(ready);
  }

  private releasePoll(updates: Update[]): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    clearTimeout(p.timer);
    p.call.result = updates;
    this.respond(p.res, 200, { ok: true, result: updates });
  }

  // ── methods ─────────────────────────────────────────────────────────────────

  /** setMyDescription (0–512 characters) and setMyShortDescription (0–120); empty removes it. */
  private setDescription(p: Params, field: string, limit: number): true {
    const value = stringParam(p, field) ?? "";
    const lang = stringParam(p, "language_code") ?? "";
    if (lang !== "" && !/^[a-z]{2}$/.test(lang))
      throw badRequest("language_code must be a two-letter ISO 639-1 code");
    if (value.length > limit) throw badRequest(`${field.toUpperCase()}_INVALID`);
    if (value === "") this.descriptions.delete(`${field}/${lang}`);
    else this.descriptions.set(`${field}/${lang}`, value);
    return true;
  }

  private scopeKey(p: Params): string {
    const scope = objectParam(p, "scope") as
      { type?: string; chat_id?: number | string; user_id?: number } | undefined;
    const lang = stringParam(p, "language_code") ?? "";
    if (lang !== "" && !/^[a-z]{2}$/.test(lang))
      throw badRequest("language_code must be a two-letter ISO 639-1 code");
    const type = scope?.type ?? "default";
    const known = [
      "default",
      "all_private_chats",
      "all_group_chats",
      "all_chat_administrators",
      "chat",
      "chat_administrators",
      "chat_member",
    ];
    if (!known.includes(type)) throw badRequest(`unsupported bot command scope "${type}"`);
    if (type.startsWith("chat") && scope?.chat_id === undefined)
      throw badRequest("chat_id is empty");
    if (type === "chat_member" && scope?.user_id === undefined)
      throw badRequest("user_id is empty");
    const chat =
      scope?.chat_id !== undefined ? `:${this.chatFor({ chat_id: scope.chat_id }).chat.id}` : "";
    const user = scope?.user_id !== undefined ? `:${scope.user_id}` : "";
    return `${type}${chat}${user}${lang ? `/${lang}` : ""}`;
  }

  private state(chatId: number): ChatState {
    const s = this.chats.get(chatId);
    if (!s) throw new Error(`emulator: unknown chat ${chatId}`);
    return s;
  }

  private addChat(chat: Chat, members: [User, MemberStatus][]): ChatState {
    const state: ChatState = {
      chat,
      botStatus: chat.type === "private" ? "member" : "member",
      blocked: false,
      members: new Map(members.map(([u, s]) => [u.id, s])),
      anonymous: new Set(),
      messages: new Map(),
      nextMessageId: 1,
      topics: new Set(),
    };
    for (const [u] of members) this.users.set(u.id, u);
    this.chats.set(chat.id, state);
    return state;
  }

  /** chat_id → chat, or "Bad Request: chat not found". */
  private chatFor(p: Params): ChatState {
    const raw = p.chat_id;
    if (raw === undefined || raw === null || raw === "") throw badRequest("chat_id is empty");
    let state: ChatState | undefined;
    if (typeof raw === "string" && raw.startsWith("@")) {
      state = [...this.chats.values()].find(
        (s) =>
          "username" in s.chat && s.chat.username?.toLowerCase() === raw.slice(1).toLowerCase(),
      );
    } else {
      const id = typeof raw === "number" ? raw : Number(raw);
      if (!Number.isSafeInteger(id)) throw badRequest("chat not found");
      state = this.chats.get(id);
    }
    if (!state) throw badRequest("chat not found");
    return state;
  }

  /** A chat the bot may write to: not blocked, not kicked, not migrated. */
  private writableChat(p: Params): ChatState {
    const state = this.chatFor(p);
    if (state.migratedTo !== undefined) {
      throw new ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", {
        migrate_to_chat_id: state.migratedTo,
      });
    }
    const kind =
      state.chat.type === "private"
        ? ""
        : state.chat.type === "group"
          ? "group chat"
          : state.chat.type === "supergroup"
            ? "supergroup chat"
            : "channel chat";
    if (state.chat.type === "private" && (state.blocked || state.botStatus === "kicked"))
      throw forbidden("bot was blocked by the user");
    if (state.botStatus === "kicked") throw forbidden(`bot was kicked from the ${kind}`);
    if (state.botStatus === "left") throw forbidden(`bot is not a member of the ${kind}`);
    return state;
  }

  private date(): number {
    return Math.floor(this.now() / 1000);
  }

  private threadFor(state: ChatState, p: Params): number | undefined {
    const thread = intParam(p, "message_thread_id");
    if (thread === undefined) return undefined;
    const ok =
      state.chat.type === "supergroup" &&
      (state.chat.is_forum ? state.topics.has(thread) : state.messages.has(thread));
    if (!ok) throw badRequest("message thread not found");
    return thread;
  }

  /** A chat told to retry after N seconds refuses calls until then, as Telegram does (429 again). */
  private checkFloodWait(params: Params): void {
    const until = this.floodWaitUntil.get(chatKey(params));
    if (until === undefined) return;
    const wait = until - this.now();
    if (wait <= 0) this.floodWaitUntil.delete(chatKey(params));
    else {
      const seconds = Math.ceil(wait / 1000);
      throw new ApiError(429, `Too Many Requests: retry after ${seconds}`, {
        retry_after: seconds,
      });
    }
  }

  /** Flood limits (opt-in): throws 429 with the seconds until a send is allowed again, else counts the send. */
  private throttle(state: ChatState): void {
    const limits = this.rateLimits;
    if (!limits) return;
    const now = this.now();
    const checks: [number, number | undefined, number][] = [
      [0, limits.perSecond, 1000],
      [
        state.chat.id,
        state.chat.type === "group" || state.chat.type === "supergroup"
          ? limits.perGroupPerMinute
          : undefined,
        60_000,
      ],
      [state.chat.id, limits.perChatPerSecond, 1000],
    ];
    let wait = 0;
    for (const [key, max, window] of checks) {
      if (max === undefined) continue;
      const recent = (this.sends.get(key) ?? []).filter((t) => t > now - window);
      if (recent.length >= max)
        wait = Math.max(wait, (recent[recent.length - max] ?? now) + window - now);
    }
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      throw new ApiError(429, `Too Many Requests: retry after ${seconds}`, {
        retry_after: seconds,
      });
    }
    for (const key of [0, state.chat.id])
      this.sends.set(key, [...(this.sends.get(key) ?? []).filter((t) => t > now - 60_000), now]);
  }

  private sendMessage(p: Params): Message {
    const state = this.writableChat(p);
    const thread = this.threadFor(state, p);
    const { text, entities } = formatText(p);
    const keyboard = checkReplyMarkup(objectParam(p, "reply_markup"), false);
    const lpo = checkLinkPreview(objectParam(p, "link_preview_options"));
    const reply = this.replyTarget(state, p);
    this.throttle(state);
    const id = state.nextMessageId++;
    const msg: Record<string, unknown> = {
      message_id: id,
      from: this.botUser,
      date: this.date(),
      chat: state.chat,
      text,
    };
    if (entities.length) msg.entities = entities;
    if (thread !== undefined) {
      msg.message_thread_id = thread;
      if (state.chat.type === "supergroup" && state.chat.is_forum) msg.is_topic_message = true;
    }
    if (reply) msg.reply_to_message = stripReply(reply);
    if (keyboard) msg.reply_markup = { inline_keyboard: keyboard };
    if (lpo) msg.link_preview_options = lpo;
    const message = msg as unknown as Message;
    state.messages.set(id, message);
    return message;
  }

  private replyTarget(state: ChatState, p: Params): Message | undefined {
    const rp = objectParam(p, "reply_parameters") as
      | { message_id?: unknown; chat_id?: unknown; allow_sending_without_reply?: unknown }
      | undefined;
    const legacy = intParam(p, "reply_to_message_id");
    if (rp === undefined && legacy === undefined) return undefined;
    if (rp !== undefined && (typeof rp !== "object" || rp === null))
      throw badRequest("can't parse reply parameters JSON object");
    const id = rp ? Number(rp.message_id) : legacy;
    if (id === undefined || !Number.isSafeInteger(id))
      throw badRequest('field "message_id" must be of type Integer');
    const allow = rp
      ? rp.allow_sending_without_reply === true
      : boolParam(p, "allow_sending_without_reply");
    const target = rp?.chat_id !== undefined ? this.chatFor({ chat_id: rp.chat_id }) : state;
    const found = target.messages.get(id);
    if (!found && !allow) throw badRequest("message to be replied not found");
    return found;
  }

  private editMessageText(p: Params): Message | true {
    if (p.inline_message_id !== undefined) {
      formatText(p);
      checkReplyMarkup(objectParam(p, "reply_markup"), true);
      return true;
    }
    const state = this.writableChat(p);
    const id = intParam(p, "message_id", true);
    const current = state.messages.get(id);
    if (!current) throw badRequest("message to edit not found");
    if (current.from?.id !== this.botUser.id || current.text === undefined)
      throw badRequest("message can't be edited");
    const { text, entities } = formatText(p);
    const keyboard = checkReplyMarkup(objectParam(p, "reply_markup"), true);
    checkLinkPreview(objectParam(p, "link_preview_options"));
    const sameText =
      current.text === text && JSON.stringify(current.entities ?? []) === JSON.stringify(entities);
    const sameMarkup =
      JSON.stringify(current.reply_markup?.inline_keyboard ?? null) ===
      JSON.stringify(keyboard ?? null);
    if (sameText && sameMarkup) {
      throw badRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      );
    }
    this.throttle(state);
    const next: Record<string, unknown> = { ...current, text, edit_date: this.date() };
    delete next.entities;
    delete next.reply_markup;
    if (entities.length) next.entities = entities;
    if (keyboard) next.reply_markup = { inline_keyboard: keyboard };
    const message = next as unknown as Message;
    state.messages.set(id, message);
    return message;
  }

  private deleteMessage(p: Params): true {
    const state = this.chatFor(p);
    const id = intParam(p, "message_id", true);
    const msg = state.messages.get(id);
    if (!msg) throw badRequest("message to delete not found");
    const own = msg.from?.id === this.botUser.id;
    const admin = state.botStatus === "administrator" || state.botStatus === "creator";
    if (!own && state.chat.type !== "private" && !admin)
      throw badRequest("message can't be deleted");
    state.messages.delete(id);
    return true;
  }

  private answerCallbackQuery(p: Params): true {
    const id = stringParam(p, "callback_query_id");
    const q = id === undefined ? undefined : this.callbackQueries.get(id);
    if (!q || q.answered)
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    const text = stringParam(p, "text");
    if (text !== undefined && text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
    q.answered = true;
    q.answer = { text, show_alert: boolParam(p, "show_alert"), url: stringParam(p, "url") };
    return true;
  }

  private answerInlineQuery(p: Params): true {
    const id = stringParam(p, "inline_query_id") ?? "";
    if (!this.inlineQueries.has(id) || this.inlineAnswers.has(id))
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    const results = objectParam(p, "results");
    if (!Array.isArray(results)) throw badRequest('field "results" must be an Array');
    if (results.length > 50) throw badRequest("RESULTS_TOO_MUCH");
    const ids = new Set<string>();
    for (const r of results as Record<string, unknown>[]) {
      if (typeof r !== "object" || r === null || typeof r.type !== "string")
        throw badRequest("can't parse InlineQueryResult");
      const rid = r.id;
      if (typeof rid !== "string" || rid === "" || Buffer.byteLength(rid) > 64)
        throw badRequest("RESULT_ID_INVALID");
      if (ids.has(rid)) throw badRequest("RESULT_ID_DUPLICATE");
      ids.add(rid);
      if (r.type === "article") {
        if (typeof r.title !== "string" || r.title.trim() === "")
          throw badRequest("RESULT_TITLE_EMPTY");
        const content = r.input_message_content as Params | undefined;
        if (typeof content !== "object" || content === null)
          throw badRequest("can't parse input_message_content");
        formatText(content, "message_text", "parse_mode");
      }
      if (r.reply_markup !== undefined) checkReplyMarkup(r.reply_markup, true);
    }
    const button = objectParam(p, "button");
    if (button !== undefined) {
      const b = button as Record<string, unknown> | null;
      if (typeof b !== "object" || b === null || typeof b.text !== "string" || b.text.trim() === "")
        throw badRequest("BUTTON_TEXT_INVALID");
      const start = b.start_parameter;
      if ((start === undefined) === (b.web_app === undefined))
        throw badRequest(
          "InlineQueryResultsButton must have exactly one of web_app and start_parameter",
        );
      if (
        start !== undefined &&
        (typeof start !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(start))
      )
        throw badRequest("START_PARAM_INVALID");
      this.inlineButtons.set(id, b);
    }
    this.inlineAnswers.set(id, results);
    return true;
  }

  private memberObject(user: User, status: MemberStatus, anonymous = false): ChatMember {
    switch (status) {
      case "creator":
        return { status, user, is_anonymous: anonymous };
      case "administrator":
        return {
          status,
          user,
          can_be_edited: false,
          is_anonymous: anonymous,
          can_manage_chat: true,
          can_delete_messages: true,
          can_manage_video_chats: true,
          can_restrict_members: true,
          can_promote_members: false,
          can_change_info: true,
          can_invite_users: true,
          can_post_stories: false,
          can_edit_stories: false,
          can_delete_stories: false,
          can_send_welcome_messages: false,
        } as ChatMember;
      case "kicked":
        return { status, user, until_date: 0 };
      case "restricted":
        return {
          status,
          user,
          is_member: true,
          until_date: 0,
          can_send_messages: false,
        } as unknown as ChatMember;
      default:
        return { status, user } as ChatMember;
    }
  }

  private getChatMember(p: Params): ChatMember {
    const state = this.chatFor(p);
    const userId = intParam(p, "user_id", true);
    if (userId === this.botUser.id) return this.memberObject(this.botUser, state.botStatus);
    const user = this.users.get(userId);
    if (!user) throw badRequest("user not found");
    if (state.chat.type === "private")
      return this.memberObject(user, state.chat.id === userId ? "member" : "left");
    return this.memberObject(
      user,
      state.members.get(userId) ?? "left",
      state.anonymous.has(userId),
    );
  }

  private getChatAdministrators(p: Params): ChatMember[] {
    const state = this.chatFor(p);
    if (state.chat.type === "private")
      throw badRequest("there are no administrators in the private chat");
    const admins = [...state.members.entries()].filter(
      ([, s]) => s === "creator" || s === "administrator",
    );
    const out = admins.map(([id, s]) =>
      this.memberObject(this.users.get(id) as User, s, state.anonymous.has(id)),
    );
    if (state.botStatus === "administrator")
      out.push(this.memberObject(this.botUser, "administrator"));
    return out;
  }

  private getChat(p: Params): Record<string, unknown> {
    const state = this.chatFor(p);
    return {
      ...state.chat,
      accent_color_id: 0,
      max_reaction_count: 11,
      accepted_gift_types: {
        unlimited_gifts: false,
        limited_gifts: false,
        unique_gifts: false,
        premium_subscription: false,
      },
    };
  }
}

/** A replied-to message as Telegram nests it: without its own reply_to_message. */
function stripReply(m: Message): Message {
  const copy = { ...m } as Record<string, unknown>;
  delete copy.reply_to_message;
  return copy as unknown as Message;
}

async function readBody(req: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks).toString("utf8");
  if (body === "") return {};
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.includes("application/json")) {
    const parsed = JSON.parse(body) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new Error("the request body must be a JSON object");
    return parsed as Params;
  }
  if (type.includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(body));
  throw new Error(
    `unsupported content type "${type}" (this emulator takes JSON or form bodies, no file uploads)`,
  );
}

export type { InlineKeyboardButton, MessageEntity };
