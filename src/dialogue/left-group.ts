// "heard Russia left the Quartet, true?", "did Russia pull out of the Quartet?", "Россия вышла из квартета?":
// a member of a group whose list the article gives in full, said to have left it. The list settles it: a party on
// it is still a member there ("has been part of the Quartet"), so No with the list; a party not on it is left to
// the other readers.
import type { Lang } from "../answering/types.js";

const LEFT_EN =
  /(?:^|\s)(?:did |has |have |had )?(?:the\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)??)\s+(?:(?:really|actually|already|just|supposedly|now)\s+)?(?:leave|left|quit|quits|exit|exited|exits|leaves|(?:pull|pulled|pulls|drop|dropped|drops|walk|walked|walks|back|backed|backs|bow|bowed) out of|withdraw from|withdrew from|withdrawn from|withdraws from|(?:was|got|were|been|get) (?:expelled|kicked out|thrown out|removed|suspended) (?:from|of)|(?:is|was|are) no longer (?:in|part of|a member of|a part of|on))\s+(?:the\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)(?=$|[\s,.!?])/u;
const LEFT_RU =
  /(?:^|\s)(\p{L}[\p{L}-]*)\s+(?:(?:правда|уже|якобы|вообще)\s+)?(?:вышла|вышел|вышли|выходит|ушла|ушел|ушёл|исключили|исключена|исключен|больше не входит|перестала входить|перестал входить)\s+(?:из\s+(?:состава\s+)?|в\s+)?(\p{L}[\p{L}-]*)/u;

/**
 * The party said to have left a group (the two words before the verb, then the last alone: "says russia left…"),
 * and the group, or null when the message says no such thing.
 */
export function leftGroupOf(folded: string, lang: Lang): { parties: string[]; group: string } | null {
  const m = (lang === "ru" ? LEFT_RU : LEFT_EN).exec(folded.replace(/[?!.]+$/u, ""));
  if (!m?.[1] || !m[2]) return null;
  const party = m[1].trim();
  const last = party.split(" ").at(-1) ?? party;
  return { parties: last === party ? [party] : [party, last], group: m[2].trim() };
}
