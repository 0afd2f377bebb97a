// Kinds (dialog51): short follow-ups that carry the last question on with one change, and Putin asked to have
// put Russia forward. Each returns the stand-alone question it asks, or null (the message is read as typed).
// - "an independent one?", "a fully independent one though?", «а за независимое?» after the Palestinian state:
//   the last entry's question with the attribute added ("Does Putin support an independent Palestinian state?").
// - "what's proposed to deal with that?", «и что с этим предлагают делать?» after the feared spread: the
//   Foreign Ministry's remedy (the article's next sentence).
// - «и переговоры возобновить тоже?» after what Putin wants: asked of Putin's wants («путин хочет …?»).
// - "did he put russia forward as the mediator?", «он предлагал россию как посредника?»: the article reports
//   Moscow presenting itself as a mediator, and that Putin makes no mention of Russia's own role — asked as that.
// - "on both sides or just gaza?" after an answer whose quotes name Gaza: that entry's question again.
// - "and hamas?" after a yes/no on the Kremlin's contacts: Russia's ties with Hamas, which the article names.
// - "did washington come up in that conversation?" after a voice's words: "did he mention washington …?".
import type { KnowledgeBase } from "../knowledge/loader.js";
import type { Parties } from "../knowledge/parties.js";
import { spreadRemedyOf } from "./spread-remedy.js";
import { tiesSwapOf, tiesSwapRuOf, trustedSideOf } from "./ties-swap.js";
import type { DialogueContext } from "./types.js";

const LEAD = /^(?:(?:and|so|but|ok|okay|well|then|hmm|и|а|ну|так)[,.! ]+)*/u;
const TAIL = /(?:[, ]+(?:then|though|tho|too|as well|at all|тоже|также|хотя бы|вообще))*\s*[?!.…]*$/u;
const bare = (text: string) =>
  text.trim().toLowerCase().replace(/\s+/gu, " ").replace(LEAD, "").replace(TAIL, "");

/** Russian attributes a state may be asked with, in English (the entry questions are English). */
const RU_ATTRIBUTES: [RegExp, string][] = [
  [/^независим\p{L}*$/u, "independent"],
  [/^суверенн?\p{L}*$/u, "sovereign"],
];
const EN_ONE = /^(?:a|an) (?:(fully|truly|really|completely) )?([a-z]+)(?: one)?$/u;
const RU_ONE = /^(?:за )?((?:полностью |по-настоящему )?)(\p{L}+)$/u;
/** The noun phrase of an entry question an attribute can be added to: "a Palestinian state". */
const NOUN_PHRASE = /\b(an?) ((?:[A-Z]\p{L}+ )?(?:state|country|homeland))\b/u;

function attributeOf(q: string, lang: string): string | null {
  if (lang === "en") {
    const m = EN_ONE.exec(q);
    return m?.[2] && !/^(?:one|lot|bit|few)$/u.test(m[2]) ? m[2] : null;
  }
  const m = RU_ONE.exec(q);
  if (!m?.[2]) return null;
  const found = RU_ATTRIBUTES.find(([re]) => re.test(m[2] ?? ""));
  return found ? found[1] : null;
}

/** "an independent one?" after an entry about "a Palestinian state": that question with the attribute. */
export function addedAttributeOf(
  text: string,
  context: DialogueContext | null | undefined,
  entryQuestion: (id: string) => string | null,
): string | null {
  if (!context?.entryId || text.length > 60) return null;
  const q = bare(text);
  const attribute = attributeOf(q, context.lang === "ru" || /\p{Script=Cyrillic}/u.test(q) ? "ru" : "en");
  if (!attribute) return null;
  const asked = entryQuestion(context.entryId);
  const np = asked ? NOUN_PHRASE.exec(asked) : null;
  if (!asked || !np?.[2]) return null;
  const article = /^[aeiou]/u.test(attribute) ? "an" : "a";
  return asked.replace(np[0], `${article} ${attribute} ${np[2]}`);
}

