// A claim put to the bot inside a frame: a tag question ("Putin talked to Erdogan, right?", "…, да?") or someone's
// words around it ("my uncle says Russia is on Hamas's side… is that what the article says?", "знакомый уверяет,
// что …, это так?"). Both ask whether the claim is true, so they are read as "is it true that <claim>?" /
// "правда ли, что <claim>?", which the yes/no readers settle from the article. The claim keeps its speaker
// when the sayer is one the article quotes ("Peskov said X. is that true?" stays about Peskov's words).
import type { Lang } from "../answering/types.js";
import { lean, leanRegExp } from "../lib/lean-regexp.js";
import { fold } from "./language.js";
import type { SpeakerNames } from "./speakers.js";

const TAG_EN = lean(
  /^(.{8,}?)[,\s]+(?:right|correct|yes|yeah|true|isn't (?:it|that so)|is(?:n't| not) (?:he|she|it|that)|(?:doesn't|didn't|don't|aren't|wasn't|hasn't|haven't) (?:he|she|it|they)|(?:does|did|do|is|are|was|has|have) (?:he|she|it|they)|am i right|or not|or no|no)\s*\?+\s*$/i,
);
const TAG_RU = lean(
  /^(.{8,}?)[,\s]+(?:да|правда|верно|так|не так ли|ведь так|так ведь|ага|ну да|не правда ли)\s*\?+\s*$/iu,
);

const SAYER_EN = lean(
  /^(.*?(?:^|\s)(?:says|said|claims|claimed|told me|tells me|thinks|reckons|insists|swears|keeps saying|heard|read|argues)(?: somewhere| online| on [a-z-]+)?),?\s+(?:that\s+)?(.{8,}?)\s*[.!,;…-]+\s*/i,
);
/** "…, is that true?", "…, does the article say that?"; asked of the article's text, the mark may be left off
 * ("i read somewhere X, is that in here"). */
const ASKS_TRUE_EN = lean(
  /(?:(?:so\s+|but\s+|and\s+|well\s+)?(?:is (?:that|this|it|he|she) (?:really |actually )?(?:true|right|correct|accurate|so|the case|legit)|is (?:that|this) (?:really |actually )?(?:what the (?:article|story|piece|text|report) (?:says|said|reports|claims)|in (?:the article|the story|the text|there)|said in the article)|does the (?:article|story|piece|text) (?:really |actually )?(?:say|back|support|confirm) (?:that|so|it|this)(?: up)?|true|really|right)\b[^?]*\?+\s*$|(?:so\s+|but\s+|and\s+)?(?:is (?:that|this|it) (?:really |actually )?in (?:here|there|it|the (?:article|story|text|piece))|does (?:the (?:article|story|piece|text)|it) (?:really |actually )?(?:say|mention|report) (?:that|so|this|it))\s*\?*\s*$)/i,
);

const SAYER_RU = lean(
  /^(.*?(?:говорит|сказал\p{L}*|уверяет|утверждает|считает|пишут|говорят|слышал\p{L}*|читал\p{L}*|думает)),?\s+(?:что|будто)\s+(.{8,}?)\s*[.!,;…-]+\s*/iu,
);
const ASKS_TRUE_RU = lean(
  /(?:а\s+|и\s+|но\s+|так\s+)?(?:это (?:правда|так|верно)|так ли это|правда|верно|это действительно так|так и есть|(?:так|это) (?:в статье )?(?:написано|сказано|говорится)|это есть в статье|статья это подтверждает)(?:\s+(?:по статье|в статье|согласно статье))?[^?]*\?+\s*$/iu,
);

/** "has the US done anything right?", "did he get it right?": "right" the question's own word, not a tag. */
const RIGHT_AS_WORD_EN = lean(
  /(?<!\p{L})(?:anything|something|everything|nothing|much|it|things|that|this|them|got|get|gets|done|did|do|does)\s+right\s*\?+\s*$/iu,
);

/** Hearsay before a tagged claim ("apparently X, correct?", "I heard X, right?"): how the asker came by it, not X. */
const HEARSAY_LEAD_EN = lean(
  /^(?:(?:so|and|but|ok|okay|wait)[, ]+)?(?:apparently|reportedly|supposedly|allegedly|rumou?r (?:has it|is)|word is|they say|people say|i (?:heard|read|saw)(?: somewhere| online| on \w+)?)(?: that)?[, ]+/i,
);

const QUESTION_WORD_EN = lean(/^(?:who|whom|whose|what|which|why|when|where|how)\b/i);
const AUX_EN = lean(/^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)(?:n't)?\s/i);
const ALREADY_RU = lean(
  /(?:^|\s)(?:ли|кто|что|почему|зачем|как|где|когда|какой|какая|какие|сколько)(?:\s|,|$)/iu,
);

/** Someone's words, then the ask whether they are true: one pattern, so the claim ends where the ask begins. */
const CHATTER_EN = leanRegExp(SAYER_EN.source + ASKS_TRUE_EN.source, "i");
const CHATTER_RU = leanRegExp(SAYER_RU.source + ASKS_TRUE_RU.source, "iu");

/**
 * The message as the plain yes/no question its frame asks, or null when it has no such frame. Speakers the
 * article quotes keep their "X said" in the claim.
 */
export function claimQuestionOf(text: string, lang: Lang, speakers: SpeakerNames): string | null {
  // "according to Putin, has the US done anything right?" is the question with its frame at the end.
  const framed = lang === "en" ? LEADING_FRAME_EN.exec(text.trim()) : null;
  // "does the article say whether Russia is working with Turkey…?" asks whether it is, not what the article lists.
  const whether = lang === "en" && !framed ? ARTICLE_WHETHER_EN.exec(text.trim()) : null;
  if (whether?.[1]) return `is it true that ${whether[1]}?`;
  const t = framed ? `${framed[2]} ${framed[1]}?` : text.trim();
  return claimOf(t, lang, speakers) ?? (framed ? t : null);
}

/** "does the article say / mention whether (or if) X?": the clause X, a statement of three words or more. */
const ARTICLE_WHETHER_EN = lean(
  /^(?:(?:and|so|but|ok|okay|well)[, ]+)?(?:does|did) (?:the|this) (?:article|text|story|piece|report)(?: (?:actually|even|also|anywhere))? (?:say|mention|tell us|state|report|specify|explain|indicate) (?:whether|if) ((?:\S+ ){2,30}?\S+?)\s*\?*$/iu,
);

/** A voice's frame leading a yes/no question: "according to Putin, has…", "in Putin's view, did…" (dialog-r2-35). */
const LEADING_FRAME_EN = lean(
  /^((?:according to|in the (?:view|opinion) of) [\p{L}' .-]{2,40}?|in [\p{L}.-]{2,30}(?: [\p{L}.-]{2,30})?['’]s? (?:view|opinion|eyes|mind)),\s*((?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\s[^?]{3,160}?)\s*\?+$/iu,
);

function claimOf(t: string, lang: Lang, speakers: SpeakerNames): string | null {
  if (lang === "ru") {
    const said = CHATTER_RU.exec(t);
    if (said?.[1] && said[2]) {
      const keep = speakers.namedIn(fold(said[1])).length > 0 ? `${said[1]}, что ` : "";
      return `правда ли, что ${keep}${said[2]}?`;
    }
    const tag = TAG_RU.exec(t);
    if (!tag?.[1]) return null;
    return ALREADY_RU.test(tag[1]) ? `${tag[1]}?` : `правда ли, что ${tag[1]}?`;
  }
  const said = CHATTER_EN.exec(t);
  if (said?.[1] && said[2]) {
    // Someone the article quotes keeps their words' frame; anyone else's claim is asked back as a statement.
    if (speakers.namedIn(fold(said[1])).length > 0) return `is it true that ${said[1]} ${said[2]}?`;
    // A person the article quotes doing it ("Putin blamed Israel") is a claim for the checker, as "is it true that
    // Putin…" is; anything else ("Russia is on Hamas's side") is asked back as a statement.
    const subject = speakers.namedIn(fold(said[2]))[0];
    return subject && subject.start === 0 && speakers.isPerson(subject.id)
      ? `is it true that ${said[2]}?`
      : `so ${said[2]}?`;
  }
  const tag = TAG_EN.exec(t);
  if (!tag?.[1] || QUESTION_WORD_EN.test(tag[1]) || RIGHT_AS_WORD_EN.test(t)) return null;
  const claim = tag[1].replace(HEARSAY_LEAD_EN, "");
  // "so <claim>?" is a statement asked back, read by the yes/no path as the entry's own question where it is one.
  return AUX_EN.test(claim) ? `${claim}?` : `so ${claim}?`;
}
