// "Was that call with the Israeli prime minister?", "Это был разговор с Нетаньяху?", "did Putin call Biden?",
// "Путин звонил Байдену?": the other party of the contact the article reports, asked with a wrong name. The article
// names the one call it reports (its quote with "phone call" in it, and the people that quote names). That call
// presupposed or tied to it by its matter ("was the call with X?", "did Putin call X about the war?") with a party
// not in that quote is a grounded No, with the entry quoting it; a bare call or talk ("did Putin call Biden?",
// "Путин говорил с Нетаньяху?") or one more ("did he call Biden too?", "а Байдену тоже звонил?") the article does
// not deny: "doesn't say", with the reported call (dialog52's convention, call-convention.ts; dialog42 had made the
// bare call No). Only a party that is a leader ("the Israeli prime minister", "президент США") or a name the article
// never uses ("Biden"): "did Putin talk to Hamas?" is about the Kremlin's contacts, which the article reports
// otherwise, and is left to the engine. The quote's own party ("with Erdogan?", "with the Turkish leader?") is
// neither. Who placed the reported call ("was it Erdogan who made the call?") is "doesn't say" too
// (call-initiator.ts).
import { phonedPartyRu } from "../answering/russian/phone-check.js";
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { foldQuestion } from "../lib/fold-question.js";
import { callMatterAsked } from "./call-convention.js";
import { callInitiatorAsked } from "./call-initiator.js";
import {
  ALL_SAID_TO_EN,
  ANOTHER_CALL,
  ASKED_EN,
  ASKED_RU,
  CALL_NOUN,
  CLEFT_EN,
  CLEFT_RU,
  GUESS_TAG,
  IT_WAS_EN,
  IT_WAS_RU,
  LATIN_ENDING,
  LEADER,
  OFFERED_EN,
  OFFERED_RU,
  ON_CALL,
  ON_CALL_WITH,
  SAID_ON_CALL_EN,
  SAID_TO_EN,
  SAID_TO_RU,
  SAID_TO_RU_BEFORE,
  SAID_TO_RU_LEADING,
  THIS_TALK,
  WHO_ON_CALL_EN,
  WHO_ON_CALL_RU,
} from "./call-party-phrasings.js";
import type { SpeakerNames } from "./speakers.js";
import type { YesNo } from "./types.js";
import { wrongCallerAsked } from "./wrong-caller.js";

/** The reported call asked about: its entry and the verdict the article's text gives. */
export interface CallVerdict {
  entryId: string;
  verdict: YesNo;
}

/** The article's words for the way it reports the contact. */
const PHONE_IN_ARTICLE = /\bphone call\b/i;

/**
 * The call the article reports: its entry, the quote with "phone call" in it, and the entries whose quotes are
 * that sentence or a part of it ("Putin emphasized the urgent need…": words said on the call).
 */
/** An English said-to asked as a yes/no: "did he say that to erdogan…", "has putin told erdogan…". */
const SAID_ASKED_EN = /^(?:(?:so|and|but|wait|ok)[, ]+)*(?:did|was it|has|had) /u;
/** The call named as the occasion at the end: without it the general reader answers (and reads "he" for the next turn). */
const ON_THE_PHONE_EN =
  / (?:on|over|during|in) (?:the|a|their|that|this|his) (?:phone|call|phone call|conversation)$/u;

export function reportedCall(kb: KnowledgeBase) {
  const entry = kb.entries.find(
    (e) => e.kind === "answer" && e.quotes.some((q) => PHONE_IN_ARTICLE.test(q.text)),
  );
  const quote = entry?.quotes.find((q) => PHONE_IN_ARTICLE.test(q.text));
  const onTheCallEntries: ReadonlySet<string> = new Set(
    quote
      ? kb.entries
          .filter((e) => e.kind === "answer" && e.quotes.some((q) => quote.text.includes(q.text)))
          .map((e) => e.id)
      : [],
  );
  return { entry, quote, onTheCallEntries };
}

/**
 * The party a question asks the call was with, as typed ("did putin phone biden?" → "biden", «путин звонил
 * нетаньяху?» → «нетаньяху»), or null: the words a follow-up naming another party ("and erdogan?", «а эрдогану?»)
 * takes the place of (party-swap.ts).
 */
export function callPartyAsked(folded: string, lang: Lang): string | null {
  const text = folded.replace(/[?!.\s]+$/u, "");
  for (const re of lang === "ru" ? ASKED_RU : ASKED_EN) {
    const party = re.exec(text)?.[1];
    if (party) return party;
  }
  return lang === "ru" ? phonedPartyRu(text) : null;
}

/** The last question about a call with `name` in the place of a party the article does not name, or null. */
export function calledWithOther(
  question: string,
  name: string,
  lang: Lang,
  speakers: SpeakerNames,
): string | null {
  const folded = foldQuestion(question);
  const party = callPartyAsked(folded, lang);
  if (!party || speakers.namedIn(party).length > 0) return null;
  const at = folded.lastIndexOf(party);
  return at < 0 ? null : `${folded.slice(0, at)}${name}${folded.slice(at + party.length)}`;
}

