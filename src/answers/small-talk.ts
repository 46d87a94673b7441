/**
 * Messages that are not questions about an article — a greeting, thanks, "help", "ok", "bye" —
 * get the reply a person would give, not a search of the article. Each entry: what the whole
 * message says (its lower-case words, punctuation and emoji dropped) and the reply. The
 * phrases are the bot's own conversation, not knowledge about articles.
 */
import { words } from "../nlp/tokens.js";

export interface SmallTalk {
  talk: "greeting" | "thanks" | "help" | "ack" | "bye";
  says: RegExp;
  /** The reply; none for "help", which is the /help reply. */
  reply?: string;
  /** Two questions the article can answer follow the reply. */
  suggest?: boolean;
}

const POLITE = "(?:bot|mate|man|friend|buddy|all|everyone|again|then|now|for now)";
const THANKS =
  "(?:thanks|thank you|thank u|thanx|thnx|thx|tnx|ty|tyvm|cheers|many thanks|much appreciated|appreciate it|i appreciate it)";

const TABLE: readonly SmallTalk[] = [
  {
    talk: "greeting",
    reply: "Hello! Ask me anything about the article, in plain words.",
    suggest: true,
    says: new RegExp(
      `^(?:(?:hi|hello|hey|hiya|howdy|yo|greetings|hallo|good (?:morning|afternoon|evening|day))(?: there)?(?: ${POLITE})?)+$`,
    ),
  },
  {
    talk: "thanks",
    reply: "You're welcome! Ask me anything else about the article.",
    says: new RegExp(
      `^(?:(?:ok|okay|great|cool|nice|perfect|awesome|brilliant|excellent|wow|oh|ah|yes|super|lovely|fantastic|good)\\s+)*${THANKS}(?:\\s+(?:a lot|so much|very much|a bunch|a million|for (?:that|this|the (?:help|answer|info))|${POLITE}))*$`,
    ),
  },
  {
    talk: "help",
    says: /^(?:help|help me|help please|please help|\?+|what can (?:you|u) do|what do (?:you|u) do|what are (?:you|u)|who are (?:you|u)|how do (?:i|we) use (?:this|you|it|the bot)|how does (?:this|it) work|how (?:to|do i) start|what (?:are|r) the commands|commands|menu|options)$/,
  },
  {
    talk: "ack",
    reply: "OK. Anything else? Ask about the article, or send /help to see what I can do.",
    suggest: true,
    says: /^(?:ok|okay|k|kk|okey|alright|all right|cool|got it|great|nice|fine|sure|good|i see|understood|right|yes|yeah|yep|no|nope|hmm+|oh|ah|lol|wow)$/,
  },
  {
    talk: "bye",
    reply: "Bye! Come back any time.",
    says: new RegExp(
      `^(?:(?:ok|okay|thanks)\\s+)?(?:bye|goodbye|good bye|bye bye|byebye|see (?:you|ya|u)(?: later| soon)?|later|cya|good night|goodnight|night|farewell|take care)(?: ${POLITE})?$`,
    ),
  },
];

/** The small talk a whole message is, or undefined for anything else (a question). */
export function smallTalk(message: string): SmallTalk | undefined {
  const t = words(message).join(" ") || (/^\s*\?+\s*$/.test(message) ? "?" : "");
  return t ? TABLE.find((e) => e.says.test(t)) : undefined;
}
