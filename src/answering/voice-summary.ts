// A summary asked of one voice's position ("pls summarize putin's take on the gaza war quickly", "give me a quick
// summary of peskov's view", "sum up the kremlin's stance"): what that voice holds, not the story's summary. Read as
// typed, the summary words and "quickly" outweighed the voice and the whole was refused (wave AU, b68-059). Read as
// "what is <voice>'s <take>[ on …]"; any name may stand there, so a voice the article never quotes is refused as
// "what is biden's view" is.
import { lean } from "../lib/lean-regexp.js";

const LEAD = "(?:(?:pls|please|plz|can\\s+(?:you|u)|could\\s+(?:you|u)|just|quickly|briefly)[,\\s]+)*";
const SUMMARY_ASK =
  "(?:summari[sz]e|sum\\s+up|recap|outline|give\\s+(?:me\\s+)?(?:a|the)\\s+(?:(?:quick|short|brief|fast|one-line|tl;?dr)\\s+)?(?:summary|rundown|recap|overview|gist)\\s+of|(?:a\\s+)?(?:(?:quick|short|brief)\\s+)?(?:summary|rundown|recap)\\s+of)";
const TAKE = "(?:take|view|views|stance|position|positions|opinion|thoughts|standpoint|line)";
const SPEED =
  "(?:[,\\s]+(?:quickly|briefly|in\\s+brief|in\\s+short|real\\s+quick|quick|fast|for\\s+me|pls|please|in\\s+a\\s+(?:sentence|line|few\\s+words)|in\\s+(?:\\d+(?:\\s*[-–]\\s*\\d+)?|one|two|three|four|five|a\\s+couple(?:\\s+of)?|a\\s+few)\\s+(?:sentences?|lines?|words|bullets?|points)))*";

/** "<ask> <voice>'s <take>[ on …][ quickly]": one to three words of voice, its possessive, the take noun. */
const VOICE_SUMMARY = lean(
  new RegExp(
    `^\\s*${LEAD}${SUMMARY_ASK}\\s+((?:the\\s+)?(?:\\p{L}+\\s+){0,2}\\p{L}+?)(?:'s|’s|s'|(?<=\\p{L}{3})s)\\s+(${TAKE})((?:\\s+(?:on|about|regarding)\\s+(?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)?)${SPEED}\\s*[?.!]*\\s*$`,
    "iu",
  ),
);

/** The question as "what is <voice>'s <take>[ on …]", or as it came. */
export function asVoiceSummary(text: string): string {
  if (text.length > 200) return text;
  const m = VOICE_SUMMARY.exec(text);
  if (!m?.[1]) return text;
  return `what is ${m[1]}'s ${m[2] ?? "position"}${m[3] ?? ""}`;
}
