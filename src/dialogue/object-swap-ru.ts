// Kind: a Russian swap of the last question's object, asked by its preposition — «а за жителей газы?» after «путин
// переживает за мирных жителей израиля?», «а против чего?» left to the others. «о/про» swaps are the swap readers'
// own (they ask «что сказал путин про X», right for those). The swap readers
// took the message for a party and asked «что сказал путин про за жителей газы» (no verdict, o86-13#2). Put as the
// last question with what follows the same preposition replaced: «путин переживает за жителей газы». Only a short
// object (no verb, no question word) and only where the last question has that preposition after its first word.
import { fold } from "./language.js";
import type { DialogueContext } from "./types.js";

const ASKED = /^(?:(?:а|и|ну|ну а|а вот)[, ]+)(за|против)[ ]+([\p{L}-]+(?: [\p{L}-]+){0,3})[ ]*\??$/u;
/** A question word or a word that makes the message a clause of its own («а за что?», «а о чём он говорил?»). */
const NOT_OBJECT =
  /(?<!\p{L})(?:что|чем|ч[её]м|кого|кем|ком|кому|чего|чему|него|нее|неё|них|это|этого|этом|тоже|еще|ещ[её]|говорил\p{L}*|сказал\p{L}*|думает|считает)(?!\p{L})/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The last question with its object after that preposition swapped, or null. */
export function objectSwapRuOf(text: string, context: DialogueContext | null): string | null {
  const last = context?.question ? fold(context.question).trim().replace(/\?+$/u, "") : "";
  if (!last || context?.refused || !CYRILLIC.test(last) || last.length > 120) return null;
  const t = fold(text).trim();
  if (t.length > 60) return null;
  const m = ASKED.exec(t);
  const prep = m?.[1];
  const object = m?.[2];
  if (!prep || !object || NOT_OBJECT.test(object)) return null;
  const words = last.split(" ");
  const at = words.indexOf(prep, 1);
  // The last question's object is its end: «путин переживает за мирных жителей израиля», not «…за X что говорит».
  if (at < 1 || at === words.length - 1 || words.length - at > 5) return null;
  if (NOT_OBJECT.test(words.slice(at + 1).join(" "))) return null;
  return `${[...words.slice(0, at), prep, object].join(" ")}?`;
}
