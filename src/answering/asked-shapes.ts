// Two more question shapes read as the plainer question they ask (whole-question.ts applies them to the question only,
// like plain-question.ts):
// - whom a voice blames, with what for ("whom does Putin blame for the crisis in the Middle East", "who is the
//   Russian president holding responsible for the casualties"): who is blamed is asked; the "for …" is only the
//   occasion and would find the entry about that occasion instead;
// - where a voice stands on a thing ("where does russia stand on a palestinian state"): its stance on that thing;
//   "stand" and "where" alone would find the voice's position in general, or a place;
// - the way Putin and Erdogan talked ("how did Putin and Erdogan talk to each other", "by what means did Putin
//   get in touch with the Turkish leader"): the call, not what Erdogan said.

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { lean, leanRegExp } from "../lib/lean-regexp.js";

/** Putin, or the office that names him; other voices keep their words. */
/** Putin (his names and titles) or Russia as a party: the voices table's names (voices46). */
const VOICE = namesAlternation(
  [...voiceNames(["putin"], "en", "also", "titles"), ...voiceNames(RUSSIA_AS_PARTY, "en")],
  "\\s+",
);
const BLAMING =
  "(?:blame|blames|blaming|fault|faults|faulting|hold\\s+responsible|holds\\s+responsible|holding\\s+responsible|accuse|accuses|accusing|point\\s+the\\s+finger\\s+at|pointing\\s+the\\s+finger\\s+at)";
/** "whom does putin blame for …", "which country is putin blaming over …", "who, according to putin, is to blame for …". */
const WHOM_BLAMED = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:who|whom|which\\s+(?:country|side|party|government|nation|state))\\s+(?:does|did|is|do|has)\\s+(${VOICE})\\s+${BLAMING}(?:\\s+(?:for|over|about)\\b.*)?$`,
  "i",
);

/** Putin and the other party of the call. */
const PARTY =
  "(?:(?:vladimir\\s+)?putin|(?:recep\\s+(?:tayyip\\s+)?)?erdogan|the\\s+(?:russian|turkish)\\s+(?:president|leader))";
const TALK =
  "(?:talk|speak|communicate|converse|chat|get\\s+in\\s+touch|contact|reach|connect|have\\s+(?:their|the|a)\\s+(?:talk|conversation|exchange|discussion))";
/** "how did putin and erdogan talk (to each other)", "in what way / by what means did putin contact erdogan". */
const HOW_THEY_TALKED = leanRegExp(
  `^\\s*(?:how|in\\s+what\\s+way|by\\s+what\\s+means|through\\s+what|in\\s+what\\s+form)\\s+(?:did|do|had|have)\\s+${PARTY}\\s+(?:and\\s+${PARTY}\\s+${TALK}(?:\\s+(?:to|with)\\s+(?:each\\s+other|one\\s+another))?|${TALK}(?:\\s+(?:to|with))?\\s+${PARTY})\\s*$`,
  "i",
);

/** "where does russia stand on …", "where do the russians stand regarding …". */
const WHERE_STANDS = lean(
  /^\s*(?:so\s+|and\s+)?where\s+(?:does|do|did)\s+((?:[\w']+\s+){0,3}?[\w']+)\s+stand\s+(?:on|regarding|in\s+relation\s+to|about|with\s+regard\s+to|when\s+it\s+comes\s+to)\s+(.+)$/i,
);

/** The question as the plainer one it asks, or as it came. */
export function asAskedShape(s: string): string {
  const text = s.replace(/[?!.]+\s*$/, "").replace(/[\u2018\u2019]/g, "'");
  const blamed = WHOM_BLAMED.exec(text);
  if (blamed) return `who does ${blamed[1]} blame`;
  if (HOW_THEY_TALKED.test(text)) return "how did putin speak with erdogan";
  const stands = WHERE_STANDS.exec(text);
  if (stands) return `what is ${stands[1]}'s stance on ${stands[2]}`;
  return s;
}
