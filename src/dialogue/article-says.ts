// Kind: "ok what does it say then", "so what does the article tell us", "what can you tell me about this
// article", "ok so what's in there": what the article says as a whole, asked bare (often right after a gap: "death toll?" → doesn't
// say). The engine read "say"/"tell" as a topic it could not find ("The article doesn't cover that", a refusal)
// though it reads "what is the article about?" as the summary. A message that is only that question (chat words
// and "then"/"at all" aside) is put as "what is the article about?"; one that names a topic is left alone.
// "does it give numbers?", "does it list them?": "it" giving, listing or naming something is the article (a text
// gives figures; a casualty does not), asked as "does the article give numbers?" — read against the last topic,
// "does concerned give numbers" took the casualties entry's curated Yes.

const BARE_EN =
  /^(?:(?:ok|okay|alright|all right|fine|so|well|then|and|hmm|right)[,.!]*\s+)*(?:so\s+)?(?:what (?:does|did|do) (?:it|the (?:article|story|text|piece|report)|this (?:article|story|piece)) (?:actually |really |even )?(?:say|tell (?:us|me)|cover|talk about)|what can you tell (?:me|us) about (?:this|the) (?:article|story|piece|text|report)|what(?:'s| is) (?:actually |really )?(?:in (?:there|it|here|the (?:article|story|text|piece|report))|covered|in this (?:article|story|piece)))(?:\s+(?:then|at all|instead|exactly))?\s*[?!.]*$/iu;

/** "what is the article about?" for a bare "what does it say (then)", or null. */
export function articleSaysOf(text: string): string | null {
  return BARE_EN.test(text.trim()) ? "what is the article about?" : null;
}

const IT_GIVES =
  /^((?:(?:ok|okay|and|so|but|hm+|well)[,.!]*\s+)*)(?:does|did) it ((?:actually |even |also )?(?:give|list|provide|contain|specify|cite|quote|include|offer|report|name) .+)$/iu;

/** "does the article give numbers?" for "does it give numbers?", or null. */
export function articleGivesOf(text: string): string | null {
  const m = IT_GIVES.exec(text.trim());
  return m ? `${m[1] ?? ""}does the article ${m[2]}` : null;
}
