// Kind: "on both sides?", "in both places?", «с обеих сторон?» right after an answer. The engine read "both sides"
// as the article's other uses of the words (compromises acceptable to both sides, contacts with both warring
// sides) and answered another entry with no verdict. The question asks whether what the last answer reported
// holds for both sides of the conflict: Yes, with the last answer as evidence, when that answer's own quotes name
// both (Israel, and Gaza or the Palestinians); otherwise the usual path reads it.
import type { Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import type { DialogueContext, DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const BOTH_EN =
  /^(?:(?:so|and|but|ok|okay|then|wait)[, ]+)*(?:(?:on|for|in|to|from|of|among) )?both(?: (?:sides|parties|places|of them|peoples|camps))?(?: (?:then|too|equally|really))?\s*\?+$/iu;
const BOTH_RU =
  /^(?:(?:а|и|так|то есть|значит|ну)[, ]+)*(?:(?:с|у|на|для|в|по|к) )?(?:обеих|обоих|обе|оба|двух)(?: (?:сторон\p{L}*|местах|народ\p{L}*))?(?: (?:тоже|сразу|одинаково))?\s*\?+$/iu;
const ISRAEL = /(?<!\p{L})(?:israel\p{L}*|израил\p{L}*)/iu;
const OTHER_SIDE = /(?<!\p{L})(?:gaza|palestin\p{L}*|hamas|газ\p{L}*|палестин\p{L}*|хамас\p{L}*)/iu;

export function bothSidesAskedTurn(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): DialogueTurn | null {
  if (!context?.entryId) return null;
  const t = text.trim().toLowerCase();
  const ru = readsAsRussian(t, lang);
  if (!(ru ? BOTH_RU : BOTH_EN).test(t)) return null;
  const replyLang: Lang = ru ? "ru" : "en";
  const last = kit.engine.answerForEntry(context.entryId, replyLang);
  if (!last?.answered || last.quotes.length === 0) return null;
  const quoted = last.quotes.map((q) => q.text).join(" ");
  if (!ISRAEL.test(quoted) || !OTHER_SIDE.test(quoted)) return null;
  return verdictOnLast(last, text, context, replyLang, "yes", "pronoun");
}
