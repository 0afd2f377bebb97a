// "Did Putin bring it up?", "Путин о нём говорил?" after an answer about the Quartet: the pronoun is the last
// answer's topic, and the paragraph that answer quotes says, a sentence later, that Putin "makes no mention of
// Russia's own role in the peace process" — the Quartet is that role in the article's own telling. So the verdict
// is No on the entry that quotes the no-mention sentence. Only when the one asked about is named in that
// sentence (by name, or as "he" when the last answer's voice is the one it names); never a Yes.
import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { negatedMentionSentence } from "./negated-mention.js";
import { mentionAskedSubject } from "./unmentioned.js";

const PRONOUN = /^(?:he|she|they|он|она|они)$/u;

export function createNeighbourMention(kit: DialogueKit) {
  const { engine, kb, speakers } = kit;
  /** The no-mention entry as evidence with a No, or null. */
  return (folded: string, last: Answer | null, lastSpeakerId: string | null, lang: Lang): Answer | null => {
    if (!last?.answered || !last.entry) return null;
    const who = mentionAskedSubject(folded);
    if (!who) return null;
    for (const paragraph of new Set(last.quotes.map((q) => q.paragraph))) {
      const sentence = negatedMentionSentence(kb.article.paragraphs[paragraph - 1] ?? "");
      if (!sentence) continue;
      const inSentence = new Set(speakers.namedIn(sentence.toLowerCase()).map((n) => n.id));
      const named = PRONOUN.test(who)
        ? lastSpeakerId !== null && inSentence.has(lastSpeakerId)
        : speakers.namedIn(who).some((n) => inSentence.has(n.id));
      if (!named) continue;
      const core = sentence.trim().slice(0, 40);
      const holder = kb.entries.find(
        (e) => e.kind === "answer" && e.id !== last.entry?.id && e.quotes.some((q) => q.text.includes(core)),
      );
      const evidence = holder ? engine.answerForEntry(holder.id, lang) : null;
      if (evidence?.answered) return evidence;
    }
    return null;
  };
}
