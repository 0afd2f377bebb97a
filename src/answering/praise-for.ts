// Praise asked with its reason ("did putin praise the us for respecting the palestinians' aspirations?"): the reason
// is the asker's, often the opposite of the article's ("overlooked"), in words the article never uses, and read
// whole the question was left between the entries of Putin's criticism. Read without its reason ("did putin praise
// the us"), it finds what Putin says of that party, and the yes/no layer answers the praise against it
// (dialogue/approval.ts: praise of what the speaker faults is No).
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
