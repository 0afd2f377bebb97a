// A speaker's take on the fighting itself, asked with a noun of view ("what's putin's take on the gaza violence",
// "putin's opinion of the israel gaza fighting?", "what's putin's angle on the gaza bloodshed"): his position on the
// conflict is asked — his concern for civilians, his blame of US policy, his call for a ceasefire — read as "what does
// putin say about the conflict". Read as typed, "take"/"opinion" were a frame of wanting and the answer was only what
// he wants, without the concern the article opens on (quality28, blind56). Only Putin, a noun of view, and a topic of
// the fighting (its places or sides at most beside a word of violence, or the place alone); "putin's view of the
// escalation" (his reading of the surge: US failure) and any other topic stay as typed.

const MAX_LENGTH = 90;

const VIEW = String.raw`(?:take|angle|opinion|view|views|stance|position|thoughts|perspective|reaction|response|verdict)`;
const PLACES = String.raw`(?:gaza|israel|israeli|israel's|hamas|palestinian|middle\s+east|israel-hamas|israel-gaza|gaza-israel|current|ongoing|latest|whole)`;
const VIOLENCE = String.raw`(?:violence|bloodshed|fighting|killing|killings|war|conflict|situation|crisis|strife|hostilities|clashes)`;
const TOPIC = String.raw`(?:the\s+)?(?:${PLACES}(?:\s+(?:and|&)\s+|[\s/-]+))+${VIOLENCE}|(?:the\s+)?(?:bloodshed|killings?|killing\s+of\s+civilians)|(?:the\s+)?(?:gaza|israel\s+and\s+gaza)`;
const TAKE = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+|ok\s+)?(?:(?:what|whats|what's|what\s+is|what\s+was|how\s+about|and)\s+)?(?:vladimir\s+)?putin(?:'s|s|’s)\s+${VIEW}\s+(?:on|of|about|regarding|towards?|to|re)\s+(?:${TOPIC})\s*[?.!]*\s*$`,
  "i",
);

/** "whats putins take on the gaza violence" as "what does putin say about the conflict", or as typed. */
export function asViolenceView(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  return TAKE.test(text) ? "what does putin say about the conflict" : text;
}
