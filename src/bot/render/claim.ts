// "Did they really say that?" as a card: the verdict, what changed, the article's real wording in a blockquote
// with whose words they are, and a "Show in article" button when a curated quote covers the span. The article
// reports speech and positions; it never quotes anyone directly, and the card says so.
import type { ClaimSource, ClaimVerdict } from "../../claims/index.js";
import { findVerbatim, type KnowledgeBase } from "../../knowledge/index.js";
import { type ButtonSpec, keyboardOf, summaryButton } from "../keyboards/index.js";
import { ARTICLE_SPEAKER_ID } from "./attribution.js";
import type { Card } from "./card.js";
import { blockquote, bold, boldSpans, escapeHtml, italic } from "./html.js";

/** The user's sentence is echoed back, cut to this length (a forwarded message may be long). */
const ECHO_CHARS = 300;

const HEADLINES: Record<ClaimVerdict["verdict"], string> = {
  verbatim: "✅ Word for word in the article",
  paraphrase: "🟡 In the article, in other words",
  altered: "❌ Altered: the article says something different",
  misattributed: "⚠️ Misattributed: the article puts it in someone else’s mouth",
  "not-in-article": "🚫 Not in the article",
  "cannot-judge": "🌐 I can’t check this one yet: I check claims written in English, the article’s language",
};

export function claimCard(v: ClaimVerdict, kb: KnowledgeBase): Card {
  const blocks = [`${bold(HEADLINES[v.verdict])}\n${italic(`“${escapeHtml(echo(v.claim.trim()))}”`)}`];
  const who = whoLine(v);
  if (v.verdict === "not-in-article") {
    blocks.push(
      v.span
        ? `Nothing in it says that. The closest it comes, in paragraph ${v.span.paragraph}:`
        : "Nothing in it says that, or anything close. Send /summary to see what it does cover.",
    );
  } else if (v.verdict === "altered") {
    blocks.push(`What changed: ${v.changes.map(describeChange).join("; ")}.`);
  } else if (v.verdict === "misattributed") {
    blocks.push(misattribution(v));
  } else if (v.verdict === "paraphrase" && v.unbacked.length > 0) {
    blocks.push(`Not in that passage: ${v.unbacked.map((w) => `“${escapeHtml(w)}”`).join(", ")}.`);
  }
  if (v.span) {
    const words = v.exact
      ? boldSpans(v.span.text, [{ start: v.exact.start - v.span.start, end: v.exact.end - v.span.start }])
      : escapeHtml(v.span.text);
    blocks.push(
      `${v.verdict === "not-in-article" ? "" : "The article’s wording:\n"}${blockquote(words)}\n${who}`,
    );
    // Not for a claim that is not there, nor twice for narration already named as the article's own words.
    const skipNote =
      v.verdict === "not-in-article" || (v.verdict === "misattributed" && v.voice === "article");
    const note = skipNote ? null : voiceNote(v);
    if (note) blocks.push(italic(note));
  }
  return { blocks, keyboard: keyboardOf([[...showInArticle(v, kb), summaryButton]]) };
}

function echo(claim: string): string {
  return claim.length <= ECHO_CHARS ? claim : `${claim.slice(0, ECHO_CHARS - 1)}…`;
}

/** "— Vladimir Putin, Russian President · as reported · paragraph 2", for every source of the span. */
function whoLine(v: ClaimVerdict): string {
  const names = v.sources.map((s) =>
    s.voice === "reported"
      ? `${bold(escapeHtml(s.speaker))}, ${escapeHtml(s.role)} · as reported`
      : s.speakerId === ARTICLE_SPEAKER_ID
        ? bold("the article")
        : `${bold("the article’s own words")}, about ${bold(escapeHtml(s.speaker))}`,
  );
  return `— ${names.join("; ")} · paragraph ${v.span?.paragraph ?? "?"}`;
}

function describeChange(c: ClaimVerdict["changes"][number]): string {
  const claimed = `“${escapeHtml(c.claimed)}”`;
  const article = `“${escapeHtml(c.article)}”`;
  switch (c.kind) {
    case "opposite":
      return `${claimed}, where the article has ${article}`;
    case "negation":
      if (c.article === "") return `${claimed}: the article has no such negation`;
      if (c.claimed === "") return `the article has ${article}, a negation the claim drops`;
      return `${claimed}, where the article has ${article} (a “not” added or dropped)`;
    case "actor":
      return `${claimed} in place of ${article}`;
    case "added":
      return `${claimed}, whom that passage does not name`;
    case "stance":
      return `${claimed}, which that passage does not say`;
  }
}

function misattribution(v: ClaimVerdict): string {
  const claimed = v.claimedSpeaker ? bold(escapeHtml(v.claimedSpeaker.name)) : "them";
  const reported = v.sources.filter((s) => s.voice === "reported" && s.speakerId !== ARTICLE_SPEAKER_ID);
  if (reported.length === 0) {
    return `These are the article’s own words; it does not say ${claimed} said them.`;
  }
  return `The article reports it of ${names(reported)}, not ${claimed}.`;
}

/** Whose words the span is, honestly: reported position, never a direct quote; or the article's narration. */
function voiceNote(v: ClaimVerdict): string | null {
  const reported = v.sources.filter((s) => s.voice === "reported");
  if (reported.length === 0) return "These are the article’s own words, not a quote from anyone.";
  const who = reported.map((s) => s.speaker).join(" and ");
  if (v.quotedByUser) {
    return `The article never quotes ${who} directly: these are its words reporting the position, not ${who}’s own.`;
  }
  if (v.claimedSpeaker === null) {
    return `The article does not state this as fact: it reports what ${who} said or holds.`;
  }
  return `The article reports this as ${who}’s position; it is not a direct quote.`;
}

function names(sources: ClaimSource[]): string {
  return sources.map((s) => bold(escapeHtml(s.speaker))).join(" and ");
}

/** "Show in article" opens a curated quote over the span: the paragraph, the quoted words in bold. */
function showInArticle(v: ClaimVerdict, kb: KnowledgeBase): ButtonSpec[] {
  const span = v.span;
  const paragraph = span ? kb.article.paragraphs[span.paragraph - 1] : undefined;
  if (!span || paragraph === undefined) return [];
  for (const entry of kb.entries) {
    for (const [quoteIndex, q] of entry.quotes.entries()) {
      if (q.paragraph !== span.paragraph) continue;
      const at = findVerbatim(paragraph, q.text);
      if (at && at.start < span.end && at.end > span.start) {
        return [{ label: "📄 Show in article", action: { kind: "source", entryId: entry.id, quoteIndex } }];
      }
    }
  }
  return [];
}
