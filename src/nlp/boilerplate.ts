/**
 * General rules for web boilerplate that scrapers leave in article text: advertisement
 * markers, newsletter / subscribe / sign-up prompts, share and related-links lines,
 * copyright footers. A paragraph is dropped only when it is short and reads like page
 * furniture, so real sentences that merely mention "subscribers" or "advertising" stay.
 */
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
];

const CALL_TO_ACTION = [
  /\b(subscribe|sign[- ]?up|signup|register|join)\b.*\b(newsletter|inbox|updates|alerts|mailing list|free|today|now|here)\b/i,
  /\bnewsletter\b/i,
  /\bdelivered (directly |straight )?to your inbox\b/i,
  /\b(download|get) (our|the) app\b/i,
  /\bturn on (notifications|alerts)\b/i,
];

export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text === "") return true;
  if (/^[-–—_=*•·.\s|]+$/.test(text)) return true; // rules, separators
  const words = text.split(/\s+/).length;
  if (words > MAX_BOILERPLATE_WORDS) return false;
  if (WHOLE_LINE.some((re) => re.test(text)) && !looksLikeReportedSpeech(text)) return true;
  return (
    CALL_TO_ACTION.some((re) => re.test(text)) &&
    !looksLikeReportedSpeech(text) &&
    !/[“”"]/.test(text)
  );
}

/** News sentences about subscribing ("Netflix said subscribers rose") carry a reporting verb or a number. */
function looksLikeReportedSpeech(text: string): boolean {
  return (
    /\b(said|says|told|according to|reported|announced)\b/i.test(text) ||
    /\b\d[\d,.]*\s*(%|per cent|million|billion)/i.test(text)
  );
}

export function removeBoilerplate(paragraphs: string[]): string[] {
  return paragraphs.filter((p) => !isBoilerplate(p));
}
