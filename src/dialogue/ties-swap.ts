// Kind: "and with palestinians?", "and hamas?" after an answer on Russia's ties to one side ("what's the role of
// former russian citizens?" → common ground with Israel; "why is that relevant?" → the impartial mediator). The
// party switch put the new side into the last question ("what's the role of former russian citizens in
// palestinians"), whose words still found the Israel entry: the same answer again. After an answer on Russia's
// ties, relationships or common ground, a message that is only a side of the conflict (Israel, the Palestinians,
// Hamas), with "and", "with", "what about" around it, asks Russia's ties with that side. English only; any other
// party ("and turkey?") is left to the switch, and so is the switch after a yes/no ("does russia have ties with
// hamas? — Yes. — and with israel?" is that yes/no asked again). Russian (dialog47): «и с хамасом тоже?» after the
// Kremlin's contacts or Russia's ties is the yes/no «у россии есть связи с хамасом?»; «а с израилем что их
// связывает» is «что связывает россию с израилем?» — after a Yes too, the what-question being no yes/no again.
import type { KnowledgeBase } from "../knowledge/loader.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { DialogueContext } from "./types.js";

const SIDES: ReadonlySet<string> = new Set(["israel", "palestinians", "hamas"]);
const LEAD =
  /^(?:(?:and|so|but|ok|okay|well|then|what about|how about|as for)[, ]+)*(?:(?:with|to|towards) )?/u;
const TAIL = /(?:[, ]+(?:then|too|as well|though))?\s*[?!.]*$/u;
/** An answer on Russia's relations with a side: its ties, relationships or common ground. */
const TIES = /(?<!\p{L})(?:ties|common ground|relationships?)(?!\p{L})/u;
/** The Kremlin's open communication with both warring sides: its contacts, asked of a side in Russian. */
const CONTACTS = /(?<!\p{L})(?:ties|common ground|relationships?|communication)(?!\p{L})/u;
const LEAD_RU = /^(?:(?:а|и|ну|так|но)[, ]+)*/u;
/**
 * «то есть и с хамасом?», «значит, и с палестинцами?», «получается, с хамасом тоже?»: the asker's conclusion from the
 * ties answer put as a check — the yes/no, as «тоже» makes it (dialog52ru, d118-32#3).
 */
const CONCLUSION_RU = /^(?:(?:а|и|ну|так|но)[, ]+)*(?:то есть|значит|получается|выходит)[, ]+/u;
const SIDE_RU = "(израил\\p{L}*|палестин\\p{L}*|хамас\\p{L}*)";
/** «и с хамасом тоже?», «а с израилем?»: the side alone; «тоже» makes it the yes/no. */
const WITH_SIDE_RU = new RegExp(`^с(?:о)? ${SIDE_RU}(?: (тоже|также|тогда|как))?$`, "u");
/** «а с израилем что их связывает», «что их связывает с израилем?» */
const BINDS_RU = new RegExp(
  `^(?:с(?:о)? ${SIDE_RU} (?:что|чем) (?:их |её |ее |россию |кремль )?связыва\\p{L}*|(?:что|чем) (?:их |её |ее )?связыва\\p{L}* (?:их |её |ее )?с(?:о)? ${SIDE_RU})$`,
  "u",
);

/** The message lower-cased, without its closing punctuation. */
const bare = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[?!.\s]+$/u, "");

/** Whether the last answer was on Russia's ties or the Kremlin's contacts (the context the readers below need). */
function afterContactsAnswer(
  context: DialogueContext | null | undefined,
  kb: KnowledgeBase,
): context is DialogueContext {
  const last = context?.entryId ? kb.entryById.get(context.entryId) : undefined;
  return last !== undefined && CONTACTS.test(last.answer);
}

/** The Russian side asked after an answer on Russia's ties or the Kremlin's contacts, as a question; else null. */
export function tiesSwapRuOf(
  text: string,
  context: DialogueContext | null | undefined,
  kb: KnowledgeBase,
): string | null {
  const typed = bare(text);
  const concluded = CONCLUSION_RU.test(typed);
  const lower = typed.replace(CONCLUSION_RU, "").replace(LEAD_RU, "");
  if (lower.length > 60 || !afterContactsAnswer(context, kb)) return null;
  const bound = BINDS_RU.exec(lower);
  const side = bound?.[1] ?? bound?.[2];
  if (side) return `что связывает россию с ${side}?`;
  const alone = WITH_SIDE_RU.exec(lower);
  if (!alone?.[1] || context.verdict) return null;
  return alone[2] === "тоже" || alone[2] === "также" || concluded
    ? `у россии есть связи с ${alone[1]}?`
    : `какие у россии связи с ${alone[1]}?`;
}

