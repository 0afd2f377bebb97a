// What Russia is doing or up to in the region, asked in everyday or slang words ("чё кремль там мутит на ближнем
// востоке", "что россия затевает на ближнем востоке", "что москва там делает"): the article's answer is the role
// the Kremlin means to play (kremlin-settlement-role: a constructive role, readiness to help find a settlement).
// Read as typed, "делает"/"мутит" are no word of the knowledge base, and the Kremlin and the Middle East alone were
// ambiguous. A question word (что, чё, чего…) and Russia by one of its names must both stand; Putin's own doings
// ("что путин делает"), the Foreign Ministry's aims (its own entry) and a purpose asked ("что кремль делает, чтобы
// казаться беспристрастным") are not read here.

import { foldedRussian } from "./plain-text.js";

const WHAT = /(?<!\p{L})(?:что|чо|чё|че|шо|чего|чем)(?!\p{L})/u;
const RUSSIA = /(?<!\p{L})(?:кремл\p{L}*|росси\p{L}*|москв\p{L}*|рф|русски\p{L}*)(?!\p{L})/u;
const DOING =
  /(?<!\p{L})(?:дела(?:ет|ют|ла|ли)|мут(?:ит|ят|ил|или)|затева(?:ет|ют|л|ли)|замышля(?:ет|ют|л|ли)|твор(?:ит|ят|ил|или)|задумал\p{L}*|задумыва(?:ет|ют)|крут(?:ит|ят)|химич(?:ит|ат|ил|или)|заним(?:ается|аются|ался|ались)|добива(?:ется|ются))(?!\p{L})/u;

const PRETENDING = /(?<!\p{L})(?:дела(?:ет|ют|ла|ли)|сдела(?:ть|ет|л))\s+(?:\p{L}+\s+)?вид(?!\p{L})/u;

/** The Kremlin's role question when Russia's doings there are asked, or the question as typed. */
export function asRussianKremlinDoing(text: string): string {
  if (text.length > 120) return text;
  const plain = foldedRussian(text);
  if (/(?<!\p{L})(?:путин\p{L}*|мид\p{L}*|министерств\p{L}*|ведомств\p{L}*|чтобы)(?!\p{L})/u.test(plain))
    return text;
  // (quality47ru) «делает вид» is pretending (a doubt of Russia's neutrality), not Russia's doings.
  if (PRETENDING.test(plain)) return text;
  return WHAT.test(plain) && RUSSIA.test(plain) && DOING.test(plain)
    ? "какую роль хочет играть кремль"
    : text;
}
