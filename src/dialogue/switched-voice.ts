// Kind: a voice switched in after a yes/no — "and peskov?", "how about the foreign ministry?", «а песков?» after
// "does putin back a palestinian state? — Yes". The same yes/no asked of the new voice is "doesn't say" where the
// article gives none of his words on it; the switch then also gets what that voice does say (its own reported
// words, after a lead line), not only the other voice's words again. And where the new voice's yes/no landed on
// an entry that quotes neither voice ("does peskov agree" after "does erdogan agree?" found the blame entry), it
// is read against the last entry: the article doesn't say, then his words. So is one the engine cannot place at all
// ("is peskov on board" after "is erdogan on board?" was the "doesn't cover that" card).
import type { Answer, Lang } from "../answering/types.js";
import { answerReply } from "./dialogue-kit.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext, DialogueReply } from "./types.js";

interface SwitchedVoiceDeps {
  speakers: SpeakerNames;
  /** The voice's own reported words, when the article quotes it and the answer does not (follow-up-reply.ts). */
  ownWords: (speakerId: string, last: Answer, lang: Lang) => Answer["quotes"];
  /** One voice: the same speaker, or one speaking for the other (Peskov for the Kremlin). */
  sameVoice: (a: string, b: string) => boolean;
  ownWordsLead: (name: string, lang: Lang) => string;
}

interface Switched {
  context: DialogueContext;
  /** The last answered entry, if any. */
  entry: Answer | null;
  /** The reading the switch was answered as. */
  question: string;
  lang: Lang;
}

export function createSwitchedVoice({ speakers, ownWords, sameVoice, ownWordsLead }: SwitchedVoiceDeps) {
  /** The reply read against the last entry when the switch's yes/no drifted to an entry quoting neither voice, or
   * to none. */
  const drifted = (speakerId: string, reply: DialogueReply, s: Switched): DialogueReply | null => {
    const { context, entry, question } = s;
    if (reply.kind !== "answer" || context.verdict == null || !entry?.entry) return null;
    if (reply.answer.entry?.id === entry.entry.id) return null;
    if (reply.answer.quotes.some((q) => sameVoice(q.speakerId, speakerId))) return null;
    if (entry.quotes.some((q) => sameVoice(q.speakerId, speakerId))) return null;
    return answerReply(
      { ...entry, answer: withoutOwnVerdict(entry.answer) },
      {
        understood: question,
        followUp: "speaker-switch",
        asked: question,
        verdict: "not-said",
        verdictSource: "attribution",
      },
    );
  };

  /** A switched-to voice's "doesn't say", with that voice's own words after it; null when nothing is to add. */
  return (speakerId: string, found: DialogueReply, s: Switched): DialogueReply | null => {
    const reply = drifted(speakerId, found, s) ?? found;
    if (reply.kind !== "answer" || reply.verdict !== "not-said" || !reply.answer.entry) return null;
    const own = ownWords(speakerId, reply.answer, s.lang);
    if (own.length === 0) return null;
    const lead = ownWordsLead(speakers.shortName(speakerId, s.lang), s.lang);
    return {
      ...reply,
      answer: {
        ...reply.answer,
        answer: `${reply.answer.answer} ${lead}`,
        quotes: [...reply.answer.quotes, ...own],
      },
    };
  };
}
