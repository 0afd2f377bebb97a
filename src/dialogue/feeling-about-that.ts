// Kind (dialog46b, session 41's leftover): the last voice's own feeling asked about what the last answer reports —
// "is he upset about that?", "is putin angry about it?", "does that bother him?", «он из-за этого расстроен?»,
// «путина это злит?» after who Putin blames (the US's failed policy). The engine found the one feeling the article
// reports, Putin's "deep concern over the rising number of civilian casualties", and answered its curated Yes: a false
// Yes, since "that" is the US's failure, about which the article reports no feeling of his. So where the last answer
// reports no feeling at all (no concern, worry, alarm in its words) and the one asked is its own voice ("he", or the
// voice named), the reply is "doesn't say" on the last answer's evidence. After the casualties the same message is
// his concern, Yes (concern-about-that.ts, a rewrite read before); another party's feeling is party-feeling.ts's.

import { withoutEndMarks } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueTurn } from "./types.js";

const LEAD_EN = "^(?:(?:and|so|but|ok|okay|hm+|well|wait)[, ]+)*";
const WHO_EN = "(he|she|they|putin|peskov|the kremlin|kremlin|moscow|russia)";
const FEEL_EN =
  "(?:upset|angry|mad|annoyed|unhappy|sad|saddened|worried|concerned|bothered|troubled|frustrated|furious|disappointed|alarmed|emotional)";
const THAT_EN = "(?:that|this|it|all that|all this)";
const FEELING_EN = lean(
  new RegExp(
    `${LEAD_EN}(?:(?:is|was|are|were) ${WHO_EN}(?: (?:really|actually|very|so|that))? ${FEEL_EN} (?:about|over|with|by|at) ${THAT_EN}|(?:does|did) ${THAT_EN} (?:bother|upset|anger|annoy|worry|trouble|frustrate|disappoint) (him|her|them|putin|peskov|the kremlin))$`,
    "u",
  ),
);
const LEAD_RU = "^(?:(?:а|и|ну|так)[, ]+)*";
const WHO_RU = "(он|она|они|путин|песков|кремль)";
const WHOM_RU = "(его|ее|их|путина|пескова|кремль)";
const FEEL_RU =
  "(?:расстроен\\p{L}*|расстраива\\p{L}*|огорч\\p{L}*|зл\\p{L}*|сердит\\p{L}*|пережива\\p{L}*|недовол\\p{L}*|обижа\\p{L}*|разочарова\\p{L}*)";
const THAT_RU = "(?:из-за этого|этим|на это|от этого|по этому поводу)";
const FEELING_RU = lean(
  new RegExp(
    `${LEAD_RU}(?:${WHO_RU} (?:${THAT_RU} ${FEEL_RU}|${FEEL_RU} ${THAT_RU})|${WHOM_RU} это (?:расстраивает|огорчает|злит|бесит|задевает))$`,
    "u",
  ),
);
/** A feeling in the last answer's own words: then the feeling asked may be the one reported. */
const FEELING_REPORTED =
  /(?:concern|worr|alarm|anxi|upset|обеспокоен|озабочен|тревог|беспоко|волн|пережива)/u;
const PRONOUN = /^(?:he|she|they|он|она|они|him|her|them|его|ее|их)$/u;

export function feelingAboutThatTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused || folded.length > 70) return null;
  const m = (ru ? FEELING_RU : FEELING_EN).exec(withoutEndMarks(folded).trim());
  const who = m?.slice(1).find((g) => g !== undefined);
  if (!who) return null;
  const last = ask.last();
  if (!last?.answered || last.quotes.length === 0) return null;
  if (FEELING_REPORTED.test(last.answer.toLowerCase())) return null;
  const voices = new Set(last.quotes.map((q) => q.speakerId));
  // The one asked is the last answer's voice: "he" where that voice is one person, or the voice by name.
  const named = PRONOUN.test(who) ? [...voices] : kit.speakers.namedIn(who).map((n) => n.id);
  const one = named.length === 1 ? named[0] : undefined;
  if (one === undefined || !voices.has(one)) return null;
  const line = ru
    ? "О таких чувствах по этому поводу статья не сообщает: она говорит лишь о глубокой обеспокоенности Путина гибелью мирных жителей."
    : "The article reports no such feeling about that: the one feeling it reports is Putin's deep concern over the civilian casualties.";
  const reply = notSaidOf(
    last,
    context.question,
    ru ? "чувства по этому поводу" : "a feeling about that",
    line,
  );
  return { lang: ask.lang, replies: [reply], context: { ...context, verdict: "not-said" } };
}
