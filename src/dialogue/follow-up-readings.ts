// A follow-up read as the stand-alone questions it may mean, against the chat's context: "why?" after "does
// Putin blame the US?" is "why does Putin blame the US?", "and Peskov?" the same asked of him (follow-up.ts tells
// which follow-up a message is; follow-up-reply.ts answers the reading the engine is surest of).

import type { Lang } from "../answering/types.js";
import { calledWithOther } from "./call-party.js";
import { actSwapped } from "./elliptic-act.js";
import type { FollowUp } from "./follow-up.js";
import type { DialogueWords } from "./language.js";
import { questionBody, whereBody } from "./question-body.js";
import { partyForRole } from "./role-of-party.js";
import { sideOfCount } from "./side-of-count.js";
import type { SpeakerNames } from "./speakers.js";
import { swappedObjectRu } from "./topic-swap-ru.js";
import type { DialogueContext } from "./types.js";

/** The one asking or the bot, as the last question's object: "for me", "для меня", "to you". */
const READER = /^(?:me|us|you|мне|меня|нам|нас|тебя|вас)(?!\p{L})/iu;

/** The stand-alone questions a follow-up may mean, best guess first. */
export function readingsOf(
  followUp: FollowUp,
  context: DialogueContext,
  words: DialogueWords,
  speakers: SpeakerNames,
  lang: Lang,
  mainSpeaker: string | null = null,
): string[] {
  const t = words.templates;
  switch (followUp.kind) {
    case "why":
      return [t.why(questionBody(context.question, words))];
    case "how":
      return [t.how(questionBody(context.question, words))];
    case "where":
      return [t.where(whereBody(context.question, words))];
    case "when":
      return [t.when(questionBody(context.question, words))];
    case "speaker-switch": {
      const name = speakers.shortName(followUp.speakerId, lang);
      // "did putin phone biden?" -> "and erdogan?": the call asked again with him as its party (dialog48).
      const called = calledWithOther(context.question, name, lang, speakers);
      if (called) return [called];
      const named = speakers.namedIn(context.question);
      const readings: string[] = [];
      if (named.length > 0) readings.push(replaceSpans(context.question, named.slice(0, 1), name));
      // "and peskov?" after "does putin blame the us?" — Yes/No: the same yes/no asked of him, not what he said
      // about "blame the us" (which found Putin's words again with no verdict).
      if (named.length > 0 && context.verdict != null) return readings;
      readings.push(t.speakerAbout(name, context.topic));
      return readings;
    }
    case "asked-switch": {
      const speaker = context.speakerId ? speakers.shortName(context.speakerId, lang) : "";
      return [
        `${followUp.questionWord} ${speaker} ${followUp.topic}`.replace(/\s+/g, " ").trim(),
        `${followUp.questionWord} ${followUp.topic}`,
      ];
    }
    case "topic-switch": {
      // "What ties does Russia have with the Palestinians?" + "what about Israel?": the last question's object swapped.
      const swapped = words.lastObject.exec(context.question);
      // "…ties with the Palestinians?" + "and with Israel?": the preposition is the old question's already.
      // «…созванивался с байденом?» + «а с эрдоганом?»: the Russian preposition too (dialog48).
      // «а про роль америки?»: another party's role is the party (role-of-party.ts).
      const topicAlone = partyForRole(
        followUp.topic.replace(
          /^(?:with|about|on|for|to|towards|toward|in|regarding|over|с|со|о|об|про|к|ко|для)\s+/u,
          "",
        ),
      );
      // "sum the article up for me" + "and the ceasefire?": the reader ("me") is no object to swap.
      const object = swapped?.[1] ? context.question.slice(swapped[1].length) : "";
      // «а путин предлагал провести конференцию?» + «а возобновить переговоры?»: the act after the same verb.
      const act = lang === "ru" ? actSwapped(context.question, topicAlone) : null;
      const readings = act
        ? [act]
        : swapped?.[1] && !READER.test(object)
          ? [
              lang === "ru"
                ? swappedObjectRu(context.question, swapped[1], topicAlone, context.verdict != null)
                : `${swapped[1]}${topicAlone}`,
            ]
          : [];
      // "what about on the israeli side?" after a casualty count: that side's count, and nothing else (side-of-count.ts).
      if (readings.length > 0 && sideOfCount(followUp.topic, context)) return readings;
      readings.push(
        context.speakerId
          ? t.speakerAbout(speakers.shortName(context.speakerId, lang), topicAlone)
          : t.articleAbout(topicAlone),
      );
      // After a summary there is no speaker: the article's main voice is the other natural reading.
      if (!context.speakerId && mainSpeaker)
        readings.push(t.speakerAbout(speakers.shortName(mainSpeaker, lang), topicAlone));
      readings.push(followUp.topic);
      return readings;
    }
    default:
      return [];
  }
}

function replaceSpans(text: string, spans: { start: number; end: number }[], by: string): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start))
    out = `${out.slice(0, s.start)}${by}${out.slice(s.end)}`;
  return out;
}
