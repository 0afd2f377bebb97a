// Kind: a Russian mention asked with the thing before the verb — «он хамас упоминал?», «песков про израиль
// говорил?», «путин переговоры вообще упоминал?». Russian word order is free, but the mention readers
// (talked-about.ts, the engine's quotes of a voice) read "<who> <verb> <thing>": the thing first made the engine
// find the thing's own entry ("the article names Hamas as…") with no verdict at all (wave AE, d48-27). The
// message is put in that order when its subject is a pronoun or a voice the article quotes; else left alone.
import type { SpeakerNames } from "./speakers.js";

const PRONOUN = /^(?:он|она|они)$/u;
/** The subject and the thing, then particles, the verb of mentioning and particles. */
const ORDER =
  /^((?:(?:а|и|ну|так)[, ]+)?)((?:[\p{L}-]+ ){2,5}?)((?:(?:вообще|тоже|также|хоть раз|когда-нибудь|сам|сама|сами) )*)(упоминал\p{L}*|упомянул\p{L}*|говорил\p{L}*|затрагивал\p{L}*|затронул\p{L}*|вспоминал\p{L}*|вспомнил\p{L}*)((?: (?:вообще|хоть раз|тоже|также))*)\s*\?$/u;
/** Words that cannot be the thing mentioned (a question word, a particle, "что-то"). */
const NOT_A_THING =
  /(?<!\p{L})(?:кто|что|что-то|что-нибудь|чего|как|где|когда|почему|зачем|ли|не|это|этом|этого|этим|том|так|такое|правда|реально|точно|действительно|него|нее|неё|нем|нём|ней|них|ним|ними|нему|ему|ей|им)(?!\p{L})/u;
const PREPOSITION = /^(?:про|о|об|обо)$/u;

/** «он упоминал хамас?» for «он хамас упоминал?», or null. */
export function mentionInOrderOf(text: string, speakers: SpeakerNames): string | null {
  const t = text.trim();
  if (t.length > 80) return null;
  const m = ORDER.exec(t.toLowerCase().replace(/ё/gu, "е"));
  if (!m) return null;
  const [, lead = "", body = "", before = "", verb = "", after = ""] = m;
  const words = body.trim().split(" ");
  // The subject is the first word or two: a pronoun, or the whole of a voice's name ("дмитрий песков").
  for (const size of [2, 1]) {
    const who = words.slice(0, size).join(" ");
    const thing = words.slice(size);
    if (thing.length === 0 || PREPOSITION.test(thing.at(-1) ?? "") || NOT_A_THING.test(thing.join(" ")))
      continue;
    const named = speakers.namedIn(who);
    const isVoice = named.length === 1 && named[0]!.start === 0 && named[0]!.end >= who.length - 1;
    if ((size === 1 && PRONOUN.test(who)) || isVoice)
      return `${lead}${who} ${before}${verb}${after} ${thing.join(" ")}?`;
  }
  return null;
}
