// A claim sent in a polite frame: "Hello! Could you please confirm whether Putin agrees that …? Thank you",
// "Hi, can you check if …? Thanks a lot", "Здравствуйте! Подскажите, пожалуйста, правда ли, что …? Спасибо". The
// greeting, the request to check and the thanks are the sender's manners, not the claim: read as they stood, their
// words were unbacked ("thank", "confirm", "morning" added words) and a span of the article word for word, or a fair
// paraphrase, was judged altered. Taken off here: a greeting opening the text, a request to confirm or check right
// after it (only with "whether/if/that" or a colon after it, or the Russian requests that end in a comma or a colon),
// thanks closing it. What is left is judged as any claim (a doubt frame after it, "правда ли, что", is read by
// doubt-frame.ts). Nothing that names someone is taken off: the frames are fixed words.
// Every regular expression is bounded: a 4096-character message is read in linear time.
import { lean } from "../lib/lean-regexp.js";

/** A greeting opening the message, with its punctuation. */
const GREETING = lean(
  /^\s*(?:(?:hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s+there)?|здравствуйте|привет|добрый\s+(?:день|вечер)|доброе\s+утро)(?![\p{L}])\s*[!,.:;—–-]*\s*/iu,
);

/** "could you (please) confirm whether|if|that …", "please check: …": the request before the claim. */
const REQUEST = lean(
  /^(?:(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?|please\s+(?:could\s+you\s+)?|kindly\s+|i(?:'|’)?d\s+like\s+(?:you\s+)?to\s+|i\s+(?:would\s+like|want)\s+(?:you\s+)?to\s+)(?:confirm|check|verify|tell\s+me|let\s+me\s+know|find\s+out|clarify)(?:\s+for\s+me)?(?:\s*[:—–-]\s*|\s+(?:whether|if|that)\s+|,\s*(?:whether|if|that)\s+)/iu,
);

/** "подскажите(,) пожалуйста,", "проверьте, пожалуйста:", "не могли бы вы подтвердить,": the Russian request. */
const RU_REQUEST = lean(
  /^(?:не\s+могли\s+бы\s+вы\s+)?(?:подскажите|скажите|проверьте|подтвердите|уточните|проверить|подтвердить|уточнить)(?:\s*,?\s*пожалуйста)?\s*[,:—–-]\s*/iu,
);

/** Thanks closing the message, from the word the thanks open with: "thank you!", "thanks a lot", "спасибо заранее!". */
const THANKS = lean(
  /^(?:thanks(?:\s+(?:a\s+lot|so\s+much|in\s+advance))?|thank\s+you(?:\s+(?:so\s+much|very\s+much|in\s+advance))?|спасибо(?:\s+(?:большое|заранее))?|заранее\s+спасибо)\s*[!.)]*\s*$/iu,
);

/** Where closing thanks begin ("many" before them too), or -1. Found by indexOf, then one anchored pattern. */
function thanksAt(text: string): number {
  const lower = text.toLowerCase();
  const at = Math.max(lower.lastIndexOf("thank"), lower.lastIndexOf("спасибо"), lower.lastIndexOf("заранее"));
  if (at < 0 || (at > 0 && /\p{L}/u.test(text.charAt(at - 1))) || !THANKS.test(text.slice(at))) return -1;
  return /many\s+$/iu.test(text.slice(Math.max(0, at - 12), at)) ? lower.lastIndexOf("many", at) : at;
}

/** The text without the punctuation and spaces closing it, bar a question or exclamation mark right after words. */
function withoutClosingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,.;:—–-]/u.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** The claim without a greeting, a request to check it and thanks; the text as it came when no frame is there. */
export function withoutPoliteFrame(text: string): string {
  const at = thanksAt(text);
  const thanked = at >= 0;
  // The thanks closing the text taken off, a question mark before them kept ("…state? Thank you").
  let rest = thanked ? withoutClosingPunctuation(text.slice(0, at)) : text;
  const greeted = GREETING.exec(rest);
  if (greeted) rest = rest.slice(greeted[0].length);
  const request = REQUEST.exec(rest) ?? RU_REQUEST.exec(rest);
  // The request made the question: the claim after it is a statement ("… whether X?" checks "X").
  if (request) {
    rest = rest.slice(request[0].length).trimEnd();
    while (rest.endsWith("?")) rest = rest.slice(0, -1).trimEnd();
  }
  if (!thanked && !greeted && !request) return text;
  rest = rest.trim();
  // A frame with nothing after it (or hardly anything): kept as typed.
  if (rest.split(/\s+/u).length < 3) return text;
  return rest;
}
