// A dialogue turn as plain text (npm run talk, the terminal) and as the judge's JSON record. The bot renders
// the same replies through its locale files; these words are for the command line and the eval.
import { attribution, renderPlainText } from "../answering/plain-text.js";
import type { Answer, Lang } from "../answering/types.js";
import { type JsonlRecord, toJsonlRecord } from "../eval/judge.js";
import { ownVerdictOf, verdictWord, withoutOwnVerdict } from "./own-verdict.js";
import type { DialogueReply, DialogueTurn, SmallTalk, YesNo } from "./types.js";

export { ownVerdictOf, withoutOwnVerdict };

const UNCONFIRMED: Record<Lang, string> = {
  en: "The article doesn't say so in those words. What it does say:",
  ru: "Прямо в статье этого нет. Что в ней сказано:",
};

const TALK: Record<Lang, Record<SmallTalk, string>> = {
  en: {
    greeting: "Hi! I answer questions about one news story. Ask me anything about it, or try one of these:",
    thanks: "You're welcome! Anything else about the story?",
    goodbye: "Bye! Come back any time with a question about the story.",
    "how-are-you": "I'm fine, thanks — ready for your questions about the story.",
    identity: "I'm a bot that answers questions about one news story, quoting the article word for word.",
    abilities: "Ask me about the story in your own words: who said what, why, what the article leaves open.",
    insult: "Sorry I didn't help. Try one of these, or ask in other words:",
    laughter: "Glad you're enjoying it! Anything else about the story?",
    acknowledgement: "Anything else you'd like to know about the story?",
    aside: "Sums and jokes aren't my thing — I only know this one news story. Back to it?",
  },
  ru: {
    greeting: "Привет! Я отвечаю на вопросы об одной новости. Спросите что угодно или выберите:",
    thanks: "Пожалуйста! Ещё что-нибудь о новости?",
    goodbye: "До встречи! Возвращайтесь с вопросами о новости.",
    "how-are-you": "Всё хорошо, спасибо — готов отвечать на вопросы о новости.",
    identity: "Я бот, который отвечает на вопросы об одной новости и дословно цитирует статью.",
    abilities: "Спросите о новости своими словами: кто что сказал, почему, чего статья не говорит.",
    insult: "Жаль, что не помог. Попробуйте один из вопросов или спросите иначе:",
    laughter: "Рад, что весело! Ещё что-нибудь о новости?",
    acknowledgement: "Что ещё вы хотели бы узнать о новости?",
    aside: "Счёт и шутки — не моё: я знаю только эту новость. Вернёмся к ней?",
  },
};

/** The answer's text as a person reads it: the verdict first when the question was yes/no. */
function answerText(reply: Extract<DialogueReply, { kind: "answer" }>, lang: Lang): string {
  const lead = !reply.verdict
    ? ""
    : reply.verdictSource === "unconfirmed"
      ? UNCONFIRMED[lang]
      : verdictWord(reply.verdict, lang);
  if (!lead || reply.answer.kind === "none" || ownVerdictOf(reply.answer.answer) === reply.verdict)
    return reply.answer.answer;
  // A curated answer may open with its own Yes/No, the verdict on the entry's question: the verdict line replaces it.
  return `${lead} ${withoutOwnVerdict(reply.answer.answer)}`;
}

export function dialogueAsText(turn: DialogueTurn): string {
  return turn.replies.map((r) => replyAsText(r, turn.lang)).join("\n\n— — —\n\n");
}

function replyAsText(reply: DialogueReply, lang: Lang): string {
  switch (reply.kind) {
    case "answer": {
      const understood = reply.understood
        ? `(${lang === "ru" ? "понял так" : "understood as"}: ${reply.understood})\n`
        : "";
      const answer: Answer = { ...reply.answer, answer: answerText(reply, lang) };
      return `${understood}${reply.deferred ? "[second question, one tap away] " : ""}${renderPlainText(answer)}`;
    }
    case "more":
      return `(${reply.understood})\n${reply.paragraphs.map((p) => `¶${p.number}: ${p.text}`).join("\n\n")}`;
    case "who-said-that":
    case "is-that-true":
      return `(${reply.understood})\n${reply.answer.quotes.map((q) => `${q.text}\n  — ${attribution(q)}`).join("\n")}`;
    case "no-context":
      return `${lang === "ru" ? "Не понял, о чём вы. Задайте вопрос целиком, например:" : "I'm not sure what that refers to. Ask me a whole question, for example:"}\n${reply.suggestions.map((s) => `  • ${s.question}`).join("\n")}`;
    case "small-talk":
      return `${TALK[lang][reply.talk]}\n${reply.suggestions.map((s) => `  • ${s.question}`).join("\n")}`;
    case "no-such-button":
      return `${lang === "ru" ? `Кнопки ${reply.number} нет.` : `There is no button ${reply.number}.`}\n${reply.suggestions.map((s) => `  • ${s.question}`).join("\n")}`;
  }
}

/** One judge record for a whole turn: both halves of two questions, the verdict line included. */
export function dialogueRecord(
  question: string,
  turn: DialogueTurn,
): JsonlRecord & { verdict: YesNo | null; kinds: string[] } {
  const records = turn.replies.map((r) => replyRecord(question, r, turn.lang));
  const first = records[0] ?? toJsonlRecord(question, emptyAnswer());
  const verdictOf =
    turn.replies
      .map((r) => (r.kind === "answer" || r.kind === "is-that-true" ? r.verdict : null))
      .find((v) => v !== null) ?? null;
  return {
    ...first,
    answered: records.some((r) => r.answered),
    answer: records.map((r) => r.answer).join(" "),
    quotes: records.flatMap((r) => r.quotes),
    verdict: verdictOf,
    kinds: turn.replies.map((r) => r.kind),
  };
}

function replyRecord(question: string, reply: DialogueReply, lang: Lang): JsonlRecord {
  switch (reply.kind) {
    case "answer": {
      const record = toJsonlRecord(question, { ...reply.answer, answer: answerText(reply, lang) });
      // A deferred second half shows its short answer; its quotes are one tap away.
      return reply.deferred ? { ...record, quotes: [] } : record;
    }
    case "more":
      return {
        ...toJsonlRecord(question, emptyAnswer()),
        answered: true,
        entry: reply.entryId,
        answer: reply.title,
        quotes: reply.paragraphs.map((p) => ({ text: p.text, speaker: "The article" })),
      };
    case "who-said-that":
    case "is-that-true":
      return { ...toJsonlRecord(question, reply.answer), answered: true };
    default:
      return {
        ...toJsonlRecord(question, emptyAnswer()),
        suggestions: reply.suggestions.map((s) => s.question),
        reason: reply.kind,
      };
  }
}

function emptyAnswer(): Answer {
  return {
    answered: false,
    kind: "none",
    entry: null,
    speaker: null,
    confidence: 0,
    title: "",
    answer: "",
    quotes: [],
    suggestions: [],
    reason: null,
  };
}
