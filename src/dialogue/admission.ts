// Kind: an admission asked of a party — «США признали свою ошибку?», "did washington admit it was wrong?". The
// article quotes no party's answer to Putin's criticism but its own voices', so an admission of anyone else is a
// reaction it does not report: "doesn't say" (verdict-read.ts reads the words; was a curated Yes on the US-failure
// entry). Where the engine cannot place the question at all ("did you mean…?"), it is asked as that party's
// reaction to the criticism, whose gap entry says what the article does give (stand-alone.ts).
import type { Lang } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";
import type { SpeakerNames } from "./speakers.js";

/** «признали ошибку», «признал свою вину», «признали, что были неправы»: an admission of a fault. */
export const ADMITTING_RU = lean(
  /(?<!\p{L})признал\p{L}*,? (?:(?:сво\p{L}*|что|они|он|был\p{L}*) )*(?:ошибк\p{L}*|ошиб\p{L}*|вин\p{L}*|неправ\p{L}*|провал\p{L}*)/u,
);
const SUBJECT_RU = /^(?:(?:а|и|ну|так)[, ]+)*(.{2,30}?) (?:(?:уже|всё-таки|все-таки|хоть|вообще) )?признал/u;
const SUBJECT_EN =
  /^(?:(?:and|so|but|ok|okay)[, ]+)*(?:did|has|have|does|do) (.{2,30}?) (?:(?:ever|even|actually|finally) )?(?:admit|own(?:ed)? up|concede|apologi[sz]e)/u;

/** The admission asked as the party's reaction to the criticism, or null when it is none or the party is quoted. */
export function admissionAsReaction(folded: string, lang: Lang, speakers: SpeakerNames): string | null {
  const ru = lang === "ru";
  if (ru && !ADMITTING_RU.test(folded)) return null;
  const subject = (ru ? SUBJECT_RU : SUBJECT_EN).exec(folded)?.[1];
  if (!subject) return null;
  const named = speakers.namedIn(subject)[0];
  if (named && speakers.isQuoted(named.id)) return null;
  return ru ? `как ${subject} ответили на критику?` : `how did ${subject} respond to the criticism?`;
}
