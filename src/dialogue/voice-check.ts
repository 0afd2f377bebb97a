// Kind: a claim, then whether a voice makes it — "washington monopolized the peace process? is that what putin
// claims?", «вашингтон монополизировал мирный процесс? так путин говорит?», «сша провалили свою политику? это путин
// так считает?». Split at the "?" it was two questions, each answered and no verdict; it asks one thing: whether
// that voice says the claim. Read as "does putin say <claim>?" / «путин говорит, что <claim>?», whose verdict the
// readers settle from the article. Only a voice the article quotes (SpeakerNames); text in, text out.
import type { SpeakerNames } from "./speakers.js";

const CHECK_EN =
  /^(.{8,160}?)\s*\?+\s*(?:(?:so|and|but|ok|okay|wait)[, ]+)?(?:is (?:that|this|it)|that's|thats|was (?:that|this|it)) (?:really |actually |exactly )?(?:what|how) ([\p{L}' .-]{2,40}?) (?:says|said|claims|claimed|thinks|thought|believes|believed|argues|argued|puts it|is saying|is claiming|means|meant|sees it)\s*\?*\s*$/iu;
const CHECK_RU =
  /^(.{8,160}?)\s*\?+\s*(?:(?:а|и|так|ну)[, ]+)?(?:(?:это|так|и это|это так)\s+)?([\p{L} .-]{2,40}?)\s+(?:так\s+)?(говорит|считает|утверждает|думает|заявляет|заявил|сказал|полагает)\s*\?*\s*$/iu;
const VERB_RU: Record<string, string> = {
  говорит: "говорит",
  утверждает: "говорит",
  заявляет: "говорит",
  заявил: "говорит",
  сказал: "говорит",
  считает: "считает",
  думает: "считает",
  полагает: "считает",
};
/** «так путин говорит?»: the lead word «так» is no part of the voice. */
const LEAD_RU = /^(?:так|это|и)\s+/u;

export function voiceCheckOf(text: string, speakers: SpeakerNames): string | null {
  const t = text.trim();
  if (t.length > 240) return null;
  const en = CHECK_EN.exec(t);
  if (en?.[1] && en[2]) {
    const voice = quotedVoice(en[2], speakers);
    return voice ? `does ${voice} say ${en[1].trim()}?` : null;
  }
  const ru = CHECK_RU.exec(t);
  if (ru?.[1] && ru[2] && ru[3]) {
    const voice = quotedVoice(ru[2].replace(LEAD_RU, ""), speakers);
    return voice ? `${voice} ${VERB_RU[ru[3].toLowerCase()] ?? "говорит"}, что ${ru[1].trim()}?` : null;
  }
  return null;
}

/** The voice as typed when the whole of it names one speaker the article quotes. */
function quotedVoice(typed: string, speakers: SpeakerNames): string | null {
  const voice = typed.trim().toLowerCase();
  const named = speakers.namedIn(voice);
  const only = named[0];
  if (named.length !== 1 || !only || !speakers.isQuoted(only.id)) return null;
  // Nothing but the name ("the russian leader", «путин»): not a clause of its own.
  return voice.replace(/^the\s+/u, "").length - (only.end - only.start) <= 1 ? voice : null;
}
