// Two Russian turns of a yes/no question read in the plain form the engine's own verdict reads (quality45ru):
// «X упоминается среди тех, с кем у Москвы давние связи?» as «у Москвы давние связи с X?» (among-those.ts) and
// «В статье речь идёт о …?» as «В статье говорится о …?» (speech-about.ts). As typed, the yes/no line had no
// verdict («с кем» read as a question word) or the claim checker's «не сказано» (the dropped «речь идёт» left no
// verb to check), over a card that answers Да. (quality46ru) «Входит ли ХАМАС в круг давних связей России?» as «у
// России давние связи с ХАМАС?» (ties-circle.ts): as typed, Hamas read as the owner of the ties, «не сказано»; and
// «путин говорил про talks?» with the topic word in Russian (english-topic-words.ts). (quality47ru) A learner's broken
// Russian («Извините мой русский плохо. Путин хочет война стоп?») with the apology off and «война стоп» read as the
// ceasefire (learner-grammar.ts): as typed, «хочет война» was read as a want of war and got a false «Нет».
// (quality48ru) «Какую роль хочет играть Кремль — конструктивную?» with the guess asked (which-dash.ts): as typed, an
// open question whose card came without the engine's «Да». An emigrant's story asking about such people as the former
// Russian citizens in Israel (emigrant-asker.ts): as typed, the dialogue read its last sentence alone (a false «Да»).
import { withAmongThoseAsTies } from "../answering/russian/among-those.js";
import { asRussianEmigrantAsker } from "../answering/russian/emigrant-asker.js";
import { withEnglishTopicWordsInRussian } from "../answering/russian/english-topic-words.js";
import { withLearnerGrammarRead } from "../answering/russian/learner-grammar.js";
import { withSpeechAboutAsSaid } from "../answering/russian/speech-about.js";
import { withTiesCircleAsTies } from "../answering/russian/ties-circle.js";
import { withWhichDashGuessAsked } from "../answering/russian/which-dash.js";

/** The plain form of the message; null when neither turn is in it. */
export function plainFormRuOf(text: string): string | null {
  if (!/\p{Script=Cyrillic}/u.test(text)) return null;
  const read = withSpeechAboutAsSaid(
    withTiesCircleAsTies(
      withAmongThoseAsTies(
        withEnglishTopicWordsInRussian(
          withLearnerGrammarRead(withWhichDashGuessAsked(asRussianEmigrantAsker(text))),
        ),
      ),
    ),
  );
  return read !== text ? read : null;
}
