// How short the reader wants it, said as a size of one ("одной фразой", "в одном предложении", "одним словом"):
// glue beside a topic ("вывод статьи одной фразой" asks for the conclusion), and alone, or beside words of the
// story in brief ("главная мысль … одной фразой"), a request for the story in brief (intents.ts reads it). A size
// of a few counts the same ("суть статьи в 3 предложениях", "двумя-тремя фразами", "в паре строк"): read as
// typed, "предложениях" was the proposals of a peace plan. The accusative counts too ("саммари в три пункта"), and a
// count of points without "в", in either order ("резюме, пунктов пять").
import { leanRegExp } from "../../lib/lean-regexp.js";

/** The phrases, as the lexicon drops them (normalised words). */
export const RUSSIAN_BREVITY_PHRASES: readonly string[] = [
  "одной фразой",
  "одной строкой",
  "одной строчкой",
  "одним предложением",
  "одним абзацем",
  "одним словом",
  "в одной фразе",
  "в одной строке",
  "в одной строчке",
  "в одном предложении",
  "в одном абзаце",
  "в одно предложение",
  "в одну фразу",
  "в одну строку",
  // A message's size: "в один твит", "одним твитом", "в одной смс" (quality-ru41).
  ...oneMessageSizes(),
  ...fewSizes(),
];

/** "в один твит", "в одном твите", "одним твитом", "в твит", "в одно сообщение": one short message as the size. */
function oneMessageSizes(): string[] {
  const out: string[] = [];
  for (const [inOne, inIt] of [
    ["в один", ["твит", "пост", "тред"]],
    ["в одном", ["твите", "посте", "сообщении", "смс"]],
    ["одним", ["твитом", "постом", "сообщением", "смс"]],
    ["в одно", ["сообщение", "смс"]],
    ["в одну", ["смс", "эсэмэску", "смску"]],
    ["в одной", ["смс", "смске", "эсэмэске"]],
  ] as const)
    for (const unit of inIt) out.push(`${inOne} ${unit}`);
  out.push("в твит", "в твите", "твитом", "в формате твита");
  return out;
}

/** "в трех предложениях", "в 3 фразах", "двумя предложениями", "в паре строк", "в нескольких абзацах". */
function fewSizes(): string[] {
  const inUnits = ["предложениях", "фразах", "строках", "строчках", "абзацах", "пунктах", "словах"];
  const byUnits = ["предложениями", "фразами", "строками", "строчками", "абзацами", "пунктами"];
  const ofUnits = ["предложений", "фраз", "строк", "строчек", "абзацев", "пунктов"];
  const out: string[] = [];
  for (const n of ["2", "3", "4", "5", "двух", "трех", "четырех", "пяти", "нескольких"])
    for (const u of inUnits) if (u !== "словах" || /\d/.test(n)) out.push(`в ${n} ${u}`);
  for (const n of [
    "2",
    "3",
    "4",
    "5",
    "двумя",
    "тремя",
    "четырьмя",
    "пятью",
    "несколькими",
    "2 3",
    "двумя тремя",
  ])
    for (const u of byUnits) out.push(`${n} ${u}`);
  for (const u of ofUnits) out.push(`в паре ${u}`, `парой ${u}`, `пару ${u}`, `в пару ${u}`);
  // "в три пункта", "в две строчки", "в пять пунктов": the count in the accusative takes another case after it.
  const ofOne = ["пункта", "предложения", "строки", "строчки", "абзаца", "фразы"];
  for (const n of ["2", "3", "4", "два", "две", "три", "четыре"])
    for (const u of ofOne) out.push(`в ${n} ${u}`);
  for (const n of ["5", "пять", "несколько"]) for (const u of ofUnits) out.push(`в ${n} ${u}`);
  // Without "в", the count before or after its unit ("три пункта", "пункта три", "пунктов пять", "пара пунктов"):
  // the inverted order is chat's "about three".
  const counted = ["пункта", "тезиса"];
  for (const n of ["2", "3", "4", "два", "три", "четыре"])
    for (const u of counted) out.push(`${n} ${u}`, `${u} ${n}`);
  for (const n of ["5", "6", "пять", "шесть"])
    for (const u of ["пунктов", "тезисов"]) out.push(`${n} ${u}`, `${u} ${n}`);
  out.push("пара пунктов", "пара тезисов", "пару тезисов");
  return out;
}

/** The same phrases as a cue of the story in brief, for `summaryCues`. */
export const RUSSIAN_BREVITY_CUE = leanRegExp(`(?:^| )(?:${RUSSIAN_BREVITY_PHRASES.join("|")})(?= |$)`, "g");
