// What the asker keeps seeing, put before the claim they want checked ("I keep seeing headlines that Putin is
// pointing fingers at America over Gaza. Is that actually what he said, and why?", "people online keep saying…",
// "my feed is full of posts saying…"; wave BS, quality42). The words of the hearsay ("keep", "seeing", "headlines",
// "feed", "posts") are no words of the story: left in, they weighed against every entry and the message was left
// unsure or refused, though the claim after them reads plainly on its own. Taken off only at the start, only where
// the message asks something (a question mark), and only in the "keeps coming" form: a single "I heard / I read
// that…" is the claim's own frame, read elsewhere (the yes/no layer's hearsay).

/** "hey", "ok so", "honestly": openers before the lead-in. */
const OPENER = String.raw`(?:(?:hey|hi|yo|ok|okay|so|well|um|uh|honestly|lol)[\s,.!:;-]+)`;
/** Where the hearsay is seen: "online", "on twitter", "in the news", "in my feed". */
const WHERE = String.raw`(?:\s+(?:online|everywhere|lately|recently|(?:on|in|all over)\s+(?:twitter|x|tiktok|facebook|reddit|telegram|youtube|instagram|social\s+media|the\s+(?:news|internet|papers|media)|my\s+(?:feed|timeline|news\s+feed))))`;
/** What is seen: "headlines", "posts", "people", "stuff". */
const SEEN = String.raw`(?:\s+(?:headlines|posts|tweets|stories|reports|articles|claims|videos|clips|people|stuff|things|news))`;
/** The link to the claim: "that", "saying (that)", "claiming (that)". */
const LINK = String.raw`(?:\s+(?:that|saying(?:\s+that)?|claiming(?:\s+that)?|which\s+say(?:\s+that)?|who\s+say(?:\s+that)?))`;
const LEAD_INS = [
  // "I keep seeing headlines that", "we keep hearing on the news that", "I keep reading online that".
  String.raw`(?:i|we)(?:'ve|\s+have)?\s+(?:keep|kept|been)\s+(?:seeing|hearing|reading|getting)${SEEN}?${WHERE}?${LINK}?`,
  // "people online keep saying", "everyone keeps claiming", "the headlines keep saying that".
  String.raw`(?:people|everyone|everybody|folks|(?:the\s+)?headlines|(?:the\s+)?media|twitter)${WHERE}?\s+(?:keeps?|are|is)\s+(?:saying|claiming|reporting|writing)(?:\s+that)?`,
  // "my feed is full of posts saying", "my timeline is all headlines that".
  String.raw`my\s+(?:feed|timeline|news\s+feed|twitter|tiktok)\s+is\s+(?:full\s+of|all)${SEEN}${LINK}`,
];
const LEAD = new RegExp(`^\\s*${OPENER}*(?:${LEAD_INS.join("|")})\\s+`, "iu");

/** The message without a hearsay lead-in before its claim, or as it came. */
export function withoutHearsayLeadIn(text: string): string {
  if (text.length > 400 || !text.includes("?")) return text;
  const m = LEAD.exec(text);
  return m ? text.slice(m[0].length) : text;
}
