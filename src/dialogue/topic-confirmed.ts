// Kind: "hey is this about the israel hamas war", «это про войну израиля и хамаса?», "is the article about the
// fighting between israel and hamas?": whether the article is about its own topic. The engine answers with the
// summary or the card on the sides (no verdict), or the Hamas card's "doesn't say"; the article is about the
// violence between Hamas and the Israeli military: Yes. Only a topic naming Israel and one of Hamas, Gaza or the
// Palestinians, with at most a word of war or conflict, and no other party (the US-Russia war is no topic of it).
import type { Answer, Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { asksArticleTopic } from "./topic-denied.js";

const TOPIC_EN = /(?:about|on|regarding|covering) (.+)$/u;
const TOPIC_RU = /(?:про|о|об|насч[её]т) (.+)$/u;
const ISRAEL = /(?<!\p{L})(?:israel\p{L}*|израил\p{L}*)(?!\p{L})/u;
const OTHER_SIDE =
  /(?<!\p{L})(?:hamas|gaza|palestin\p{L}*|хамас\p{L}*|газ[аеуы]|сектор\p{L}* газа|палестин\p{L}*)(?!\p{L})/u;
/** Every word the topic may have besides the two sides. */
const ALLOWED =
  /^(?:the|a|an|war|wars|conflict|fighting|violence|escalation|crisis|between|and|vs|versus|of|with|in|new|latest|current|military|army|israeli|palestinian|strip|hamas|gaza|israel|palestinians|israelis|войн\p{L}*|конфликт\p{L}*|насили\p{L}*|эскалаци\p{L}*|кризис\p{L}*|между|и|с|со|в|израил\p{L}*|хамас\p{L}*|газ[аеуы]|сектор\p{L}*|палестин\p{L}*|армие\p{L}*|арми\p{L}*)$/u;

/** The topic a question asks the article to be about ("is this about X?" → X), or null when it asks none. */
function askedTopic(folded: string, lang: Lang): string | null {
  if (folded.length > 120) return null;
  const text = folded
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[?!.\s]+$/u, "");
  if (!asksArticleTopic(text, lang)) return null;
  return (lang === "ru" ? TOPIC_RU : TOPIC_EN).exec(text)?.[1] ?? "";
}

export function topicConfirmed(folded: string, lang: Lang, answer: Pick<Answer, "answered">): boolean {
  const topic = answer.answered ? askedTopic(folded, lang) : null;
  if (topic === null || !ISRAEL.test(topic) || !OTHER_SIDE.test(topic)) return false;
  return topic
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .every((w) => ALLOWED.test(w));
}

const WAR =
  /(?<!\p{L})(?:war|wars|conflict|fighting|clash\p{L}*|войн\p{L}*|конфликт\p{L}*|бо[ия]\p{L}*|столкновени\p{L}*)(?!\p{L})/u;

/**
 * "is this about the war between russia and the us?": a war of two of the story's parties that is not the one it
 * covers (Israel and Hamas, Gaza or the Palestinians) — No, not the Yes of the card the words found (it was the
 * blame entry's curated Yes).
 */
export function topicWarDenied(folded: string, lang: Lang, parties: Parties): boolean {
  const topic = askedTopic(folded, lang);
  if (topic === null || !WAR.test(topic)) return false;
  const sides = new Set(partyMentions(parties, topic).map((p) => p.id));
  if (sides.size < 2) return false;
  return !(ISRAEL.test(topic) && OTHER_SIDE.test(topic));
}
