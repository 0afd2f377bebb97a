// A request for quotes opening a Russian question («Процитируй, что Путин говорил о прекращении огня», «Приведи
// цитату Путина о перемирии», «Процитируй слова Путина о палестинском государстве»): how to answer — every card
// carries the article's words — not what. Left in, «процитируй» was an unknown name and the question was refused
// (out-of-scope), or «цитату» drew Peskov's statement. What is left is asked: «что Путин говорил о …». A bare
// «процитируй Путина» (the quotes intent) and a request with no topic are left as typed (quality48ru; English has
// ../quote-request.ts).

/** «процитируй(те)», «приведи/дай/покажи цитату (слова)»: the request at the start. */
const REQUEST =
  /^\s*(?:пожалуйста\s*,?\s*)?(?:процитируй(?:те)?|(?:приведи(?:те)?|дай(?:те)?|покажи(?:те)?|напиши(?:те)?)\s+(?:(?:точн\p{L}*|дословн\p{L}*|прям\p{L}*)\s+)?(?:цитат\p{L}*|слова|высказывани\p{L}*))(?!\p{L})\s*[,:—–-]?\s*/iu;
/** What is left asks: «что Путин говорил о …», «как Песков описал …». */
const ASKS = /^(?:что|как|какие|какую|каким|чем|о чем|о чём|про что)(?!\p{L})/iu;
/** «слова Путина о …»: a voice in the genitive, then the topic. */
const VOICE_TOPIC =
  /^(?:(?:слова|цитат\p{L}*|высказывани\p{L}*)\s+)?(\p{L}+)\s+((?:о|об|обо|про|насчет|насчёт|по поводу)\s+\S.*?)\s*[.?!]*\s*$/iu;
/** The voices a quote can be asked of, in the genitive. */
const VOICE: ReadonlyMap<string, string> = new Map([
  ["путина", "Путин"],
  ["пескова", "Песков"],
  ["кремля", "Кремль"],
  ["мида", "МИД"],
]);

/** The question without the quote request at its start, or as it came. */
export function withoutRussianQuoteRequest(text: string): string {
  if (text.length > 250) return text;
  const m = REQUEST.exec(text);
  if (m === null) return text;
  const rest = text.slice(m[0].length).trim();
  if (ASKS.test(rest)) return rest;
  const [, name = "", topic = ""] = VOICE_TOPIC.exec(rest) ?? [];
  const voice = VOICE.get(name.toLowerCase().replace(/ё/g, "е"));
  return voice === undefined || topic === "" ? text : `что ${voice} говорил ${topic}?`;
}
