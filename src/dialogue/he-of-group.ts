// Kind: "he" after an answer whose voice is a group but whose words are one person's — "whats the kremlin
// spokesmans name" (the Kremlin named, so the context's voice) → Peskov, then "what did he say?". An institution is
// "it" or "they" in English, never "he": the pronoun found no voice and the question was refused as outside the
// article (d110-03#2). "he"/"she" there is the person the last answer named (the context's other person).
import type { Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

const PERSONAL_EN = /(?<!\p{L})(?:he|him|his|she|her)(?!\p{L})/u;

/** The person "he" stands for when the context's voice is a group, or null (a person voice, Russian, no "he"). */
export function personForGroupHe(
  folded: string,
  context: DialogueContext,
  speakers: SpeakerNames,
  lang: Lang,
): string | null {
  if (lang !== "en" || !context.speakerId || speakers.isPerson(context.speakerId)) return null;
  const other = context.otherPersonId;
  if (!other || !speakers.isPerson(other) || !PERSONAL_EN.test(folded)) return null;
  return other;
}
