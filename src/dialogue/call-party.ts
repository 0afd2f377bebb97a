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
import { PHONE_VERBS, phonedPartyRu, TALK_VERBS } from "../answering/russian/phone-check.js";
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { callMatterAsked } from "./call-convention.js";
import { callInitiatorAsked } from "./call-initiator.js";
import { GUESSED_CALL_PARTY_EN, GUESSED_CALL_PARTY_RU } from "./guessed-call-party.js";
import type { SpeakerNames } from "./speakers.js";
import type { YesNo } from "./types.js";
import { wrongCallerAsked } from "./wrong-caller.js";

/** The reported call asked about: its entry and the verdict the article's text gives. */
export interface CallVerdict {
  entryId: string;
  verdict: YesNo;
}

/** The first reading of each language asks about the reported call itself; the rest, a call by name (No unless one more). */
/** The call's party asked by a who-question, then an answer offered to check: the call presupposed. Last in
 * ASKED_EN/ASKED_RU (their first two patterns are read by place below). */
const OFFERED_EN = [
  // "who did putin call about gaza? macron?": the call's party asked, then an answer offered to check.
  /^(?:(?:so|and|but|wait|ok)[, ]+)?who did (?:putin|he) (?:call|phone|ring|talk to on the phone|speak to on the phone|have (?:a|the) call with)(?: [^?]{2,60})?\? (?:was it |with )?(.+?)$/u,
  ...GUESSED_CALL_PARTY_EN,
];
const OFFERED_RU = [
  // «с кем путин говорил по телефону про газу? с нетаньяху?»: the call's party asked, then an answer offered.
  /^(?:(?:а|и|так)[, ]+)?с кем (?:путин|он) (?:говорил|разговаривал|беседовал|созванивался|созвонился)\p{L}* по телефону(?: [^?]{2,60})?\? (?:это был\p{L}* )?с(?:о)? (.+?)$/u,
  /^(?:(?:а|и|так)[, ]+)?кому (?:путин|он) (?:звонил|позвонил)\p{L}*(?: [^?]{2,60})?\? (?:это был\p{L}* )?(.+?)$/u,
  ...GUESSED_CALL_PARTY_RU,
];
const ASKED_EN = [
  // "was that call with X?", "was the phone call Putin had with X?", "was the conversation with X?"
  // "was putin's gaza call with X?": the call named by its matter (wave AJ).
  /^(?:(?:so|and|but|wait)[, ]+)?(?:was|is) (?:that|the|this|his|it|putin'?s)(?: (?!with(?!\p{L}))[\p{L}-]{2,20}){0,2}?(?: phone)? (?:call|conversation|phone call)?(?: (?:putin|he) had)? ?with (.+?)$/u,
  // "putins phone call was with netanyahu right?", "the call was with biden?" (dialog43).
  /^(?:(?:so|and|but|wait|ok)[, ]+)?(?:putin'?s|his|the|that|this)(?: phone)? (?:call|conversation|phone call|chat)(?: (?:putin|he) (?:had|made))? (?:was|is) (?:with|to) (.+?)$/,
  // "Putin discussed it on the phone with X, right?", "did he phone X?", "did Putin call Biden?", "did he ring up
  // the Israeli PM?": the call itself, not any contact ("call for"/"call on" ask what he urged, not whom he phoned).
  // "did putin talk about a ceasefire with biden?", "did he discuss the ceasefire with netanyahu?": a matter of the
  // call talked over with a party (dialog46).
  /^(?:(?:so|and|but|wait|is it true(?: that)?|did|has|had)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|ever|really|actually|even) )?(?:discuss(?:ed)?|talk(?:ed)? about|sp(?:o|ea)ke? about|chat(?:ted)? about|go over|went over|bring up|brought up|raise[sd]?) (?!with )[\p{L} '-]{2,60}? with (.+?)$/u,
  /^(?:(?:so|and|but|wait|is it true(?: that)?|did|has|had)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|ever|really|actually|even) )?(?:(?:spoke|speak|talk|talked|discuss|discussed|chat|chatted)(?: (?:this|it|that|about (?:this|it|that)))? (?:on|by|over) the phone (?:with|to)|(?:phone|phoned|rang|ring|telephone|telephoned|call|called)(?: up)?) (?!(?:for|on|upon|to|off|out|in|back|it|this|that|them|him|her)(?!\p{L}))(.+?)$/u,
  // "did Putin talk to Netanyahu on the phone?", "did putin chat with the israeli pm over the phone?": the phone
  // after the party; "did putin have a call with the israeli president?": the call had with a party (dialog47).
  /^(?:(?:so|and|but|wait|is it true(?: that)?|did|has|had)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|ever|really|actually|even) )?(?:talk|talked|speak|spoke|spoken|chat|chatted|converse|conversed) (?:to|with) (.+?) (?:on|over|by) (?:the )?(?:tele)?phone(?: (?:about|regarding|on) [\p{L} '-]{2,40})?$/u,
  /^(?:(?:so|and|but|wait|is it true(?: that)?|did|has|had)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|ever|really|actually|even) )?(?:have|had|hold|held|make|made) (?:a |any )?(?:phone |telephone )?(?:call|conversation|phone call|phone conversation) with (.+?)$/u,
  ...OFFERED_EN,
];
const ASKED_RU = [
  // "это был разговор с X?", "звонок был с X?"
  /^(?:(?:а|и|так|значит)[, ]+)?(?:это )?(?:был |была )?(?:разговор|звонок|беседа|телефонный разговор)\p{L}* (?:был\p{L}* )?с(?:о)? (.+?)$/u,
  // "это же был звонок Байдену?", "звонок был Байдену?": the one phoned in the dative (dialog43).
  /^(?:(?:а|и|так|значит)[, ]+)?(?:это )?(?:же |ведь )?(?:был |была )?(?:же |ведь )?(?:звонок|звонил\p{L}*) (?:был |же |ведь )*(?!(?:о|об|про|по|в|во|на|из-за|с|со|когда|зачем|почему)(?!\p{L}))(.+?)$/u,
  // «а прекращение огня он с нетаньяху обсуждал?», «про перемирие путин с байденом говорил?», «путин обсуждал
  // перемирие с байденом?»: a matter of the call talked over with a party (dialog46).
  /^(?:(?:а|и|так|значит)[, ]+)*(?:[\p{L} -]{2,40}? )?(?:путин|он) (?:это )?с(?:о)? (\p{L}+(?: \p{L}+)?) (?:обсуждал|обсудил|говорил|разговаривал|беседовал)\p{L}*(?: (?:это|об этом))?$/u,
  /^(?:(?:а|и|так|значит)[, ]+)*(?:путин|он) (?:обсуждал|обсудил|говорил о|говорил об|говорил про)\p{L}* [\p{L} -]{2,40}? с(?:о)? (\p{L}+(?: \p{L}+)?)$/u,
  // "Путин обсуждал это по телефону с X, да?", "Путин звонил X?": the call itself, not any contact.
  new RegExp(
    `^(?:(?:а|и|так|значит|правда ли,? что)[, ]+)*(?:путин|он) (?:(?:${TALK_VERBS})\\p{L}*(?: (?:это|об этом))? по телефону с(?:о)?|(?:${PHONE_VERBS})\\p{L}*(?: с(?:о)?)?) (.+?)$`,
    "u",
  ),
  ...OFFERED_RU,
];

/**
 * "did he say it to biden", "он сказал это байдену?": the last answer's words, said to someone. Where they are
 * words of the reported call, the party asked is checked against the call's: another is a No (he said it to the
 * one the call was with), the call's own a Yes.
 */
const SAID_TO_EN =
  /^(?:(?:so|and|but|wait|ok)[, ]+)*(?:(?:did|was it|has|had) )?(?:vladimir )?(?:putin|he) (?:(?:also|really|actually) )?(?:say|said|tell|told|mention|mentioned|stress|stressed|emphasi[sz]ed?|raise|raised|repeat|repeated|express|expressed)(?: (?:it|this|that|all this|all that|so))? to (.+?)$/u;
const SAID_TO_RU =
  /^(?:(?:а|и|так|значит)[, ]+)*(?:путин|он) (?:(?:это|так|об этом) )?(?:сказал|говорил|заявил|повторил|подчеркнул)\p{L}*(?: (?:это|так|об этом))? (?:(?:лично|именно) )?(?!(?:ли|ему|им|нам|мне|вам)(?!\p{L}))(\p{L}+(?:['’]\p{L}+)?(?: \p{L}+)?)$/u;
/**
 * "did he say that in a call with macron?", "was that said on the phone with biden?": the words put on another call
 * than the reported one — a wrong occasion, No with the call (dialog52, d46-24), whatever the words were.
 */
const SAID_ON_CALL_EN =
  /^(?:(?:so|and|but|wait|ok)[, ]+)*(?:(?:did|was it|has|had) )?(?:vladimir )?(?:putin|he) (?:(?:also|really|actually) )?(?:say|said|tell|told|mention|mentioned|stress|stressed|emphasi[sz]ed?|raise|raised|express|expressed)(?: (?:it|this|that|all this|all that|so))? (?:in|on|during|over) (?:a|the|his|that|this) (?:(?:phone|telephone) )?(?:call|conversation|talk|chat|phone call) (?:with|to) (.+?)$/u;
/**
 * "it was in the call with netanyahu that he urged a ceasefire?", "putin said all this to biden, didn't he?", «это в
 * разговоре с нетаньяху путин призвал к перемирию?»: the reported words put on a call with another party, or the
 * whole of them said to another — a wrong occasion as a first turn, No with the call (dialog53, d47-16/31).
 */
const ON_CALL_WITH =
  /(?<!\p{L})(?:(?:in|on|during|over) (?:a|the|his|that|this) (?:(?:phone|telephone) )?(?:call|conversation|phone call|phone conversation) with|(?:в|во время|при) (?:телефонном |телефонной )?(?:(?:разговор\p{L}*|бесед\p{L}*|звонк\p{L}*|созвон\p{L}*) с(?:о)?|звонк\p{L}*)) ((?!(?:putin|путин|он|he)(?!\p{L}))\p{L}+(?:['’]\p{L}+)?(?: (?!(?:putin|путин|он|he|that|who|что|кто)(?!\p{L}))\p{L}+){0,2})/u;
const ALL_SAID_TO_EN =
  /^(?:(?:so|and|but|wait|ok)[, ]+)*(?:vladimir )?(?:putin|he) (?:(?:also|really|actually) )?(?:said|told|say|tell) (?:all|all of|everything of) (?:this|that|it)(?: stuff)? to (.+?)$/u;

/** «он это байдену сказал?», «путин так байдену и сказал?»: the one told before the verb (dialog44). */
const SAID_TO_RU_BEFORE =
  /^(?:(?:а|и|так|значит)[, ]+)*(?:путин|он) (?:(?:это|так|об этом|всё это|все это) )?(?:(?:лично|именно|прямо) )?(?!(?:ли|ему|им|нам|мне|вам|это|так|же|ведь|тоже|и)(?!\p{L}))(\p{L}+(?:['’]\p{L}+)?(?: (?!(?:и|же|ведь|тоже|ли)(?!\p{L}))\p{L}+)?)(?: (?:и|же|ведь))? (?:сказал|говорил|заявил|повторил|подчеркнул)\p{L}*$/u;

/**
 * «а байдену он это говорил?», «а нетаньяху путин так сказал?»: the one told first, after «а» (dialog50). Not «а с
 * нетаньяху он (тоже) говорил?»: talking with someone, and «тоже» asks of another contact (doesn't say).
 */
const SAID_TO_RU_LEADING =
  /^(?:а|и|так|а вот)[, ]+(?!(?:ему|им|нам|мне|вам|это|так|что|кто|кому|где|когда|зачем|почему)(?!\p{L}))(?!(?:с|со)(?!\p{L}))(\p{L}+(?: \p{L}+)?) (?:путин|он) (?:(?:это|так|же|ведь|об этом|всё это|все это) )*(?:сказал|говорил|заявил|повторил|подчеркнул)\p{L}*$/u;

/** "was it X who …", «это X …»: X (group 1) and what X is asked to have done (group 2). */
const WHO_ON_CALL_EN =
  /^(?:(?:so|and|but|wait|ok|okay)[, ]+)*(?:was|is) it (?:actually |really )?(\p{L}+(?: \p{L}+){0,2}?) (?:who|that) (.+?)(?: then)?$/u;
const WHO_ON_CALL_RU =
  /^(?:(?:а|и|так|значит)[, ]+)*(?:это )(?:же |ведь |точно )?((?:\p{L}+ ){0,1}\p{L}+) (.+?)$/u;
/** The rest names the call itself: on the phone, the call made or had — not a call for something. */
const ON_CALL =
  /(?<!\p{L})(?:on the (?:tele)?phone|on the call|(?:made|placed|had|took|did) (?:the |that |this )?(?:phone )?call|phoned|rang|по телефону|звонил\p{L}*|позвонил\p{L}*|созванивал\p{L}*|созвонил\p{L}*)(?!\p{L})/u;

/** A talk with an object of the answer before ("discussed this", "обсуждал это"): the reported call itself. */
const THIS_TALK =
  /(?<!\p{L})(?:discuss\p{L}*|talk\p{L}*|spoke|speak|chat\p{L}*|обсуждал\p{L}*|обсудил\p{L}*|говорил\p{L}*) (?:about )?(?:this|it|that|это|об этом)(?!\p{L})/u;

/** «Macron'у»: the Russian ending after an apostrophe on a Latin name. */
const LATIN_ENDING = /['’]\p{L}+$/u;

/** The call as a thing ("the call was with X", «звонок был Байдену»): the reported one, presupposed. */
const CALL_NOUN = /(?<!\p{L})(?:call|conversation|phone call|chat|звонок|разговор|беседа)(?!\p{L})/u;

/** One more call asked, besides the reported one ("too", "also", "тоже", "ещё"): the article is silent on it. */
export const ANOTHER_CALL =
  /(?<!\p{L})(?:too|also|as well|either|ever|again|another|other|тоже|также|ещё|еще|и (?:ему|ей|им)|снова|опять|другим|другому|кому-то ещё|кому-то еще)(?!\p{L})/u;

/** A leader's title: the asked party is a person holding an office, not a country or a group. */
const LEADER =
  /(?<!\p{L})(?:prime minister|pm|premier|president|leader|chancellor|king|foreign minister|премьер\p{L}*|президент\p{L}*|лидер\p{L}*|канцлер\p{L}*|корол\p{L}*|глав\p{L}*)(?!\p{L})/u;

/** The article's words for the way it reports the contact. */
const PHONE_IN_ARTICLE = /\bphone call\b/i;

/**
 * The call the article reports: its entry, the quote with "phone call" in it, and the entries whose quotes are
 * that sentence or a part of it ("Putin emphasized the urgent need…": words said on the call).
 */
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
  const folded = question.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
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
  const callersWords = (id: string): boolean => {
    const e = kb.entries.find((x) => x.id === id);
    return (
      e?.kind === "answer" &&
      e.quotes.length > 0 &&
      e.quotes.every((q) => q.voice === "reported" && q.speaker === e.quotes[0]?.speaker) &&
      e.quotes.some((q) => q.paragraph === quote?.paragraph) &&
      persons.includes(e.quotes[0]?.speaker ?? "")
    );
  };

  return (
    folded: string,
    lang: Lang,
    contextEntryId: string | null,
    contextSpeakerId: string | null = null,
  ): CallVerdict | null => {
    if (!entry) return null;
    // "…with netanyahu, right?", "…Байдену, да?": the tag asks nothing of the party.
    const text = folded
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
      // (English is left to the general reader there, which says the same and keeps "what did he tell erdogan
      // then?" reading "he" as Putin.)
      if (named.some((n) => parties.has(n.id))) {
        if (ofTheCall) return { entryId: entry.id, verdict: "yes" };
        return lang === "ru" ? { entryId: entry.id, verdict: "not-said" } : null;
      }
      const wrong =
        named.length > 0 ||
        LEADER.test(saidToName) ||
        unnamedByArticle(saidToName, lang) ||
        phonedPartyRu(`путин звонил ${saidToName}`);
      if (wrong) return { entryId: entry.id, verdict: "no" };
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
    const onTheCall = aboutTheCall?.exec(text)?.[1];
    const party =
      onTheCall ??
      anyCall.map((re) => re.exec(text)?.[1]).find(Boolean) ??
      (lang === "ru" ? phonedPartyRu(text) : null);
    if (!party) return null;
    // The quote's own party, by name or alias ("Erdogan", "the Turkish leader", "Эрдоган"), is not a No.
    if (speakers.namedIn(party).some((n) => parties.has(n.id))) return null;
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
