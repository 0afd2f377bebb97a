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
