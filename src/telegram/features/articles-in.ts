import { Composer, type Context } from "grammy";
import type { Message } from "grammy/types";
import { parseCommand } from "../../answers/command.js";
import type { AnswerContext } from "../../answers/context.js";
import { ADD_USAGE, intakeReply, REMOVE_USAGE } from "../../answers/intake.js";
import { reply, text, type Reply } from "../../answers/reply.js";
import type { ChatArticles, Intake } from "../../library/chat-articles.js";
import type { Logger } from "../../log/logger.js";
import { linkArgument } from "../../sources/links.js";
import { whatMessageBrings } from "../../sources/message.js";
import type { ButtonCommands } from "../keyboard.js";
import { replyTargetOf, sendReplies } from "../send.js";
import { isAddressed } from "./answers.js";
import { senderIsAdmin } from "./admin.js";

export interface ArticlesInDeps {
  articles: ChatArticles;
  context: (chatId?: number) => AnswerContext;
  buttons: ButtonCommands;
  log: Logger;
}

/**
 * Articles a chat brings: a message that is or holds a link, `/add <link>`, a long pasted
 * text or a forwarded channel post (in private chats, or addressed to the bot in groups)
 * becomes an article of that chat, answered with its title, date, link and summary.
 * `/remove N` drops one of them (administrators only in groups). Register before the
 * answers feature: other messages go on to it.
 */
export function articlesInFeature(deps: ArticlesInDeps): Composer<Context> {
  const feature = new Composer<Context>();

  feature.on("message:text", async (ctx, next) => {
    const msg = ctx.message;
    const command = parseCommand(msg.text);
    if (command) {
      if (command.target && command.target.toLowerCase() !== ctx.me.username.toLowerCase())
        return next();
      if (command.name === "add") {
        const link = linkArgument(command.args);
        if (!link) return send(ctx, deps, [reply(text(ADD_USAGE))]);
        return send(ctx, deps, await fromLink(ctx, deps, link));
      }
      if (command.name === "remove") return send(ctx, deps, await remove(ctx, deps, command.args));
      return next();
    }
    if (ctx.chat.type !== "private" && !isAddressed(ctx)) return next();
    const brought = whatMessageBrings({
      text: msg.text,
      entities: msg.entities,
      forwardedFromChannel: msg.forward_origin?.type === "channel",
    });
    if (brought.kind === "link") return send(ctx, deps, await fromLink(ctx, deps, brought.url));
    if (brought.kind === "none") return next();
    const source =
      msg.forward_origin?.type === "channel" ? msg.forward_origin.chat.title : undefined;
    const result = await deps.articles.addText(
      ctx.chat.id,
      withoutMention(brought.text, ctx.me.username),
      source && `forwarded from ${source}`,
    );
    return send(ctx, deps, answerOf(result, ctx.chat.id, deps, "that text"));
  });

  // a group became a supergroup: its articles and feeds go with it (Telegram sends both messages)
  feature.on("message:migrate_to_chat_id", async (ctx, next) => {
    moveChat(deps, ctx.chat.id, ctx.message.migrate_to_chat_id);
    await next();
  });
  feature.on("message:migrate_from_chat_id", async (ctx, next) => {
    moveChat(deps, ctx.message.migrate_from_chat_id, ctx.chat.id);
    await next();
  });

  return feature;
}

function moveChat(deps: ArticlesInDeps, from: number, to: number): void {
  const moved = deps.articles.moveChat(from, to);
  if (moved > 0) deps.log.info({ from, to, articles: moved }, "group's own articles moved");
}

async function fromLink(ctx: Context, deps: ArticlesInDeps, link: string): Promise<Reply[]> {
  const chatId = ctx.chat!.id;
  ctx.api
    .sendChatAction(chatId, "typing", threadOf(ctx.message))
    .catch((err: unknown) => deps.log.debug({ err }, "could not show typing"));
  const result = await deps.articles.addLink(chatId, link);
  return answerOf(result, chatId, deps, "that link");
}

function answerOf(result: Intake, chatId: number, deps: ArticlesInDeps, what: string): Reply[] {
  return [intakeReply(result, deps.context(chatId).library, what)];
}

async function remove(ctx: Context, deps: ArticlesInDeps, args: string): Promise<Reply[]> {
  const chatId = ctx.chat!.id;
  const ref = args.trim();
  if (ref === "") return [reply(text(REMOVE_USAGE))];
  const { library } = deps.context(chatId);
  const found = library.find(ref);
  if (!found) return [reply(text(`No article “${ref.slice(0, 60)}”. Send /articles to see them.`))];
  const id = found.article.id;
  if (!deps.articles.owns(chatId, id))
    return [
      reply(
        text(
          `“${found.article.title}” is one of the bot's own articles, not one this chat added; it cannot be removed here.`,
        ),
      ),
    ];
  const admin = await senderIsAdmin(ctx, deps.log);
  if (admin === undefined)
    return [reply(text("I could not check who may remove articles just now. Please try again."))];
  if (!admin) return [reply(text("Only administrators can remove this chat's articles."))];
  deps.articles.remove(chatId, id);
  return [reply(text(`Removed “${found.article.title}”.`))];
}

function withoutMention(text: string, username: string): string {
  return text.replace(new RegExp(`@${username}\\b`, "gi"), " ").trim();
}

function threadOf(msg: Message | undefined): { message_thread_id?: number } {
  return msg?.is_topic_message ? { message_thread_id: msg.message_thread_id } : {};
}

async function send(ctx: Context, deps: ArticlesInDeps, replies: Reply[]): Promise<void> {
  const msg = ctx.message!;
  await sendReplies(ctx.api, replyTargetOf(msg), replies, deps.buttons, deps.log);
}
