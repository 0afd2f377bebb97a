// A follow-up on the last answer ("why?", "who said that?", "tell me more", "and Peskov?") answered: read as
// the stand-alone question it stands for, or answered from the last answer itself.

import type { Answer, Lang } from "../answering/types.js";
import { sameActorOrTerm } from "../claims/actors.js";
import { carriedVerdict } from "./carried-verdict.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import type { FollowUp } from "./follow-up.js";
import { readingsOf } from "./follow-up-readings.js";
import type { DialogueWords } from "./language.js";
import { createMoreReply } from "./more-reply.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import { createSaidByReply, ownWordsLead } from "./said-by-reply.js";
import type { StandAloneReaders } from "./stand-alone.js";
import { createSwitchedVoice } from "./switched-voice.js";
import type { DialogueContext, DialogueReply } from "./types.js";
import { createWhyBeside } from "./why-beside.js";

/** Follow-ups that name something new: asked with a question mark alone, they may be yes/no in Russian. */
const SWITCHES: ReadonlySet<string> = new Set(["topic-switch", "speaker-switch", "asked-switch"]);
/** How much surer (in half-confidence) a later reading of a follow-up must be than an earlier one to win. */
const LATER_READING = 0.15;

/** A quote naming the story's places: "in Israel and the Gaza Strip". */
const PLACE_QUOTED = /(?<!\p{L})(?:Israel|Gaza)(?!\p{L})/u;

export type FollowUpReplies = ReturnType<typeof createFollowUpReplies>;

