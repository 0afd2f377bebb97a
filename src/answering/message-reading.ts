// The reading of a message as typed, which may be long: read whole first (whole-question.ts); refused, it is
// read again by its sides (refused-sides.ts), without the asker's own story around its question (ramble-focus.ts,
// russian/ramble-question.ts), and in pieces: where a question starts in it (question-pieces.ts) and its stretches
// between the words chat turns on (long-message.ts), its final question first (final-question.ts; the readers by
// the question at its end: closing-readers.ts). The message is routed once; its pieces each on their own.

import { asCleftDoer, asRussianCleftDoer, isUrgeAsked } from "./cleft-doer.js";
import { createClosingReaders } from "./closing-readers.js";
import { partsOfStretches, stretchesOf } from "./long-message.js";
import { rememberingAnswers } from "./message-answers.js";
import { holdsRussianWords } from "./mixed-script.js";
import { asksOwnAdvice } from "./own-advice.js";
import { pointsAtEvent } from "./pointed-event.js";
import { pointsBack } from "./pointed-topic.js";
import { QUESTION_IN_MESSAGE, questionPieces } from "./question-pieces.js";
import { asksBeyondStory, focusedRamble } from "./ramble-focus.js";
import { questionAsRead } from "./readers.js";
import type { RefusedSides } from "./refused-sides.js";
import { withinBudget } from "./replies.js";
import type { ReadingParts, Routed } from "./routing.js";
import { russianStretchAsks } from "./russian/chatter-stretch.js";
import { RUSSIAN_INTENT_WORDS } from "./russian/intents.js";
import { storyPointsAsked } from "./russian/points-asked.js";
import { rambleReadingOf } from "./russian/ramble-question.js";
import { asRussianSpreadPrevention } from "./russian/spread-prevention.js";
import type { Answer, Lang } from "./types.js";
import type { WholeQuestion } from "./whole-question.js";

