// Elliptical follow-ups read against the last answer: a new party ("And China?", "what about Iran?", "А Китай?")
// the article never names, and a restriction ("Only in Israel?", "только в Газе?"). Both are answered from the
// last answer's own evidence: a party the article never names is said to be unmentioned (No after a yes on a
// list the article gives in full, else "the article doesn't say"); a restriction the evidence widens ("Israel *and*
// the Gaza Strip", "*all* parties") is No. Here the party's shapes (a topic switch, a member, a listed party, the
// same for another); the restriction is elliptical-restriction.ts, re-exported here for its importers.
import type { Answer, Lang } from "../answering/types.js";
import type { Parties } from "../knowledge/parties.js";
import { answerNamesListed } from "./list-in-answer.js";
import { withoutPartyParticles } from "./party-particles-ru.js";
import type { YesNo } from "./types.js";

export { restrictionOf, restrictionVerdict } from "./elliptical-restriction.js";

const LEADING_PREPOSITION_EN = /^(?:with|to|about|on|for|in|of|from|by|regarding|towards?)\s+/;
const LEADING_PREPOSITION_RU = /^(?:с|со|о|об|про|в|во|на|к|ко|у|для|от|насчет)\s+/u;

/** The longest new party read as one ("the Arab League", "Saudi Arabia"). */
const MAX_PARTY_WORDS = 3;

/** The party a topic switch names ("to macron" -> "macron"), or null when it is too long to be one. */
export function partyOf(topic: string, lang: Lang): string | null {
  // «евросоюз разве», «сша ведь»: the particles glued to the name are not the party (party-particles-ru.ts).
  const bare = (lang === "ru" ? withoutPartyParticles(topic) : topic)
    .replace(lang === "ru" ? LEADING_PREPOSITION_RU : LEADING_PREPOSITION_EN, "")
    .replace(/^(?:the)\s+/, "")
    .replace(/[?!.]+$/, "")
    // "and iran too?": the party without "too" (the reply said "does not mention iran too").
    .replace(/(?:\s+(?:too|also|as well|either|тоже|также))+$/u, "")
    // "and with hamas separately?", «а с хамасом отдельно?»: the party, not "hamas separately" (dialog43b, a false No).
    .replace(/\s+(?:separately|individually|отдельно|по отдельности|в отдельности)$/u, "")
    .trim();
  // "china's position", "the view of Iran", "позиция Китая": the party whose stance is asked about.
  const party = (lang === "ru" ? STANCE_OF_RU : STANCE_OF_EN).exec(bare)?.slice(1).find(Boolean) ?? bare;
  if (party === "" || party.split(" ").length > MAX_PARTY_WORDS) return null;
  return party;
}

const STANCE_EN = "(?:position|positions|view|views|stance|reaction|response|role|opinion|take|stand|side)";
const STANCE_OF_EN = new RegExp(
  `^(?:(.+?)(?:'s|') ${STANCE_EN}(?: on (?:this|that|it|the war|the conflict))?|${STANCE_EN} of (?:the )?(.+))$`,
);
const STANCE_OF_RU =
  /^(?:позиция|позиции|мнение|реакция|роль|взгляд|точка зрения|отношение)\s+(.+?)(?:\s+(?:по этому поводу|к этому))?$/u;

/** A list the article gives in full ("the US, the United Nations, and the European Union"): 3+ items. */
const ENUMERATION = /[^,.;]+,[^,.;]+,[^.;]*\band\b/;

/** The quote of the evidence that gives a list in full, or undefined. */
export const listingQuote = (evidence: Answer): string | undefined =>
  evidence.quotes.find((q) => ENUMERATION.test(q.text))?.text;

/** The evidence gives a list in full ("the US, the United Nations, and the European Union"). */
export const listsInFull = (evidence: Answer): boolean => listingQuote(evidence) !== undefined;

/**
 * The verdict on a party the article never names, after the last answer: No when the last turn said yes on a
 * list the article gives in full (the Quartet's members), else the article doesn't say; no line after a question
 * that was not yes/no.
 */
