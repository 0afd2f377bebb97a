// Criticism in colloquial Russian ("кто в статье наезжает на сша", "на кого путин катит бочку", "путин прям
// проходится по вашингтону", "кого прессует путин", "кто тут поливает грязью американцев", "на кого путин валит
// вину"): read as the plain verbs of the knowledge base, "критикует" (criticism) and "винит" (blame), so the
// question asks whom Putin criticises or blames and why. Read as typed, the idioms' words were unknown or topics
// of their own ("бочку", "грязью", "пух") and the question was refused (blind-ru44).
// "Who criticises X" ("кто критикует сша", "кто тут ругает америку") asks the critic: read as "кто винит X", whose
// entry says the blame is Putin's view, as English "who criticizes the US" is read; with "критикует" kept, the US's
// reaction to criticism (us-response, "the article reports none") outranked it.
import { foldedRussian } from "./plain-text.js";

/** Idioms of blaming: the blame put on someone ("сваливает всё на X", "валит вину на X", "тычет пальцем в X"). */
const BLAME_VERB =
  "(?:сваливает|свалил|свалила|сваливают|свалили|валит|валил|валят|перекладывает|переложил|спихивает|спихнул)";
const BLAME_IDIOMS: [RegExp, string][] = [
  // with what is put on someone ("валит всю вину", "сваливает всех собак"), "на" after it or before "кого"
  [
    new RegExp(
      `(?<!\\p{L})${BLAME_VERB}(?: (?:всю|все))? (?:вину|ответственность|косяки|проблемы|всех собак)(?: (?:тоже|прям|прямо))?(?: на)?(?!\\p{L})`,
      "gu",
    ),
    "винит",
  ],
  [new RegExp(`(?<!\\p{L})${BLAME_VERB}(?: (?:все|тоже|прям|прямо))? на(?!\\p{L})`, "gu"), "винит"],
  [/(?<!\p{L})(?:тычет|тыкает|ткнул|показывает) пальцем (?:в|на)(?!\p{L})/gu, "винит"], // "считает американцев виноватыми", "считает ли Путин США виновными" (quality44ru): the blame, its object kept;
  // read as typed, "считает" asked a view and the US's reaction (us-response) outranked the blame.
  [
    /(?<!\p{L})(?:считает|считал|считают|полагает|находит)((?: \p{L}+){0,2}) (?:виноват|виновн)\p{L}*(?!\p{L})/gu,
    "винит$1",
  ],
];

/** Idioms of criticising with their preposition, then one-word slang verbs; all read as "критикует". */
const CRITICISM_IDIOMS: RegExp[] = [
  /(?<!\p{L})(?:катит|катил|катят|катили|покатил) бочку(?: на)?(?!\p{L})/gu,
  /(?<!\p{L})бочку (?:катит|катил|катят|катили)(?: на)?(?!\p{L})/gu,
  /(?<!\p{L})(?:поливает|поливал|поливают|поливали|обливает|облил) (?:грязью|помоями)(?!\p{L})/gu,
  /(?<!\p{L})(?:грязью|помоями) (?:поливает|поливал|поливают|поливали)(?!\p{L})/gu,
  /(?<!\p{L})(?:разносит|разнес|разнесла|разносят) в пух и прах(?!\p{L})/gu,
  /(?<!\p{L})(?:проходится|прошелся|прошлась|проходятся|прошлись)(?: (?:жестко|конкретно|крепко|прям|прямо))? по(?!\p{L})/gu,
  /(?<!\p{L})(?:наезжает|наехал|наехала|наезжают|наезжали|наезжал|гонит|гнал|гонят|нападает|напал|нападают|бочку катит|бычит|быкует|залупается|ополчился|ополчилась) на(?!\p{L})/gu,
  /(?<!\p{L})(?:прессует|прессовал|прессуют|чихвостит|чихвостил|кроет|крыл|кроют|разносит|разнес|разносят|костерит|костерил|песочит|песочил|песочат|чихвостят|костерят|бранят|клеймят|распекают|отчитывают|громят|стебут|высмеивают|журят|пинают|полощут|распекает|бранит|бранил|клеймит|заклеймил|ругает|ругал|ругают|отчитывает|отчитал|громит|разгромил|мочит|стебет|высмеивает|высмеял|журит|пинает|полощет|критикнул|раскритиковал)(?!\p{L})/gu,
];

