// "and with the palestinians?" after "what ties does Russia have with Israel?", "wait, hamas too?", "а с
// палестинцами?", "а Россия?" after a question about China: a short follow-up that names only another party asks the
// last question again of that party. The party named in the last question is swapped for the new one (with the
// follow-up's own preposition and word form, so Russian cases stay right) and the result stands alone; "too",
// "even", "as well", "тоже" make it a yes/no question. Kept only when the engine answers it and the answer names
// the new party (or moves to another entry): otherwise the older readings handle the message.
import type { Answer, Lang } from "../answering/types.js";
import {
  allFormsOf,
  formsPattern,
  type Parties,
  patternsPerTable,
  wordsPattern,
} from "../knowledge/parties.js";
import { chargeAsked } from "./agent-swap.js";
import type { SpeakerNames } from "./speakers.js";
import { subjectSwapped } from "./subject-swap.js";
import type { YesNo } from "./types.js";

interface Party {
  id: string;
  /** A whole collective ("both sides"): never the actor beside the asked party. */
  collective: boolean;
  en: RegExp;
  ru: RegExp;
  /** How an answer names the party, in either language: any of its words (knowledge/parties.json). */
  stem: RegExp;
}

/** The parties a follow-up may name alone: those of the table (kb.parties) with names, each by its names. */
const swapParties = patternsPerTable((parties): Party[] =>
  parties
    .filter((p) => p.names.en.length > 0 && p.names.ru.length > 0)
    .map((p) => ({
      id: p.id,
      collective: p.kind === "collective",
      en: new RegExp(`(?<!\\p{L})(?:${formsPattern(p.names.en)})(?!\\p{L})`, "iu"),
      // A Russian adjective ("палестинское государство") is not the party: only nouns are swapped.
      ru: new RegExp(
        `(?<!\\p{L})(?!\\p{L}*ск(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую|ом|ими)(?!\\p{L}))(?:${formsPattern(p.names.ru)})(?!\\p{L})`,
        "iu",
      ),
      stem: wordsPattern([...allFormsOf(p, "en"), ...allFormsOf(p, "ru")], "iu") ?? /(?!)/u,
    })),
);

const EN_FORM =
  /^(?:(?:and|but|wait|hold on|so|ok|okay|what about|how about|even|also)[,.!]*\s+)*(?:(with|to|for|in|on|about|towards?)\s+)?(.+?)(?:\s*,?\s+(too|as well|also|included|aswell))?\s*\?*$/iu;
const RU_FORM =
  /^(?:(?:а|и|ну|ну а|а как же|а что|даже|подожди|стоп|так|то есть|значит|получается|выходит)[,.!]*\s+)*(?:(с|со|к|у|для|в|на|о|об|про)\s+)?(.+?)(?:\s*,?\s+(тоже|также|в том числе))?\s*\?*$/iu;
const EN_EVEN = /^(?:(?:and|but|wait|hold on|so)[,.!]*\s+)*even\s/iu;
const RU_EVEN = /(?<!\p{L})даже(?!\p{L})/iu;
/**
 * «то есть и с хамасом?», «значит, и с ХАМАС?», «получается, с хамасом тоже?»: the asker's conclusion from the last
 * answer put as a check — a yes/no question, as "тоже" makes one (dialog52ru, d118-32#3: the card without a verdict).
 */
const RU_CONCLUSION = /^(?:(?:а|и|ну|так)[,.!]*\s+)?(?:то есть|значит|получается|выходит)(?!\p{L})/iu;

/** A question asking who: its answer is a list of parties, which "X too?" asks to be in. */
const WHO_ASKED =
  /^(?:(?:and|but|so|а|и|ну)\s+)?(?:(?:with|to|for)\s+)?(?:who|whom|which (?:countries|parties|sides)|кто|кого|кому|кем|ком|с кем|у кого|какие (?:страны|стороны))(?!\p{L})/iu;

/** The one party a bare phrase names (and nothing else), or null. */
function bareParty(phrase: string, lang: Lang, parties: Parties): Party | null {
  for (const p of swapParties(parties)) {
    const re = lang === "ru" ? p.ru : p.en;
    const m = re.exec(phrase);
    if (m && m.index === 0 && m[0].length === phrase.length) return p;
  }
  return null;
}

