// "what about them exactly" after "did putin mention the palestinians at all": an object "them" beside a person's
// answer is the party the last question was about, not the person (who is "he") — read as "what about the
// palestinians exactly", which the topic-switch reader asks of Putin. «а что именно про них» / «о них» likewise.
// Only after a preposition of topic ("about them", «про них»): a subject "they" is another reading's.
import type { Lang } from "../answering/types.js";
import type { Parties } from "../knowledge/parties.js";
import { lean } from "../lib/lean-regexp.js";
import { fold, languageOf } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

const ABOUT_THEM: Record<Lang, RegExp> = {
  en: lean(/(?<!\p{L})(about|for|regarding|concerning|on|to) them(?!\p{L})/u),
  ru: lean(/(?<!\p{L})(про|о|об|для|насчёт|насчет) (них|их)(?!\p{L})/u),
};

const KINDS = new Set(["people", "country", "movement", "organisation"]);

/** The parties' words as one pattern, found anywhere in the topic ("the palestinians all", «палестинцев»). */
function topicPattern(parties: Parties, lang: Lang): RegExp | null {
  const forms = parties
    .filter((p) => KINDS.has(p.kind))
    .flatMap((p) => [...p.names[lang], ...p.mentions[lang].filter((m) => !m.endsWith("*"))])
    .map((f) => f.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*$/, "\\p{L}*"));
  return forms.length > 0 ? new RegExp(`(?<!\\p{L})(?:the )?(?:${forms.join("|")})(?!\\p{L})`, "gu") : null;
}

const patternsOf = new WeakMap<Parties, Record<Lang, RegExp | null>>();

/** The message with "them" as the last topic's party after a person's answer, or null when it is not that reading. */
export function themTopicOf(
  text: string,
  context: DialogueContext | null,
  parties: Parties,
  speakers: SpeakerNames,
  lang: Lang,
): string | null {
  if (!context?.topic || !context.speakerId || !speakers.isPerson(context.speakerId)) return null;
  let patterns = patternsOf.get(parties);
  if (!patterns) {
    patterns = { en: topicPattern(parties, "en"), ru: topicPattern(parties, "ru") };
    patternsOf.set(parties, patterns);
  }
  const asked = languageOf(text, lang);
  const party = patterns[asked];
  // One party in the last topic ("the palestinians" of "the palestinians all"), or no reading.
  const found = party ? [...new Set(context.topic.match(party) ?? [])] : [];
  if (found.length !== 1 || !found[0]) return null;
  const folded = fold(text);
  const about = ABOUT_THEM[asked].exec(folded);
  if (!about) return null;
  return `${folded.slice(0, about.index)}${about[1]} ${found[0]}${folded.slice(about.index + about[0].length)}`;
}
