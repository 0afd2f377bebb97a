// "Was it a face-to-face meeting?", "это была личная встреча?", "did they speak by phone?": how two parties were in
// touch. The article names the way ("In a phone call with … Erdogan"), so its opposite is a grounded No: asked
// about meeting in person, the answer is No — it was a phone call — with the entry quoting that sentence; asked
// about the phone, Yes. Only for the contact the article reports (its quote with the way in it), asked in its
// context or naming its other party; "did Putin meet Macron?" is not this contact and is left to the engine.
// "did Putin call only Erdogan?" asks more than the way ("only"/"just" are not glue): left to only-restriction.ts.
import { erdoganDialledAsked } from "../answering/call-dialler.js";
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { SpeakerNames } from "./speakers.js";
import type { YesNo } from "./types.js";

const IN_PERSON =
  /(?<!\p{L})(?:in person|in-person|face[- ]to[- ]face|in the same room|in the flesh|meet|met|meeting|visit\p{L}*|summit|sit[- ]down|sat down|sitting down|sat together|travel\p{L}* to|flew to|fly to|flown to|(?:go|goes|went|gone|come|came) to see|лично\p{L}*|личн\p{L}*|встреч\p{L}*|вживую|очн\p{L}*|лицом к лицу|с глазу на глаз|визит\p{L}*|саммит\p{L}*|(?:у|)виделс[яь]|(?:у|)виделись|(?:с|по|)ездил\p{L}* к|(?:при|по)ехал\p{L}* к|(?:при|с|)летал\p{L}* к|(?:при|по)летел\p{L}* к|навестил\p{L}*|посетил\p{L}*|посещал\p{L}*)(?!\p{L})/u;
const BY_PHONE =
  /(?<!\p{L})(?:phone\p{L}*|telephone\p{L}*|(?:call|called|calling)(?!\s+(?:for|on|to)(?!\p{L}))|rang|ring|телефон\p{L}*|звон\p{L}*|звонок|созвон\p{L}*)(?!\p{L})/u;
/**
 * What a question of the way holds besides the parties and the way ("did they speak by phone?", "они
 * созвонились?"). Anything else ("was the call about Ukraine too?") asks what the call was about: not this.
 */
