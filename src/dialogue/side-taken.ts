// Kind: whose side a party takes, asked in chat words — "so who are they actually backing", "whose side is the
// kremlin really on in the end", «за кого москва болеет», «так на чьей стороне она в итоге», «за кого в конце
// концов кремль». The engine reads "whose side is moscow on?" and «на чьей стороне россия?» as the neutrality
// entry, but the chat's fillers ("in the end", «в итоге», «в конце концов» drew the article's conclusion or its
// view on blame), the Kremlin as the party (read as blame) and a pronoun for Russia after its ties ("not sure which")
// lost it. Asked plainly of Russia — Russia, Moscow, the Kremlin, or "they"/«она» when the last question was
// about Russia — it is "whose side is russia on?", which the engine reads as the neutrality entry: the article's impartial-mediator frame and the ties to both sides.
// Null for any other party ("whose side is turkey on" stays with the usual path) and for any other message.

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import type { DialogueContext } from "./types.js";

const FILLER =
  /(?<!\p{L})(?:really|actually|basically|ultimately|truly|honestly|exactly|in the end|at the end of the day|after all|then|в итоге|в конце концов|на самом деле|всё-таки|все-таки|всё таки|все таки|же|вообще|тогда|в результате)(?!\p{L})/giu;
const LEAD_EN = "(?:(?:so|and|but|ok|okay|well|then|wait|hmm)[, ]+)*";
const LEAD_RU = "(?:(?:так|а|и|ну|ок|ладно|то есть|значит)[, ]+)*";
/** Russia (the voices table's party names and people, voices46) or a pronoun for it: a capture group. */
const RUSSIA_EN = `(${namesAlternation([...voiceNames(RUSSIA_AS_PARTY, "en", "people"), "they", "it"])})`;
const RUSSIA_RU =
  "(россия|москва|кремль|русские|российское правительство|россияне|она|они|он|россию|москву|кремля|россии|москвы)";
/** One warring side, as a chat names it ("israels", "the palestinians'"). */
const ONE_SIDE_EN = "(?:the )?(?:israel|israelis|hamas|palestinians|palestine|gaza)(?:'s|s|')?";
/**
 * Whether Russia is on one side, asked yes/no ("so theyre basically on israels side?", "is moscow siding with
 * hamas?", «россия на стороне израиля?»): the claim checker read "on … side" against "both warring sides" and
 * answered Yes (dialogues64 d64-14#3, session 31's stop). The article gives no side: "doesn't say", with its
 * impartial-mediator frame and the ties to both (grounded-verdicts.ts, the pinned sets' "taking israel's side"
 * convention).
 */
const ONE_SIDE_YES_NO_EN = new RegExp(
  `^${LEAD_EN}(?:(?:is|are) )?${RUSSIA_EN}(?:'?re| are| is|'s)? (?:on ${ONE_SIDE_EN} side|on the side of ${ONE_SIDE_EN}|taking ${ONE_SIDE_EN} side|siding with ${ONE_SIDE_EN}|pro-?(?:israel|hamas|palestinian))\\s*\\?*$`,
  "iu",
);
const ONE_SIDE_YES_NO_RU = new RegExp(
  `^${LEAD_RU}${RUSSIA_RU} (?:на стороне|встала на сторону|встает на сторону|встаёт на сторону|поддерживает) (?:израил|хамас|палестин)\\p{L}*\\s*\\?*$`,
  "iu",
);
const SIDE_EN = [
  new RegExp(`^${LEAD_EN}(?:whose|which) side (?:is|are) ${RUSSIA_EN} on\\s*\\?*$`, "iu"),
  new RegExp(`^${LEAD_EN}on (?:whose|which) side (?:is|are) ${RUSSIA_EN}\\s*\\?*$`, "iu"),
  new RegExp(
    `^${LEAD_EN}who (?:is|are|'s|'re) ${RUSSIA_EN} (?:rooting for|cheering for|backing|siding with|supporting|on the side of)\\s*\\?*$`,
    "iu",
  ),
  new RegExp(
    `^${LEAD_EN}who (?:does|do) ${RUSSIA_EN} (?:root for|cheer for|back|side with|support)\\s*\\?*$`,
    "iu",
  ),
];
const SIDE_RU = [
  new RegExp(
    `^${LEAD_RU}(?:на чьей стороне|за кого|чью сторону (?:занимает|держит|принимает)) ${RUSSIA_RU}(?: (?:болеет|болеют|топит|топят|выступает|выступают|стоит|стоят|играет|играют))?\\s*\\?*$`,
    "iu",
  ),
  new RegExp(
    `^${LEAD_RU}${RUSSIA_RU} (?:на чьей стороне|за кого)(?: (?:болеет|болеют|топит|топят|выступает|выступают))?\\s*\\?*$`,
    "iu",
  ),
  new RegExp(
    `^${LEAD_RU}за кого (?:болеет|болеют|топит|топят|выступает|выступают) ${RUSSIA_RU}\\s*\\?*$`,
    "iu",
  ),
];
const PRONOUN = /^(?:they|it|она|они|он)$/iu;
/** "it", «он»: the Kremlin or Russia only when the last entry was about it, not merely named in the question. */
const NEUTER = /^(?:it|он)$/iu;
/** The last question or its entry about Russia: a pronoun then stands for it. */
const ABOUT_RUSSIA = /(?<!\p{L})(?:russia|moscow|kremlin|russian|росси|москв|кремл|русск)/iu;
const ENTRY_RUSSIA = /russia|kremlin|moscow/u;

function withoutFillers(text: string): string {
  return text
    .replace(FILLER, " ")
    .replace(/\s*,\s*(?=[?\s]*$)/u, "")
    .replace(/\s{2,}/gu, " ")
    .replace(/\s+\?/u, "?")
    .trim();
}

/** "whose side is russia on?" (or the Russian) for a side-taking question asked of Russia, else null. */
export function sideTakenOf(text: string, context: DialogueContext | null): string | null {
  const t = withoutFillers(text.trim().toLowerCase());
  const en = SIDE_EN.map((p) => p.exec(t)?.[1]).find(Boolean);
  const ru = en ? undefined : SIDE_RU.map((p) => p.exec(t)?.[1]).find(Boolean);
  const who = en ?? ru;
  if (!who) return null;
  if (PRONOUN.test(who)) {
    if (!context || context.refused) return null;
    const entry = context.entryId !== null && ENTRY_RUSSIA.test(context.entryId);
    const about = entry || (!NEUTER.test(who) && ABOUT_RUSSIA.test(context.question));
    if (!about) return null;
  }
  return en ? "whose side is russia on?" : "россия за кого?";
}

/**
 * Whether the yes/no question asks if Russia is on one warring side: Russia, Moscow or the Kremlin named, or
 * "they"/«она» when the chat's last entry is about Russia.
 */
export function asksOneSideOfRussia(folded: string, lastEntryId: string | null): boolean {
  const t = withoutFillers(folded.trim().toLowerCase());
  const who = ONE_SIDE_YES_NO_EN.exec(t)?.[1] ?? ONE_SIDE_YES_NO_RU.exec(t)?.[1];
  if (!who) return false;
  return !PRONOUN.test(who) || (lastEntryId !== null && ENTRY_RUSSIA.test(lastEntryId));
}
