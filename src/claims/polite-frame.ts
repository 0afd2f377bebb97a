// A claim sent in a polite frame: "Hello! Could you please confirm whether Putin agrees that …? Thank you",
// "Hi, can you check if …? Thanks a lot", "Здравствуйте! Подскажите, пожалуйста, правда ли, что …? Спасибо". The
// greeting, the request to check and the thanks are the sender's manners, not the claim: read as they stood, their
// words were unbacked ("thank", "confirm", "morning" added words) and a span of the article word for word, or a fair
// paraphrase, was judged altered. Taken off here: a greeting opening the text, a request to confirm or check right
// after it (only with "whether/if/that" or a colon after it, or the Russian requests that end in a comma or a colon),
// thanks closing it. What is left is judged as any claim (a doubt frame after it, "правда ли, что", is read by
// doubt-frame.ts). Nothing that names someone is taken off: the frames are fixed words.
// Every regular expression is bounded: a 4096-character message is read in linear time.

/** A greeting opening the message, with its punctuation. */
const GREETING =
  /^\s*(?:(?:hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s+there)?|здравствуйте|привет|добрый\s+(?:день|вечер)|доброе\s+утро)(?![\p{L}])\s*[!,.:;—–-]*\s*/iu;

/** "could you (please) confirm whether|if|that …", "please check: …": the request before the claim. */
const REQUEST =
  /^(?:(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?|please\s+(?:could\s+you\s+)?|kindly\s+|i(?:'|’)?d\s+like\s+(?:you\s+)?to\s+|i\s+(?:would\s+like|want)\s+(?:you\s+)?to\s+)(?:confirm|check|verify|tell\s+me|let\s+me\s+know|find\s+out|clarify)(?:\s+for\s+me)?(?:\s*[:—–-]\s*|\s+(?:whether|if|that)\s+|,\s*(?:whether|if|that)\s+)/iu;

/** "подскажите(,) пожалуйста,", "проверьте, пожалуйста:", "не могли бы вы подтвердить,": the Russian request. */
const RU_REQUEST =
  /^(?:не\s+могли\s+бы\s+вы\s+)?(?:подскажите|скажите|проверьте|подтвердите|уточните|проверить|подтвердить|уточнить)(?:\s*,?\s*пожалуйста)?\s*[,:—–-]\s*/iu;

/** Thanks closing the message: "Thank you!", "Thanks a lot", "Спасибо заранее!". */
const THANKS =
  /[\s,.!?;:—–-]*(?:(?:many\s+)?thanks(?:\s+(?:a\s+lot|so\s+much|in\s+advance))?|thank\s+you(?:\s+(?:so\s+much|very\s+much|in\s+advance))?|спасибо(?:\s+(?:большое|заранее))?|заранее\s+спасибо)\s*[!.)]*\s*$/iu;

/** The claim without a greeting, a request to check it and thanks; the text as it came when no frame is there. */
export function withoutPoliteFrame(text: string): string {
  const thanked = THANKS.exec(text);
  // The thanks closing the text, its own punctuation kept before it ("…state? Thank you" keeps the "?").
  let rest = thanked ? text.slice(0, thanked.index + (/^[?!.]/u.exec(thanked[0])?.[0].length ?? 0)) : text;
  const greeted = GREETING.exec(rest);
  if (greeted) rest = rest.slice(greeted[0].length);
  const request = REQUEST.exec(rest) ?? RU_REQUEST.exec(rest);
  // The request made the question: the claim after it is a statement ("… whether X?" checks "X").
  if (request) rest = rest.slice(request[0].length).replace(/\s*\?+\s*$/u, "");
  if (!thanked && !greeted && !request) return text;
  rest = rest.trim();
  // A frame with nothing after it (or hardly anything): kept as typed.
  if (rest.split(/\s+/u).length < 3) return text;
  return rest;
}
