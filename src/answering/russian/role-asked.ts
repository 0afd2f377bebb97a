// The office of one of the story's people, asked in Russian ("эрдоган кто по должности в статье", "какая
// должность у эрдогана", "какой титул у путина в тексте", "путин в статье кем назван", "кем работает песков"): read
// as who that person is, the entry that gives the role the article names. Read as typed, "должность" and "титул"
// are words no entry of that person uses, so the ranker weighed "кто" against every who-is entry and was unsure
// (or took Putin's, whose entry happens to say "должность"). Only when nothing but the person, a word of office
// and glue is asked: "кто по должности песков и что он заявил" asks more, and stays as typed.
import { foldedRussian } from "./plain-text.js";

/** The story's people, each by the words a reader types for them (the name in any case ending, first names). */
export const PEOPLE: [string, RegExp][] = [
  ["путин", /^(?:путин(?:а|у|ым|ом|е)?|владимир(?:а|у|ом|е)?|putin)$/],
  ["песков", /^(?:песков(?:а|у|ым|ом|е)?|дмитри(?:й|я|ю|ем|и)|peskov)$/],
  ["эрдоган", /^(?:эрдоган(?:а|у|ом|е)?|реджеп(?:а|у|ом|е)?|тайип(?:а|у|ом|е)?|erdogan|erdoğan)$/],
];

/** Words of office and of how the article names someone. */
const OFFICE =
  /^(?:должност\S*|пост|поста|посту|постом|титул\S*|статус\S*|звани[еяю]|званием|професси\S*|работает|работал|назван|назвали|называют|называется|называет|представлен|представлена|представляет|значится|числится)$/;

/** Glue a role question carries: question words, "у", "по", "в статье", "вообще". */
const GLUE = new Set(
  `кто кем какой какая какую какое каков какова что чем за у по в на это он его такой вообще статье статья
  тексте тексту текст истории новости материале этой данной согласно занимает занимал имеет носит был является
  там же а и ли именно собственно`.split(/\s+/),
);

/**
 * A head of a country, guessed with the country ("эрдоган это президент ирана вроде?", "Erdogan это президент
 * Египта или кто?"): whoever the country is, the person's role is what the article names (quality-ru42). Read as
 * typed, a country the article never names refused the question as outside it.
 */
const HEAD =
  /^(?:пр[еи]з[еи]дент(?:ом)?|лидер|лидером|глава|главой|премьер|премьером|премьер-министр(?:ом)?|правитель|правителем|министр(?:ом)?|посол|послом|генсек(?:ом)?|канцлер(?:ом)?|спикер(?:ом)?|пресс-секретар\S*|секретар\S*|председател\S*)$/;
/** An office guessed in more words ("министр иностранных дел", "глава мида россии", "пресс-секретарь кремля"):
 * the office's own words, or the country it is of (quality-ru48). */
const OFFICE_OF =
  /^(?:иностранн\S*|дел|мид\S*|министерств\S*|правительств\S*|оборон\S*|росси\S*|рф|турци\S*|кремл\S*|израил\S*|стран\S*|государств\S*|по|вопросам|связям|печати|внешн\S*|политик\S*|безопасност\S*|совета|совбеза)$/;
/** Which country asked ("путин президент какой страны", «какой страны президент путин»): the person's role too
 * (quality37: read as typed, the question went ambiguous, or to Putin's silence on Russia's role). */
const WHICH = /^(?:какой|какого|какая|какую|каких|которой|которого|чей|чья|чего)$/;
const COUNTRY = /^(?:стран\S*|государств\S*)$/;
const GUESS_TAIL = new Set(
  "вроде или кто нет да ведь правда же что ли наверное кажется так верно правильно точно".split(" "),
);

/** The Russian question as who the person is, or as it came. */
export function asRussianRoleAsked(s: string): string {
  const words = foldedRussian(s).split(" ");
  const guessed = headGuessed(words);
  if (guessed !== null) return `кто такой ${guessed}`;
  if (words.length > 10 || !words.some((w) => OFFICE.test(w))) return s;
  const people = new Set<string>();
  for (const w of words) {
    if (OFFICE.test(w) || GLUE.has(w)) continue;
    const person = PEOPLE.find(([, form]) => form.test(w));
    if (person === undefined) return s;
    people.add(person[0]);
  }
  return people.size === 1 ? `кто такой ${[...people][0]}` : s;
}

/** "PERSON (это) президент COUNTRY (вроде|или кто)?": the one person, or null. */
function headGuessed(words: string[]): string | null {
  if (words.length > 9) return null;
  const last = PEOPLE.find(([, form]) => form.test(words[words.length - 1] ?? ""));
  const lead = words.slice(0, -1).filter((w) => w !== "это" && w !== "а");
  if (
    last !== undefined &&
    lead.length === 3 &&
    WHICH.test(lead[0]!) &&
    COUNTRY.test(lead[1]!) &&
    HEAD.test(lead[2]!)
  )
    return last[0];
  const at = words.findIndex((w) => HEAD.test(w));
  if (at < 1) return null;
  const person = PEOPLE.find(([, form]) => form.test(words[0]!));
  if (person === undefined) return null;
  const between = words.slice(1, at);
  if (!between.every((w) => w === "это" || w === "же" || w === "ведь" || w === "вроде" || w === "разве"))
    return null;
  // The country alone ("президент ирана"), or the office's own words ("министр иностранных дел россии"), the
  // last of them maybe a country the article never names ("министр иностранных дел ирана").
  const rest = words.slice(at + 1);
  const tail = rest.findIndex((w) => GUESS_TAIL.has(w));
  const office = tail < 0 ? rest : rest.slice(0, tail);
  if (tail >= 0 && !rest.slice(tail).every((w) => GUESS_TAIL.has(w))) return null;
  return office.length <= 1 || office.slice(0, -1).every((w) => OFFICE_OF.test(w) || WHICH.test(w))
    ? person[0]
    : null;
}
