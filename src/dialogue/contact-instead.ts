// Kind: "who with then?", "so who did he talk to instead?", «а с кем тогда?», «а кому тогда?» right after a yes/no
// about a person's contact that got No or "doesn't say" ("did Putin talk to Netanyahu?", «он это Байдену
// сказал?»). The reader asks for the party the article does give, so the message is asked as "who did Putin
// talk to?" / «с кем разговаривал Путин?», and the engine answers with the call the article reports. The last
// question may have been refused (a party the article never names): its words are kept in the context for this
// (`refusedAsked`). Read only where the last question was about talking, calling or saying something to someone,
// and a person is in context; anything else is left as typed (null).
import type { Lang } from "../answering/types.js";
import { readsAsRussian } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import { afterNoOrUnsaid, type DialogueContext } from "./types.js";

const LEAD_EN = /^(?:(?:so|and|ok|okay|then|well|but|hm+|alright)[, ]+)*/u.source;
/** "who with then?", "with whom, then", "to whom then?", "who did he talk to instead?", "who was it with then?" */
const INSTEAD_EN = new RegExp(
  `${LEAD_EN}(?:(?:who|whom) (?:with|to)|with whom|to whom|who was it (?:with|to)|who (?:was|is) the call with|who did (?:he|she|they) (?:talk|speak|chat) (?:to|with)|who did (?:he|she|they) (?:call|phone|tell|say it to|say that to))(?:,? (?:then|instead|actually|exactly))*\\s*\\?*$`,
  "u",
);
/** «а с кем тогда?», «с кем же он говорил?», «а кому тогда?», «кому же он это сказал?» */
const INSTEAD_RU =
  /^(?:(?:а|и|ну|так|тогда|хорошо|ладно|ок)[, ]+)*(?:с кем|кому)(?: (?:же|тогда|он|она|это|вообще))*(?: (?:говорил|разговаривал|звонил|сказал|беседовал|общался)\p{L}*)?(?: (?:же|тогда|это|вообще))*\s*\?*$/u;
/** The last question was about a contact: talking, phoning or saying something to someone. */
const CONTACT =
  /(?<!\p{L})(?:talk\p{L}*|spoke|speak\p{L}*|chat\p{L}*|call\p{L}*|phon\p{L}*|rang|ring|told|tell|said|say|meet|met|говор\p{L}*|разговар\p{L}*|звон\p{L}*|сказал\p{L}*|беседова\p{L}*|общал\p{L}*|встреча\p{L}*|обсужда\p{L}*)(?!\p{L})/u;

export function contactInsteadOf(
  text: string,
  context: DialogueContext | null | undefined,
  speakers: SpeakerNames,
  lang: Lang,
): string | null {
  if (!afterNoOrUnsaid(context)) return null;
  const t = text.trim().toLowerCase();
  const ru = readsAsRussian(t, lang);
  if (!(ru ? INSTEAD_RU : INSTEAD_EN).test(t)) return null;
  const last = (context.refused ? context.refusedAsked : context.question) ?? "";
  if (!CONTACT.test(last)) return null;
  const named = speakers.namedIn(last).find((n) => speakers.isPerson(n.id))?.id;
  const person = context.refused
    ? (context.refusedPersonId ?? named ?? null)
    : (context.speakerId ?? named ?? null);
  if (person === null || !speakers.isPerson(person)) return null;
  return ru
    ? `с кем разговаривал ${speakers.shortName(person, "ru")}?`
    : `who did ${speakers.shortName(person, "en")} talk to?`;
}
