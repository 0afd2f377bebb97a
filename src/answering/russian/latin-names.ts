// The story's names typed in Latin letters inside a Russian question ("кто входит в Quartet", "Foreign Ministry
// россии чего добивается", "раша дружит с Hamas?"), and Russia and the US by their slang names (раша, рашка, амеры,
// пиндосы): put in the Cyrillic the Russian readers look for. The lexicon knew the Latin names, but every shape
// reader after this one matches Cyrillic (ministry-position.ts, kremlin-doing.ts, phone-check.ts…), so "Foreign
// Ministry" beside "чего добивается" was read as the Kremlin's role; and "раши" was corrected to "ради" (quality-ru43).
// Only names the article has (the US is left as typed: the lexicon reads its Latin names as they are), whole words; an English phrase around them is no Russian question's, so a
// message with no Cyrillic word is left as typed.
import { lean } from "../../lib/lean-regexp.js";

/** A Latin name (lower case, words apart by spaces) and its Cyrillic form. Longer names first. */
const LATIN_NAMES: readonly (readonly [string, string])[] = [
  ["russian foreign ministry", "МИД России"],
  ["ministry of foreign affairs", "МИД"],
  ["foreign ministry", "МИД"],
  ["foreign office", "МИД"],
  ["mfa", "МИД"],
  ["vladimir putin", "Владимир Путин"],
  ["dmitry peskov", "Дмитрий Песков"],
  ["recep tayyip erdogan", "Эрдоган"],
  ["united nations", "ООН"],
  ["european union", "ЕС"],
  ["middle east", "Ближний Восток"],
  ["gaza strip", "сектор Газа"],
  ["putin", "Путин"],
  ["peskov", "Песков"],
  ["erdogan", "Эрдоган"],
  ["kremlin", "Кремль"],
  ["quartet", "квартет"],
  ["hamas", "ХАМАС"],
  ["russia", "Россия"],
  ["moscow", "Москва"],
  ["israel", "Израиль"],
  ["gaza", "Газа"],
  ["turkey", "Турция"],
];

/** Slang names of Russia, the US and Putin, every case form. */
const SLANG: readonly (readonly [RegExp, string])[] = [
  [/^(?:раш(?:а|и|е|у|ей|ой)|рашк(?:а|и|е|у|ой)|рашн|рашен)$/u, "россия"],
  [
    /^(?:амер(?:ы|ов|ам|ами|ах)|америкос(?:ы|ов|ам|ами|ах)?|пиндос(?:ы|ов|ам|ами|ах)?|пендос(?:ы|ов|ам|ами|ах)?)$/u,
    "американцы",
  ],
  [/^(?:пиндостан\p{L}*|пиндоси(?:я|и|ю|ей))$/u, "сша"],
  // "пу" for Putin in chat ("пу за прекращение огня топит?", quality44ru): no Russian word of its own.
  [/^пу$/u, "путин"],
];

const CYRILLIC = lean(/\p{Script=Cyrillic}/u);

/** The story's names as single Latin words ("putin", "gaza"): names, not transliterated Russian words. */
export const LATIN_STORY_NAMES: ReadonlySet<string> = new Set(
  LATIN_NAMES.flatMap(([latin]) => latin.split(" ")).filter((w) => w.length > 3),
);
/** Names ending in a hard consonant that take a Russian case ending as typed, with or without an apostrophe
 * ("Erdogan'у", "Erdoganу", "Putin'а", "Hamas'ом"; wave CB, quality51ru): the ending goes onto the Cyrillic name. As
 * typed, the apostrophe split «Эрдоган'у» in two and the Cyrillic ending glued to a Latin word kept the name
 * unread, so «Что Путин сказал Erdogan'у насчёт Штатов?» was read as the call, not as what Putin said of the US. */
const DECLINED = /(?:putin|peskov|erdogan|hamas|quartet)$/u;
const NAME_PATTERNS = LATIN_NAMES.map(
  ([latin, cyrillic]) =>
    [
      new RegExp(
        `(?<![\\p{L}-])${latin.replace(/ /g, "\\s+")}${DECLINED.test(latin) ? "(?:['’ʼ]?([а-яё]{1,3}))?" : "()"}(?![\\p{L}])`,
        "giu",
      ),
      cyrillic,
    ] as const,
);

/** The question with the story's Latin names and the slang names in Cyrillic; as typed without a Cyrillic word. */
export function withRussianNames(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  let out = text;
  if (/[a-z]/i.test(out))
    for (const [pattern, cyrillic] of NAME_PATTERNS)
      out = out.replace(pattern, (_name, ending: string | undefined) => `${cyrillic}${ending ?? ""}`);
  return out.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase().replace(/ё/g, "е");
    const slang = SLANG.find(([pattern]) => pattern.test(lower));
    return slang ? slang[1] : word;
  });
}
