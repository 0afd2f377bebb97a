// A thing put first and a wh-question after it taking it up by a pronoun: "ceasefire - who wants one?", "a
// palestinian state: who backs it?", "talks — who is pushing for them?" → "who wants ceasefire?" (d118-14: read as
// typed, "one" was a number and the message a did-you-mean). dislocated-topic.ts reads the yes/no forms ("the quartet,
// is it mentioned at all?"); this one the question-word forms. Text in, text out (follow-up-forms.ts); null when the
// message has no such form. Fixed words around bounded runs, anchored: linear.

const EN =
  /^((?:(?:ok|okay|so|and|but|well|hmm)[, ]+)*)((?:the |a |an )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}?)\s*(?:\s[-–—]\s|[:,])\s*((?:who|what|which|whom)(?: [\p{L}'’-]+){1,6}?) (one|it|them)((?: [\p{L}'’-]+){0,4}?)\s*\?*$/iu;
/** A topic that is a pronoun, a question word or chat glue is no thing put first ("ok, who wants one?"). */
const NOT_TOPIC =
  /(?<!\p{L})(?:i|you|he|she|it|we|they|that|this|who|what|which|why|how|when|where|yes|no|ok|okay|thanks|hi|hello|well|so|and|but)(?!\p{L})/iu;

export function frontedTopicAskedOf(text: string): string | null {
  if (text.length > 140) return null;
  const m = EN.exec(text.trim());
  if (!m?.[2] || !m[3] || !m[4]) return null;
  const topic = m[2].trim();
  if (NOT_TOPIC.test(topic)) return null;
  // "one" stands for a thing of that kind: "who is ready to reach one?" → "… reach a settlement?".
  const bare = m[4].toLowerCase() === "one" && !/^(?:the|a|an) /iu.test(topic) && !/s$/iu.test(topic);
  return `${m[3]} ${bare ? `a ${topic}` : topic}${m[5] ?? ""}?`;
}
