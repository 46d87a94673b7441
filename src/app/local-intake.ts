import { parseCommand } from "../answers/command.js";
import { ADD_USAGE, intakeReply, REMOVE_USAGE } from "../answers/intake.js";
import { reply, text, type Reply } from "../answers/reply.js";
import { linkArgument } from "../sources/links.js";
import { whatMessageBrings } from "../sources/message.js";
import type { Sources } from "./sources.js";

/** The terminal chat's own chat id: its links and texts are its articles, as a Telegram chat's are. */
export const LOCAL_CHAT = 0;

/**
 * The terminal chat's links, pasted texts, `/add <link>` and `/remove N`, with the same
 * fetcher and guard as on Telegram (kept in memory: the terminal has no bot.db). Resolves
 * to undefined for a line that is a question or another command.
 */
export function localIntake(sources: Sources): (line: string) => Promise<Reply[] | undefined> {
  const library = () => sources.context(LOCAL_CHAT).library;
  const fromLink = async (url: string) => [
    intakeReply(await sources.articles.addLink(LOCAL_CHAT, url), library(), "that link"),
  ];
  return async (line) => {
    const command = parseCommand(line);
    if (command?.name === "add") {
      const url = linkArgument(command.args);
      return url ? fromLink(url) : [reply(text(ADD_USAGE))];
    }
    if (command?.name === "remove") return [remove(sources, command.args)];
    if (command) return undefined;
    const brought = whatMessageBrings({ text: line });
    if (brought.kind === "link") return fromLink(brought.url);
    if (brought.kind === "text")
      return [
        intakeReply(
          await sources.articles.addText(LOCAL_CHAT, brought.text),
          library(),
          "that text",
        ),
      ];
    return undefined;
  };
}

function remove(sources: Sources, ref: string): Reply {
  if (ref.trim() === "") return reply(text(REMOVE_USAGE));
  const found = sources.context(LOCAL_CHAT).library.find(ref);
  if (!found || !sources.articles.remove(LOCAL_CHAT, found.article.id))
    return reply(text("Only an article added in this chat (a link or a text) can be removed."));
  return reply(text(`Removed “${found.article.title}”.`));
}
