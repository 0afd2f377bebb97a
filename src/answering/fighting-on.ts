// Whether Putin (or Russia) wants the fighting to go on, asked in English ("so putin basically wants the fighting to
// keep going, right?", "does russia support more fighting", "is the kremlin against a ceasefire?"): the opposite of
// what the article reports, so read as what Putin calls for — the ceasefire call, which answers it (No). The
// Russian shapes are russian/fighting-on.ts's. Read as typed, "fighting" and "going" found the violence itself and
// the spread fears, and nothing was sure. Told to someone ("did putin tell erdogan the fighting should go on until
// hamas is defeated?") it is the same opposite.

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { latin1Viewer } from "../lib/latin1-view.js";
import { leanRegExp } from "../lib/lean-regexp.js";

/** Putin (his names and titles) or Russia as a party and its people: the voices table's names (voices46). */
const WHO = namesAlternation(
  [...voiceNames(["putin"], "en", "also", "titles"), ...voiceNames(RUSSIA_AS_PARTY, "en", "people")],
  "\\s+",
);
const FIGHTING =
  "(?:the\\s+|this\\s+)?(?:fighting|war|violence|conflict|bloodshed|killing|hostilities|bombing)";
const GO_ON =
  "(?:keep\\s+going|continue|go\\s+on|carry\\s+on|drag\\s+on|escalate|get\\s+worse|spread|last|rage\\s+on)";
const WANTS =
  "(?:wants?|wanted|would\\s+like|likes?|prefers?|supports?|favou?rs?|is\\s+(?:ok|okay|fine|happy)\\s+with|is\\s+for)";
const MORE_FIGHTING =
  "(?:more|continued|further|prolonged|ongoing)\\s+(?:fighting|war|violence|bloodshed|escalation)|escalation";
const AGAINST_TRUCE =
  "(?:(?:is\\s+)?against|opposes|opposed|rejects|rejected|doesn'?t\\s+want|does\\s+not\\s+want|is\\s+not\\s+for)\\s+(?:a\\s+|an\\s+|any\\s+)?(?:ceasefire|cease-fire|cease\\s+fire|truce|peace)";

const LEAD =
  "^\\s*(?:(?:so|and|but|wait|ok|okay)[, ]+)*(?:is\\s+it\\s+true\\s+(?:that\\s+)?|do(?:es)?\\s+|did\\s+|is\\s+)?";
const HEDGE = "(?:\\s+(?:basically|really|actually|secretly|just|even|kinda|kind\\s+of))*";
const TAIL = "(?:[, ]+(?:right|correct|true|yes|no|huh|or not))?\\s*[?!.]*\\s*$";

/** A voice telling someone that the fighting should go on ("did putin tell erdogan the war must go on until…"). */
const TOLD =
  "(?:tell|told|tells|say|said|says|urge|urged|argue|argued|insist|insisted|suggest|suggested)(?:\\s+(?:to\\s+)?(?!the\\b|this\\b|that\\b)[a-z'-]+)?(?:\\s+that)?";
const SHOULD =
  "(?:should|must|has\\s+to|needs?\\s+to|ought\\s+to|had\\s+to|would\\s+have\\s+to|will\\s+have\\s+to)";
/** "… until Hamas is defeated": how long, said after it. */
const UNTIL = "(?:\\s+(?:until|till|til|unless)\\s+[^?!.]+)?";

const SHAPES = [
  leanRegExp(
    `${LEAD}${WHO}${HEDGE}\\s+${TOLD}\\s+${FIGHTING}\\s+${SHOULD}${HEDGE}\\s+${GO_ON}${UNTIL}${TAIL}`,
    "i",
  ),
  leanRegExp(`${LEAD}${WHO}${HEDGE}\\s+${WANTS}\\s+${FIGHTING}\\s+to${HEDGE}\\s+${GO_ON}${TAIL}`, "i"),
  leanRegExp(
    `${LEAD}${WHO}${HEDGE}\\s+(?:want|support|favou?r|wants|supports|favou?rs)\\s+(?:${MORE_FIGHTING})${TAIL}`,
    "i",
  ),
  leanRegExp(`${LEAD}${WHO}${HEDGE}\\s+${AGAINST_TRUCE}${TAIL}`, "i"),
];

/** The question with its characters above U+00FF made one (lib/latin1-view.ts): tests only. */
const view = latin1Viewer(SHAPES);

/** The question read as what Putin calls for, or as it came. */
export function asFightingOn(s: string): string {
  if (s.length > 200) return s;
  const text = view(s);
  return SHAPES.some((re) => re.test(text)) ? "what does putin call for in the phone call" : s;
}