const SPREAD_ENTRY = "crisis-spread-fears";
const REMEDY_EN =
  /^what(?:'s| is| are| gets)? (?:being )?(?:proposed|suggested|recommended|planned|the (?:proposed )?(?:fix|remedy|solution|plan))(?: (?:to (?:do|deal with|handle|stop|prevent|contain|avoid|fix)|for|about|against) (?:that|it|this|the spread))?$|^what (?:can|could|should) (?:be done|anyone do|one do)(?: about (?:that|it|this))?$/u;
const REMEDY_RU =
  /^(?:что|как) (?:с этим |против этого |тут |здесь )?(?:предлагают|предлагается|советуют|собираются|хотят|планируют)(?: с этим)? (?:делать|сделать|предпринять|предпринимать|с этим делать|бороться)(?: с этим)?$/u;

/** The Foreign Ministry's remedy asked after the feared spread, passively or in Russian. */
export function remedyAskedOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (context?.entryId !== SPREAD_ENTRY || text.length > 100) return null;
  const q = bare(text);
  if (REMEDY_EN.test(q)) return "what does the russian foreign ministry want?";
  if (REMEDY_RU.test(q)) return "что предлагает мид россии?";
  return null;
}

const WANTS_ENTRIES = new Set(["what-putin-wants", "ceasefire-call", "negotiations", "putin-erdogan-call"]);
const RU_ALSO = /^(?:(?:и|а) )?(?:чтобы |чтоб )?(.{3,60}?) (?:тоже|также|заодно)\s*[?!.…]*$/u;

const RU_ALSO_WANTS =
  /^(?:(?:и|а|ну) )?(.{3,60}?) (?:тоже|также|заодно) (?:он )?(?:хочет|хотел|просит|просил|требует|требовал|добивается)\s*[?!.…]*$/u;

/** «и переговоры возобновить тоже?» after what Putin wants: «путин хочет переговоры возобновить?». */
export function wantsAlsoOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (!context?.entryId || !WANTS_ENTRIES.has(context.entryId)) return null;
  const lower = text.trim().toLowerCase().replace(/\s+/gu, " ");
  // «а переговоров тоже хочет?»: the want asked with its verb after «тоже» (dialog26).
  const wanted = RU_ALSO_WANTS.exec(lower)?.[1];
  if (wanted && !/(?<!\p{L})(?:он|путин|кто|что|где|когда|почему|зачем)(?!\p{L})/u.test(wanted))
    return `путин хочет ${wanted}?`;
  const m = RU_ALSO.exec(lower);
  if (!m?.[1] || /\b(?:он|путин|кто|что|где|когда|почему|зачем)\b/u.test(m[1])) return null;
  // «и к новым переговорам тоже?» after a call: the call's «к», read against its evidence (list-turns.ts), not a want.
  if (/^(?:к|ко) /u.test(m[1])) return null;
  return `путин хочет ${m[1]}?`;
}

const OFFER_EN =
  /^(?:did|does|has|was) (?:he|putin|vladimir putin) (?:ever )?(?:put|putting|offer|offering|propose|proposing|present|presenting|pitch|pitching|suggest|suggesting|put forward) (?:forward )?(?:russia|moscow|his country)(?: forward)? (?:as|to be|to act as) (?:a |an |the )?(?:impartial |neutral )?(?:mediator|broker|go-between|intermediary|peacemaker)$/u;
const OFFER_RU =
  /^(?:это правда,? что |правда,? что )?(?:он|путин) (?:сам )?(?:предлагал|предложил|предлагает|выдвигал|выдвинул) (?:россию|москву|свою страну) (?:как |в качестве |в )?(?:беспристрастн\p{L}+ |нейтральн\p{L}+ )?(?:посредник\p{L}*|миротворц\p{L}*)$/u;

/** Putin asked to have offered Russia as mediator: asked as whether he mentioned Russia's own role. */
export function offeredRoleOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (text.length > 120) return null;
  const q = bare(text);
  const he = /^(?:did|does|has|was) he |^(?:это правда,? что |правда,? что )?он /u.test(q);
  if (he && context?.speakerId && context.speakerId !== "putin") return null;
  if (OFFER_EN.test(q)) return "did putin mention russia's own role?";
  if (OFFER_RU.test(q)) return "путин упоминал роль россии?";
  return null;
}

const BOTH_OR_ONE = [
  /^(?:on |for |in |from )?both(?: sides| of them)? or (?:just|only) (?:in |on |for |the )*(\p{L}+)$/u,
  /^(?:с |на |в |для )?(?:обеих|обоих|обе|оба) (?:сторон\p{L}*)? ?или (?:только|лишь) (?:в |на |для |у )?(\p{L}+)$/u,
];

interface EntryLike {
  question: string;
  quotes: { text: string; translation?: string }[];
}

