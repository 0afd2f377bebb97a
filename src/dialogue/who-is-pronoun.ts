// Kind: "who is he exactly?", "what's his first name?", "who's she?", "who's that again?", "кто он такой?", «а это кто вообще такой?» after a turn about a person: the person the last turn
// was about, asked as "who is Peskov?". The pronoun is read as a yes/no about a person is (answered-person.ts:
// the person a who-question's answer gave, else the last question's speaker); where that speaker is a body
// (the Kremlin, after "what did Peskov say and does the Kremlin talk to both sides?"), the one person the
// article has speak for it. Null when no person is found: the message is read as it was typed.
import type { Lang } from "../answering/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { pronounPersonOf } from "./answered-person.js";
import { readsAsRussian } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

const WHO_HE_EN =
  /^(?:(?:and|so|but|ok|okay|wait|sorry)[, ]+)?(?:who(?:'s| is| was)|who is|whos) (?:he|she|him|this guy|that guy|this man|that man|that)(?: (?:exactly|again|then|actually|even|anyway|anyways))*\s*\?*$/i;
const WHO_HE_RU =
  /^(?:(?:а|и|ну|так|стоп)[, ]+)?(?:кто (?:он|она|это)(?: (?:такой|такая|вообще|ещё|еще|же))*|(?:а )?(?:он|она|это) (?:(?:вообще|же) )?кто(?: (?:такой|такая|вообще|же))*)\s*\?*$/iu;

// "whats his first name", "what's the guy's full name?", «а как его зовут?»: the same person's name, asked as who
// that person is (the card gives the full name). Read as they were typed they were refused (d51-13#3).
const NAME_HE_EN =
  /^(?:(?:and|so|but|ok|okay|oh|ah|wait|sorry)[,.! ]+)*(?:what(?:'s| is| was)|whats) (?:his|her|(?:the|this|that) (?:guy|man|woman|person)(?:'s|’s)) (?:(?:first|full|given|real|whole) )?name(?: (?:exactly|again|then|actually|even|anyway))*\s*\?*$/i;
const NAME_HE_RU =
  /^(?:(?:а|и|ну|так|стоп)[,.! ]+)*(?:как (?:его|ее|её) (?:зовут|звать|имя)|какое у (?:него|нее|неё) имя|(?:а )?(?:его|ее|её) (?:полное )?имя)(?: (?:полностью|вообще|же|ещё|еще))*\s*\?*$/iu;

// "what country is he from again", "where's she from?", "он откуда?", «из какой он страны?»: where the same person
// is from, asked as who that person is.
const FROM_HE_EN =
  /^(?:(?:and|so|but|ok|okay|oh|ah|wait|sorry)[,.! ]+)*(?:(?:what|which) (?:country|nation) (?:is|was|does) (?:he|she)(?: (?:from|come from|lead|leads|run|runs|head|heads|govern|governs|rule|rules|represent|represents|(?:the )?(?:president|leader|head|ruler) of))?|where(?:'s| is| was| does) (?:he|she) (?:from|come from))(?: (?:exactly|again|then|actually|even|anyway))*\s*\?*$/i;
const FROM_HE_RU =
  /^(?:(?:а|и|ну|так|стоп|ясно|понятно|ок)[,.! ]+)*(?:(?:а )?(?:он|она) (?:откуда|из какой страны|какой страны)|откуда (?:он|она)|из какой (?:он|она) страны|(?:из )?какой страны (?:он|она)(?: лидер| президент)?)(?: (?:вообще|же|такой|такая|родом))*\s*\?*$/iu;

export function whoIsPronounOf(
  text: string,
  context: DialogueContext | null | undefined,
  speakers: SpeakerNames,
  kb: KnowledgeBase,
  lang: Lang,
): string | null {
  const t = text.trim().toLowerCase();
  const ru = readsAsRussian(t, lang);
  const from = (ru ? FROM_HE_RU : FROM_HE_EN).test(t);
  const name = (ru ? NAME_HE_RU : NAME_HE_EN).test(t);
  if (!context || !(from || name || (ru ? WHO_HE_RU : WHO_HE_EN).test(t))) return null;
  // "which country does he run" after "what did putin and erdogan talk about": of the two the last question named,
  // the one the answer brought in (d73-01#3); "who is he" there stays the speaker.
  const id =
    correctedPersonOf(context, speakers) ??
    (from ? pairOtherOf(context, speakers) : null) ??
    pronounPersonOf(context, speakers);
  const person =
    id !== null && speakers.isPerson(id) ? id : id !== null ? spokespersonFor(id, speakers, kb) : null;
  if (person === null) return null;
  // Asked as who the person is: the card gives the role and its country ("what country is putin from?" found the
  // card on Putin's silence about Russia's role, whose words "Russia" and "Putin" it matched).
  return ru
    ? `кто такой ${speakers.shortName(person, "ru")}?`
    : `who is ${speakers.shortName(person, "en")}?`;
}

/**
 * After a wrong guess ("was it Macron that Putin talked to?" — No, Erdogan): the person the answer gave instead,
 * when the question named another person besides its speaker and not that one, or asked of a contact and was
 * answered No (or not said): "did he criticise the US?" — doesn't say — "who is he?" stays the speaker.
 */
const CONTACT =
  /(?<!\p{L})(?:talk\p{L}*|spok\p{L}*|speak\p{L}*|call\p{L}*|phon\p{L}*|ring|rang|звонил\p{L}*|позвонил\p{L}*|созвонил\p{L}*|говорил с\p{L}*|разговаривал\p{L}*)(?!\p{L})/u;
function correctedPersonOf(context: DialogueContext, speakers: SpeakerNames): string | null {
  const other = context.otherPersonId;
  if (!other || !speakers.isPerson(other)) return null;
  const named = speakers.namedIn(context.question);
  if (named.some((n) => n.id === other)) return null;
  const guessed = named.some((n) => n.id !== context.speakerId && speakers.isPerson(n.id));
  const denied = context.verdict === "no" || context.verdict === "not-said";
  return guessed || (denied && CONTACT.test(context.question)) ? other : null;
}

/** The other person of a pair the last question named both of ("what did putin and erdogan talk about"). */
function pairOtherOf(context: DialogueContext, speakers: SpeakerNames): string | null {
  const other = context.otherPersonId;
  if (!other || !speakers.isPerson(other) || !context.speakerId) return null;
  const named = new Set(speakers.namedIn(context.question).map((n) => n.id));
  return named.has(other) && named.has(context.speakerId) ? other : null;
}

/** The one person whose role has them speak for a body ("Russian spokesperson, speaking for the Kremlin"). */
function spokespersonFor(id: string, speakers: SpeakerNames, kb: KnowledgeBase): string | null {
  const body = kb.speakerById.get(id)?.name.replace(/^The /, "").toLowerCase();
  if (!body) return null;
  const people = kb.speakers.filter(
    (s) => speakers.isPerson(s.id) && s.role.toLowerCase().includes(`for the ${body}`),
  );
  return people.length === 1 ? (people[0]?.id ?? null) : null;
}
