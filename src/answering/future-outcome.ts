// A forecast asked of the story's events ("will the ceasefire hold", "will the truce last", "is the negotiation
// going to succeed", "who will win the war", "when will a settlement be reached", "how long will the fighting go
// on"): the article reports what was said, not what will happen, so no entry answers it — the event's word alone
// ("ceasefire", "lasting") would find an entry about the call or the article's hopes. What a voice will do ("will
// russia help", "will putin mediate") is a voice's stated readiness and is not read here; nor is a spread the
// article fears ("will the violence spread").

import { latin1Viewer } from "../lib/latin1-view.js";
import { lean, leanRegExp } from "../lib/lean-regexp.js";

/** How an event turns out: the verbs a forecast asks with. */
const OUTCOME =
  "(?:hold|last|stick|work|succeed|fail|collapse|break\\s+down|fall\\s+apart|end|stop|be\\s+over|come|happen|be\\s+signed|be\\s+reached|be\\s+agreed|be\\s+achieved|go\\s+on|continue|win|lose|be\\s+successful|pay\\s+off|hold\\s+up)";
/** The story's events, not its voices: a subject naming a voice is not a forecast of events. */
const EVENT =
  "(?:the\\s+|a\\s+|this\\s+|any\\s+)?(?:ceasefire|cease-fire|truce|negotiations?|negotiation\\s+process|talks|peace(?:\\s+process|\\s+talks|\\s+deal|\\s+efforts)?|settlement|deal|agreement|fighting|war|violence|conflict|crisis|dialogue)";
const WILL_EVENT = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|do\\s+you\\s+think\\s+)?will\\s+${EVENT}\\s+(?:ever\\s+|really\\s+|actually\\s+)?${OUTCOME}\\b`,
  "i",
);
const GOING_TO = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:is|are)\\s+${EVENT}\\s+(?:ever\\s+|really\\s+)?(?:going\\s+to|gonna)\\s+${OUTCOME}\\b`,
  "i",
);
// "who's winning the war?", "which side is winning": how it stands is no more in the article than how it ends.
const WHO_WILL_WIN = lean(
  /^\s*(?:so\s+|and\s+)?(?:who(?:'s|\s+is)?\s+(?:will|going\s+to|gonna)\s+win\b|(?:who|which\s+side)(?:'s|\s+is)\s+(?:winning|losing|ahead)\b)/i,
);
const WHEN_OR_HOW_LONG = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:when|how\\s+soon|how\\s+long)\\s+(?:will|is|are)\\s+${EVENT}\\s+(?:going\\s+to\\s+)?${OUTCOME}\\b`,
  "i",
);

/**
 * What this will turn into ("is this gonna turn into ww3", "will it escalate into a regional war", "is the conflict
 * going to become a world war"): a forecast of the events, not the spread the article reports fears of ("could
 * this spread", "will the violence spread" are not read here).
 */
const TURN_INTO = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|do\\s+you\\s+think\\s+)?(?:(?:is|are)\\s+(?:this|it|that|${EVENT})\\s+(?:ever\\s+|really\\s+|actually\\s+)?(?:going\\s+to|gonna)|will\\s+(?:this|it|that|${EVENT}))\\s+(?:(?:turn|escalate|spiral|grow|develop)\\s+into|become)\\b`,
  "i",
);

/**
 * Where a person of the story will go or whom they will meet ("will putin visit israel", "is erdogan going to
 * travel to moscow", "will peskov fly to gaza"): a forecast of a step the article never reports.
 */
const WILL_TRAVEL = lean(
  /^\s*(?:so\s+|and\s+|do\s+you\s+think\s+)?(?:will|(?:is|are)\s+(?:\S+\s+){1,3}?(?:going\s+to|gonna))\s+(?:(?:\S+\s+){1,3}?)?(?:ever\s+|really\s+|actually\s+)?(?:visit|travel\s+to|go\s+to|fly\s+to|come\s+to|meet\s+(?:with\s+)?)\b/i,
);

/**
 * A person's electoral future ("is putin running for reelection next year?", "will putin win the next presidential
 * election?", "is erdogan going to run for president again?"): a forecast no report of a phone call answers ("next"
 * would otherwise find the article's fears of what comes next).
 */
const ELECTION = lean(
  /^\s*(?:so\s+|and\s+|do\s+you\s+think\s+)?(?:will|(?:is|are)\s+(?:\S+\s+){1,3}?(?:going\s+to|gonna)|is|are)\s+(?:\S+\s+){0,3}?(?:win|lose|run|running|stand|standing|seek|seeking)\s+(?:for\s+|in\s+)?(?:\S+\s+){0,3}?(?:re-?elections?|elections?|president|presidency|office|(?:another|a\s+\S+)\s+term)\b/i,
);

/** The question with its characters above U+00FF made one (lib/latin1-view.ts): tests only. */
const view = latin1Viewer([
  WILL_EVENT,
  GOING_TO,
  WHO_WILL_WIN,
  WHEN_OR_HOW_LONG,
  TURN_INTO,
  ELECTION,
  WILL_TRAVEL,
]);

/** Whether an English question asks how the story's events will turn out. */
export function asksForecast(question: string): boolean {
  const text = view(question.replace(/[\u2018\u2019]/g, "'"));
  return (
    WILL_EVENT.test(text) ||
    GOING_TO.test(text) ||
    WHO_WILL_WIN.test(text) ||
    WHEN_OR_HOW_LONG.test(text) ||
    TURN_INTO.test(text) ||
    ELECTION.test(text) ||
    WILL_TRAVEL.test(text)
  );
}
