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
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x01 && c <= 0x08) || (c >= 0x0e && c <= 0x1f) || c === 0xfffd) control++;
  }
  return control / sample.length > 0.05;
}
