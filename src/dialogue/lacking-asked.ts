// (dialog51) "What, in his view, was missing from those efforts?", "what did washington leave out?", «чего же не
// хватало?» after an answer that names a lack: what the last answer's quotes say was left out — Washington's
// peace efforts "without considering compromises acceptable to both sides", its policy that "overlooked the
// aspirations of Palestinians", the "failure to address the interests of Palestinians". The last answer again,
// led as the article's account of the lack; only where its quotes hold a word of lack ("without", "overlooked",
// "failure to", "ignored", …), so the question is left to the engine after any other answer.
import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { ledAgainTurn } from "./kept-context-turn.js";
import type { DialogueTurn } from "./types.js";

/** "what (in his view) was missing / lacking", "what did they leave out / overlook / fail to consider". */
const LACK_EN = [
  /^(?:(?:and|so|but|ok|okay|then|well)[, ]+)*what(?:,? (?:in|according to) [\p{L}' ]{2,20}?,?)? (?:exactly |then |precisely )?(?:was|were|is|are|has been|had been) (?:\p{L}+ )?(?:missing|lacking|absent|left out|overlooked|ignored|neglected|not considered|not taken into account|lost)(?!\p{L})/u,
  /^(?:(?:and|so|but|ok|okay|then|well)[, ]+)*what(?:,? (?:in|according to) [\p{L}' ]{2,20}?,?)? (?:did|do|does|had|have|has) (?:they|he|it|washington|the us|the united states|the americans|america|the us government) (?:\p{L}+ )?(?:miss|leave out|overlook|ignore|neglect|fail to (?:consider|address|include|take into account)|not (?:consider|address|include|take into account))(?!\p{L})/u,
  /^(?:(?:and|so|but|ok|okay|then|well)[, ]+)*what (?:did|do|does) (?:those|these|the|their|its|his) (?:\p{L}+ )?(?:efforts?|policy|policies|approach|plans?) (?:lack|miss|leave out|overlook|ignore)(?!\p{L})/u,
];
const LACK_RU = [
  /^(?:(?:а|и|так|ну)[, ]+)*(?:чего|что) (?:же |именно |по его мнению |по мнению путина )?(?:им |в них |там |в этом )?(?:не хватало|не хватает|недоставало|недостает|недостаёт|не было)(?!\p{L})/u,
  /^(?:(?:а|и|так|ну)[, ]+)*(?:что|чего) (?:же |именно )?(?:они |он |вашингтон |сша |американцы )?(?:упустил\p{L}*|упущено|проигнорировал\p{L}*|игнорировал\p{L}*|не учл\p{L}*|не учел\p{L}*|не учёл\p{L}*|не учитывал\p{L}*)(?!\p{L})/u,
];
/** A word of lack in the last answer's quotes (the article's English). */
const LACK_SAID =
  /(?<!\p{L})(?:without|overlook\p{L}*|fail(?:ed|ure|ing)? to|ignor\p{L}*|neglect\p{L}*)(?!\p{L})/u;
/** Lacking in the article or the story itself is not the last answer's lack. */
const OF_ARTICLE = /(?<!\p{L})(?:article|story|text|report|стать\p{L}*|текст\p{L}*)(?!\p{L})/u;

/** Whether the message asks what was missing, left out or overlooked. */
export function lackingAsked(folded: string, ru: boolean): boolean {
  const text = withoutEndMarks(folded).trim();
  if (text.length > 80 || OF_ARTICLE.test(text)) return false;
  return (ru ? LACK_RU : LACK_EN).some((re) => re.test(text));
}

export function lackingAskedTurn(ask: AskedOfLast, _kit: DialogueKit): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused || !lackingAsked(folded, ru)) return null;
  const last = ask.last();
  if (!last?.answered || !last.quotes.some((q) => LACK_SAID.test(q.text.toLowerCase()))) return null;
  const lead = ru ? "Вот чего, по статье, не хватало:" : "This is what the article says was missing:";
  return ledAgainTurn(last, lead, ru ? "чего не хватало" : "what was missing", context, ask.lang);
}
