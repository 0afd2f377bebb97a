// Kind: whom the last answer's words were said to — "who did he say it to", "who was he talking to when he said
// that" (or "talkin", the g dropped: dialog43), "with whom did he discuss it?" (dialog39), «кому он это сказал?», «с кем он об этом говорил?», «с кем он это
// обсуждал?» after Putin's call for talks (d82-12). The follow-up
// readers made "who did Putin say negotiations restart to" of it and the same card came back. The article gives
// one occasion for a voice's words: the phone call ("In a phone call with … Erdogan, Putin emphasized …"). Where
// the last answer quotes the caller from that sentence, the message asks who he spoke to on the phone; elsewhere
// (Peskov's words, Putin's charge against the US) the article names no listener and the message is left as typed.
import type { Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { fold, readsAsRussian } from "./language.js";
import type { DialogueContext } from "./types.js";

const LEAD_EN = "(?:(?:and|so|but|ok|okay|wait|then)[,.! ]+)*";
const WHO_EN = "(?:he|she|they|putin|vladimir putin)";
const TO_WHOM_EN = new RegExp(
  `^${LEAD_EN}(?:(?:who|whom) (?:did|was|were|had|has) ${WHO_EN} (?:say|said|tell|told|saying|telling|stress|stressed|say all|speaking|talking|speak|talk|discuss|discussed|discussing|raise|raised|sayin|tellin|speakin|talkin|discussin)'?(?: (?:that|it|this|all that|those things|so))?(?: (?:to|with))?(?: when (?:he|she|they) (?:said|says|say) (?:that|it|this))?|(?:to|with) (?:who|whom) (?:did|was|were) ${WHO_EN} (?:say|said|tell|speaking|talking|speak|talk|discuss|discussed|discussing|raise|raised|speakin|talkin)'?(?: (?:that|it|this))?|who was (?:that|it|this) said to|said to (?:who|whom)|who(?:'d| did) (?:he|she|they) (?:say|tell) (?:it|that|this)(?: to)?)(?: exactly| then| again)?\\s*[?!.]*$`,
  "u",
);
const LEAD_RU = "(?:(?:а|и|так|ну)[,.! ]+)*";
const TO_WHOM_RU = new RegExp(
  `^${LEAD_RU}(?:кому (?:(?:он|она|они|путин) )?(?:это |так )?(?:сказал\\p{L}*|говорил\\p{L}*|заявил\\p{L}*)(?: (?:он|она|они|путин|это))?|с кем (?:(?:он|она|они|путин) )?(?:об этом|это|так) (?:говорил\\p{L}*|разговаривал\\p{L}*|обсуждал\\p{L}*|обговаривал\\p{L}*)(?: (?:он|она|они|путин))?|кому (?:это )?было сказано)(?: именно| конкретно| тогда)?\\s*[?!.]*$`,
  "u",
);

/** The article's sentences that tell of a phone call, lower case. */
const CALL = /(?<!\p{L})(?:phone call|call with|called|telephone)(?!\p{L})/u;

/** "who did putin speak to on the phone?" for a message asking whom the call's words were said to, else null. */
export function saidToWhomOf(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): string | null {
  if (!context?.entryId || context.refused || text.length > 90) return null;
  const t = fold(text);
  const ru = readsAsRussian(t, lang);
  if (!(ru ? TO_WHOM_RU : TO_WHOM_EN).test(t)) return null;
  const last = kit.engine.answerForEntry(context.entryId, ru ? "ru" : "en");
  if (!last?.answered) return null;
  const sentences = kit.kb.article.text.split(/(?<=[.!?])\s+/u);
  // The caller's words from the sentence that tells of the call.
  const caller = last.quotes.find(
    (q) => q.voice === "reported" && sentences.some((s) => s.includes(q.text) && CALL.test(s.toLowerCase())),
  );
  if (!caller) return null;
  const name = kit.speakers.shortName(caller.speakerId, ru ? "ru" : "en");
  return ru ? `с кем ${name} говорил по телефону?` : `who did ${name} speak to on the phone?`;
}
