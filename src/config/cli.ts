import { parseArgs } from "node:util";

export interface CliOptions {
  local: boolean;
  json: boolean;
  content?: string;
  help: boolean;
}

export const CLI_USAGE = "Usage: npm start -- [--local] [--json] [--content DIR]";

/** Parses command-line flags; throws an Error with a one-line message on anything unknown. */
export function parseCli(argv: string[]): CliOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        local: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        content: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.content !== undefined && values.content.trim() === "") throw new Error("--content needs a folder");
    return { local: values.local ?? false, json: values.json ?? false, content: values.content, help: values.help ?? false };
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message.split("\n")[0] : String(err)}. ${CLI_USAGE}`);
  }
}
