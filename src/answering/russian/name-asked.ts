// A story person's name asked in Russian ("как полностью зовут турецкого лидера?", "какое полное имя у эрдогана",
// "как зовут пескова по имени?", "имя путина какое в тексте"): read as who the person is, whose card names them in
// full (Реджеп Тайип Эрдоган, Владимир Путин, Дмитрий Песков). Read as typed, the question stayed unsure between the
// person's card, his views and the call, or was refused (quality26). A person the article never names ("как зовут
// макрона") keeps the question as typed.
import { foldedRussian } from "./plain-text.js";

/** "полное имя", "как (полностью) зовут", "имя", "имя и отчество", "фамилия", "по имени"; not "от имени" (on behalf). */
const NAME_ASKED =
  /(?<!\p{L})(?<!(?:от|во)\s)(?:имя|имени|именем|зовут|звать|фамили\p{L}*|отчеств\p{L}*|полностью\s+назван\p{L}*)(?!\p{L})/u;
/** Someone else of the person's ("как зовут жену эрдогана", "имя собаки путина"): that name the article never gives. */
const OTHER_PERSON =
  /(?<!\p{L})(?:жен\p{L}*|супруг\p{L}*|муж\p{L}*|сын\p{L}*|доч\p{L}*|дет\p{L}*|ребен\p{L}*|мам\p{L}*|мать|матер\p{L}*|отц\p{L}*|отец|пап\p{L}*|брат\p{L}*|сестр\p{L}*|внук\p{L}*|внучк\p{L}*|собак\p{L}*|пс\p{L}*|кот|кота|коту|котом|коте|коты|котов|котик\p{L}*|кошк\p{L}*|помощник\p{L}*|охранник\p{L}*|водител\p{L}*|советник\p{L}*|министр\p{L}*|партии|партия|самолет\p{L}*)(?!\p{L})/u;
const PERSONS: readonly (readonly [RegExp, string])[] = [
  [
    /(?<!\p{L})(?:эрдоган\p{L}*|турецк\p{L}*\s+(?:лидер|президент)\p{L}*|(?:лидер|президент)\p{L}*\s+турци\p{L}*)/u,
    "эрдоган",
  ],
  [/(?<!\p{L})(?:песков\p{L}*|пресс-секретар\p{L}*|представител\p{L}*\s+кремля)/u, "песков"],
  [
    /(?<!\p{L})(?:путин\p{L}*|(?:лидер|президент)\p{L}*\s+росси\p{L}*|российск\p{L}*\s+(?:лидер|президент)\p{L}*)/u,
    "путин",
  ],
];

/** The question as «кто такой <person>» when a story person's name is asked, or as it came. */
export function asRussianNameAsked(text: string): string {
  if (text.length > 120) return text;
  const plain = foldedRussian(text);
  if (!NAME_ASKED.test(plain) || OTHER_PERSON.test(plain)) return text;
  const found = PERSONS.filter(([pattern]) => pattern.test(plain));
  return found.length === 1 ? `кто такой ${found[0]![1]}` : text;
}
