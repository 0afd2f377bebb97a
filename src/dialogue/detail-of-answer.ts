// Kind (dialog39): a detail of the last answer asked by its own verb or its "without" — "what exactly failed?",
// "which policy failed?", «что именно провалилось?» after the blame on the US; "without considering what?", «и без
// учёта чего?», «не учитывая чего?» after Washington's monopolized peace efforts. Read alone, "what failed?" found
// the feared spread and «без учёта чего?» was refused; the detail is the last answer's, shown again. The verb
// counts when it stands in the last answer (by its first four letters); "without" when the answer says something
// was left out ("without considering", «не рассматривая», «без»). Read beside DETAIL_ASKED (last-answer-turns.ts).
import { fold } from "./language.js";

const LEAD = "^(?:(?:and|but|so|ok|а|и|ну|так) )?";
const TAIL = "(?:,? (?:then|exactly|precisely|тогда|именно|конкретно|же)){0,2}\\s*\\??$";
/** "what (exactly) failed", "which policy failed", «что (именно) провалилось», «какая политика провалилась». */
const VERB_ASKED = new RegExp(
  `${LEAD}(?:what|which \\p{L}+|что|как(?:ая|ой|ое|ие) \\p{L}+)(?: (?:exactly|precisely|именно|конкретно|же))? (\\p{L}{4,}(?:ed|лось|лся|лась|лись|ло|ла|ли|л))${TAIL}`,
  "u",
);
/** "without (considering) what", «без (учёта) чего», «не учитывая чего». */
const WITHOUT_ASKED = new RegExp(
  `${LEAD}(?:without|без|не)(?: \\p{L}+)? (?:what|whom|which|чего|кого|какого|каких)${TAIL}`,
  "u",
);
/** The answer says something was left out. */
const LEFT_OUT = /(?<!\p{L})(?:without|без)(?!\p{L})|(?<!\p{L})не \p{L}+(?:я|в|вши)(?!\p{L})/u;

/** Whether `folded` asks a detail the last answer (its text, `answer`) gives by its verb or its "without". */
export function asksDetailOfAnswer(folded: string, answer: string): boolean {
  const text = fold(answer);
  const verb = VERB_ASKED.exec(folded)?.[1];
  if (verb) return text.includes(verb.slice(0, 4));
  return WITHOUT_ASKED.test(folded) && LEFT_OUT.test(text);
}
