import { withoutEndMarks } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueTurn } from "./types.js";

const THAT = "(?:that|this|it|any of (?:that|this)|russia doing that)";
const FEEL_EN =
  "(?:mad|angry|upset|annoyed|unhappy|happy|nervous|uneasy|uncomfortable|worried|furious|pissed(?: off)?)";
const LEAD_EN = "^(?:(?:and|so|but|ok|okay|hm+|well|wait|lol)[, ]+)*";
const PARTY_FEEL_EN = lean(
  new RegExp(
    `${LEAD_EN}(?:(?:does|did|would|will|do) (\\p{L}+(?: \\p{L}+)?) (?:mind|like|hate|care about|object to|resent|accept|tolerate|approve of|complain about) ${THAT}|(?:does|did|would|will) ${THAT} (?:make|get) (\\p{L}+(?: \\p{L}+)?) ${FEEL_EN}|(?:is|are|was|were) (\\p{L}+(?: \\p{L}+)?) (?:ok|okay|fine|cool|happy|mad|angry|upset|unhappy) (?:with|about|at) ${THAT}|how (?:does|do|did) (\\p{L}+(?: \\p{L}+)?) feel about ${THAT})$`,
    "u",
  ),
);
const PARTY_FEEL_RU = lean(
  /^(?:(?:а|и|ну|так)[, ]+)*(\p{L}+) (?:это|такое) (?:злит|бесит|раздражает|нравится|не нравится|устраивает|не устраивает|беспокоит|тревожит|волнует|напрягает)$|^(?:(?:а|и|ну|так)[, ]+)*(\p{L}+) (?:(?:этим|этому|от этого|из-за этого) )?(?:против этого|не против|недоволен|недовольна|недовольны|доволен|довольна|довольны|злится|обижается|возражает|рад|рада|рады)$/u,
);
/** Words that are no party: the asker, the bot, pronouns. */
const NOT_PARTY =
  /^(?:you|i|we|he|she|they|it|that|this|anyone|anybody|everyone|everybody|all|people|someone|somebody|nobody|no one|the world|everyone else|ты|вы|я|мы|он|она|они|это|кто|все|всех|всем|кого|каждый|никто|люди|мир)$/u;

/** The party whose feeling is asked about the last answer's fact, else null. */
export function feelingPartyOf(folded: string, ru: boolean): string | null {
  const text = withoutEndMarks(folded).trim();
  if (text.length > 70) return null;
  const m = (ru ? PARTY_FEEL_RU : PARTY_FEEL_EN).exec(text);
  const party = m?.slice(1).find((g) => g !== undefined);
  return party && !NOT_PARTY.test(party) ? party : null;
}

export function partyFeelingTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused) return null;
  const party = feelingPartyOf(folded, ru);
  if (!party) return null;
  const asked = ask.lang;
  const last = ask.last();
  if (!last || last.quotes.length === 0) return null;
  // «а путина это беспокоит?» after his concern: the voice of the last answer's words is asked, not another party
  // (dialog-r2-37b) — the verdict readers hold it against those words.
  const voices = new Set(last.quotes.map((q) => q.speakerId));
  if (kit.speakers.namedIn(party).some((n) => voices.has(n.id))) return null;
  const name = party.charAt(0).toUpperCase() + party.slice(1);
  const line = ru ? `Как на это смотрит ${name}, не сказано.` : `Nothing on how ${name} sees it.`;
  const reply = notSaidOf(last, context.question, ru ? `отношение: ${party}` : `how ${party} feels`, line);
  return { lang: asked, replies: [reply], context: { ...context, verdict: "not-said" } };
}
