// A material action asked yes/no of a Russian party, which the article never reports (quality50, wave CA): "did the
// kremlin send humanitarian aid to gaza?", "has putin imposed sanctions on israel?", "is russia evacuating its
// citizens?", "did moscow send an envoy to tel aviv?". Every word may be one the knowledge base knows ("aid" from
// "military aid from russia", "send" from "is russia sending weapons"), so neither the vocabulary gate nor the
// dialogue's unmentioned-event.ts (which needs an unknown word) sees it, and the engine was unsure between the
// party's cards: "which of these did you mean?". The convention (docs/answering-engine.md): an action the article
// never mentions, asked of parties it does, is refused; where a card covers the topic as a gap, that card answers —
// Russia's arms or troops are russia-military-involvement's ("the article says nothing about any Russian military
// involvement"), so they are read as that card's own question. Only a short question that opens with its auxiliary.

/** The Russian parties the article names. */
const PARTY = String.raw`(?:the )?(?:kremlin|moscow|russia|russians|putin|peskov|russian (?:government|president|leader|leadership|authorities|officials|state))`;
const AUX = String.raw`(?:so |and |but )?(?:did|does|do|has|have|had|is|are|was|were|will|would)`;
const GIVE = String.raw`(?:send|sends|sent|sending|give|gives|gave|given|giving|provide|provides|provided|providing|deliver|delivers|delivered|delivering|ship|ships|shipped|shipping|supply|supplies|supplied|supplying|donate|donates|donated|donating|pledge|pledges|pledged|pledging|fly|flies|flew|flown|flying|airlift|airlifted|airlifting|dispatch|dispatched|dispatching|deploy|deploys|deployed|deploying)`;
/** What the article never says a Russian party gives (weapons and troops are the military card's). */
const GOODS = String.raw`(?:humanitarian (?:aid|help|supplies|assistance|relief|cargo|convoys?)|aid|relief|food|medicine|medicines|medical (?:aid|supplies|teams?)|money|funds|funding|cash|loans?|rescuers|rescue teams?|doctors|fuel|water|tents|an envoy|envoys?|a delegation|delegations?|diplomats|a mediator|negotiators)`;
const ARMS = String.raw`(?:weapons|arms|troops|soldiers|missiles|rockets|ammunition|military aid|military help|military support|military equipment|its army|the army|tanks|drones|warships|forces|mercenaries)`;
/** The action with its object, up to four words apart ("sent *a lot of* humanitarian aid"). */
const BETWEEN = String.raw`(?:[\p{L}'-]+ ){0,4}?`;
const GIVEN = new RegExp(String.raw`^${AUX} ${PARTY} ${GIVE} ${BETWEEN}${GOODS}(?![\p{L}])`, "u");
const ARMED = new RegExp(
  String.raw`^${AUX} ${PARTY} (?:${GIVE} ${BETWEEN}${ARMS}|(?:arm|arms|armed|arming) (?:hamas|israel|the palestinians|palestinians|gaza|anyone|either side|the israelis))(?![\p{L}])`,
  "u",
);
/** Other acts the article never reports: sanctions, an evacuation, money put into a side. */
const OTHER_ACT = new RegExp(
  String.raw`^${AUX} ${PARTY} (?:(?:impose|imposes|imposed|imposing|introduce|introduced|slap|slapped|announce|announced|announcing) (?:new |any |tough )?(?:sanctions|an embargo|a boycott)|(?:sanction|sanctions|sanctioned|sanctioning|boycott|boycotted|boycotting) (?:israel|hamas|the israelis|the palestinians|anyone)|(?:evacuate|evacuates|evacuated|evacuating)|(?:fund|funds|funded|funding|finance|finances|financed|financing|bankroll|bankrolls|bankrolled) (?:hamas|israel|the palestinians|gaza))(?![\p{L}])`,
  "u",
);
/** Words that turn the question to what the article does say ("did russia send a message of support"). */
const NOT_AN_ACT =
  /(?<![\p{L}'])(?:not|n't|never|why|how|what|which|who|when|where|offer(?:s|ed)? to help)(?![\p{L}])/u;

/** The question folded and its tail off, when short enough to read; else null. */
function plain(text: string): string | null {
  if (text.length > 140) return null;
  return text
    .toLowerCase()
    .replace(/[’`]/gu, "'")
    .replace(/[?!.\s]+$/u, "")
    .trim();
}

/** "did the kremlin send humanitarian aid to gaza?": an action the article never reports, refused. */
export function asksUnmentionedAction(text: string): boolean {
  const q = plain(text);
  if (q === null || NOT_AN_ACT.test(q)) return false;
  return (GIVEN.test(q) || OTHER_ACT.test(q)) && !ARMED.test(q);
}

/** "has putin sent troops to israel?" as the military card's own question; else the question as it came. */
export function asMilitaryHelpAsked(text: string): string {
  const q = plain(text);
  if (q === null || NOT_AN_ACT.test(q) || !ARMED.test(q)) return text;
  return "is russia sending troops or weapons?";
}
