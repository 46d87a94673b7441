import type { Library } from "../../src/library/library.js";
import { answer } from "../../src/answers/router.js";
import { renderMessages } from "../../src/render/messages.js";
import { contextsFor } from "./context.js";

/** Contexts whose clock is fixed at 1 January 2026 (made-up articles' dates stay in the past). */
export const fixedContexts = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });

/** What a private chat shows for `text` asked over `library`: every reply rendered, one string. */
export function shown(library: Library, text: string): string {
  return answer({ text, chat: "private" }, fixedContexts(library))
    .flatMap((r) => renderMessages(r).map((m) => m.text))
    .join("\n");
}
