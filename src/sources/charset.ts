import iconv from "iconv-lite";

/**
 * The text of a fetched body. The charset comes from the Content-Type header, else from the
 * document itself (`<meta charset>`, `<meta http-equiv="Content-Type">`, `<?xml encoding>`,
 * looked for in the first 1024 bytes as browsers do); without one, UTF-8, and Windows-1252
 * for bytes that are not UTF-8. Labels are read as browsers read them (the WHATWG
 * Encoding standard, through TextDecoder: "latin1" means Windows-1252); the bytes are
 * decoded with iconv-lite, because Node 20's TextDecoder decodes Windows-1252 as Latin-1
 * (its “curly quotes” and dashes come out as invisible control characters).
 */
export function decodeBody(bytes: Uint8Array, contentTypeHeader: string | undefined): string {
  const encoding = whatwgEncoding(charsetOf(contentTypeHeader) ?? declaredCharset(bytes));
  return decodeAs(bytes, encoding)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
}

/** The media type of a Content-Type header, lower-case, without parameters. */
export function mediaType(header: string | undefined): string | undefined {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  return type ? type : undefined;
}

function decodeAs(bytes: Uint8Array, encoding: string | undefined): string {
  if (encoding === undefined || encoding === "utf-8") {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      encoding = "windows-1252";
    }
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (iconv.encodingExists(encoding)) return iconv.decode(buffer, encoding);
  return new TextDecoder(encoding).decode(bytes);
}

function whatwgEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined; // an unknown label: UTF-8
  }
}

function charsetOf(header: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header ?? "")?.[1];
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 1024),
  ).toString("latin1");
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? //
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
  );
}
