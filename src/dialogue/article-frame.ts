// "does the text say putin is worried about civilians?", "does the article at least say he cares about them?":
// the frame asking what the article says, in the one spelling the yes/no reading knows ("does the article say
// that …"). Without "that", or with "the text"/"the piece" or a hedge ("at least"), the frame's own words were
// read as part of the claim and the verdict came out "doesn't say". A frame before no clause ("does the text say
// anything about Gaza?", "…say why?") is left alone. "does it say Putin criticized the US?": "it" is the article
// too (a frame before a clause naming the claim; "does it say anything…" has no clause and is left alone).

const FRAME =
  /^((?:(?:and|so|but|ok|okay|well)[, ]+)?)(?:does|did) (?:it|(?:the|this|your) (?:article|text|story|piece|report|author|writer))(?: (?:at least|even|actually|really|anywhere|ever|also))* (?:say|state|claim|report|suggest)(?: that)? (.+)$/u;
const NO_CLAUSE =
  /^(?:anything|something|nothing|much|a lot|about|on|of|who|whom|what|why|how|when|where|which|if|whether|so|no|yes|more|exactly)(?!\p{L})/u;

/** The question in the frame "does the article say that …", or the question itself when it has no such frame. */
export function inArticleFrame(question: string): string {
  const m = FRAME.exec(question.trim());
  if (!m?.[2] || NO_CLAUSE.test(m[2]) || m[2].split(" ").length < 3) return question;
  return `${m[1] ?? ""}does the article say that ${m[2]}`;
}
