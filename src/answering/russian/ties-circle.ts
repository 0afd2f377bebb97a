// A party asked as one of Russia's long-standing ties, the ties a group it is in or counted into («Входит ли ХАМАС в
// круг давних связей России?», «ХАМАС — часть давних связей Москвы?», «Включает ли Россия ХАМАС в круг своих давних
// связей?», «Числит ли Кремль палестинцев среди своих давних связей?»; quality46ru, wave BW's bru92-015): the same
// yes/no as «у России давние связи с ХАМАС?», which the engine owns. As typed, the engine found the ties card with its
// «Да», but the yes/no layer read the party standing nearest before «связей» as the owner of the ties — Hamas where
// the article has Russia — and said «не сказано» over it. Two shapes: the party first and the owner after the ties
// (in the genitive), or the owner as the subject and the party its object. Only the ties' «long-standing» adjectives
// are read («давних», «многолетних», «старых»); any other is left as typed. Among-those's «среди тех, с кем …» is
// the same kind (among-those.ts).

/** Counting in or being in: «входит», «относится», «включает/включены», «числит», «причисляет», «является». */
const VERB = String.raw`(?:вход\p{L}*|относ\p{L}*|включ\p{L}*|причисл\p{L}*|числ\p{L}*|значит\p{L}*|есть|находит\p{L}*|фигурир\p{L}*|явля\p{L}*|попада\p{L}*)`;
/** The group: the circle, the number, «among», «part of». */
const GROUP = String.raw`(?:в\s+круг[еу]?|к\s+кругу|в\s+число|в\s+числе|к\s+числу|среди|к|часть[юи]?|одн\p{L}*\s+из)`;
/** The ties, «своих» and a long-standing adjective before them. */
const TIES = String.raw`(?:(?:сво\p{L}*|е[её]|его)\s+)?(давн\p{L}*\s+|давнишн\p{L}*\s+|многолетн\p{L}*\s+|стар\p{L}*\s+|долг\p{L}*\s+)?(?:связ\p{L}*|контакт\p{L}*)`;
const OWNER_GENITIVE = String.raw`(россии|москвы|кремля|рф|российского\s+правительства|правительства\s+россии)`;
const OWNER_SUBJECT = String.raw`(россия|москва|кремль|рф|российское\s+правительство)`;
const PARTY = String.raw`(\p{L}+(?:\s+\p{L}+)?)`;
const END = String.raw`\s*[?!.]*\s*$`;

/** «Входит ли ХАМАС в круг давних связей России?», «ХАМАС — часть давних связей Москвы?». */
const PARTY_FIRST = new RegExp(
  String.raw`^\s*(?:${VERB}\s+ли\s+)?${PARTY}\s+(?:ли\s+)?(?:${VERB}\s+)?(?:ли\s+)?(?:[—–-]\s*)?${GROUP}\s+${TIES}\s+${OWNER_GENITIVE}${END}`,
  "iu",
);
/** «Включает ли Россия ХАМАС в круг своих давних связей?», «Россия включает ХАМАС в число своих связей?». */
const OWNER_FIRST = new RegExp(
  String.raw`^\s*(?:(${VERB})\s+ли\s+)?${OWNER_SUBJECT}\s+(?:ли\s+)?(${VERB}\s+)?${PARTY}\s+${GROUP}\s+${TIES}${END}`,
  "iu",
);

const GENITIVE_OF: Readonly<Record<string, string>> = {
  россия: "России",
  москва: "Москвы",
  кремль: "Кремля",
  рф: "РФ",
};
/** Words that are no party: the question's own glue, or Russia under another name. */
const NO_PARTY = /^(?:ли|же|а|и|ну|россия|москва|кремль|рф|российское|это)(?:\s|$)/iu;

const asTies = (owner: string, longStanding: string | undefined, party: string) =>
  `у ${owner} ${longStanding ? "давние " : ""}связи с ${party}?`;

/** The question as «у <owner> давние связи с <party>?», or as typed. */
export function withTiesCircleAsTies(text: string): string {
  if (!/связ|контакт/iu.test(text)) return text;
  const first = PARTY_FIRST.exec(text);
  if (first?.[1] !== undefined && first[3] !== undefined && !NO_PARTY.test(first[1]))
    return asTies(first[3], first[2], first[1]);
  const owner = OWNER_FIRST.exec(text);
  // The owner as the subject needs its verb («включает», «числит»): «Россия ХАМАС в кругу связей» asks nothing.
  if (owner?.[2] === undefined || owner[4] === undefined || (owner[1] ?? owner[3]) === undefined) return text;
  if (NO_PARTY.test(owner[4])) return text;
  const subject = owner[2].toLowerCase().replace(/\s+/gu, " ");
  const genitive = GENITIVE_OF[subject] ?? "российского правительства";
  return asTies(genitive, owner[5], owner[4]);
}