/**
 * "but then why would israel trust them", «а почему израиль им доверяет?» after the ties with the other side
 * (dialog47): what Russia has in common with that side — a why asked of it, after a Yes as well.
 */
const TRUST_EN =
  /^(?:(?:but|so|and|then|ok|okay|well|hmm)[, ]+)*(?:then )?(?:why|how)(?: on earth)? (?:would|should|does|do|did|can|could|will) (israel|the israelis|israelis|the palestinians|palestinians|hamas) (?:ever |still |even |then )?trust (?:them|russia|moscow|the kremlin|putin|the russians)(?: then| at all| though| tho)?$/u;
/** "how come they get along with israel?" (d40-13): the same, asked as getting along. */
const ALONG_EN =
  /^(?:(?:but|so|and|then|ok|okay|well|hmm)[, ]+)*(?:how come|why (?:do|does|would)|how (?:do|does|can|could)) (?:they|russia|moscow|the kremlin|the russians) (?:get|gets|getting) along (?:so well |fine |ok )?with (israel|the israelis|israelis|the palestinians|palestinians|hamas)(?: then| too| as well| though| tho)?$/u;
/** «а почему Израиль должен ей доверять?», «а с чего израилю ей верить?» too (dialog48). */
const TRUST_RU =
  /^(?:(?:а|и|но|ну|так)[, ]+)*(?:тогда )?(?:почему|с чего бы|с чего|как|зачем) (?:тогда )?(израил\p{L}*|палестин\p{L}*|хамас\p{L}*) (?:тогда )?(?:(?:должен|должны|должно|стал|станет|будет|будут|вообще) )?(?:им |ей |ему |россии |москве |кремлю )?(?:доверя\p{L}*|довер\p{L}*|верить|верят|верит)(?: (?:им|ей|ему|россии|москве|кремлю))?(?: тогда| вообще)?$/u;

export function trustedSideOf(
  text: string,
  context: DialogueContext | null | undefined,
  kb: KnowledgeBase,
): string | null {
  const lower = bare(text);
  if (lower.length > 80 || !afterContactsAnswer(context, kb)) return null;
  const en = TRUST_EN.exec(lower)?.[1] ?? ALONG_EN.exec(lower)?.[1];
  if (en) return `what ties does russia have with ${en.replace(/^the /u, "")}?`;
  const ru = TRUST_RU.exec(lower)?.[1];
  return ru ? `что связывает россию с ${ru.startsWith("израил") ? "израилем" : ru}?` : null;
}

/** "what ties does russia have with hamas?" for the side alone after a ties answer, else null. */
export function tiesSwapOf(
  text: string,
  context: DialogueContext | null | undefined,
  kb: KnowledgeBase,
  parties: Parties,
): string | null {
  const lower = text.trim().toLowerCase();
  if (lower.length > 60 || !context?.entryId || context.lang !== "en" || context.verdict) return null;
  const last = kb.entryById.get(context.entryId);
  if (!last || !TIES.test(last.answer)) return null;
  const rest = lower.replace(LEAD, "").replace(TAIL, "").trim();
  const named = partyMentions(parties, rest);
  if (named.length !== 1 || !SIDES.has(named[0]!.id)) return null;
  const before = rest.slice(0, named[0]!.start).trim();
  if ((before !== "" && before !== "the") || rest.slice(named[0]!.end).trim() !== "") return null;
  // "hamas too?" asks yes or no, as «и с хамасом тоже?» does (dialog26): the yes/no on Russia's ties with it.
  return ADDED_TAIL.test(lower)
    ? `does russia have ties with ${rest}?`
    : `what ties does russia have with ${rest}?`;
}

/** "too", "as well" closing the side: the side added to the answer's, asked yes or no. */
const ADDED_TAIL = /(?<!\p{L})(?:too|as well|also)\s*[?!.]*$/u;
