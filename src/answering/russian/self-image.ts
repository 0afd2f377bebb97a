// How Moscow wants to look in the conflict, asked in everyday Russian ("каким Москва пытается себя выставить в этом
// конфликте", "как Москва хочет выглядеть", "кем Кремль старается казаться", typed loosely: "как масква хочит
// выглядить"): the article's answer is that Moscow strives to present itself as an impartial mediator. Read as
// "как москва представляет себя", the knowledge base's own wording; read as typed, "выставить"/"выглядеть" were
// words it never uses and the question fell to Russia's position or was left unsure (quality45).

/** Russia and its voices, as typed (a vowel typed by ear: "масква", "рассия"). */
const PARTY = "(?:р[ао]сси\\p{L}*|м[ао]скв\\p{L}*|кремл\\p{L}*|путин\\p{L}*|рф)";
/** Wanting or trying, optional: "пытается", "хочет" / "хочит", "стремится", "старается". */
const WANT = "(?:(?:пыта|стара|стрем|хо[чт]|жела|намерен)\\p{L}*)";
/** Looking or showing oneself: "выглядеть", "выставить себя", "показать себя", "подать себя", "казаться". */
const LOOK =
  "(?:выгл[яе]д\\p{L}*|выстав\\p{L}*|показ\\p{L}*|представ\\p{L}*|пода\\p{L}*|позиционир\\p{L}*|казать\\p{L}*|казаться|смотреть\\p{L}*)";
const HOW = "(?:как|каким|какой|какою|кем|в каком (?:свете|образе|виде)|в качестве кого)";

/** "каким москва (пытается) себя выставить", "как москва хочет выглядеть", "кем кремль хочет казаться". */
const SELF_IMAGE = new RegExp(
  `(?<!\\p{L})${HOW} (?:(?:же|вообще|именно|тут|здесь) )?${PARTY}(?: (?:сама|сам|себя|же|вообще))*(?: ${WANT})?(?: (?:себя|сама|сам))*(?: ${WANT})? ${LOOK}(?!\\p{L})`,
  "u",
);

/** How others are to see Moscow: "как москва хочет, чтобы её видели", "каким кремль хочет, чтобы его воспринимали"
 * (wave AO's Russian twin of "how does moscow want people to see it"). */
const WANTS_SEEN = new RegExp(
  `(?<!\\p{L})${HOW} (?:(?:же|вообще|именно) )?${PARTY} ${WANT},? чтобы? (?:(?:е[её]|его|их|россию|москву|кремль) )?(?:(?:люди|все|мир|другие|окружающие|запад) )?(?:видел\\p{L}*|воспринимал\\p{L}*|считал\\p{L}*|рассматривал\\p{L}*|оценивал\\p{L}*)(?!\\p{L})`,
  "u",
);

/** The question as "как москва представляет себя" (with what followed), or as it came. */
export function asRussianSelfImage(text: string): string {
  if (text.length > 200) return text;
  const lower = text.toLowerCase();
  const m = SELF_IMAGE.exec(lower) ?? WANTS_SEEN.exec(lower);
  if (!m) return text;
  return `как москва представляет себя${text.slice(m.index + m[0].length)}`;
}