export function unnamedPartyVerdict(
  previous: YesNo | null | undefined,
  evidence: Answer | null,
): YesNo | null {
  if (!previous) return null;
  if (previous !== "yes" || !evidence) return previous === "no" ? "no" : "not-said";
  return listsInFull(evidence) ? "no" : "not-said";
}

const MEMBER_EN =
  /^(?:(?:and|but|so)[, ]+)?(?:is|are) (.+?) (?:in it|in there|in that|in them|part of it|part of that|part of them|a member|members|one of them|among them|included)(?: too| also| as well)?$/;
const MEMBER_RU = [
  /^(?:(?:а|и|но)[, ]+)?(.+?) (?:туда |тоже |там |в него |в нее |в их число )+(?:входит|входят|состоит|состоят)$/u,
  /^(?:(?:а|и|но)[, ]+)?(?:входит|входят) ли (?:туда |тоже |в него |в нее )*(.+)$/u,
  // "а Китай там есть?", "а Индия среди них есть?": being there, in the list the last answer gives.
  /^(?:(?:а|и|но)[, ]+)?(.+?) (?:(?:тоже|также|вообще) )?(?:там|среди них|в н[её]м|в ней|в списке)(?: тоже| также| вообще)? (?:есть|числится|числятся|значится|значатся)$/u,
];

/**
 * "Is Brazil in it?", "а Бразилия туда входит?" after a list: the party asked about as a member of what the last
 * answer lists. Read as "and Brazil?" after a yes on that list: No when the evidence lists the members in full.
 */
export function memberOf(folded: string, lang: Lang): string | null {
  const text = folded.replace(/[?]+$/, "").trim();
  const patterns = lang === "ru" ? MEMBER_RU : [MEMBER_EN];
  for (const p of patterns) {
    const party = p.exec(text)?.[1];
    if (party) return partyOf(party, lang);
  }
  return null;
}

const MEMBER_OF_EN =
  /^(?:(?:and|but|so)[, ]+)?(?:is|are) (.+?) (?:in|part of|a member of|a part of|one of|among|included in|on) (?:the )?(.+)$/;
/** A party ending in a word of involvement ("hezbollah involved", "iran active"): not a membership question. */
const INVOLVEMENT =
  /(?<!\p{L})(?:involved|engaged|active|interested|present|participating|taking part|fighting|mentioned|named|замешан\p{L}*|участву\p{L}*|вовлеч\p{L}*)$/u;
const MEMBER_OF_RU = [
  /^(?:(?:а|и|но)[, ]+)?(?:входит|входят) ли (.+?) в (?:состав )?(.+)$/u,
  /^(?:(?:а|и|но)[, ]+)?(.+?) (?:входит|входят) (?:ли )?в (?:состав )?(.+)$/u,
];

/**
 * A place or a member, not a group with a list: "is beyonce in the un?", "is taylor swift touring in europe", «бейонсе
 * входит в оон?» ask nothing of the Quartet's list (the engine refuses them: an unknown name beside a member word).
 */
const MEMBER_NOT_GROUP =
  /^(?:the )?(?:un|u\.n\.?|united nations|eu|e\.u\.?|european union|europe|us|u\.s\.?|usa|united states|america|russia|israel|gaza|turkey|washington|moscow|brussels|оон|ес|евросоюз\p{L}*|европ\p{L}*|сша|америк\p{L}*|росси\p{L}*|израил\p{L}*|газ\p{L}*|турци\p{L}*)$/u;

/**
 * A place the article names with more words after it ("is the akkuyu nuclear plant in turkey finished yet?",
 * "is the new airport in israel open yet"): "in turkey" places the thing, and what follows asks its state — no group
 * with a list (quality47: the thing was read as a member the list lacks, "The article does not mention Akkuyu
 * nuclear plant" on Erdogan's card). Not the bodies whose names a group's may start with ("un security council").
 */
