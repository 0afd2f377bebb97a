// Kind: "ну а что про сша в статье", "что в статье пишут о хамасе", "ладно, а что о сша пишут": what the article
// says about a party, asked in Russian with "что" and the article (or "пишут") as the frame. The engine reads
// words, not frames: "что … сша" weighed like "а сша что?" (how the US answered: nothing) and gave the US's
// missing reaction, where the reader asked what the article says about the US (Putin's criticism). The party is
// asked as "<party> в статье", which finds the party's own entry ("сша в статье" → what Putin said about the US,
// "хамас в статье" → Hamas in the article). «ну ладно, тогда что в статье про США» after a refusal: "тогда" only
// links the question to the turn before (dialog-r2-29b). Only a short party (one to three words) and only with the frame.

const FRAME = "(?:в статье|в тексте|статья|пишут|пишет|говорится|сказано|написано)";
const ARTICLE_ABOUT = new RegExp(
  `^(?:(?:ну|ладно|хорошо|ок|окей|тогда)[,\\s]+)*(?:а\\s+)?(?:тогда,?\\s+)?что\\s+(?:там\\s+)?(?:${FRAME}\\s+)*(?:про|о|об|насч[её]т)\\s+` +
    `(\\p{L}[\\p{L}-]*(?:\\s\\p{L}[\\p{L}-]*){0,2}?)(?:\\s+${FRAME})*\\s*[?!.]*$`,
  "u",
);
const HAS_FRAME = new RegExp(`(?<!\\p{L})${FRAME}(?!\\p{L})`, "u");

/** "ну а что про сша в статье" as "сша в статье"; null for any other message. */
export function articleAboutOf(text: string): string | null {
  const lower = text.trim().toLowerCase();
  if (lower.length > 80 || !HAS_FRAME.test(lower)) return null;
  const party = ARTICLE_ABOUT.exec(lower)?.[1];
  if (!party || HAS_FRAME.test(party)) return null;
  return `${party} в статье`;
}

// "а диалог между израилем и палестинцами там упоминается?": "там" beside a verb of mention is the article, not a
// place of the last answer for the pronoun reader to fill in ("…предлагает упоминается").
const THERE_MENTIONED =
  /(?<!\p{L})(?:там|тут|здесь)\s+((?:вообще\s+|хоть как-то\s+|где-то\s+)?(?:упомина\p{L}*|упомянут\p{L}*))(?!\p{L})/u;

/** The mention question with "в статье" for "там"; null when it has no such "там". */
export function mentionedThereOf(text: string): string | null {
  const read = text.replace(THERE_MENTIONED, "$1 в статье");
  return read !== text ? read : null;
}
