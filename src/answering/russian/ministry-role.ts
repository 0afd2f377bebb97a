// The Foreign Ministry's role asked in Russian («роль мид рф в этой истории», «какую роль играет мид россии»): what
// the ministry says and stresses, its card. Read as typed, «роль» beside the ministry found the card that the
// article names no regional players (a refusal), though English "the foreign ministry's role" finds the ministry's
// (quality36). The players it means asked («какие региональные игроки», «кого имеет в виду мид») keep their reading.
import { foldedRussian } from "./plain-text.js";

/** A role, a part, a task. */
const ROLE = /(?<!\p{L})(?:роль|роли|ролью|функци\p{L}*|задач\p{L}*|участие|участия)(?!\p{L})/u;
/** The Foreign Ministry by its short name or in full. */
const MINISTRY = /(?<!\p{L})(?:мид\p{L}{0,2}|министерств\p{L}* иностранных дел)(?!\p{L})/u;
/** The regional players the ministry speaks of, or who they are: the other card's question. */
const PLAYERS =
  /(?<!\p{L})(?:регион\p{L}*|игрок\p{L}*|стран\p{L}*|кого|кто|каких|какие|держав\p{L}*)(?!\p{L})/u;

/** «роль мид рф в этой истории» as «чем занимается мид россии», or as it came. */
export function asRussianMinistryRole(text: string): string {
  if (text.length > 120) return text;
  const folded = foldedRussian(text);
  if (!ROLE.test(folded) || !MINISTRY.test(folded) || PLAYERS.test(folded)) return text;
  return "чем занимается мид россии";
}
