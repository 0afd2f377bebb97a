// Kind: "он говорил про прекращение огня?" after Peskov, "did the foreign ministry mention a ceasefire?": a thing
// the article does report, but from another voice (Putin's call), asked of a voice whose own quotes never hold it.
// mentioned-by.ts says nothing where the voice's quotes lack the thing (it may be a near word), and the claim
// checker then read "Peskov spoke of a ceasefire" against Peskov's quote as No — yet the article never says he
// did not. Where the entry the thing finds quotes another voice holding every word of it, or quotes other voices
// and never this one ("перемирие" finds Putin's call), the article doesn't say that this voice spoke of it; the evidence is that entry, so the card shows whose words hold the thing (Putin's
// call). Never Yes or No here.
import type { Answer, AttributedQuote, Lang } from "../answering/types.js";

/** The entry the thing itself finds, where it gives the thing to another reported voice; else null. */
export function saidByAnother(
  thing: string,
  speakerId: string,
  lang: Lang,
  findAnswer: (question: string, lang: Lang) => Answer,
  holds: (q: AttributedQuote) => boolean,
): Answer | null {
  const found = findAnswer(thing, lang);
  if (!found.answered || found.kind !== "entry") return null;
  const other = found.quotes.filter((q) => q.voice === "reported" && q.speakerId !== speakerId);
  const own = found.quotes.some((q) => q.speakerId === speakerId);
  return other.some(holds) || (other.length > 0 && !own) ? found : null;
}