export interface PartyAsked {
  party: Party;
  preposition: string | null;
  /** The follow-up's own words for the party, with its preposition ("с палестинцами", "with the palestinians"). */
  phrase: string;
  yesNo: boolean;
  /** "too", "as well", "тоже" as typed: the party asked as one more. */
  addition: string | null;
}

/** The party a short follow-up names and nothing else: "and with the palestinians?", "а Россия?", "hamas too?". */
export function partyAskedOf(message: string, lang: Lang, parties: Parties): PartyAsked | null {
  const text = message.trim().replace(/\s+/g, " ");
  if (text.split(" ").length > 6) return null;
  const m = (lang === "ru" ? RU_FORM : EN_FORM).exec(text);
  if (!m?.[2]) return null;
  const party = bareParty(m[2].trim(), lang, parties);
  if (!party) return null;
  const preposition = m[1]?.toLowerCase() ?? null;
  const even = lang === "ru" ? RU_EVEN.test(text) || RU_CONCLUSION.test(text) : EN_EVEN.test(text);
  return {
    party,
    preposition,
    phrase: `${preposition ? `${preposition} ` : ""}${m[2].trim()}`,
    yesNo: Boolean(m[3]) || even,
    addition: m[3]?.toLowerCase() ?? null,
  };
}

/** "what ties does russia have with hamas" -> "does russia have ties with hamas". */
function asYesNo(question: string, lang: Lang): string {
  if (lang === "ru") return question;
  const q = question.replace(/\?+$/, "");
  const m =
    /^(?:what|which)\s+(?:(\p{L}+)\s+)?(does|do|did)\s+(\S+)\s+(have|keep|maintain|share)\s+(.+)$/iu.exec(q);
  if (m) return `${m[2]} ${m[3]} ${m[4]} ${m[1] ?? "anything"} ${m[5]}?`;
  return question;
}

/** The last question asked of another party, or null when it names no other party to swap. */
export function swappedQuestion(
  last: string,
  asked: PartyAsked,
  lang: Lang,
  parties: Parties,
): string | null {
  for (const p of swapParties(parties)) {
    if (p.id === asked.party.id) continue;
    const re = lang === "ru" ? p.ru : p.en;
    const m = re.exec(last);
    if (!m) continue;
    let start = m.index;
    // The last question's own preposition before the party goes when the follow-up brings its own.
    if (asked.preposition) {
      const before = last.slice(0, start);
      const prep = /(?:^|\s)(\p{L}+)\s+(?:the\s+)?$/iu.exec(before);
      const lead = prep?.[1]?.toLowerCase();
      const preps =
        lang === "ru"
          ? ["с", "со", "к", "у", "для", "в", "на", "о", "об", "про"]
          : ["with", "to", "for", "in", "on", "about", "toward", "towards"];
      if (prep && lead && preps.includes(lead)) start = before.length - prep[0].trimStart().length;
    }
    const out = `${last.slice(0, start)}${asked.phrase}${last.slice(m.index + m[0].length)}`;
    const plain = out.replace(/\s+/g, " ").trim();
    return asked.yesNo ? asYesNo(plain, lang) : plain;
  }
  return null;
}

/** Whether the engine's answer to the swapped question is about the asked party. */
export function answersParty(answer: Answer, asked: PartyAsked, lastEntryId: string | null): boolean {
  if (!answer.answered || answer.kind === "none") return false;
  const text = `${answer.answer} ${answer.title ?? ""}`;
  return asked.party.stem.test(text) || (answer.entry?.id ?? null) !== lastEntryId;
}

/** A not-in-article card other than the last one, naming the asked party: it says the article is silent on it. */
function unsaidOfParty(answer: Answer, asked: PartyAsked, lastEntryId: string | null): boolean {
  return (
    answer.reason === "not-in-article" &&
    answer.entry !== null &&
    answer.entry.id !== lastEntryId &&
    asked.party.stem.test(`${answer.answer} ${answer.title ?? ""}`)
  );
}