const WAY_GLUE =
  /(?<!\p{L})(?:so|and|but|then|or|did|do|does|was|were|is|are|has|have|had|it|its|it's|this|that|they|he|him|his|them|their|the|two|both|a|an|by|over|on|in|via|with|each|other|one|another|actually|really|even|ever|person|speak|spoke|spoken|talk|talked|talking|contact|get|got|touch|see|saw|seen|это|эт[аои]|был\p{L}*|он[иа]?|с|со|по|в|и|а|ну|так|ли|правда|разве|неужели|ними|ним|друг|другом|говорил\p{L}*|поговорил\p{L}*|разговаривал\p{L}*|общал\p{L}*|связ\p{L}*|видел\p{L}*|виделись|всё-таки|все-таки|вообще|именно|же|между|собой)(?!\p{L})/gu;

/** The contact named as a noun ("the call", "that phone call", «этот звонок»), not the way asked. */
const CONTACT_NOUN =
  /(?<!\p{L})(?:(?:the|that|this|their|his|этот|тот) (?:phone |telephone )?call|(?:этот|тот) (?:телефонный )?(?:звонок|разговор))(?!\p{L})/gu;

/** "they", "the two", "они": both parties of the contact, with no name given. */
const THEY = /(?<!\p{L})(?:they|them|the two|both|они|их|оба)(?!\p{L})/u;

/**
 * A meeting agreed, planned or to come ("did they agree to meet?", «они договорились о встрече?», "will they meet?"):
 * not the way they were in touch but an outcome the article does not report — doesn't say (dialog52, d46-34).
 */
export const MEETING_ARRANGED =
  /(?<!\p{L})(?:agree\p{L}* (?:to|on|upon) (?:a |an )?(?:meet|meeting|summit|visit)|(?:plan|arrange|schedule|set up|fix)\p{L}* (?:a |an |to )?(?:meet|meeting|summit|visit)|will (?:they |he |putin |\p{L}+ and \p{L}+ )?(?:ever |finally |soon )?meet|going to meet|договорил\p{L}* (?:о|об) (?:встреч|визит|саммит)|договорил\p{L}* (?:встретиться|увидеться)|(?:планиру|назначил|наметил|условил)\p{L}* (?:встреч|визит|саммит|встретиться|о встреч)|встретятся|встреч\p{L}* (?:\p{L}+ )?(?:назначил|наметил|запланировал|планиру|договорил)\p{L}*)/u;

/** The other party of the contact as a pronoun beside one named: "him", «с ним», «они с Путиным». */
/** «он встречался с эрдоганом лично?» after Putin's words: «он» is the chat's voice, as "he" is (dialog49, d113-33#3). */
const OTHER_PRONOUN = /(?<!\p{L})(?:him|them|they|he|он|ним|нем|него|ему|они|оба)(?!\p{L})/u;

/**
 * The words right before a name that make it the one met ("a meeting with erdogan", "did he visit erdogan",
 * «ездил к эрдогану», «встречался с эрдоганом»): the contact asked of that party, whoever the other is.
 */
const MET_WITH = /(?<!\p{L})(?:with|meet|met|meeting|visit\p{L}*|see|saw|seen|с|со|к)\s$/u;

/** A person pronoun that may be a voice of the chat's context ("did he meet erdogan?" after Peskov's words). */
const PERSON_PRONOUN = /(?<!\p{L})(?:he|she|him|her|они|он|она|ним|ней)(?!\p{L})/u;

/** "it", "that", "they", «это», «они»: the contact of the last answer, with no name given. */
const IT_OR_THEY = /(?<!\p{L})(?:it|that|they|the two|это|они)(?!\p{L})/u;

/** The words before a name that make it a place: "in", "at", "в", "во" right before it. */
const AT_PLACE = /(?<!\p{L})(?:in|at|в|во)\s$/u;

/** Other ways than the phone or a meeting: a video link, a letter, a message. */
const OTHER_WAY =
  /(?<!\p{L})(?:video(?:[- ]?(?:call|link|chat|conference|conferencing))?|zoom|skype|facetime|videoconferenc\p{L}*|letter|e-?mail|text message|in writing|видеосвяз\p{L}*|видеозвон\p{L}*|видеоконференц\p{L}*|по видео|письм\p{L}*|письменно|по почте)(?!\p{L})/u;
const EVERY_OTHER_WAY = new RegExp(OTHER_WAY.source, "gu");
const EVERY_IN_PERSON = new RegExp(IN_PERSON.source, "gu");
const EVERY_BY_PHONE = new RegExp(BY_PHONE.source, "gu");

/** The article's words for the way it reports the contact. */
const PHONE_IN_ARTICLE = /\bphone call\b/i;

/**
 * A meeting in person (or another way than the phone) asked, with no phone word and no meeting to come: the way of a
 * contact asked against the article's phone call (meeting-for-call.ts).
 */
export function asksMeetingNotCall(folded: string): boolean {
  return (
    (IN_PERSON.test(folded) || OTHER_WAY.test(folded)) &&
    !BY_PHONE.test(folded.replace(CONTACT_NOUN, " ")) &&
    !MEETING_ARRANGED.test(folded)
  );
}

export interface ContactMode {
  /** The entry quoting the article's sentence on the contact. */
  entryId: string;
  verdict: YesNo;
}

/** The entry of the contact the article reports by phone and the people its quotes name (built once). */
export function createContactMode(kb: KnowledgeBase, speakers: SpeakerNames) {
  const entry = kb.entries.find(
    (e) => e.kind === "answer" && e.quotes.some((q) => PHONE_IN_ARTICLE.test(q.text)),
  );
  const quote = entry?.quotes.find((q) => PHONE_IN_ARTICLE.test(q.text));
  const parties = new Set(
    quote ? speakers.namedIn(quote.text.toLowerCase()).map((n) => n.id) : ([] as string[]),
  );
  // Other entries quoting the contact's sentence ("who is Erdogan?": the Turkish leader Putin spoke with by phone):
  // after one of them, "was it a face to face meeting?" asks the way of that contact too (dialog28, d52-13#3).
  const quotingContact = new Set(
    quote ? kb.entries.filter((e) => e.quotes.some((q) => q.text === quote.text)).map((e) => e.id) : [],
  );

  /**
   * The verdict on how the reported contact happened, or null when the question is not about that contact's
   * way. `contextEntryId` is the entry the last answer gave.
   */
  return (
    folded: string,
    _lang: Lang,
    contextEntryId: string | null,
    contextVoices: readonly (string | null)[] = [],
  ): ContactMode | null => {
    if (!entry) return null;
    // "did erdogan call putin?", «Эрдоган звонил Путину?»: who dialled, not the way they spoke — not said (dialog42,
    // answering/call-dialler.ts); the phone as the way stays Yes ("did putin call erdogan?").
    if (erdoganDialledAsked(folded)) return { entryId: entry.id, verdict: "not-said" };
    // "did they agree to meet?" of the contact's parties: a meeting to come, not reported.
    if (MEETING_ARRANGED.test(folded)) {
      const ofContact =
        contextEntryId === entry.id ||
        contextVoices.some((id) => id !== null && parties.has(id)) ||
        speakers.namedIn(folded).some((n) => parties.has(n.id));
      return ofContact ? { entryId: entry.id, verdict: "not-said" } : null;
    }
    // "was it a video call?", "по видеосвязи?": another way than the phone, a No like a meeting (dialog43).
    const otherWay = OTHER_WAY.test(folded);
    // "was the call with erdogan in person?": "the call" names the contact, the way asked is in person (dialog49).
    const plain = otherWay ? folded.replace(EVERY_OTHER_WAY, " ") : folded;
    const asked = IN_PERSON.test(plain) ? plain.replace(CONTACT_NOUN, " ") : plain;
    const inPerson = otherWay || IN_PERSON.test(asked);
    const byPhone = BY_PHONE.test(asked);
    if (inPerson === byPhone) return null;
    const spans = speakers.namedIn(folded);
    // A place named after "in"/"at"/"в" ("met in Moscow?", "встречались в Москве?") is where, not who.
    const named = spans.filter((n) => !AT_PLACE.test(folded.slice(0, n.start))).map((n) => n.id);
    let rest = asked;
    for (const n of [...spans].reverse()) rest = `${rest.slice(0, n.start)} ${rest.slice(n.end)}`;
    const other = rest.replace(EVERY_IN_PERSON, " ").replace(EVERY_BY_PHONE, " ").replace(WAY_GLUE, " ");
    // A Yes must confirm nothing but the way; a No ("met in person in Ankara?") holds whatever else is asked.
    if (byPhone && /\p{L}/u.test(other)) return null;
    // Another party than the contact's ("did Putin meet Macron?") is not this contact.
    if (named.some((id) => !parties.has(id))) return null;
    // "они встречались лично?" after "а эрдоган что ответил": "they" are the chat's voice, a party of the contact,
    // and the other one.
    const theyOfContext =
      named.length === 0 && THEY.test(folded) && contextVoices.some((id) => id !== null && parties.has(id));
    // "did putin see him face to face?", «путин с ним встречался лично?», «они с путиным виделись?» after who Erdogan
    // is: one party named, the other a pronoun the contact's context gives (dialog32b).
    const otherOfContext =
      named.length === 1 &&
      parties.has(named[0] ?? "") &&
      OTHER_PRONOUN.test(folded) &&
      ((contextEntryId !== null && quotingContact.has(contextEntryId)) ||
        contextVoices.some((id) => id !== null && id !== named[0] && parties.has(id)));
    const itOfContext =
      named.length === 0 &&
      contextEntryId !== null &&
      quotingContact.has(contextEntryId) &&
      IT_OR_THEY.test(folded);
    // "was it a face to face meeting w erdogan", "did he visit erdogan?" with no one else in view: one party of the
    // contact named as the one met, and nothing asked besides the way — the article's one contact with him is the
    // call (dialog49, d113-14#1). Not where a pronoun may be another voice of the chat ("did he meet erdogan?" after
    // Peskov's words: doesn't say, left to the engine).
    const metWithParty =
      named.length === 1 &&
      spans.length === 1 &&
      parties.has(named[0] ?? "") &&
      MET_WITH.test(asked.slice(0, spans[0]?.start ?? 0)) &&
      !/\p{L}/u.test(other) &&
      !(PERSON_PRONOUN.test(folded) && contextVoices.some((id) => id !== null && !parties.has(id)));
    const aboutIt =
      metWithParty ||
      contextEntryId === entry.id ||
      itOfContext ||
      theyOfContext ||
      otherOfContext ||
      named.filter((id) => parties.has(id)).length >= 2 ||
      // "the call with erdogan": the contact named as a noun and one of its parties (dialog49).
      (asked !== plain && named.some((id) => parties.has(id)));
    if (!aboutIt) return null;
    return { entryId: entry.id, verdict: inPerson ? "no" : "yes" };
  };
}
