// How a speaker is written as a term: "@putin". Shared by the lexicon and the languages' readers of a question,
// which must tell a speaker's term from a word's without importing the lexicon.
export const SPEAKER_PREFIX = "@";

export function speakerTerm(speakerId: string): string {
  return `${SPEAKER_PREFIX}${speakerId}`;
}
