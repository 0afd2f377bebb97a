// Kind: "а что там с курсом доллара", "and what about the dollar exchange rate?" mid-chat (dialog44). Read as a
// switch of topic, the last question was asked again with the new topic put in ("а что конкретно упрекает
// вашингтон с курсом доллара") and the last entry came back. A switch whose topic names no voice and no party of
// the article, which the engine does not answer alone, and which holds a word the knowledge base never uses, is
// off the story: it stands alone (and is refused) instead of being read against the context. So is a message
// with "там" («а что там с …»), read with its place pronoun resolved otherwise (dialogue.ts).
import { isListedRussian } from "../answering/russian/dictionary.js";
import { russianStem } from "../answering/russian/stem.js";
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { partyMentions } from "../knowledge/parties.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { FollowUp } from "./follow-up.js";
import { wordsFor } from "./language.js";
import { slipOfKnown, vocabularyOf } from "./rescue.js";

/** Words a topic switch is made of that name nothing ("там", "about", "the", "itself"). */
const GLUE =
  /^(?:the|a|an|of|with|about|on|for|in|to|and|what|whats|itself|himself|herself|themselves|then|again|else|instead|also|really|actually|though|anyway|even|still|just|only|going|happening|doing|там|тут|что|как|насч[её]т|про|с|со|о|об|в|во|на|и|а|ну|же|этим|этом|это)$/u;

/** A word that asks: the "topic" is a question about the last answer. */
const QUESTION_WORD =
  /(?<!\p{L})(?:who|whom|whose|what|which|why|when|where|how|кто|что|чего|чё|чо|почему|зачем|как|какой|какая|какие|где|когда|куда|откуда|сколько)(?!\p{L})/u;
/** A Russian verb form ("хотел", "говорит"): what a follow-up asks of the last answer, not a topic of its own. */
const VERB_LIKE_RU = /(?:л|ла|ло|ли|ть|ться|тся|ет|ит|ут|ют|ат|ят|ешь|ишь|ем|им|ете|ите)$/u;

/** «а что там с курсом доллара», "what's going on with bitcoin": a topic asked about with "there"/"with". */
const THERE_WITH_RU =
  /^(?:(?:а|и|ну|так)[, ]+)*(?:что|как) (?:же )?(?:там|тут) (?:у нас )?(?:с|со|насч[её]т|по) (.+?)[?!.\s]*$/u;
const GOING_ON_EN =
  /^(?:(?:and|so|ok|okay|well|but)[, ]+)*(?:what'?s|what is|how'?s|how is) (?:going on|up|happening|new) (?:with|about) (.+?)[?!.\s]*$/u;

const russianStems = new WeakMap<KnowledgeBase, Set<string>>();

function russianStemsOf(kb: KnowledgeBase): Set<string> {
  let stems = russianStems.get(kb);
  if (!stems) {
    const ru = kb.locales?.ru;
    const texts = [
      ...(ru?.entries.flatMap((e) => [e.question, ...e.phrasings, ...e.keywords, e.answer]) ?? []),
      ...(ru?.synonyms.flat() ?? []),
      ...(ru?.speakers.flatMap((s) => [s.name, s.role, ...(s.aliases ?? [])]) ?? []),
      ...(ru ? [...ru.translations.values()] : []),
    ];
    stems = new Set(
      texts.flatMap((t) =>
        t
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length > 2)
          .map(russianStem),
      ),
    );
    russianStems.set(kb, stems);
  }
  return stems;
}

/**
 * A word of the text the knowledge base never uses: in Russian a word the dictionary lists (so a typo, "што", is
 * not one), in English one of four letters or more that is no slip of a known word ("kremln").
 */
function holdsUnknownWord(kit: DialogueKit, text: string, lang: Lang): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !GLUE.test(w));
  if (lang === "ru") {
    const stems = russianStemsOf(kit.kb);
    return words.some(
      (w) =>
        w.length > 4 &&
        /\p{Script=Cyrillic}/u.test(w) &&
        !VERB_LIKE_RU.test(w) &&
        !stems.has(russianStem(w)) &&
        isListedRussian(w),
    );
  }
  const vocabulary = vocabularyOf(kit.kb);
  const frame = wordsFor("en").frameWords;
  return words.some(
    (w) =>
      w.length > 3 &&
      /^[a-z]+$/u.test(w) &&
      !vocabulary.has(w) &&
      !frame.has(w) &&
      !(w.length > 4 && slipOfKnown(kit.kb, w)),
  );
}

/**
 * A topic off the story, asked alone: it names no voice and no party, the engine does not answer it, and it holds
 * a word the knowledge base never uses.
 */
function offStoryAlone(kit: DialogueKit, topic: string, lang: Lang): boolean {
  const folded = topic.toLowerCase();
  // "and why, in one sentence?", «и ещё что?»: a question of its own about the last answer, not a topic.
  if (QUESTION_WORD.test(folded)) return false;
  if (kit.speakers.namedIn(folded).length > 0 || partyMentions(kit.parties, folded).length > 0) return false;
  const alone = kit.engine.findAnswer(topic, lang);
  if (alone.answered || alone.reason === "not-in-article") return false;
  return holdsUnknownWord(kit, folded, lang);
}

/** The switch of topic is off the story: it should be read on its own, not against the context. */
export function offStorySwitch(kit: DialogueKit, read: FollowUp, lang: Lang): boolean {
  return (
    (read.kind === "topic-switch" || read.kind === "asked-switch") && offStoryAlone(kit, read.topic, lang)
  );
}

/** «а что там с X», "what's going on with X" with X off the story (read with "там" resolved otherwise). */
export function offStoryThere(kit: DialogueKit, text: string, lang: Lang): boolean {
  const topic = (lang === "ru" ? THERE_WITH_RU : GOING_ON_EN).exec(text.trim().toLowerCase())?.[1];
  return topic !== undefined && offStoryAlone(kit, topic, lang);
}
