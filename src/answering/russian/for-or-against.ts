// "за X или против?", "за или против X?": a stance asked with both answers offered ("путин вообще за палестинское
// государство или против?"). The offered "против" is no part of the question, yet read as typed it drew Putin's
// stand against US policy instead of his stance on X (blind-ru42 kind, quality-ru48). The pair is dropped: "за X?",
// which the stance entries answer; "против X или за?" likewise keeps "против X".

/** "… за X … или против" (the "за" before), the offered answer at the end. */
const FOR_THEN_OR_AGAINST =
  /^(.*(?<!\p{L})за(?!\p{L}).*?),?\s+или\s+(?:же\s+)?против(?:\s+(?:него|нее|неё|этого|них))?(\s*[?!.…]*)$/iu;
/** "… против X … или за" likewise. */
const AGAINST_THEN_OR_FOR = /^(.*(?<!\p{L})против(?!\p{L}).*?),?\s+или\s+(?:же\s+)?за(\s*[?!.…]*)$/iu;
/** "за или против X": both offered before the thing. */
const BOTH_BEFORE = /(?<!\p{L})за\s+или\s+против(?!\p{L})/iu;

/** The question with the offered other answer dropped, or as typed. */
export function withoutForOrAgainst(text: string): string {
  if (text.length > 200) return text;
  const both = text.replace(BOTH_BEFORE, "за");
  if (both !== text) return both;
  const forFirst = FOR_THEN_OR_AGAINST.exec(text);
  if (forFirst) return `${forFirst[1]}${forFirst[2]}`;
  const againstFirst = AGAINST_THEN_OR_FOR.exec(text);
  return againstFirst ? `${againstFirst[1]}${againstFirst[2]}` : text;
}
