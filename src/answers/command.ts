/** "/summary@MyBot 3" → { name: "summary", target: "MyBot", args: "3" }. */
export interface ParsedCommand {
  name: string;
  target?: string;
  args: string;
}

export function parseCommand(text: string): ParsedCommand | undefined {
  const match = /^\/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/.exec(
    text.trim(),
  );
  if (!match) return undefined;
  return { name: (match[1] ?? "").toLowerCase(), target: match[2], args: (match[3] ?? "").trim() };
}
