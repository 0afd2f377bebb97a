// The reply of a question the decision answers with one entry: the card shaped to what was asked. A figure, a date
// or a private detail the card does not give is "the article doesn't say"; a voice asked that the card does not
// quote is told so; a card's own "Yes."/"No." goes where the question asks no yes or no; a wrong party is marked.
import { foldQuestion } from "../lib/fold-question.js";
import { givesAnswerType, wantedAnswerType } from "./answer-type.js";
import { erdoganDialledAsked } from "./call-dialler.js";
import { asksContactWithdrawn } from "./contact-withdrawal.js";
import type { Decision } from "./decide.js";
import { sidesOf, withoutLeadingVerdict } from "./either-or.js";
import type { Analysis } from "./lexicon.js";
import { mentionVerdict } from "./mention-asked.js";
import { addsToCard } from "./owned-scope.js";
import { ownedVerdict } from "./owned-verdict.js";
import { withinBudget } from "./replies.js";
import type { ReadingParts, Routed } from "./routing.js";
import { asksContactWithdrawnRu } from "./russian/contact-withdrawal.js";
import { asksFightingOnRu } from "./russian/fighting-on.js";
import { withLearnerGrammarRead } from "./russian/learner-grammar.js";
import { asRussianRejectedIdea } from "./russian/rejected-idea.js";
import { withSidesNamed } from "./sides-named.js";
import { silentVoiceReply } from "./silent-voice.js";
import { ENGINE_TEXTS } from "./texts.js";
import type { Answer, Lang } from "./types.js";
import { asksOpenly } from "./why-reason.js";

/** The wrong-party reading (wrong-party-reading.ts): the card with the guessed party marked, or null. */
type WrongPartyReading = (
  routed: Routed,
  analysis: Analysis,
  lang: Lang | undefined,
  found: Answer,
) => Answer | null;

/** What the answering decision found, read in the question's terms. */
export interface EntryAsked {
  routed: Routed;
  analysis: Analysis;
  /** The reply's language. */
  out: Lang;
  /** The language asked for by the caller. */
  lang: Lang | undefined;
}

