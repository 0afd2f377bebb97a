// Kind (dialog53, d120-08#3): a detail asked of a plan the article covers but never details — "Did he propose any
// specific borders for such a state?" after Putin's stand on a Palestinian state, "did he give a timeline for the
// ceasefire?", "did the kremlin offer a concrete plan?", "does he name a capital?". The article says Putin
// acknowledges the need for a Palestinian state and calls for a ceasefire and talks; borders, timelines, plans and
// capitals are nowhere in it, so the verdict is "doesn't say", with the last answer as what it does say (it had
// been a "did you mean"). Only where no word of the thing asked (stem of five letters) is in the article: "did he
// propose a ceasefire?" is the engine's Yes.
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const ASKED =
  /^(?:(?:and|so|but|ok|okay|then|wait)[, ]+)*(?:did|does|has|do) (?:he|she|they|putin|peskov|the kremlin|kremlin|russia|moscow|the foreign ministry|the russian (?:leader|president|government)) (?:ever |also |actually )?(?:propos\p{L}*|offer\p{L}*|suggest\p{L}*|outlin\p{L}*|give|gave|set out|lay out|laid out|specif\p{L}*|put forward|present\p{L}*|detail\p{L}*|spell\p{L}* out|nam(?:e|es|ed)|draw|drew|sketch\p{L}*) (?:any |a |an |some |the |his |its )?(?:specific |concrete |particular |exact |detailed |clear |actual |precise )?((?:[\p{L}'-]+ ){0,2}[\p{L}'-]+)(?: (?:for|of|on|to) (?:such a |the |a |that |this |it|them)?[\p{L} '-]{0,40})?\s*\??$/u;
/** A kind of proposal rather than a detail of one: "did he propose a remedy?" is Yes by his call for a ceasefire. */
const GENERAL =
  /(?<!\p{L})(?:remed\p{L}*|solution\p{L}*|fix\p{L}*|way\p{L}*|answer\p{L}*|plan\p{L}*|proposal\p{L}*|idea\p{L}*|step\p{L}*|measure\p{L}*|alternative\p{L}*|approach\p{L}*|option\p{L}*|resolution\p{L}*|path\p{L}*|something|anything|initiative\p{L}*|suggestion\p{L}*|course|action\p{L}*|response\p{L}*)(?!\p{L})/u;
/** A detail asked as such: a word of exactness before the thing, or a thing that is a detail by itself. */
const EXACT = /(?<!\p{L})(?:specific|concrete|particular|exact|detailed|precise|clear|actual)(?!\p{L})/u;
const DETAIL =
  /(?<!\p{L})(?:borders?|boundar\p{L}*|timelines?|timetables?|deadlines?|dates?|schedules?|maps?|capital|roadmaps?|figures?|numbers?|sums?|budgets?|guarantees?|frontiers?|lines?)(?!\p{L})/u;
/** Words of a thing that carry nothing (the article's own "plan" words are checked like any other). */
const LIGHT = new Set(["kind", "sort", "type", "sorts", "kinds", "such", "other", "more", "further", "real"]);

export function proposalDetailTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { folded, context, ru } = ask;
  if (ru || context.refused || folded.length > 110) return null;
  const m = ASKED.exec(folded);
  if (!m?.[1] || GENERAL.test(m[1]) || !(EXACT.test(folded) || DETAIL.test(m[1]))) return null;
  const words = m[1].split(" ").filter((w) => w.length >= 4 && !LIGHT.has(w));
  if (words.length === 0) return null;
  const article = kit.kb.article.text.toLowerCase();
  if (words.some((w) => article.includes(w.slice(0, 5)))) return null;
  const last = ask.last();
  if (!last?.answered) return null;
  return verdictOnLast(last, ask.text, context, ask.lang, "not-said", "pronoun");
}
