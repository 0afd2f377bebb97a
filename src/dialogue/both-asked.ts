// Kind: "both of them?", "both sides?", "really both?", "с обеими?", "обе стороны?" right after an answer whose
// evidence says "both" ("maintains open communication with both warring sides"): a check of that one word. The
// last answer came back again with no yes/no line. Yes where the evidence's quotes (their translation for a
// Russian reader) or the answer itself say "both"; null otherwise — other readers decide ("both of them?" after
// an answer naming one party is no check this reader can settle).
import type { Answer, Lang } from "../answering/types.js";

const BOTH_EN =
  /^(?:(?:so|and|wait|really|ok|okay|what|hm+)[, ]+)*(?:really |with |to |for )?both(?: of them| sides| parties| of those| of the sides)?(?: really| then| too)?\s*\?+$/iu;
const BOTH_RU =
  /^(?:(?:а|и|ну|так|правда|реально)[, ]+)*(?:(?:с|со|для|у|к) )?(?:обе(?:ими|их|им)?|оба|обоими|обоих)(?: (?:сторон(?:ы|ами|ам|ах)?|ними|их))?(?: (?:правда|сразу|тоже))?\s*\?+$/iu;
const SAYS_BOTH_EN = /(?<!\p{L})both(?!\p{L})/iu;
const SAYS_BOTH_RU = /(?<!\p{L})(?:обе\p{L}*|оба|обоими|обоих|обеих)(?!\p{L})|(?<!\p{L})и с .+ и с /iu;

/** Whether `text` is a bare "both?" check. */
export const asksBoth = (text: string): boolean => BOTH_EN.test(text.trim()) || BOTH_RU.test(text.trim());

/** Yes when the last answer's evidence says "both", else null. */
export function bothVerdict(evidence: Answer, lang: Lang): "yes" | null {
  const ru = lang === "ru";
  const said = [evidence.answer, ...evidence.quotes.map((q) => (ru ? (q.translation ?? "") : q.text))].join(
    " ",
  );
  return (ru ? SAYS_BOTH_RU : SAYS_BOTH_EN).test(said) ? "yes" : null;
}
