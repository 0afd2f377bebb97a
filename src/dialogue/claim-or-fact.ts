import { withoutEndMarks } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { AskedOfLast } from "./asked-of-last.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueTurn } from "./types.js";

const CLAIM_EN = lean(
  /^(?:(?:and|so|but|ok|okay|hm+|well|wait|lol)[, ]+)*(?:is|was) (?:that|this|it) (?:(?:actually|really|truly|even) )?(?:true|so|the case|real|a fact|right|legit)(?: (?:tho|though|then))?,? (?:or|or is it|or is that|or just|or only) (?:(?:just|only|merely|simply) )?(?:what (?:they|he|she|moscow|russia|the kremlin) (?:claims?|says?|said|wants? (?:us|people|you) to (?:think|believe)|tells? (?:us|people|everyone))|(?:their|his|her|russia's|moscow's|the kremlin's) (?:claim|line|story|version|word|words|spin|pr|propaganda)|(?:a |an )?(?:claim|pr|spin|propaganda|talk|words|image|show|pose|act|facade))(?: (?:tho|though))?$/u,
);
const CLAIM_RU = lean(
  /^(?:(?:а|и|ну|так)[, ]+)*(?:это|оно) (?:(?:правда|действительно|реально|на самом деле)(?: так)?|так и есть)(?:,)? или (?:(?:они|он|она|москва|россия|кремль) )?(?:(?:просто|только|лишь) )?(?:так )?(?:говор\p{L}*|утвержда\p{L}*|заявля\p{L}*|слова|пиар|пропаганда|картинка|поза|так говорят)$/u,
);

/** Whether a short message asks if the last answer's point is so or only claimed. */
export function claimOrFactAsked(folded: string, ru: boolean): boolean {
  const text = withoutEndMarks(folded).trim();
  return text.length <= 90 && (ru ? CLAIM_RU : CLAIM_EN).test(text);
}

export function claimOrFactTurn(ask: AskedOfLast): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused) return null;
  if (!claimOrFactAsked(folded, ru)) return null;
  const asked = ask.lang;
  const last = ask.last();
  if (!last || last.quotes.length === 0) return null;
  const line = ru
    ? "Статья передаёт это как позицию и не оценивает, так ли это на деле."
    : "The article reports it as their position and does not judge whether it is so.";
  const reply = notSaidOf(last, context.question, ru ? "так ли это на деле" : "whether it is so", line);
  return { lang: asked, replies: [reply], context: { ...context, verdict: "not-said" } };
}