const PLACE_THEN_STATE =
  /^(?:the )?(?:israel|gaza|turkey|russia|moscow|washington|us|u\.s\.?|usa|united states|america|europe|brussels|израил\p{L}*|газ\p{L}*|турци\p{L}*|росси\p{L}*|москв\p{L}*|сша|америк\p{L}*)\s+\p{L}/u;

/**
 * "Is China in the Quartet?", "Входит ли Китай в квартет?" asked first: the party and the group it is asked of,
 * or null. Read as "and China?" after a yes on the group's list.
 */
export function membershipOf(folded: string, lang: Lang): { party: string; group: string } | null {
  const text = folded.replace(/[?]+$/, "").trim();
  for (const p of lang === "ru" ? MEMBER_OF_RU : [MEMBER_OF_EN]) {
    const m = p.exec(text);
    const party = m?.[1] ? partyOf(m[1], lang) : null;
    // "is Hezbollah involved in the fighting?" asks a part played, not a place on a list.
    if (party && INVOLVEMENT.test(party)) continue;
    if (
      party &&
      m?.[2] &&
      m[2].split(" ").length <= 3 &&
      !MEMBER_NOT_GROUP.test(m[2]) &&
      !PLACE_THEN_STATE.test(m[2])
    )
      return { party, group: m[2] };
  }
  return null;
}

// "was Turkey one of them?", "а Турция туда входит?": the same short shape with the list pointed at; "and is turkey in
// it as well?" with two of the words after the party (dialog-r2-34).
const LISTED_EN =
  /^(?:(?:and|but|so|ok|okay)[, ]+)?(?:is|are|was|were|what about|how about|and)\s+(?:the\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)??)(?:\s+(?:too|also|as well|then|one of them|one|among them|on (?:it|the list|that list)|in (?:it|there|the list|that list)|part of (?:it|that|them)|a member(?: too| of it| of that)?|included)){0,2}$/u;
/** "does china take part too?", "does iran participate as well?" (dialog-r2-26): the same, asked with a verb. */
const LISTED_DOES_EN =
  /^(?:(?:and|but|so|ok|okay)[, ]+)?(?:does|do|did)\s+(?:the\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)??)\s+(?:also\s+)?(?:take part|took part|participate|participated|belong|belonged)(?:\s+(?:in (?:it|that|there)|to it))?(?:\s+(?:too|also|as well|then))?$/u;
const LISTED_RU =
  /^(?:а|и|но|ну)\s+(?:что насч[её]т\s+|как насч[её]т\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)??)(?:\s+(?:тоже|также|тогда))?(?:\s+(?:туда|в него|в н[её]м|в их числе|среди них))?(?:\s+(?:входит|входила|входил|входят|состоит|состояла|числится))?$/u;
/**
 * "китай там есть?", "Индия туда входила?", «китай тоже там?» (dialog47, no verb): a party, then the list pointed at
 * as "там"/"туда" (no "а" needed).
 */
const THERE_RU =
  /^(?:(?:а|и|но|ну)\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)??)\s+(?:тоже\s+)?(?:там|туда|в н[её]м|среди них)(?:\s+(?:есть|был|была|были|входит|входил\p{L}*|состоит|состоял\p{L}*))?$/u;
/** "турция тоже?", "turkey too?", "germany as well?": a bare party with "too", no particle before it (dialog-r2-33b). */
const BARE_TOO = /^(?:the\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)??)\s+(?:too|also|as well|тоже|также)$/u;
const LONE_NAME = /^(?:the\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)$/u;
/** Pronouns and chat words: "is it?", "а он?", "and then?" ask about no party. */
const NOT_A_PARTY =
  /(?<!\p{L})(?:he|she|it|they|them|him|her|his|this|that|these|those|so|then|now|why|true|right|ok|он|она|оно|они|его|её|ее|их|это|то|тот|туда|там|есть|входит|входят|дальше|потом|что|почему|правда|так)(?!\p{L})/u;