/** The critic asked: "кто" opening the question, maybe with where in the article and how hard. */
const WHO_CRITICISES =
  /^(?:(?:а|и|ну|так|слушай) )*кто(?: (?:же|именно|вообще|конкретно))?(?: (?:в статье|в тексте|в заметке|тут|там|здесь|больше всех|сильнее всех|сильнее всего|особенно))* критикует(?= )/u;
/** The US, the one party the article's critic criticises: "кто критикует X" reads as its blame only for it. */
const US =
  /(?<!\p{L})(?:сша|америк\p{L}*|американ\p{L}*|вашингтон\p{L}*|штат\p{L}*|белый дом|белого дома|госдеп\p{L}*)(?!\p{L})/u;
/** A voice of the story as the critic: "кого критикует путин" keeps its verb. */
const VOICE =
  /(?<!\p{L})(?:путин\p{L}*|песков\p{L}*|кремл\p{L}*|мид|москв\p{L}*|росси\p{L}*|президент\p{L}*|лидер\p{L}*|спикер\p{L}*|он|она|они|эрдоган\p{L}*)(?!\p{L})/u;
/** "на кого" / "по кому" before the idiom's verb: its object asked, the preposition goes with the idiom. */
const WHOM_BEFORE = /(?<!\p{L})(?:на|по) (кого|кому)(?!\p{L})/u;

/** A stem of any verb read here: the idioms run only then. */
const ANY_VERB =
  /виноват|виновн|вал[иья]|свал|перекладыв|перелож|спих|пальц|бочк|грязь|помоя|пух и прах|прош[ел]|проход|наез|наех|гон[иья]|гнал|напа|бычи|быку|залуп|ополч|прессу|прессов|чихвост|кро[ею]|крыл|разн[ео]с|костер|песоч|распека|бран|клейм|руга|отчит|гром|мочит|стеб|высме|жур|пина|полощ|критик/u;

/** The question with colloquial criticism read as "критикует"/"винит", or as typed. */
export function asRussianCriticism(text: string): string {
  if (text.length > 300) return text;
  const plain = foldedRussian(text);
  if (!ANY_VERB.test(plain)) return text;
  let read = plain;
  for (const [re, verb] of BLAME_IDIOMS) read = read.replace(re, verb);
  for (const re of CRITICISM_IDIOMS) read = read.replace(re, "критикует");
  if (read === plain && !/(?<!\p{L})(?:критику\p{L}*|ругает)(?!\p{L})/u.test(plain)) return text;
  // "на кого путин катит бочку" → "кого путин критикует": the idiom's preposition is gone with it.
  if (read !== plain) read = read.replace(WHOM_BEFORE, "кого");
  read = read.replace(/(?<!\p{L})(?:ругает|критикуют)(?!\p{L})/u, "критикует");
  const critic = WHO_CRITICISES.exec(read);
  if (critic && US.test(read)) read = `кто винит${read.slice(critic[0].length)}`;
  // "на кого в статье бочку катят", "кого критикуют в статье": whom the article's critic faults, its blame.
  else if (/^(?:(?:а|и|ну|так) )*кого(?!\p{L})/u.test(read) && !VOICE.test(read))
    read = read.replace(/(?<!\p{L})критикует(?!\p{L})/u, "винят");
  return read === plain ? text : read.replace(/(?:критикует|винит) (?=(?:критикует|винит)(?!\p{L}))/gu, "");
}
