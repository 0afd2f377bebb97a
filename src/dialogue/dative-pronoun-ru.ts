// Kind: «ему» the object of a named voice's words — «что ему сказал путин?», «а что путин ему говорил?», «о чём ему
// сказал putin?» after «кто такой Эрдоган?». The pronoun reader puts the last person's name in for any pronoun before
// the first name, in the nominative: «что Эрдоган сказал путин» asked what Erdogan said (the article reports nothing
// he said, d105-34#2) when the asker wanted Putin's words to him — the call's content. Where the message names
// exactly one person and holds «ему», and the chat's last person (the speaker, or the other person the last answer
// named) is someone else, «ему» is that person's name in the dative: a surname ending in a consonant takes -у
// (Эрдоган → Эрдогану, Песков → Пескову); any other name is left to the readers as before. A topic named after it
// («и что путин ему сказал про сша?») asks for his words on that topic, which the call does not hold: left as typed,
// as the English "what did he tell him about the US?" is (pronoun-reading.ts).
import type { Lang } from "../answering/types.js";
import { readsAsRussian } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

const EMU = /(?<!\p{L})ему(?!\p{L})/u;
/** «про сша», «о палестинцах», «насчёт перемирия»: a topic of the words asked («о чём» asks the words themselves). */
const ABOUT_RU = /(?<!\p{L})(?:про|о|об|обо|насч[её]т|по поводу)\s+(?!ч[её]м(?!\p{L}))\p{L}/u;

/** A man's surname in the dative, or null when it does not decline by the plain rule. */
function dativeOf(name: string): string | null {
  return /^\p{Lu}\p{Ll}+[бвгдзклмнпрстфхц]$/u.test(name) ? `${name}у` : null;
}

/** The message with «ему» as the last person's name in the dative, or null when it is not that case. */
export function dativePronounOf(
  text: string,
  context: DialogueContext | null | undefined,
  speakers: SpeakerNames,
  lang: Lang,
): string | null {
  if (!context) return null;
  const folded = text.toLowerCase();
  if (!readsAsRussian(folded, lang)) return null;
  const m = EMU.exec(folded);
  if (!m || ABOUT_RU.test(folded)) return null;
  const named = speakers.namedIn(folded).filter((n) => speakers.isPerson(n.id));
  if (named.length !== 1) return null;
  const voice = named[0]!.id;
  const last = [context.speakerId, context.otherPersonId].find(
    (id): id is string => !!id && id !== voice && speakers.isPerson(id),
  );
  if (!last) return null;
  const dative = dativeOf(speakers.shortName(last, "ru"));
  if (!dative) return null;
  return `${text.slice(0, m.index)}${dative}${text.slice(m.index + m[0].length)}`;
}
