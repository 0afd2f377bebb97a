// Russia's membership of the Quartet asked as something Putin said or brought up ("did putin bring up russia's
// quartet membership in his remarks", "what did the russian president say about moscow's seat in the quartet"):
// the article's remark that Putin makes no mention of Russia's own role (putin-silent-on-russia-role). Read as
// typed, "membership" drew the list of the Quartet's members, which answers another question. Without Putin ("is
// russia a member of the quartet") the membership stays a membership question.

/** Putin, the offices that name him, or "he/his" after him. */
const PUTIN = /\b(?:putin|putin's|the\s+russian\s+(?:president|leader)|russia's\s+(?:president|leader))\b/i;

/** Saying or leaving out: what a speaker's remarks hold. */
const SAID =
  /\b(?:mention\w*|bring\s+up|brought\s+up|bring\s+it\s+up|raise[ds]?|raising|talk\w*\s+about|refer\w*\s+to|say|said|says|remarks|comments|touch\w*\s+on|acknowledge\w*|note[ds]?)\b/i;

/** Russia's place in the Quartet or the peace process, in the words of membership. */
const OWN_PLACE =
  /\b(?:russia|moscow|the\s+kremlin|its|russia's|moscow's|the\s+kremlin's)(?:'s)?\s+(?:own\s+)?(?:quartet\s+membership|membership(?:\s+(?:in|of|on)\s+(?:the\s+)?quartet)?|being\s+(?:a\s+member|part)\s+of\s+(?:the\s+)?quartet|(?:seat|place|participation|part)\s+(?:in|on|of)\s+(?:the\s+)?quartet)\b/i;

/** Boasting of, praising or playing up one's own part (quality52): a way of speaking of it, never a "yes" to it. */
const BOAST =
  /\b(?:brag\w*|boast\w*|show\w*\s+off|showed\s+off|tout\w*|trumpet\w*|prais\w*|hail\w*|play\w*\s+up|talk\w*\s+up|gloat\w*|crow\w*\s+about|pat\w*\s+(?:himself|russia|moscow)\s+on\s+the\s+back)\b/i;

/** Russia's own role, part or contribution, by its name or "its own". */
const OWN_ROLE =
  /\b(?:russia's|moscow's|the\s+kremlin's|its\s+own|russia\s+own)\s+(?:own\s+)?(?:role|part|contribution|place|involvement|seat|membership)\b/i;

/** A message this long is a ramble around the ask: its other words would outweigh the rewritten phrase. */
const RAMBLE_CHARS = 140;

/**
 * The question with Russia's membership put as "russia's own role in the peace process" when Putin is asked; a
 * ramble asking it (a fact-checker's "does the source also say he talked about russia's membership in the quartet?
 * … and whether putin mentioned it") read as that question alone, whose answer also names the Quartet.
 */
export function asOwnRoleMention(text: string): string {
  const t = text.replace(/[\u2018\u2019]/g, "'");
  if (boastsOwnRole(t)) return "did putin mention russia's own role in the peace process";
  if (!PUTIN.test(t) || !SAID.test(t) || !OWN_PLACE.test(t)) return text;
  if (t.length > RAMBLE_CHARS) return "did putin mention russia's own role in the peace process";
  return t.replace(OWN_PLACE, "russia's own role in the peace process");
}

/** Whether Putin is asked to have boasted of, praised or played up Russia's own role (quality52). */
export function boastsOwnRole(text: string): boolean {
  const t = text.replace(/[\u2018\u2019]/g, "'");
  return t.length <= RAMBLE_CHARS && BOAST.test(t) && PUTIN.test(t) && OWN_ROLE.test(t);
}

/** Read first of the English readers, before praise of the US (praise-for.ts) takes "praise": a boast as the mention. */
export function asOwnRoleBoast(text: string): string {
  return boastsOwnRole(text) ? "did putin mention russia's own role in the peace process" : text;
}
