// Kind: "what for", "for what purpose?", "to achieve what?" (dialog39), «и зачем», «для чего?», «чтобы что?» right after an answer that states its own purpose
// ("the Kremlin maintains open communication with both warring sides and expresses its readiness to contribute to
// reaching a settlement"; the Quartet "formed to facilitate Israeli-Palestinian negotiations"). Read as "why?",
// the message went to the cause reader and found another card (Moscow's wish to seem impartial); the purpose
// asked is the one the last answer gives. Only where the last answer's text names a purpose; else null.
// The bare noun asks it too (dialog45, d109-20#2): "and the goal?", "the aim?", «а цель?», «и какая цель?» after the
// article's conclusion ("…to reach a lasting and just resolution") — the engine found the Kremlin's aim instead.

const PURPOSE_ASKED =
  /^(?:(?:and|but|so|ok|okay|а|и|ну|но)[, ]+)?(?:what for|for what(?: purpose| end)?|to what end|(?:in order |so as )?to (?:achieve|reach|get|accomplish|attain|bring about|do) what|with what (?:aim|goal|purpose)|what'?s the (?:point|purpose|aim|goal)(?: of (?:that|it|this))?|what is the (?:point|purpose|aim|goal)(?: of (?:that|it|this))?|(?:the |its |their |his |her |the end |the final |the ultimate )?(?:goal|aim|purpose|objective)s?|(?:(?:какая|какова) )?(?:цель|конечная цель|их цель|его цель)(?: (?:какая|какова))?|зачем(?: (?:это|им|ему|же|вообще))?|для чего(?: (?:это|им|ему|же))?|с какой целью|ради чего|на что|чтобы что(?: сделать)?|чтобы (?:добиться|достичь|получить) чего|(?:добиться|достичь) чего)(?:,? (?:then|exactly|тогда|именно|же))?\s*\?*$/u;

/** The last answer's own purpose: an aim, a readiness, "in order to", «чтобы», «готовность содействовать». */
const PURPOSE_SAID =
  /(?<!\p{L})(?:readiness to|ready to|aims? to|seeks? to|in order to|so as to|formed to|set up to|to (?:help|assist|contribute|facilitate|stabili[sz]e|achieve|reach|resolve)|готовност\p{L}* (?:содейств|помо|способств)|стремит\p{L}*|чтобы|с целью|ради|призван\p{L}* (?:содейств|способств))/u;

/** Whether `folded` asks the purpose of what `lastAnswer` (its text) says, and that answer names one. */
export function asksStatedPurpose(folded: string, lastAnswer: string): boolean {
  return PURPOSE_ASKED.test(folded.trim()) && PURPOSE_SAID.test(lastAnswer.toLowerCase());
}
