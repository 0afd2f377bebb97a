// Where an English question names a speaker and where it names its topic: "what did *trump* say", "did *hamas*
// accept…" (a speaker's place), "what did Putin say about *the election*", "Peskov on *oil prices*" (a topic). The
// lexicon reads both through LanguageRules (speakerSlot, topicWords), as it reads Russian's (russian/).
import { isCalendarWord } from "./calendar-words.js";
import type { Token } from "./lexicon.js";
import { namesPlaceInLowerCase } from "./place-names.js";
import { SPEAKER_PREFIX } from "./terms.js";
import { MEASURES_OF } from "./words.js";

/** "what did trump say", "did hamas accept…", "washington's response": where a speaker stands in a question. */
const SPEAKER_AUX = new Set(["did", "does", "do", "has", "have", "had", "would", "will", "was", "is"]);
const SPEAKER_VERBS = new Set(
  `say says said think thinks thought feel feels felt believe believes want wants react reacted respond
  responds responded reply replied comment commented tell told accept accepts accepted welcome welcomed
  answer answered play plays played`.split(/\s+/),
);
const SPEAKER_NOUNS = new Set(
  "response reaction reply answer comment comments statement view views stance position opinion".split(" "),
);

/**
 * Verbs of contact ("will trump *meet* putin?", "is trump going to *call* erdogan?"): whoever stands before one
 * after an auxiliary is a person, so a name that is also a common word ("trump") is still a name to the gate.
 */
const CONTACT_VERBS = new Set(
  "meet meets met call calls called phone phoned ring rang visit visits visited talk talks talked speak speaks spoke".split(
    " ",
  ),
);

/** The content token standing where a speaker does: after an auxiliary before a verb of saying, or before "response". */
export function englishSpeakerSlot(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  let after = tokens[i + 1];
  if (token.role !== "content" || token.surface.includes(" ") || !after) return false;
  // "did china offer to mediate", "is china trying to…": a place the story never names, typed in lower case and
  // spelt like a common word, as the one doing it after an auxiliary is a name whatever verb follows (quality33).
  if (
    !token.known &&
    before?.role === "stop" &&
    SPEAKER_AUX.has(before.surface) &&
    namesPlaceInLowerCase(token.surface)
  )
    return true;
  // "is trump going to call…": the verb after "going to".
  if (after.surface === "going" && tokens[i + 2]?.surface === "to") after = tokens[i + 3] ?? after;
  if (SPEAKER_VERBS.has(after.surface) || (CONTACT_VERBS.has(after.surface) && !token.known))
    return before?.role === "stop" && SPEAKER_AUX.has(before.surface);
  return SPEAKER_NOUNS.has(after.surface) && (before === undefined || before.role !== "content");
}

/**
 * Words that open a question's topic: "what did Putin say *about* the election", "his view *on* sanctions", "did
 * Putin *mention* Israel".
 */
const TOPIC_MARKERS = new Set([
  "about",
  "regarding",
  "concerning",
  "re",
  "mention",
  "mentions",
  "mentioned",
  "discuss",
  "discusses",
  "discussed",
]);
/** "on" opens a topic only after a word of saying or a word for a view ("comment on", "position on"). */
const TOPIC_ON_AFTER = new Set([
  ...SPEAKER_VERBS,
  ...SPEAKER_NOUNS,
  "take",
  "thoughts",
  "remark",
  "remarks",
  "talk",
  "speak",
  "spoke",
  "focus",
  "opinions",
]);

/** Nouns of membership whose "of" opens the group asked ("member of", "members of", "membership of"). */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(["member", "members", "membership"]);

/**
 * The content tokens of each topic a question names ("about the US *election*", "on the *grain deal*", "Peskov
 * on *oil prices*"): a word there the knowledge base never uses says the topic is elsewhere, whether it is the
 * head ("election") or what narrows a known head ("grain" of "grain deal").
 */
export function englishTopicWords(tokens: Token[]): Token[] {
  const words: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1];
    const opens =
      t.role !== "content" &&
      (TOPIC_MARKERS.has(t.surface) ||
        (t.surface === "on" &&
          before !== undefined &&
          (TOPIC_ON_AFTER.has(before.surface) || before.term.startsWith(SPEAKER_PREFIX))) ||
        // "a member of *the security council*" (quality52): the group asked is the topic, a word the knowledge
        // base never uses there a group the article never names.
        (t.surface === "of" && before !== undefined && MEMBER_NOUNS.has(before.surface)));
    if (!opens) continue;
    let j = i + 1;
    // A possessive pronoun or a determiner may stand first ("about *his* health", "about *this* war").
    // "about the *level of* inflation": a measure of the topic, not the topic; what it measures is read instead.
    while (j < tokens.length && tokens[j]!.role === "stop" && SKIPPED_BEFORE_TOPIC.has(tokens[j]!.surface))
      j++;
    // "did putin call erdogan *on monday*": a day or a month is when, not what (the date asked: answer-type.ts).
    for (; j < tokens.length && tokens[j]!.role === "content"; j++)
      if (!isCalendarWord(tokens[j]!.surface)) words.push(tokens[j]!);
  }
  return words;
}
const TOPIC_DETERMINERS: ReadonlySet<string> = new Set([
  "his",
  "her",
  "its",
  "their",
  "this",
  "that",
  "these",
  "those",
  "our",
  "your",
  "any",
  "some",
  "all",
]);
const SKIPPED_BEFORE_TOPIC = new Set([...TOPIC_DETERMINERS, ...MEASURES_OF]);
