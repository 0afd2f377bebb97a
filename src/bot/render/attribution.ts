// A quote as it appears on every card: the verbatim span in a blockquote, then who said it and where, and in a
// reply in another language than the article's, our translation under it, labelled as such.
import type { AttributedQuote } from "../../answering/types.js";
import type { Texts } from "../i18n.js";
import { blockquote, bold, escapeHtml, italic } from "./html.js";

/** The knowledge base's speaker for the article's own narration (the engine leaves it out of "who said what"). */
export const ARTICLE_SPEAKER_ID = "article";

/** "— Vladimir Putin, Russian President · as reported · paragraph 2", names and roles in the reply's language. */
export function attribution(q: AttributedQuote, { t }: Texts): string {
  const name = bold(escapeHtml(q.localSpeaker ?? q.speaker));
  const role = escapeHtml(q.localRole ?? q.role);
  // "reported": the article paraphrases the speaker; "article": the author's own words (about them).
  const source =
    q.voice === "reported"
      ? t("as-reported", { html_name: name, html_role: role })
      : q.speakerId === ARTICLE_SPEAKER_ID
        ? bold(t("the-article"))
        : `${bold(t("article-own-words"))}, ${t("about-speaker", { html_name: name })}`;
  // The number as text: Fluent formats a number through Intl.NumberFormat, whose first use costs ~20 ms of a cold
  // start's first reply; a paragraph number reads the same either way.
  return `— ${source} · ${t("quote-paragraph", { paragraph: String(q.paragraph) })}`;
}

/** The article's words (always English) in a blockquote, whose they are, then the translation if any. */
export function quoteBlock(q: AttributedQuote, texts: Texts): string {
  const translation =
    q.translation && texts.lang !== "en"
      ? `\n${italic(`${texts.t("translation-label")} ${escapeHtml(q.translation)}`)}`
      : "";
  return `${blockquote(escapeHtml(q.text))}\n${attribution(q, texts)}${translation}`;
}
