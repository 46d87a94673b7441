/**
 * The typed word lists of src/ (docs/lexicon.md, "Lists elsewhere in src/"): every set, array
 * and regular-expression alternation of five or more English words (in a regex, or in a string
 * constant a regex is built from), found in the syntax tree of each source file. Read by scripts/lexicon-table.ts, which writes the table, and by
 * test/lexicon-inventory.test.ts, which fails when a list is missing from the page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface TypedList {
  /** The file under src/ ("answers/questions/honest.ts"). */
  file: string;
  /** The constant that holds the list, else the function it is in. */
  name: string;
  form: "regex" | "array" | "split" | "wordSet";
  words: string[];
}

/** Where docs/lexicon.md's generated table begins and ends. */
export const BEGIN = "<!-- inventory: written by scripts/lexicon-table.ts -->";
export const END = "<!-- inventory end -->";

/** The least number of words that makes a list. */
const LEAST = 5;
/** A word as a list types it: letters, an inner apostrophe, space or hyphen, a stop, an optional "s?". */
const WORD = /^\p{L}[\p{L}'’ .-]*\??$/u;

/** Every .ts file under `dir`, generated data (`*-data.ts`) left out, as paths under src/. */
export function sourceFiles(src: string, dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(src, path);
      return e.name.endsWith(".ts") && !e.name.endsWith("-data.ts") ? [relative(src, path)] : [];
    })
    .sort();
}

/** The typed lists of one file. */
export function listsIn(file: string, text: string): TypedList[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: TypedList[] = [];
  const add = (node: ts.Node, form: TypedList["form"], words: string[]) =>
    out.push({ file, name: holderName(node), form, words });
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const body = node.text.slice(1, node.text.lastIndexOf("/"));
      for (const group of alternations(body)) add(node, "regex", group);
    } else if (isRegExpCall(node)) {
      const body = patternText(node.arguments?.[0]);
      if (body !== undefined) for (const group of alternations(body)) add(node, "regex", group);
    } else if (isPatternConstant(node)) {
      for (const group of alternations(patternText(node)!)) add(node, "regex", group);
    } else if (ts.isArrayLiteralExpression(node)) {
      const strings = node.elements.filter(ts.isStringLiteral).map((e) => e.text);
      const typed = strings.filter((w) => /^\p{Ll}[\p{Ll}'’ .-]*$/u.test(w));
      if (typed.length >= LEAST && strings.length === node.elements.length)
        add(node, "array", typed);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const arg = node.arguments[0];
      if (ts.isIdentifier(callee) && callee.text === "wordSet" && arg && ts.isStringLiteral(arg)) {
        const words = arg.text.split(/\s+/).filter(Boolean);
        if (words.length >= LEAST) add(node, "wordSet", words);
      } else if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === "split" &&
        (ts.isStringLiteral(callee.expression) ||
          ts.isNoSubstitutionTemplateLiteral(callee.expression))
      ) {
        const words = callee.expression.text.split(/\s+/).filter(Boolean);
        if (words.length >= LEAST && words.every((w) => WORD.test(w))) add(node, "split", words);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The typed lists of every source file under `src`. */
export function typedLists(src: string): TypedList[] {
  return sourceFiles(src).flatMap((file) => listsIn(file, readFileSync(join(src, file), "utf8")));
}

/** Lists outside nlp/lexicon/ (that folder's lists have their own table, written by hand). */
export function inventoried(src: string): TypedList[] {
  return typedLists(src).filter((l) => !l.file.startsWith("nlp/lexicon/"));
}

/** `new RegExp(…)` or `RegExp(…)`. */
function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === "RegExp"
  );
}

/**
 * A pattern typed as a string and kept in a constant, for regexes to be built from it
 * (`const MONTH_NAMES = "(January|February|…)"`, String.raw`…` or a template): a string with
 * an alternation, the whole value of a variable.
 */
function isPatternConstant(node: ts.Node): node is ts.Expression {
  const holder = node.parent as ts.Node | undefined;
  if (!holder || !ts.isVariableDeclaration(holder) || holder.initializer !== node) return false;
  return patternText(node as ts.Expression)?.includes("|") ?? false;
}

/**
 * The pattern a RegExp is built from, as far as it is typed: a string, a template (what is
 * interpolated becomes U+0000, never a word) or String.raw`…`.
 */
function patternText(arg: ts.Expression | undefined): string | undefined {
  if (!arg) return undefined;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  if (ts.isTemplateExpression(arg))
    return [arg.head.text, ...arg.templateSpans.map((s) => s.literal.text)].join("\u0000");
  if (ts.isTaggedTemplateExpression(arg) && arg.tag.getText() === "String.raw") {
    const t = arg.template;
    if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText ?? t.text;
    return [t.head.rawText ?? "", ...t.templateSpans.map((s) => s.literal.rawText ?? "")].join(
      "\u0000",
    );
  }
  return undefined;
}

/**
 * The alternations of a pattern with five or more words: each group's (and the whole
 * pattern's) alternatives at its own depth, "\b" dropped and "\s+" read as a space.
 */
export function alternations(pattern: string): string[][] {
  const groups: string[][] = [[""]];
  const done: string[][] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const top = groups[groups.length - 1]!;
    const append = (s: string) => {
      for (const g of groups) g[g.length - 1] += s;
    };
    if (c === "\\") {
      append(pattern.slice(i, i + 2));
      i++;
    } else if (inClass) {
      append(c);
      if (c === "]") inClass = false;
    } else if (c === "[") {
      append(c);
      inClass = true;
    } else if (c === "(") {
      append(c);
      const opener = /^\(\?(?:[:=!]|<[=!]|<[\p{L}\d_]+>)/u.exec(pattern.slice(i))?.[0] ?? "(";
      for (const g of groups) g[g.length - 1] += opener.slice(1);
      i += opener.length - 1;
      groups.push([""]);
    } else if (c === ")") {
      done.push(groups.pop()!);
      append(c);
    } else if (c === "|") {
      top.push("");
    } else append(c);
  }
  done.push(...groups);
  return done
    .map((alts) => alts.map(asWord).filter((w): w is string => w !== undefined))
    .filter((words) => words.length >= LEAST);
}

/** An alternative as a word or phrase ("seconds?", "according to"), else undefined. */
function asWord(alternative: string): string | undefined {
  const w = alternative
    .replace(/\\b/g, "")
    .replace(/\\s[+*?]?|\[\\s\]\+?| \+/g, " ")
    .replace(/\\([.'-])/g, "$1")
    .trim();
  return w && WORD.test(w) ? w : undefined;
}

/** The constant a list is held in, else the function (or method) it is in. */
function holderName(node: ts.Node): string {
  let top: string | undefined;
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name)
      return n.name.getText();
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) {
      const inFunction = enclosingFunctionName(n);
      if (inFunction) return inFunction;
      top = n.name.text;
    }
  }
  return top ?? "(module)";
}

/** The name of the function declaration a node is inside, if any. */
function enclosingFunctionName(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent)
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name)
      return n.name.getText();
  return undefined;
}