/** "on both sides or just gaza?" after an answer whose quotes name that place: the entry's own question asked
 *  again, so the reply names every side its quotes do ("in both Israel and the Gaza Strip"). */
export function bothOrOneOf(
  text: string,
  context: DialogueContext | null | undefined,
  entry: (id: string) => EntryLike | null,
): string | null {
  if (!context?.entryId || text.length > 60) return null;
  const q = bare(text);
  const place = BOTH_OR_ONE.map((re) => re.exec(q)?.[1]).find((p) => p);
  const found = entry(context.entryId);
  if (!place || !found) return null;
  const stem = place.slice(0, Math.max(3, place.length - 2));
  const named = found.quotes.some((x) => `${x.text} ${x.translation ?? ""}`.toLowerCase().includes(stem));
  return named ? found.question : null;
}

const CAME_UP =
  /^(?:did|was|were|has|have) (?:the )?(.{2,40}?) (?:ever )?(?:come up|came up|get mentioned|got mentioned|been mentioned|mentioned|get brought up|brought up|get raised|raised)( (?:in|on|during) (?:that|the|this|his) (?:phone )?(?:call|conversation|talk|chat))?$/u;

/** "did washington come up in that conversation?" after a voice's words: whether that voice mentioned it. */
export function cameUpOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (context?.lang !== "en" || !context.speakerId || text.length > 90) return null;
  const m = CAME_UP.exec(bare(text));
  if (!m?.[1] || /\b(?:it|that|this|anything|something|he|she|they)\b/u.test(m[1])) return null;
  return `did he mention ${m[1]}${m[2] ?? ""}?`;
}

/** The Kremlin's contacts with both sides, and Russia's ties with one side (the evidence of a Yes on contacts with
 *  Hamas, evidence-naming.ts): after a yes/no on either, a side alone asks for Russia's ties with it. */
const CONTACTS_ENTRIES = new Set([
  "kremlin-contact-both-sides",
  "russia-palestinian-ties",
  "russia-israel-ties",
]);
const SIDE_ALONE =
  /^(?:(?:and|what about|how about|with|and with) )*(hamas|the palestinians|palestinians|israel|the israelis|israelis)(?: (?:too|as well|then))?$/u;
const CUT =
  /\b(?:cut|cuts|broke|broken|break|breaks|sever|severed|stop|stopped|end|ended|drop|dropped|lose|lost|freeze|froze|frozen)\b/u;

/** "and hamas?" after a yes/no on the Kremlin's contacts with both sides (which names no side): asked as Russia's
 *  ties with that side, whose entry names it ("including Hamas"); cutting contact asked as cutting those ties. */
export function sideAfterContactsOf(
  text: string,
  context: DialogueContext | null | undefined,
): string | null {
  if (context?.lang !== "en" || !CONTACTS_ENTRIES.has(context.entryId ?? "") || !context.verdict) return null;
  const side = SIDE_ALONE.exec(bare(text))?.[1]?.replace(/^the /u, "");
  if (!side) return null;
  return CUT.test(context.question.toLowerCase())
    ? `did russia cut its ties with ${side}?`
    : `does russia have ties with ${side}?`;
}

/** The first of the readers above that reads the message, else null. */
export function carriedAskOf(
  text: string,
  context: DialogueContext | null | undefined,
  kb: { entryById: ReadonlyMap<string, EntryLike> },
): string | null {
  return (
    addedAttributeOf(text, context, (id) => kb.entryById.get(id)?.question ?? null) ??
    bothOrOneOf(text, context, (id) => kb.entryById.get(id) ?? null) ??
    remedyAskedOf(text, context) ??
    wantsAlsoOf(text, context) ??
    offeredRoleOf(text, context) ??
    cameUpOf(text, context) ??
    sideAfterContactsOf(text, context)
  );
}

/** Every follow-up read against the last entry, in order: a side after Russia's ties (ties-swap.ts), the worry or
 *  the remedy after the feared spread (spread-remedy.ts), then the readers above. */
export function entryCarriedOf(
  text: string,
  context: DialogueContext | null | undefined,
  kb: KnowledgeBase,
  parties: Parties,
): string | null {
  return (
    tiesSwapOf(text, context, kb, parties) ??
    tiesSwapRuOf(text, context, kb) ??
    trustedSideOf(text, context, kb) ??
    spreadRemedyOf(text, context) ??
    carriedAskOf(text, context, kb)
  );
}
