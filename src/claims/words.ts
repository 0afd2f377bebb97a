// How people attribute a sentence ("Putin said that …", "…, according to Peskov") and which plain messages are
// claims to check rather than questions to answer.
// Every regular expression here is bounded, so a 4096-character message is read in linear time.

import { RUSSIAN_STANCE_QUERY } from "../answering/russian/stance-query.js";
import { NEGATIVE_PRONOUNS, NEGATORS } from "./polarity.js";
import { parseRussianFrame } from "./russian-frames.js";

/** Verbs that attribute a statement to someone: "Putin said (that) …". Lower case only, so the "States" of "the
 * United States" is never read as a verb; not "told" ("told Erdogan that …") nor "states" ("the united states"). */
/** "states" only before "that": "the article states that …", never a lower-case "the united states". */
const SAY_VERBS =
  "said|says|say|claimed|claims|insisted|insists|argued|argues|added|adds|declared|declares|wrote|writes|believes|believed|thinks|thought|stressed|stresses|announced|announces|notes|noted|observes|observed|reports|reported|explains|explained|stated|states(?=\\s+that\\b)|(?:was|is|has\\s+been)\\s+quoted\\s+as\\s+saying";

const LEADING_FRAME = new RegExp(
  `^([^,:;.!?"“”«»]{1,60}?)\\s+(?:${SAY_VERBS})(?:\\s+that)?\\s*[:,]?\\s+(\\S[\\s\\S]*)$`,
);
const LEADING_ACCORDING =
  /^(?:according\s+to|per|in\s+the\s+words\s+of|as\s+reported\s+(?:by|in))\s+([^,:;]{1,60}?)\s*[,:]\s*(\S[\s\S]*)$/i;
/** "As the article puts it, …", "As Peskov said, …". */
const LEADING_AS =
  /^as\s+([^,:;]{1,60}?)\s+(?:puts?\s+it|says|said|notes|noted|writes|wrote|reports|reported|explains|explained)\s*,\s*(\S[\s\S]*)$/i;