/** The last turn's own not-in-article card again, naming the asked party. */
function sameUnsaidCard(answer: Answer, asked: PartyAsked, lastEntryId: string | null): boolean {
  return (
    answer.reason === "not-in-article" &&
    answer.entry !== null &&
    answer.entry.id === lastEntryId &&
    asked.party.stem.test(`${answer.answer} ${answer.title ?? ""}`)
  );
}

/** The last question's party other than the one it asked of (the actor beside it), as typed. */
function otherPartyOf(last: string, asked: PartyAsked, lang: Lang, parties: Parties): string | null {
  const found = swapParties(parties)
    .filter((p) => p.id !== asked.party.id && !p.collective)
    .map((p) => (lang === "ru" ? p.ru : p.en).exec(last))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index);
  // The first named is the actor ("russia" in "what does russia have in common with israel").
  return found.length >= 2 ? (found[0]?.[0] ?? null) : null;
}

/** The swapped question to read on its own, or null (see the file's head). */
export function createPartySwap(
  findAnswer: (question: string, lang: Lang) => Answer,
  parties: Parties,
  speakers: SpeakerNames,
) {
  return (
    message: string,
    last: { question: string; entryId: string | null; verdict?: YesNo | null } | null,
    lang: Lang,
  ): string | null => {
    if (!last) return null;
    const asked = partyAskedOf(message, lang, parties);
    if (!asked) return null;
    // "with whom does Russia have ties?" -> "and Israel too?" asks whether Israel is also among those the answer
    // names, not the last question again with Israel in Russia's place: the older readings answer it.
    if (asked.yesNo && WHO_ASKED.test(last.question.trim())) return null;
    const partySwapped = swappedQuestion(last.question, asked, lang, parties);
    // "is putin for a palestinian state?" + "and the us?": the US in Putin's place (subject-swap.ts), kept
    // whatever the answer names: its verdict is the US's, found or not.
    const subject = partySwapped
      ? null
      : subjectSwapped(asked.phrase, message.toLowerCase(), last.question, speakers, parties);
    const swapped = partySwapped ?? subject;
    if (!swapped) return null;
    // A yes/no asked again stays one: "is Russia in touch with both sides?" -> "и с ХАМАСом?".
    const yesNo = asked.yesNo || (last.verdict ?? null) !== null;
    const question = yesNo && !swapped.endsWith("?") ? `${swapped}?` : swapped;
    const found = findAnswer(question, lang);
    if (answersParty(found, asked, last.entryId) || (subject && found.answered)) return question;
    // «а в израиле?» after «сколько погибших в газе?»: the swapped question finds the very card the last turn gave,
    // one saying what the article does not give (no casualty figure), and that card names the party — it holds for
    // the party too (dialog52ru; the bare place had been read alone, as the ties with Israel).
    if (sameUnsaidCard(found, asked, last.entryId)) return question;
    // «а хамас?» after «израиль как-то отреагировал…?» — doesn't say: the swapped question finds the card saying
    // the article reports nothing of that party either (another not-in-article card), and that is its answer.
    if (yesNo && last.verdict === "not-said" && unsaidOfParty(found, asked, last.entryId)) return question;
    // "and hamas as well?" after "does he blame israel?": the charge asked again of another target, which the
    // evidence of whom he blames settles (agent-swap.ts: No, or doesn't say as one more) (dialog43).
    if (yesNo && found.answered && chargeAsked(question.toLowerCase()))
      return asked.addition ? `${question.replace(/\?+$/u, "")} ${asked.addition}?` : question;
    // "what does russia have in common with israel?" -> "and with the palestinians?": the two parties side by side.
    const other = otherPartyOf(last.question, asked, lang, parties);
    if (!other) return null;
    const pair = yesNo
      ? lang === "ru"
        ? `есть ли у ${other} связи с ${asked.phrase.replace(/^(?:с|со)\s+/u, "")}?`
        : `does ${other} have ties with ${asked.phrase.replace(/^\p{L}+\s+(?=the\s|\p{L})/u, "")}?`
      : `${other} ${lang === "ru" ? "и" : "and"} ${asked.phrase.replace(/^\p{L}+\s+/u, "")}`;
    return answersParty(findAnswer(pair, lang), asked, last.entryId) ? pair : null;
  };
}
