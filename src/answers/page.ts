/**
 * The one page argument of every command that pages (/quotes, /who, /ask, /articles):
 * "page:N" anywhere in the arguments, as the buttons write it (`pageArg`).
 */

/** "page:2" → the page and the other words. `page` is as typed (may be 0): callers bound it. */
export interface PageChoice {
  rest: string;
  page?: number;
}

const PAGE = /^page:(\d{1,4})$/i;

/**
 * Takes "page:N" out of a command's arguments. With `bare` the arguments are a page and
 * nothing else (/articles), so "2" and "page 2" mean page 2 as well.
 */
export function takePage(args: string, { bare = false } = {}): PageChoice {
  if (bare) {
    const m = /^(?:page\s*:?\s*)?(\d{1,9})?$/i.exec(args.trim());
    if (m) return { rest: "", page: m[1] === undefined ? undefined : Number(m[1]) };
  }
  let page: number | undefined;
  const rest = args
    .split(/\s+/)
    .filter((w) => {
      const m = PAGE.exec(w);
      if (m) page = Number(m[1]);
      return !m && w !== "";
    })
    .join(" ");
  return { rest, page };
}

/** How a button asks for page `n`. */
export function pageArg(n: number): string {
  return `page:${n}`;
}
