// "And negotiations too?", "an immediate one?", "а к переговорам?" right after a Yes: the same question asked of
// one more thing. Where the quotes behind that Yes (the article's own words, or their curated translation for a
// Russian reader) name the new thing too, the answer is Yes again with the same evidence ("urgent need for an
// immediate ceasefire and the resumption of the negotiation process"). A thing the evidence does not name is
// left to the other readers: nothing here says No or guesses from the question's wording.
import type { Answer, Lang } from "../answering/types.js";

const FUNCTION_WORDS = new Set(
  (
    "to in with and too also as well the a an one ones of for about on is it that there then what so " +
    "к ко с со в во на о об про и а тоже также ли то же там ещё еще для по за ну"
  ).split(" "),
);

/** An elliptical message: a few words, no question word, nothing that reads as a question of its own. */
const QUESTION_WORD =
  /(?<!\p{L})(?:who|whom|whose|what|which|why|when|where|how|кто|кого|что|чем|почему|зачем|как|где|когда|какой|какая|какие|сколько)(?!\p{L})/u;
const MAX_WORDS = 4;

/** The stem compared: enough of the word to tell it apart, short enough to meet its other forms. */
const stemOf = (w: string) => w.slice(0, Math.max(4, Math.ceil(w.length * 0.7)));

/** The content words of an elliptical message (or of a follow-up's topic), or null when it is not one. */
export function ellipticalWords(text: string): string[] | null {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || QUESTION_WORD.test(words.join(" "))) return null;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w) && w.length >= 2);
  return content.length > 0 ? content : null;
}

/** Chat words for the article's own ("restarting talks" is "the resumption of the negotiation process"). */
const SAME_AS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["talk", ["negotiat"]],
  ["restart", ["resum"]],
  // "new talks", "fresh negotiations", "resuming talks": the negotiation process resumed (dialog47, d112-13#2).
  ["resum", ["resum"]],
  ["renew", ["resum"]],
  ["new", ["resum"]],
  ["fresh", ["resum"]],
  ["truce", ["ceasefire"]],
  ["перемири", ["прекращени"]],
  // «к новым переговорам»: the Russian "new talks", the process resumed (dialog50); not «ново-», which is «новости».
  ["новы", ["возобнов"]],
  ["новог", ["возобнов"]],
  ["нову", ["возобнов"]],
  ["новое", ["возобнов"]],
  ["свеж", ["возобнов"]],
];

/** Whether every content word is named by the evidence's quotes (their translation for a Russian reader), or `also`. */
export function evidenceNames(content: string[], evidence: Answer, lang: Lang, also = ""): boolean {
  const hay = [...evidence.quotes.map((q) => (lang === "ru" ? (q.translation ?? "") : q.text)), also]
    .join(" ")
    .toLowerCase();
  const words = hay.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return content.every((c) => {
    // "new talks": a short chat word for the article's own ("new" is "resumed") before the initials (dialog50).
    const same = SAME_AS.find(([from]) => c.startsWith(from))?.[1] ?? [];
    if (c.length <= 3 && same.length > 0) return words.some((w) => same.some((stem) => w.startsWith(stem)));
    // "EU", "UN", "ЕС": a word itself, or the initials of two words in a row ("European Union").
    if (c.length <= 3)
      return words.some((w, i) => w === c || (c.length === 2 && `${w[0]}${words[i + 1]?.[0] ?? ""}` === c));
    const stems = [stemOf(c), ...same];
    return words.some((w) => stems.some((stem) => w.startsWith(stem)));
  });
}
