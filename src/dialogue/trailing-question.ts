// "Putin phoned somebody about the fighting — who?", "Путин кому-то звонил — кому?": a statement with an
// indefinite ("somebody", "кому-то") and the question word after it. The engine reads it as the statement and
// answers the story's position; asked with the question word in the indefinite's place ("who did Putin phoned
// about the fighting?", "кому Путин звонил?") it finds what was asked. The engine tolerates the tense left as is.

import { offeredAnswerOf } from "./offered-answer.js";

const TAIL_EN = /^(.{3,140}?)\s*(?:—|–|-{1,2}|,|:|…|\.{2,3})\s*(who|whom|what)\s*[?!.]*$/iu;
const INDEFINITE_EN = /(?<![\p{L}'-])(somebody|someone|something)(?![\p{L}'-])/iu;
const TAIL_RU =
  /^(.{3,140}?)\s*(?:—|–|-{1,2}|,|:|…|\.{2,3})\s*(?:(?:а|и|ну) )?(кто|кого|кому|с кем|о ч[её]м|что|чего)(?: (?:именно|же|это))?\s*[?!.]*$/iu;
const INDEFINITE_RU =
  /(?<![\p{L}-])(?:(?:с|о|об|про|у|к|от) )?(?:кто|кого|кому|кем|ч[её]м|что|чего|чему)-(?:то|нибудь|либо)(?![\p{L}-])/iu;

/** The question with its trailing question word put in the indefinite's place, or null when it is no such. */
export function trailingQuestionOf(text: string): string | null {
  const en = TAIL_EN.exec(text.trim());
  if (en?.[1] && en[2]) {
    const clause = en[1].trim();
    const indefinite = INDEFINITE_EN.exec(clause);
    if (!indefinite) return null;
    const wh = en[2].toLowerCase();
    // "somebody called for a ceasefire — who?": the indefinite is the subject.
    if (indefinite.index === 0) return `${wh} ${clause.slice(indefinite[0].length).trim()}?`;
    const rest = `${clause.slice(0, indefinite.index)}${clause.slice(indefinite.index + indefinite[0].length)}`;
    return `${wh} did ${rest.replace(/\s+/gu, " ").trim()}?`;
  }
  const ru = TAIL_RU.exec(text.trim());
  if (ru?.[1] && ru[2]) {
    const clause = ru[1].trim();
    if (!INDEFINITE_RU.test(clause)) return null;
    const rest = clause.replace(INDEFINITE_RU, " ").replace(/\s+/gu, " ").trim();
    return `${ru[2].toLowerCase()} ${rest}?`;
  }
  // "who's getting hurt tho, civilians?": the answer offered after the question word (offered-answer.ts).
  return offeredAnswerOf(text);
}