/** Our own answer gives the list in full ("the United States, the United Nations, the European Union and Russia"). */
const ANSWER_LISTS_EN = /[^,.;]+,[^,.;]+,[^.;]*(?<!\p{L})and(?!\p{L})/u;
const ANSWER_LISTS_RU = /[^,.;]+,[^,.;]+,[^.;]*(?<!\p{L})и(?!\p{L})/u;

/** The last answer is itself the list (not an answer whose quote merely contains one, nor whose commas are clauses:
 * it names two of the list's parties; list-in-answer.ts). */
export const answerIsList = (evidence: Answer, lang: Lang, parties?: Parties): boolean => {
  const listing = listingQuote(evidence);
  return (
    (lang === "ru" ? ANSWER_LISTS_RU : ANSWER_LISTS_EN).test(evidence.answer) &&
    listing !== undefined &&
    (!parties || answerNamesListed(evidence, listing, parties))
  );
};

/**
 * "is China?", "and Turkey?", "а Турция?" right after an answer: the party asked about, read against a list the
 * last answer gives in full (the Quartet's members), or null when the message is not that short shape.
 */
export function listedPartyAsked(
  folded: string,
  lang: Lang,
  isParty?: (name: string) => boolean,
): string | null {
  const text = folded.replace(/[?]+$/, "").trim();
  // "china?", "Турция?": a lone name, when it is a party (a name the article never uses, or one of its parties).
  const lone = LONE_NAME.exec(text)?.[1];
  const party =
    (lang === "ru" ? LISTED_RU : LISTED_EN).exec(text)?.[1] ??
    (lang === "ru" ? undefined : LISTED_DOES_EN.exec(text)?.[1]) ??
    (lang === "ru" ? THERE_RU.exec(text)?.[1] : undefined) ??
    BARE_TOO.exec(text)?.[1] ??
    (lone && !NOT_A_PARTY.test(lone) && isParty?.(lone) ? lone : undefined);
  if (!party || NOT_A_PARTY.test(party)) return null;
  return partyOf(party, lang);
}

const SAME_FOR_EN =
  /^(?:(?:and|so|ok|okay|but)[, ]+)?(?:(?:is it |it's )?(?:the )?same (?:for|with|about|goes for|applies to)|(?:and )?(?:does|did|is|was) (?=.+ (?:too|also|as well)$))\s*(?:the\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)??)(?:\s+(?:too|also|as well|then))?$/u;
const SAME_FOR_RU =
  /^(?:(?:а|и|но)\s+)?(?:то же (?:самое )?(?:про|для|о|с)\s+(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)??)|(\p{L}[\p{L}-]*)\s+тоже(?:\s+\p{L}+)?)$/u;

// "and Israel — same?", "what about Israel, the same?", "а Израиль — то же самое?": the party first, "same" after.
const SAME_TAIL_EN =
  /^(?:(?:and|so|ok|okay|but)[, ]+)?(?:(?:what|how) about )?(?:the )?(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)(?:\s*[,—–]\s*|\s+(?:-{1,2}\s+)?)(?:is it )?(?:the )?same(?: (?:there|then|too))?$/u;
const SAME_TAIL_RU =
  /^(?:(?:а|и)\s+)?(?:(?:что|как) насч[её]т )?(\p{L}[\p{L}-]*)(?:\s*[,—–]\s*|\s+(?:-{1,2}\s+)?)(?:то же самое|тоже самое|так же|то же)(?: там)?$/u;

/**
 * "same for the EU?", "does the EU too?", "а ЕС тоже обвиняет?" after an answer: the last question asked again
 * of another party; the party, or null when the message is not that shape.
 */
export function sameForParty(folded: string, lang: Lang): string | null {
  const asked = folded.replace(/[?]+$/, "").trim();
  const m =
    (lang === "ru" ? SAME_FOR_RU : SAME_FOR_EN).exec(asked) ??
    (lang === "ru" ? SAME_TAIL_RU : SAME_TAIL_EN).exec(asked);
  const party = m?.[1] ?? m?.[2];
  if (!party || NOT_A_PARTY.test(party)) return null;
  return partyOf(party, lang);
}
