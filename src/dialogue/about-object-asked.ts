// Kind (dialog53, d119-24#3): a topic put first by "what about" / "as for" and taken up as the OBJECT of a question
// whose subject is a person — "what about the US, did he criticise them?", "as for hamas, did putin condemn it?",
// "and what about talks, does he want them too?" → "did he criticise the US?". dislocated-topic.ts read the topic
// as the pronoun subject ("did the US criticise them?") and the author's-view card answered "doesn't say" where the
// article has Putin's criticism (Yes). Only a subject that cannot be the topic — he / she or a name — and an object
// pronoun of a thing or a group (them, it, that, this); "as for erdogan, did he agree with him?" is left as it was.
// Text in, text out (follow-up-forms.ts, before dislocated-topic.ts); null when the message has no such form.

const EN =
  /^(?:(?:ok|okay|so|and|but|well|hmm)[, ]+)*(?:what about|how about|as for|and what about|regarding|as to) ((?:the )?[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,2}?)(?: then)?\s*[,:;–—-]\s*(?:then,? )?(did|does|do|has|is|was) (he|she|putin|vladimir putin|peskov|the russian leader|the russian president) (\S.{0,60}?) (?:them|it|that|this)((?: too| as well| at all| then| also| either| ever| directly| openly)?)\s*\??$/iu;
const QUESTION_WORD = /^(?:who|whom|whose|what|which|why|when|where|how)$/iu;
const PREPOSITION = /^(?:with|to|about|for|from|on|of|between|against|towards?|toward)$/iu;

/** "what about the US, did he criticise them?" → "did he criticise the US?", or null. */
export function aboutObjectAskedOf(text: string): string | null {
  if (text.length > 140) return null;
  const m = EN.exec(text);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  const words = m[1].split(" ");
  if (words.some((w) => QUESTION_WORD.test(w)) || PREPOSITION.test(words[0] ?? "")) return null;
  return `${m[2]} ${m[3]} ${m[4]} ${m[1]}${m[5] ?? ""}?`;
}
