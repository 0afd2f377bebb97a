// What an English asker wraps a question in, taken off before the words are read: a school-report or essay
// lead-in ("ok so I'm writing a school report and I need to know …"), and "the role of X in the article" (what
// X does in the story: the article's account of X, as "who is X in this story" asks it). Applied to the
// lower-cased text, before the word rewrites of word-rewrites.ts.
import { leanRegExp } from "../lib/lean-regexp.js";

/** A piece of work the asker is doing: the reason for asking, not its topic. */
const WORK =
  "(?:school |class |history |politics |civics |university |uni |college |homework |news |current events |term |research |group )*(?:report|essay|presentation|paper|project|assignment|homework|thesis|speech|talk|debate|quiz|exam|test|article|blog post|post|summary|piece|coursework|worksheet)";
/** What the asker says they need, up to the question itself. */
const NEED =
  "(?:i|we)\\s+(?:really\\s+)?(?:need|want|have|must|would like|d like|got)\\s+(?:to\\s+(?:know|explain|find out|understand|figure out|describe|say|write(?: about)?|mention|include|check|learn|get|answer|work out)\\s+|to\\s+)?";
const OPENERS = "(?:(?:ok|okay|so|hi|hey|hello|um|uh|well|right|alright|yo|hiya|basically)[\\s,.!-]+)*";

/** "ok so I'm writing a school report (on X) and I need to know …", "I'm doing a class presentation and need …". */
const DOING_WORK = leanRegExp(
  `^\\s*${OPENERS}(?:so\\s+)?(?:i am|im|we are|i have|i ve got|i got)\\s+(?:currently\\s+|just\\s+)?(?:writing|doing|working on|preparing|putting together|making|got|to write|to do|to give|giving|researching)\\s+(?:a|an|my|our|this|the)\\s+${WORK}(?:\\s+(?:on|about|for)\\s+[^,;:.!?]*?)?[\\s,;:.!-]+(?:and|so|but)?\\s*(?:i\\s+|we\\s+)?(?:really\\s+)?(?:need|want|have|must|would like)\\s+(?:to\\s+(?:know|explain|find out|understand|figure out|describe|say|write(?: about)?|mention|include|check|learn|get|answer|work out)\\s+|to\\s+)?`,
);
/** "for my essay (on the middle east), I need to explain …", "for a school project: I need …". */
const FOR_WORK = leanRegExp(
  `^\\s*${OPENERS}(?:for|in)\\s+(?:a|an|my|our|the|this)\\s+${WORK}(?:\\s+(?:on|about)\\s+[^,;:.!?]*?)?[\\s,;:.!-]+(?:${NEED})?`,
);

/** Whose role: a name or body of at most four words (the reader decides whether the article knows it). */
const WHO = "((?:the\\s+)?(?:[\\w.-]+\\s+){0,3}?[\\w.-]+)";
const IN_TEXT =
  "(?:in|within|throughout)\\s+(?:the|this|that)\\s+(?:news\\s+)?(?:article|story|text|piece|report|news|passage)";
const ROLE = "(?:role|part|function|significance|importance|place|position)";
const ASK_ROLE =
  "(?:(?:please\\s+|can you\\s+|could you\\s+)?(?:identify|describe|explain|outline|discuss|analy[sz]e|summari[sz]e|state|give|tell me|what is|what was|what s|whats)\\s+)?(?:the\\s+)?";

/** "identify the role of Dmitry Peskov in the article", "describe the part played by the Kremlin in the text". */
const ROLE_OF = leanRegExp(
  `\\b${ASK_ROLE}${ROLE}\\s+(?:of|played by)\\s+${WHO}\\s+(?:as\\s+(?:presented|described|shown|portrayed)\\s+)?${IN_TEXT}\\b`,
  "g",
);
/** "what role does Erdogan play in this story", "what part does the US play in the article". */
const ROLE_PLAYED = leanRegExp(
  `\\bwhat\\s+${ROLE}\\s+(?:does|did|do)\\s+${WHO}\\s+play\\s+${IN_TEXT}\\b`,
  "g",
);

/** The question with the asker's framing taken off (lower-case text in, lower-case text out). */
export function withoutFraming(s: string): string {
  let out = s;
  if (/\b(?:i am|im|we are|i have|i ve got|i got)\b/.test(out)) out = out.replace(DOING_WORK, "");
  if (/^\s*\S*\s*(?:for|in)\b/.test(out) || /^\s*(?:ok|okay|so|hi|hey)/.test(out))
    out = out.replace(FOR_WORK, "");
  if (/\b(?:role|part|function|significance|importance|place|position)\b/.test(out)) {
    out = out.replace(ROLE_OF, (_m, who: string) => `who is ${who} in this story`);
    out = out.replace(ROLE_PLAYED, (_m, who: string) => `who is ${who} in this story`);
  }
  return out;
}
