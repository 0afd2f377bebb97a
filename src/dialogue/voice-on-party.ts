// Kind: what a voice said about a party none of its reported words names — "What did Peskov say about Hamas",
// «что песков сказал о хамасе». The engine gave Russia's position (Putin's and the ministry's words), as if Peskov
// had spoken of Hamas. Asked as whether he said anything about it: mentioned-by.ts (voice-unmentioned.ts) answers
// that the article doesn't say so, with what he did say. A party the voice names keeps the question as typed.
import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { fold, readsAsRussian } from "./language.js";
import { partyThingOf, unmentionedParty } from "./voice-unmentioned.js";

const SAID_ABOUT_EN =
  /^(?:(?:and|so|but|ok|okay|well)[, ]+)*what (?:did|does|has) (\p{L}+(?: \p{L}+)?) (?:say|said|have to say|tell|mention) (?:about|on|of|regarding) (\p{L}+(?: \p{L}+){0,2})\s*\??$/u;
const SAID_ABOUT_RU =
  /^(?:(?:а|и|ну|так)[, ]+)*(?:что (\p{L}+) (?:сказал|говорил|заявил|говорит|сказала|говорила|заявила)|что (?:сказал|говорил|заявил|говорит) (\p{L}+)) (?:о|об|про|насчет) (\p{L}+(?: \p{L}+)?)\s*\??$/u;

/** The message asked as whether the voice said anything about the party, or null. */
export function voiceOnPartyOf(
  text: string,
  kit: Pick<DialogueKit, "speakers" | "parties" | "kb">,
  lang: Lang,
  findAnswer: (question: string, lang: Lang) => Answer,
): string | null {
  const t = fold(text).trim();
  if (t.length > 100) return null;
  const ru = readsAsRussian(t, lang);
  const m = (ru ? SAID_ABOUT_RU : SAID_ABOUT_EN).exec(t);
  if (!m) return null;
  const who = ru ? (m[1] ?? m[2] ?? "") : (m[1] ?? "");
  const thing = ru ? (m[3] ?? "") : (m[2] ?? "");
  const voice = kit.speakers.namedIn(who)[0];
  if (voice?.start !== 0 || voice.end !== who.length || !kit.speakers.isPerson(voice.id)) return null;
  if (!kit.speakers.isQuoted(voice.id) || !partyThingOf(thing, kit.parties)) return null;
  const name = kit.speakers.shortName(voice.id, ru ? "ru" : "en");
  const theirs = findAnswer(ru ? `что сказал ${name}` : `what did ${name} say`, lang);
  if (!theirs.answered) return null;
  if (!unmentionedParty(thing, voice.id, theirs, kit.kb.article.text, kit.parties)) return null;
  return ru ? `${name} говорил что-нибудь о ${thing}?` : `did ${name} say anything about ${thing}?`;
}
