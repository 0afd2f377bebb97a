// An engine Answer as a Telegram card: the matched question in bold, the short answer, each quote in a
// blockquote with who said it, and buttons for related questions and the quote's place in the article.
import type { Answer, Suggestion } from "../../answering/types.js";
import type { SummarySize } from "../keyboards/index.js";
import {
  type ButtonSpec,
  keyboardOf,
  questionButtons,
  summaryButton,
  whoSaidWhatButton,
} from "../keyboards/index.js";
import { quoteBlock } from "./attribution.js";
import type { Card, RenderDeps } from "./card.js";
import { bold, escapeHtml, italic } from "./html.js";
import { rosterCard, speakerQuotesCard } from "./quotes.js";
import { summaryCard } from "./summary.js";

const RELATED_LIMIT = 3;
const SOURCE_BUTTON_LIMIT = 3;

/** Any answer the engine gives, whatever its kind, as the card to send; a summary in the size asked for. */
export function renderReply(answer: Answer, deps: RenderDeps, summarySize: SummarySize = "short"): Card {
  switch (answer.kind) {
    case "summary":
      return summaryCard(deps.kb.summaries, summarySize);
    case "quotes":
      return answer.speaker ? speakerQuotesCard(answer) : rosterCard(deps.kb, deps.engine);
    case "entry":
      return answer.reason === "not-in-article" ? notInArticleCard(answer) : answerCard(answer);
    case "none":
      if (answer.reason === "ambiguous") return didYouMeanCard(answer, deps);
      if (answer.reason === "empty") return emptyQuestionCard(answer, deps);
      return offTopicCard(answer, deps);
  }
}

export function answerCard(answer: Answer): Card {
  return {
    blocks: [
      `${bold(escapeHtml(answer.title))}\n${escapeHtml(answer.answer)}`,
      ...answer.quotes.map(quoteBlock),
    ],
    keyboard: keyboardOf([sourceButtons(answer), ...questionButtons(answer.suggestions, RELATED_LIMIT)]),
  };
}

/** Curated not-in-article answers usually open by saying so; then the card does not say it twice. */
const SAYS_SO_ALREADY = /^(the article|it) (doesn[’']t|does not|says nothing|gives no|never)/i;

function notInArticleCard(answer: Answer): Card {
  const lead = SAYS_SO_ALREADY.test(answer.answer) ? "" : `${italic("The article doesn’t say.")} `;
  const blocks = [`${bold(escapeHtml(answer.title))}\n${lead}${escapeHtml(answer.answer)}`];
  if (answer.quotes.length > 0) {
    blocks.push(italic("What it does say:"), ...answer.quotes.map(quoteBlock));
  }
  return {
    blocks,
    keyboard: keyboardOf([sourceButtons(answer), ...questionButtons(answer.suggestions, RELATED_LIMIT)]),
  };
}

function didYouMeanCard(answer: Answer, deps: RenderDeps): Card {
  return {
    blocks: [`${bold("Did you mean…?")}\nPick the question closest to yours, or ask it in other words.`],
    keyboard: keyboardOf(questionButtons(suggestionsOr(answer, deps), 4)),
  };
}

function offTopicCard(answer: Answer, deps: RenderDeps): Card {
  const explanation = answer.answer.trim() === "" ? "Sorry, I can’t answer that." : answer.answer;
  const { oneLine } = deps.kb.summaries;
  // The engine's refusal may already say what the story is; say it once.
  const scope = explanation.includes(oneLine)
    ? ""
    : `\n\nI only know one news story: ${italic(escapeHtml(oneLine))}`;
  return {
    blocks: [`${escapeHtml(explanation)}${scope}`, "You could ask one of these:"],
    keyboard: keyboardOf([
      ...questionButtons(suggestionsOr(answer, deps), RELATED_LIMIT),
      [summaryButton, whoSaidWhatButton],
    ]),
  };
}

function emptyQuestionCard(answer: Answer, deps: RenderDeps): Card {
  return {
    blocks: ["Send me a question about the story, for example one of these:"],
    keyboard: keyboardOf(questionButtons(suggestionsOr(answer, deps), RELATED_LIMIT)),
  };
}

function suggestionsOr(answer: Answer, deps: RenderDeps): Suggestion[] {
  return answer.suggestions.length > 0 ? answer.suggestions : deps.engine.popularQuestions(RELATED_LIMIT);
}

/** One "Show in article" button per paragraph the quotes stand in; it opens the first quote there. */
function sourceButtons(answer: Answer): ButtonSpec[] {
  const entryId = answer.entry?.id;
  if (entryId === undefined) return [];
  const firstQuoteOfParagraph = new Map<number, number>();
  answer.quotes.forEach((q, i) => {
    if (!firstQuoteOfParagraph.has(q.paragraph)) firstQuoteOfParagraph.set(q.paragraph, i);
  });
  const many = firstQuoteOfParagraph.size > 1;
  return [...firstQuoteOfParagraph.entries()]
    .slice(0, SOURCE_BUTTON_LIMIT)
    .map(([paragraph, quoteIndex]) => ({
      label: many ? `📄 In article (¶${paragraph})` : "📄 Show in article",
      action: { kind: "source", entryId, quoteIndex },
    }));
}
