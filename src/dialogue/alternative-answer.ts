// "Was the call with Erdogan or Biden?" (alternativesOf, alternative.ts): each side asked as a stand-alone yes/no
// question; the one side the article supports answers, shown as the question read, without a yes/no line; both
// sides supported answer "both" (both-sides.ts). Null when neither side is, or the side answers another question
// than the one asked (offered-options.ts). Read before the last answer's context (dialogue.ts, two-questions.ts).

import { asksFightingOnRu } from "../answering/russian/fighting-on.js";
import type { Lang } from "../answering/types.js";
import { alternativesOf } from "./alternative.js";
import { bothSidesReply } from "./both-sides.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { withoutExclusive } from "./exclusive-side.js";
import { fightingContinueOf } from "./fighting-continue.js";
import type { DialogueWords } from "./language.js";
import { offersOptions } from "./offered-options.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { StandAloneReaders } from "./stand-alone.js";
import type { AnswerReply } from "./types.js";

/** One side asked as a stand-alone question (stand-alone.ts's answerStandAlone). */
type AskSide = StandAloneReaders["answerStandAlone"];

export function answerAlternative(
  kit: DialogueKit,
  askSide: AskSide,
  folded: string,
  lang: Lang,
  words: DialogueWords,
  inContext: boolean,
): AnswerReply | null {
  const sides = alternativesOf(folded, words);
  if (!sides) return null;
  // "Erdogan or Biden?" alone reads against the last answer, below.
  if (sides[0].trim() === "" || sides[1].trim() === "") return null;
  // "…or only Y", «…или только Y»: the second side asks whether Y is all there is; Y itself is what the article
  // must hold for that side (exclusive-side.ts), so "does he feel for the victims or only scold the US" with both
  // in the article is "both", not the first side alone.
  const asked: [string, string] = [sides[0], withoutExclusive(sides[1])];
  const replies = asked.map((side) =>
    askSide(side, lang, words, side, inContext ? "pronoun" : null, `${side}?`),
  );
  // «путин хочет, чтобы бои прекратились или продолжались»: the side wishing the fighting on finds the ceasefire
  // entry, whose curated Yes answers the other side; asked alone it is No (grounded-verdicts.ts), never support.
  const supported = replies.filter(
    (r, i) => r.verdict === "yes" && r.answer.answered && !wishesFightingOn(asked[i] ?? "", words.lang),
  );
  // Both sides in the article: "both", with each side's evidence (both-sides.ts).
  if (supported.length === 2) return bothSidesReply(asked, supported as [AnswerReply, AnswerReply], lang);
  // «путин хочет продолжения войны или мира?»: one side wishes the fighting on and found the entry where the voice
  // stands for a ceasefire: that evidence answers the pair (the other side read alone may find a looser entry, the
  // article's own view), without a verdict: an either-or is answered by a side, never by yes or no.
  const peace = replies.find(
    (r, i) =>
      r.answer.answered &&
      r.answer.entry !== null &&
      kit.conversation.standsFor?.has(r.answer.entry.id) === true &&
      wishesFightingOn(asked[i] ?? "", words.lang),
  );
  if (supported.length !== 1 && !peace) return null;
  const chosen = peace ?? (supported[0] as AnswerReply);
  // "who is putin blaming, israel or hamas?": the side must answer the question asked (offered-options.ts).
  if (offersOptions(folded)) {
    const whole = kit.findAnswer(folded, lang);
    if (whole.answered && whole.entry && whole.entry.id !== chosen.answer.entry?.id) return null;
  }
  return {
    ...chosen,
    answer: { ...chosen.answer, answer: withoutOwnVerdict(chosen.answer.answer) },
    // The fighting-on side read is not what the ceasefire evidence answers: its entry's question says it.
    ...(peace ? { understood: null } : {}),
    verdict: null,
    verdictSource: null,
  };
}

/** A side asking whether a voice wants the fighting to go on: the opposite of the ceasefire the article reports. */
function wishesFightingOn(side: string, lang: Lang): boolean {
  return lang === "ru" ? asksFightingOnRu(side) : fightingContinueOf(`${side}?`) !== null;
}