/** The reader of a wrong party or the caller for the reported call (built once): entry and verdict, or null. */
export function createCallParty(
  kb: KnowledgeBase,
  speakers: SpeakerNames,
  unnamedByArticle: (party: string, lang: Lang) => boolean,
) {
  const { entry, quote, onTheCallEntries } = reportedCall(kb);
  const parties = new Set(quote ? speakers.namedIn(quote.text.toLowerCase()).map((n) => n.id) : []);
  const quoteWords = new Set((quote?.text.toLowerCase() ?? "").split(/[^\p{L}]+/u));
  // The parties' roles in both languages ("Turkish leader", "лидер Турции"): a country word by its first letters.
  const roleStems = new Set(
    [...parties].flatMap((id) =>
      [kb.speakerById.get(id)?.role, kb.locales?.ru?.speakerById.get(id)?.role]
        .join(" ")
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 3 && !LEADER.test(w))
        .map((w) => w.slice(0, 3)),
    ),
  );

  // An entry whose quotes are all words the article reports of one person of the call, one of them in the call's
  // paragraph ("The Russian leader believes that the latest surge…", told right after the call): the reader takes
  // them as said on it. His concern for civilians, reported only before the call, is not (whom he voiced it to
  // the article does not say).
  const persons = [...parties].filter((id) => speakers.isPerson(id));
  /** The caller's own reported words, whatever their paragraph. */
  const callersOwn = (id: string): boolean => {
    const e = kb.entries.find((x) => x.id === id);
    return (
      e?.kind === "answer" &&
      e.quotes.length > 0 &&
      e.quotes.every((q) => q.voice === "reported" && q.speaker === e.quotes[0]?.speaker) &&
      persons.includes(e.quotes[0]?.speaker ?? "")
    );
  };
  /** His words told in the call's own paragraph (the reader takes them as said on it). */
  const callersWords = (id: string): boolean =>
    callersOwn(id) &&
    (kb.entries.find((x) => x.id === id)?.quotes.some((q) => q.paragraph === quote?.paragraph) ?? false);

  return (
    folded: string,
    lang: Lang,
    contextEntryId: string | null,
    contextSpeakerId: string | null = null,
  ): CallVerdict | null => {
    if (!entry) return null;
    // "…with netanyahu, right?", "…Байдену, да?": the tag asks nothing of the party.
    // "…? i thought so": the asker's guess after the question (call-party-phrasings.ts).
    const text = folded
      .replace(/[?!.\s]+$/u, "")
      .replace(GUESS_TAG, "")
      .replace(/[?!.\s]+$/u, "")
      .replace(
        /,? (?:right|correct|true|yes|no|huh|isn'?t it|wasn'?t it|didn'?t he|did he not|hasn'?t he|да|верно|правда|так ведь|не так ли)$/u,
        "",
      );
    // Words of the call, or (dialog44) other words the article reports of the caller: the article reports him
    // speaking to no one but the call's party, so another party is a No; the call's own is Yes only for the
    // call's words.
    const ofTheCall = contextEntryId !== null && onTheCallEntries.has(contextEntryId);
    // A roster of the caller's words (no entry, his voice): the same (d44-01, "what did he tell him?" first).
    const callersRoster = contextEntryId === null && persons.includes(contextSpeakerId ?? "");
    const saidTo =
      ofTheCall || callersRoster || (contextEntryId !== null && callersWords(contextEntryId))
        ? lang === "ru"
          ? (SAID_TO_RU.exec(text)?.[1] ??
            SAID_TO_RU_BEFORE.exec(text)?.[1] ??
            SAID_TO_RU_LEADING.exec(text)?.[1])
          : SAID_TO_EN.exec(text)?.[1]
        : undefined;
    // "did he say that in a call with macron?": another call as the occasion, No whatever the last answer was.
    const onOtherCall =
      (lang === "en" ? (SAID_ON_CALL_EN.exec(text)?.[1] ?? ALL_SAID_TO_EN.exec(text)?.[1]) : undefined) ??
      (ANOTHER_CALL.test(text) ? undefined : ON_CALL_WITH.exec(text)?.[1]?.replace(LATIN_ENDING, ""));
    if (onOtherCall) {
      const named = speakers.namedIn(onOtherCall);
      const ours = named.some((n) => parties.has(n.id));
      if (!ours && (named.length > 0 || LEADER.test(onOtherCall) || unnamedByArticle(onOtherCall, lang)))
        return { entryId: entry.id, verdict: "no" };
    }
    if (saidTo) {
      // «Macron'у»: a Latin name with a Russian ending after an apostrophe, read as the name.
      const saidToName = saidTo.replace(LATIN_ENDING, "");
      const named = speakers.namedIn(saidToName);
      // The call's own party: Yes for the call's words; for his other words the article does not say to whom
      // (d46-32: «он это эрдогану сказал?» after his view of the US).
      // (English that is no yes/no is left to the general reader there, which keeps "what did he tell erdogan
      // then?" reading "he" as Putin.)
      if (named.some((n) => parties.has(n.id))) {
        if (ofTheCall) return { entryId: entry.id, verdict: "yes" };
        // Asked as a yes/no ("did he say that to erdogan on the phone?" after his view of the US): the article does
        // not say he said it in the call — the general reader took the call's card for a Yes (dialogues76 d76-17).
        return lang === "ru" || (SAID_ASKED_EN.test(text) && ON_THE_PHONE_EN.test(text))
          ? { entryId: entry.id, verdict: "not-said" }
          : null;
      }
      const wrong =
        named.length > 0 ||
        LEADER.test(saidToName) ||
        unnamedByArticle(saidToName, lang) ||
        phonedPartyRu(`путин звонил ${saidToName}`);
      if (wrong) return { entryId: entry.id, verdict: "no" };
    } else if (
      contextEntryId !== null &&
      lang === "en" &&
      SAID_ASKED_EN.test(text) &&
      ON_THE_PHONE_EN.test(text) &&
      callersOwn(contextEntryId)
    ) {
      // "did he say that to erdogan on the phone?" after his words of another paragraph (his view of the US): the
      // article does not say he said them in the call (dialogues76 d76-17: the call's card had been taken for a Yes).
      const to = SAID_TO_EN.exec(text)?.[1];
      if (to !== undefined && speakers.namedIn(to).some((n) => parties.has(n.id)))
        return { entryId: entry.id, verdict: "not-said" };
    }
    // "was it peskov who was on the phone with erdogan?", "was it peskov who made that call?", «это песков говорил с
    // эрдоганом по телефону?»: a person the article names, not on the call — No, the call was the quote's (dialog47).
    const onCall = (lang === "ru" ? WHO_ON_CALL_RU : WHO_ON_CALL_EN).exec(text);
    const onCallNamed = onCall?.[1] && ON_CALL.test(onCall[2] ?? "") ? speakers.namedIn(onCall[1]) : [];
    if (onCallNamed.length > 0 && onCallNamed.every((n) => !parties.has(n.id)))
      return { entryId: entry.id, verdict: "no" };
    // "did peskov call erdogan?": the call's own party, phoned by a voice not on it (wrong-caller.ts).
    if (wrongCallerAsked(text, lang, speakers, parties)) return { entryId: entry.id, verdict: "no" };
    if (callInitiatorAsked(text, lang, contextEntryId === entry.id))
      return { entryId: entry.id, verdict: "not-said" };
    // Russian also checks a call by name ("путин звонил байдену?"): the engine reads it as whom he phoned, and
    // the article's one call, with another party, is the No (russian/phone-check.ts).
    const [aboutTheCall, ...anyCall] = lang === "ru" ? ASKED_RU : ASKED_EN;
    // "wait was it biden?" right after the call's card: the one phoned asked by "it" (call-party-phrasings.ts).
    const pointed =
      contextEntryId === entry.id ? (lang === "ru" ? IT_WAS_RU : IT_WAS_EN).exec(text)?.[1] : undefined;
    const onTheCall =
      aboutTheCall?.exec(text)?.[1] ?? (lang === "ru" ? CLEFT_RU : CLEFT_EN).exec(text)?.[1] ?? pointed;
    const party =
      onTheCall ??
      anyCall.map((re) => re.exec(text)?.[1]).find(Boolean) ??
      (lang === "ru" ? phonedPartyRu(text) : null);
    if (!party) return null;
    // The quote's own party, by name or alias ("Erdogan", "the Turkish leader", "Эрдоган"), is not a No.
    // "who did he call?" — "was it erdogan?": the call's own party asked by "it", Yes.
    if (speakers.namedIn(party).some((n) => parties.has(n.id)))
      return party === pointed ? { entryId: entry.id, verdict: "yes" } : null;
    const partyWords = party.split(/[^\p{L}]+/u).filter((w) => w.length > 3);
    if (partyWords.some((w) => quoteWords.has(w) || roleStems.has(w.slice(0, 3)))) return null;
    if (!LEADER.test(party) && !unnamedByArticle(party, lang)) return null;
    // The reported call presupposed ("was the call with X?", "the call was with X?", «это был звонок X?») or tied
    // to it by its matter ("discussed this on the phone with X?", "called X about the war?") — No, it was with the
    // quote's party; a bare call or talk ("did Putin call X?", «Путин говорил с X?») or one more ("too") — the
    // article, reporting one call and no other contact, doesn't say (dialog52, call-convention.ts).
    const offered = (lang === "ru" ? OFFERED_RU : OFFERED_EN).some((re) => re.test(text));
    const presupposed =
      onTheCall !== undefined || offered || (CALL_NOUN.test(text) && anyCall[0]?.test(text) === true);
    const theReported =
      presupposed ||
      (!ANOTHER_CALL.test(text) && (THIS_TALK.test(text) || callMatterAsked(text, party, lang)));
    return { entryId: entry.id, verdict: theReported ? "no" : "not-said" };
  };
}
