// A chat lead-in that only reports where the claim was met: "I read that …", "I heard …", "apparently, …",
// "supposedly …", "я читал, что …", "говорят, что …", with a tag asking after it (", true?", "— is that right?");
// (claims-r2-35) a chat "so …?" / «значит, …?» asking back about the statement ("so putin also directs blame …?").
// (claims42) «говорят, …», «пишут / сообщают / утверждают / передают, …» without «что», or with no comma before
// the statement, as "people say …" is: left on, «Говорят» was read as a name opening the claim, put in the place of
// the passage's «Реджепом Тайипом», and «Говорят, Эрдоган предложил Стамбул как площадку для переговоров» was
// altered (claims-blind64), not news.
// It is no part of the claim: read with it, a sentence of the article word for word was judged a paraphrase (its
// words are glue, so it lined up whole, but it was no longer the article's words alone). Taken off at the opening
// only, and only when a statement of three words at least is left; a name in it stops it ("I read in Peskov's
// words that …" keeps its attribution: only the fixed phrasings below are taken).
// Every regular expression is bounded: a 4096-character message is read in linear time.
import { lean } from "../lib/lean-regexp.js";

/** The report lead-in and the statement after it. */
const LEAD_IN = lean(
  /^\s*(?:(?:so\s+|ok\s+|okay\s+)?(?:i(?:'ve|\s+have)?\s+(?:read|heard|seen)(?:\s+(?:somewhere|online|today))?(?:\s+that)?|someone\s+told\s+me(?:\s+that)?|people\s+(?:say|are\s+saying)(?:\s+that)?|apparently|supposedly|reportedly|allegedly|word\s+is(?:\s+that)?|(?:(?:lol|wait|ok|okay|hmm|and)\s+)?so(?=[\s,]))|значит(?=[\s,])|(?:я\s+)?(?:читал[аи]?|слышал[аи]?|прочитал[аи]?|прочёл|прочел)(?:\s+где-то)?,?\s*(?:что|будто)|(?:говорят|пишут|сообщают|утверждают|передают)(?:,?\s*(?:что|будто)|\s*,|(?=\s+(?!(?:о|об|обо|про|с|со|по|на|в|во|за|ли|так|это|об\s+этом)(?![\p{L}]))\p{L}))|(?:как\s+)?(?:оказывается|видимо|якобы))\s*[,:—-]?\s+(\S[^\n]{0,4000}?)\s*$/iu,
);

/** A question tag after the statement: ", true?", "— is that right?", ", right?", ", это правда?". */
const TAG = lean(
  /\s*[,;—-]?\s*(?:(?:is\s+(?:that|it|this)\s+)?(?:true|right|correct|so|real)|am\s+i\s+right|(?:это\s+)?(?:правда|так|верно))\s*\??\s*$/iu,
);

/** A question after the lead-in ("so what did Putin say?"): asked, not reported; the lead-in stays. */
const QUESTION_OPENER =
  /^(?:what|who|whom|whose|why|how|when|where|which|do|does|did|is|are|was|were|can|could|will|would|should|has|have|had|что|кто|почему|зачем|как|когда|где|какой|какая|какие|сколько)(?![\p{L}])/iu;

/** The statement without a report lead-in (and the question tag after it); the text as it came otherwise. */
export function withoutReportLeadIn(text: string): string {
  const m = LEAD_IN.exec(text);
  if (!m) return text;
  // The question mark asks about the statement the lead-in reports ("so X?", "i heard X?"): no part of it.
  const statement = m[1]!
    .replace(TAG, "")
    .replace(/\s*\?{1,3}\s*$/u, "")
    .trim();
  if (statement.split(/\s+/u).length < 3 || QUESTION_OPENER.test(statement)) return text;
  return statement;
}
