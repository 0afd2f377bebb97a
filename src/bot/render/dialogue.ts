// The dialogue layer's replies as Telegram cards, every fixed word from the locale files: an answer read in
// context says what it understood, a yes/no answer opens with its verdict, small talk and slips get a kind
// line and the story's point as buttons.
import type { Answer, Suggestion } from "../../answering/types.js";
import type { DialogueReply } from "../../dialogue/index.js";
import { ownVerdictOf, withoutOwnVerdict } from "../../dialogue/plain-text.js";
import type { Texts } from "../i18n.js";
import type { SummarySize } from "../keyboards/index.js";
import { keyboardOf, questionButtons, summaryButton, whoSaidWhatButton } from "../keyboards/index.js";
import { answerCard, renderReply } from "./answer.js";
import { quoteBlock } from "./attribution.js";
import type { Card, RenderDeps } from "./card.js";
import { blockquote, bold, escapeHtml, italic } from "./html.js";

const BUTTONS = 3;

/** "why did putin call erdogan" -> "Why did putin call erdogan?" */
function asQuestion(text: string): string {
  const trimmed = text.trim().replace(/[?.!]+$/, "");
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}?`;
}

export function renderDialogueReply(
  reply: DialogueReply,
  deps: RenderDeps,
  texts: Texts,
  summarySize?: SummarySize,
): Card {
  const { t } = texts;
  switch (reply.kind) {
    case "answer":
      return answerInDialogue(reply, deps, texts, summarySize);
    case "more":
      return {
        blocks: [
          bold(escapeHtml(t("more-heading", { question: reply.title }))),
          ...reply.paragraphs.map(
            (p) => `${blockquote(escapeHtml(p.text))}\n${t("more-paragraph", { paragraph: p.number })}`,
          ),
        ],
        keyboard: keyboardOf(questionButtons(reply.suggestions, BUTTONS), texts.lang),
      };
    case "who-said-that":
      return whoSaidThat(reply.answer, texts);
    case "is-that-true": {
      const lead = reply.verdict === "yes" ? t("is-that-true-yes") : t("is-that-true-not-said");
      return {
        blocks: [
          `${bold(escapeHtml(t("is-that-true-heading")))}\n${escapeHtml(lead)}`,
          ...reply.answer.quotes.map((q) => quoteBlock(q, texts)),
        ],
        keyboard: keyboardOf(questionButtons(reply.answer.suggestions, BUTTONS), texts.lang),
      };
    }
    case "no-context":
      return withStoryButtons(t("no-context"), reply.suggestions, texts);
    case "small-talk":
      return withStoryButtons(t(`talk-${reply.talk}`), reply.suggestions, texts);
    case "no-such-button":
      return withStoryButtons(t("no-such-button", { number: reply.number }), reply.suggestions, texts);
  }
}

function withStoryButtons(line: string, suggestions: Suggestion[], texts: Texts): Card {
  return {
    blocks: [escapeHtml(line)],
    keyboard: keyboardOf(
      [...questionButtons(suggestions, BUTTONS), [summaryButton(texts), whoSaidWhatButton(texts)]],
      texts.lang,
    ),
  };
}

function answerInDialogue(
  reply: Extract<DialogueReply, { kind: "answer" }>,
  deps: RenderDeps,
  texts: Texts,
  summarySize?: SummarySize,
): Card {
  const { t } = texts;
  let answer: Answer = reply.answer;
  // The verdict line opens a yes/no answer; a refusal or "did you mean…?" keeps its own words. Whose words a
  // voice's quotes are ("is that a direct quote?") is a yes/no on them too, with or without an entry.
  if (reply.verdict && (answer.kind === "entry" || reply.verdictSource === "attribution")) {
    const lead =
      reply.verdictSource === "unconfirmed" ? t("verdict-unconfirmed") : t(`verdict-${reply.verdict}`);
    // A gap entry already says "the article doesn't say", and a curated answer may open with the same verdict:
    // then the verdict is said once.
    const saysItAlready =
      (reply.verdict === "not-said" && answer.reason === "not-in-article") ||
      ownVerdictOf(answer.answer) === reply.verdict;
    if (!saysItAlready) {
      const body = answer.reason === "not-in-article" ? answer.answer : withoutOwnVerdict(answer.answer);
      answer = { ...answer, answer: `${lead} ${body}`, reason: null };
    }
  }
  if (reply.deferred && answer.entry) {
    // The second of two questions, when both would be too long: its short answer, its quotes one tap away.
    return {
      blocks: [`${bold(escapeHtml(answer.title))}\n${escapeHtml(answer.answer)}`],
      keyboard: keyboardOf(
        [[{ label: t("button-full-answer"), action: { kind: "answer", entryId: answer.entry.id } }]],
        texts.lang,
      ),
    };
  }
  // Whose words a voice's quotes are: the lead (and its verdict line) above the quotes, not the voice's bare card.
  // So is a verdict read from a voice's own quotes ("did Putin mention talks at all?" — Yes, with his words):
  // the voice's bare card would drop the verdict line.
  const voiced =
    reply.verdictSource === "attribution" ||
    reply.followUp === "who-said-that" ||
    (reply.verdict !== null && reply.verdictSource === "article-text");
  const card =
    voiced && answer.kind === "quotes" ? answerCard(answer) : renderReply(answer, deps, summarySize);
  if (!reply.understood) return card;
  const understood = italic(escapeHtml(t("understood", { question: asQuestion(reply.understood) })));
  return { ...card, blocks: [understood, ...card.blocks] };
}

/** Whose words the last answer's quotes are: each speaker once, reported or the article's own voice. */
function whoSaidThat(answer: Answer, texts: Texts): Card {
  const { t } = texts;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const q of answer.quotes) {
    const key = `${q.voice}:${q.voice === "reported" ? q.speakerId : "article"}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(
      q.voice === "reported"
        ? `• ${t("who-said-reported", {
            html_name: bold(escapeHtml(q.localSpeaker ?? q.speaker)),
            html_role: escapeHtml(q.localRole ?? q.role),
            paragraph: q.paragraph,
          })}`
        : `• ${t("who-said-article", { paragraph: q.paragraph })}`,
    );
  }
  return {
    blocks: [
      `${bold(escapeHtml(t("who-said-that-heading")))}\n${lines.join("\n")}`,
      ...answer.quotes.map((q) => quoteBlock(q, texts)),
    ],
    keyboard: keyboardOf(questionButtons(answer.suggestions, BUTTONS), texts.lang),
  };
}
