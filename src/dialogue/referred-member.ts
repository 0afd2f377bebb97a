// "is that country in the quartet too?" after "which country does erdogan lead" (Turkey), «а эта страна входит в
// квартет?», "does his country sit in the quartet" after "who is erdogan": a group's membership asked of a party
// named by reference (d75-02). The party is the one the last turn named — "that country": the country the last
// answer names (else the last question); "his country": the country of the person the last question names (else
// the last answer) — and it is read against the group's list the article gives in full: Yes where the list names
// it, No where it leaves it out. The list's own members (the Quartet's Russia) were a Yes to every such question,
// Turkey's included: the entry's curated Yes answered the group, not the party asked.

import type { Answer, Lang } from "../answering/types.js";
import type { Parties, Party } from "../knowledge/parties.js";
import { wordsPattern } from "../knowledge/parties.js";
import type { ContextReading } from "./dialogue-context.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { answerIsList, membershipOf } from "./elliptical.js";
import { fold } from "./language.js";
import { onLastEvidence } from "./on-last-evidence.js";
import type { TurnReading } from "./turn-reading.js";
import type { AnswerReply, DialogueContext } from "./types.js";

/** "that country", "his country", «эта страна», «его страна»: a country named by reference; whose, or which. */
const REFERENCE_EN = /^(?:(that|this|the same|the said)|(his|her|their)) (?:country|state|nation)$/u;
const REFERENCE_RU =
  /^(?:(эта|та|эта же|та же|данная|это|то)|(его|её|ее|их)) (?:страна|государство|держава)$/u;

/** "does his country sit in the quartet", "does that country belong to it": membership asked with a verb. */
const DOES_MEMBER_EN =
  /^(?:(?:and|but|so|ok|okay)[, ]+)?(?:does|do|did) (.+?) (?:also )?(?:sit in|sit on|belong to|take part in|participate in|form part of) (?:the )?(.+)$/u;
/** «его страна состоит в квартете?»: membership with «состоит в». */
const STANDS_IN_RU = /^(?:(?:а|и|но)[, ]+)?(.+?) (?:тоже )?(?:состоит|состоят) (?:ли )?в (.+)$/u;

const MAX_GROUP_WORDS = 3;

const TOO = new Set(["too", "also", "тоже", "также"]);

/** "…the quartet too", "…as well": the words off the end, word by word (linear on a run of them). */
function withoutTrailingToo(text: string): string {
  const words = text.split(" ");
  for (;;) {
    const n = words.length;
    if (n > 1 && TOO.has(words[n - 1]!)) words.pop();
    else if (n > 2 && words[n - 2] === "as" && words[n - 1] === "well") words.splice(n - 2, 2);
    else return words.join(" ");
  }
}

/** The party and the group of a membership question, by any of its shapes, or null. */
export function membershipAsked(folded: string, lang: Lang): { party: string; group: string } | null {
  const text = withoutTrailingToo(folded.replace(/\?+$/, "").trim());
  const asked = membershipOf(text, lang);
  if (asked) return asked;
  const m = (lang === "ru" ? STANDS_IN_RU : DOES_MEMBER_EN).exec(text);
  const group = m?.[2];
  return m?.[1] && group && group.split(" ").length <= MAX_GROUP_WORDS ? { party: m[1], group } : null;
}

/** Each country of the table with the pattern of its own words (names and other words, not its people's). */
const countryWords = (parties: Parties, withPeople: boolean): [Party, RegExp][] =>
  parties
    .filter((p) => p.kind === "country")
    .flatMap((p) => {
      const forms = [...p.names.en, ...p.names.ru, ...p.mentions.en, ...p.mentions.ru];
      if (withPeople) forms.push(...p.people.flatMap((person) => [...person.en, ...person.ru]));
      const words = wordsPattern(forms);
      return words ? [[p, words] as [Party, RegExp]] : [];
    });

/** The country a text names first, or null (its own words only, or by a person too). */
function firstCountry(parties: Parties, text: string, withPeople: boolean): Party | null {
  let first: { party: Party; at: number } | null = null;
  for (const [party, words] of countryWords(parties, withPeople)) {
    const at = words.exec(text)?.index;
    if (at !== undefined && (first === null || at < first.at)) first = { party, at };
  }
  return first?.party ?? null;
}

/** The country a reference points at, from the last question and answer, or null when it is no reference. */
function referredCountry(
  reference: string,
  lang: Lang,
  last: { question: string; answer: string },
  parties: Parties,
) {
  const m = (lang === "ru" ? REFERENCE_RU : REFERENCE_EN).exec(
    reference.replace(/^the (?=same|said)/u, "the "),
  );
  if (!m) return null;
  const question = fold(last.question);
  const answer = fold(last.answer);
  // "his country": whose — the person the last question names, else the answer's.
  if (m[2]) return firstCountry(parties, question, true) ?? firstCountry(parties, answer, true);
  // "that country": which — the country the last answer names by its own words, else the question's.
  return firstCountry(parties, answer, false) ?? firstCountry(parties, question, true);
}

/** Whether the list's answer names the party by one of its words. */
const listNamesParty = (party: Party, list: Answer, lang: Lang): boolean =>
  wordsPattern([...party.names[lang], ...party.mentions[lang]])?.test(fold(list.answer)) ?? false;

export function createReferredMember(kit: DialogueKit, { contextAfter }: ContextReading) {
  return ({ folded, lang, words, now, context }: TurnReading) => {
    if (!context?.entryId) return null;
    const asked = membershipAsked(folded, words.lang);
    if (!asked) return null;
    const last = kit.engine.answerForEntry(context.entryId, lang);
    if (!last?.answered) return null;
    const party = referredCountry(
      asked.party,
      words.lang,
      { question: context.question, answer: last.answer },
      kit.parties,
    );
    if (!party) return null;
    const list = kit.findAnswer(asked.group, lang);
    if (!list.answered || list.kind !== "entry" || !answerIsList(list, words.lang, kit.parties)) return null;
    const listed: DialogueContext | null = contextAfter(asked.group, list, lang, now, words, null);
    if (!listed) return null;
    const named = listNamesParty(party, list, words.lang);
    const shown = party.names.en[0]?.replace(/^the /, "") ?? party.id;
    const line = named
      ? ""
      : words.lang === "ru"
        ? "Этой страны в списке статьи нет."
        : `${shown.charAt(0).toUpperCase()}${shown.slice(1)} is not on the article's list.`;
    const reply: AnswerReply = onLastEvidence(list, listed.question, shown, line, named ? "yes" : "no");
    return { reply, listed, verdict: named ? ("yes" as const) : ("no" as const) };
  };
}
