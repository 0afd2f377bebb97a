// The meaning of the article's own phrase, quoted back ("what does the article mean when it says russia's
// involvement is 'not without controversy'", "the text says russia's role is 'not without controversy' - what is
// that about?"): the asker wants what the article says around those words, not a reason it never gives. Read as
// typed, "what … mean" drew the entry on why the involvement is controversial (which the article does not say)
// and the question was refused. Read as the sentence quoted back: from after "says"/"calls" to the quote's end.

/** A span in quotes, two words at least: ' ', " ", ‘ ’, “ ”. */
const QUOTED =
  /(?:^|[\s(])['"\u2018\u201c]([^'"\u2018\u2019\u201c\u201d]{3,80}?\s[^'"\u2018\u2019\u201c\u201d]{1,80}?)['"\u2019\u201d](?=$|[\s?.!,;:)-])/u;

/** Asking what the quoted words mean or are about. */
const MEANING =
  /\b(?:mean|means|meant|meaning|explain|what\s+(?:is|was|'s)\s+(?:that|this|it)\s+about|what(?:'s|\s+is)\s+(?:that|this|it)\s+referring\s+to|refer(?:ring)?\s+to)\b/i;

/** The article's saying verb before the quote: the clause asked starts after it. */
const SAYS_BEFORE =
  /^(?:.*\b(?:says|said|saying|writes|wrote|calls|called|states|stated|claims)\s+(?:that\s+)?)?(.*)$/is;

/** The question read as the article's sentence quoted back, or as it came. */
export function asPhraseMeaning(text: string): string {
  if (text.length > 300) return text;
  const t = text.replace(/[\u2019]/g, "'");
  const q = QUOTED.exec(t);
  if (!q?.[1] || !MEANING.test(t.replace(q[0], " "))) return text;
  const before = t.slice(0, q.index + (q[0].length - q[0].trimStart().length));
  const clause = SAYS_BEFORE.exec(before)?.[1] ?? "";
  // The clause must be the article's words, not the asker's question frame ("what does it mean when it").
  const lead = /\b(?:what|how|why|mean|explain)\b/i.test(clause) ? "" : clause.trim();
  return `${lead} ${q[1]}`.trim();
}
