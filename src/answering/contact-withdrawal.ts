// Contact withdrawn from the sides, asked in everyday words ("is the kremlin refusing to engage with the sides?",
// "has moscow stopped talking to israel and hamas", "is russia shutting out the two sides"): the question is about
// the Kremlin's contact with both sides, asked the other way round. Read as typed, "refusing" and "engage" found
// the US monopolizing peace efforts, "shutting out" the same, "stopped talking" the ceasefire. Read as the
// article's "in contact with"; the entry's "Yes." answers the opposite question, so whole-question.ts drops it.
import { lean } from "../lib/lean-regexp.js";

/** A withdrawal of contact: refusing to engage/talk, shutting out, stopping talks, avoiding, cutting off, shunning. */
const WITHDRAWAL = lean(
  /\b(?:(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|unwilling|reluctant)\s+to\s+(?:engage|talk|speak|deal|communicate)(?:\s+(?:with|to))?|(?:shut(?:s|ting)?|freez(?:e|es|ing)|froze|cut(?:s|ting)?)\s+out|(?:stop(?:s|ped|ping)?|quit|ceas(?:e|es|ed|ing))\s+(?:talking|speaking|communicating)(?:\s+(?:with|to))?|(?:avoid(?:s|ed|ing)?)(?:\s+(?:contact|talking|talks)(?:\s+(?:with|to))?)?|cut(?:s|ting)?\s+(?:off\s+)?(?:contact|ties|communication|links)(?:\s+with)?|cut(?:s|ting)?\s+off|shun(?:s|ned|ning)?|snub(?:s|bed|bing)?|boycott(?:s|ed|ing)?|(?:give|gives|giving|gave)\s+the\s+cold\s+shoulder\s+to|turn(?:s|ed|ing)?\s+its\s+back\s+on)\s+(?=(?:\w+\s+){0,3}?(?:sides?|parties|party|israel|israelis|hamas|palestinians|combatants|belligerents)\b)/i,
);

/** The Russian side named as the one withdrawing; another party named ("did the US refuse to deal with …") is not it. */
const RUSSIAN_SIDE = lean(/\b(?:kremlin|moscow|russia|russians?|peskov|putin)\b/i);
const OTHER_ACTOR = lean(
  /\b(?:us|u\.s\.|usa|america|american|washington|erdogan|turkey|eu|un|quartet|west)\b/i,
);

/** The question asks whether the Russian side has withdrawn contact with the sides. */
export function asksContactWithdrawn(text: string): boolean {
  return text.length <= 300 && RUSSIAN_SIDE.test(text) && !OTHER_ACTOR.test(text) && WITHDRAWAL.test(text);
}

/** The withdrawal read as the article's "in contact with" (the question's sense is turned back by the verdict). */
export function asContactWithdrawal(text: string): string {
  if (!asksContactWithdrawn(text)) return text;
  return text.replace(WITHDRAWAL, "in contact with ");
}
