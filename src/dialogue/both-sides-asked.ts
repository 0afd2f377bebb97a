import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const BOTH_EN =
  /^(?:(?:so|and|but|ok|okay|then|wait)[, ]+)*(?:(?:on|for|in|to|from|of|among) )?both(?: (?:sides|parties|places|of them|peoples|camps))?(?: (?:then|too|equally|really))?\s*\?+$/iu;
const BOTH_RU =
  /^(?:(?:а|и|так|то есть|значит|ну)[, ]+)*(?:(?:с|у|на|для|в|по|к) )?(?:обеих|обоих|обе|оба|двух)(?: (?:сторон\p{L}*|местах|народ\p{L}*))?(?: (?:тоже|сразу|одинаково))?\s*\?+$/iu;
const ISRAEL = /(?<!\p{L})(?:israel\p{L}*|израил\p{L}*)/iu;
const OTHER_SIDE = /(?<!\p{L})(?:gaza|palestin\p{L}*|hamas|газ\p{L}*|палестин\p{L}*|хамас\p{L}*)/iu;

export function bothSidesAskedTurn(ask: AskedOfLast): DialogueTurn | null {
  const { text, context, ru } = ask;
  const t = ask.folded;
  if (!(ru ? BOTH_RU : BOTH_EN).test(t)) return null;
  const replyLang = ask.lang;
  const last = ask.last();
  if (!last?.answered || last.quotes.length === 0) return null;
  const quoted = last.quotes.map((q) => q.text).join(" ");
  if (!ISRAEL.test(quoted) || !OTHER_SIDE.test(quoted)) return null;
  return verdictOnLast(last, text, context, replyLang, "yes", "pronoun");
}
