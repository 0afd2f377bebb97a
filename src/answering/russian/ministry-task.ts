// The task or role the Foreign Ministry sets the regional players («Какую задачу МИД ставит перед региональными
// игроками?», «Какую роль МИД отводит региональным игрокам?», «Чего министерство ждёт от региональных держав?»): what
// the ministry asks of them, its stated position (coordinating them to stabilise the situation). Read as typed,
// «задачу» went to the article's way out and the players to the card that names none (ambiguous), and
// ministry-role.ts leaves any question with the players in it to that card. The players must be the object (перед
// ними, им, от них); who they are («каких игроков», «кто они», «каким странам») keeps its own card (quality48ru).
import { foldedRussian } from "./plain-text.js";

const MINISTRY =
  /(?<!\p{L})(?:мид\p{L}{0,2}|министерств\p{L}*(?: иностранных дел)?|дипведомств\p{L}*|российск\p{L}* дипломат\p{L}*)(?!\p{L})/u;
/** The players as the ministry's addressee: before «перед»/«от»/«для», or in the dative. */
const PLAYERS_ADDRESSED =
  /(?<!\p{L})(?:(?:перед|от|для) (?:\p{L}+ )?(?:игрок\p{L}*|держав\p{L}*|сосед\p{L}*)|(?:\p{L}+ )?(?:игрокам|державам|соседям))(?!\p{L})/u;
/** A task, a role, a demand: what is set before them. */
const TASK =
  /(?<!\p{L})(?:задач\p{L}*|рол[ьи]|цел[ьи]|ставит|ставят|стоит|стоят|отводит|отводят|поручает|ждет|ждут|ожида\p{L}*|требу\p{L}*|хоч\p{L}*|хотят|призыва\p{L}*|предлага\p{L}*|чего|что)(?!\p{L})/u;
/** Who the players are is the other card's question. */
const WHO =
  /(?<!\p{L})(?:кто|кого|каких|какие|каким|какими|названи\p{L}*|список|имен\p{L}*|именно|конкретно)(?!\p{L})/u;

/** «чего хочет мид от региональных игроков» when the ministry's task for the players is asked, or as it came. */
export function asRussianMinistryTask(text: string): string {
  if (text.length > 160) return text;
  const plain = foldedRussian(text);
  if (!MINISTRY.test(plain) || !PLAYERS_ADDRESSED.test(plain) || !TASK.test(plain) || WHO.test(plain))
    return text;
  return "чего хочет мид от региональных игроков";
}
