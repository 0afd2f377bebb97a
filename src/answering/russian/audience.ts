// Who the answer should be plain enough for ("объясни как для бабушки, что россия думает…", "расскажи для
// пенсионера…", "как для пятилетнего", «как пятикласснику», quality39): glue beside a topic, as the brevity and size words are. Read as typed, the
// audience was an unknown word that thinned the topic's score and left the question unsure. Alone, the same words
// still ask for the story in brief (intents.ts reads them as a summary cue on the words as typed).

/** The audience in the genitive, as "для …" takes it (normalised: ё is е). */
const AUDIENCE =
  `бабушки бабули бабушек дедушки деда дедов пенсионера пенсионеров пенсионерки ребенка детей малыша
  пятилетнего пятилетки шестилетнего семилетнего школьника школьников первоклассника первоклашки подростка
  второклассника третьеклассника четвероклассника пятиклассника шестиклассника семиклассника восьмиклассника
  пятиклашки ребенка-школьника десятилетнего двенадцатилетнего
  чайника чайников новичка новичков обывателя обывателей дилетанта дилетантов мамы папы тупых тупого дураков`
    .split(/\s+/)
    .filter(Boolean);

/** The audience in the dative, as "объясни как …" takes it without "для" ("как пятилетке", "как ребенку"). */
const AUDIENCE_DATIVE =
  `бабушке бабуле деду дедушке пенсионеру пенсионерке ребенку детям малышу пятилетке пятилетнему шестилетнему
  семилетнему школьнику школьникам первокласснику первоклашке подростку чайнику чайникам новичку обывателю
  второкласснику третьекласснику четверокласснику пятикласснику шестикласснику семикласснику восьмикласснику
  пятиклашке десятилетнему двенадцатилетнему
  дилетанту маме папе тупому дураку`
    .split(/\s+/)
    .filter(Boolean);

/** "как для бабушки", "для бабушки", "будто для бабушки", "как бабушке": dropped as the lexicon drops stop phrases. */
export const RUSSIAN_AUDIENCE_PHRASES: readonly string[] = [
  ...AUDIENCE.flatMap((who) => [`как для ${who}`, `для ${who}`, `будто для ${who}`, `словно для ${who}`]),
  ...AUDIENCE_DATIVE.flatMap((who) => [`как ${who}`, `будто ${who}`, `словно ${who}`]),
];

/** A child's age in words or digits (2 to 14), as "мне десять лет" gives it. */
const CHILD_AGE =
  "(?:два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|тринадцать|четырнадцать|(?:[2-9]|1[0-4])(?!\\d))";
/** The same age joined to "-летний" ("восьмилетнему", "10-летнему"). */
const CHILD_AGED =
  "(?:двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|одиннадцати|двенадцати|тринадцати|четырнадцати|(?:[2-9]|1[0-4])-?)летн\\p{L}*";
/** The asker as a child of that age: "так, будто мне десять лет", "как если бы мне было 7", "как восьмилетнему". */
const CHILD_FRAME = new RegExp(
  `(?:,?\\s*так,?)?\\s+(?:как\\s+будто|будто|словно|как\\s+если\\s+бы|как)\\s+мне\\s+(?:бы\\s+)?(?:было\\s+)?${CHILD_AGE}(?:\\s+(?:лет|годиков|годика|года|год))?(?:\\s+было)?(?!\\p{L})|\\s+(?:как|для|будто|словно)\\s+(?:для\\s+)?${CHILD_AGED}(?!\\p{L})`,
  "iu",
);

/**
 * The asker's age given as a child's, the way to tell the answer (quality40ru: "Перескажи статью так, будто мне
 * десять лет", "объясни как будто мне семь, о чём статья", "кого винит путин, как восьмилетнему"): read as "как для
 * ребенка", the audience above — glue beside a topic, alone a request for the story in brief. Read as typed, the age
 * was a figure and the request was refused.
 */
export function withChildAgeAsAudience(text: string): string {
  if (text.length > 200 || !/мне|летн/iu.test(text)) return text;
  const frame = CHILD_FRAME.exec(text);
  if (frame === null) return text;
  return `${text.slice(0, frame.index)} как для ребенка${text.slice(frame.index + frame[0].length)}`;
}

