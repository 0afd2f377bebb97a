import type { AskedOfLast } from "./asked-of-last.js";
import { contentStems } from "./content-stems.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const REAL_EN =
  /^(?:(?:so|and|but|ok|okay|then)[, ]+)*(?:(?:the|that|this|their|his|its|russia'?s|moscow'?s) )?(.{3,40}?) (?:is|are) (?:(?:really|actually|for sure) )?(?:real|true|genuine|legit|for real|a real thing)(?: then)?\s*\?+$/iu;
const IS_REAL_EN =
  /^(?:(?:so|and|but|ok|okay|then)[, ]+)*(?:is|are) (?:the |that |this |their |its )?(.{3,40}?) (?:really |actually )?(?:real|true|genuine)(?: then)?\s*\?+$/iu;
const REAL_RU =
  /^(?:(?:значит|так|то есть|выходит|а|и|ну)[, ]+)*(.{3,40}?),? (?:и правда |действительно |правда )?(?:реальн\p{L}*|правдив\p{L}*|существу\p{L}*|есть на самом деле|правда)\s*\?+$/iu;
/** Words of a tie between parties, in the question and in the quotes. */
const TIE =
  /^(?:link\p{L}*|ties?|tied|connect\p{L}*|relation\p{L}*|contacts?|связ\p{L}*|отношени\p{L}*|контакт\p{L}*)$/u;
const TIE_IN_QUOTE =
  /(?<!\p{L})(?:ties|relationships?|relations|communication|связ\p{L}*|отношени\p{L}*|контакт\p{L}*)(?!\p{L})/u;
const NEGATED = /(?<!\p{L})(?:not|never|n't|no|не|нет|ни)(?!\p{L})|n['’]t(?!\p{L})/u;
const STOP: ReadonlySet<string> = new Set(["with", "that", "this", "then", "really", "actually", "между"]);
const STEM = 5;

export function realThingTurn(ask: AskedOfLast): DialogueTurn | null {
  const { text, context, ru } = ask;
  const t = ask.folded;
  if (NEGATED.test(t)) return null;
  const m = ru ? REAL_RU.exec(t) : (REAL_EN.exec(t) ?? IS_REAL_EN.exec(t));
  const thing = m?.[1];
  if (!thing || /^(?:it|that|this|он[ао]?|это|то)$/u.test(thing)) return null;
  const replyLang = ask.lang;
  const last = ask.last();
  if (!last?.answered || last.quotes.length === 0) return null;
  const quoted = last.quotes.map((q) => `${q.text} ${q.translation ?? ""}`.toLowerCase()).join(" ");
  const words = thing.split(/[^\p{L}]+/u).filter(Boolean);
  const ties = words.filter((w) => TIE.test(w));
  if (ties.length > 0 && !TIE_IN_QUOTE.test(quoted)) return null;
  const rest = words.filter((w) => !TIE.test(w)).join(" ");
  const stems = contentStems(rest, STEM, STOP);
  if (ties.length === 0 && stems.length === 0) return null;
  const inQuotes = new Set(contentStems(quoted, STEM, STOP));
  if (!stems.every((s) => inQuotes.has(s))) return null;
  return verdictOnLast(last, text, context, replyLang, "yes", "is-that-true");
}
