// How short the reader wants it, said as a size of one ("одной фразой", "в одном предложении", "одним словом"):
// glue beside a topic ("вывод статьи одной фразой" asks for the conclusion), and alone, or beside words of the
// story in brief ("главная мысль … одной фразой"), a request for the story in brief (intents.ts reads it).

/** The phrases, as the lexicon drops them (normalised words). */
export const RUSSIAN_BREVITY_PHRASES: readonly string[] = [
  "одной фразой",
  "одной строкой",
  "одной строчкой",
  "одним предложением",
  "одним абзацем",
  "одним словом",
  "в одной фразе",
  "в одной строке",
  "в одной строчке",
  "в одном предложении",
  "в одном абзаце",
  "в одно предложение",
  "в одну фразу",
  "в одну строку",
];

/** The same phrases as a cue of the story in brief, for `summaryCues`. */
export const RUSSIAN_BREVITY_CUE = new RegExp(`(?:^| )(?:${RUSSIAN_BREVITY_PHRASES.join("|")})(?= |$)`, "g");
