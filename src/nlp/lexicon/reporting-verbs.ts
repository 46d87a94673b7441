/**
 * Verbs and cues that report speech: "said", "told", "explained", "according to".
 * SPEECH verbs introduce both direct and indirect speech; FRAME verbs are accepted only right
 * next to a direct quote ("…," thinks Curry; "…," the paper beams).
 * Written for this project from the reporting verbs of BBC and US news (the forms of each verb
 * listed by hand; compromise's conjugator could make them from the infinitives, issue 12).
 */
import { isCommunicationVerb } from "./wordnet.js";
import { wordSet } from "./word-set.js";

const SPEECH = (
  "say says said saying tell tells told telling add adds added adding explain explains explained explaining " +
  "stress stresses stressed stressing insist insists insisted insisting note notes noted noting claim claims claimed " +
  "claiming argue argues argued arguing warn warns warned warning admit admits admitted admitting ask asks asked " +
  "reply replies replied replying continue continues continued declare declares declared declaring announce " +
  "announces announced announcing remark remarks remarked comment comments commented commenting suggest suggests " +
  "suggested suggesting acknowledge acknowledges acknowledged agree agrees agreed confirm confirms confirmed " +
  "confirming deny denies denied denying concede concedes conceded conceding recall recalls recalled recalling urge " +
  "urges urged urging write writes wrote writing observe observes observed maintain maintains maintained predict " +
  "predicts predicted predicting promise promises promised vow vows vowed joke jokes joked quip quips quipped " +
  "complain complains complained complaining counter counters countered respond responds responded reveal reveals " +
  "revealed revealing assure assures assured emphasise emphasises emphasised emphasize emphasizes emphasized " +
  "conclude concludes concluded caution cautions cautioned boast boasts boasted state states stated report reports " +
  "reported tweet tweets tweeted point points pointed plead pleads pleaded protest protests protested retort " +
  "retorts retorted exclaim exclaims exclaimed allege alleges alleged testify testifies " +
  "testified describe describes described describing call calls called accuse accuses accused accusing " +
  "believe believes believed think thinks thought reckon reckons reckoned feel feels felt hope hopes hoped " +
  "estimate estimates estimated forecast forecasts find finds found assert asserts asserted answer answers " +
  "answered proclaim proclaims proclaimed proclaiming demand demands demanded reiterate reiterates reiterated lament laments lamented wonder wonders wondered texted texting"
).split(" ");

/** Verbs of praise and blame: they carry quoted words ("Lucas welcomed Blair's “courage”") but no reported clause. */
const EVALUATIVE = (
  "welcome welcomes welcomed welcoming criticise criticises criticised criticising criticize criticizes criticized " +
  "criticizing praise praises praised praising laud lauds lauded lauding hail hails hailed hailing slam slams slammed " +
  "slamming blast blasts blasted blasting attack attacks attacked attacking condemn condemns condemned condemning " +
  "dismiss dismisses dismissed dismissing brand brands branded branding label labels labelled labeling labelling " +
  "reject rejects rejected rejecting defend defends defended defending"
).split(" ");

const FRAME_ONLY = (
  "laugh laughs laughed beam beams beamed smile smiles smiled sigh sighs sighed shout shouts shouted yell yells " +
  "yelled whisper whispers whispered cry cries cried mused muse muses snap snaps snapped offer offers offered " +
  "quote quoted quotes recount recounts recounted chuckle chuckles chuckled enthuse enthuses enthused gush gushes " +
  "gushed rage rages raged fume fumes fumed scoff scoffs scoffed remember remembers remembered chant chants " +
  "chanted scream screams screamed interject interjects interjected marvel marvels marveled marvelled read reads"
).split(" ");

/** Cognition verbs report opinions: they attribute a quote next to them, but not a reported clause. */
const COGNITION = new Set(
  "believe believes believed think thinks thought reckon reckons reckoned feel feels felt hope hopes hoped".split(
    " ",
  ),
);

