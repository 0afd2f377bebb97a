// Kind (dialog43, d107-24): a prospect asked inside someone's outlook, after an answer — "is the author optimistic
// that peace will come soon?", "does the article expect a ceasefire to hold?", "is putin confident the talks will
// resume?", «автор надеется, что мир скоро наступит?», «путин уверен, что переговоры возобновятся?». The article
// reports what was said and called for, and its own closing aim ("a lasting and just resolution"), never anyone's
// outlook on whether or when it will come: "doesn't say", on the last answer's evidence (the line prospect-asked.ts
// gives). The engine took the outlook's words for a choice of entries ("did you mean…?"). The clause after the
// frame must itself be a forecast or a prospect (future-outcome.ts, event-forecast.ts, prospect-asked.ts): "is the
// author optimistic about Russia's role?" asks no event's coming and is left to the other readers.
import { asksForecast } from "../answering/future-outcome.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { asksEventForecast } from "./event-forecast.js";
import { asksProspect, prospectNotSaidTurn } from "./prospect-asked.js";
import type { DialogueTurn } from "./types.js";

const LEAD_EN = "(?:(?:and|so|but|ok|okay|well|then|hmm)[,.!]* +)*";
const WHO_EN =
  "(?:the (?:author|writer|journalist|reporter|article|piece|story|text|report)|this (?:article|piece|story)|it|he|she|they|putin|peskov|the kremlin|kremlin|russia|moscow|the foreign ministry)";
const MOOD_EN =
  "(?:optimistic|hopeful|confident|sure|certain|positive|upbeat|pessimistic|doubtful|skeptical|sceptical|convinced)";
const THINKS_EN = "(?:think|expect|believe|predict|reckon|suggest|foresee|anticipate|imply)";
/** "is the author optimistic (that) …", "does the article expect (that) …": the clause after the frame. */
const FRAME_EN = new RegExp(
  `^${LEAD_EN}(?:(?:is|are|was|were) ${WHO_EN} (?:really |very |at all )?${MOOD_EN}(?: (?:that|about whether|whether|if))?|(?:does|do|did) ${WHO_EN} (?:really |actually )?${THINKS_EN}(?: that)?) (?<clause>.+)$`,
  "u",
);
const WHO_RU =
  "(?:автор\\p{L}*|статья|стать\\p{L}*|журналист\\p{L}*|текст|он|она|они|путин|песков|кремль|россия|москва|мид)";
const THINKS_RU =
  "(?:надеется|надеются|уверен|уверена|уверены|считает|считают|думает|думают|ожидает|ожидают|верит|верят|полагает|предполагает|прогнозирует|предсказывает|оптимистичен|оптимистична|настроен оптимистично|настроена оптимистично|оптимистично настроен\\p{L}*)";
/** «автор надеется, что …», «путин уверен, что …». */
const FRAME_RU = new RegExp(
  `^(?:(?:а|и|но|ну|так)[,.!]* +)*${WHO_RU} (?:(?:ли|правда|вообще|действительно) )?${THINKS_RU}(?: ли)?,? (?:что|будто) (?<clause>.+)$`,
  "u",
);

/** "peace will come soon" as the forecast question "will peace come soon". */
const asQuestion = (clause: string): string => clause.replace(/^(.+?) will (?!be\s*$)/u, "will $1 ");

/** Whether the folded message asks someone's outlook on an event's coming or ending. */
export function asksHopedProspect(folded: string, ru: boolean): boolean {
  const text = withoutEndMarks(folded).trim();
  if (text.length > 120) return false;
  const clause = (ru ? FRAME_RU : FRAME_EN).exec(text)?.groups?.clause;
  if (!clause) return false;
  if (ru) return asksProspect(clause, true) || asksEventForecast(clause, "ru");
  const question = asQuestion(clause);
  return asksForecast(question) || asksProspect(question, false) || asksProspect(clause, false);
}

const HOPED_LINE = {
  en: "It reports what is called for and aimed at, not whether or when it will happen, nor anyone's outlook on it.",
  ru: "Она сообщает, к чему призывают и чего добиваются, но не говорит, получится ли это и когда, и ничьих ожиданий на этот счёт не приводит.",
};

export function hopedProspectTurn(ask: AskedOfLast, _kit: DialogueKit): DialogueTurn | null {
  return prospectNotSaidTurn(ask, asksHopedProspect, HOPED_LINE);
}
