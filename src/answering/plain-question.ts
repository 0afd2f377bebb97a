// English question shapes read as the plainer question they ask: the engine reads the question so (the knowledge
// base's own phrasings are not rewritten; a name keeps its capital where the rest is left as typed):
// - the other party of Putin's call asked by its title ("which country's president had a call with putin",
//   "which president did putin have a call with", "putin spoke by phone with which head of state"): the title
//   words would find who Putin is;
// - why the article says something ("how come the article says russia's involvement is controversial"): the
//   article's account of it, which gives the article's reason where it has one and says so where it has none;
// - what should happen according to a voice ("what should happen next according to the foreign ministry", "what
//   does the kremlin think should be done"): what that voice wants, not what comes next.
import { latin1Viewer, replaceOnView } from "../lib/latin1-view.js";
import { lean, leanRegExp } from "../lib/lean-regexp.js";

/** Putin, or the office that names him. */
const PUTIN = "(?:vladimir\\s+)?putin|the\\s+russian\\s+(?:president|leader|head\\s+of\\s+state)";
/** Whom a title asks for: a person or the country they lead. */
const TITLE =
  "(?:(?:country|nation|state|government)(?:'s|s'|s)?\\s+)?(?:turkish\\s+|foreign\\s+|world\\s+|other\\s+)?(?:president|leader|official|head\\s+of\\s+state|head\\s+of\\s+government|politician|person|statesman|counterpart|country|nation|guy)";
const CALLING =
  "(?:had|held|was\\s+on|took|made|got|did|have|has)?\\s*(?:a\\s+|the\\s+)?(?:phone\\s+)?(?:call|called|calls|calling|phone\\s+call|phone\\s+conversation|conversation|phoned|rang|spoke|talked|speak|talk|chatted|was\\s+on\\s+the\\s+(?:line|phone))";

/** "which country's president had a call with putin", "what nation's head of state talked with putin by phone". */
const TITLE_CALLED_PUTIN = leanRegExp(
  `^\\s*(?:which|what|whose)\\s+${TITLE}\\s+${CALLING}\\s+(?:\\w+\\s+)?(?:with|to)\\s+(?:${PUTIN})\\b.*$`,
  "i",
);
/** "which president did putin have a call with", "which leader did the russian president phone". */
const PUTIN_CALLED_TITLE = leanRegExp(
  `^\\s*(?:which|what|whose)\\s+${TITLE}\\s+(?:did|does|has)\\s+(?:${PUTIN})\\s+(?:have\\s+a\\s+(?:phone\\s+)?(?:call|conversation)\\s+with|call|phone|ring|speak\\s+(?:with|to)|talk\\s+(?:with|to)|chat\\s+with)\\b.*$`,
  "i",
);

/** Title last, Putin first: "putin spoke by phone with which head of state", "putin called what country's leader". */
const PUTIN_CALLED_WHICH_TITLE = leanRegExp(
  `^\\s*(?:${PUTIN})\\s+${CALLING}\\s+(?:(?:by|on\\s+the|over\\s+the)\\s+(?:phone|telephone)\\s+)?(?:(?:with|to)\\s+)?(?:which|what|whose)\\s+${TITLE}\\s*$`,
  "i",
);

/** "why does the article say …", "how come the piece calls …". */
const WHY_ARTICLE_SAYS = lean(
  /^\s*(?:why|how\s+come)\s+(?:does|did|do|would|is)\s+(the\s+(?:article|piece|text|story|report|author|writer|journalist))\s+(?:say|says|saying|call|calls|calling|describe|describes|describing|claim|claims|claiming|state|states|stating|write|writes|suggest|suggests|label|labels)\b/i,
);
const WHY_ARTICLE_SAYS_BARE = lean(
  /^\s*(?:why|how\s+come)\s+(the\s+(?:article|piece|text|story|report|author|writer|journalist))\s+(?:says|calls|describes|claims|states|writes|suggests|labels)\b/i,
);

