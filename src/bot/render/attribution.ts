// A quote as it appears on every card: the verbatim span in a blockquote, then who said it and where.
import type { AttributedQuote } from "../../answering/types.js";
import { blockquote, bold, escapeHtml } from "./html.js";

/** The knowledge base's speaker for the article's own narration (the engine leaves it out of "who said what"). */
export const ARTICLE_SPEAKER_ID = "article";

/** "— Vladimir Putin, Russian President · as reported · paragraph 2" */
export function attribution(q: AttributedQuote): string {
  const name = bold(escapeHtml(q.speaker));
  const role = escapeHtml(q.role);
  // "reported": the article paraphrases the speaker; "article": the author's own words (about them).
  const source =
    q.voice === "reported"
      ? `${name}, ${role} · as reported`
      : q.speakerId === ARTICLE_SPEAKER_ID
        ? bold("the article")
        : `${bold("the article's own words")}, about ${name}`;
  return `— ${source} · paragraph ${q.paragraph}`;
}

export function quoteBlock(q: AttributedQuote): string {
  return `${blockquote(escapeHtml(q.text))}\n${attribution(q)}`;
}
