// Praise asked with its reason ("did putin praise the us for respecting the palestinians' aspirations?"): the reason
// is the asker's, often the opposite of the article's ("overlooked"), in words the article never uses, and read
// whole the question was left between the entries of Putin's criticism. Read without its reason ("did putin praise
// the us"), it finds what Putin says of that party, and the yes/no layer answers the praise against it
// (dialogue/approval.ts: praise of what the speaker faults is No).

import { latin1Viewer } from "../lib/latin1-view.js";
import { leanRegExp } from "../lib/lean-regexp.js";

const WHO =
  "(?:(?:vladimir\\s+)?putin|russia|moscow|the\\s+kremlin|kremlin|peskov|the\\s+russians|the\\s+russian\\s+(?:president|leader|government|foreign\\s+ministry)|the\\s+foreign\\s+ministry)";
const PRAISE =
  "(?:prais\\w*|commend\\w*|applaud\\w*|laud\\w*|thank\\w*|credit\\w*|compliment\\w*|congratulat\\w*|salut\\w*|hail\\w*)";
const PRAISE_FOR = leanRegExp(
  `^\\s*(?:(?:so|and|but|wait|ok|okay)[, ]+)*(?<lead>(?:is\\s+it\\s+true\\s+(?:that\\s+)?)?(?:did|does|do|has|is|was)\\s+${WHO}(?:\\s+(?:really|actually|ever|even))?\\s+${PRAISE}\\s+(?:the\\s+)?[a-z'-]+(?:\\s+[a-z'-]+)?)\\s+for\\s+[^?]+\\??\\s*$`,
  "i",
);

/** The question without the reason given for a praise, or as it came. */
export function withoutPraiseReason(s: string): string {
  if (s.length > 200) return s;
  const m = PRAISE_FOR.exec(s);
  return m?.groups?.lead ? `${m.groups.lead}?` : s;
}

/** The United States by any of the article's or the asker's names for it. */
const US =
  "(?:the\\s+)?(?:u\\.?s\\.?a?\\.?|united\\s+states|america|americans|washington|the\\s+white\\s+house|biden|the\\s+american\\s+government|us\\s+government|american\\s+policy|us\\s+policy|the\\s+yanks)";
/** Praise of how a party does, in everyday words: "doing a great job", "did well", "nailed it", "a success". */
const DOING_WELL =
  "(?:(?:is|are|was|were|has\\s+been|have\\s+been)\\s+)?(?:(?:doing|did|does|done|do)\\s+(?:a\\s+)?(?:(?:really|very|pretty|super|such\\s+a)\\s+)?(?:great|good|fine|fantastic|excellent|brilliant|amazing|terrific|decent|solid|splendid|wonderful|top)\\s+(?:job|work)|(?:doing|did|does|done|do|handl\\w*|manag\\w*)(?:\\s+[a-z'-]+){0,4}\\s+(?:(?:really|very|pretty|so)\\s+)?(?:well|great|brilliantly|nicely|fine|perfectly|right)|nail\\w*|(?:got|gets|getting|get)\\s+(?:it|things|this|that)\\s+right|(?:a\\s+)?(?:huge\\s+|big\\s+|great\\s+|real\\s+)?success(?:ful)?|succeed\\w*|(?:(?:is|are|was|were|been)\\s+)?work(?:ed|ing|s)\\s+(?:well|great|out))";
const VOICE_PRAISES_US = leanRegExp(
  `^\\s*(?:(?:so|and|but|wait|ok|okay|lol|hold\\s+on)[, ]+)*(?:is\\s+it\\s+true\\s+(?:that\\s+)?)?(?:(?:did|does|do|has|is|was)\\s+)?${WHO}\\s+(?:(?:really|actually|ever|even|honestly)\\s+)?(?:say|said|says|saying|think|thinks|thinking|thought|believe|believes|reckon|reckons|claim|claims|feel|feels|admit|admits|admitted|consider|considers)\\s+(?:that\\s+)?${US}(?:'s?|\\s+is|\\s+are|\\s+was|\\s+has|\\s+have)?(?:\\s+[a-z'-]+){0,4}?\\s+${DOING_WELL}\\b[^?]{0,80}\\??\\s*$`,
  "i",
);

