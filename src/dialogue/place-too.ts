// Kind: "in israel too?", «в израиле тоже есть жертвы?», "are there victims in gaza as well?" right after an answer
// on the casualties (d80-30). Alone, «в израиле … жертвы» is the figures gap (doesn't say) and "in israel too?" the
// card on Russia's ties with Israel. The question asks whether what the last answer reported holds in that place
// too: Yes, with the last answer as evidence, when its quotes name the place (and, where the message names
// casualties, the answer is on them). Only the story's places (Israel, Gaza); any other is left to the usual path.
import type { Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { fold, readsAsRussian } from "./language.js";
import type { DialogueContext, DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const PLACE_EN = "(?:the )?(israel|gaza(?: strip)?|the gaza strip)";
const LOSS_EN =
  "(?:victims|casualties|deaths|dead|civilian (?:deaths|casualties|victims)|people (?:dying|killed|dead))";
const PLACE_TOO_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|what about)[, ]+)*(?:(?:are|were) there (?:also )?(?:any )?${LOSS_EN} )?(?:in|inside) ${PLACE_EN}(?: (?:too|also|as well))(?: (?:then|though|tho))?$|^(?:(?:and|so|but)[, ]+)*(?:(?:are|were) there )?${LOSS_EN} in ${PLACE_EN} (?:too|also|as well)$`,
  "u",
);
const PLACE_RU = "(израил\\p{L}*|газ[еау]|секторе газа|секторе газ\\p{L}*)";
const LOSS_RU =
  "(?:жертв\\p{L}*|погибш\\p{L}*|убит\\p{L}*|пострадавш\\p{L}*|погибают|гибнут|погибли|гибнут люди)";
const PLACE_TOO_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[, ]+)*(?:в|во) ${PLACE_RU} (?:тоже|также|тоже ведь)(?: (?:есть|были|бывают))?(?: ${LOSS_RU})?$|^(?:(?:а|и|ну)[, ]+)*${LOSS_RU} (?:(?:тоже|также) )?(?:есть )?(?:и )?(?:в|во) ${PLACE_RU}(?: тоже| также)?$`,
  "u",
);
const LOSS_SAID = /(?<!\p{L})(?:casualt\p{L}*|victim\p{L}*|death\p{L}*|killed|жертв\p{L}*|погиб\p{L}*)/u;
const LOSS_ASKED = new RegExp(`(?<!\\p{L})(?:${LOSS_EN}|${LOSS_RU})`, "u");

export function placeTooTurn(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): DialogueTurn | null {
  if (!context?.entryId || text.length > 80) return null;
  const t = fold(text);
  const ru = readsAsRussian(t, lang);
  const m = (ru ? PLACE_TOO_RU : PLACE_TOO_EN).exec(t);
  const place = m?.slice(1).find(Boolean);
  if (!place) return null;
  const replyLang: Lang = ru ? "ru" : "en";
  const last = kit.engine.answerForEntry(context.entryId, replyLang);
  if (!last?.answered) return null;
  const quoted = fold(last.quotes.map((q) => q.text).join(" "));
  const stem = /^(?:израил|israel)/u.test(place) ? "israel" : "gaza";
  if (!new RegExp(`(?<!\\p{L})${stem}`, "u").test(quoted)) return null;
  if (LOSS_ASKED.test(t) && !LOSS_SAID.test(quoted)) return null;
  return verdictOnLast(last, text, context, replyLang, "yes", "pronoun");
}
