/**
 * What a question asks for, read from its lower-case words:
 *
 * - say:   what did X say (about Y), X's view on Y, quotes from X, what does X think of Y
 * - who:   who is X / tell me about X (a person or organisation), who did Y (a search)
 * - when:  when …, what date / year / day …
 * - count: how many / how much / how long / how old / how far / what percentage …
 * - where: where …
 * - why:   why …, for what reason …
 * - which: which X …, what X did … (the answer is a name: "which club did he join")
 * - about: what is the article about, summary
 * - other: anything else (what is …, did …, keywords)
 */
import { ASKED_SPEECH_VERBS } from "../../nlp/lexicon/reporting-verbs.js";

export type QuestionKind =
  "say" | "who" | "when" | "count" | "where" | "why" | "which" | "about" | "other";

export interface ParsedQuestion {
  kind: QuestionKind;
  /** The person or thing asked about (X in "what did X say", "who is X"), as words. */
  subject?: string;
  /** What the question is about (Y in "what did X say about Y"), as words. */
  topic?: string;
  /** For "how many candidates …": the counted thing ("candidates"). */
  focus?: string;
  /** Words left once the question frame is taken off, for the search. */
  rest: string;
  /** "Tell me about X": a profile when X is someone, else what the article says about X. */
  profile?: boolean;
}

const AUX = "(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could|might|may|should)";
const SAY_VERBS = `(?:${[...ASKED_SPEECH_VERBS].join("|")})`;
const ABOUT =
  "(?:about|on|of|regarding|concerning|over|towards|toward|re|in terms of|when it comes to|with regard to|in relation to)";

/** Leading politeness and filler: "please", "can you tell me", "I want to know", "so", "hey". */
const FILLER =
  /^(?:(?:hey|hi|hello|ok|okay|so|and|but|well|please|pls|plz|bot|quick question)\s+)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|show|give)\s+me\s+|(?:please\s+)?(?:tell|show|give)\s+me\s+(?:please\s+)?|i\s+(?:want|would like|d like|wanna|need)\s+to\s+know\s+|do\s+you\s+know\s+|i\s+wonder\s+|i\s+m\s+wondering\s+|any\s+idea\s+)?/;

/** "Tokaev & co", "Smith and others": the person named is the one asked about. */
function withoutCompanions(subject: string): string {
  return (
    subject.replace(
      /\s+(?:(?:and|&)\s+)?(?:co|company|others|friends|colleagues|et\s+al|(?:his|her|their)\s+(?:team|allies|colleagues))$/,
      "",
    ) || subject
  );
}

