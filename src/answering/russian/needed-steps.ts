// The steps Putin finds needed now asked («какие шаги, по мнению Путина, нужны прямо сейчас?», «какие меры Путин
// считает срочными», «что, по словам Путина, надо делать в первую очередь?»): what he wants, the immediate ceasefire
// and renewed talks the article reports him urging. Read as typed, «шаги» found the card that no detailed Russian
// peace plan is described (a refusal), and «меры»/«надо делать» no card at all (quality34). Steps Russia or the
// Kremlin will take («какие шаги кремль предпримет») keep their reading: only Putin's view of what is needed.
// (quality35) What Putin said of urgent action («Что Путин говорил о необходимости немедленных действий?», «о каких
// немедленных шагах говорил путин», «что путин сказал про безотлагательные меры»): the same. Read as typed, the
// bare action words split the engine or drew his criticism of Washington. (quality39) Counted and plain: «какие две
// срочные вещи назвал путин», «какие два шага путин назвал срочными» (out of scope, or the missing peace plan).
import { foldedRussian } from "./plain-text.js";

/** The question opens with what is asked: «какие шаги/меры/действия», «что надо/нужно делать». */
const STEPS_ASKED =
  /^(?:[\p{L}-]+ ){0,4}?(?:(?:какие|каких) (?:(?:две|два|2|три|3) )?(?:(?:именно|конкретно|конкретн\p{L}*|перв\p{L}*|срочн\p{L}*|неотложн\p{L}*|первоочередн\p{L}*|главн\p{L}*) )?(?:шаги|шага|шагов|меры|мер|действия|вещи|вещей|пункта|пункты)|что (?:путин )?(?:считает|называет) (?:первоочередн\p{L}*|срочн\p{L}*|неотложн\p{L}*)|что(?: (?:по (?:мнению|словам) путина|путин считает))? (?:надо|нужно|необходимо|следует|стоит|нужным|необходимым) (?:делать|сделать|предпринять))(?!\p{L})/u;
/** Said of action: «говорил о … действиях», «о каких шагах говорил». */
const SPOKE_OF_STEPS =
  /(?<!\p{L})(?:(?:говорил\p{L}*|сказал\p{L}*|заявил\p{L}*|заявлял\p{L}*|упомянул\p{L}*|упоминал\p{L}*|подчеркнул\p{L}*|подчеркивал\p{L}*|настаивал\p{L}*|призывал\p{L}*|призвал\p{L}*) (?:о|об|про|на) (?:[\p{L}-]+ ){0,2}(?:действи\p{L}*|шаг\p{L}*|мер\p{L}*)|о как\p{L}* (?:[\p{L}-]+ ){0,2}(?:действи\p{L}*|шаг\p{L}*|мер\p{L}*) (?:[\p{L}-]+ ){0,1}(?:говорил\p{L}*|сказал\p{L}*|заявил\p{L}*|упомянул\p{L}*|упоминал\p{L}*))(?!\p{L})/u;
const PUTIN = /(?<!\p{L})путин\p{L}{0,3}(?!\p{L})/u;
/** Needed, urgent, first. */
const NEEDED =
  /(?<!\p{L})(?:нужн\p{L}*|необходим\p{L}*|надо|срочн\p{L}*|неотложн\p{L}*|требу\p{L}*|следует|стоит|первую очередь|первоочередн\p{L}*|немедленн\p{L}*|безотлагательн\p{L}*)(?!\p{L})/u;
/** Steps Russia takes or will take, or another voice's: not Putin's view of what is needed. */
const OTHER_DOER =
  /(?<!\p{L})(?:кремл\p{L}*|росси\p{L}*|москв\p{L}*|мид|песков\p{L}*|сша|америк\p{L}*|израил\p{L}*|хамас\p{L}*|эрдоган\p{L}*|предприм\p{L}*|предпринял\p{L}*|предпринимает|собирается|будет|уже)(?!\p{L})/u;

/** «какие шаги, по мнению Путина, нужны сейчас» as «что путин считает нужным сделать?», or as it came. */
export function asRussianNeededSteps(text: string): string {
  if (text.length > 140) return text;
  const folded = foldedRussian(text);
  const asked = STEPS_ASKED.test(folded) || SPOKE_OF_STEPS.test(folded);
  if (!asked || !PUTIN.test(folded) || !NEEDED.test(folded) || OTHER_DOER.test(folded)) return text;
  return "что путин считает нужным сделать?";
}
