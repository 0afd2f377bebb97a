// The readers of a message against the chat's last turn, in the order dialogue.ts asks them after its rewrites:
// the first with a turn answers it. Most read the last answer (asked-of-last.ts: the message folded once, the
// answer looked up once); the others read the context alone. A new reader of the last answer takes `(ask, kit)`
// and goes in ON_LAST_ANSWER where its kind must be read.

import type { Lang } from "../answering/types.js";
import { andThingOnCardTurn } from "./and-thing-on-card.js";
import { type AskedOfLast, askedOfLast, type LastAnswerReader } from "./asked-of-last.js";
import { bodyTooTurn } from "./body-too.js";
import { bothSidesAskedTurn } from "./both-sides-asked.js";
import { callMatterThereTurn } from "./call-matter-there.js";
import { callTopicFragmentTurn } from "./call-topic-fragment.js";
import { claimOrFactTurn } from "./claim-or-fact.js";
import { contactWithSideTurn } from "./contact-with-side.js";
import { detailFragmentTurn } from "./detail-fragment.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { elseChargeTurn } from "./else-charge.js";
import { exampleAskedTurn } from "./example-asked.js";
import { feelingAboutThatTurn } from "./feeling-about-that.js";
import { figureFragmentTurn } from "./figure-fragment.js";
import { guessedDoerTurn } from "./guessed-doer.js";
import { hopedProspectTurn } from "./hoped-prospect.js";
import { includedTooTurn } from "./included-too.js";
import { lackingAskedTurn } from "./lacking-asked.js";
import { meansAskedTurn } from "./means-asked.js";
import { mentionedTooTurn } from "./mentioned-too.js";
import { partnerDeedTurn } from "./partner-deed.js";
import { partyFeelingTurn } from "./party-feeling.js";
import { partyInThatTurn } from "./party-in-that.js";
import { partyOnThatTurn } from "./party-on-that.js";
import { partyThereTooTurn } from "./party-there-too.js";
import { placeTooTurn } from "./place-too.js";
import { proposalDetailTurn } from "./proposal-detail.js";
import { prospectAskedTurn } from "./prospect-asked.js";
import { purposeOfThatTurn } from "./purpose-of-that.js";
import { realThingTurn } from "./real-thing.js";
import { restatedViewTurn } from "./restated-view.js";
import { saidOccasionTurn } from "./said-occasion.js";
import { sameDoerTurn } from "./same-doer.js";
import { selfBlameAskedTurn } from "./self-blame-asked.js";
import { spreadPlacesTurn } from "./spread-places.js";
import { statedAimTurn } from "./stated-aim.js";
import { switchedDetailTurn } from "./switched-detail.js";
import { thingTooTurn } from "./thing-too.js";
import { timeOfThatTurn } from "./time-of-that.js";
import { topicCommentTurn } from "./topic-comment.js";
import type { DialogueContext, DialogueTurn } from "./types.js";
import { unsaidWantTurn } from "./unsaid-want.js";
import { voiceTooTurn } from "./voice-too.js";
import { warringSidesTurn } from "./warring-sides.js";

