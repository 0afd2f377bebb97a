// "Does the article mention the UN?", "в статье упоминается ЛАГ?" (mentionAsked, mentions.ts): Yes with an entry
// quoting the thing, or No — read from the article's own text, not from the nearest entry, which would answer
// about something else. A stand-alone question asks this first (stand-alone.ts). Null when the message is not
// such a question or no entry shows the mention.

import type { Answer, Lang } from "../answering/types.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { type DialogueWords, fold } from "./language.js";
import { articleMentions, entriesMentioning, mentionAsked } from "./mentions.js";
import { quotedAsked } from "./quoted-asked.js";
import type { AnswerReply, FollowUpKind } from "./types.js";
import { figureBesideMatter } from "./unstated-figure.js";

/** The words of a thing that are not glue ("between the two sides": two, sides). */
const contentWords = (thing: string) =>
  thing
    .split(/\s+/u)
    .filter((w) => w.length > 2 && !/^(?:the|and|between|among|with|from|into|about)$/u.test(w)).length;

export function answerMention(
  kit: DialogueKit,
  question: string,
  lang: Lang,
  words: DialogueWords,
  understood: string | null,
  followUp: FollowUpKind | null,
  typed: string,
): AnswerReply | null {
  const { engine, kb, speakers, findAnswer, withStorySuggestions } = kit;
  const quoted = quotedAsked(fold(question), words.lang);
  const thing = mentionAsked(fold(question), words.lang) ?? quoted;
  if (!thing) return null;
  // "is biden quoted in it?": a party the article never names is not quoted either — the mention's No; a party it
  // names is not quoted for being named (quoted-asked.ts), so no Yes from its mention.
  const unnamed = !articleMentions(thing, words.lang, kb) && speakers.namedIn(thing).length === 0;
  if (thing === quoted && !unnamed) return null;
  // "was the call yesterday?": when the call was, not whether "call yesterday" is named (unstated-figure.ts).
  if (figureBesideMatter(thing, words.lang)) return null;
  const extra = { understood, followUp, asked: question, verdictSource: "article-text" as const };
  const unjudged = (read: Answer) => answerReply(read, { ...extra, verdict: null, verdictSource: null });
  if (unnamed) {
    const read = findAnswer(thing, lang);
    // A Russian thing in words the curated side spells otherwise (a typo, "гос-во", "какие-то"), which the engine
    // reads as on-topic (a gap entry too, for a common noun: "погибших" finds the figures the article does not
    // give; a name, "Лига арабских государств", stays No): no false "Нет", the engine answers it.
    const at = typed.toLowerCase().indexOf(thing);
    const name = at >= 0 ? typed.slice(at, at + thing.length) : thing;
    const onTopic = read.answered || (read.kind === "entry" && !/^\p{Lu}/u.test(name));
    if (words.lang === "ru" && onTopic) return null;
    // "direct talks between the two sides", "casualties among civilians in gaza": a matter in words of its own,
    // not a name, which the engine answers — read as a yes/no on that entry, never a flat "not mentioned".
    if (read.answered && !/^\p{Lu}/u.test(name) && contentWords(thing) >= 3) return null;
    const refusal = withStorySuggestions(read, lang);
    const said =
      words.lang === "ru"
        ? `Нет. В статье не упоминается «${name}».`
        : `No. The article does not mention ${name}.`;
    return answerReply(
      {
        ...refusal,
        answered: false,
        kind: "none",
        entry: null,
        answer: said,
        quotes: [],
        reason: "out-of-scope",
      },
      { ...extra, verdict: "no" },
    );
  }
  const ids = entriesMentioning(thing, words.lang, kb);
  const found = findAnswer(thing, lang);
  const id = found.answered && found.entry && ids.includes(found.entry.id) ? found.entry.id : ids[0];
  const evidence = id ? engine.answerForEntry(id, lang) : null;
  // "does the article mention a two-state solution?": a term the curators list as never in the article's words for
  // the entry's point (conversation.json notInWords) is not a Yes — the article's own words shown, as yes-no.ts does.
  const unworded = id !== undefined && kit.conversation.notInWords?.get(id)?.test(fold(question)) === true;
  if (evidence?.answered && unworded)
    return answerReply(evidence, { ...extra, verdict: "not-said", verdictSource: "curated" });
  if (evidence?.answered) return answerReply(evidence, { ...extra, verdict: "yes" });
  // A name of the story's beside words no curated Russian answer has ("выходцы из россии в израиле"): the
  // engine's entry without a yes/no line; read whole, the claim checker gave it a false "Нет".
  return words.lang === "ru" && found.answered ? unjudged(found) : null;
}
