// The evidence of a Yes on the Kremlin's contact with one warring side (verdict48; verdict47's leftover): "does the
// kremlin talk to hamas?", "is moscow in touch with israel?", «кремль общается с хамасом?», «говорит ли кремль с
// хамасом?». Talking is the Kremlin's "open communication with both warring sides" (paragraph 4), not the
// "long-standing ties with the Palestinians, including Hamas" (paragraph 5) the engine or evidence-naming.ts found;
// the contact card is shown, with the line naming the warring sides (Hamas and the Israeli military, paragraph 1)
// where it does not name the side asked (contact-with-side.ts), with its Yes: a "doesn't say" read on the ties card
// («поддерживает ли россия связь с израилем?», long ties being the Palestinians') is re-read too; a No, a side asked
// alone ("only", "not", «только») and a matter added ("… about a ceasefire") keep theirs. Read by stand-alone.ts on a typed
// question (a follow-up in context keeps its entry; contact-with-side.ts reads that).
import type { Answer, Lang } from "../answering/types.js";
import { contactMatterAsked } from "./contact-matter.js";
import { asksContactWithOneSide } from "./contact-one-side.js";
import { withSideNamed } from "./contact-with-side.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { YesNo } from "./types.js";

const CONTACT_CARD = "kremlin-contact-both-sides";
const PARTY_RU = "(?:кремль|россия|москва|российское правительство)";
const PARTICLE_RU = "(?: (?:тоже|также|еще|действительно|реально))*";
/** «кремль общается с …», «кремль поддерживает связь с …» (ё folded to е). */
const CONTACT_RU =
  "(?:общается|разговаривает|говорит|на связи|контактирует|(?:поддерживает|держит) (?:связь|контакт\\p{L}*)|ведет диалог)";
/** «говорит ли кремль с …», «поддерживает ли россия связь с …»: the verb first. */
const VERB_FIRST_RU = "(?:общается|разговаривает|говорит|контактирует|поддерживает|держит|ведет)";
const SIDE_RU = "(?:с|со) (?:хамас\\p{L}*|израил\\p{L}*|израильтянами|израильской (?:армией|стороной))";
/** «кремль общается с хамасом», «говорит ли кремль с израилем» (contact-matter.ts reads what follows it). */
export const ASKED_RU = new RegExp(
  `(?<!\\p{L})(?:${PARTY_RU}${PARTICLE_RU} ${CONTACT_RU}|${VERB_FIRST_RU} ли ${PARTY_RU}(?: связь| контакт\\p{L}*| диалог)?)${PARTICLE_RU} ${SIDE_RU}(?!\\p{L})`,
  "u",
);
const TURNS_RU = /(?<!\p{L})(?:не|только|лишь|вместо|тайно|исключительно)(?!\p{L})/u;

/** The side named last, nothing after it but a tag: "… to hamas?", "… with israel too?", «… с хамасом тоже?». */
const SIDE_LAST =
  /(?:hamas|israel|israelis|military|army|government|хамас\p{L}*|израил\p{L}*|израильтянами|армией|стороной)(?:,?\s+(?:too|also|as well|then|really|right|actually|тоже|также|же|ведь|да|правда))*[\s?!.]*$/u;

/** The Kremlin's (Russia's, Moscow's) contact with Hamas or Israel asked, not as the only one, of nothing more
 * (not "about a ceasefire"); folded text. */
export function asksContactWithSide(folded: string, lang: Lang): boolean {
  if (!SIDE_LAST.test(folded)) return false;
  if (lang !== "ru") return asksContactWithOneSide(folded);
  return folded.length <= 120 && !TURNS_RU.test(folded) && ASKED_RU.test(folded.replace(/ё/gu, "е"));
}

/**
 * The contact card as the evidence of a Yes on contact with one side found on another entry, or of the "doesn't
 * say" on its matter ("… about a ceasefire", contact-matter.ts: the contact is the article's, the matter is not);
 * else null.
 */
export function contactEvidence(
  kit: DialogueKit,
  folded: string,
  answer: Answer,
  verdict: YesNo | null | undefined,
  wordsLang: Lang,
  lang: Lang,
): { answer: Answer; verdict: YesNo } | null {
  // A No is the checker's or a rule's reading of a turned point; a Yes or "doesn't say" on another card is re-read.
  if (verdict === "no" || !answer.answered || answer.entry?.id === CONTACT_CARD) return null;
  const matter = verdict === "not-said" && contactMatterAsked(folded, wordsLang);
  if (!matter && !asksContactWithSide(folded, wordsLang)) return null;
  const card = kit.engine.answerForEntry(CONTACT_CARD, lang);
  return card?.answered
    ? { answer: withSideNamed(card, folded, wordsLang === "ru"), verdict: matter ? "not-said" : "yes" }
    : null;
}