/** `known(word)`: whether the articles use a word (splits "which TV channel interviewed X"). */
export function parseQuestion(
  text: string,
  known: (word: string) => boolean = () => true,
): ParsedQuestion {
  let t = text.replace(FILLER, "").trim();
  t = t
    .replace(
      /\s+(?:please|pls|plz|thanks|thank you|in the article|in this article|in the story|according to the article)$/g,
      "",
    )
    .trim();
  let m: RegExpExecArray | null;

  // What the article is about.
  if (
    /^(?:(?:what|wat)\s+(?:is|s|was)\s+(?:the|this|it)\s+(?:(?:article|story|piece|text|news|report)\s+)?about|what\s+(?:is|s)\s+(?:it|this)\s+about|summari[sz]e(?:\s+(?:the|this|it)(?:\s+(?:article|story|news))?)?|(?:give\s+(?:me\s+)?)?(?:a\s+)?(?:summary|overview|recap)(?:\s+of\s+(?:the|this)\s+(?:article|story|news))?|tl\s*dr|gist|in\s+short|what\s+happened|what\s+s\s+(?:going\s+on|happening|new|the\s+news|the\s+story)|what\s+is\s+(?:going\s+on|happening|the\s+news|the\s+story)|(?:what\s+(?:is|s|are)\s+)?(?:the\s+)?(?:main|key)\s+(?:points?|facts?|idea|takeaways?))$/.test(
      t,
    )
  ) {
    return { kind: "about", rest: "" };
  }

  // Quotes: "what did X say (about Y)", "what has X said on Y", "what X said about Y".
  m = new RegExp(
    `^(?:(?:what|which\\s+\\w+)\\s+(?:${AUX}\\s+)?|how\\s+${AUX}\\s+)(.+?)\\s+(?:${AUX}\\s+)?(?:have\\s+)?(?:been\\s+)?${SAY_VERBS}(?:\\s+(.+))?$`,
  ).exec(t);
  if (m && m[1] && !/^(?:is|are|was|were|the article|it|this|you|i|we)$/.test(m[1])) {
    const topic = cleanTopic(m[2]);
    const subject = withoutCompanions(m[1]);
    return { kind: "say", subject, topic, rest: [subject, topic].filter(Boolean).join(" ") };
  }
  // "did X say anything about Y", "has X commented on Y"
  m = new RegExp(
    `^${AUX}\\s+(.+?)\\s+(?:ever\\s+)?${SAY_VERBS}(?:\\s+(?:anything|something))?(?:\\s+(?:${ABOUT}|that)\\s+(.+))?$`,
  ).exec(t);
  if (m && m[1])
    return {
      kind: "say",
      subject: m[1],
      topic: m[2],
      rest: [m[1], m[2]].filter(Boolean).join(" "),
    };
  // "X's view/opinion/position/stance/comments/words/quotes on Y", "quotes (from|by) X (about Y)"
  m =
    /^(?:(?:what|which)\s+(?:is|are|was|were|s)\s+)?(.+?)\s+s\s+(?:views?|opinions?|stance|comments?|words|quotes?|remarks?|statements?|thoughts|take|reaction)(?:\s+(?:about|on|of|regarding|towards|over)\s+(.+))?$/.exec(
      t,
    );
  if (m && m[1])
    return {
      kind: "say",
      subject: m[1],
      topic: m[2],
      rest: [m[1], m[2]].filter(Boolean).join(" "),
    };
  m =
    /^(?:(?:show|list|give|find)\s+(?:me\s+)?)?(?:all\s+)?(?:the\s+)?(?:quotes?|quotations?|words|comments?|statements?|remarks?)\s+(?:from|by|of)\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/.exec(
      t,
    );
  if (m && m[1])
    return {
      kind: "say",
      subject: m[1],
      topic: m[2],
      rest: [m[1], m[2]].filter(Boolean).join(" "),
    };
  // "what does X think of Y" is covered above; "how does X feel about Y" too (how + aux).
  // "X on Y" is too loose to read as a quote question.

  // Who.
  m = /^(?:who|whom)\s+(?:is|s|was|are|were)\s+(.+)$/.exec(t);
  if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
  m = /^(?:who|whom)\s+(.+?)\s+(?:is|was|are|were)$/.exec(t);
  if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
  m =
    /^(?:what|which)\s+(?:is|s|was)\s+(?:the\s+)?(?:role|job|position|title|post)\s+of\s+(.+)$/.exec(
      t,
    );
  if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
  m =
    /^(?:what|which)\s+(?:is|s|was)\s+(.+?)\s+s\s+(?:role|job|position|title|post|background)$/.exec(
      t,
    );
  if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
  m = /^(?:(?:what|how)\s+about|(?:tell\s+me\s+)?(?:more\s+)?about)\s+(.+)$/.exec(t);
  if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1], profile: true };
  // "what role does X have", "what does X do", "what is X's job" (below)
  m =
    /^(?:what|which)\s+(?:role|job|position|title|post|office)\s+(?:does|did|do|has|had|is|was)\s+(.+?)\s+(?:have|hold|play|had|held|played|occupy|fill)$/.exec(
      t,
    );
  if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
  m = /^what\s+(?:does|did|do)\s+(.+?)\s+do(?:\s+for\s+(?:a\s+)?(?:living|work))?$/.exec(t);
  if (m && m[1]) return { kind: "who", subject: m[1], rest: m[1] };
  if (/^(?:who|whom|whose)\b/.test(t))
    return { kind: "who", rest: t.replace(/^(?:who|whom|whose)\s*/, "") };

  // When.
  if (
    /^(?:when|what\s+(?:date|day|year|month|time)|which\s+(?:date|day|year|month)|on\s+what\s+(?:date|day)|in\s+what\s+(?:year|month)|since\s+when|until\s+when|by\s+when|how\s+long\s+ago)\b/.test(
      t,
    )
  ) {
    return {
      kind: "when",
      rest: t.replace(
        /^(?:when|what\s+\w+|which\s+\w+|on\s+what\s+\w+|in\s+what\s+\w+|since\s+when|until\s+when|by\s+when|how\s+long\s+ago)\s*/,
        "",
      ),
    };
  }

  // How many / much / long / old …
  m =
    /^(?:how\s+(?:many|much|long|old|far|big|large|often|high|low|tall|fast|soon)|what\s+(?:percentage|percent|proportion|share|number|amount|sum|price|cost|figure|total|size|age)|by\s+how\s+much)\b\s*(.*)$/.exec(
      t,
    );
  if (m) {
    const rest = m[1] ?? "";
    const focus = /^how\s+(?:many|much)\s+(\w+)/.exec(t)?.[1];
    return {
      kind: "count",
      focus:
        focus && !/^(?:did|does|do|has|have|is|are|was|were|will)$/.test(focus) ? focus : undefined,
      rest,
    };
  }

  if (
    /^(?:where|in\s+which\s+(?:city|country|town|place)|in\s+what\s+(?:city|country|town|place)|what\s+(?:city|country|town|place))\b/.test(
      t,
    )
  ) {
    return { kind: "where", rest: t.replace(/^(?:where|in\s+\w+\s+\w+|what\s+\w+)\s*/, "") };
  }
  if (
    /^(?:why|for\s+what\s+reason|what\s+(?:is|was|s)\s+the\s+reason|how\s+come|what\s+caused|what\s+led\s+to)\b/.test(
      t,
    )
  ) {
    return {
      kind: "why",
      rest: t.replace(
        /^(?:why|for\s+what\s+reason|what\s+(?:is|was|s)\s+the\s+reason(?:\s+(?:for|why|that))?|how\s+come|what\s+caused|what\s+led\s+to)\s*/,
        "",
      ),
    };
  }
  // "which tobacco companies were accused", "what games has he made", "which club signed him"
  m = new RegExp(
    `^(?:which|what)\\s+(?!${AUX}\\b|s\\b|kind\\b|sort\\b|type\\b)(.+?)\\s+${AUX}\\s+(.+)$`,
  ).exec(t);
  if (m && m[1] && m[2] && m[1].split(" ").length <= 4)
    return { kind: "which", focus: m[1], rest: m[2] };
  // Without a helping verb, the kind of thing asked for runs to the first word the articles use.
  m = /^which\s+(.+)$/.exec(t);
  if (m && m[1]) {
    const ws = m[1].split(" ");
    let n = 1;
    while (n < Math.min(3, ws.length - 1) && !known(ws[n]!)) n++;
    return { kind: "which", focus: ws.slice(0, n).join(" "), rest: ws.slice(n).join(" ") };
  }
  return { kind: "other", rest: t };
}

/** "about Russia" → "russia"; "to reporters about the sanctions" → "reporters about the sanctions" → kept whole but the lead word dropped. */
function cleanTopic(topic: string | undefined): string | undefined {
  if (!topic) return undefined;
  const t = topic
    .replace(
      new RegExp(`^(?:${ABOUT}|that|when|after|during|in|to|anything|something|at all)\\s+`),
      "",
    )
    .replace(new RegExp(`^(?:${ABOUT})\\s+`), "")
    .trim();
  return t === "" || /^(?:anything|something|it|that|this|so)$/.test(t) ? undefined : t;
}
