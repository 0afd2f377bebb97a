// Who dialled the Putin–Erdogan call, asked with Erdogan as the caller ("did erdogan call putin?", "did the turkish
// president phone him?", «Эрдоган звонил Путину?», «путину звонил эрдоган?»). The article's sentence ("In a phone
// call with Turkish President Recep Tayyip Erdogan, Putin emphasized …") has Putin as its subject and never says
// who placed the call, so the call card's own "Yes." / «Да.» does not answer it (dialog42; the dialogue gives
// "doesn't say" with the card, call-initiator.ts). "did putin call erdogan?" asks whether they spoke: not this.

const DIALLED_EN =
  /(?<!\p{L})(?:erdogan|erdoğan|the turkish (?:president|leader)|turkey's (?:president|leader)) (?:\p{L}+ )?(?:call|calls|called|phone|phones|phoned|ring|rings|rang|rung|dial|dialled|dialed)(?: up)? (?:him|putin|the russian (?:president|leader))(?!\p{L})/u;
const ERDOGAN_RU = "(?:эрдоган|турецкий (?:президент|лидер))";
const DIALLED_VERB_RU = "(?:(?:по)?звонил\\p{L}*|набрал\\p{L}*)";
const DIALLED_RU = new RegExp(
  `(?<!\\p{L})${ERDOGAN_RU} (?:\\p{L}+ )?${DIALLED_VERB_RU} (?:путину|ему|российскому президенту)(?!\\p{L})|` +
    `(?<!\\p{L})${ERDOGAN_RU} (?:путину|ему) (?:сам |первым |первый )?${DIALLED_VERB_RU}|` +
    `(?<!\\p{L})(?:путину|ему) ${DIALLED_VERB_RU} ${ERDOGAN_RU}(?!\\p{L})`,
  "u",
);

/** Whether the (lower-cased) question asks whether Erdogan placed the call to Putin. */
export function erdoganDialledAsked(folded: string): boolean {
  return DIALLED_EN.test(folded) || DIALLED_RU.test(folded.replaceAll("ё", "е"));
}
