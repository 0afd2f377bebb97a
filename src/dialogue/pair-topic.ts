// Kind: the two warring sides asked about as a topic, bare — "ok what about israel and hamas then", «а про израиль и
// хамас что», «что насчёт хамаса и израиля?». Read alone it found the card naming the fighting sides (or the one on
// Hamas), which says only who fights; what the article says about them is the story itself. So the message is read
// as "what is the article about?" (the summary). A question with a verb of its own ("does russia talk to israel and
// hamas?") is not this kind (dialog37b, d85-37#2).
import { lean } from "../lib/lean-regexp.js";

const SIDE_EN = "(?:the )?(?:israel|israelis|hamas|palestinians|gaza)";
const PAIR_TOPIC_EN = lean(
  new RegExp(
    `^(?:(?:and|so|but|ok|okay|well|fine|alright|hm+)[, ]+)*(?:what about|how about|what of|and about|about|anything (?:on|about)|what's there (?:on|about)|whats there (?:on|about))(?: the)? (${SIDE_EN}) (?:and|&|vs\\.?|versus) (${SIDE_EN})(?: (?:then|though|tho|stuff|thing|situation|conflict|war))?$`,
    "u",
  ),
);
const SIDE_RU = "(?:израил\\p{L}*|хамас\\p{L}*|палестин\\p{L}*|газ[аеуы])";
const PAIR_TOPIC_RU = lean(
  new RegExp(
    `^(?:(?:а|и|ну|ладно|так|хорошо|ок)[, ]+)*(?:(?:что|чего) )?(?:про|о|об|насчет|по поводу) (${SIDE_RU}) (?:и|с|vs) (${SIDE_RU})(?: (?:что|что там|что в статье|что пишут|что говорится|тогда))?$`,
    "u",
  ),
);

/** "what is the article about?" for a bare question on the two warring sides; null for any other message. */
export function pairTopicOf(typed: string): string | null {
  const text = typed
    .trim()
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[?!.…\s]+$/u, "")
    .replace(/\s+/gu, " ");
  if (text.length > 80) return null;
  const ru = PAIR_TOPIC_RU.exec(text);
  const en = ru ? null : PAIR_TOPIC_EN.exec(text);
  const sides = (ru ?? en)?.slice(1, 3).map((s) => s.replace(/^the /u, "").slice(0, 4));
  if (!sides || sides[0] === sides[1]) return null;
  return ru ? "о чём статья?" : "what is the article about?";
}
