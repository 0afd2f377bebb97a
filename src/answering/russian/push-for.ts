// "Топить за" in chat: to push for ("а пу за что топит?", "за что топит путин?", quality44ru). What one pushes for
// asked ("за что … топит") is read as "за что … выступает", which the knowledge base's wants know; read as typed,
// "топит" apart from its "за" was a word of no meaning and the question was left unsure. "топит за X" itself is
// already a want (peace-wanted.ts, the synonyms' "топит за").

const PUSH = "(?:топит|топил|топила|топят|топили)";
const WHAT_FOR = new RegExp(`(?<!\\p{L})за (что|кого)((?: [\\p{L}-]+){0,2}) ${PUSH}(?!\\p{L})`, "giu");

/** The question with "за что … топит" read as "за что … выступает", or as typed. */
export function asRussianPushFor(text: string): string {
  if (!/топ/iu.test(text)) return text;
  return text.replace(WHAT_FOR, "за $1$2 выступает");
}
