// A document or a vote the article never mentions, asked of parties it does (wave CB, quality51): "what does hamas's
// charter say about israel", "does israel's constitution say anything about gaza?", "what does the UN resolution on
// gaza demand?", "how did russia vote at the UN?", "what is in putin's treaty with turkey?". Every other word is the
// story's (Hamas, Israel, Gaza, Russia, the UN), and "charter", "constitution", "treaty" are common English, which
// the vocabulary gate only weighs against: the engine answered with the party's card ("The article names Hamas as the
// side fighting…"), as if that said what the document does. The convention (docs/answering-engine.md): a document,
// a vote or an accord the article never mentions is refused as outside the article, whoever it belongs to. The
// article's own "resolution" (of the conflict: "a lasting and just resolution", "resolving the conflict") is not a
// document: only a UN / Security Council / General Assembly resolution, a numbered one, or "the resolution says/
// demands" is read so; "agreement" and "settlement" (what the Kremlin wants to help reach) are left alone.

/** The documents themselves: a charter, a constitution, a treaty, a manifesto, a covenant, accords, a white paper. */
const DOCUMENT = String.raw`(?:charter|charters|constitution|constitutions|constitutional|treaty|treaties|manifesto|manifestos|covenant|accords|(?:peace|oslo|camp\s+david|abraham)\s+accord|white\s+paper|balfour\s+declaration|fatwa|founding\s+(?:document|principles))`;
/** A resolution that is a document: of a body, numbered, or one that says or demands. */
const BODY = String.raw`(?:un|u\.n\.|united\s+nations|security\s+council|general\s+assembly|unsc|unga)`;
const RESOLUTION = String.raw`(?:${BODY}(?:'s|’s)?\s+(?:\p{L}+\s+){0,2}?resolutions?|resolutions?\s+\d+|resolutions?\s+(?:of|by|at|in)\s+(?:the\s+)?${BODY}|the\s+resolutions?\s+(?:say|says|said|demand|demands|demanded|require|requires|state|states|call|calls|passed|adopted|vetoed))`;
/** A vote: at the UN, of a body, or how a party voted. */
const VOTE = String.raw`(?:${BODY}(?:'s|’s)?\s+votes?|votes?\s+(?:at|in|of|by)\s+(?:the\s+)?${BODY}|(?:vote|voted|votes|voting|veto|vetoed|vetoes|abstain|abstained)\s+(?:at|in|on|against|for)\s+(?:the\s+)?(?:${BODY}|resolution|the\s+resolution|a\s+resolution|it)|how\s+did\s+(?:\p{L}+\s+){1,3}vote)`;
const ASKED = new RegExp(String.raw`(?<!\p{L})(?:${DOCUMENT}|${RESOLUTION}|${VOTE})(?!\p{L})`, "iu");

/** "does the article say how russia voted at the UN?": a verdict asked of the article, the dialogue's (doesn't say). */
const ASKED_OF_ARTICLE =
  /^\s*(?:(?:so|and|but|ok|okay)[\s,]+)?(?:does|did|do|is|was)\s+(?:the\s+|this\s+)?(?:article|story|piece|text|report)\b/iu;

/** Whether an English question asks of a document or a vote the article never mentions. */
export function asksUnmentionedDocument(text: string): boolean {
  if (text.length > 300 || ASKED_OF_ARTICLE.test(text)) return false;
  return ASKED.test(text.replace(/[’`]/gu, "'"));
}
