// Kind: "did putin talk to him?", "путин говорил/разговаривал с ним?" after a turn about another person ("who is
// Peskov?", "кто такой Эрдоган"). The message names its subject, so the pronoun was left unresolved, and the call's
// entry, found by "talk", gave its curated Yes whoever "him" was — a Yes to "did Putin talk to Peskov?", which the
// article never says. Where the message names exactly one voice and holds a person's object pronoun ("him",
// "her", "с ним", "с ней", "ему", "ей"), and the last turn was about a person other than that voice, the pronoun
// is that person's name; the question is then read as asked of them (Peskov: doesn't say). Only a person the
// article quotes: an unquoted one (Erdogan) is the other party of the entry such a verb finds, already read right
// ("Путин встречался с ним лично?" keeps its doesn't say).
import type { Lang } from "../answering/types.js";
import { readsAsRussian } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

const OBJECT_EN = /(?<![\p{L}'])(?:him|her)(?![\p{L}'])/u;
const OBJECT_RU = /(?<!\p{L})(?:(?:с|со) (?:ним|ней)|ему|ей)(?!\p{L})/u;

/** The message with the object pronoun as the last turn's person, or null when it is not that case. */
export function objectPronounOf(
  text: string,
  context: DialogueContext | null | undefined,
  speakers: SpeakerNames,
  lang: Lang,
): string | null {
  const other = context?.speakerId;
  if (!other || !speakers.isPerson(other) || !speakers.isQuoted(other)) return null;
  const folded = text.toLowerCase();
  const ru = readsAsRussian(folded, lang);
  const m = (ru ? OBJECT_RU : OBJECT_EN).exec(folded);
  if (!m) return null;
  const named = speakers.namedIn(folded);
  if (named.length !== 1 || named[0]!.id === other) return null;
  const name = speakers.shortName(other, ru ? "ru" : "en");
  const as = ru && /^(?:с|со) /u.test(m[0]) ? `с ${name}` : name;
  return `${text.slice(0, m.index)}${as}${text.slice(m.index + m[0].length)}`;
}
