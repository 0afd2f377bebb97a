// (dialog51) "how does it try to back that up?", "how does moscow do that?", «чем она это подкрепляет?» after an
// answer whose quotes give the means ("Moscow strives to present itself as an impartial mediator by highlighting
// its relationships with both Israelis and Palestinians"): how the last answer's doer goes about it is that "by …",
// so the last answer again, led as the article's account of the means. Only where the quotes hold a means ("by"
// before a verb in -ing, "through"); after any other answer the question is left to the engine.
import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { ledAgainTurn } from "./kept-context-turn.js";
import type { DialogueTurn } from "./types.js";

const LEAD_EN = "^(?:(?:and|so|but|ok|okay|then|well)[, ]+)*";
const DOER_EN = "(?:it|they|he|she|moscow|russia|the kremlin|the russians|putin)";
const THAT_EN = "(?:that|this|it|the claim|that claim|its claim|that image|that role|that picture)";
const MEANS_EN = [
  // "how does it try to back that up?", "how does moscow support that claim?", "how do they pull that off?"
  new RegExp(
    `${LEAD_EN}how (?:exactly )?(?:does|do|did|is|can|could|would|will) ${DOER_EN} (?:\\p{L}+ (?:to )?)?(?:back ${THAT_EN} up|back up ${THAT_EN}|support ${THAT_EN}|justify ${THAT_EN}|prove ${THAT_EN}|show ${THAT_EN}|demonstrate ${THAT_EN}|make (?:that|this|the|its) case|do (?:that|this|it)|pull (?:that|this|it) off|achieve (?:that|this|it)|manage (?:that|this|it)|go about (?:that|this|it)|present itself (?:that way|so|like that|as such)|sell (?:that|this|it))(?!\\p{L})`,
    "u",
  ),
  // "by what means?", "on what basis?", "what does it use to back that up?", "what's the basis for that?"
  new RegExp(
    `${LEAD_EN}(?:by what means|through what|on what (?:basis|grounds)|what does ${DOER_EN} (?:use|point to|rely on) to (?:back|support|justify|prove|show)|what(?:'s| is) (?:the|its) (?:basis|backing) for (?:that|this|it))(?!\\p{L})`,
    "u",
  ),
];
const MEANS_RU = [
  // «чем она это подкрепляет?», «как москва это доказывает?», «за счёт чего?», «каким образом?»
  /^(?:(?:а|и|так|ну)[, ]+)*(?:чем|как|каким образом) (?:же |именно )?(?:она |он |они |москва |россия |кремль )?(?:это |этот образ |свои слова |свою роль )?(?:пытается |старается )?(?:подкрепля\p{L}*|подкреп\p{L}*|обосновыва\p{L}*|обоснов\p{L}*|доказыва\p{L}*|подтвержда\p{L}*|добива\p{L}*|показыва\p{L}*)(?!\p{L})/u,
  /^(?:(?:а|и|так|ну)[, ]+)*(?:за сч[её]т чего|каким образом|на каком основании|какими средствами)(?: (?:она|он|они|москва|россия|кремль|это))*(?: (?:делает|добивается|показывает|доказывает))?$/u,
];
/** A means in the last answer's quotes: "by highlighting", "through …". */
const MEANS_SAID = /(?<!\p{L})(?:by \p{L}+ing|through)(?!\p{L})/u;

/** Whether the message asks how the last answer's doer goes about it. */
export function meansAsked(folded: string, ru: boolean): boolean {
  const text = withoutEndMarks(folded).trim();
  if (text.length > 80) return false;
  return (ru ? MEANS_RU : MEANS_EN).some((re) => re.test(text));
}

export function meansAskedTurn(ask: AskedOfLast, _kit: DialogueKit): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused || !meansAsked(folded, ru)) return null;
  const last = ask.last();
  if (!last?.answered || !last.quotes.some((q) => MEANS_SAID.test(q.text.toLowerCase()))) return null;
  const lead = ru ? "Вот как, по статье:" : "This is how, according to the article:";
  return ledAgainTurn(last, lead, ru ? "каким образом" : "by what means", context, ask.lang);
}
