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
