// The first words that make a plain message a question or a request ("who…", "tell me…", "расскажи…"): such a
// message goes to the Q&A path, not to the claim checker. Read by route.ts after any leading glue is dropped.
import { editDistance } from "../answering/typos.js";

/** First words that make a message a question or a request, which goes to the Q&A path instead. */
export const QUESTION_STARTERS = new Set(
  `who whom whose what which why when where how whats whos wat wut wht waht hw is are was were do does did can could
  will would should shall has have had may might tell show give explain list summarize summarise describe
  please pls i we let lets any anything write recommend translate find search name break sum define compare y wher
  whr wen isnt arent wasnt werent doesnt dont didnt cant wont hasnt havent r gimme lemme kindly outline recap`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Russian question words and requests opening a message ("кто виноват…", "расскажи о…", "правда ли…"): the
 * inflected forms of кто/что/какой are listed, a message opens with them in any case. Requests to make something of
 * the story ("сделай конспект…", "набросай шпаргалку…", "разжуй…", "изложи…") are asked, not claimed (session 22).
 */
export const RUSSIAN_QUESTION_STARTERS = new Set(
  `кто кого кому кем ком что чего чему чем почему зачем отчего где куда откуда когда сколько как какой какая
  какое какие какого какую каким какой каких каков какова каково каковы чей чья чьё чье чьи можно ли
  расскажи расскажите скажи скажите объясни объясните перескажи перескажите покажи покажите дай дайте напомни
  опиши опишите поясни правда верно неужели разве хочу интересно подскажи подскажите чо че чё шо кратко вкратце
  коротко помоги помогите што посоветуй посоветуйте сделай сделайте набросай набросайте растолкуй растолкуйте
  разжуй разжуйте изложи изложите сократи сократите составь составьте очем очём`
    .split(/\s+/)
    .filter(Boolean),
);

/** The wh-words a slip of one letter still reads as ("whta", "wich", "wehre", "whihc" no: two slips). */
const WH_WORDS = ["what", "which", "where", "whose"];
/** Real words one slip from a wh-word, which open statements ("That Putin…", "There is…", "Whole…"). */
const WH_NEIGHBOURS = new Set(
  "that than then there here hero were whole chat whet whit wheat whey whim whip whir whiz wait watt wham whap white whine while witch wish with whoa whack".split(
    " ",
  ),
);

/** A first word that is a wh-word with one slip ("whta did pesko say…", "wich countrys leader…"), not a real word. */
export function isMistypedWhWord(word: string): boolean {
  if (word.length < 4 || word.length > 6 || WH_NEIGHBOURS.has(word)) return false;
  return WH_WORDS.some((w) => editDistance(word, w, 1) === 1);
}
