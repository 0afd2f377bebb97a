// Someone's account of the story with a verdict asked ("my coworker claims putin said the americans hogged the peace
// talks. i said he just called for calm. who's right?", "a friend told me X, is he closer to the truth than me?"):
// the account is the question, what the article says of it the answer (readers.ts). The verdict asked, the teller
// and the asker's own counter-claim are taken off; left in, "right", "closer" and "truth" pulled the question to
// the entries about Russia's neutrality, and the counter-claim to whatever it named.
import { lean } from "../lib/lean-regexp.js";
import { spaceSplitCount } from "../lib/word-count.js";

/** The verdict asked at the end of the message. */
const VERDICT_ASKED = lean(
  /[\s,.;:!?…—-]*(?:so |then |ok |okay |anyway |but )?(?:who(?: is|s|'s| of us is| of us was| was) (?:right|correct|closer(?: to the truth)?|more accurate|nearer the mark|telling the truth)|which (?:one )?of us (?:is|was|s|'s) (?:right|correct|closer(?: to the truth)?|more accurate)|(?:is|was) (?:he|she|they|my \w+) (?:right|correct|closer(?: to the truth)?|more accurate)(?: than me)?|am i (?:right|wrong)|who wins|settle (?:this|it|the argument|our argument|the debate|a debate))(?: here| then| or me| or him| or her| or them| than me)?[\s?!.…]*$/i,
);

/** Who told the asker, before the account: "my coworker claims (that)", "a friend told me"; a scene may come first
 * ("long story, at the pub my mate said…"). */
const TELLER = lean(
  /^\s*(?:(?:so|ok|okay|well|hey|hi|long story(?: short)?|funny story|right)[\s,]+)?(?:(?:at|in|on|during|over|after) (?:the |a |our |my |lunch|dinner|work|school)(?:[a-z-]+)?[\s,]+)?(?:my|a|our|this) (?:[a-z-]+ ){0,2}?(?:says|said|claims|claimed|thinks|reckons|insists|argues|argued|told me|tells me|keeps saying|keeps telling me|is convinced|swears)(?: that)?[\s,:]+/i,
);

/** The asker's own counter-claim after the account: "i said he just called for calm." */
const ASKERS_CLAIM = lean(
  /(?:[.!?;,]\s*|\s+)(?:but |and |while |whereas )?i (?:said|say|think|thought|reckon|told (?:him|her|them)|argued|believe|believed)(?: that)?[^.?!]*[.?!]?\s*$/i,
);

/** The account asked about, without the verdict asked, its teller and the asker's own claim; or as it came. */
export function withoutVerdictAsked(text: string): string {
  if (text.length > 600 || !VERDICT_ASKED.test(text)) return text;
  const account = text.replace(VERDICT_ASKED, "");
  if (!TELLER.test(account)) return text;
  const rest = account.replace(TELLER, "");
  const own = rest.replace(ASKERS_CLAIM, "");
  const out = spaceSplitCount(own.trim()) >= 3 ? own : rest;
  return out.trim().length > 0 ? out.trim() : text;
}
