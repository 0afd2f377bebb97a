// A voice asked whether it mentioned, raised or spoke of something, on evidence whose "no mention" sentence is about
// another voice: «песков упоминал квартет?», "did the foreign ministry bring up the quartet?" on "Putin makes no
// mention of Russia's own role in the peace process, although Russia is part of the Quartet". The article settles
// the mention for Putin only; of Peskov it says nothing, so the card's own «Нет.» (the curated verdict on Putin's
// mention) was a false No (verdict42, wave BS). The verdict is "doesn't say" where the asked voice is named and the
// silent one is another; "he" or the silent voice itself is left to the mention readers (omitted-mention.ts,
// admitted-part.ts, denied-mention.ts).
import type { Answer, Lang } from "../answering/types.js";
import { negatedMention } from "./negated-mention.js";
import type { SpeakerNames } from "./speakers.js";

/** A verb of mentioning or speaking of something, as a yes/no asks it. */
const MENTIONED_EN =
  /(?<!\p{L})(?:mention\p{L}*|bring\p{L}* up|brought up|rais(?:e|ed|es|ing)|talk\p{L}* (?:about|of)|sp(?:ea|o)ke\p{L}* (?:about|of)|refer\p{L}* to|discuss\p{L}*|address\p{L}*|(?:say|said|says) (?:anything|something) (?:about|on|of)|acknowledg\p{L}*|admit\p{L}*)(?!\p{L})/u;
const MENTIONED_RU =
  /(?<!\p{L})(?:упомина\p{L}*|упомян\p{L}*|говорил\p{L}*|говорит|сказал\p{L}*|заговор\p{L}*|обсужда\p{L}*|обсудил\p{L}*|затрагива\p{L}*|затронул\p{L}*|коснул\p{L}*|вспомнил\p{L}*|вспомина\p{L}*|признал\p{L}*|признаёт|признает)(?!\p{L})/u;

const SUBJECT_PRONOUN = /(?<!\p{L})(?:he|she|they|он|она|они)(?!\p{L})/u;

/** Whether `folded` asks a named voice's mention that the evidence's "no mention" denies only of another voice. */
export function silenceOfAnother(
  folded: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): boolean {
  if (!answer.answered || folded.length > 200) return false;
  const verb = (lang === "ru" ? MENTIONED_RU : MENTIONED_EN).exec(folded);
  if (!verb) return false;
  const silent = negatedMention(answer.answer);
  if (!silent) return false;
  // The voice asked: one named before the verb ("песков упоминал…", "did the foreign ministry mention…"), not the
  // silence's own object fronted («а роль россии он ведь не упомянул?»: Russia is what he did not mention), and no
  // pronoun subject after it ("он", "he": the chat's person, the mention readers' — o104-10).
  const before = folded.slice(0, verb.index);
  if (SUBJECT_PRONOUN.test(before)) return false;
  const object = new Set(speakers.namedIn(silent.object.toLowerCase()).map((n) => n.id));
  const asked = speakers.namedIn(before).filter((n) => !object.has(n.id));
  if (asked.length === 0) return false;
  const silentVoices = speakers.namedIn(silent.sayer.toLowerCase()).map((n) => n.id);
  return silentVoices.length > 0 && asked.every((n) => !silentVoices.includes(n.id));
}
