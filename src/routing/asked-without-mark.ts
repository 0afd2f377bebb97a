// Questions and requests typed without a question mark that the older patterns (asks.ts, starters.ts) let through
// as claims: a tag after a comma ("…, right", "…, isn't he", "…, так ведь", "…, не так ли"), Russian "X — это что
// за Y" / "это что такое" (what kind of Y is X), an imperative asking for a quote or a passage ("quote the line…",
// "point me to…", "найди…", "процитируй…"), a doubt ("wondering if…", "not sure whether…"), and a request labelled
// as one ("keywords: …", "… in a nutshell", "key takeaways…", "… for my class notes").
// Bounded patterns only, read in linear time.

/** A tag closing the message after a comma: the writer asks to have the statement confirmed. */
const TAG_QUESTION =
  /,\s*(?:right|correct|true|yes|no|or\s+what|(?:is|was|are|were|does|do|did|has|have|had|can|will|would)n['’]?t\s+(?:it|he|she|they|that|this|there)|да|верно|правильно|так|правда|нет|ага|так\s+ведь|ведь\s+так|не\s+так\s+ли|разве\s+нет|или\s+я\s+не\s+прав\p{L}*)\s*[.!]*$/iu;
/** "X — это что за Y", "это вообще что", "X это что такое": asks what X is. */
const WHAT_KIND =
  /(?:^|[^\p{L}])что\s+за\s+\p{L}+[.!]*$|(?:^|[^\p{L}])это\s+(?:вообще\s+|ещ[её]\s+|такое\s+)?(?:что\s+(?:за|такое)|что(?=\s+(?:в|у|по|из)\s)|что\s*[.!]*$|кто\s+(?:такой|такая|такие))(?=$|[^\p{L}])/iu;
/** An imperative asking for a quote, a passage or a rewording, where the message opens. */
const ASKS_FOR_PASSAGE =
  /^(?:quote|cite|paraphrase|rephrase|reword|simplify|outline|clarify|elaborate|locate|highlight|point\s+me|pull\s+up|найди|найдите|процитируй|процитируйте|приведи|приведите|напиши|напишите|сформулируй|сформулируйте|выдели|выделите|перефразируй|перефразируйте|упрости)(?=$|[^\p{L}])(?!\s*:)/iu;
/** A doubt put as a statement: "wondering if…", "not sure whether…", "I wonder whether…". */
const WONDERS =
  /\b(?:wonder|wondering|not\s+sure|unsure|curious)\s+(?:if|whether|about|what|who|how|why)\b|(?:^|[^\p{L}])(?:не\s+уверен\p{L}*|интересно),?\s+(?:ли|что|кто|как|почему|зачем)(?=$|[^\p{L}])/iu;
/** A request by its label: "keywords: …", "… in a nutshell", "key takeaways …", "need the gist …", "… for my notes". */
const LABELLED_REQUEST =
  /^(?:keywords?|key\s+words|topic|query|search)\s*:|\bin\s+a\s+nutshell\b|\bkey\s+(?:takeaways|points)\b|\bmain\s+(?:points|takeaways)\b|^(?:need|want|looking\s+for)\s+(?:the|a|an|some)\b|\bfor\s+(?:my|our)\s+(?:class\s+|school\s+)?(?:notes|essay|report|homework|presentation|assignment)\b/i;

/**
 * (session 28) The article asked after a hearsay, without the mark: "a friend said X, does the article say that",
 * "…, is that in here", "…, does it mention that".
 */
const ASKS_THE_ARTICLE =
  /,\s*(?:(?:does|did)\s+(?:the\s+(?:article|piece|story|text)|it)\s+(?:say|mention|claim|report)\s+(?:that|so|this|it)|is\s+(?:that|this|it)\s+in\s+(?:here|there|it|the\s+(?:article|piece|story|text)))\s*[.!]*$/i;
/** (session 28) A topic asked after with a fronted "with X" ("with israel are they on good terms"). */
const FRONTED_WITH =
  /^with\s+(?:[\p{L}'’]+\s+){1,4}(?:are|is|was|were|do|does|did|have|has|can|will|would)\s+(?:they|he|she|it|you|we)(?=$|[^\p{L}])/iu;
/** (session 28) A closing «как там» ("how are things"): «саудовская аравия и израиль, нормализация как там». */
const HOW_IS_IT_RU = /(?:^|[^\p{L}])как\s+там\s*[.!]*$/iu;

/**
 * (quality29) A yes/no question after a fronted viewpoint, the mark left off: "in putin's eyes, did the us …", "per
 * putin, were the americans …", "according to the kremlin, is …". The inverted auxiliary after the comma asks; an
 * attributed statement ("according to putin, the us did …") keeps its subject first and stays a claim.
 */
const VIEWPOINT_THEN_ASKS =
  /^(?:in\s+(?:the\s+)?[\p{L}'’]+\s+(?:eyes|view|opinion|mind|book)|in\s+the\s+(?:eyes|view|opinion)\s+of\s+[\p{L}'’]+|per\s+[\p{L}'’]+|according\s+to\s+(?:the\s+)?[\p{L}'’]+|by\s+[\p{L}'’]+\s+account|as\s+[\p{L}'’]+\s+(?:sees|saw)\s+it)\s*,\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\s+(?:the\s+)?[\p{L}'’]+\s+\p{L}/iu;
/**
 * (quality29) A wh-phrase inside the message followed by "did/does/do" and its subject: "the leader of which nation
 * did putin get hold of", "from what country does he …". A relative clause takes no do-support ("the policy which
 * did not work" is kept out by its negation).
 */
const INNER_WH_DO =
  /\b(?:which|what|whose)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:did|does|do)\s+(?!not\b|never\b|n['’]t\b|more\b|much\b|so\b)(?:the\s+)?[\p{L}'’]+\s+\p{L}/iu;

/** (quality29) A closing wh-phrase, an echo question: "the crisis might spread beyond which zone". */
const CLOSING_WH = /\s(?:which|what|whose)\s+[\p{L}'’-]+\s*[.!]*$/iu;
/**
 * (quality29) Chat glue before a question starter: "like which countries …", "hey quick one, was …", "ok so who …".
 * Not "wait": a labelled claim opens with it.
 */
const GLUE_THEN_ASKS =
  /^(?:(?:hey|hi|ok|okay|so|like|and|but|quick\s+one|one\s+more\s+thing)[\s,]+){1,3}(?:which|what|who|whom|how|why|where|when|did|does|do|is|was|were|are|has|have|can|could|will|would)\s/iu;
/** (quality29) A tag without its comma: "peskov is the iranian foreign minister isnt he". */
const BARE_TAG =
  /\s(?:is|was|are|were|does|do|did|has|have)n['’]?t\s+(?:he|she|it|they|there|that)\s*[.!]*$/iu;

/** A question or request without its question mark, of the kinds above. */
export function asksWithoutMark(text: string): boolean {
  return (
    TAG_QUESTION.test(text) ||
    WHAT_KIND.test(text) ||
    ASKS_FOR_PASSAGE.test(text) ||
    WONDERS.test(text) ||
    LABELLED_REQUEST.test(text) ||
    ASKS_THE_ARTICLE.test(text) ||
    FRONTED_WITH.test(text) ||
    HOW_IS_IT_RU.test(text) ||
    VIEWPOINT_THEN_ASKS.test(text) ||
    INNER_WH_DO.test(text) ||
    CLOSING_WH.test(text) ||
    GLUE_THEN_ASKS.test(text) ||
    BARE_TAG.test(text)
  );
}
