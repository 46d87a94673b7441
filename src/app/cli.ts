import { parseArgs } from "node:util";
import { envHelpLines } from "./env.js";

export interface CliOptions {
  local: boolean;
  json: boolean;
  content?: string;
  help: boolean;
}

export const CLI_USAGE = "Usage: npm start -- [--local] [--json] [--content DIR] [--help]";

const OPTIONS = {
  local: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  content: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** What each option means, for --help; an option without a line here does not compile. */
const OPTION_HELP = {
  local: ["--local", "chat in this terminal even when BOT_TOKEN is set"],
  json: [
    "--json",
    'terminal chat for programs: one JSON line per input line on stdout, {"input","replies":[{"text","html","buttons"?}]}',
  ],
  content: ["--content DIR", "read articles from DIR instead of CONTENT_DIR"],
  help: ["-h, --help", "show this help and exit"],
} satisfies Record<keyof typeof OPTIONS, [string, string]>;

/** The --help text: every option and environment variable with its meaning. */
export function helpText(): string {
  const options = Object.values(OPTION_HELP);
  const width = Math.max(...options.map(([flag]) => flag.length)) + 2;
  return [
    CLI_USAGE,
    "",
    "Answers about news articles on Telegram when BOT_TOKEN is set, otherwise in this terminal.",
    "",
    "Options:",
    ...options.map(([flag, meaning]) => `  ${flag.padEnd(width)}${meaning}`),
    "",
    "Environment variables (also read from a .env file):",
    ...envHelpLines(),
    "",
    "In the terminal chat, type a question about the articles or a command (/help lists them);",
    "a reply's buttons are numbered: type the number, or more / back to turn pages. Ctrl-D quits.",
    "",
  ].join("\n");
}

/** Parses command-line flags; throws an Error with a one-line message on anything unknown. */
export function parseCli(argv: string[]): CliOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    });
    if (values.content !== undefined && values.content.trim() === "")
      throw new Error("--content needs a folder");
    return {
      local: values.local ?? false,
      json: values.json ?? false,
      content: values.content,
      help: values.help ?? false,
    };
  } catch (err) {
    throw new Error(
      `${err instanceof Error ? err.message.split("\n")[0] : String(err)}. ${CLI_USAGE}`,
    );
  }
}