/** "The Kremlin, the article says, maintains …", "Moscow, according to Peskov, …": an attribution in the middle. */
const MIDDLE_FRAME = new RegExp(
  `^([^,:;.!?]{1,80}?),\\s+(?:[Aa]ccording\\s+to\\s+([^,:;.!?"“”«»]{1,60}?)|([^,:;.!?"“”«»]{1,60}?)\\s+(?:${SAY_VERBS})),\\s+(\\S[\\s\\S]*)$`,
);
const LEADING_COLON = /^([^,:;.!?"“”«»]{1,40}):\s*(\S[\s\S]*)$/;
/** "It is reported that …", "Reportedly, …": an attribution to no one but the report itself. */
const LEADING_IMPERSONAL =
  /^(?:it\s+(?:is|was|has\s+been)\s+(?:reported|said|claimed|stated|believed|known|understood|noted)|reportedly|reports\s+say|we\s+are\s+told|as\s+reported)\s*(?:that\s+|,\s*)?(\S[\s\S]*)$/i;
const TRAILING_FRAME = new RegExp(
  `^(?:[Aa]ccording\\s+to\\s+([^,]{1,60}?)|([^,]{1,60}?)\\s+(?:${SAY_VERBS}))\\s*[.!]?$`,
);

/** Words a frame's "name" cannot hold: "I want to know what Putin said" is a question, not an attribution. */
const NOT_A_NAME =
  /\b(?:who|whom|whose|what|which|why|when|where|how|whether|if|i|we|you|me|please|know|tell|did|does|do)\b/i;
const MAX_NAME_WORDS = 6;

export interface ClaimFrame {
  /** The statement without its attribution, quotation marks stripped. */
  statement: string;
  /** Who the frame names ("Putin", "the Russian spokesperson"), or null when there is no frame. */
  name: string | null;
  /** The user put the statement in quotation marks: they present it as a direct quote. */
  quoted: boolean;
  /**
   * The text without a trailing attribution ("…, Putin said."), a leading one kept: it may be the article's own
   * words ("The Russian leader believes that …").
   */
  body: string;
  /** The attribution is denied: "Putin never said …", "Peskov has not claimed …". */
  negated: boolean;
}

/** "Putin never", "Peskov hasn't", "without Peskov": a name part that denies the attribution. */
function deniesAttribution(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => NEGATORS.has(w) || NEGATIVE_PRONOUNS.has(w) || /n['’]t$/.test(w));
}

/** Splits "Putin said that X" / "According to Peskov, X" / "X, Putin said." / "Putin: “X”" into name and X. */
/** A doubt tagged on after the claim ("… - really??", "…, right?"): the claim is what stands before it. */
const DOUBT_TAG =
  /(?:\s*[-–—,]\s*|\s+)(?:really|right|true|seriously|is\s+(?:that|it)\s+(?:true|right|so))\s*\?[?!]*\s*$/iu;

export function parseFrame(text: string): ClaimFrame {
  const trimmed = text.trim().replace(DOUBT_TAG, "");
  const tail = trailingFrame(trimmed);
  const body = tail?.body ?? trimmed;
  const impersonal = LEADING_IMPERSONAL.exec(body);
  if (impersonal) return withQuotes(impersonal[1]!, "the article", body);
  const leading =
    LEADING_ACCORDING.exec(body) ??
    LEADING_AS.exec(body) ??
    LEADING_FRAME.exec(body) ??
    LEADING_COLON.exec(body);
  if (leading && isName(leading[1]!)) return withQuotes(leading[2]!, leading[1]!.trim(), body);
  if (tail) return withQuotes(tail.body, tail.name, body);
  const middle = MIDDLE_FRAME.exec(body);
  const middleName = middle?.[2] ?? middle?.[3];
  if (middle && middleName !== undefined && isName(middleName))
    return withQuotes(`${middle[1]!} ${middle[4]!}`, middleName.trim(), body);
  return withQuotes(trimmed, null, body);
}

/** "X, Putin said." / "X, according to Peskov": X and the name. */
function trailingFrame(text: string): { body: string; name: string } | null {
  const comma = text.lastIndexOf(",");
  if (comma <= 0) return null;
  const tail = TRAILING_FRAME.exec(text.slice(comma + 1).trim());
  const name = tail?.[1] ?? tail?.[2];
  return name !== undefined && isName(name) ? { body: text.slice(0, comma), name: name.trim() } : null;
}

function isName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length > 0 && words.length <= MAX_NAME_WORDS && !NOT_A_NAME.test(name);
}

const QUOTED = /^["“”«»„'‘’]\s*([\s\S]*?)\s*[.!]?\s*["“”«»'‘’]\s*[.!]?$/;

function withQuotes(statement: string, name: string | null, body: string): ClaimFrame {
  const s = statement.trim();
  const m = QUOTED.exec(s);
  const negated = name !== null && deniesAttribution(name);
  return m
    ? { statement: m[1]!, name, quoted: true, negated, body }
    : { statement: s, name, quoted: false, negated, body };
}

/** First words that make a message a question or a request, which goes to the Q&A path instead. */
const QUESTION_STARTERS = new Set(
  `who whom whose what which why when where how whats whos wat wut wht waht hw is are was were do does did can could
  will would should shall has have had may might tell show give explain list summarize summarise describe
  please pls i we let lets any anything write recommend translate find search name break sum define compare`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Russian question words and requests opening a message ("кто виноват…", "расскажи о…", "правда ли…"): the
 * inflected forms of кто/что/какой are listed, a message opens with them in any case.
 */
const RUSSIAN_QUESTION_STARTERS = new Set(
  `кто кого кому кем ком что чего чему чем почему зачем отчего где куда откуда когда сколько как какой какая
  какое какие какого какую каким какой каких каков какова каково каковы чей чья чьё чье чьи можно ли
  расскажи расскажите скажи скажите объясни объясните перескажи перескажите покажи покажите дай дайте напомни
  опиши опишите поясни правда верно неужели разве хочу интересно подскажи подскажите чо че чё шо кратко вкратце
  коротко помоги помогите`
    .split(/\s+/)
    .filter(Boolean),
);
/** Russian question words anywhere ("песков сказал что", "путин о чём говорил"): not the conjunction "что". */
/** Also "с кем", "к чему", "что по этому поводу" anywhere ("мид к чему призывает", "…, с кем беседовал"), not "кем-то". */
const RUSSIAN_QUESTION_WORD =
  /(?:^|[^\p{L}])(?:зачем|почему|сколько|о\s+ч[её]м|кто|с\s+кем|к\s+чему|что\s+по\s+(?:этому|данному)\s+поводу)(?=$|[^\p{L}-])/iu;
/** "в каком году…", "с кем говорил…": a question word after a preposition or two (not когда/где/чем: conjunctions). */
const RUSSIAN_EARLY_QUESTION =
  /^\s*(?:\S+\s+){0,2}(?:как(?:ой|ая|ое|ие|ого|ую|им|ом|их|ими|ому|ов|ова|ово|овы)|чей|чья|чьё|чье|чьи|чьей|чьего|сколько|почему|зачем|кого|кому|кем|ч[её]м|чего|кто)(?=$|[^\p{L}])/iu;
/** "признаёт ли путин…", "может ли конфликт…": "ли" among the first three words asks. */
const RUSSIAN_LI = /^\s*(?:\S+\s+){1,2}ли(?=$|[^\p{L}])/iu;
/**
 * A topic asked about in keywords ("Putin's view on US policy"; Russian "позиция россии по войне" is
 * RUSSIAN_STANCE_QUERY), or a Russian "…, или как" / "или нет" tag: a question without its question mark.
 */
const TOPIC_QUERY =
  /\b(?:view|views|position|stance|take|opinion|thoughts|reaction|response)\s+(?:on|about|to|of|regarding)\b|(?:^|[^\p{L}])или\s+(?:как|нет|что)(?=$|[^\p{L}])/iu;
/**
 * A question mark before more words ("штаты подмяли переговоры? что говорит путин"), chat's "чё/чо" for "что"
 * anywhere, or a closing "(а) что пишут / что говорят": a question whatever the rest looks like.
 */
const ASKS_THEN_GOES_ON =
  /\?\s*\p{L}|(?:^|[^\p{L}])(?:чё|чо|че)(?=$|[^\p{L}])|(?:^|[^\p{L}])что\s+(?:там\s+)?(?:пишут|пишет|говорят|известно|сказано)\s*$/iu;
/**
 * A request closed by "please" ("cliff notes please", "short version pls"), a question word after a preposition
 * ("in which places…"), or "что" before a saying verb ("Putin что говорит про…"): asked, whatever the length. So
 * are a question word closing the message after a preposition ("talked to which russian leader"), an alternative
 * closed by "or both", and a short alternative before "according to" ("ceasefire now or later according to putin").
 */
const ASKS_OTHERWISE =
  /(?:^|\s)(?:please|pls|plz|плиз|пожалуйста)[.!]*$|\b(?:to|with|from|by|for|of)\s+(?:which|whom)\s+(?:\w+\s+){0,2}\w+[.!]*$|\bor\s+both[.!]*$|^(?:\w+\s+){0,2}\w+\s+or\s+\w+\s+according\s+to\b|(?:^|\s)(?:or\s+(?:nah|not|what|no)|yes\s+or\s+no)[.!]*$|^(?:in|on|at|for|from|with|to|by|about)\s+(?:which|what|whom|whose)\b|(?:^|[^\p{L}])что\s+(?:он\s+|она\s+|они\s+|там\s+)?(?:говорит|говорил|говорила|говорили|сказал|сказала|сказали|думает|думают|считает|заявил|заявила)(?=$|[^\p{L}])/iu;
/**
 * A request for help or an explanation ("can you…", "explain…", "tl;dr", "помогите", "объясни", "это чьи слова"):
 * asked, however long — nobody pastes a quote that way. English imperatives only where the message opens.
 */
const ASKS_FOR_HELP =
  /\b(?:can|could|would)\s+(?:you|u)\b|\btl;?dr\b|\bshort\s+version\b|\bno\s+fluff\b|^(?:explain|summari[sz]e|identify|describe|list|tell|give|show|boil|translate|define|fix|help)\b|^(?:for\s+(?:a\s+|my\s+|our\s+)?(?:essay|report|homework|class|school|project|presentation|assignment)\b[^,.]*?[,.]?\s*)?(?:i|we)\s+(?:need|want|would\s+like)\b|(?:^|[^\p{L}])(?:можете|можешь|помогите|помоги|подскажи|подскажите|скажи|скажите|расскажи|расскажите|объясни|объясните|перечисли|перечислите|переведи|переведите|чьи\s+слова|при\s+ч[её]м\s+тут)(?=$|[^\p{L}])/iu;
/** Greetings, particles and labels a question may open with ("hey, who…", "привет, расскажи…", "а что…", "quiz: name…"). */
const LEADING_GLUE =
  /^(?:(?:hi|hey|hello|yo|ok|okay|so|and|привет|слушай|короче|ну|а|и|так|ладно|(?:for\s+)?(?:a\s+|my\s+)?(?:quiz|homework|essay|debate|exam|fact[\s-]?check|quick\s+question)(?:\s+(?:prep|question))?\s*:)(?:[\s,!.:—-]+|$))+/iu;
/** Question words anywhere ("peskov said what", "putin erdogan call about what"); not the relative which/when. */
const QUESTION_WORD = /\b(?:who|whom|what|whats|wut|why|how)\b/i;
/**
 * A message this long without a question mark reads as a statement. Measured on test/questions: at 7 words
 * 1 of 461 questions (a keyword query) reads as a claim and 106 of 116 labelled claims do; at 6, 4 and 112.
 */
export const CLAIM_MIN_WORDS = 7;
/** A sentence closed by a full stop reads as a statement from this many words. */
const STATEMENT_MIN_WORDS = 4;

/** A question or request: ends with "?", opens with a question word or request, or asks who/what/why/how. */
export function looksLikeQuestion(text: string): boolean {
  const typed = text.trim();
  if (
    typed.endsWith("?") ||
    TOPIC_QUERY.test(typed) ||
    RUSSIAN_STANCE_QUERY.test(typed) ||
    ASKS_THEN_GOES_ON.test(typed) ||
    ASKS_OTHERWISE.test(typed) ||
    ASKS_FOR_HELP.test(typed.replace(LEADING_GLUE, "") || typed)
  )
    return true;
  const t = typed.replace(LEADING_GLUE, "") || typed;
  // "What's", "I'd": the word before the apostrophe decides.
  const first = (t.split(/\s+/)[0] ?? "")
    .toLowerCase()
    .replace(/^[^\p{L}]+/u, "")
    .replace(/['’][\s\S]*$|[^\p{L}]+$/u, "");
  if (QUESTION_STARTERS.has(first) || QUESTION_WORD.test(t)) return true;
  return (
    RUSSIAN_QUESTION_STARTERS.has(first.replace(/ё/g, "е")) ||
    RUSSIAN_QUESTION_STARTERS.has(first) ||
    RUSSIAN_QUESTION_WORD.test(t) ||
    RUSSIAN_EARLY_QUESTION.test(t) ||
    RUSSIAN_LI.test(t)
  );
}

/**
 * Whether a plain message should be checked as a claim rather than answered as a question: not a question
 * (looksLikeQuestion), and quoted, attributed ("X said …", "according to X, …"), closed by a full stop, or at
 * least CLAIM_MIN_WORDS long.
 */
export function looksLikeClaim(text: string): boolean {
  const t = text.trim();
  if (t === "" || looksLikeQuestion(t)) return false;
  const words = t.split(/\s+/);
  if (words.length >= 3 && QUOTED.test(t)) return true;
  if (parseFrame(t).name !== null) return true;
  if (/\p{Script=Cyrillic}/u.test(t) && parseRussianFrame(t).name !== null) return true;
  if (words.length >= STATEMENT_MIN_WORDS && /[.!]["”’]?$/.test(t)) return true;
  return words.length >= CLAIM_MIN_WORDS;
}
