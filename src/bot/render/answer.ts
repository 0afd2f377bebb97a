// An engine Answer as a Telegram card: the matched question in bold, the short answer, each quote in a
// blockquote with who said it, and buttons for related questions and the quote's place in the article. The card
// is in the language the engine answered in (answer.lang), whoever asked.
import type { Answer, Lang, Suggestion } from "../../answering/types.js";
import { type Texts, textsIn } from "../i18n.js";
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
import { isWholeRoster, rosterCard, severalSpeakersCard, speakerQuotesCard } from "./quotes.js";
import { summariesIn, summaryCard } from "./summary.js";

const RELATED_LIMIT = 3;
const SOURCE_BUTTON_LIMIT = 3;

/** The language an answer is in: the engine says, English if it does not. */
export const answerLang = (answer: Answer): Lang => answer.lang ?? "en";

/** Any answer the engine gives, whatever its kind, as the card to send; a summary in the size asked for. */
export function renderReply(answer: Answer, deps: RenderDeps, summarySize: SummarySize = "short"): Card {
  const texts = textsIn(answerLang(answer));
  switch (answer.kind) {
    case "summary":
      return summaryCard(deps.kb, summarySize, texts);
    case "quotes":
      if (answer.speaker) return speakerQuotesCard(answer, texts);
      return isWholeRoster(answer, deps, texts.lang)
        ? rosterCard(deps, texts)
        : severalSpeakersCard(answer, texts);
    case "entry":
      return answer.reason === "not-in-article" ? notInArticleCard(answer, texts) : answerCard(answer, texts);
    case "none":
      if (answer.reason === "ambiguous") return didYouMeanCard(answer, deps, texts);
      if (answer.reason === "empty") return emptyQuestionCard(answer, deps, texts);
      return offTopicCard(answer, deps, texts);
  }
}

export function answerCard(answer: Answer, texts: Texts = textsIn(answerLang(answer))): Card {
  return {
    blocks: [
      `${bold(escapeHtml(answer.title))}\n${escapeHtml(answer.answer)}`,
      ...answer.quotes.map((q) => quoteBlock(q, texts)),
    ],
    keyboard: keyboardOf(
      [sourceButtons(answer, texts), ...questionButtons(answer.suggestions, RELATED_LIMIT)],
      texts.lang,
    ),
  };
}

/** Curated not-in-article answers usually open by saying so; then the card does not say it twice. */
const SAYS_SO_ALREADY =
  /^(?:(?:the article|it) (?:doesn[’']t|does not|says nothing|gives no|never)|(?:в )?стать[яеи] (?:не|ничего|нет))/i;

function notInArticleCard(answer: Answer, texts: Texts): Card {
  const { t } = texts;
  const lead = SAYS_SO_ALREADY.test(answer.answer) ? "" : `${italic(t("not-in-article-lead"))} `;
  const blocks = [`${bold(escapeHtml(answer.title))}\n${lead}${escapeHtml(answer.answer)}`];
  if (answer.quotes.length > 0) {
    blocks.push(italic(t("what-it-does-say")), ...answer.quotes.map((q) => quoteBlock(q, texts)));
  }
  return {
    blocks,
    keyboard: keyboardOf(
      [sourceButtons(answer, texts), ...questionButtons(answer.suggestions, RELATED_LIMIT)],
      texts.lang,
    ),
  };
}

function didYouMeanCard(answer: Answer, deps: RenderDeps, { t, lang }: Texts): Card {
  return {
    blocks: [`${bold(t("did-you-mean"))}\n${t("did-you-mean-hint")}`],
    keyboard: keyboardOf(questionButtons(suggestionsOr(answer, deps, lang), 4), lang),
  };
}

function offTopicCard(answer: Answer, deps: RenderDeps, texts: Texts): Card {
  const { t, lang } = texts;
  const explanation = answer.answer.trim() === "" ? t("cannot-answer") : answer.answer;
  const { oneLine } = summariesIn(deps.kb, lang);
  // The engine's refusal may already say what the story is; say it once.
  const scope = explanation.includes(oneLine)
    ? ""
    : `\n\n${t("only-one-story")} ${italic(escapeHtml(oneLine))}`;
  return {
    blocks: [`${escapeHtml(explanation)}${scope}`, t("you-could-ask")],
    keyboard: keyboardOf(
      [
        ...questionButtons(suggestionsOr(answer, deps, lang), RELATED_LIMIT),
        [summaryButton(texts), whoSaidWhatButton(texts)],
      ],
      lang,
    ),
  };
}

function emptyQuestionCard(answer: Answer, deps: RenderDeps, { t, lang }: Texts): Card {
  return {
    blocks: [t("send-a-question")],
    keyboard: keyboardOf(questionButtons(suggestionsOr(answer, deps, lang), RELATED_LIMIT), lang),
  };
}

function suggestionsOr(answer: Answer, deps: RenderDeps, lang: Lang): Suggestion[] {
  return answer.suggestions.length > 0
    ? answer.suggestions
    : deps.engine.popularQuestions(RELATED_LIMIT, lang);
}

/** One "Show in article" button per paragraph the quotes stand in; it opens the first quote there. */
function sourceButtons(answer: Answer, { t }: Texts): ButtonSpec[] {
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
      // As text, as in the attribution (attribution.ts): no Intl.NumberFormat on the way to a first reply.
      label: many
        ? t("button-in-article-paragraph", { paragraph: String(paragraph) })
        : t("button-show-in-article"),
      action: { kind: "source", entryId, quoteIndex },
    }));
}
