// Bare follow-ups with no pronoun to resolve, put as the follow-ups the dialogue already reads: a passive "what
// was discussed?" / "what was said?" / "что обсуждалось?" (the plural "о чём говорили?" is follow-up-forms.ts's) asks what they talked about ("what did they discuss?");
// "who said?" / "who thinks so?" / "кто так считает?" asks whose point the last answer was ("who said that?");
// "с кем вместе?" / "with whom exactly?" asks the detail with a question word ("с кем?"). Only after an answer:
// on its own "who said?" is the engine's "who said what". "first name?", "what's his full name", "как его зовут?"
// after a person asks who that person is; "и что надо делать?", "so what should be done now?" asks the way out the
// article and its voices give (the engine found no topic in it: every word is a frame word) ("who is he?", whose answer names them in full). Nothing is answered here.
import type { Lang } from "../answering/types.js";

const LEAD_EN = "(?:(?:and|so|but|ok|okay|hmm|then)[, ]+)*";
const LEAD_RU = "(?:(?:а|и|ну|так|ок|ладно)[, ]+)*";

const DISCUSSED_EN = new RegExp(
  `^${LEAD_EN}what (?:was|got|has been|were|is) (?:discussed|said|talked about|covered|agreed(?: on)?|on the agenda|the (?:call|conversation|talk|phone call) about)(?: (?:there|then|exactly|on the call|in the call|during the call))?\\s*\\??$`,
  "u",
);
const DISCUSSED_RU = new RegExp(
  `^${LEAD_RU}(?:что|о ч[её]м) (?:(?:там|тогда|именно) )?(?:обсуждалось|было сказано|сказали|шла речь|был разговор)(?: (?:там|тогда|именно))?\\s*\\??$`,
  "u",
);

const WHO_SAID_EN = new RegExp(
  `^${LEAD_EN}(?:who said|who says|who is saying|who's saying|who was saying|who thinks (?:so|that)|who believes (?:so|that)|who claims (?:so|it)|who holds (?:that|this) view)(?: (?:exactly|then))?\\s*\\??$`,
  "u",
);
const WHO_SAID_RU = new RegExp(
  `^${LEAD_RU}(?:кто (?:так|это) (?:считает|думает|полагает)|кто (?:так )?(?:говорит|сказал|заявил))(?: (?:именно|же|тогда))?\\s*\\??$`,
  "u",
);

const WITH_WHOM_RU = new RegExp(
  `^${LEAD_RU}(с кем|вместе с кем|кому|у кого)(?: (?:вместе|именно))+\\s*\\??$`,
  "u",
);
const WITH_WHOM_EN = new RegExp(
  `^${LEAD_EN}(?:together )?(with whom|to whom|with who|to who)(?: (?:exactly|together))+\\s*\\??$`,
  "u",
);

const NAME_EN = new RegExp(
  `^${LEAD_EN}(?:(?:what(?:'s| is| was) )?(?:his|her|the guy's|the man's) |what(?:'s| is) the )?(?:first|full|given|whole) name(?: (?:again|then|pls|please))?\\s*\\??$`,
  "u",
);
const NAME_RU = new RegExp(
  `^${LEAD_RU}(?:(?:а )?как (?:его|ее) (?:зовут|звать)(?: (?:полностью|целиком|по имени))?|(?:его |ее )?(?:полное )?имя(?: (?:какое|как))?)\\s*\\??$`,
  "u",
);

const TO_DO_EN = new RegExp(
  `^${LEAD_EN}what (?:should|must|can|could|needs? to|has to|have to|ought to) (?:be|we|they|anyone) (?:be )?(?:done|do)(?: (?:now|next|then|about (?:it|this|that)))?\\s*\\??$`,
  "u",
);
const TO_DO_RU = new RegExp(
  `^${LEAD_RU}(?:что|как) (?:же )?(?:теперь |тогда |дальше )?(?:надо|нужно|следует|стоит|можно) (?:было бы )?(?:делать|сделать|предпринять)(?: (?:теперь|дальше|тогда|с этим))?\\s*\\??$`,
  "u",
);

/** The follow-up the dialogue reads, or null; `afterAnswer` tells whether there is a last answer to read it on. */
export function bareFollowUpOf(folded: string, lang: Lang, afterAnswer: () => boolean): string | null {
  if (folded.length > 80) return null;
  const ru = lang === "ru";
  const whom = (ru ? WITH_WHOM_RU : WITH_WHOM_EN).exec(folded)?.[1];
  const reading = (ru ? DISCUSSED_RU : DISCUSSED_EN).test(folded)
    ? ru
      ? "о чём они говорили?"
      : "what did they discuss?"
    : (ru ? WHO_SAID_RU : WHO_SAID_EN).test(folded)
      ? ru
        ? "кто это сказал?"
        : "who said that?"
      : whom
        ? `${whom.replace("вместе с кем", "с кем")}?`
        : (ru ? NAME_RU : NAME_EN).test(folded)
          ? ru
            ? "кто он?"
            : "who is he?"
          : (ru ? TO_DO_RU : TO_DO_EN).test(folded)
            ? ru
              ? "как разрешить конфликт?"
              : "how can the conflict be resolved?"
            : null;
  return reading && afterAnswer() ? reading : null;
}
