// One voice's statements asked in brief ("quick: putin's main messages?", "what are the key points putin makes?",
// "sum up peskov's statements", "putin's core message in one line?"): what that voice said. Read as typed, "main
// messages" was the story's message (the article's conclusion) and a lone "sum up" the summary of the whole story,
// or the question fell between Russia's position and the conclusion. Only the story's voices stand here (VOICE of
// voice-message.ts): "biden's main points" stays as typed and is refused.

import { latin1Viewer } from "../lib/latin1-view.js";
import { leanRegExp } from "../lib/lean-regexp.js";
import { VOICE } from "./voice-message.js";

/** The nouns of a voice's statements in brief. */
const POINTS =
  "(?:messages?|points?|statements?|arguments?|takeaways?|claims?|remarks|comments|lines?\\s+of\\s+argument|talking\\s+points)";
/** What makes those statements the main ones. */
const MAIN = "(?:main|key|core|central|chief|principal|biggest|basic|most\\s+important)";

/** "putin's main messages", "the foreign ministry's key points". */
const VOICE_MAIN = leanRegExp(`(?:^|[\\s:,])(${VOICE})(?:'s|s')\\s+${MAIN}\\s+${POINTS}\\b`, "i");
/** "the key points putin makes", "main points made by peskov". */
const MAIN_BY_VOICE = leanRegExp(
  `\\b${MAIN}\\s+${POINTS}\\s+(?:that\\s+)?(?:(${VOICE})\\s+(?:makes|made|raises|raised|puts\\s+forward|gets\\s+across|has)|(?:made|raised|put\\s+forward)\\s+by\\s+(${VOICE}))\\b`,
  "i",
);
/** "sum up peskov's statements", "summarise what putin said", "recap the foreign ministry's remarks". */
const SUM_UP_VOICE = leanRegExp(
  `\\b(?:sum\\s+up|summari[sz]e|recap|boil\\s+down|condense)\\s+(?:what\\s+)?(${VOICE})(?:(?:'s|s')\\s+(?:${POINTS}|words)|\\s+(?:said|says|is\\s+saying|told|argued|argues))\\b`,
  "i",
);

/**
 * The question with its characters above U+00FF made one (lib/latin1-view.ts): the voice's capture holds ASCII only,
 * and the topic after the match is cut from the question itself (the view keeps every position).
 */
const view = latin1Viewer([VOICE_MAIN, MAIN_BY_VOICE, SUM_UP_VOICE]);

/** The question as "what did <voice> say", or as it came. */
export function asVoicePoints(text: string): string {
  const plain = text.replace(/[\u2018\u2019]/g, "'");
  const viewed = view(plain);
  const m = VOICE_MAIN.exec(viewed) ?? MAIN_BY_VOICE.exec(viewed) ?? SUM_UP_VOICE.exec(viewed);
  const voice = m?.[1] ?? m?.[2];
  if (!voice || !m) return text;
  // A topic after the match stays asked: "sum up what russia said about hamas".
  const topic = /^\s+((?:about|on|regarding|concerning)\s+.+?)\s*[?.!]*\s*$/i.exec(
    plain.slice(m.index + m[0].length),
  );
  return `what did ${voice.trim()} say${topic ? ` ${topic[1]}` : ""}`;
}
