import type { AskedOfLast } from "./asked-of-last.js";
import { fold } from "./language.js";
import type { DialogueTurn } from "./types.js";
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

export function placeTooTurn(ask: AskedOfLast): DialogueTurn | null {
  const { text, context, ru } = ask;
  if (text.length > 80) return null;
  const t = fold(text);
  const m = (ru ? PLACE_TOO_RU : PLACE_TOO_EN).exec(t);
  const place = m?.slice(1).find(Boolean);
  if (!place) return null;
  const replyLang = ask.lang;
  const last = ask.last();
  if (!last?.answered) return null;
  const quoted = fold(last.quotes.map((q) => q.text).join(" "));
  const stem = /^(?:израил|israel)/u.test(place) ? "israel" : "gaza";
  if (!new RegExp(`(?<!\\p{L})${stem}`, "u").test(quoted)) return null;
  if (LOSS_ASKED.test(t) && !LOSS_SAID.test(quoted)) return null;
  return verdictOnLast(last, text, context, replyLang, "yes", "pronoun");
}
