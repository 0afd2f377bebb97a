// The answers of one message, kept while it is read: the dialogue sends a long message to the engine more than once
// (the message, then the same text again from another reader, or a part the engine already read inside it: a
// Russian ramble's kept question, a story's final question), and the engine reads its own pieces through the same
// entry point. An answer depends on its text and language alone, and no reader changes an Answer it is given, so a
// text asked again within the message is a look-up. Let go at each message (engine.forgetReadings, called by the
// dialogue kit) and bounded for callers that never call it (the eval CLI, the claims checker's own questions).
import type { Answer, Lang } from "./types.js";

/** More than a message's own readings (a long message reads ~10 texts); few enough to hold no memory to speak of. */
const KEPT_ANSWERS = 32;

/** `read` answering a (text, language) it answered since the last `forget()` from memory. */
export function rememberingAnswers(read: (question: string, lang?: Lang) => Answer) {
  let kept = new Map<string, Answer>();
  return {
    findAnswer: (question: string, lang?: Lang): Answer => {
      const key = `${lang ?? ""}\u0000${question}`;
      const known = kept.get(key);
      if (known) return known;
      const answer = read(question, lang);
      if (kept.size >= KEPT_ANSWERS) kept.delete(kept.keys().next().value!);
      kept.set(key, answer);
      return answer;
    },
    /** A new message: the answers of the last one are let go (a new Map, as dialogue-kit.ts explains). */
    forget: () => {
      kept = new Map();
    },
  };
}
