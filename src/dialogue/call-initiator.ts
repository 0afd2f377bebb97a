// "Was it Erdogan who made the call?", "who called whom?", "did Putin initiate the call?", "это Эрдоган позвонил?",
// "кто кому звонил?": who placed the call the article reports. The article says only that the two spoke ("In a
// phone call with … Erdogan, Putin emphasized …"), never who dialled, so the verdict is "doesn't say", with the
// call's entry as what it does say — never the Yes that the call's own party named in the question would give.
// A plain "did Putin call Erdogan?" asks whether they spoke (Yes, by the call); only the one who placed it is asked
// here: "who … first", "who made/placed/initiated the call", "was it X who called", "по чьей инициативе".
import type { Lang } from "../answering/types.js";

const CALL_WORD =
  /(?<!\p{L})(?:call|called|caller|phone\p{L}*|rang|ring|dialled|dialed|звон\p{L}*|позвон\p{L}*|созвон\p{L}*|набрал\p{L}*|разговор\p{L}*)(?!\p{L})/u;

const INITIATOR_EN = [
  // "who called whom?", "who phoned who?"
  /(?<!\p{L})who (?:called|phoned|rang|dialled|dialed|rung) (?:whom|who)(?!\p{L})/u,
  // "who made the call?", "who placed it?", "who initiated the conversation?" (not "the call for a ceasefire")
  /(?<!\p{L})who (?:made|placed|initiated|started|requested|arranged|set up|asked for|instigated)(?: the| this| that)?(?: phone)? (?:call|conversation|it)(?! (?:for|on|to)(?!\p{L}))(?!\p{L})/u,
  // "was it Erdogan who made the call?", "was it putin who called?" — not "was it putin who called for a
  // ceasefire?" (a call for something) nor "who asked for talks"
  /(?<!\p{L})(?:was|is) it (?:\p{L}+ ){1,3}(?:who|that) (?:called|phoned|rang|dialled|dialed|made|placed|initiated|reached out|started|requested|asked)(?!\p{L})(?! (?:for|on|upon)(?!\p{L}))/u,
  // "it was erdogan who called, right?", "it was putin who phoned, да?" (dialog53: the cleft as a statement with a tag;
  // a rewrite may have put "call" for "it"), "erdogan was the one who called?", "putin was the caller, верно?" — not
  // "it was putin who called for a ceasefire"
  /(?<!\p{L})(?:it|that|this|call) (?:was|is) (?:\p{L}+ ){1,3}(?:who|that) (?:called|phoned|rang|dialled|dialed|made|placed|initiated|reached out|started)(?!\p{L})(?! (?:for|on|upon)(?!\p{L}))|(?<!\p{L})(?:was|is|were) the one (?:who|that) (?:called|phoned|rang|dialled|dialed|made|placed|initiated|reached out)(?!\p{L})(?! (?:for|on|upon)(?!\p{L}))|(?<!\p{L})(?:was|is) the caller(?!\p{L})/u,
  // "did putin initiate the call?", "did erdogan place the call?"
  // "place the call to putin" (dialog51): "to" before the one phoned, not "the call to resume talks"
  /(?<!\p{L})(?:initiat\p{L}*|place|placed|placing)(?: the| this| that)?(?: phone)? (?:call|conversation|it)(?! (?:for|on|to)(?!\p{L}))(?!\p{L})|(?<!\p{L})(?:initiat\p{L}*|place|placed|placing|make|made|making)(?: the| this| that| a)?(?: phone)? call to (?:putin|erdogan|him|the (?:russian|turkish) (?:president|leader)|moscow|ankara|the kremlin|russia|turkey)(?!\p{L})/u,
  // "did erdogan ring putin first?", "who called first?", "who reached out first?"
  /(?<!\p{L})(?:called|phoned|rang|ring|call|phone|dialled|dialed|reach(?:ed)? out)(?: \p{L}+){0,2} first(?!\p{L})/u,
  // "did putin phone erdogan himself?", "did erdogan call him personally?" (dialog47ru: the call's Yes had been
  // given) — not "did he call for it himself?"
  /(?<!\p{L})(?:called|phoned|rang|ring|call|phone|dialled|dialed)(?! for(?!\p{L}))(?: \p{L}+){0,2} (?:himself|personally)(?!\p{L})/u,
  // "on whose initiative?", "at whose request?", "whose idea was the call?"
  /(?<!\p{L})whose (?:initiative|request|idea)(?!\p{L})/u,
  // "did putin make the call?", "so did erdogan do that call?" (dialog41): the one who made it, not "make the call
  // for a ceasefire"
  /(?<!\p{L})(?:did|does|has|had) (?:\p{L}+ ){1,3}(?:make|do|place|initiate)(?: the| this| that)?(?: phone)? call(?! (?:for|on|to)(?!\p{L}))(?!\p{L})/u,
  // "did the call come from erdogan?", "who picked up?"
  /(?<!\p{L})call (?:come|came) from(?!\p{L})|(?<!\p{L})who (?:picked up|answered the (?:phone|call))(?!\p{L})/u,
];

const INITIATOR_RU = [
  // "кто кому звонил?", "кто позвонил первым?", "кто инициировал разговор?"
  /(?<!\p{L})кто (?:кому )?(?:первым |первый |сам )?(?:звонил|позвонил|набрал|инициировал|начал|предложил)\p{L}*/u,
  // "это Эрдоган позвонил?", "это Путин звонил?"
  /(?<!\p{L})это (?:\p{L}+ ){1,2}(?:позвонил|звонил|набрал|инициировал)\p{L}*/u,
  // "Эрдоган позвонил первым?", "Эрдоган сам позвонил?", «путин звонил эрдогану сам?», «путин набрал эрдогана
  // первым?» (dialog47ru: the one phoned between the verb and «сам» had given the call's Yes), «лично»
  /(?<!\p{L})(?:позвонил|звонил|набрал)\p{L}* (?:\p{L}+ ){0,2}(?:первым|первый|сам|лично)(?!\p{L})|(?<!\p{L})(?:первым|первый|сам|лично) (?:позвонил|звонил|набрал)\p{L}*/u,
  // «а звонок сделал путин?», «путин сделал этот звонок?» (dialog41)
  /(?<!\p{L})звонок (?:\p{L}+ ){0,2}(?:сделал|совершил)\p{L}*|(?<!\p{L})(?:сделал|совершил)\p{L}* (?:\p{L}+ ){0,2}звонок(?!\p{L})/u,
  // "по чьей инициативе?", "кто был инициатором?"
  /(?<!\p{L})(?:по чьей (?:инициативе|просьбе)|инициатор\p{L}*|инициатив\p{L}*|инициировал\p{L}*)/u,
];

/**
 * Whether the question asks who placed the reported call: in its own words (a word of calling in it) or right
 * after the call's answer ("who initiated it?", `afterCall`).
 */
export function callInitiatorAsked(folded: string, lang: Lang, afterCall: boolean): boolean {
  if (!afterCall && !CALL_WORD.test(folded)) return false;
  return (lang === "ru" ? INITIATOR_RU : INITIATOR_EN).some((re) => re.test(folded));
}
