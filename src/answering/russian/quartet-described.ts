// The Quartet asked by a description, not its name («Как называется группа из четырёх посредников?», «Что это за
// четырёхсторонний механизм посредничества?», «Как называется объединение, куда входит Россия?»): the article's
// answer is the Quartet, formed to facilitate Israeli-Palestinian negotiations (quartet-purpose). Read as typed,
// «четырёх»/«четырёхсторонний» are no words of the knowledge base and the group alone was unsure (ambiguous) or off
// the story (out-of-scope). Who is in it («какие страны входят в группу из четырёх») is its membership; talks of four
// sides («четырёхсторонние переговоры») are no group, and a question naming the Quartet is read as typed (quality49ru).
import { foldedRussian } from "./plain-text.js";

/** Four: the number, the foursome, four-sided. */
const FOUR = /(?<!\p{L})(?:четыр\p{L}*|четв[её]рк\p{L}*|четыр[её]хсторонн\p{L}*|4)(?!\p{L})/u;
/** A body: a group, a format, a union, a mechanism, mediators. */
const BODY =
  /(?<!\p{L})(?:групп\p{L}*|формат\p{L}*|объединени\p{L}*|механизм\p{L}*|коалици\p{L}*|структур\p{L}*|посредник\p{L}*|посредничеств\p{L}*|организаци\p{L}*|союз\p{L}*|четв[её]рк\p{L}*)(?!\p{L})/u;
/** The group Russia belongs to, asked by its name: «как называется группа, в которую (куда) входит Россия». */
const RUSSIA_IN =
  /(?<!\p{L})(?:в котор\p{L}+|куда)\s+(?:\p{L}+\s+)?(?:входит|входила|входила|состоит|состояла)\s+(?:\p{L}+\s+)?(?:росси\p{L}*|москв\p{L}*|рф)(?!\p{L})/u;
const NAMED =
  /(?<!\p{L})(?:как\s+(?:она\s+)?называ\p{L}*|название|как\s+зовут|что\s+(?:это\s+)?за|что\s+такое|какой|какая|какое|какую|каком)(?!\p{L})/u;
const MEMBERS =
  /(?<!\p{L})(?:кто|входит|входят|входили|состав\p{L}*|член\p{L}*|участник\p{L}*|какие\s+(?:страны|стороны|государства))(?!\p{L})/u;
/** Not this question: the Quartet by name, talks of four sides. */
const OTHER =
  /(?<!\p{L})(?:квартет\p{L}*|четыр[её]хсторонн\p{L}*\s+(?:\p{L}+\s+)?(?:переговор|встреч|саммит)\p{L}*|сколько|год\p{L}*|лет)(?!\p{L})/u;

/** «что такое квартет» (or its membership) when the Quartet is described, or the question as typed. */
export function asRussianQuartetDescribed(text: string): string {
  if (text.length > 160) return text;
  const plain = foldedRussian(text);
  const described = FOUR.test(plain) && BODY.test(plain);
  const russiaIn =
    RUSSIA_IN.test(plain) && /(?<!\p{L})(?:групп\p{L}*|объединени\p{L}*|формат\p{L}*)(?!\p{L})/u.test(plain);
  if (!(described || russiaIn) || OTHER.test(plain)) return text;
  if (described && MEMBERS.test(plain) && !RUSSIA_IN.test(plain)) return "кто входит в квартет";
  return NAMED.test(plain) ? "что такое квартет" : text;
}
