// A clarifying choice after an answer: "which foreign ministry, russian or turkish?", "is that the russian one or
// the turkish one?", "какой МИД, российский или турецкий?". The side is the one the last answer names (by country,
// its adjective, its capital or its leader); the last answer is shown again under that side. Null when the last
// answer names neither side or both, so the older readings (against-last-answer.ts) keep the message.
import type { Answer, Lang } from "../answering/types.js";
import { answerReply } from "./dialogue-kit.js";
import type { DialogueContext, DialogueReply } from "./types.js";

const SIDES: { asked: RegExp; named: RegExp; en: string; ru: string }[] = [
  {
    asked:
      /^(?:russia|russian|moscow|kremlin|росси\p{L}*|российск\p{L}*|русск\p{L}*|москв\p{L}*|кремл\p{L}*)$/iu,
    named: /russia|moscow|kremlin|putin|peskov|росси|москв|кремл|путин|песков/iu,
    en: "Russian",
    ru: "российский",
  },
  {
    asked: /^(?:turkey|turkish|ankara|турци\p{L}*|турецк\p{L}*|анкар\p{L}*)$/iu,
    named: /turk|ankara|erdogan|турц|турецк|анкар|эрдоган/iu,
    en: "Turkish",
    ru: "турецкий",
  },
  {
    asked: /^(?:us|usa|america|american|washington|сша|америк\p{L}*|американск\p{L}*|вашингтон\p{L}*)$/iu,
    named: /united states|\bUS\b|america|washington|сша|америк|вашингтон/u,
    en: "American",
    ru: "американский",
  },
  {
    asked: /^(?:israel|israeli|израил\p{L}*|израильск\p{L}*)$/iu,
    named: /israel|израил/iu,
    en: "Israeli",
    ru: "израильский",
  },
  {
    asked: /^(?:palestinian|palestinians|палестин\p{L}*)$/iu,
    named: /palestin|палестин/iu,
    en: "Palestinian",
    ru: "палестинский",
  },
];

const EN = /^(.+?) or (.+?)\?$/u;
const RU = /^(.+?) или (.+?)\?$/u;

/** Answers "A or B?" (as follow-up-forms.ts writes it) by the side the last answer names. */
export function createClarifyChoice(findAnswer: (question: string, lang: Lang) => Answer) {
  return (formed: string, context: DialogueContext, lang: Lang): DialogueReply | null => {
    const m = EN.exec(formed) ?? RU.exec(formed);
    if (!m?.[1] || !m[2]) return null;
    const a = SIDES.find((s) => s.asked.test(m[1]!.trim()));
    const b = SIDES.find((s) => s.asked.test(m[2]!.trim()));
    if (!a || !b || a === b) return null;
    const last = findAnswer(context.question, lang);
    if (!last.answered) return null;
    const text = `${last.answer} ${last.quotes.map((q) => q.text).join(" ")}`;
    const names = [a, b].filter((s) => s.named.test(text));
    if (names.length !== 1) return null;
    const side = names[0]!;
    const lead = lang === "ru" ? `${cap(side.ru)}.` : `The ${side.en} one.`;
    return answerReply({ ...last, answer: `${lead} ${last.answer}` }, { understood: formed });
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
