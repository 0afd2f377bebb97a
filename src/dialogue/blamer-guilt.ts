// Kind: a guilt asked of the voice who blames — "is putin the one to blame", "is it putin's fault?", "is putin
// responsible for this?", «путин виноват?», «это путин виноват?», «а сам путин не виноват?». The evidence has Putin
// blame the United States; whether Putin is to blame the article never says. The blame entry's curated Yes (its own
// question is whom Putin blames) confirmed it, and a negated asking turned it to No: the article doesn't say.
// Only a bare guilt (no verb of saying or thinking: "does putin say X is at fault" is the reported claim's), of
// one voice the evidence quotes, whom none of the evidence's sentences names after its word of blame.
import type { Answer, Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";

/** A guilt with no doer: "to blame", "at fault", "'s fault", "responsible", "the cause", «виноват», «вина». */
const GUILT_EN =
  /(?<!\p{L})(?:to blame|at fault|(?:'s|s'|s|the|his|its|their) fault|responsible|guilty|culpable|the cause|the culprit|(?:be|being) blamed)(?!\p{L})/u;
const GUILT_RU = /(?<!\p{L})(?:виноват\p{L}*|винов\p{L}*|вина|ответствен\p{L}*)(?!\p{L})/u;

/**
 * A doer's act or a voice's view in the question: "does putin blame…", "hold … responsible", "says / thinks X is at
 * fault", "according to", "in his view", "putin's message is that…" (dialog36), «винит», «считает», «по мнению»,
 * «думает ли путин, что … виноваты сша» (quality40ru) —
 * another reader's question.
 */
const NOT_BARE_EN =
  /(?<!\p{L})(?:blames|blaming|hold\p{L}*|say\p{L}*|said|think\p{L}*|thought|claim\p{L}*|believ\p{L}*|according|view|eyes|opinion|mind|accus\p{L}*|message|point|take|argument|position|stance|line|narrative)(?!\p{L})/u;
const NOT_BARE_RU =
  /(?<!\p{L})(?:вин(?:ит|ят|ил\p{L}*)|обвин\p{L}*|возлага\p{L}*|счита\p{L}*|дума\p{L}*|полага\p{L}*|уверен\p{L}*|утвержда\p{L}*|заявля\p{L}*|говор\p{L}*|сказал\p{L}*|мнени\p{L}*|слова\p{L}*|взгляд\p{L}*|кто|кого)(?!\p{L})/u;

/** Words of blame in the evidence (the reply and the quotes, in both languages). */
const BLAME_IN_EVIDENCE =
  /(?<!\p{L})(?:blam\p{L}*|fault\p{L}*|critici[sz]\p{L}*|обвин\p{L}*|вин[аеуы]|винит|возлага\p{L}*|критик\p{L}*)(?!\p{L})/u;

const MAX_CHARS = 100;

export function blamerGuiltVerdict(
  folded: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): "not-said" | null {
  if (!answer.answered || answer.kind !== "entry" || folded.length > MAX_CHARS) return null;
  const text = folded.toLowerCase().replace(/ё/gu, "е");
  const guilt = lang === "ru" ? GUILT_RU : GUILT_EN;
  if (!guilt.test(text) || (lang === "ru" ? NOT_BARE_RU : NOT_BARE_EN).test(text)) return null;
  const named = speakers.namedIn(text);
  const voice = named[0];
  if (!voice || named.some((n) => n.id !== voice.id) || !speakers.isQuoted(voice.id)) return null;
  // The voice must be the evidence's own (its quotes), and the evidence must blame someone.
  if (!answer.quotes.some((q) => q.speakerId === voice.id)) return null;
  const sentences = [answer.answer, ...answer.quotes.flatMap((q) => [q.text, q.translation ?? ""])]
    .join(" ")
    .toLowerCase()
    .replace(/ё/gu, "е")
    .split(/(?<=[.!?;])\s+/u);
  const blaming = sentences.filter((s) => BLAME_IN_EVIDENCE.test(s));
  if (blaming.length === 0) return null;
  // Named after the word of blame in a sentence of the evidence: the voice is the one blamed there.
  const blamedThere = blaming.some((s) => {
    const at = BLAME_IN_EVIDENCE.exec(s)?.index ?? s.length;
    return speakers.namedIn(s).some((n) => n.id === voice.id && n.start > at);
  });
  return blamedThere ? null : "not-said";
}