/** Who, and "should happen": "what should happen next according to the foreign ministry". */
const SHOULD =
  "(?:should|must|needs\\s+to|need\\s+to|ought\\s+to|has\\s+to)\\s+(?:happen|be\\s+done)(?:\\s+(?:next|now|from\\s+here|going\\s+forward))?";
const SHOULD_ACCORDING = leanRegExp(
  `^\\s*what\\s+${SHOULD}\\s+(?:according\\s+to|in\\s+the\\s+(?:view|opinion)\\s+of|for)\\s+((?:\\w+\\s*){1,4}?)\\s*$`,
  "i",
);
const THINKS_SHOULD = leanRegExp(
  `^\\s*what\\s+(?:does|did|do)\\s+((?:\\w+\\s+){1,4}?)(?:think|thinks|believe|believes|say|says|feel|feels|reckon|reckons)\\s+${SHOULD}\\b`,
  "i",
);

/**
 * An alternative whose other side is only a count of the first ("both sides or only one", "one side or both"):
 * the named side is what is asked, and the count word "one" would be read as a content word.
 */
const BOTH_OR_ONE = lean(
  /\b(both(?:\s+(?:sides?|parties|camps))?)\s+or\s+(?:only\s+|just\s+|with\s+)?(?:one|the\s+other|neither|either|a\s+single\s+one)(?:\s+(?:side|party|of\s+them))?\b/i,
);
const ONE_OR_BOTH = lean(
  /\b(?:only\s+|just\s+|with\s+)?(?:one|a\s+single)\s+(?:side|party)\s+or\s+(?:with\s+)?(both)(\s+(?:sides?|parties|camps))?\b/i,
);

/**
 * The question with its characters above U+00FF made one (lib/latin1-view.ts; rss29): every capture here holds
 * ASCII only (a title word, `\w`, "both"), the rest is cut from the question itself (replaceOnView).
 */
const view = latin1Viewer([
  TITLE_CALLED_PUTIN,
  PUTIN_CALLED_TITLE,
  PUTIN_CALLED_WHICH_TITLE,
  WHY_ARTICLE_SAYS,
  WHY_ARTICLE_SAYS_BARE,
  SHOULD_ACCORDING,
  THINKS_SHOULD,
  BOTH_OR_ONE,
  ONE_OR_BOTH,
]);

/** `text.replace(first, a).replace(second, b)`, each pattern run on the view. */
function replacedTwice(text: string, first: RegExp, a: string, second: RegExp, b: string): string {
  const once = replaceOnView(text, view(text), first, a);
  return replaceOnView(once, view(once), second, b);
}

/** The question as the plainer one it asks (as typed; a question left alone is returned as it came). */
export function asPlainQuestion(s: string): string {
  const text = s.replace(/[?!.]+\s*$/, "").replace(/[\u2018\u2019]/g, "'");
  const lower = text.toLowerCase();
  const viewed = view(text);
  if (
    TITLE_CALLED_PUTIN.test(viewed) ||
    PUTIN_CALLED_TITLE.test(viewed) ||
    PUTIN_CALLED_WHICH_TITLE.test(viewed)
  )
    return "who did putin call";
  if (lower.includes("why") || lower.includes("how come")) {
    const said = replacedTwice(text, WHY_ARTICLE_SAYS, "$1 says", WHY_ARTICLE_SAYS_BARE, "$1 says");
    if (said !== text) return said;
  }
  if (/\b(?:should|must|need|needs|ought|has to)\b/.test(lower)) {
    const byVoice = replacedTwice(
      text,
      SHOULD_ACCORDING,
      "what does $1 want",
      THINKS_SHOULD,
      "what does $1want",
    );
    if (byVoice !== text) return byVoice;
  }
  if (lower.includes(" or ")) {
    const named = replacedTwice(text, BOTH_OR_ONE, "$1", ONE_OR_BOTH, "$1$2");
    if (named !== text) return named;
  }
  return s;
}
