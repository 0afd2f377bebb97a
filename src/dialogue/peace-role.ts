// Kind: a party's part in the peace process asked yes/no — "is the un even involved in the peace stuff?", "does
// the eu take part in the peace efforts?", «а ООН вообще участвует в мирном процессе?». The article says who is
// in the peace process in one place: the group formed to facilitate the negotiations (the Quartet), and names its
// members. The checker, not knowing "involved" for "part of", said "doesn't say" of a member. Asked as "is X part
// of <the group>?" — only where the group's own sentence names X: of any other party the question is read as
// typed (the article names no one else in the peace process, so it is no No either). Text in, text out.
import type { KnowledgeBase } from "../knowledge/index.js";
import {
  allFormsOf,
  type Parties,
  partyMentions,
  patternsPerTable,
  wordsPattern,
} from "../knowledge/parties.js";
import { foldQuestion } from "../lib/fold-question.js";

const LEAD_EN = "^(?:(?:and|so|but|ok|okay|well|wait|then|lol|hmm)[,.! ]+)*";
const FILLER_EN = "(?:(?:even|also|actually|really|at all|still|too|as well|somehow) )*";
const PEACE_EN =
  "(?:the )?(?:(?:middle east|israeli[- ]palestinian) )?(?:peace (?:process|stuff|thing|efforts?|talks|push|plan|side of things)|negotiations|peacemaking|mediation)";
const TAIL_EN = "(?: (?:at all|somehow|in any way|too|as well|really|then))*\\s*\\??$";
const ASKED_EN = [
  new RegExp(
    `${LEAD_EN}(?:is|are|was|were) (.{2,30}?) ${FILLER_EN}(?:involved in|part of|a part of|taking part in|in on|a player in) ${PEACE_EN}${TAIL_EN}`,
    "u",
  ),
  new RegExp(
    `${LEAD_EN}(?:does|do|did) (.{2,30}?) ${FILLER_EN}(?:take part in|participate in|play a (?:part|role) in|have a (?:part|role|say) in) ${PEACE_EN}${TAIL_EN}`,
    "u",
  ),
];
const PEACE_RU =
  "(?:в мирном процессе|в мирных переговорах|в переговорах|в мирном урегулировании|в урегулировании|в посредничестве)";
const ASKED_RU = new RegExp(
  `^(?:(?:а|и|ну|так|то есть)[, ]+)*(.{2,30}?) (?:(?:вообще|тоже|также|хоть как-то|как-то|там|сама|само) )*(?:участвует|участвовала?|участвовало|задействован[аоы]?|принимает участие|принимала? участие) ${PEACE_RU}(?: (?:вообще|тоже|также))?\\s*\\??$`,
  "u",
);

/** The group's own sentence: a quote naming the Quartet and the negotiations it was formed for. */
const GROUP_SENTENCE = /\bquartet\b.*\bnegotiation/iu;

const partyWords = patternsPerTable((parties: Parties) =>
  parties.flatMap((p) => {
    const en = wordsPattern(allFormsOf(p, "en"));
    return en ? [[p.id, en] as [string, RegExp]] : [];
  }),
);

/** "is <X> part of the quartet?" / «<X> входит в квартет?» for a party the group's sentence names; else null. */
export function peaceRoleOf(text: string, kb: KnowledgeBase, parties: Parties): string | null {
  const t = foldQuestion(text);
  const ru = /\p{Script=Cyrillic}/u.test(t);
  const m = ru ? ASKED_RU.exec(t) : ASKED_EN.map((r) => r.exec(t)).find((x) => x);
  const who = m?.[1]?.trim();
  if (!who) return null;
  const named = partyMentions(parties, who);
  const first = named[0];
  if (named.length !== 1 || !first) return null;
  const sentence = kb.entries.flatMap((e) => e.quotes.map((q) => q.text)).find((q) => GROUP_SENTENCE.test(q));
  if (!sentence) return null;
  const words = partyWords(parties).find(([id]) => id === first.id)?.[1];
  if (!words?.test(sentence.toLowerCase())) return null;
  return ru ? `${who} входит в квартет?` : `is ${who} part of the quartet?`;
}
