// Kind: why Moscow stresses "that", right after its ties were asked — "why does moscow stress all that", "why does
// the kremlin keep pointing that out", «зачем кремль это подчёркивает?». The verb of stressing found the ceasefire
// card ("Putin emphasized the urgent need…", d105-06#3) and "that" no topic at all. What Moscow highlights, by the
// article, is its relationships with both sides, and why: to present itself as an impartial mediator. Read as "why
// does moscow highlight its ties with both sides?" where the last question asked of ties (the card that answers it
// is Moscow's self-presentation); a named thing after the verb ("why does putin stress a ceasefire") is left as typed.

const TIES_ASKED =
  /(?<!\p{L})(?:ties?|links?|relations?\p{L}*|contacts?|connections?|close|common ground|связ\p{L}*|контакт\p{L}*|отношени\p{L}*|связывает|близк\p{L}*)(?!\p{L})/u;
const STRESSED_EN =
  /^(?:(?:and|so|but|ok|okay|well)[,.!]*\s+){0,2}why (?:does|do|would|is|are) (?:moscow|russia|the kremlin|kremlin|the russians|they|it) (?:(?:keep|keeps|always|even|so|really)\s+)*(?:stress|stressing|emphasi[sz]e|emphasi[sz]ing|highlight|highlighting|point(?:ing)? (?:that|this|it|all (?:that|this)) out|point(?:ing)? out|bring(?:ing)? up|mention|mentioning|play(?:ing)? up|talk(?:ing)? about|tout|touting)(?: (?:all )?(?:that|this|it|those|these|them)(?: out| up)?)?$/u;
const STRESSED_RU =
  /^(?:(?:а|и|так|ну)[,.!]*\s+){0,2}(?:зачем|почему|для чего|с какой целью) (?:(?:же|вообще)\s+)?(?:(?:москва|россия|кремль|русские|они|она|он)\s+)?(?:(?:всё|все|это|об этом|на этом|так)\s+)*(?:подч[её]ркива\p{L}*|выделя\p{L}*|акцентир\p{L}*|упомина\p{L}*|выпячива\p{L}*|говор\p{L}*|заостря\p{L}*)(?: (?:всё это|все это|это|об этом|на этом|внимание|так))*$/u;

/** "why does moscow stress that" after the ties: the ties with both sides asked, or null. */
export function stressedTiesOf(text: string, lastQuestion: string | undefined): string | null {
  if (!lastQuestion || !TIES_ASKED.test(lastQuestion.toLowerCase())) return null;
  const folded = text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[?!.\s]+$/u, "")
    .trim();
  if (STRESSED_EN.test(folded)) return "why does moscow highlight its ties with both sides?";
  if (STRESSED_RU.test(folded)) return "зачем москва подчеркивает свои связи с обеими сторонами?";
  return null;
}
