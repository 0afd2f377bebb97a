// "wat did putin say to erdogan abt gaza", «что путин сказал эрдогану про газу»: what Putin told Erdogan about the
// conflict is the call's content (an immediate ceasefire, talks resumed); the place or side named after "about" is the
// conflict the call was about, not another topic. Read with it, the engine found the casualties card by "Gaza" (d71-11).
// Only a matter of the conflict is dropped: "…about the US" asks something the call's sentence does not hold.
import { lean } from "../lib/lean-regexp.js";

const TOLD_EN = lean(
  /^((?:(?:so|and|ok|okay)[, ]+)?(?:what|wat|wht) (?:did|does|has) putin (?:say|tell|said|told)(?: to)? (?:erdogan|the turkish (?:leader|president)|turkey'?s (?:leader|president)))[, ]+(?:about|abt|on|regarding|re|concerning) ([\p{L}' -]{2,60}?)\s*([?!.]*)\s*$/iu,
);
const TOLD_RU = lean(
  /^((?:(?:а|и|так)[, ]+)?что (?:путин (?:сказал|говорил|сообщил)|(?:сказал|говорил|сообщил) путин) эрдогану)[, ]+(?:про|о|об|насч[её]т) ([\p{L} -]{2,60}?)\s*([?!.]*)\s*$/iu,
);
const MATTER =
  /^(?:the |a |this |that |whole |current |ongoing |situation |in |and |between |strip |сектор\p{L}* |ситуаци\p{L}* |в |и |между )*(?:gaza|israel\p{L}*|hamas|palestin\p{L}*|war|conflict|fighting|violence|situation|crisis|middle east|ceasefire|truce|casualties|civilians|газ\p{L}*|израил\p{L}*|хамас\p{L}*|палестин\p{L}*|войн\p{L}*|конфликт\p{L}*|насили\p{L}*|ситуаци\p{L}*|ближн\p{L}* восток\p{L}*|кризис\p{L}*|перемири\p{L}*|бо(?:и|ях|ев))(?: (?:and|in|between|strip|и|в|между|сектор\p{L}*|(?:gaza|israel\p{L}*|hamas|газ\p{L}*|израил\p{L}*|хамас\p{L}*)))*$/iu;

/** The question without its "about <the conflict>" when it asks what Putin told Erdogan; the text itself otherwise. */
export function withoutCallMatter(text: string): string {
  if (text.length > 160) return text;
  const m = TOLD_EN.exec(text) ?? TOLD_RU.exec(text);
  if (!m?.[1] || !m[2] || !MATTER.test(m[2].trim())) return text;
  return `${m[1]}${m[3] || "?"}`;
}
