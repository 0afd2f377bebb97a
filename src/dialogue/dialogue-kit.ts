// What every part of a turn shares: the engine behind a per-message cache, the speakers, the claim checker, and
// the few reply builders each reader needs. Built once per dialogue and handed to the readers as their deps.

import type { Answer, AnsweringEngine, Lang, Suggestion } from "../answering/types.js";
import type { ClaimChecker } from "../claims/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Parties } from "../knowledge/parties.js";
import { rememberingChecks } from "./check-cache.js";
import type { Conversation } from "./conversation-file.js";
import type { NearMissFinder } from "./rescue.js";
import { SpeakerNames } from "./speakers.js";
import type { AnswerReply, DialogueReply, FollowUpKind } from "./types.js";

/** What the dialogue needs: the engine (with its ranking, for "did you mean…?"), the KB and the curated file. */
export interface DialogueDeps {
  engine: AnsweringEngine & Partial<NearMissFinder>;
  kb: KnowledgeBase;
  conversation: Conversation;
  /** "Did they really say that?" (src/claims/): yes/no verdicts for English questions; curated ones without it. */
  claims?: ClaimChecker;
  /** Answer + quotes within this many characters keep both halves of two questions on screen. */
  replyBudget?: number;
}

/** Answer + quotes of both halves over this many characters: the second half is offered as a button. */
const DEFAULT_REPLY_BUDGET = 1100;
export const BUTTONS_SHOWN = 3;
const NO_PARTIES: Parties = [];

/** What the readers of a turn are built from (their deps object). */
export type DialogueKit = ReturnType<typeof createDialogueKit>;

/** Built once per dialogue: every reader must see the same per-message answer cache. */
export function createDialogueKit(deps: DialogueDeps) {
  const { engine, kb, conversation } = deps;
  const speakers = new SpeakerNames(kb);
  const budget = deps.replyBudget ?? DEFAULT_REPLY_BUDGET;
  const claims = deps.claims ? rememberingChecks(deps.claims) : null;
  // One message may ask the engine the same question twice (a follow-up's best reading, then its answer): the
  // second time is a lookup. Emptied at each message, so no answer outlives the message it was made for: a new
  // Map, not clear(): V8 gives a cleared Map that lives in the old generation its new table there too (and each
  // table it grows into), so clearing this one per message made old-space garbage, waiting for a mark-compact.
  let answeredThisTurn = new Map<string, Answer>();
  // The entry the last reply answered: when the engine cannot choose between near entries and that entry is one
  // of them, the conversation has settled it ("did they call for sanctions too?" after their statement).
  let settledBy: string | null = null;
  const findAnswer = (question: string, lang: Lang): Answer => {
    const key = `${lang}\u0000${question}`;
    let answer = answeredThisTurn.get(key);
    if (!answer) {
      answer = engine.findAnswer(question, lang);
      if (
        answer.reason === "ambiguous" &&
        settledBy &&
        answer.suggestions.some((s) => s.entryId === settledBy)
      ) {
        const settled = engine.answerForEntry(settledBy, lang);
        if (settled?.answered) answer = { ...settled, readAs: answer.readAs };
      }
      answeredThisTurn.set(key, answer);
    }
    return answer;
  };
  // The speaker with the most statements the article reports: whom "what about X?" after a summary is about.
  const reportedCount = new Map<string, number>();
  for (const q of kb.entries.flatMap((e) => e.quotes))
    if (q.voice === "reported") reportedCount.set(q.speaker, (reportedCount.get(q.speaker) ?? 0) + 1);
  const mainSpeaker = [...reportedCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  // Without a curated story point, the engine's own popular questions.
  const storySuggestions = (lang: Lang): Suggestion[] => {
    const story = conversation.storyPoint.flatMap((id) => {
      const a = engine.answerForEntry(id, lang);
      return a ? [{ entryId: id, question: a.title }] : [];
    });
    return story.length > 0 ? story : engine.popularQuestions(BUTTONS_SHOWN, lang);
  };

  /** Refusals without a near entry suggest the story's point rather than the first entries of the file. */
  const withStorySuggestions = (answer: Answer, lang: Lang): Answer => {
    if (answer.answered || answer.reason === "not-in-article" || answer.reason === "ambiguous") return answer;
    const popular = engine.popularQuestions(BUTTONS_SHOWN, lang).map((s) => s.entryId);
    const generic =
      answer.suggestions.length === 0 || answer.suggestions.every((s, i) => s.entryId === popular[i]);
    return generic ? { ...answer, suggestions: storySuggestions(lang) } : answer;
  };

  const noContext = (followUp: FollowUpKind, lang: Lang): DialogueReply => ({
    kind: "no-context",
    followUp,
    suggestions: storySuggestions(lang),
  });

  return {
    engine,
    kb,
    conversation,
    /** The article's parties (kb.parties; none for a knowledge base without the table): the party readers'. */
    parties: kb.parties ?? NO_PARTIES,
    speakers,
    budget,
    claims,
    findAnswer,
    /** Called at each message, so no answer outlives the message it was made for; with the last reply's entry. */
    forgetAnswers: (lastEntry: string | null = null) => {
      answeredThisTurn = new Map();
      engine.forgetReadings?.();
      settledBy = lastEntry;
    },
    mainSpeaker,
    storySuggestions,
    withStorySuggestions,
    noContext,
  };
}

/** An answer reply with every field a reader leaves unset at its plain default. */
export const answerReply = (answer: Answer, extra: Partial<AnswerReply> = {}): AnswerReply => ({
  kind: "answer",
  answer,
  understood: null,
  followUp: null,
  verdict: null,
  verdictSource: null,
  deferred: false,
  rescued: false,
  asked: "",
  ...extra,
});
