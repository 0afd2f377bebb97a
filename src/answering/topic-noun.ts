// A generic noun closing the topic of a question ("putin's view on the palestinian state issue?", "what about the
// ceasefire question", "his take on the quartet matter") names no topic of its own: it is dropped (readers.ts).
// Read as typed, the noun after "on"/"about" counted as the head of the topic, one the article never uses, and the
// question was refused as out of scope. The words before it stay, so "on the oil issue" is still refused.

/** The generic noun, with the common slips of "issue" ("isue", "issu"), at the end of the topic. */
const TOPIC_NOUN =
  /\b(on|about|regarding|re|over|concerning|with)\s+((?:the|this|that|a)\s+)?((?:[a-z'’-]+\s+){0,3}?[a-z'’-]+)\s+(?:is{1,2}ues?|issu|question|matter|topic|subject|debate|business|situation)\b(?=\s*(?:[?.!,;]|$))/gi;

/** The question without a generic noun closing its topic, or as it came. */
export function withoutTopicNoun(text: string): string {
  if (text.length > 400 || !/is{1,2}u|question|matter|topic|subject|debate|business|situation/i.test(text))
    return text;
  return text.replace(TOPIC_NOUN, (_m, prep: string, det: string | undefined, topic: string) =>
    /^(?:the|this|that|a|whole|entire|general|overall)$/i.test(topic) ? _m : `${prep} ${det ?? ""}${topic}`,
  );
}
