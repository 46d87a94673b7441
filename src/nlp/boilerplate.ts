/**
 * General rules for web boilerplate that scrapers leave in article text: advertisement
 * markers, newsletter / subscribe / sign-up prompts, share and related-links lines,
 * copyright footers — and the furniture of a news page around the story: bylines, credits
 * and captions of photos, "Read the rest…" / "Watch the video above" / "Follow X on Twitter"
 * lines, contributor taglines, live-blog times, labels in capitals, embedded markup. A
 * paragraph is dropped only when it is short and reads like page furniture, so real
 * sentences that merely mention "subscribers" or "advertising" stay.
 */
import { moreWordsThan } from "../util/words.js";
import { decodeHTMLStrict } from "entities";

const MAX_BOILERPLATE_WORDS = 30;

const WHOLE_LINE = [
  /^[-–—•*\s]*(advertisement|advert|ad|sponsored( content)?|promoted|paid content|story continues( below)?( advertisement)?|continue reading( below)?|scroll to continue|skip advert)[-–—•*\s.]*$/i,
  // navigation words alone on a line, or followed by a separator and a list of links
  /^[-–—•*\s]*(share|share this( article| story| page)?|share on \w+( and \w+)?|tweet|email|print|comments?|tags?|related|related (articles|stories|content|links|news|topics)|read more|more on this story|recommended|most read|top stories|you may also like|see also|trending)\b(\s*[:|–—-].*)?[\s.]*$/i,
  /^(copyright|©|\(c\))\s/i,
  /all rights reserved\.?$/i,
  /^(follow|like) us on\b/i,
  /^(click|tap) here\b/i,
  /^(image|photo|picture|video|media) (caption|copyright|source)\b/i,
  // link lines: "Read the rest of the story at …", "Watch the video above", "Click here to …"
  /^(read|see|view|watch|listen to) (the )?(rest|full|whole|more|complete)\b/i,
  /^(read|see|follow|get|watch) (the |our )?(latest|live)( updates| coverage| blog)?\b/i,
  /^(watch|see|view|listen to) (the|a|an|our|this|these|his|her|their) .{0,60}\b(above|below|here)\b/i,
  /^(related|more|watch|read|see also|listen|photos?|video|live updates?|latest)\s*:/i,
  /^follow\b.{0,80}\b(on (twitter|facebook|instagram|x)\b|@\w)/i,
  // credits and taglines
  /^\(?(reporting|writing|editing|additional reporting|research|compiled|written|posted|produced|co-authored|story|text|video|photos?|graphics?|illustrations?|cinematography|video produced) by\b/i,
  /^contributing( reporters?)?\s*:/i,
  /\bcontributed (reporting )?(to )?(this|the) (article|report|story)\b/i,
  /^\(?h\/t\b/i,
  // a note on the page's own changes: "This article was amended on 4 March to correct …", "An earlier version of this story …"
  /^this (story|article|post|piece) (has been|was) (updated|corrected|amended|edited|changed)\b/i,
  /^an? (earlier|previous|prior) version of this (story|article|post|piece)\b/i,
  /^(updated|published|posted|last updated|last update|last modified|first published)( on| at)?\s*:?\s*(\d|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i,
  /^(updated|published|posted)\s+\d+\s*(h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago\b/i,
  // a live-blog entry's time alone: "10:32 a.m.", "1.05pm ET"
  /^\d{1,2}[:.]\d{2}\s*([ap]\.?\s?m\.?)?\s*([A-Z]{1,4}T)?[\s.:]*$/i,
  // page navigation and sharing buttons left as lines: "Skip to content", "Copy link", "Save", "share2", "X (formerly Twitter)"
  /^(skip to (main )?content|skip navigation|copy link|copy article link|save|save article|saved|bookmark|share\d*|listen( to (this|these) articles?)?|recommended( stories)?|list of \d+ items?|end of list|back to top|accept( all)?( cookies)?|manage (preferences|cookies|settings)|show more|load more)[\s.]*$/i,
  /^(facebook|twitter|x|x \(formerly twitter\)|whatsapp|linkedin|reddit|pinterest|messenger|telegram|email|e-mail|flipboard|bluesky|threads)[\s.]*$/i,
  // the sources of a rewritten wire story: "Source: Al Jazeera and news agencies", "(With inputs from PTI)"
  /^\(?sources?\s*:\s*[\p{Lu}\p{N}][^.!?:]{0,60}\)?[.\s]*$/iu,
  /^\(?(with )?(inputs|input|agency inputs) from\b[^.!?]{0,60}\)?[.\s]*$/i,
  // a press release's furniture: "For immediate release", "SOURCE Northvale University", "For more information, please contact: …"
  // (a line of its own: "For release of the hostages, the rebels demanded …" is a story's sentence)
  /^for (immediate release|(release|publication)\s*(:|\s(on|at|after|until|before)\b))[^,!?]*$/i,
  /^SOURCE\s+\p{Lu}[^.!?]{0,80}$/u,
  /^(for (more|further) (information|details)\b[^.!?:]{0,40}|(media|press) (contacts?|enquiries|inquiries)|contacts?)\s*:(?!\d)/i,
];

/**
 * A time line above a live-blog entry or a story: "Fri 14 Mar 2025 09.58 GMT", "10.32am GMT",
 * "14 March 2025, 10:32": a time, with or without its date, and nothing else. A date alone
 * ("Tuesday, 1 March" over a match preview) may be the story's date, and stays.
 */
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`;
const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DAY_MONTH = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}(?:\s+\d{4})?|${MONTH_NAME}\s+\d{1,2}(?:,?\s+\d{4})?)`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?`;
const DATE_LINE = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s+)?(?:${DAY_MONTH},?\s*(?:at\s+)?)?${CLOCK}[\s.:]*$`,
  "i",
);

/** A live blog's opening and closing lines: "Welcome to our live coverage of …", "Thanks for following along." */
const LIVE_BLOG_FURNITURE = [
  /\bwelcome to (our|the|this) (live|rolling)\b/i,
  /\b(our|this) (live )?(coverage|blog)\b.{0,60}\b(is )?(now )?(closing|ending|pausing|paused|wrapping up|coming to an end)\b/i,
  /\b(thanks|thank you) (for|all for) (following|reading|joining|staying with)\b/i,
  /\b(that's|that is) (all|it) (from|for) (me|us)\b/i,
  /\b(we('re| are)|i('m| am)) (pausing|closing|ending|wrapping up) (our|the|this) (live )?(coverage|blog)\b/i,
];

/** A cookie notice: "We use cookies to improve your experience … you agree to our use of cookies." */
const COOKIE_NOTICE =
  /\bcookies?\b.*\b(consent|accept|agree|privacy|preferences|browsing|browse|experience|settings)\b|\b(consent|accept|agree|privacy|preferences|browsing|browse|experience|settings)\b.*\bcookies?\b/i;
const MAX_NOTICE_WORDS = 80;

/** Navigation above a story: "News|Elections", "Home › World › Africa". */
const BREADCRUMB = /^[\p{L}&' ]{2,30}(?:\s*[|›»>]\s*[\p{L}&' ]{2,30})+$/u;
const MAX_BREADCRUMB_WORDS = 6;

/** An e-mail address: a byline's "owafula@example.co.ke", a press contact's. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const EMAILS = new RegExp(EMAIL.source, "g");

const CALL_TO_ACTION = [
  /\b(subscribe|sign[- ]?up|signup|register|join)\b.*\b(newsletter|inbox|updates|alerts|mailing list|free|today|now|here)\b/i,
  /\bnewsletter\b/i,
  /\bdelivered (directly |straight )?to your inbox\b/i,
  /\b(download|get) (our|the) app\b/i,
  /\bturn on (notifications|alerts)\b/i,
  // "Sign up for Westbrook Daily", "Subscribe to The Gazette" (a name follows, so not "Sign up to vote")
  /^(?:[Ss]ign up|[Ss]ubscribe|[Rr]egister)(?: now| today| free)? (?:for|to) (?:our |the )?[\p{Lu}\p{N}][\p{L}\p{N} ]{0,40}[.!]?$/u,
];

/** Names as bylines write them: capitalised words, with the particles of surnames. */
const NAME_WORDS = String.raw`[A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|de|van|von|der|da|al|bin|la|le))*`;
/** A byline's job before the name: "By regional reporter Jane Doe", "By our political editor Jane Doe". */
const BY_ROLE = String.raw`(?:(?:our|the|a)\s+)?(?:[a-z-]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|staff|team|columnist|analyst|producer)s?(?:\s+in\s+${NAME_WORDS})?,?\s+`;
/** "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe | The Times". */
const BY_LINE = new RegExp(
  String.raw`^[Bb][Yy]\s+(?:${BY_ROLE})?${NAME_WORDS}(?:\s*(?:,|and|&)\s*${NAME_WORDS})*(?:\s*[,|/–—-]\s*(?:the\s+)?${NAME_WORDS})*\.?$`,
  "u",
);
/** "Jane Doe, Staff Writer", "JANE DOE | Associated Press Writer", "Jane Doe | Reuters". */
const NAME_THEN_ROLE = new RegExp(String.raw`^${NAME_WORDS}\s*([,|/–—-])\s*(.+)$`, "u");
const ROLE =
  /^(the\s+)?([\p{L}.&]+\s+){0,3}(writer|correspondent|reporter|editor|columnist|contributor|bureau chief|staff)s?\.?$/iu;

/** Nothing but a name: "Reuters", "The Times". */
const NAME_ALONE = new RegExp(`^${NAME_WORDS}$`, "u");

/**
 * A byline, or a reporter's job on its own ("Staff reporter", "Our foreign correspondent"): what a
 * date line may open with before a dash ("Staff reporter — March 4, 2024").
 */
export function isBylineOrRole(text: string): boolean {
  return isByline(text) || ROLE.test(text);
}

function isByline(text: string): boolean {
  if (BY_LINE.test(text)) return true;
  const m = NAME_THEN_ROLE.exec(text);
  if (!m) return false;
  return ROLE.test(m[2]!) || (m[1] === "|" && NAME_ALONE.test(m[2]!));
}

/**
 * The heading of a closing section: a press release's "About Northvale University" (the
 * boilerplate about who sent it, often followed by forward-looking statements and contacts) or
 * "Notes to editors", a column's "About the author", a site's "About us" — what follows it, to the
 * next heading, is the same on every page of theirs, never the story.
 */
const CLOSING_HEADING =
  /^(?:About (?:(?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:of|and|for|the|&|[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*))*|the [Aa]uthors?|[Uu]s)|(?:Notes?|NOTES?) (?:to|for|TO|FOR) (?:[Ee]ditors?|EDITORS?)|(?:Editors?|EDITORS?)['’]? (?:[Nn]otes?|NOTES?))(?<!\.):?$/u;

export function isClosingHeading(block: string): boolean {
  return block.split(/\s+/).length <= 8 && CLOSING_HEADING.test(block.trim());
}

/** Captions and credits are short; a sentence of news that mentions a photo is longer. */
const MAX_CREDIT_WORDS = 40;

/** A credit on its own: "Ahmed Helal/LinkedIn", "Bloomberg via Getty Images." */
const CREDIT_ALONE = new RegExp(
  String.raw`^${NAME_WORDS}\s*(?:\/|\s+via\s+)\s*${NAME_WORDS}[\s.]*$`,
  "u",
);

const CAPTION_CREDIT =
  /[.!?]["”’)]?\s+(?:PHOTO|Photo(?:graph)?|Image|Picture|Credit)s?(?::|\s+by)\s+\p{Lu}[^.!?]*\.?$/u;

/**
 * A photo credit, alone ("Bloomberg via Getty Images.", "Ahmed Helal/LinkedIn", "Photo: Jane
 * Doe") or closing a caption ("… at the rally. (AP Photo/Evan Vucci)", "(Photo: Getty Images)").
 */
function isCredit(text: string): boolean {
  if (
    /\((?:[^()]*\b(?:photo|photograph|image|getty|pool photo|file photo)s?\b[^()]*)\)[\s.]*$/i.test(
      text,
    )
  )
    return true;
  if (/^(photo(graph)?|image|picture|credit)s?\s*(by|:)\s*[A-Z]/i.test(text)) return true;
  // A caption closed by its credit, as a web page sets them under a picture ("A child watches the
  // parade. Photograph: Ken Marsh/Harford Times", "… on Sunday. Picture: Reuters").
  if (CAPTION_CREDIT.test(text)) return true;
  return !moreWordsThan(text, 8) && CREDIT_ALONE.test(text);
}

export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text === "") return true;
  if (/^[-–—_=*•·.\s|#]+$/.test(text)) return true; // rules, separators, a release's "###"
  if (/^(-30-|ends?|- ?ends? ?-)$/i.test(text)) return true; // the end mark of a release
  if (isMarkup(text)) return true;
  const words = text.split(/\s+/).length;
  if (words <= MAX_CREDIT_WORDS && isCredit(text) && !looksLikeReportedSpeech(text)) return true;
  if (words <= MAX_NOTICE_WORDS && COOKIE_NOTICE.test(text) && !looksLikeReportedSpeech(text))
    return true;
  if (words > MAX_BOILERPLATE_WORDS) return false;
  if (isByline(text)) return true;
  if (EMAIL.test(text)) {
    const rest = text.replace(EMAILS, " ").replace(/\s+/g, " ").trim();
    if (rest === "" || /^(e-?mail|contact|write to)\s*:?$/i.test(rest) || isByline(rest))
      return true;
  }
  if (DATE_LINE.test(text)) return true;
  if (words <= MAX_BREADCRUMB_WORDS && BREADCRUMB.test(text)) return true;
  if (
    LIVE_BLOG_FURNITURE.some((re) => re.test(text)) &&
    !/[“”"]/.test(text) &&
    !looksLikeReportedSpeech(text)
  )
    return true;
  if (WHOLE_LINE.some((re) => re.test(text)) && !looksLikeReportedSpeech(text)) return true;
  return (
    CALL_TO_ACTION.some((re) => re.test(text)) &&
    !looksLikeReportedSpeech(text) &&
    !/[“”"]/.test(text)
  );
}

/**
 * A label in capitals or in brackets ("ABSTRACT.", "FULL TEXT", "EXCLUSIVE", "(Undated)"); a
 * dateline is not one. Above the story such a line is furniture; within it, it may be a heading.
 */
export function isLabel(text: string): boolean {
  if (/[–—_-]\s*$/.test(text) || /["“”]/.test(text)) return false;
  const inner = text.replace(/^\((.*)\)\.?$/, "$1");
  const words = inner.split(/\s+/).length;
  if (inner !== text && words <= 3 && !/\d/.test(inner)) return true; // "(Undated)", "(Video)"
  return words <= 4 && TWO_CAPITALS.test(inner) && !LOWER_CASE.test(inner);
}

/** Embedded markup: an element that opens the paragraph ("<tweet id=…>…</tweet>"), tags with no prose, a CSS rule. */
function isMarkup(text: string): boolean {
  if (/^[.#]?[\w-]+(\s*,\s*[.#]?[\w-]+)*\s*\{[^}]*\}[\s.]*$/.test(text)) return true;
  if (/^<[a-z][\w-]*(\s[^<>]*)?\/?>/i.test(text)) return true;
  if (!/<\/?[a-z][\w-]*(\s[^<>]*)?\/?>/i.test(text)) return false;
  const prose = text
    .replace(/<[^<>]*>/g, " ")
    .replace(/[\s.]+/g, " ")
    .trim();
  return prose.split(" ").filter((w) => TWO_LETTERS.test(w)).length < 3;
}

// Patterns with \p{…} are made once here (tsx and esbuild make such a literal again at every call).
const TWO_CAPITALS = /\p{Lu}{2}/u;
const LOWER_CASE = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}{2}/u;

/** News sentences about subscribing ("Netflix said subscribers rose") carry a reporting verb or a number. */
function looksLikeReportedSpeech(text: string): boolean {
  return (
    /\b(said|says|told|according to|reported|announced)\b/i.test(text) ||
    /\b\d[\d,.]*\s*(%|per cent|million|billion)/i.test(text)
  );
}

/**
 * A contributors' credit closing a paragraph, as wire texts that run their paragraphs together
 * leave it: `… in reach." --- Jane Doe in Amman contributed to this article.` It is no sentence of
 * the story, and its dash must not read as an attribution line ("…" — Jane Doe).
 */
const CLOSING_CREDIT =
  /\s*(?:-{2,}|[—―–])\s*[^.!?"”]{0,200}?\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:article|report|story)\.?\s*$/iu;

export function withoutClosingCredit(paragraph: string): string {
  return paragraph.replace(CLOSING_CREDIT, "");
}

/** Wire operators' initials closing a story: "… on suspicion of rioting. (sp/eml)". */
const OPERATOR_INITIALS = /\s*\(\p{Ll}{1,4}(?:\/\p{Ll}{1,4})+\)\s*$/u;

/**
 * Character references a scraper or feed left in plain text, read as a reader would: a known
 * HTML entity or a numeric reference becomes its character ("B&amp;Q" is "B&Q", "&#8217;" is
 * "’"; the `entities` package's table); a named one no HTML entity has, such as the "&UR;" and
 * "&LR;" of wire feeds, is markup and goes.
 */
export function withCharacters(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:[A-Za-z][A-Za-z0-9]{0,30}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/g, (ref) => {
    const decoded = decodeHTMLStrict(ref);
    if (decoded !== ref) return decoded.replace(/\u00a0/g, " ");
    return ref.startsWith("&#") ? ref : "";
  });
}

/** Feed markup (withCharacters) and operators' initials at a paragraph's end. */
export function withoutFeedDebris(paragraph: string): string {
  return withCharacters(paragraph)
    .replace(OPERATOR_INITIALS, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

export function removeBoilerplate(paragraphs: string[]): string[] {
  return paragraphs.filter((p) => !isBoilerplate(p));
}
