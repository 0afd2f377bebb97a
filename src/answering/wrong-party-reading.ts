// The engine's side of a wrong party in a fact's slot (wrong-party.ts). A question refused or left unsure is read
// again without that party, and an entry found so is the answer; a question answered as typed ("did putin blame
// iran" finds whom Putin blames) keeps its entry when the reading without the party finds the same. Either way the
// answer is marked `wrongParty` for the yes/no layer (No; the one phoned: doesn't say). The party must be off the
// story: a name the reader does not know, or a place or body of the gazetteer the knowledge base never uses
// ("china", "иран"). The card's own "Yes." answered the entry's question, not this one: dropped.
import { withoutLeadingVerdict } from "./either-or.js";
import type { Analysis } from "./lexicon.js";
import { PLACE_NAMES } from "./place-names.js";
import { questionAsRead } from "./readers.js";
import type { Reader, Routed } from "./routing.js";
import type { Answer, Lang } from "./types.js";
import { withoutWrongParty } from "./wrong-party.js";

/** A Russian place name's stem ("иран", "кита"): its case forms start with it. */
// Two letters off the end: a fleeting vowel drops in the other cases ("египет" -> "египта", quality45).
const stemRu = (name: string) => name.toLowerCase().slice(0, Math.max(4, name.length - 2));
// A name of two words ("Саудовская Аравия", "Северная Корея") by its last: the slot's party is one word, and a false
// "Да" came of "путин винит саудовскую аравию?" (quality-ru51).
// Only a country's: "берег", "государств" of the other two-word names are no party's names.
const PLACE_STEMS_RU = PLACE_NAMES.filter((p) => !p.ru.includes(" ") || p.kind === "country")
  .map((p) => stemRu(p.ru.split(" ").at(-1)!))
  .filter((s) => !/[«»]/u.test(s));
/** Armed groups and movements blamed as a country is ("pinning the escalation on hezbollah"): not persons. */
const GROUPS = /^(?:hezbollah|houthis?|isis|taliban|wagner|хезболл\p{L}*|хусит\p{L}*|талибан\p{L}*)$/u;
/** What a word is to the reader, kept between questions (most words recur): bounded, emptied when full. */
const WORDS_KEPT = 4096;
/** A word's reading: off the story as a place or a name, one of the story's bystanders, or neither. */
type WordKind = "place" | "name" | "bystander" | null;

/**
 * `bystanders`: the story's people it never quotes ("erdogan"), who may stand in the slot of the one who did it
 * ("was erdogan the one blaming the americans?"); a quoted voice there (Peskov speaking for the Kremlin) is left alone.
 */
export function createWrongPartyReading(
  answerRouted: (routed: Routed, lang?: Lang) => Answer,
  bystanders: ReadonlySet<string> = new Set(),
) {
  /** Off the story (a place or a name), a bystander, or neither: what the slots ask of a word. */
  const wordKind = (reader: Reader, word: string): WordKind => {
    const a = reader.lexicon.analyse(word);
    if (a.content.length > 0 && a.unknown.length >= a.content.length) {
      const named = word.charAt(0).toUpperCase() + word.slice(1);
      const place =
        reader.lang === "ru"
          ? PLACE_STEMS_RU.some((s) => word.startsWith(s))
          : PLACE_NAMES.some((p) => p.pattern.test(named));
      if (place || GROUPS.test(word)) return "place";
      if (a.unknownNames.length > 0) return "name";
    }
    return a.content.some((c) => bystanders.has(c.replace(/^@/u, ""))) ? "bystander" : null;
  };
  const kindsByReader = new WeakMap<Reader, Map<string, WordKind>>();
  /** `asTyped`: the engine's answer to the question as typed, when it found an entry. */
  return (
    { reader, text }: Routed,
    analysis: Analysis,
    lang: Lang | undefined,
    asTyped: Answer | null,
  ): Answer | null => {
    const kept = kindsByReader.get(reader);
    const kinds = kept === undefined || kept.size >= WORDS_KEPT ? new Map<string, WordKind>() : kept;
    if (kinds !== kept) kindsByReader.set(reader, kinds);
    const kindOf = (word: string): WordKind => {
      const known = kinds.get(word);
      if (known !== undefined) return known;
      const kind = wordKind(reader, word);
      kinds.set(word, kind);
      return kind;
    };
    // One of the story's own names in the slot of the one who did it ("was erdogan the one blaming…"): a wrong
    // party only where the entry found names someone else.
    const knownName = (word: string): boolean => kindOf(word) === "bystander";
    const offStory = (word: string): "place" | "name" | null => {
      const kind = kindOf(word);
      return kind === "bystander" ? null : kind;
    };
    const without = withoutWrongParty(text, reader.lang, offStory, knownName);
    if (without === null) return null;
    // Nothing unknown, nothing rewritten and no name of the story in a slot: no wrong party.
    if (!without.known && analysis.unknown.length === 0 && questionAsRead(text, reader.lang) === text)
      return null;
    const again = answerRouted({ reader, text: without.rest }, lang);
    if (!again.answered || again.kind !== "entry" || again.entry?.kind !== "answer") return null;
    if (without.known && again.answer.toLowerCase().includes(without.party)) return null;
    if (asTyped !== null && asTyped.entry?.id !== again.entry.id) return null;
    const found = asTyped ?? again;
    return { ...found, answer: withoutLeadingVerdict(found.answer), wrongParty: without.slot };
  };
}