/** Verbs that attribute quoted words but do not introduce a clause of indirect speech. */
const NOT_CLAUSE = new Set(
  "describe describes described describing call calls called accuse accuses accused accusing ask asks asked point points pointed".split(
    " ",
  ),
);

const SPEECH_SET = new Set([...SPEECH, ...EVALUATIVE]);
const FRAME_SET = new Set([...SPEECH, ...FRAME_ONLY]);
const EVALUATIVE_SET = new Set(EVALUATIVE);

/** A verb that reports speech or opinion in any position ("said", "stressed", "believes"). */
export function isSpeechVerb(lower: string): boolean {
  return SPEECH_SET.has(lower);
}

/** A verb that may frame a direct quote ("laughs Conti", "the paper beams"). */
export function isFrameVerb(lower: string): boolean {
  return FRAME_SET.has(lower);
}

/**
 * A verb that frames a direct quote it follows with its subject ("…," the court instructed): a
 * frame verb, or a finite verb whose commonest sense WordNet files under communication.
 */
export function framesQuoteBefore(lower: string): boolean {
  return isFrameVerb(lower) || (/(?:ed|[^s]s)$/.test(lower) && isCommunicationVerb(lower));
}

/** A speech verb that can introduce a reported clause ("said that …"); not "described" or "believes". */
export function introducesClause(lower: string): boolean {
  return (
    SPEECH_SET.has(lower) &&
    !COGNITION.has(lower) &&
    !NOT_CLAUSE.has(lower) &&
    !EVALUATIVE_SET.has(lower)
  );
}

/** Verbs of saying that may go on with "a …" and still report speech ("said a deal was near", "told a reporter"). */
const SAY_WITH_ARTICLE = new Set(
  "say says said saying tell tells told telling write writes wrote ask asks asked warn warns warned".split(
    " ",
  ),
);

/**
 * True when "a"/"an" or a number right after a reporting verb starts its noun object, not a
 * reported clause: "maintains an overwhelming lead", "added a second goal", "the economy added
 * 215,000 jobs" (but "said a deal was near", "said 50 people died").
 */
export function takesNounObject(verb: string, next: string | undefined): boolean {
  return (next === "a" || next === "an" || /^\d/.test(next ?? "")) && !SAY_WITH_ARTICLE.has(verb);
}

/** Participles whose subject is the clause's subject ("…, saying: “…”"). */
export function isParticiple(lower: string): boolean {
  return lower.endsWith("ing");
}

/**
 * The -ing form of every verb the lists type with its third person: "ask asks asked" → "asking",
 * "quip quips quipped" → "quipping" (its past doubles the last letter), "declare" → "declaring".
 * The lists type some participles and not others ("saying" but not "asking", no "shouting"); a
 * participle opening a quote's frame ("…, with Lee asking, “…”", "…, shouting: “…”") is the same
 * verb whatever the list left out.
 */
function participlesOf(forms: string[]): string[] {
  const has = new Set(forms);
  const bases = forms.filter(
    (w) =>
      has.has(`${w}s`) || has.has(`${w}es`) || (/y$/.test(w) && has.has(`${w.slice(0, -1)}ies`)),
  );
  return bases.map((w) =>
    has.has(`${w}${w.at(-1)}ed`)
      ? `${w}${w.at(-1)}ing`
      : /[^eyo]e$/.test(w)
        ? `${w.slice(0, -1)}ing`
        : `${w}ing`,
  );
}

const FRAME_PARTICIPLES = new Set(participlesOf([...SPEECH, ...FRAME_ONLY]));

/**
 * A participle of a verb that frames a direct quote ("asking", "shouting", "quipping"), for the
 * frame before a quote only: the frame lists themselves type some participles and not others.
 */
export function isFrameParticiple(lower: string): boolean {
  return FRAME_PARTICIPLES.has(lower);
}

