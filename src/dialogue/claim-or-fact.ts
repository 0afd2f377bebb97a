// Kind: whether the last answer's point is so or only claimed — "is that actually true tho or just what they
// claim", "is that really so or just their claim", "is it real or just pr?", «это правда или они просто так
// говорят?», «это на самом деле так или только слова?». Read alone it was refused or the summary card. The article
// reports the claims and judges none of them, so: the article doesn't say, with the last answer's evidence
// (dialog37b, d91-08#2). A plain "is that true?" stays with the readers of the truth tag.
import type { Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueContext, DialogueTurn } from "./types.js";

const CLAIM_EN = lean(
  /^(?:(?:and|so|but|ok|okay|hm+|well|wait|lol)[, ]+)*(?:is|was) (?:that|this|it) (?:(?:actually|really|truly|even) )?(?:true|so|the case|real|a fact|right|legit)(?: (?:tho|though|then))?,? (?:or|or is it|or is that|or just|or only) (?:(?:just|only|merely|simply) )?(?:what (?:they|he|she|moscow|russia|the kremlin) (?:claims?|says?|said|wants? (?:us|people|you) to (?:think|believe)|tells? (?:us|people|everyone))|(?:their|his|her|russia's|moscow's|the kremlin's) (?:claim|line|story|version|word|words|spin|pr|propaganda)|(?:a |an )?(?:claim|pr|spin|propaganda|talk|words|image|show|pose|act|facade))(?: (?:tho|though))?$/u,
);
const CLAIM_RU = lean(
  /^(?:(?:а|и|ну|так)[, ]+)*(?:это|оно) (?:(?:правда|действительно|реально|на самом деле)(?: так)?|так и есть)(?:,)? или (?:(?:они|он|она|москва|россия|кремль) )?(?:(?:просто|только|лишь) )?(?:так )?(?:говор\p{L}*|утвержда\p{L}*|заявля\p{L}*|слова|пиар|пропаганда|картинка|поза|так говорят)$/u,
);

/** Whether a short message asks if the last answer's point is so or only claimed. */
export function claimOrFactAsked(folded: string, ru: boolean): boolean {
  const text = folded.replace(/[?!.…\s]+$/u, "").trim();
  return text.length <= 90 && (ru ? CLAIM_RU : CLAIM_EN).test(text);
}

export function claimOrFactTurn(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): DialogueTurn | null {
  if (!context?.entryId || context.refused) return null;
  const folded = foldQuestion(text);
  const ru = readsAsRussian(folded, lang);
  if (!claimOrFactAsked(folded, ru)) return null;
  const asked: Lang = ru ? "ru" : "en";
  const last = kit.engine.answerForEntry(context.entryId, asked);
  if (!last || last.quotes.length === 0) return null;
  const line = ru
    ? "Статья передаёт это как позицию и не оценивает, так ли это на деле."
    : "The article reports it as their position and does not judge whether it is so.";
  const reply = notSaidOf(last, context.question, ru ? "так ли это на деле" : "whether it is so", line);
  return { lang: asked, replies: [reply], context: { ...context, verdict: "not-said" } };
}
