// Kind: "ok so its hamas vs israel?", "so basically it's israel against hamas?" (dialog27), "so the fight is between hamas and the israeli army?", «то есть воюют хамас и
// израиль?» after an answer. The article names the two sides of the violence ("the escalating violence between
// Hamas and the Israeli military"); the question asks whether those are the sides, so it is Yes with the entry
// quoting that sentence. Only the two sides the sentence names, each once; any other party is left to the usual
// path. Asked after an answer (a stand-alone question goes to the engine as before).
import type { Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import type { DialogueContext, DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const HAMAS = "(?:hamas|хамас\\p{L}*)";
const ISRAEL =
  "(?:(?:the )?israel(?:is|i (?:military|army|forces|defen[cs]e forces|government))?|idf|израил\\p{L}*(?: арми\\p{L}*)?|израильск\\p{L}* (?:арми\\p{L}*|военн\\p{L}*))";
const SIDES = `(?:${HAMAS}\\s+(?:vs\\.?|versus|against|and|и|против)\\s+${ISRAEL}|${ISRAEL}\\s+(?:vs\\.?|versus|against|and|и|против)\\s+${HAMAS})`;
const ASKED = new RegExp(
  `^(?:(?:ok|okay|so|and|wait|then|basically|essentially|in short|а|и|то есть|значит|так|короче|в общем|по сути)[, ]+)*(?:(?:it'?s|its|it is|this is|(?:the |this )?(?:fight|fighting|war|conflict|violence)(?: is|'s)?(?: between)?|между|воюют|воют|конфликт между|война между)\\s+)?(?:between\\s+)?${SIDES}(?:,? (?:right|then|basically|тогда|получается|да))?\\s*\\?+$`,
  "iu",
);
const EVIDENCE_ENTRY = "violence-escalating";

export function warringSidesTurn(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): DialogueTurn | null {
  if (!context) return null;
  const t = text.trim().toLowerCase();
  if (!ASKED.test(t)) return null;
  const replyLang: Lang = readsAsRussian(t, lang) ? "ru" : "en";
  const evidence = kit.engine.answerForEntry(EVIDENCE_ENTRY, replyLang);
  if (!evidence?.answered) return null;
  const quoted = evidence.quotes.map((q) => q.text).join(" ");
  if (!/\bHamas\b/u.test(quoted) || !/\bIsraeli military\b/u.test(quoted)) return null;
  return verdictOnLast(evidence, text, context, replyLang, "yes", "pronoun");
}
