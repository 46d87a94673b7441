/**
 * The structured reply the core returns. Adapters render it: HTML for Telegram,
 * plain text for the terminal. Nothing here knows about Telegram.
 */
export type Span = string | { bold: string } | { italic: string } | { code: string };

export type Block =
  /** A line of text (may mix bold/italic spans). */
  | { kind: "text"; spans: Span[] }
  /** A heading line, shown bold; with `url` (an article's source page) it links there. */
  | { kind: "title"; text: string; url?: string }
  /** A sentence taken verbatim from an article, with its paragraph. */
  | { kind: "sentence"; text: string; para: number; lead?: Span[]; article?: string }
  /** A direct quote with its speaker. */
  | {
      kind: "quote";
      text: string;
      speaker?: string;
      para: number;
      cue?: string;
      lead?: Span[];
      article?: string;
    }
  /** A bullet list item. */
  | { kind: "item"; spans: Span[] };

export interface Button {
  text: string;
  /** The command this button runs, e.g. "/quotes 2 page:2". */
  command: string;
}

export interface Reply {
  blocks: Block[];
  /** A page whose link preview the (first) message may show; otherwise previews are off. */
  preview?: string;
  /** Rows of buttons (Telegram inline keyboard; shown as hints in the terminal). */
  buttons?: Button[][];
}

export const text = (...spans: Span[]): Block => ({ kind: "text", spans });
export const title = (t: string, url?: string): Block =>
  url ? { kind: "title", text: t, url } : { kind: "title", text: t };
export const item = (...spans: Span[]): Block => ({ kind: "item", spans });
export const bold = (s: string): Span => ({ bold: s });
export const italic = (s: string): Span => ({ italic: s });
export const code = (s: string): Span => ({ code: s });

export function reply(...blocks: Block[]): Reply {
  return { blocks };
}
