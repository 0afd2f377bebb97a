// "Did they really say that?" as a card: the verdict, what changed, the article's real wording in a blockquote
// with whose words they are, and a "Show in article" button when a curated quote covers the span. The article
// reports speech and positions; it never quotes anyone directly, and the card says so.
import type { ClaimSource, ClaimVerdict } from "../../claims/index.js";
import { findVerbatim, type KnowledgeBase } from "../../knowledge/index.js";
import { languageOfScript, type Texts } from "../i18n.js";
import { type ButtonSpec, keyboardOf, summaryButton } from "../keyboards/index.js";
import { ARTICLE_SPEAKER_ID } from "./attribution.js";
import type { Card } from "./card.js";
import { blockquote, bold, boldSpans, escapeHtml, italic } from "./html.js";

/** The user's sentence is echoed back, cut to this length (a forwarded message may be long). */
const ECHO_CHARS = 300;

/** The verdict's headline ("✅ Word for word in the article"), or its short name for an inline result's title. */
export const verdictHeadline = (v: ClaimVerdict["verdict"], { t }: Texts) => t(`verdict-${v}`);
export const verdictShortName = (v: ClaimVerdict["verdict"], { t }: Texts) => t(`verdict-short-${v}`);

export function claimCard(v: ClaimVerdict, kb: KnowledgeBase, texts: Texts): Card {
  const { t } = texts;
  const blocks = [
    `${bold(verdictHeadline(v.verdict, texts))}\n${italic(`“${escapeHtml(echo(v.claim.trim()))}”`)}`,
  ];
  const who = whoLine(v, texts);
  // The checker's answer to a sentence it cannot read (claims/: Russian, for now): no verdict, and what to do.
  if ((v.verdict as string) === "cannot-judge") {
    blocks.push(t("check-cannot-judge"));
  } else if (v.verdict === "not-in-article") {
    blocks.push(v.span ? t("check-closest", { paragraph: v.span.paragraph }) : t("check-nothing-close"));
  } else if (v.verdict === "altered") {
    blocks.push(
      t("check-what-changed", { html_changes: v.changes.map((c) => describeChange(c, texts)).join("; ") }),
    );
  } else if (v.verdict === "misattributed") {
    blocks.push(misattribution(v, texts));
  } else if (v.verdict === "paraphrase" && v.unbacked.length > 0) {
    blocks.push(
      t("check-not-in-passage", { html_words: v.unbacked.map((w) => `“${escapeHtml(w)}”`).join(", ") }),
    );
  }
  if (v.span) {
    const words = v.exact
      ? boldSpans(v.span.text, [{ start: v.exact.start - v.span.start, end: v.exact.end - v.span.start }])
      : escapeHtml(v.span.text);
    blocks.push(
      `${v.verdict === "not-in-article" ? "" : `${t("check-article-wording")}\n`}${blockquote(words)}\n${who}`,
    );
    // Not for a claim that is not there, nor twice for narration already named as the article's own words.
    const skipNote =
      v.verdict === "not-in-article" || (v.verdict === "misattributed" && v.voice === "article");
    const note = skipNote ? null : voiceNote(v, texts);
    if (note) blocks.push(italic(note));
  }
  // A claim in another language than the article's can match it in meaning only, never word for word.
  if (languageOfScript(v.claim) !== null && v.span && v.verdict !== "not-in-article") {
    blocks.push(italic(t("check-translated")));
  }
  return {
    blocks,
    keyboard: keyboardOf([[...showInArticle(v, kb, texts), summaryButton(texts)]], texts.lang),
  };
}

function echo(claim: string): string {
  return claim.length <= ECHO_CHARS ? claim : `${claim.slice(0, ECHO_CHARS - 1)}…`;
}

/** "— Vladimir Putin, Russian President · as reported · paragraph 2", for every source of the span. */
function whoLine(v: ClaimVerdict, { t }: Texts): string {
  const names = v.sources.map((s) =>
    s.voice === "reported"
      ? t("check-as-reported", { html_name: bold(escapeHtml(s.speaker)), html_role: escapeHtml(s.role) })
      : s.speakerId === ARTICLE_SPEAKER_ID
        ? bold(t("the-article"))
        : `${bold(t("check-own-words"))}, ${t("about-speaker", { html_name: bold(escapeHtml(s.speaker)) })}`,
  );
  const paragraph = v.span ? t("quote-paragraph", { paragraph: v.span.paragraph }) : "?";
  return `— ${names.join("; ")} · ${paragraph}`;
}

function describeChange(c: ClaimVerdict["changes"][number], { t }: Texts): string {
  const quoted = { html_claimed: `“${escapeHtml(c.claimed)}”`, html_article: `“${escapeHtml(c.article)}”` };
  if (c.kind === "negation" && c.article === "") return t("change-negation-added", quoted);
  if (c.kind === "negation" && c.claimed === "") return t("change-negation-dropped", quoted);
  return t(`change-${c.kind}`, quoted);
}

function misattribution(v: ClaimVerdict, texts: Texts): string {
  const { t } = texts;
  const claimed = v.claimedSpeaker ? bold(escapeHtml(v.claimedSpeaker.name)) : t("misattributed-them");
  const reported = v.sources.filter((s) => s.voice === "reported" && s.speakerId !== ARTICLE_SPEAKER_ID);
  if (reported.length === 0) return t("misattributed-own-words", { html_claimed: claimed });
  return t("misattributed-reported", { html_names: names(reported, texts), html_claimed: claimed });
}

/** Whose words the span is, honestly: reported position, never a direct quote; or the article's narration. */
function voiceNote(v: ClaimVerdict, { t }: Texts): string | null {
  const reported = v.sources.filter((s) => s.voice === "reported");
  if (reported.length === 0) return t("voice-own-words");
  const who = escapeHtml(reported.map((s) => s.speaker).join(` ${t("names-and")} `));
  if (v.quotedByUser) return t("voice-never-quoted", { html_who: who });
  if (v.claimedSpeaker === null) return t("voice-not-fact", { html_who: who });
  return t("voice-position", { html_who: who });
}

function names(sources: ClaimSource[], { t }: Texts): string {
  return sources.map((s) => bold(escapeHtml(s.speaker))).join(` ${t("names-and")} `);
}

/** "Show in article" opens a curated quote over the span: the paragraph, the quoted words in bold. */
function showInArticle(v: ClaimVerdict, kb: KnowledgeBase, { t }: Texts): ButtonSpec[] {
  const span = v.span;
  const paragraph = span ? kb.article.paragraphs[span.paragraph - 1] : undefined;
  if (!span || paragraph === undefined) return [];
  for (const entry of kb.entries) {
    for (const [quoteIndex, q] of entry.quotes.entries()) {
      if (q.paragraph !== span.paragraph) continue;
      const at = findVerbatim(paragraph, q.text);
      if (at && at.start < span.end && at.end > span.start) {
        return [
          { label: t("button-show-in-article"), action: { kind: "source", entryId: entry.id, quoteIndex } },
        ];
      }
    }
  }
  return [];
}