/** "putin praised the US for its peace efforts, right?", "did putin compliment the americans on their work?" */
const PRAISED_US = leanRegExp(
  `^\\s*(?:(?:so|and|but|wait|ok|okay)[, ]+)*(?:(?:did|does|do|has|is|was)\\s+)?${WHO}\\s+(?:(?:really|actually|ever|even)\\s+)?${PRAISE}\\s+${US}\\b[^?]{0,100}\\??\\s*$`,
  "i",
);

/** The article or its writer as the one praising: "in this piece", "the text", "the author". */
const TEXT = "(?:this|the|that)\\s+(?:piece|article|text|story|report|news|writer|author|journalist)";
const WELL_OF =
  "(?:prais\\w*|commend\\w*|applaud\\w*|laud\\w*|compliment\\w*|credit\\w*|flatter\\w*|celebrat\\w*|speak\\w*\\s+well\\s+of|spoke\\s+well\\s+of|say\\w*\\s+(?:anything\\s+)?(?:nice|good|positive|kind)(?:\\s+things)?\\s+(?:about|of)|(?:like|likes|approve\\w*\\s+of)|(?:portray\\w*|show\\w*|paint\\w*|present\\w*|depict\\w*)(?:\\s+\\w+){0,2}\\s+(?:well|positively|favou?rably|in\\s+a\\s+(?:good|positive|favou?rable)\\s+light))";
/**
 * "does the US get praised in this piece or nah", "is america praised in the text?", "does the article say nice
 * things about washington?", "does the US come off well in this piece?": the article's view of the United States,
 * which is Putin's criticism of it; the yes/no layer answers the praise against it (No).
 */
const TEXT_PRAISES_US = leanRegExp(
  [
    `^\\s*(?:(?:hey|so|and|but|wait|ok|okay|quick\\s+q|quick\\s+question)[, ]+)*(?:does|do|did|is|are|was|were)\\s+${US}\\s+(?:(?:get|gets|got|getting|being|been)\\s+)?(?:prais\\w*|commend\\w*|applaud\\w*|laud\\w*|compliment\\w*|credit\\w*|celebrat\\w*|(?:come|comes|came|look|looks|looked)\\s+(?:off\\s+|out\\s+)?(?:well|good|great|positively))\\s+(?:in|by)\\s+${TEXT}\\b[^?]{0,40}\\??\\s*$`,
    `^\\s*(?:(?:hey|so|and|but|wait|ok|okay|quick\\s+q|quick\\s+question)[, ]+)*(?:does|do|did|is|was)\\s+${TEXT}\\s+(?:(?:really|actually|ever|even)\\s+)?${WELL_OF}\\s+${US}\\b[^?]{0,40}\\??\\s*$`,
    `^\\s*(?:(?:hey|so|and|but|wait|ok|okay)[, ]+)*(?:does|do|did|is|was)\\s+${TEXT}\\s+(?:portray\\w*|show\\w*|paint\\w*|present\\w*|depict\\w*)\\s+${US}\\s+(?:well|positively|favou?rably|in\\s+a\\s+(?:good|positive|favou?rable)\\s+light)\\b[^?]{0,40}\\??\\s*$`,
  ].join("|"),
  "i",
);

/** The question with its characters above U+00FF made one (lib/latin1-view.ts): tests only. */
const view = latin1Viewer([TEXT_PRAISES_US, VOICE_PRAISES_US, PRAISED_US]);

/**
 * "did putin say the US is doing a great job in the middle east lol", "so putin thinks washington nailed it?":
 * praise of the United States put in a Russian voice is read as what that voice says of the US (its criticism);
 * the yes/no layer answers the praise against it (dialogue/approval.ts: No). Read as typed, "great job" and "lol"
 * left only "putin" to rank on and the card was who Putin is.
 */
export function asPraiseOfUs(s: string): string {
  if (s.length > 240) return s;
  const text = view(s);
  if (TEXT_PRAISES_US.test(text)) return "what does putin say about the united states";
  if (!VOICE_PRAISES_US.test(text) && !PRAISED_US.test(text)) return s;
  const voice = /peskov/i.test(s) ? "peskov" : /kremlin/i.test(s) ? "the kremlin" : "putin";
  return `what does ${voice} say about the united states`;
}
