// Kind: "а египет участвует?", "а иран замешан?" after a plain answer (the article's conclusion, the Foreign
// Ministry's call): a party the article never names, asked with a verb of taking part. The reader for "And
// China?" (against-last-answer.ts) took the whole rest as the party: the card quoted the question back («египет
// участвует») and, the last turn not being a yes/no, gave no verdict. The verb makes it a yes/no of its own:
// the article doesn't say, on the last answer's evidence; the card names only the party.

const TAKING_PART_RU =
  /\s+(?:участву\p{L}*|входит|входят|замешан\p{L}*|причаст\p{L}*|вовлеч\p{L}*|помога\p{L}*|присутству\p{L}*|тоже|также)(?=\s|$)/gu;

/** The party of "египет участвует" ("египет") and whether a verb of taking part asked a yes/no, else null. */
export function unnamedAskedOf(topic: string, lang: "en" | "ru"): { name: string } | null {
  if (lang !== "ru") return null;
  const name = topic.replace(TAKING_PART_RU, "").trim();
  return name !== topic.trim() && name.length > 0 && !name.includes(" ") ? { name } : null;
}
