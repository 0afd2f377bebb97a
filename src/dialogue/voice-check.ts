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
/**
 * The voice as a tag after the claim (dialog49, d113-23#1): "the US overlooked the palestinians, putin says?",
 * "…, says putin?", "…, putin claims?". The tag named a voice after a statement whose subject is a party the article
 * does not quote, so the saying was read as the US's (saying-unquoted.ts: doesn't say). Read as "does putin say …?"
 * only where the claim checker confirms "<voice> says <claim>" (verbatim or paraphrase, nothing unbacked): a claim it
 * does not confirm keeps the doesn't say ("the us wants a ceasefire, putin says?" — read as his saying, the checker's
 * added party was a No). English only (the checker reads English). A comma or a dash before the tag, "?" after it.
 */
const TAG_EN =
  /^(.{8,160}?)\s*[,;—–-]\s*(?:(?:or\s+)?so\s+|as\s+)?(?:([\p{L}' .-]{2,40}?)\s+(?:says|said|claims|claimed|thinks|believes|argues|reckons|insists|puts it)|(?:says|said|claims|argues)\s+([\p{L}' .-]{2,40}?))\s*\?+\s*$/iu;
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

/** Whether the claim checker confirms a statement ("putin says the us overlooked the palestinians"). */
export type Confirms = (statement: string) => boolean;

export function voiceCheckOf(text: string, speakers: SpeakerNames, confirms?: Confirms): string | null {
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
  return confirms ? taggedVoiceOf(t, speakers, confirms) : null;
}

/** "…, putin says?": the claim asked of the voice in the tag where the checker confirms it, or null. */
function taggedVoiceOf(t: string, speakers: SpeakerNames, confirms: Confirms): string | null {
  const en = TAG_EN.exec(t);
  const voice = en ? quotedVoice(en[2] ?? en[3] ?? "", speakers) : null;
  const claim = en?.[1]?.trim();
  if (!claim || !voice || !claimHasNoVoice(claim, speakers)) return null;
  return confirms(`${voice} says ${claim}`) ? `does ${voice} say ${claim}?` : null;
}

/** The claim before a tag is the tag voice's only when it is no saying of its own ("peskov said x, putin says?"). */
function claimHasNoVoice(claim: string, speakers: SpeakerNames): boolean {
  return (
    !/(?<!\p{L})(?:says|said|claims)(?!\p{L})/iu.test(claim) ||
    speakers.namedIn(claim.toLowerCase()).length === 0
  );
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
