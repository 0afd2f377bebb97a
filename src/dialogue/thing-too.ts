// Kind (dialog40, o104-15#2): a thing asked as part of what the last answer gives — "talks too?", "negotiations as
// well?", "and a palestinian state too?", «и переговоров тоже?», «а переговоры тоже?» after what Putin wants. Not a
// party (included-too.ts and the list readers read those), not "did he mention X too" (mentioned-too.ts): a bare
// thing with "too". Refused as typed ("talks too?" read alone is about nothing), or after a yes/no only
// (list-turns.ts reads "and negotiations too?" after a Yes). Yes where the last answer's evidence names the thing
// (yes-again.ts's evidenceNames: "talks" is the negotiation process); doesn't say where it does not ("sanctions
// too?": the article gives no such wish) — after a wh-answer only, whose evidence is what was asked about.

import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { listsInFull } from "./elliptical.js";
import { partyOf } from "./included-too.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";
import { ellipticalWords, evidenceNames } from "./yes-again.js";

const THING = "[\\p{L}'-]+(?: [\\p{L}'-]+){0,2}?";
const TOO_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|oh|plus)[,.! ]+)*(?:(?:also|and also) (?<first>${THING})|(?<thing>${THING}) (?:too|as well|also))$`,
  "u",
);
const TOO_RU = new RegExp(`^(?:(?:а|и|ну|так)[,.! ]+)*(?:ещ[её] )?(?<thing>${THING}) (?:тоже|также)$`, "u");
/** Pronouns, question words and the chat's own words: "that too?", "him too?", "why too?" ask about no thing. */
const NOT_A_THING =
  /(?<!\p{L})(?:he|she|it|they|them|him|her|this|that|these|those|me|you|us|who|what|why|how|where|when|он|она|оно|они|его|её|ее|их|это|то|тот|там|туда|я|ты|вы|кто|что|почему|как|где|когда|мне|тебе|вам)(?!\p{L})/u;

export function thingTooTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { context, folded, ru, text } = ask;
  // After a yes/no the list readers go on from its verdict ("and negotiations too?" after a Yes).
  if (context.refused || context.verdict != null) return null;
  const m = (ru ? TOO_RU : TOO_EN).exec(withoutEndMarks(folded).trim());
  const thing = (m?.groups?.thing ?? m?.groups?.first)?.trim();
  if (!thing || NOT_A_THING.test(thing)) return null;
  // A party or a voice is the other readers' ("hamas too?", "and peskov too?").
  if (partyOf(thing, kit) || kit.speakers.namedIn(thing).length > 0) return null;
  const content = ellipticalWords(thing);
  const last = ask.last();
  // A list given in full ("germany too?" after the Quartet's members) is the list readers' No.
  if (!content || !last?.answered || last.quotes.length === 0 || listsInFull(last)) return null;
  // "resuming negotiations": a long word by its first five letters, as the evidence words start ("resumption").
  const stems = content.map((w) => (w.length >= 7 ? w.slice(0, 5) : w));
  if (
    evidenceNames(content, last, ask.lang, last.answer) ||
    evidenceNames(stems, last, ask.lang, last.answer)
  )
    return verdictOnLast(last, text, context, ask.lang, "yes", "pronoun");
  const line = ru ? "Об этом там ничего нет." : "It says nothing of that.";
  const reply = notSaidOf(last, context.question, thing, line);
  return { lang: ask.lang, replies: [reply], context: { ...context, verdict: "not-said" } };
}
