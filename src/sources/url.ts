import { FetchError } from "./errors.js";

/**
 * Query parameters that only track where a click came from. Names are matched without
 * regard to case; a prefix entry ends in "_". The list follows the global rules of the
 * ClearURLs project and the query-stripping lists of Firefox and Brave, cut down to the
 * parameters that appear on news links (analytics, ad clicks, newsletters, share buttons).
 */
export const TRACKING_PARAMS: readonly string[] = [
  // campaign prefixes: Google Analytics, Matomo/Piwik, comScore, AT Internet, Mailchimp, HubSpot, Blueshift…
  "utm_",
  "itm_",
  "otm_",
  "pk_",
  "mtm_",
  "ns_",
  "at_",
  "hmb_",
  "mc_",
  "oly_",
  "vero_",
  "bsft_",
  "fb_action_",
  // click ids of ad and social networks
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "igshid",
  "igsh",
  "srsltid",
  "rb_clickid",
  "wickedid",
  "s_cid",
  "mkt_tok",
  "hsctatracking",
  "_hsenc",
  "_hsmi",
  "__hssc",
  "__hstc",
  "__hsfp",
  "_ga",
  "_gl",
  "_openstat",
  "fb_source",
  "fb_ref",
  // share and referral markers publishers add
  "ref",
  "ref_src",
  "ref_url",
  "cmpid",
  "ocid",
  "smid",
  "xtor",
  "ncid",
  "sr_share",
  "spm",
];

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.some((t) => (t.endsWith("_") ? lower.startsWith(t) : lower === t));
}

/**
 * Checks that a link may be fetched: an absolute http(s) URL without a user name or
 * password. Returns it parsed and written out (fragment dropped); throws a FetchError.
 */
export function checkFetchableUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new FetchError("bad-url", "that is not a web address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError("bad-url", "only http and https links can be read");
  if (url.username || url.password)
    throw new FetchError("bad-url", "links with a user name or password are not read");
  url.hash = "";
  return url.href;
}

/**
 * The form of a URL used to tell whether two links are the same article: host in lower
 * case without a final dot, default port and fragment dropped, tracking parameters
 * removed and the others sorted by name. The path is kept as it is (it may be case-sensitive).
 * Returns undefined for anything that is not an http(s) URL.
 */
export function normaliseUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  url.hash = "";
  url.username = "";
  url.password = "";
  url.hostname = url.hostname.replace(/\.$/, "");
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams)
    if (!isTrackingParam(name)) kept.append(name, value);
  kept.sort();
  url.search = kept.size > 0 ? kept.toString() : "";
  return url.href;
}

/**
 * The key an article is stored under: the page's `<link rel="canonical">` when it names the
 * same site and not merely its home page, else the final URL after redirects; normalised.
 */
export function articleKey(finalUrl: string, canonicalHref?: string): string {
  const final = normaliseUrl(finalUrl) ?? finalUrl;
  const canonical = canonicalHref ? usableCanonical(canonicalHref, finalUrl) : undefined;
  return canonical ?? final;
}

function usableCanonical(href: string, pageUrl: string): string | undefined {
  let canonical: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    canonical = new URL(href, page);
  } catch {
    return undefined;
  }
  if (canonical.protocol !== "http:" && canonical.protocol !== "https:") return undefined;
  if (siteOf(canonical.hostname) !== siteOf(page.hostname)) return undefined;
  // sites that set every page's canonical to the home page would make all articles one
  if (canonical.pathname === "/" && page.pathname !== "/") return undefined;
  return normaliseUrl(canonical.href);
}

/** A host without a leading www./m./amp./mobile. label, so a page's AMP or mobile copy names the same site. */
function siteOf(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^(www|m|amp|mobile)\./, "");
}