/** A stretch opening on the English turning word it was cut at (long-message.ts's BREAKS). */
const CUT_TURN = /^(?:also|but|because|anyway|so|and then)\s/iu;
export function createMessageReading(
  { kb, tuning, readers, replies, original }: ReadingParts,
  { answerWhole, answerRouted }: WholeQuestion,
  sides: RefusedSides,
): { findAnswer: (question: string, lang?: Lang) => Answer; forget: () => void } {
  const { english, route } = readers;

  /**
   * A long message refused whole is read in pieces: where a question starts in it (question-pieces.ts) and its
   * stretches between the words chat turns on (long-message.ts); the piece answered with the most confidence
   * stands for it — unless a piece that asks names something the article does not ("…, но какой курс
   * биткоина?"): the gate's refusal stands. A name in the chatter ("по телеку говорят…") does not.
   */
  const readAnswer = (question: string, lang?: Lang): Answer => {
    const routed = route(question);
    if (routed.reader.lang === "ru") {
      const points = storyPointsAnswered(question);
      if (points) return points;
    }
    const typed = readMessage(question, routed, lang);
    // A long Russian message's question without the asker's story and courtesy (russian/ramble-question.ts),
    // when it is answered surer than the message as typed.
    const reading = routed.reader.lang === "ru" ? rambleReadingOf(question) : null;
    const asked = reading?.question ?? null;
    // Nothing is surer than a full match: the question is not read again. Nor is a question that points back at
    // the spread the message told ("…перерастёт в войну. что предлагает россия, чтобы этого не было?"): without
    // its story it loses what "этого" is (russian/spread-prevention.ts).
    if (asked === null || (typed.answered && typed.confidence >= 1)) return typed;
    if (typed.answered && asRussianSpreadPrevention(question) !== question) return typed;
    const focused = surestOfAsked(asked, lang);
    // A question filled with the story's own clause ("…Путин кому-то звонил… Кому в итоге?") asks that clause.
    const filledAnswered = reading?.filled === true && focused.answered && focused.kind === "entry";
    const surer =
      filledAnswered || (focused.answered && (!typed.answered || focused.confidence > typed.confidence));
    return surer ? focused : typed;
  };
  // A text the message has already had answered (by the dialogue or by this reading's own pieces) is a look-up.
  const remembered = rememberingAnswers(readAnswer);
  const findAnswer = remembered.findAnswer;
  const { finalAnswered, referentAnswered, closingAnswered } = createClosingReaders(readers, findAnswer);

  /** The message as typed (`routed`: how the whole of it is routed). */
  const readMessage = (question: string, routed: Routed, lang?: Lang): Answer => {
    const typedWhole = answerRouted(routed, lang);
    const whole = cleftActAnswered(question, typedWhole, routed.reader === english, lang);
    if (!whole.answered && whole.lang === "ru") {
      const phrase = sides.englishPhraseAnswered(question);
      if (phrase) return phrase;
    }
    // "Peskov said what про роль Kremlin": English by its letters, refused for its Russian words (mixed-script.ts).
    if (!whole.answered && routed.reader === english && holdsRussianWords(question)) {
      const read = answerWhole(question, lang, true);
      // Answered in the question's language by its letters, as the bot's own words around it are.
      if (read.answered && read.kind === "entry" && read.entry)
        return withinBudget(replies.entryAnswer(original(read.entry), read.confidence, "en"));
      if (read.answered) return read;
    }
    // A long story naming one thing of the story and asking about it by "it" at its end (story-referent.ts).
    if (routed.reader === english) {
      const referred = referentAnswered(question, lang);
      if (referred) return referred;
    }
    // A long story whose whole was read as a request of another kind ("…who said what… what did putin push for on
    // that call": the roster): its final question, answered about one thing, is what it asks.
    if (whole.answered && whole.kind !== "entry" && routed.reader === english)
      return finalAnswered(question, lang) ?? whole;
    // A long story closed by its real question (closing-question.ts): that question, or what it asks of the story.
    if (routed.reader === english && whole.reason !== "not-in-article") {
      const closing = closingAnswered(question, whole, lang);
      if (closing) return closing;
    }
    // "who did putin phone, somebody from the EU?": a guess naming a party the article has no word from found that
    // gap; the question a question word opens before the guess is answered on its own (guessed-topic.ts).
    if (whole.reason === "not-in-article" && routed.reader === english) {
      const head = sides.guessAsideAnswered(question, routed, lang, true);
      if (head) return head;
    }
    if (whole.answered || whole.reason === "not-in-article" || whole.reason === "empty") return whole;
    // A forecast or advice for the asker's own life asked whole: no piece of it is the story's question.
    if (whole.refusedAs === "forecast" || ownAdvice(routed)) return whole;
    if (whole.reason === "ambiguous") {
      const side = sides.oneSideAnswered(question, whole);
      if (side) return side;
    }
    if (whole.reason === "out-of-scope") {
      const known =
        sides.knownSideAnswered(question, routed, lang) ?? sides.guessAsideAnswered(question, routed, lang);
      if (known) return known;
    }
    const focused = rambleAnswered(routed, lang) ?? finalAnswered(question, lang);
    if (focused) return focused;
    const pieces = question.length >= QUESTION_IN_MESSAGE ? questionPieces(question) : [];
    const stretches = stretchesOf(question);
    const parts = partsOfStretches(stretches);
    if (pieces.length === 0 && parts.length === 0) return whole;
    // One stretch that asks, not two joined: chatter beside a question ("…about putin yesterday, but who…").
    // A topic set out first and asked about by a pronoun after it ("Saudi Arabia … - is it dead now?"): its names count.
    for (const [i, part] of stretches.entries()) {
      const { reader, text } = route(part);
      const seen = reader.lexicon.analyse(text);
      const asked =
        reader.lang === "ru"
          ? russianStretchAsks(part)
          : // The "?" closing a stretch is cut off with the break (quality44): "did putin and erdogan | also
            // talk about gas supplies during that call?" asks in its last stretch, which holds the unknown name.
            // Only a stretch cut from its question by a turning word; "…, was that with the egyptian president?"
            // is its own question, answered by the article's No on another reading.
            part.includes("?") ||
            (CUT_TURN.test(part) && question.includes(`${part}?`)) ||
            seen.questionWords.length > 0;
      const pointedAt = stretches
        .slice(i + 1)
        .some(
          (later) =>
            pointsBack(later, question) ||
            (seen.unknownNames.length > 0 &&
              pointsAtEvent(later, text, (t) => reader.lexicon.analyse(t).content)),
        );
      // "в двух словах: позиция Индии": beside a mere size of the answer, the stretch naming a stranger is the question.
      const besideSizeOnly = reader.lang === "ru" && stretches.every((s, j) => j === i || sizeOnlyRu(s));
      if (seen.unknownNames.length > 0 && (asked || pointedAt || besideSizeOnly)) return whole;
      // "red sea - what's going on": a topic in words the article never uses, asked about after it, is off the story.
      if (pointedAt && seen.content.length > 0 && seen.content.every((c) => seen.unknown.includes(c)))
        return whole;
    }
    let best: Answer | null = null;
    for (const piece of pieces) {
      const a = answerWhole(piece, lang);
      if ((a.answered || a.reason === "not-in-article") && (!best || a.confidence > best.confidence))
        best = { ...a, readAs: piece };
    }
    // A part asking for the story in brief ("…можете коротко сказать, что там главное") stands only when no part asks about one thing.
    let brief: Answer | null = null;
    // A part that asks nothing (no question or frame word, no "?": "…там Путин, Эрдоган, какой-то квартет…") is
    // chatter beside the question of a message that asks one: it stands only when no part asks.
    const asks = question.includes("?");
    let chatter: Answer | null = null;
    // "Сижу на работе, скучно… Какая погода в Москве завтра?": a Russian part that asks in words the article never
    // uses is refused, and the chatter beside it does not answer for it (quality-ru43).
    let offStoryAsked = false;
    for (const part of parts) {
      const a = answerWhole(part, lang);
      if (!a.answered && asks && !asksNothing(part)) offStoryAsked ||= asksOffStoryRu(part);
      if (a.answered && a.kind === "entry" && asks && asksNothing(part)) {
        if (!chatter || a.confidence > chatter.confidence) chatter = { ...a, readAs: part };
      } else if (a.answered && a.kind === "entry" && (!best || a.confidence > best.confidence))
        best = { ...a, readAs: part };
      else if (a.kind === "summary" && !brief) brief = { ...a, readAs: part };
    }
    return best ?? brief ?? (offStoryAsked ? null : chatter) ?? whole;
  };

  /**
   * Whether a Russian part asks with a content word the knowledge base never uses ("погода"), pointing at nothing
   * the message told ("это как-то влияет на позицию москвы?" asks of the chatter before it).
   */
  const asksOffStoryRu = (part: string): boolean => {
    if (POINTING_RU.test(part.toLowerCase())) return false;
    const { reader, text } = route(part);
    return reader.lang === "ru" && reader.lexicon.analyse(questionAsRead(text, "ru")).unknown.length > 0;
  };

  /** A ramble's kept question, or one of its sentences when it asks several: whichever is answered surest. */
  const surestOfAsked = (asked: string, lang?: Lang): Answer => {
    const sentences = asked.match(/[^?]+\?+/g) ?? [];
    const read = [asked, ...(sentences.length > 1 ? sentences : [])].map((q) => ({
      ...findAnswer(q, lang),
      readAs: q,
    }));
    return read.reduce((best, a) =>
      a.answered && (!best.answered || a.confidence > best.confidence) ? a : best,
    );
  };

  /**
   * A long message read without the asker's own story around its question (ramble-focus.ts), as a message of its
   * own; its one near entry is answered when nothing else comes close (a ramble's many words thin every score).
   */
  const rambleAnswered = ({ reader, text }: Routed, lang?: Lang): Answer | null => {
    if (reader.lang !== "en") return null;
    const focused = focusedRamble(reader.lexicon.analyse(questionAsRead(text, "en")));
    if (focused === null) return null;
    if (asksBeyondStory(text, (clause) => reader.lexicon.analyse(questionAsRead(clause, "en")))) return null;
    const a = findAnswer(focused, lang);
    if (a.answered && a.kind === "entry") return { ...a, readAs: focused };
    const [only, ...others] = a.suggestions;
    const entry = only && others.length === 0 ? kb.entryById.get(only.entryId) : undefined;
    if (a.reason !== "ambiguous" || !entry || a.confidence < tuning.answerAt - tuning.oneTopicAllowance)
      return null;
    return { ...withinBudget(replies.entryAnswer(entry, a.confidence, a.lang ?? "en")), readAs: focused };
  };

  /** A cleft naming a story voice as the doer, its act asked alone when that is surer (cleft-doer.ts). */
  const cleftActAnswered = (question: string, whole: Answer, isEnglish: boolean, lang?: Lang): Answer => {
    const act = isEnglish ? asCleftDoer(question) : asRussianCleftDoer(question);
    // "was it peskov who talked about …": the whole reading owns its Yes when the named one is the point's doer
    // (owned-question-shapes.ts, quality43); the act alone would answer who, not whether.
    if (act === question || whole.owned !== undefined) return whole;
    const a = answerWhole(act, lang);
    // "did peskov call for a ceasefire?": the voice's own card ("who is peskov") says nothing of the urging.
    const card = isEnglish && whole.entry?.id.startsWith("who-is-") === true && isUrgeAsked(question);
    const surer =
      a.answered && a.kind === "entry" && (!whole.answered || card || a.confidence > whole.confidence);
    return surer ? { ...a, readAs: act } : whole;
  };

  /** Several of the story's points asked as a list (russian/points-asked.ts): the story in brief, when its questions
   * are the story's (two answered on their own, more answered than not). */
  const storyPointsAnswered = (question: string): Answer | null => {
    const asked = storyPointsAsked(question);
    if (asked === null) return null;
    const answered = asked.filter((q) => findAnswer(q, "ru").answered).length;
    return answered >= 2 && answered * 2 > asked.length ? replies.summary("ru") : null;
  };

  /** Whether a message asks advice for the asker's own life (own-advice.ts): no piece of it is the story's. */
  const ownAdvice = ({ reader, text }: Routed): boolean => {
    if (reader.lang !== "en") return false;
    const seen = reader.lexicon.analyse(text);
    return asksOwnAdvice(seen.words, seen.speakers);
  };

  /** Whether a part of a message asks nothing: no question mark, no question or frame word. */
  const asksNothing = (text: string): boolean => {
    if (text.includes("?")) return false;
    const { reader, text: read } = route(text);
    return reader.lexicon.analyse(read).cues.length === 0;
  };

  return remembered;
}

/** Words of a Russian part that point at what the message told before it. */
const POINTING_RU =
  /(?<!\p{L})(?:это|этого|этом|этому|эти|этих|этим|так|такое|такой|там|тут|он|она|они|его|ее|её|их)(?!\p{L})/u;

/** A Russian stretch that is only a size of the answer ("в двух словах", "кратко"; the summary cues). */
function sizeOnlyRu(stretch: string): boolean {
  let words = ` ${stretch
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim()} `;
  for (const cue of RUSSIAN_INTENT_WORDS.summaryCues) words = words.replace(cue, " ");
  return words.trim() === "";
}
