// Kind (dialog43b, d108-37#3): a party's place in the Quartet asked as a statement with a tag — «турция же в
// квартете, да?», «египет ведь входит в квартет?», "turkey's in the quartet, right?", "egypt is part of the quartet,
// isn't it?". The group is named, so the message stands alone; it is put as the plain membership question ("is
// turkey in the quartet?", «турция входит в квартет?»), which the list readers settle against the article's four
// members: No for a party not on the list, Yes for one that is. Before, after a turn on Erdogan the engine kept to
// him ("doesn't say"), and "turkey's" (with "'s") was no membership question at all.
import { withoutEndMarks } from "../lib/fold-question.js";

const PARTY = "(\\p{L}[\\p{L}.-]*(?: \\p{L}[\\p{L}.-]*)?)";
const TAG_EN =
  "(?:,? (?:right|correct|yes|yeah|no|eh|isn't it|aren't they|isn't she|isn't he|true|ain't it))*";
const QUARTET_TAG_EN = new RegExp(
  `^(?:(?:and|but|so|wait|ok|okay|hmm)[,.! ]+)*(?:the )?${PARTY}(?:'s| is| are|'re) (?:also |actually |definitely |surely )?(?:in|part of|a part of|a member of|one of|among|on) (?:the )?(?:middle east )?quartet(?:'s members| members)?${TAG_EN}$`,
  "u",
);
const PARTICLE_RU = "(?:же|ведь|вроде|тоже|точно|вроде бы|разве не) ";
const TAG_RU = "(?:,? (?:да|так|верно|ведь|же|нет|правда|не так ли|так ведь|же да))*";
const QUARTET_TAG_RU = new RegExp(
  `^(?:(?:а|и|но|ну|так)[,.! ]+)*${PARTY} (?:${PARTICLE_RU})+(?:в квартете|входит в квартет|входят в квартет|состоит в квартете|член квартета|участник квартета|в составе квартета)${TAG_RU}$`,
  "u",
);
/** Pronouns and question words: "it's in the quartet, right?" asks of no party. */
const NOT_A_PARTY =
  /^(?:it|he|she|they|this|that|who|what|which|он|она|оно|они|это|кто|что|какие|какая|кто еще|кто ещё)$/u;

/** The tagged membership statement as the plain question, else null. */
export function quartetTagOf(text: string): string | null {
  if (text.length > 80) return null;
  const folded = withoutEndMarks(
    text.toLowerCase().replace(/[’`]/gu, "'").replace(/ё/gu, "е").replace(/\s+/gu, " "),
  ).trim();
  const en = QUARTET_TAG_EN.exec(folded)?.[1];
  if (en && !NOT_A_PARTY.test(en)) return `is ${en} in the quartet?`;
  const ru = QUARTET_TAG_RU.exec(folded)?.[1];
  if (ru && !NOT_A_PARTY.test(ru)) return `${ru} входит в квартет?`;
  return null;
}
