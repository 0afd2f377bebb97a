// "does he say it ignored what the palestinians want?" after "what does putin think of america's middle east
// policy": "it" is America's policy, not any "middle east policy" (read so, the checker found no US in it and
// gave a false No; dialog-r2-38b). The last question's topic drops the names of speakers, so an owner named in
// the possessive right before the topic's words ("america's", "russia's", "the kremlin's") is put back when "it"
// is read as the topic. Only a country or its capital (countries.ts): "putin's view" keeps its topic as before.
import { countryOf } from "./countries.js";

/** A possessive word right before the topic: "america's" in "… america's middle east policy". */
const OWNER_BEFORE = /(\p{L}+)(?:'s|s') $/u;
/** How far back the owner may stand (one word and the possessive). */
const OWNER_REACH = 24;

/** The topic with its owner ("america's middle east policy"), or the topic as it was. */
export function ownedTopic(question: string, topic: string): string {
  if (topic === "" || topic.startsWith("the ")) return topic;
  const asked = question.toLowerCase().replace(/[’`]/g, "'");
  const at = asked.indexOf(` ${topic}`);
  if (at < 0) return topic;
  const m = OWNER_BEFORE.exec(asked.slice(Math.max(0, at + 1 - OWNER_REACH), at + 1));
  if (!m?.[1]) return topic;
  if (countryOf(m[1]) === null) return topic;
  return `${m[0].trim()} ${topic}`;
}
