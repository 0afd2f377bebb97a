// Kind: the stance of the one the call was WITH, asked on the caller's words — «эрдоган за прекращение огня?»,
// "is erdogan for a ceasefire?", "does erdogan want a ceasefire too?", «эрдоган тоже хочет перемирия?». The
// evidence has Putin stress a ceasefire in a call with Erdogan; what Erdogan wants the article never reports, so the
// call entry's curated Yes (its own question is the call) carried Putin's stance over to him: doesn't say.
// Only where the question's first named voice is one the article never quotes, the evidence names that voice
// after "with" / «с», and a word of stance or wish follows the name.
import type { Answer, Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";

/** A stance or a wish after the name: "wants", "backs", "is … for", "in favour of", «хочет», «за», «поддерживает»;
 * or a word of saying ("did erdogan bring up a ceasefire?", «эрдоган говорил о переговорах?»): his words are unreported. */
const STANCE_EN =
  /^(?:'s|s)?\s+(?:(?:also|too|really|actually|even)\s+)?(?:for|in favou?r of|against)(?!\p{L})|(?<!\p{L})(?:wants?|wanted|wanting|support\p{L}*|back(?:s|ed|ing)?|favou?r\p{L}*|agree\p{L}*|endors\p{L}*|push\p{L}* for|call\p{L}* for|urg\p{L}*|keen|oppos\p{L}*|reject\p{L}*|demand\p{L}*|insist\p{L}*|seek\p{L}*|hop(?:e|es|ed|ing)|share\p{L}*|mention\p{L}*|brought up|bring\p{L}* up|rais(?:e|es|ed|ing)|sa(?:y|ys|id)|talk\p{L}* about|spoke about|speak\p{L}* about|stress\p{L}*|emphasi[sz]\p{L}*)(?!\p{L})/u;
const STANCE_RU =
  /^\s+(?:(?:тоже|также|и|сам\p{L}*)\s+)?(?:за|против)(?!\p{L})|(?<!\p{L})(?:хоч\p{L}*|хот\p{L}*|поддерж\p{L}*|выступ\p{L}*|соглас\p{L}*|призыва\p{L}*|призвал\p{L}*|требу\p{L}*|настаива\p{L}*|жела\p{L}*|стрем\p{L}*|добива\p{L}*|одобр\p{L}*|разделя\p{L}*|говорил\p{L}*|сказал\p{L}*|упомина\p{L}*|упомянул\p{L}*|поднимал\p{L}*|поднял\p{L}*|заговорил\p{L}*|подчеркива\p{L}*|подчеркнул\p{L}*)(?!\p{L})/u;

/** "with" / «с» up to four words before the name: "a phone call with Turkish leader Recep Tayyip Erdogan". */
const WITH_BEFORE = /(?<!\p{L})(?:with|с|со)\s+(?:[\p{L}'’.-]+\s+){0,4}$/u;

const MAX_CHARS = 100;
/** How far before a name "with" is looked for. */
const WITH_WINDOW = 80;

export function partnerStanceVerdict(
  folded: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): "not-said" | null {
  if (!answer.answered || answer.kind !== "entry" || folded.length > MAX_CHARS) return null;
  const text = folded.toLowerCase().replace(/ё/gu, "е");
  const voice = speakers.namedIn(text)[0];
  if (!voice || speakers.isQuoted(voice.id)) return null;
  if (answer.quotes.some((q) => q.speakerId === voice.id)) return null;
  const rest = text.slice(voice.end);
  if (!(lang === "ru" ? STANCE_RU : STANCE_EN).test(rest)) return null;
  const evidence = [answer.answer, ...answer.quotes.flatMap((q) => [q.text, q.translation ?? ""])]
    .join(" ")
    .toLowerCase()
    .replace(/ё/gu, "е");
  const partner = speakers
    .namedIn(evidence)
    .some(
      (n) =>
        n.id === voice.id && WITH_BEFORE.test(evidence.slice(Math.max(0, n.start - WITH_WINDOW), n.start)),
    );
  return partner ? "not-said" : null;
}
