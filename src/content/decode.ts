/**
 * Turns raw file bytes into text. UTF-8 is expected; a file that is not valid UTF-8
 * (real corpora contain Latin-1 "£" signs) is decoded as Windows-1252 instead of failing.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** True when the text looks like binary data rather than prose. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 4000);
  if (sample.length === 0) return false;
  const control = sample.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return control / sample.length > 0.05;
}
