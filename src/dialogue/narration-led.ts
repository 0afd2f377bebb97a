// Kind: "is that Putin saying it?" after an answer the article gives in its own voice ("how could the conflict get
// bigger?" → the escalating violence, the fears it may spread). Such an answer quotes the article's narration
// first and a speaker's reported words beside it (Putin's concern over casualties in the same sentence), so the
// said-by check found Putin among the quoted voices and confirmed him: a false Yes for narration. An answer led by
// the article's own voice is the article's account; it is a speaker's words only when the part the last question
// asked about is that speaker's quote (said-part.ts). Otherwise the reply says the article gives it in its own
// voice and does not put it in the speaker's mouth: "doesn't say", never Yes (and not a flat No either — the
// speaker's own quote sits beside it). An answer of narration alone keeps the said-by check's plain No.
import type { Lang } from "../answering/types.js";

interface VoicedQuote {
  speakerId: string;
}

/**
 * The article's own voice leads quotes that hold another voice too, and the asked part is not `asked`'s quote.
 * (Narration alone is the plain No of the said-by check: "it is the article's own account".)
 */
export function narrationLed(quotes: readonly VoicedQuote[], part: string | null, asked: string): boolean {
  const mixed = quotes.some((q) => q.speakerId !== "article");
  return mixed && quotes[0]?.speakerId === "article" && asked !== "article" && part !== asked;
}

/** "The article gives this in its own voice; it doesn't say Putin said it." */
export function narrationSaid(name: string, lang: Lang): string {
  return lang === "ru"
    ? `Статья излагает это от себя; ${name} этого в ней не говорит.`
    : `The article gives this in its own voice; it doesn't say ${name} said it.`;
}
