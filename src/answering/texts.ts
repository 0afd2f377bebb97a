// The few sentences the engine itself writes around the knowledge base's texts, in each language it answers in.
// (The bot's own texts — buttons, greetings, errors — live in locales/.)
import type { AnswerType } from "./answer-type.js";
import type { Lang } from "./types.js";

/** An entry's own yes/no opening ("Да.") does not answer another question. */
const withoutVerdict = (answer: string) => answer.replace(/^(?:Да|Нет|Yes|No)\.\s+/u, "");

export interface EngineTexts {
  summaryTitle: string;
  empty: string;
  ambiguous: string;
  /** A forecast of the story's events asked (future-outcome.ts). */
  forecast(oneLine: string): string;
  outOfScope(oneLine: string): string;
  noFigure(wanted: AnswerType, answer: string): string;
  saidTitle(name: string): string;
  saidIntro(who: string): string;
  whoSaidWhatTitle: string;
  roster(who: string[]): string;
  /** The people the article names without quoting them, after the roster ("It also names Erdogan…"). */
  alsoNamed(who: string[]): string;
  severalTitle(names: string[]): string;
  severalIntro(who: string[]): string;
  /** "Name (role)". */
  nameWithRole(name: string, role: string): string;
  /** The verdict opening an answer whose card answers the question's No ("is turkey in the quartet"). */
  no: string;
  /** The verdict opening an answer whose card answers the question's Yes ("is russia part of the quartet"). */
  yes: string;
}

const ENGLISH_TEXTS: EngineTexts = {
  summaryTitle: "Summary",
  empty: "Ask me a question about the story, for example one of these.",
  ambiguous: "I'm not sure which of these you mean.",
  forecast: (oneLine) =>
    `The article doesn't say what will happen: it reports what was said. It is about this: ${oneLine}`,
  outOfScope: (oneLine) => `The article doesn't cover that. It is about this: ${oneLine}`,
  noFigure: (wanted, answer) =>
    wanted === "outcome"
      ? `The article doesn't say that has happened. What it does say: ${withoutVerdict(answer)}`
      : wanted === "trivia"
        ? `The article doesn't give background facts like that. What it does say: ${withoutVerdict(answer)}`
        : `The article doesn't give ${wanted === "number" ? "a figure" : wanted === "time" ? "a date or time" : "personal details like that"}${wanted === "personal" ? "" : " for that"}. What it does say: ${withoutVerdict(answer)}`,
  saidTitle: (name) => `What ${name} said`,
  saidIntro: (who) => `As reported in the article, ${who}:`,
  whoSaidWhatTitle: "Who said what",
  roster: (who) => `The article reports statements by ${who.join(", ")}.`,
  alsoNamed: (who) => ` It also names ${who.join(", ")}, whom it does not quote.`,
  severalTitle: (names) => `What ${names.join(" and ")} said`,
  severalIntro: (who) => `As reported in the article, ${who.join("; ")}:`,
  nameWithRole: (name, role) => `${name} (${role})`,
  no: "No.",
  yes: "Yes.",
};

const RUSSIAN_TEXTS: EngineTexts = {
  summaryTitle: "Кратко",
  empty: "Задайте вопрос о статье, например один из этих.",
  ambiguous: "Не уверен, какой из этих вопросов вы имеете в виду.",
  forecast: (oneLine) =>
    `Что будет дальше, в статье не сказано: она передаёт сказанное. Она вот о чём: ${oneLine}`,
  outOfScope: (oneLine) => `В статье об этом нет. Она вот о чём: ${oneLine}`,
  noFigure: (wanted, answer) =>
    wanted === "outcome"
      ? `В статье не сказано, что это уже произошло. Что в ней сказано: ${withoutVerdict(answer)}`
      : wanted === "trivia"
        ? `В статье нет таких справочных сведений. Что в ней сказано: ${withoutVerdict(answer)}`
        : `В статье нет ${wanted === "number" ? "цифр" : wanted === "time" ? "даты или времени" : "таких личных подробностей"} на этот счёт. Что в ней сказано: ${withoutVerdict(answer)}`,
  saidTitle: (name) => `Высказывания: ${name}`,
  saidIntro: (who) => `Как сообщается в статье, ${who}:`,
  whoSaidWhatTitle: "Кто что сказал",
  roster: (who) => `В статье приводятся заявления: ${who.join(", ")}.`,
  alsoNamed: (who) => ` Упоминается также: ${who.join(", ")} (без цитат).`,
  severalTitle: (names) => `Высказывания: ${names.join(" и ")}`,
  severalIntro: (who) => `Как сообщается в статье, ${who.join("; ")}:`,
  nameWithRole: (name, role) => `${name} (${role})`,
  no: "Нет.",
  yes: "Да.",
};

export const ENGINE_TEXTS: Record<Lang, EngineTexts> = { en: ENGLISH_TEXTS, ru: RUSSIAN_TEXTS };
