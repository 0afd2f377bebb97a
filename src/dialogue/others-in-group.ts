// Kind: "who else is in it?", "and who are the rest?", "who's the other 2" (dialog47), "а кто остальные?" right after a membership question ("is
// Russia part of the Quartet?", "ЕС входит в квартет?"). The person wants the group's other members, not more of
// the paragraph ("who else" read as "tell me more") nor a refusal ("the rest" has no topic of its own). The last
// question is asked again of anyone: "who is in the quartet?", "кто входит в квартет?", and the engine's list
// answers it. Read only where the last question asked whether one party belongs to a group; null otherwise.
// Also «с кем ещё?» after «а россия сама в квартете?» (d61-38: no verb of membership, «в» and the group alone) and
// "who else then" after "is the EU one of the quartet members?" (asked as "who is in the quartet?").
import { lean } from "../lib/lean-regexp.js";

const OTHERS_EN = lean(
  /^(?:(?:and|so|ok|okay|then|but|alright)[, ]+)*(?:who else|which others|what others|who(?:'s| is| are|'re|s)? the (?:rest|others|other (?:(?:two|three|2|3|four|4) )?(?:members|ones|countries|groups)|other (?:two|three|2|3))|who(?:'s| is) the rest|(?:and )?the (?:rest|others)|what (?:other|else) (?:countries|members|groups|bodies))(?: (?:is|are|was|were|belongs?|sits?) (?:in|part of|on|to|members? of|among) (?:it|that|there|them|this|that group|the group))?(?: then)?\s*\?*$/iu,
);
const OTHERS_RU = lean(
  /^(?:(?:а|и|ну|так|ок)[, ]+)*(?:кто (?:ещё|еще|остальные|другие)|(?:а )?остальные|кто там ещё|кто там еще|с кем (?:ещё|еще)|(?:а )?вместе с кем(?: (?:ещё|еще))?|с кем вместе|(?:а )?с кем (?:она|он|оно|они) там)(?: (?:кто|там|туда|в н[её]м|в него|в не[её]|входит|входят|состоит|состоят|участвует|участвуют))*(?: тогда)?\s*\?*$/iu,
);
const MEMBER_EN = lean(
  /^(?:is|are|was|were)\s+.+?\s+(?:part of|a member of|members? of|in|on|among|inside)\s+(.+?)\s*\??$|^(?:does|do|did)\s+.+?\s+(?:belong to|sit on|take part in|sit in)\s+(.+?)\s*\??$/iu,
);
const MEMBER_RU = lean(
  /^(?:.+?\s+)?(входит|входят|состоит|состоят|участвует|участвуют|является членом|являются членами)(?:\s+ли)?\s+(?:.+?\s+)?((?:в|во)\s+.+?)\s*\??$/iu,
);
/** "is the EU one of the quartet members?", "is russia among the quartet's members?" (o70-16). */
const ONE_OF_EN = lean(
  /^(?:is|are|was|were)\s+.+?\s+(?:one of|among)\s+(?:the\s+)?(\p{L}+?)(?:'s)?\s+members\s*\??$/iu,
);
/** «а россия сама в квартете?», «ООН тоже в этом квартете?» — no verb of membership (d61-38): «в» and one group word. */
const BARE_IN_RU = lean(
  /^(?:(?:а|и|ну)[, ]+)*[\p{L}.-]+(?: [\p{L}.-]+)?\s+(?:(?:сама?|само|сами|тоже|также|ли|вообще)\s+)*(?:в|во)\s+(?:этом\s+|этой\s+|том\s+)?(квартет\p{L}*|групп\p{L}*|совет\p{L}*|союз\p{L}*)\s*\??$/iu,
);

/** "who's the other 2", «а кто остальные?»: the group's other members asked, whatever the last question. */
export const asksOthersInGroup = (text: string): boolean => {
  const t = text.trim().toLowerCase();
  return OTHERS_EN.test(t) || OTHERS_RU.test(t);
};

export function othersInGroupOf(text: string, lastQuestion: string | null | undefined): string | null {
  if (!lastQuestion) return null;
  const t = text.trim().toLowerCase();
  const last = lastQuestion.trim().toLowerCase();
  if (OTHERS_EN.test(t)) {
    const m = MEMBER_EN.exec(last);
    const oneOf = m ? null : ONE_OF_EN.exec(last);
    // "is the US in it too?": the group without its "too".
    const group = (m?.[1] ?? m?.[2] ?? (oneOf?.[1] ? `the ${oneOf[1]}` : undefined))?.replace(
      /\s+(?:too|also|as well|then)$/u,
      "",
    );
    return group && group.split(/\s+/u).length <= 5 ? `who is in ${group}?` : null;
  }
  if (OTHERS_RU.test(t)) {
    const m = MEMBER_RU.exec(last);
    // «а вообще россия участвует в нём?»: a pronoun is no group to ask of (the pronoun readers place it).
    if (m?.[2] && /^(?:в|во) (?:н[её]м|нем|ней|н[её]й|них)$/u.test(m[2])) return null;
    if (m?.[1] && m[2]) return m[2].split(/\s+/u).length <= 5 ? `кто ${m[1]} ${m[2]}?` : null;
    const bare = BARE_IN_RU.exec(last);
    return bare?.[1] ? `кто в ${bare[1]}?` : null;
  }
  return null;
}