const ON_LAST_ANSWER: LastAnswerReader[] = [
  // "а США в этом участвуют?" after the Foreign Ministry's call: doesn't say (party-in-that.ts).
  partyInThatTurn,
  // "did he raise a palestinian state there?" after the call: only what its quote holds, else doesn't say (call-matter-there.ts).
  callMatterThereTurn,
  // «это было вчера?», "was that yesterday?": the article gives no date, doesn't say (time-of-that.ts).
  timeOfThatTurn,
  // "lasting peace possible soon?", «а конфликт скоро закончится?»: a prospect the article never gives (prospect-asked.ts).
  prospectAskedTurn,
  // "is the author optimistic that peace will come soon?": an outlook on a prospect, doesn't say (hoped-prospect.ts).
  hopedProspectTurn,
  // "did turkey agree to mediate" after the call: the partner's deed is not reported (partner-deed.ts).
  partnerDeedTurn,
  // "so the hamas link is real?": what the last answer's quotes report, Yes (real-thing.ts).
  realThingTurn,
  // "even with hamas?", «хамас тоже?»: a party in the last card's relation, Yes; absent, doesn't say (included-too.ts).
  includedTooTurn,
  // «США там тоже?» after Russia's disputed role: a member of the group the card relates, Yes (party-there-too.ts).
  partyThereTooTurn,
  // «а с палестинцами связи давние?» after the ties with Israel: the related card's detail, Yes (switched-detail.ts).
  switchedDetailTurn,
  // «а переговоры он тоже упомянул?»: a thing the last answer's quotes report, Yes (mentioned-too.ts).
  mentionedTooTurn,
  // "talks too?" after what Putin wants: Yes where its evidence names the thing, else doesn't say (thing-too.ts).
  thingTooTurn,
  // "and talks?" after a yes/no card that answered a wh-question: Yes where its evidence names the thing (and-thing-on-card.ts).
  andThingOnCardTurn,
  // «и санкций тоже?» after what Putin wants: a wish its evidence never names, doesn't say (unsaid-want.ts).
  unsaidWantTurn,
  // "so he thinks their middle east policy failed?": the last answer's point as its voice's view, Yes (restated-view.ts).
  restatedViewTurn,
  // "over 500 dead then?": a figure the last answer's quotes never give, doesn't say (figure-fragment.ts).
  figureFragmentTurn,
  // "which countries exactly?" after the feared spread: the article names none (spread-places.ts).
  spreadPlacesTurn,
  // "did he say that on tv or what": the occasion of the last answer's words, the call or none (said-occasion.ts).
  saidOccasionTurn,
  // "like what", "which palestinians specifically": what the last answer gives, again (example-asked.ts).
  exampleAskedTurn,
  // "what was missing from those efforts?" after Washington's: the lack its quotes name, again (lacking-asked.ts).
  lackingAskedTurn,
  // "how does it back that up?" after Moscow's self-image: the "by …" its quotes give, again (means-asked.ts).
  meansAskedTurn,
  // "does israel mind that?", «а израиль это злит?»: a party's feeling is not reported (party-feeling.ts).
  partyFeelingTurn,
  // "is he upset about that?" after his charge: a feeling the last answer never reports, doesn't say (feeling-about-that.ts).
  feelingAboutThatTurn,
  // "talks to both sides, really?", «и с хамасом общается?» after the Kremlin: its open communication, Yes (contact-with-side.ts).
  contactWithSideTurn,
  // "is that actually true or just what they claim": the article judges no claim (claim-or-fact.ts).
  claimOrFactTurn,
  // "topic?" after "putin erdogan call date?": what the call was about, the call's entry (call-topic-fragment.ts).
  callTopicFragmentTurn,
  // "is it biden pushing for it?": a stranger guessed as the last answer's doer, No (guessed-doer.ts).
  guessedDoerTurn,
  // «а США что по этому поводу?»: another party on the last card's matter, where the card names it (party-on-that.ts).
  partyOnThatTurn,
  // "what else does he accuse washington of?": the related card with the voice's other charges (else-charge.ts).
  elseChargeTurn,
  // "does he say russia's own role was part of the problem?": he makes no mention of it, No (self-blame-asked.ts).
  selfBlameAskedTurn,
  // "why does that matter for moscow" after its ties with Israel: the related card of the aim (purpose-of-that.ts).
  purposeOfThatTurn,
  // "did he propose specific borders?": a detail no word of the article names, doesn't say (proposal-detail.ts).
  proposalDetailTurn,
  // "does it advocate direct talks between them?": an aim the card's voice states in its quotes, Yes (stated-aim.ts).
  statedAimTurn,
];
/** Asked after topic-comment.ts, which reads the last topic (no entry needed). */
const ON_LAST_ANSWER_AFTER_TOPIC: LastAnswerReader[] = [
  // "on both sides?": what the last answer's quotes report of Israel and Gaza alike, Yes (both-sides-asked.ts).
  bothSidesAskedTurn,
  // «в израиле тоже есть жертвы?» after the casualties: Yes where its quotes name the place (place-too.ts).
  placeTooTurn,
];

const firstTurn = (ask: AskedOfLast | null, kit: DialogueKit, readers: LastAnswerReader[]) => {
  if (!ask) return null;
  for (const read of readers) {
    const turn = read(ask, kit);
    if (turn) return turn;
  }
  return null;
};

/** The turn of the first reader of the message against the last turn that has one; null when none does. */
export function turnOnLast(
  text: string,
  { context, lang }: { context: DialogueContext | null; lang: Lang },
  kit: DialogueKit,
  respond: (question: string) => DialogueTurn,
): DialogueTurn | null {
  const ask = askedOfLast(text, context, lang, kit.engine);
  return (
    // "is that the same guy who called erdogan?": the deed's voice against the person in context (same-doer.ts).
    sameDoerTurn(text, context, kit.speakers, lang, respond) ??
    // "the kremlin too?" after Peskov's words: the body he speaks for, named in them, Yes (body-too.ts).
    bodyTooTurn(text, context, kit, lang) ??
    // "the kremlin too?" after Putin's charge: a voice the card does not quote, doesn't say (voice-too.ts).
    voiceTooTurn(text, context, kit, lang) ??
    firstTurn(ask, kit, ON_LAST_ANSWER) ??
    // «а путин об этом что-то говорил?»: the voice asked on the last topic, Yes with its words (topic-comment.ts).
    topicCommentTurn(text, context, kit, lang) ??
    firstTurn(ask, kit, ON_LAST_ANSWER_AFTER_TOPIC) ??
    // "ok so its hamas vs israel?": the sides the article names for the violence, Yes (warring-sides.ts).
    warringSidesTurn(text, context, kit, lang) ??
    // "a truce right away?": a fragment restating part of the last answer in other words, Yes (detail-fragment.ts).
    detailFragmentTurn(text, context, kit, lang)
  );
}