/** Who is to understand, in the nominative: a relative, a child, a beginner, anyone, the asker. */
const UNDERSTANDER =
  "(?:бабушка|бабуля|бабушки|дедушка|дед|дедуля|мама|мамка|папа|родители|реб[её]нок|дети|малыш|сын|дочь|дочка|сестра|брат|школьник|школьница|первоклассник|первоклашка|пятиклассник|ученик|студент|пенсионер|пенсионерка|новичок|чайник|подросток|обыватель|иностранец|человек|люди|любой|каждый|всякий|кто\\s+угодно|все|я|мы)";
/** The same, in the dative ("чтобы было понятно школьнику"): the audience list and the plain ones. */
const UNDERSTANDER_DATIVE = `(?:${AUDIENCE_DATIVE.join("|")}|реб[её]нку|мне|нам|любому|каждому|всем|человеку|людям|ученику|студенту|сыну|дочери|дочке|сестре|брату|иностранцу)`;
/** Whose: "моя бабушка", "даже мой дед", "пожилой человек". */
const WHOSE =
  "(?:(?:даже|и|мо[йяиеё]|наш[аие]?|ваш[аие]?|тво[йяиеё]|пожил\\p{L}*|старенк\\p{L}*|маленьк\\p{L}*|обычн\\p{L}*|простой|простая|простые|любой)\\s+)*";
/** Understanding: "понял(а)", "разобрался", "смог понять". */
const UNDERSTOOD =
  "(?:понял|поняла|поняли|понимал|понимала|разобрал(?:ся|ась|ись)|(?:смог|смогла|смогли|мог|могла|могли)\\s+(?:бы\\s+)?(?:понять|разобраться))";
/** What may follow the one who understands: "далёкий от политики", "который ничего не знает", "не разбирающийся…". */
const UNDERSTANDER_TAIL =
  "(?:\\s*,?\\s+(?:дал[её]к\\p{L}*|не\\s+\\p{L}+|без\\s+\\p{L}+|котор\\p{L}*|ничего|совсем|вообще|никогда)[^,.!?;]*)?";
/** "так, чтобы поняла моя бабушка", "чтобы даже мама поняла", "так чтобы было понятно школьнику". */
const UNDERSTOOD_BY = new RegExp(
  `[,\\s]*(?:так,?\\s*)?(?:чтобы|чтоб)\\s+(?:бы\\s+)?(?:${WHOSE}${UNDERSTANDER}(?:\\s+бы)?(?:\\s+(?:тоже|сразу|легко|точно))?\\s+${UNDERSTOOD}|${WHOSE}${UNDERSTOOD}(?:\\s+бы)?\\s+${WHOSE}${UNDERSTANDER}${UNDERSTANDER_TAIL}|(?:даже\\s+)?(?:было\\s+)?понятно(?:\\s+было)?\\s+${WHOSE}${UNDERSTANDER_DATIVE}${UNDERSTANDER_TAIL})(?:\\s+(?:вс[её]|это|его|е[её]|суть))?(?!\\p{L})[,.!]?`,
  "iu",
);

/**
 * The asker's audience told as who should understand (quality42ru: "Перескажи новость так, чтобы поняла моя
 * бабушка", "объясни так, чтобы понял человек, далёкий от политики", "изложи так, чтобы было понятно школьнику"): read
 * as «простыми словами», the manner glue the lexicon drops beside a topic and reads alone as the story in brief (the
 * English "so a kid can understand" is answer-manner.ts's). Read as typed, "поняла" and "бабушка" were unknown words
 * and the request was refused.
 */
export function withUnderstoodByAsPlainWords(text: string): string {
  if (text.length > 200 || !/чтоб/iu.test(text)) return text;
  const frame = UNDERSTOOD_BY.exec(text);
  if (frame === null) return text;
  return `${text.slice(0, frame.index)} простыми словами${text.slice(frame.index + frame[0].length)}`
    .replace(/\s{2,}/gu, " ")
    .trim();
}
