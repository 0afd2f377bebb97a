// Kind: a matter the article never mentions, asked of the reported call — "did Putin and Erdogan also discuss the
// Black Sea grain deal on that call?", "did they talk about gas supplies during the phone call?". A word of the
// matter ("deal") could find the call's card, and the checker then said "doesn't say so in those words. What it
// does say: …", as if the article half said it. The article never names the matter at all, so the reply says so
// plainly and refuses, as a country the article never names is refused (unmentioned-country.ts): "The article
// does not mention the Black Sea grain deal. It is about this: …". English only: the article's words are English
// (a Russian matter is read by the engine's own refusal). Read by off-story-reply.ts, for a stand-alone yes/no
// whose verdict is neither Yes nor No; the call's own matter ("a ceasefire", "the war") is call-topic.ts's Yes.
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { discussedMatterOf } from "./call-topic.js";
import { articleMentions } from "./mentions.js";
import { unmentionedCountryOf } from "./unmentioned-country.js";

/** "on that call", "during the phone call", "on the phone", "by phone", "with him": where, not what. */
const ON_THE_CALL =
  /(?:\s+(?:on|during|in|over|at|by|with)\s+(?:(?:that|the|this|their|his|a)\s+)?(?:(?:phone|telephone)\s+)?(?:call|conversation|chat|talk|phone|him|each other|erdo\p{L}+|putin))+$/u;
/** Words that name no matter of their own. */
const NO_MATTER = new Set(
  "the a an of and or in on at to for with about also too even as well their its his any some that this these those there".split(
    " ",
  ),
);

/** The unmentioned matter as typed ("the Black Sea grain deal"), or null when the article mentions every word of it. */
export function unmentionedCallMatterOf(message: string, lang: Lang, kb: KnowledgeBase): string | null {
  if (lang !== "en") return null;
  const typed = message.trim().replace(/[?!.\s]+$/u, "");
  const asked = discussedMatterOf(typed.toLowerCase(), lang);
  if (!asked) return null;
  const matter = asked.matter.replace(ON_THE_CALL, "").trim();
  const words = (matter.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 4 && !NO_MATTER.has(w));
  if (words.length === 0 || words.every((w) => articleMentions(w, "en", kb))) return null;
  // "did they talk about syria?": a country shown by its own name ("Syria"), as unmentioned-country.ts shows it.
  const country = unmentionedCountryOf(matter, lang, kb);
  if (country !== null && matter.split(/\s+/u).length === 1) return country;
  const at = typed.toLowerCase().lastIndexOf(matter);
  return at >= 0 ? typed.slice(at, at + matter.length) : matter;
}