export function createEntryReply(
  { kb, replies, original }: Pick<ReadingParts, "kb" | "replies" | "original">,
  wrongPartyReading: WrongPartyReading,
) {
  const articleInRussian = `${[...(kb.locales?.ru?.translations.values() ?? [])].join("\n")}\n${kb.article.text}`;
  /** "did putin say anything about civilian deaths": the card's topic mentioned (mention-asked.ts). */
  const mentionedOn = (text: string, lang: Lang, id: string, said: Answer) => {
    const verdict = mentionVerdict(
      text,
      lang,
      {
        answer: said.answer,
        text: [said.answer, ...said.quotes.map((q) => `${q.text} ${q.translation ?? ""}`)].join(" "),
      },
      lang === "ru" ? articleInRussian : kb.article.text,
    );
    return verdict === null ? null : { verdict, card: id };
  };
  return (
    decision: Extract<Decision, { kind: "answer" }>,
    { routed, analysis, out, lang }: EntryAsked,
  ): Answer => {
    const { reader, text } = routed;
    const t = replies.textsOf(out);
    const asked = wantedAnswerType(analysis.words, reader.lang);
    // Private life is asked of a person the question names ("does Putin have kids"), not of the story.
    const wanted = asked === "personal" && analysis.speakers.length === 0 ? null : asked;
    const entry = original(decision.entry);
    // Whether the entry gives a figure or a date does not depend on the language: judged on the English.
    // A private detail ("whats putins favourite food"): the story in one line, not the nearest card, which
    // answers something else (quality-r2-35).
    if (wanted === "personal" && !givesAnswerType(entry.answer, wanted, analysis.words)) {
      const oneLine = replies.oneLine(out);
      return withinBudget(
        replies.noAnswer(out, "not-in-article", t.noFigure(wanted, oneLine), replies.popular(3, out)),
      );
    }
    if (wanted && entry.kind === "answer" && !givesAnswerType(entry.answer, wanted, analysis.words)) {
      return withinBudget({
        ...replies.entryAnswer(entry, decision.confidence, out),
        answered: false,
        reason: "not-in-article",
        answer: t.noFigure(wanted, replies.localAnswer(entry, out)),
      });
    }
    // "What did Putin say about Hamas?" found Hamas's own-words card: told of Putin (silent-voice.ts).
    const entryReply = replies.entryAnswer(entry, decision.confidence, out);
    const silent = silentVoiceReply(analysis, entryReply, entry.question, (id) =>
      replies.speakerName(id, out),
    );
    if (silent) return withinBudget(silent);
    const answer = entryReply;
    // "Why…?" or "what…?" answered by a yes/no card: the card, without its "Yes."/"No." (why-reason.ts).
    if (asksOpenly(analysis)) answer.answer = withoutLeadingVerdict(answer.answer);
    // "Who is the Kremlin in contact with?": the sides named (sides-named.ts).
    if (reader.lang === "en") answer.answer = withSidesNamed(analysis.words, answer.answer);
    // "Is the ceasefire call Putin's or Peskov's?", "does russia only talk to hamas or also israel": an either-or
    // answered whole by a yes/no card; its "Yes." answers neither side (quality-r2-31). "… or not" / "or nah" stays yes/no.
    if (asksAlternative(text)) answer.answer = withoutLeadingVerdict(answer.answer);
    // "Is the Kremlin refusing to engage with the sides?": the card's "Yes." answers the opposite question.
    if (reader.lang === "en" ? asksContactWithdrawn(text) : asksContactWithdrawnRu(text))
      answer.answer = withoutLeadingVerdict(answer.answer);
    // «Кремль отказывается разговаривать с одной из сторон?» on the contact card: the article settles it, «Нет.».
    if (reader.lang === "ru" && entry.id === "kremlin-contact-both-sides" && asksContactWithdrawnRu(text))
      answer.answer = `Нет. ${answer.answer}`;
    // "did erdogan call putin?", «Эрдоган звонил Путину?»: who dialled, which the call card's «Да.» does not answer
    // (call-dialler.ts).
    const dialled = entry.id === "putin-erdogan-call" && erdoganDialledAsked(text.toLowerCase());
    if (dialled) answer.answer = withoutLeadingVerdict(answer.answer);
    // «путин призывает израиль к военному ответу?»: the ceasefire card's «Да.» answers the opposite question
    // (the yes/no layer says Нет: russian/fighting-on.ts); «отвергает идею перемирия» read as «против» likewise.
    if (reader.lang === "ru" && asksFightingOnRu(asRussianRejectedIdea(text)))
      answer.answer = withoutLeadingVerdict(answer.answer);
    // "did putin blame iran": whom he blames, with the guessed party marked for the yes/no layer's No.
    const marked = wrongPartyReading(routed, analysis, lang, answer);
    if (marked) return withinBudget(marked);
    // "does moscow have links to hamas?": the Yes (or No) the card states, the engine's own (owned-verdict.ts).
    const cardText = (id: string) => {
      const said = id === entry.id ? answer : replies.entryAnswer(kb.entryById.get(id) ?? entry, 1, out);
      return [said.answer, ...said.quotes.map((q) => `${q.text} ${q.translation ?? ""}`)].join(" ");
    };
    const owned = dialled
      ? null
      : // «Извините за мой русский. Путин хотеть перемирие?»: the point read in the learner's words read (verdict48).
        (ownedVerdict(
          reader.lang === "ru" ? withLearnerGrammarRead(text) : text,
          reader.lang,
          entry.id,
          cardText,
        ) ?? mentionedOn(text, reader.lang, entry.id, answer));
    // "does russia have ties with israel because of oil?": the card's own "Yes." does not answer the point extended.
    if (owned === null && addsToCard(foldQuestion(text), cardText(entry.id)))
      answer.answer = withoutLeadingVerdict(answer.answer);
    const card = owned === null ? undefined : kb.entryById.get(owned.card);
    if (owned && card) {
      const said = card.id === entry.id ? answer : replies.entryAnswer(card, decision.confidence, out);
      const word = ENGINE_TEXTS[/\p{Script=Cyrillic}/u.test(said.answer) ? "ru" : "en"][owned.verdict];
      return withinBudget({
        ...said,
        answer: `${word} ${withoutLeadingVerdict(said.answer)}`,
        owned: owned.verdict,
      });
    }
    const rival = decision.rival ? original(decision.rival) : null;
    if (rival && !answer.suggestions.some((s) => s.entryId === rival.id)) {
      answer.suggestions = [replies.suggestion(rival, out), ...answer.suggestions].slice(0, 3);
    }
    return withinBudget(answer);
  };
}

/** The second side of an "or" that only asks yes or no ("or not", «или нет»): no alternative. */
const OR_NOT = /^\s*(?:not|no|nope|nah|naw|not really|what|нет|не|неа|как|что|что ли)\s*$/iu;

/** Whether the question offers two alternatives ("X or Y"), not a yes/no with "or not". */
function asksAlternative(text: string): boolean {
  if (text.length > 160) return false;
  const sides = sidesOf(text);
  return sides !== null && !OR_NOT.test(sides[1]);
}
