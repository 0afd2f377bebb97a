// A dispute told and settled by a bare "кто прав?" ("жена говорит, что путин звонил нетаньяху, а я думаю что
// эрдогану. кто прав?", "коллега говорит что путин … , я говорю ты гонишь. кто прав?", "брат утверждает, что кремль
// не разговаривает с хамасом, я не согласен. кто из нас прав по статье?"): the question is the claim disputed, asked
// as a yes/no question of its own ("путин звонил нетаньяху?") — the other side's claim, told first — as English closing-question.ts reads "who's right?".
// Read whole, the asker's chatter and both sides' words made one question of the story, and a name in the claim
// ("нетаньяху") refused it. Only the claim after a verb of saying or believing and "что", up to the asker's own
// side ("а я…", "я говорю…") or the sentence's end; the message must close with the dispute question.
import { foldedRussian } from "./plain-text.js";

/** The closing question that settles a dispute, with nothing of its own. */
const WHO_IS_RIGHT =
  /(?:^|[.!?…,;]\s*|\s)(?:(?:ну|так|и|а)\s+)?(?:кто\s+(?:же\s+)?(?:из\s+нас\s+)?(?:прав|права|правы)|(?:он|она|они)\s+(?:прав|права|правы)|так\s+это\s+или\s+нет|кто\s+ближе\s+к\s+правде)(?:\s+(?:в\s+итоге|тут|здесь|по\s+статье|по\s+тексту|согласно\s+статье))?\s*[?!.…]*\s*$/u;
/** The other side's verb of saying or believing, then "что": the claim follows. */
const CLAIM_OPENS =
  /(?<!\p{L})(?:говорит|говорят|сказал|сказала|утверждает|утверждают|уверяет|уверяют|твердит|твердят|считает|считают|думает|уверен|уверена|доказывает|заявляет|заявил|пишет|пишут|спорит|настаивает)(?:\s+мне)?,?\s+(?:(?:что|будто|мол)\s+|(?=(?:путин|песков|кремль|мид|москва|россия|эрдоган)(?!\p{L})))/u;
/** Where the asker's own side begins, or the claim's sentence ends. */
const CLAIM_ENDS =
  /(?:,?\s+(?:а|но|и)\s+я(?!\p{L})|,\s*я(?!\p{L})|,?\s+я\s+(?:говорю|думаю|считаю|уверен|уверена|не\s+согласен|не\s+согласна|не\s+верю|спорю)|[.!?…;])/u;

/** The disputed claim asked as a yes/no question, or null (ramble-question.ts reads a message by it). */
export function disputedClaimOf(text: string): string | null {
  if (text.length > 500) return null;
  const lower = text.toLowerCase().replace(/ё/g, "е");
  const closing = WHO_IS_RIGHT.exec(lower);
  if (!closing) return null;
  const story = lower.slice(0, closing.index);
  const opens = CLAIM_OPENS.exec(story);
  if (!opens) return null;
  const rest = story.slice(opens.index + opens[0].length);
  const end = CLAIM_ENDS.exec(rest);
  const claim = foldedRussian(end ? rest.slice(0, end.index) : rest);
  if (claim.split(" ").length < 2) return null;
  return `${claim}?`;
}
