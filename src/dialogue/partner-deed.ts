import type { AskedOfLast } from "./asked-of-last.js";
import { countryOf, roleCountry } from "./countries.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { fold } from "./language.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const SUBJECT_EN =
  /^(?:(?:so|and|but|ok|okay|wait|then)[,.! ]+)*(?:did|does|has|had|will|would|could)(?:n'?t)? (?:the )?(\p{L}+)(?:'s)? (?!\p{L}+ (?:call|phone|talk|speak|spoke|discuss)\p{L}*)(\p{L}+)/u;
const SUBJECT_RU =
  /^(?:(?:а|и|так|ну)[,.! ]+)*(?:(?:разве|неужели|правда) )?(\p{L}+) (?:(?:тоже|сам|сама|же|вообще) )?(\p{L}+)/u;
/** A membership or a place, not a deed: "does turkey belong to the quartet", «турция входит в квартет?». */
const NOT_A_DEED =
  /(?<!\p{L})(?:quartet|member\p{L}*|belong\p{L}*|part of|квартет\p{L}*|входит|входила|член\p{L}*|состоит|участву\p{L}*|border\p{L}*|located|находит\p{L}*|граничит)(?!\p{L})/u;
/** Agreeing with the caller is a stance on his words, the stance readers' (partner-stance.ts), not a deed. */
const WITH_CALLER = /(?<!\p{L})(?:agree\p{L}* with|соглас\p{L}* с)(?!\p{L})/u;
/** A Russian verb after the subject (past or present): «эрдоган это кто…» asks who he is, no deed. */
const VERB_RU = /(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ят|ется|ится|ются|ятся)$/u;
/** The call itself, asked of the partner: the call readers' (who called whom, what they discussed). */
const CALL_VERB =
  /(?<!\p{L})(?:call\p{L}*|phone\p{L}*|ring\p{L}*|talk\p{L}*|speak\p{L}*|spoke|discuss\p{L}*|звонил\p{L}*|позвонил\p{L}*|говорил\p{L}*|разговарива\p{L}*|обсужда\p{L}*|созвон\p{L}*|said|say|says|сказал\p{L}*|ответил\p{L}*|answer\p{L}*|respond\p{L}*|repl\p{L}*)(?!\p{L})/u;

export function partnerDeedTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { text, context, ru } = ask;
  if (!context.otherPersonId || text.length > 100) return null;
  const partner = kit.kb.speakerById.get(context.otherPersonId);
  if (!partner || kit.speakers.isQuoted(partner.id)) return null;
  const t = fold(text);
  // A Russian yes/no has only its question mark to show it.
  if (ru && !text.trim().endsWith("?")) return null;
  const m = (ru ? SUBJECT_RU : SUBJECT_EN).exec(t);
  if (!m?.[1] || CALL_VERB.test(t) || NOT_A_DEED.test(t) || WITH_CALLER.test(t)) return null;
  if (ru && !VERB_RU.test(m[2] ?? "")) return null;
  const named = kit.speakers.namedIn(t)[0];
  // The partner is the subject: named within the question's opening words.
  const byName = named?.id === partner.id && named.start < m[0].length;
  const byCountry = countryOf(m[1]) !== null && countryOf(m[1]) === roleCountry(partner.role);
  if (!byName && !byCountry) return null;
  const replyLang = ask.lang;
  const last = ask.last();
  if (!last?.answered || !kit.speakers.namedIn(fold(last.answer)).some((n) => n.id === partner.id))
    return null;
  // A card the question finds on the partner himself answers it as before.
  const found = kit.findAnswer(text, replyLang);
  if (found.answered && kit.speakers.namedIn(fold(found.answer)).some((n) => n.id === partner.id))
    return null;
  return verdictOnLast(last, text, context, replyLang, "not-said", "pronoun");
}
