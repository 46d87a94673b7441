/**
 * Irregular English verb forms → their base form, so "left" finds "leave", "won" finds "win"
 * and "held" finds "hold" (the Porter stemmer only handles regular endings). Written for this
 * project from the usual table of English irregular verbs; compromise's conjugator knows them
 * too (issue 12).
 */
const FORMS: Record<string, string> = {};
const BASES = new Set<string>();
for (const line of (
  "arise:arose,arisen awake:awoke,awoken bear:bore,borne beat:beaten become:became begin:began,begun bend:bent bet:bet " +
  "bind:bound bite:bit,bitten bleed:bled blow:blew,blown break:broke,broken breed:bred bring:brought build:built burn:burnt " +
  "buy:bought catch:caught choose:chose,chosen cling:clung come:came deal:dealt dig:dug draw:drew,drawn dream:dreamt " +
  "drink:drank,drunk drive:drove,driven eat:ate,eaten fall:fell,fallen feed:fed feel:felt fight:fought find:found flee:fled " +
  "fly:flew,flown forbid:forbade,forbidden forecast:forecast forget:forgot,forgotten forgive:forgave,forgiven freeze:froze,frozen " +
  "get:got,gotten give:gave,given go:went,gone grow:grew,grown hang:hung hear:heard hide:hid,hidden hold:held keep:kept " +
  "know:knew,known lay:laid lead:led lean:leant leave:left lend:lent lie:lay,lain lose:lost make:made mean:meant meet:met " +
  "mislead:misled overcome:overcame overtake:overtook,overtaken oversee:oversaw,overseen pay:paid prove:proven ride:rode,ridden " +
  "ring:rang,rung rise:rose,risen run:ran seek:sought see:saw,seen sell:sold send:sent shake:shook,shaken shine:shone " +
  "shoot:shot show:shown shrink:shrank,shrunk sing:sang,sung sink:sank,sunk sit:sat sleep:slept slide:slid speak:spoke,spoken " +
  "speed:sped spend:spent spin:spun split:split spread:spread spring:sprang,sprung stand:stood steal:stole,stolen stick:stuck " +
  "sting:stung strike:struck swear:swore,sworn sweep:swept swim:swam,swum swing:swung take:took,taken teach:taught " +
  "tear:tore,torn think:thought throw:threw,thrown understand:understood undertake:undertook,undertaken uphold:upheld " +
  "wake:woke,woken wear:wore,worn win:won withdraw:withdrew,withdrawn write:wrote,written"
).split(" ")) {
  const [base, forms] = line.split(":");
  if (!base || !forms) continue;
  BASES.add(base);
  for (const f of forms.split(",")) if (f !== base) FORMS[f] = base;
}

/** The base form of an irregular verb form ("left" → "leave"); other words unchanged. */
export function lemma(word: string): string {
  return FORMS[word] ?? word;
}

/** Whether the word is the base form of an irregular verb ("go", "meet", "hold"). */
export function isIrregularBase(word: string): boolean {
  return BASES.has(word);
}
