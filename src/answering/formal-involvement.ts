// Russia's formal part in the peace efforts, asked without naming the Quartet (wave CB, quality51): "has russia ever
// been formally involved in middle east peace mediation?", "is moscow officially part of the peace process?", "was
// the kremlin ever officially a member of any mediation group?", "how is russia formally involved in the
// israeli-palestinian talks?". The article's one formal frame is the Quartet ("Russia has been part of the Quartet
// formed to facilitate Israeli-Palestinian negotiations"); read as typed, "formally" and "mediation" beside Russia
// left the question unsure between Russia's cards, or refused. Read as the Quartet card's own questions: yes/no as
// "is russia part of the quartet?" (Yes, the card names it), a question word as "which group has russia been part
// of?". Only with a word of formality (formally, officially, institutionally) and a word of the peace efforts
// (peace, mediation, negotiations, talks, diplomacy, process); "is russia officially involved in the war?" (no peace
// word) and a question that already names the Quartet are left as typed (quartet-described.ts reads a framework).

const PARTY = String.raw`(?:russia|moscow|the\s+kremlin|the\s+russians|the\s+russian\s+(?:government|state|federation))`;
const FORMALLY = String.raw`(?:formally|officially|institutionally|properly)`;
/** Being part of something: "involved in", "part of", "a member of", "taken part in", "had a seat/role in". */
const PART = String.raw`(?:involved|engaged|a\s+(?:formal\s+|official\s+)?(?:part|member|participant|party)|part|(?:taken|take|took|taking)\s+part|participated|participating|participate|had\s+a\s+(?:formal\s+|official\s+)?(?:role|seat|place)|have\s+a\s+(?:formal\s+|official\s+)?(?:role|seat|place)|sat|sit)`;
const PEACE = String.raw`(?:peace|mediat\p{L}*|negotiat\p{L}*|talks|diplomacy|diplomatic|peacemaking|peace-?making|settlement|process)`;
const AUX = String.raw`(?:has|have|had|is|are|was|were|did|does|do)`;
/** "has russia (ever) been formally involved in … mediation", "is moscow officially part of the peace process". */
const YES_NO = new RegExp(
  String.raw`^\s*(?:(?:so|and|but|ok|okay|wait)[\s,]+)?${AUX}\s+${PARTY}\s+(?:ever\s+|actually\s+|really\s+|even\s+)?(?:been\s+|be\s+)?(?:ever\s+)?${FORMALLY}\s+(?:been\s+)?${PART}\b[^?]*?\b${PEACE}`,
  "iu",
);
/** "how/in what way is russia formally involved in the peace talks". */
const HOW = new RegExp(
  String.raw`^\s*(?:(?:so|and|but)[\s,]+)?(?:how|in\s+what\s+(?:way|capacity|form)|in\s+which\s+(?:way|capacity|form))\s+${AUX}\s+${PARTY}\s+(?:ever\s+)?(?:been\s+)?${FORMALLY}\s+(?:been\s+)?${PART}\b[^?]*?\b${PEACE}`,
  "iu",
);

/** The question as the Quartet card's own question when it asks Russia's formal part in the peace efforts. */
export function asFormalInvolvement(text: string): string {
  if (text.length > 200 || /quartet/i.test(text)) return text;
  if (YES_NO.test(text)) return "is russia part of the quartet?";
  if (HOW.test(text)) return "Which group has Russia been part of?";
  return text;
}