/** Most follow-ups end as a stand-alone question, so its reader is part of the deps. */
export function createFollowUpReplies(kit: DialogueKit, { answerStandAlone }: StandAloneReaders) {
  const { engine, kb, conversation, speakers, findAnswer, mainSpeaker, noContext } = kit;
  const whyBeside = createWhyBeside(kit);
  const more = createMoreReply(kit);

  /** Several readings of a follow-up: the one the engine is surest of, answered ones first. */
  const bestReading = (readings: string[], lang: Lang) => {
    let best: { question: string; answer: Answer } | null = null;
    let bestRank = Number.NEGATIVE_INFINITY;
    for (const [i, question] of readings.entries()) {
      const answer = findAnswer(question, lang);
      // The readings come best guess first: a later one must be clearly surer to win.
      const rank =
        (answer.answered ? 2 : answer.reason === "not-in-article" ? 1 : 0) +
        answer.confidence / 2 -
        LATER_READING * i;
      if (rank > bestRank + 1e-9) {
        best = { question, answer };
        bestRank = rank;
      }
    }
    return best;
  };

  /** The asked voice's own reported words, when the article quotes that voice and the last answer does not. */
  const ownWords = (speakerId: string, last: Answer, lang: Lang) => {
    const speaker = kb.speakerById.get(speakerId);
    // A speaker's statements (no entry) stay one voice's list.
    if (!speaker || !last.entry || !speakers.isQuoted(speakerId)) return [];
    if (last.quotes.some((q) => q.speakerId === speakerId)) return [];
    const theirs = findAnswer(
      lang === "ru" ? `что сказал ${speakers.shortName(speakerId, lang)}?` : `what did ${speaker.name} say?`,
      lang,
    );
    return theirs.answered
      ? theirs.quotes.filter((q) => q.speakerId === speakerId && q.voice === "reported").slice(0, 1)
      : [];
  };

  /** The switched-to voice's statements, when the reading's answer quotes only another voice and no yes/no was asked. */
  const otherVoiceFound = (speakerId: string, found: Answer, context: DialogueContext, lang: Lang) => {
    const speaker = kb.speakerById.get(speakerId);
    const reported = found.quotes.filter((q) => q.voice === "reported");
    if (!speaker || !found.answered || context.verdict != null || !speakers.isQuoted(speakerId)) return null;
    if (reported.length === 0 || reported.some((q) => sameVoice(q.speakerId, speakerId))) return null;
    const question =
      lang === "ru" ? `что сказал ${speakers.shortName(speakerId, lang)}?` : `what did ${speaker.name} say?`;
    const answer = findAnswer(question, lang);
    return answer.answered && answer.quotes.some((q) => q.speakerId === speakerId)
      ? { answer, question }
      : null;
  };

  /** One voice: the same speaker, one the article treats as the same actor, or one speaking for the other. */
  const sameVoice = (a: string, b: string) => {
    const speaksFor = (x: string, y: string) => {
      const role = kb.speakerById.get(x)?.role.toLowerCase() ?? "";
      const name = kb.speakerById.get(y)?.name.toLowerCase().replace(/^the /, "");
      return name !== undefined && role.includes(`for the ${name}`);
    };
    return sameActorOrTerm(`@${a}`, `@${b}`) || speaksFor(a, b) || speaksFor(b, a);
  };

  const switchedVoice = createSwitchedVoice({ speakers, ownWords, sameVoice, ownWordsLead });
  const saidBy = createSaidByReply(kit, { ownWords, sameVoice });

  const answerFollowUp = (
    followUp: FollowUp,
    context: DialogueContext,
    lang: Lang,
    words: DialogueWords,
    typed?: string,
  ): DialogueReply => {
    const entry = context.entryId ? engine.answerForEntry(context.entryId, lang) : null;
    switch (followUp.kind) {
      case "who-said-that": {
        // After a voice's statements (no entry: "what does the kremlin say it wants to do?"), that card again: its
        // quotes name who said each (dialog44).
        const voice = !entry && context.speakerId ? engine.quotesBy(context.speakerId, lang) : null;
        const said = entry ?? (voice?.answered ? voice : null);
        if (!said) return noContext(followUp.kind, lang);
        // Who said it carries no verdict: a curated answer's own leading "Yes." goes (own-verdict.ts).
        return {
          kind: "who-said-that",
          understood: words.templates.whoSaidThat,
          answer: { ...said, answer: withoutOwnVerdict(said.answer) },
        };
      }
      case "is-that-true":
        if (!entry) return noContext(followUp.kind, lang);
        // The bot knows only the article: "yes" means the article reports it, and the reply says so.
        return {
          kind: "is-that-true",
          understood: words.templates.isThatTrue,
          answer: entry,
          verdict: carriedVerdict(context, entry.answered),
        };
      case "said-by":
        return saidBy(followUp, context, entry, lang, words);
      case "more":
        return more(context, entry, lang, words);
      default: {
        const readings = readingsOf(followUp, context, words, speakers, words.lang, mainSpeaker);
        const best = bestReading(readings, lang);
        if (!best) return noContext(followUp.kind, lang);
        // "А Эрдоган согласился?": a switch asked by intonation keeps its question mark, a Russian yes/no's mark.
        const asked =
          typed?.trim().endsWith("?") && SWITCHES.has(followUp.kind) ? `${best.question}?` : best.question;
        const reply = answerStandAlone(best.question, lang, words, best.question, followUp.kind, asked);
        // "and Peskov?" after Putin's wants: the reading found another voice's words again; his own words instead (dialog53).
        const voice =
          followUp.kind === "speaker-switch"
            ? otherVoiceFound(followUp.speakerId, reply.answer, context, lang)
            : null;
        if (voice)
          return answerReply(voice.answer, {
            understood: voice.question,
            followUp: followUp.kind,
            asked: voice.question,
          });
        // "and peskov?" after "does putin back a palestinian state? — Yes": asked of him the article doesn't say;
        // what he does say follows, so the switch gets his words and not only the other voice's again.
        const ownAfter =
          followUp.kind === "speaker-switch"
            ? switchedVoice(followUp.speakerId, reply, { context, entry, question: best.question, lang })
            : null;
        if (ownAfter) return ownAfter;
        // «где?» after «сколько погибло»: the reading found the figures gap again, whose quotes say where the
        // casualties are; where the story's violence is happening answers it (d81-30: English found it alone).
        const place =
          followUp.kind === "where" &&
          !reply.answer.answered &&
          reply.answer.entry?.id === context.entryId &&
          PLACE_QUOTED.test(reply.answer.quotes.map((q) => q.text).join(" "))
            ? words.lang === "ru"
              ? "где происходит насилие"
              : "where is the violence happening"
            : null;
        const placeFound = place ? findAnswer(place, lang) : null;
        if (place && placeFound?.answered)
          return answerReply(placeFound, { understood: place, followUp: "where", asked: place });
        // "Why?" that finds the same entry again: the entry the curators name as holding its reason, if any.
        const reasonId = context.entryId ? conversation.reasons?.get(context.entryId) : undefined;
        const reason = reasonId ? engine.answerForEntry(reasonId, lang) : null;
        if (followUp.kind === "why" && reason && reply.answer.entry?.id === context.entryId)
          return answerReply(reason, { understood: best.question, followUp: "why", asked: best.question });
        // No curated reason: the article's own account just before it, said to be no reason (why-beside.ts).
        const again =
          followUp.kind === "why" &&
          reply.answer.answered &&
          (reply.answer.entry?.id === context.entryId ||
            (context.entryId === null &&
              reply.answer.kind === "quotes" &&
              reply.answer.quotes.every((q) => q.speakerId === context.speakerId)));
        const beside = again && !reason ? whyBeside(reply.answer, lang) : null;
        if (beside)
          return answerReply(beside, { understood: best.question, followUp: "why", asked: best.question });
        // "Why?" the engine cannot place: the article gives no more reason than the last answer did.
        if (
          !reply.answer.answered &&
          reply.answer.reason !== "not-in-article" &&
          entry &&
          followUp.kind !== "speaker-switch" &&
          followUp.kind !== "topic-switch"
        ) {
          return { ...reply, answer: { ...entry, answered: false, reason: "not-in-article" }, verdict: null };
        }
        return reply;
      }
    }
  };

  return { answerFollowUp };
}
