// Kind: the grounds of the last answer asked as "how": "how do they justify that", "how does moscow back that up",
// «а как она это доказывает», «чем они это обосновывают» (d60-10, d61-34). The person asks what the claim just
// answered rests on: the "why?" follow-up's question, whose reader gives the curated reason or the article's own
// account. Read as is, "how … prove" found another entry ("not sure which", the Kremlin's settlement role).
// Text in, "why?" / «почему?» out; null when the message is not one of these.
import { lean } from "../lib/lean-regexp.js";

const EN = lean(
  /^(?:(?:and|so|but|ok|okay|well|right|then)[, ]+)*how (?:do|does|did|can|could|would) (?:they|he|she|it|(?:the )?[\p{L}.'-]+) (?:(?:even|actually|really) )?(?:justify|back up|back|prove|support|defend|substantiate|argue for|explain|show) (?:that|this|it|so)(?: (?:claim|position|stance|view|idea|image|line))?(?: up)?(?: then| though| tho| exactly)?\s*\?*$/iu,
);
const RU = lean(
  /^(?:(?:а|и|ну|так)[, ]+)*(?:как|чем|ч[её]м|на ч[её]м|каким образом)(?: же| именно)?(?: (?:он|она|оно|они|[\p{L}-]+))?(?: это)? (?:доказыва\p{L}*|обосновыва\p{L}*|объясня\p{L}*|аргументиру\p{L}*|подкрепля\p{L}*|оправдыва\p{L}*|подтвержда\p{L}*|показыва\p{L}*)(?: (?:это|свою позицию|свои слова|такую позицию))?(?: тогда)?\s*\?*$/iu,
);

export function groundsAskedOf(text: string): string | null {
  if (text.length > 90) return null;
  if (EN.test(text)) return "why?";
  if (RU.test(text)) return "почему?";
  return null;
}