/** Words between a speaker and the verb: "Mr Smith also said", "he has since told". */
export const VERB_FILLERS = new Set(
  (
    "also then later only initially simply previously recently again has have had is was were are will would 'd did " +
    "does do been being not never yesterday today now further once first just since earlier subsequently repeatedly " +
    "quickly immediately still even however afterwards openly publicly privately separately reportedly apparently " +
    "last finally always often already"
  ).split(" "),
);

const INVERSION = new Set(
  (
    "said says added adds explained explains insisted insists stressed stresses warned warns argued argues wrote writes " +
    "continued continues replied replies noted notes laughed laughs beamed beams recalled recalls admitted admits " +
    "declared declares remarked remarks thinks thought believes believed observed observes claimed claims suggested " +
    "suggests concluded concludes enthused enthuses quipped quips joked jokes reckons reckoned countered counters " +
    "commented comments maintained maintains conceded concedes cautioned cautions predicted predicts added read reads"
  ).split(" "),
);

/** Verbs that put the speaker after them: "…," said Mr Smith; "…," added the head of the republic. */
export function isInversionVerb(lower: string): boolean {
  return INVERSION.has(lower);
}

/** Reporting verbs that are nouns as well: "a highly critical report", "a wry chuckle", "his claims". */
const ALSO_NOUNS = wordSet(
  "report reports claim claims comment comments note notes remark remarks state states estimate estimates forecast " +
    "forecasts promise promises hope hopes call calls attack attacks praise counter protest protests tweet tweets find " +
    "finds chuckle chuckles laugh laughs smile smiles sigh sighs shout shouts cry cries offer offers quote quotes reply " +
    "replies answer answers brand label",
);

/** A reporting verb that may be a noun ("report", "claims"): only its context says which. */
export function isAlsoNoun(lower: string): boolean {
  return ALSO_NOUNS.has(lower);
}

const ADDRESSEE_VERBS = wordSet(
  "told tells tell assured assures warned warns urged reminded informed texted emailed messaged",
);

/** A verb that names its listener before the reported clause: "told reporters that …". */
export function takesAddressee(lower: string): boolean {
  return ADDRESSEE_VERBS.has(lower);
}

const NAMING_WORDS = wordSet(
  "known so-called dubbed nicknamed termed titled entitled labelled labeled branded called",
);

/** A word that introduces a term, not a quote: "known as an “aggregator”", "the so-called “…”". */
export function isNamingWord(lower: string): boolean {
  return NAMING_WORDS.has(lower);
}

/**
 * The verb forms a question asks about someone's words with: "what did X say / claim / mention
 * about Y". Narrower than the lists above on purpose: "what did the FBI conclude", "which
 * companies were accused", "what does Nestle forecast" ask for facts, not for quotes.
 */
export const ASKED_SPEECH_VERBS = wordSet(
  "say says said saying tell tells told think thinks thought claim claims claimed argue argues argued stress " +
    "stressed add added explain explained warn warned announce announced mention mentioned note noted believe " +
    "believes believed feel feels felt comment commented state stated insist insisted suggest suggested assure " +
    "assured admit admitted promise promised reveal revealed describe described call called speak spoke talk talked " +
    "write wrote reply replied respond responded predict predicted declare declared emphasise emphasised emphasize " +
    "emphasized urge urged confirm confirmed deny denied express expressed",
);

/**
 * Verb forms that make a sentence report what its subject said, for "what did X say" answers
 * read from sentences ("Smith warned that …"). Narrower than SPEECH and EVALUATIVE: with all
 * their forms ("found", "hopes", "calls") the question eval answers worse (polnear tune set
 * 88 → 86 of 127).
 */
export const STATEMENT_CUES = wordSet(
  "said says told tells stressed stresses explained explains added adds assured warned warns noted notes argued " +
    "argues insisted insists claimed claims announced announces believes believed urged urges admitted promised " +
    "stated suggested emphasised emphasized acknowledged vowed declared confirmed denied denies predicted wrote " +
    "continued asked replied dismissed described called branded labelled criticised criticized welcomed praised " +
    "condemned accused questioned",
);
