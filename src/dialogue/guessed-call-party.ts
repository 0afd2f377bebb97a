// Kind: the call's party asked by a who-question and a guess offered in the same breath, joined by a comma or a
// dash rather than a second question mark ("who was putin on the phone with, was it X?", "who did he speak with by
// phone, X maybe?", "who was on the other end of the call — X?", «с кем путин разговаривал по телефону, с X?»,
// «кому он звонил, X?»). call-party.ts read the guess only after "…?" ("who did putin call? macron?"), so these went
// to the engine whole and, the guess being a name the article never uses, got "doesn't cover". The call is
// presupposed: a guess that is not the call's party is a No naming the one it was with (call-party.ts checks the
// name). A name asked alone ("what does X think?") is no such question and is still refused.

/** The who-question of the call's party, English: "who was putin on the phone with", "who did he talk to". */
const WHO_CALLED_EN =
  "who (?:(?:was|did) (?:putin|he) (?:on the (?:tele)?phone with|(?:speak|talk|chat)(?:ing)? (?:with|to)(?: (?:by|on|over) (?:the )?(?:tele)?phone)?|call|phone|ring)|(?:was|is) (?:on )?the other (?:end|side) of (?:putin'?s|his|the|that) (?:phone )?call|(?:was|is) (?:putin'?s|his|the|that) (?:phone )?call with)";
/** The guess: "was it X", "X maybe", "with X", "X perhaps". */
const GUESS_EN =
  "(?:(?:or )?(?:was it|is it|with|maybe|perhaps) )?(.+?)(?: maybe| perhaps| or someone else| or who)?";
const WHO_CALLED_RU =
  "(?:с кем (?:путин|он) (?:говорил|разговаривал|беседовал|созванивался|созвонился)\\p{L}* по телефону|кому (?:путин|он) (?:звонил|позвонил)\\p{L}*)";
const GUESS_RU =
  "(?:(?:это был\\p{L}*|может|наверное|видимо) )?(?:с(?:о)? )?(.+?)(?: наверное| может| что ли)?";
const JOIN = "(?:\\?|,| ?[-—–]) ?";
const LEAD_EN = "^(?:(?:so|and|but|wait|ok|okay)[, ]+)?";
const LEAD_RU = "^(?:(?:а|и|так|ну)[, ]+)?";

/** Patterns with the guess in group 1, read after the trailing mark is stripped. */
export const GUESSED_CALL_PARTY_EN = [new RegExp(`${LEAD_EN}${WHO_CALLED_EN}${JOIN}${GUESS_EN}$`, "u")];
export const GUESSED_CALL_PARTY_RU = [new RegExp(`${LEAD_RU}${WHO_CALLED_RU}${JOIN}${GUESS_RU}$`, "u")];

/** Whether a folded message (its trailing marks kept or not) is the call's who-question with a guess after it. */
export function callPartyGuessed(folded: string): boolean {
  const text = folded.replace(/[?!.\s]+$/u, "");
  return [...GUESSED_CALL_PARTY_EN, ...GUESSED_CALL_PARTY_RU].some((re) => re.test(text));
}
