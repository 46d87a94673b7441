/** An http(s) address that can be a link: no spaces, quotes or angle brackets, and parseable. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s<>"]+$/i.test(url) && URL.canParse(url);
}
