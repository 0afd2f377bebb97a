// "is putin sick?", "did peskov get fired?", "иран поддерживает хамас?": a yes/no question typed alone whose
// point the article never speaks of (off-topic-yes-no.ts) — nothing read but a person's name and words the
// article never uses, or no yes/no and no statement the claim checker could read. It is refused as the engine
// refuses an off-topic question, with "not said" as its verdict. A follow-up ("so he praised them?") has the last
// answer's topic, so it keeps its evidence; a curated gap ("does erdogan agree?") keeps its own words.
// Read by stand-alone.ts after the restrictions, before the claim checker.

import type { Answer, Lang } from "../answering/types.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import type { DialogueWords } from "./language.js";
import { asksOnlyUnknown, createOffStory, createOffTopicRefusal } from "./off-topic-yes-no.js";
import { saidClaimOf } from "./said-claim.js";
import type { AnswerReply, FollowUpKind } from "./types.js";
import { unmentionedCallMatterOf } from "./unmentioned-call-matter.js";
import { withUnmentionedLead } from "./unmentioned-country.js";
import type { Verdict } from "./yes-no.js";

export interface OffStoryAsk {
  question: string;
  folded: string;
  /** The message before any rewriting: only a yes/no typed as one is refused as off the story. */
  message: string | undefined;
  understood: string | null;
  followUp: FollowUpKind | null;
  asksYesNo: boolean;
}

/** Built once per dialogue, as the refusal's replies and the off-story reader are. */
export function createOffStoryReply(kit: DialogueKit) {
  const { engine, kb, speakers, withStorySuggestions } = kit;
  const offTopicRefusal = createOffTopicRefusal(kb);
  const offStory = createOffStory(kb, engine);
  return (
    ask: OffStoryAsk,
    answer: Answer,
    verdict: Verdict | null,
    lang: Lang,
    words: DialogueWords,
  ): AnswerReply | null => {
    const { question, folded, message, understood, followUp, asksYesNo } = ask;
    const standsAlone = understood === null && followUp === null;
    const offTopic =
      standsAlone &&
      asksYesNo &&
      ((verdict?.source === "unconfirmed" && words.lang === "en" && asksOnlyUnknown(question, engine)) ||
        (verdict?.verdict !== "yes" &&
          verdict?.verdict !== "no" &&
          !(answer.entry?.kind === "not-in-article") &&
          // "did putin blame iran too?": the engine found the fact the party was put into; its evidence stays.
          answer.wrongParty === undefined &&
          saidClaimOf(folded, words.lang, speakers) === null &&
          message !== undefined &&
          offStory(message, words.lang, answer)));
    // "did they also discuss the grain deal on that call?": a matter the article never names, said plainly.
    const matter =
      standsAlone &&
      asksYesNo &&
      verdict?.verdict !== "yes" &&
      verdict?.verdict !== "no" &&
      message !== undefined
        ? unmentionedCallMatterOf(message, words.lang, kb)
        : null;
    if (!offTopic && matter === null) return null;
    const refusal = withStorySuggestions(offTopicRefusal(lang), lang);
    const led = matter === null ? null : withUnmentionedLead(refusal.answer, matter, lang);
    return answerReply(led === null ? refusal : { ...refusal, answer: led }, {
      understood,
      followUp,
      rescued: false,
      asked: question,
      verdict: "not-said",
      verdictSource: "not-in-article",
    });
  };
}
