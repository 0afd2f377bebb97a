// Kind: "ok who did then", "so who did?", "а кто говорил?", "а кто тогда призывал?" right after a yes/no asked of
// one voice ("did Peskov call for a ceasefire?" — the article doesn't say, or No). The person asks who in the
// article did the thing, so the last question is asked again of anyone: "who did call for a ceasefire?",
// "кто говорил про прекращение огня?", and the engine finds the voice the article gives (Putin). Read only where
// the last reply was No or doesn't say and the last question opens with a named voice or a pronoun
// for one ("did Peskov …", "Песков говорил …", "он говорил …"); anything else is left as typed (null).
import type { Lang } from "../answering/types.js";
import { readsAsRussian } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import { afterNoOrUnsaid, type DialogueContext } from "./types.js";

const WHO_DID_EN =
  /^(?:(?:ok|okay|so|and|then|well|hm+|alright|but|fine)[, ]+)*who (?:did|does|has)(?:,? then|,? so|,? instead)?(?: it| that| so)?(?:,? then)?\s*\?*$/iu;
const WHO_DID_RU =
  /^(?:(?:а|и|ну|так|тогда|хорошо|ладно|ок)[, ]+)*кто (?:же |тогда )?(?:это |такое )?\p{L}+л(?:а|и)?(?: тогда| же| это| об этом| такое)?\s*\?*$/iu;
/** The last question as asked of a voice: its auxiliary (English) and the rest after the voice's name. */
const ASKED_OF_EN = /^(did|does|has|have|had)\s+/u;
/** The voice as the last question kept it, a pronoun ("он говорил про…" after Peskov). */
const PRONOUN = /^(?:he|she|it|they|он|она|оно|они)(?=\s)/u;

export function whoDidThenOf(
  text: string,
  context: DialogueContext | null | undefined,
  speakers: SpeakerNames,
  lang: Lang,
): string | null {
  if (!afterNoOrUnsaid(context)) return null;
  const t = text.trim().toLowerCase();
  const ru = readsAsRussian(t, lang);
  if (!(ru ? WHO_DID_RU : WHO_DID_EN).test(t)) return null;
  const question = context.question.trim().toLowerCase().replace(/\?+$/u, "");
  // The last question already read as asked of anyone ("did peskov call for a ceasefire?" read by the engine as
  // "who called for a ceasefire"; answering/cleft-doer.ts): asked again as it is.
  if (!ru && /^who \p{L}+ed\s/u.test(question)) return `${question}?`;
  const aux = ru ? null : ASKED_OF_EN.exec(question);
  if (!ru && !aux) return null;
  const from = aux ? aux[0].length : 0;
  const named = speakers.namedIn(question).find((n) => n.start === from);
  const pronoun = named ? null : PRONOUN.exec(question.slice(from));
  const end = named ? named.end : pronoun ? from + pronoun[0].length : -1;
  const rest = end >= 0 ? question.slice(end).trim() : "";
  if (rest.split(/\s+/u).length < 2) return null;
  return ru ? `кто ${rest}?` : `who ${aux?.[1]} ${rest}?`;
}
