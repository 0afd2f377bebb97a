// A whole Russian chat message asking for the story in brief, its words unknown to the knowledge base: "о чём
// шум", "из-за чего весь сыр-бор", "что за движ", or a summary phrase behind chat lead-ins ("короче типа о чём
// статья", "ну слушай, а о чём новость"). Tested before the vocabulary, as English "tldr pls" is. The fuss may be
// placed in the text ("о чём сыр-бор в этой заметке", "что за каша заварилась в публикации") and stirred up by a
// verb ("заварилась", "поднялся"): still the story in brief (quality-ru48).
import { leanRegExp } from "../../lib/lean-regexp.js";

/** Chat lead-ins and tails that say nothing of the topic. */
const FILLER =
  /(?:^| )(?:короче|кароче|кароч|короч|типа|типо|ну|слушай|слушайте|блин|ваще|вообще|вобще|а|так|и|это|же|там|тут|то|плз|плиз|пж|пожалуйста|бро|чел|ребят|народ|друг|братан|вкратце|кратко|коротко|вообще-то|мне|нам|скажи|скажите|подскажи|подскажите|объясни|объясните|поясни|расскажи|расскажите|ок|окей|ладно|если)(?= |$)/g;

/** Fuss words: what the noise is about asks what the story is. */
const FUSS =
  "(?:шум|шумиха|шумихи|сыр бор|сыр-бор|кипиш|кипишь|кипеш|движ|движуха|хайп|хайпа|скандал|суета|суеты|переполох|замут|замес|каша|кашу|базар|сыр-бора|сыр бора)";
/** A verb stirring the fuss up ("заварилась каша", "поднялся шум"), or the fuss going on. */
const STIRRED =
  "(?: (?:заварил\\p{L}*|поднял\\p{L}*|поднимается|начал\\p{L}*|творится|происходит|идет|развели|устроили|стоит))?";
/** Where the fuss is: the text itself ("в этой заметке", "в статье", "по тексту"). */
const IN_TEXT =
  "(?: (?:в|во|по) (?:(?:этой|этом|этому|той|том|данной|данном|вашей|вашем|сегодняшней) )?(?:стать\\p{L}*|статейк\\p{L}*|заметк\\p{L}*|текст\\p{L}*|материал\\p{L}*|публикаци\\p{L}*|новост\\p{L}*|писанин\\p{L}*))?";

const FUSS_REQUESTS = [
  `^(?:о|про) (?:чем|что) (?:(?:весь|вся|этот|эта|такой|такая) ){0,2}${FUSS}`,
  `^из(?: за|-за) чего (?:(?:весь|вся|этот|эта|такой|такая) ){0,2}${FUSS}`,
  `^(?:что|че|чо|шо) за (?:(?:весь|вся|этот|эта|такой|такая) ){0,2}${FUSS}`,
  `^(?:в чем|чем) (?:(?:весь|вся|этот|эта) ){0,2}${FUSS}`,
].map((head) => leanRegExp(`${head}${STIRRED}${IN_TEXT}${STIRRED}$`, "u"));

/** Whether the message, its chat lead-ins dropped, asks for the story in brief. */
export function isRussianBriefRequest(words: string, summaryPhrases: readonly RegExp[]): boolean {
  const core = words.replace(FILLER, " ").replace(/\s+/g, " ").trim();
  if (core === "" || core === words.trim()) return FUSS_REQUESTS.some((p) => p.test(core));
  return FUSS_REQUESTS.some((p) => p.test(core)) || summaryPhrases.some((p) => p.test(core));
}
