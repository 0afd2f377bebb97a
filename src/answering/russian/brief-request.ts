// A whole Russian chat message asking for the story in brief, its words unknown to the knowledge base: "о чём
// шум", "из-за чего весь сыр-бор", "что за движ", or a summary phrase behind chat lead-ins ("короче типа о чём
// статья", "ну слушай, а о чём новость"). Tested before the vocabulary, as English "tldr pls" is.

/** Chat lead-ins and tails that say nothing of the topic. */
const FILLER =
  /(?:^| )(?:короче|кароче|кароч|короч|типа|типо|ну|слушай|слушайте|блин|ваще|вообще|вобще|а|так|и|это|же|там|тут|то|плз|плиз|пж|пожалуйста|бро|чел|ребят|народ|друг|братан|вкратце|кратко|коротко|вообще-то|мне|нам|скажи|скажите|подскажи|подскажите|объясни|объясните|поясни|расскажи|расскажите|ок|окей|ладно)(?= |$)/g;

/** Fuss words: what the noise is about asks what the story is. */
const FUSS =
  "(?:шум|шумиха|шумихи|сыр бор|кипиш|кипишь|кипеш|движ|движуха|хайп|хайпа|скандал|суета|суеты|переполох|замут|замес)";

const FUSS_REQUESTS = [
  new RegExp(`^(?:о|про) (?:чем|что) (?:(?:весь|вся|вся эта|этот|эта|такой|такая) )?${FUSS}$`),
  new RegExp(`^из за чего (?:(?:весь|вся|этот|эта|такой|такая) )?${FUSS}$`),
  new RegExp(`^(?:что|че|чо|шо) за (?:(?:весь|вся|этот|эта|такой|такая) )?${FUSS}$`),
  new RegExp(`^(?:в чем|чем) (?:(?:весь|вся|этот|эта) )?${FUSS}$`),
];

/** Whether the message, its chat lead-ins dropped, asks for the story in brief. */
export function isRussianBriefRequest(words: string, summaryPhrases: readonly RegExp[]): boolean {
  const core = words.replace(FILLER, " ").replace(/\s+/g, " ").trim();
  if (core === "" || core === words.trim()) return FUSS_REQUESTS.some((p) => p.test(core));
  return FUSS_REQUESTS.some((p) => p.test(core)) || summaryPhrases.some((p) => p.test(core));
}
