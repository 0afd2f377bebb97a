// "The piece concludes that …", "The article closes by urging …", "the text ends with a call for …": the
// article's own voice framed as its ending. Read as they stood, "concludes", "closes" and "ends" were words of the
// claim the passage lacks (a stance, or no backing at all), and a fair paraphrase of the closing paragraph was judged
// altered or not in the article. The frame is read as the plain "The article says that …" / "The article urges …"
// the checker already reads; what follows it is judged as before. English only; anything else stays as typed.
// Every regular expression is bounded: a 4096-character message is read in linear time.

/** The article (or its author) as subject, a verb of ending, then what it ends with. */
const CLOSING =
  /^(\s*(?:the\s+|this\s+)?(?:article|piece|text|story|report|author|writer))\s+(?:concludes|closes|ends|finishes|wraps\s+up|sums\s+up)\s+(?:(?:by|with|on)\s+)?([\s\S]*)$/iu;

/** What the ending does, as the verb the plain frame takes. */
const DOING: readonly (readonly [RegExp, string])[] = [
  [/^that\s+/iu, "says that "],
  [/^(?:saying|noting|arguing|stating|observing|concluding|pointing\s+out)\s+(?:that\s+)?/iu, "says that "],
  [/^urging\s+/iu, "urges "],
  [/^(?:calling\s+for|a\s+call\s+for)\s+/iu, "calls for "],
  [/^(?:stressing|underscoring|emphasi[sz]ing)\s+/iu, "stresses "],
  [/^(?:highlighting)\s+/iu, "highlights "],
];

/**
 * A clause opening with a name ("that only Russia can …", "that Putin …"): the ending puts a deed or words in an
 * actor's hands, which the plain frame would read as that actor's own claim (misattributed); kept as typed.
 */
const NAMED_OPENING = /^(?:(?:only|just|even|the)\s+)*\p{Lu}/u;

/** "what failed policies lead to": the result a free relative names is the passage's "the consequences of …". */
const WHAT_LEADS_TO =
  /\bwhat\s+((?:\p{L}[\p{L}-]*\s+){1,6}?)(?:(?:can\s+|will\s+)?(?:leads?|led|lead)\s+to|results?\s+in|resulted\s+in|brings?\s+about|brought\s+about|cause[sd]?)\b/iu;

/** The claim with its closing frame read as the article's plain voice; the text as it came otherwise. */
export function withoutClosingFrame(text: string): string {
  const m = CLOSING.exec(text);
  if (!m) return text;
  const rest = m[2]!;
  for (const [doing, verb] of DOING) {
    const d = doing.exec(rest);
    if (!d) continue;
    const clause = rest.slice(d[0].length);
    if (NAMED_OPENING.test(clause)) return text;
    return `${m[1]!} ${verb}${withResultNamed(clause)}`;
  }
  return text;
}

/** "what failed Middle East policies lead to" read as "the consequences of failed Middle East policies". */
export function withResultNamed(clause: string): string {
  return clause.replace(WHAT_LEADS_TO, (_all, cause: string) => `the consequences of ${cause.trim()}`);
}
