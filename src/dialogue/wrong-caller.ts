// "did peskov call erdogan?", "did the foreign ministry phone erdogan?", «песков звонил эрдогану?»: the reported
// call asked with its own other party but another caller. The article names who was on it ("In a phone call with
// … Erdogan, Putin emphasized …"), so a voice it names that was not on the call is a No, with the call quoted —
// the blind writers' label each time (dialogues41 d41-4, dialogues44 d44-12; blind40/46/48 want Putin named).
// Only call words: "did peskov speak to erdogan?" asks of any contact, on which the article is silent.
import type { Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";

/** The caller (group 1) and the one called (group 2) of a call asked by a verb of phoning. */
const CALLER_EN =
  /^(?:(?:so|and|but|wait|ok|okay|hold on)[, ]+)*(?:did|has|had|was it true that|is it true that) (.{2,40}?) (?:(?:also|really|actually|even) )?(?:call|phone|ring|telephone|dial|get on the phone with|speak on the phone with|talk on the phone with|have (?:a|the) (?:phone )?call with)(?: up)? (.+?)$/u;
const CALLER_RU =
  /^(?:(?:а|и|так|значит|правда ли,? что|правда что)[, ]+)*(.{2,40}?) (?:(?:сам|лично|тоже|же|ведь) )?(?:звонил|позвонил|созванивался с|созвонился с|созванивался со|говорил по телефону с|разговаривал по телефону с)\p{L}* (.+?)$/u;

/**
 * Whether the question asks the reported call of a caller the article names who was not on it, the other end
 * being the call's own party: `onCall` is the set of voice ids the call's quote names.
 */
export function wrongCallerAsked(
  text: string,
  lang: Lang,
  speakers: SpeakerNames,
  onCall: ReadonlySet<string>,
): boolean {
  const m = (lang === "ru" ? CALLER_RU : CALLER_EN).exec(text);
  if (!m?.[1] || !m[2]) return false;
  const callers = speakers.namedIn(m[1]);
  const called = speakers.namedIn(m[2]);
  return (
    callers.length === 1 &&
    !onCall.has(callers[0]!.id) &&
    called.length > 0 &&
    called.every((n) => onCall.has(n.id))
  );
}
