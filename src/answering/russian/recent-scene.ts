// "с кем путин говорил по телефону недавно?", "что на днях сказал песков?": beside a person or thing asked, a word
// of a recent moment only sets the scene. Read as a time it went to the dates the article never gives (the
// transliterated "s kem putin govoril po telefonu nedavno?" was refused; quality49). "когда" keeps it.

const RECENT = new Set(["недавно", "давеча", "намедни"]);
/** Two-word moments: "на днях", "только что". */
const RECENT_PAIRS = new Map([
  ["на", "днях"],
  ["только", "что"],
]);
/** A person or thing asked. */
const ASKED = new Set([
  "кто",
  "кого",
  "кому",
  "кем",
  "что",
  "чем",
  "чего",
  "какие",
  "какой",
  "какая",
  "каких",
]);

/** "на днях" at i: a pair's first word with its second right after it. */
const pairAt = (words: string[], i: number) =>
  RECENT_PAIRS.has(words[i]!) && RECENT_PAIRS.get(words[i]!) === words[i + 1];

/** The words without a scene-setting "недавно" / "на днях" when a person or thing is asked and no time is. */
export function withoutRecentScene(words: string[]): string[] {
  if (words.includes("когда") || !words.some((w) => ASKED.has(w))) return words;
  if (!words.some((w, i) => RECENT.has(w) || pairAt(words, i))) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (RECENT.has(w)) continue;
    // "только что" after a question word is "only what": kept unless it closes the question or a verb follows.
    if (pairAt(words, i) && (w === "на" || i > 1)) {
      i += 1;
      continue;
    }
    out.push(w);
  }
  return out;
}
