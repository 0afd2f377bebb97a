// The rewrites a Russian question goes through before the lexicon reads it (answering/readers.ts has the English ones):
// one list, applied in order, the first reading the question as typed. The list is assembled here in four parts, each
// with its own history in its header; the order is behaviour, within a part and between them:
// - here, the question's surface: the Latin names (latin-names.ts) first, then words and shapes of chat and of the
//   asker — English topic words, a capital for its country, gas not Gaza, a guessed cause, a polite address or a
//   learner's preamble off, «речь идёт о», «среди тех, с кем», «упоминал», «топит за», an audience — and how Putin
//   reads the violence's surge (reading-of-violence.ts); new readers of a message's surface join here;
// - asked-readers.ts: what is asked, reworded to the wording of the card that answers it;
// - stance-readers.ts: Russia's stance, role and ties as the article words them, the asker's framing taken off;
// - party-readers.ts: the parties, the calls and Russia's ties with each.

import { asRussianPersonMentioned } from "../person-mentioned.js";
import { withAmongThoseAsTies } from "./among-those.js";
import { withoutArticleLeadDash } from "./article-lead-dash.js";
import { RUSSIAN_ASKED_READERS } from "./asked-readers.js";
import { withChildAgeAsAudience, withUnderstoodByAsPlainWords } from "./audience.js";
import { withCapitalAsCountry } from "./capital-metonyms.js";
import { asRussianContactWithdrawal } from "./contact-withdrawal.js";
import { asRussianEmigrantAsker } from "./emigrant-asker.js";
import { withEnglishTopicWordsInRussian } from "./english-topic-words.js";
import { withGasNotGaza } from "./gas-not-gaza.js";
import { withoutGuessedCause } from "./guessed-cause.js";
import { withRussianNames } from "./latin-names.js";
import { withLearnerGrammarRead } from "./learner-grammar.js";
import { withoutRussianLearnerPreamble } from "./learner-preamble.js";
import { withMentionNounAsVerb } from "./mention-noun.js";
import { withNamedAsTitle } from "./named-as.js";
import { RUSSIAN_PARTY_READERS } from "./party-readers.js";
import { withoutPoliteAddress } from "./polite-address.js";
import { asRussianPushFor } from "./push-for.js";
import { withoutRussianQuoteRequest } from "./quote-asked.js";
import { asRussianReadingOfViolence } from "./reading-of-violence.js";
import { withSidesApartAsSides } from "./sides-apart.js";
import { withSpeechAboutAsSaid } from "./speech-about.js";
import { RUSSIAN_STANCE_READERS } from "./stance-readers.js";
import { withTiesCircleAsTies } from "./ties-circle.js";
import { asRussianVoiceMention } from "./voice-mention.js";
import { withWhichDashGuessAsked } from "./which-dash.js";

/** The Russian readers, applied in order: the first reads the question as typed. */
const RUSSIAN_READERS: readonly ((text: string) => string)[] = [
  withRussianNames,
  // (quality46ru) «путин говорил про talks?»: the article's topic words typed in English, in Russian (english-topic-words.ts).
  withEnglishTopicWordsInRussian,
  // (quality45ru) «Тель-Авив» for Israel's government, in its case (capital-metonyms.ts).
  withCapitalAsCountry,
  // (quality46ru) «поставки газа», «цены на газ»: gas, not the Gaza Strip (gas-not-gaza.ts; stem.ts keeps gas's own forms apart).
  withGasNotGaza,
  // (quality46ru) «почему …, из за газа и нефти?»: the asker's guessed cause off the why-question (guessed-cause.ts).
  withoutGuessedCause,
  // (quality45ru) «Уважаемый бот, …» before the question off (polite-address.ts).
  withoutPoliteAddress,
  // (quality48ru) «Процитируй, что Путин говорил о …» as «что Путин говорил о …» (quote-asked.ts).
  withoutRussianQuoteRequest,
  // (quality48ru) an emigrant's story, «что в статье о таких, как она?», as the former Russian citizens (emigrant-asker.ts).
  asRussianEmigrantAsker,
  // (quality48ru) «Какую роль хочет играть Кремль — конструктивную?» as «конструктивную роль хочет играть Кремль?» (which-dash.ts).
  withWhichDashGuessAsked,
  // (quality45ru) «речь идёт о X» as «говорится о X» (speech-about.ts); «X среди тех, с кем …» as «… с X» (among-those.ts).
  withSpeechAboutAsSaid,
  withAmongThoseAsTies,
  // (quality46ru) «Входит ли ХАМАС в круг давних связей России?» as «у России давние связи с ХАМАС?» (ties-circle.ts).
  withTiesCircleAsTies,
  // (quality47ru) «Есть ли в статье упоминание X?» as «упоминается ли в статье X» (mention-noun.ts).
  withMentionNounAsVerb,
  // (quality51ru) «Путин упоминается в статье?» as «кто такой Путин?» (person-mentioned.ts); «Кремль отказывается
  // разговаривать с одной из сторон?» as «… поддерживает связь с одной из сторон?» (contact-withdrawal.ts).
  asRussianPersonMentioned,
  asRussianContactWithdrawal,
  // (quality50ru) «Как в статье назван Песков?» as «кем в статье назван Песков?» (named-as.ts).
  withNamedAsTitle,
  // (quality50ru) «А в статье что написано — с кем …?» as «с кем …?» (article-lead-dash.ts).
  withoutArticleLeadDash,
  // (quality50ru) «Кто стоит по разные стороны конфликта, …» as «кто стороны конфликта, …» (sides-apart.ts).
  withSidesApartAsSides,
  // (quality46ru) «путин упоминал перемирие?» as «путин говорил о перемирие» (voice-mention.ts).
  asRussianVoiceMention,
  // (quality44ru) "топит за X" in chat as "выступает за X" (push-for.ts).
  asRussianPushFor,
  // (quality41) A learner's preamble («Я учу русский.») off the question (learner-preamble.ts).
  withoutRussianLearnerPreamble,
  // (quality47ru) «Извините мой русский плохо. Путин хочет война стоп?»: apology off, broken forms read (learner-grammar.ts).
  withLearnerGrammarRead,
  // (quality41) How Putin reads the violence's surge: what he explains it by (reading-of-violence.ts).
  asRussianReadingOfViolence,
  withChildAgeAsAudience,
  // (quality42ru) "так, чтобы поняла моя бабушка" as «простыми словами» (audience.ts).
  withUnderstoodByAsPlainWords,
  ...RUSSIAN_ASKED_READERS,
  ...RUSSIAN_STANCE_READERS,
  ...RUSSIAN_PARTY_READERS,
];

/** The text the lexicon reads for a question read in Russian. */
export function russianQuestionAsRead(text: string): string {
  return RUSSIAN_READERS.reduce((read, reader) => reader(read), text);
}
