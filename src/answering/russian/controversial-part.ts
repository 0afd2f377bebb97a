// What the article calls controversial, asked open in Russian ("что в статье названо спорным?", "какая часть истории
// спорная?"): the article's one such remark is that Russia's involvement in the peace process is not without
// controversy (English twin: ../controversial-part.ts). Read as typed, "названо" asked for names (the regional players
// the article does not name, refused) or fell between cards. A reason asked ("почему", "чем", "из-за чего") stays.

const DISPUTED = /(?<!\p{L})(?:спорн\p{L}*|споры|спорам|противоречив\p{L}*|неоднозначн\p{L}*)/u;
const OPEN = /^(?:а\s+|и\s+|так\s+)?(?:что|какая|какой|какое|какие|в\s+ч[её]м)(?!\p{L})/u;
const REASON = /(?<!\p{L})(?:почему|зачем|чем|причин\p{L}*|из-за)(?!\p{L})/u;
/**
 * «роль россии в урегулировании неоднозначна?», «участие москвы спорное?»: Russia's part asked yes/no as disputed
 * (dialog-r3-36: read as the reasons card, the checker's "doesn't say"). A negation is left as typed.
 */
const RUSSIA_PART =
  /^(?:а\s+|и\s+|так\s+)?(?:роль|участие|вовлеч[её]нность|посредничество)\s+(?:россии|москвы|рф|кремля)(?!\p{L})/u;
const NEGATED = /(?<!\p{L})(?:не|ни|нет)(?!\p{L})/u;

/** The question read as whether Russia's involvement is disputed, or as it came. */
export function asRussianControversialPart(text: string): string {
  if (text.length > 160) return text;
  const lower = text.toLowerCase().replace(/ё/g, "е").trim();
  if (!DISPUTED.test(lower) || REASON.test(lower)) return text;
  if (!OPEN.test(lower) && !(RUSSIA_PART.test(lower) && !NEGATED.test(lower))) return text;
  return "вызывает ли участие россии в мирном процессе споры?";
}
