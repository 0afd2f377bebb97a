// Kind: a Russian voice's stance on a thing its own quote calls for — "is russia against restarting negotiations?",
// "is moscow opposed to getting negotiations going again?" (No), "does russia want talks restarted?" (Yes), on
// Putin's "urgent need for … the resumption of the negotiation process". The entry (what the article says about
// peace talks) has no curated verdict and the checker reads "against" as a stance no passage takes: "doesn't say"
// above the very wish. Here a quote of the asked voice (Russia and Moscow are any of its voices; the Kremlin
// Peskov too) that says a wish (need, call, urge, stress, seek, aim, readiness) and holds every concept of the
// asked thing (the engine's terms: "restarting" is "=resumption") settles it: for → Yes, against → No. A
// negated question, a voice not Russia's, or a thing with a concept the quote lacks is left to the other readers.
import type { Answer } from "../answering/types.js";
import {
  namesAlternation,
  QUOTES_ANSWER_FOR,
  type RussianVoice,
  VOICE_NAMES,
  voiceNames,
} from "../knowledge/voices.js";
import { lean } from "../lib/lean-regexp.js";

const LEAD = "(?:(?:and|so|but|ok|okay|then)[, ]+)*";
/** Russia's voices by name (knowledge/voices.ts): one is asked. */
const ASKABLE: readonly RussianVoice[] = ["russia", "kremlin", "putin", "foreign-ministry", "peskov"];
const VOICE = `(${namesAlternation(voiceNames(ASKABLE, "en"))})`;
const IS_ASKED = lean(
  new RegExp(
    `^${LEAD}(?:is|was) ${VOICE} (?:(?:really|even|actually) )?(against|opposed to|for|in favou?r of|supportive of) (.{3,60}?)\\s*\\??$`,
    "u",
  ),
);
const DOES_ASKED = lean(
  new RegExp(
    `^${LEAD}(?:does|did) ${VOICE} (?:(?:really|even|actually) )?(oppose|reject|want|support|back|favou?r) (.{3,60}?)\\s*\\??$`,
    "u",
  ),
);
const SCENE: ReadonlySet<string> = new Set([
  "=violence",
  "=israel",
  "=palestine",
  "=gaza",
  "=hamas",
  "=russia",
  "=us",
]);
const AGAINST = /^(?:against|opposed to|oppose|reject)$/u;
const WISH_QUOTED =
  /(?<!\p{L})(?:need|urge\p{L}*|call\p{L}* for|stress\p{L}*|emphasi[sz]\p{L}*|seek\p{L}*|aim\p{L}*|readiness|importance)(?!\p{L})/u;
/** Whose quotes answer for the voice asked by this name (Russia's names: any of its voices). */
function voicesOf(asked: string): readonly string[] {
  const voice = ASKABLE.find((v) => VOICE_NAMES[v].en.includes(asked)) ?? "russia";
  return QUOTES_ANSWER_FOR[voice];
}

/** Yes or No from the asked voice's own wish in the evidence; null when it is no such question or no such quote. */
export function wantedThingVerdict(
  folded: string,
  answer: Answer,
  terms: ((text: string) => string[]) | undefined,
): "yes" | "no" | null {
  if (!terms || !answer.answered) return null;
  const q = folded.toLowerCase().trim();
  const m = IS_ASKED.exec(q) ?? DOES_ASKED.exec(q);
  if (!m?.[1] || !m[2] || !m[3] || /(?<!\p{L})(?:not|never|no)(?!\p{L})|n't/u.test(q)) return null;
  // Every term of the thing, plain words too ("israel punished": "punish" is no wish of the quote's); the conflict
  // itself and its sides are the scene every quote is set in, no wished thing ("does peskov want war?").
  const wanted = terms(m[3]);
  if (!wanted.some((t) => t.startsWith("=") && !SCENE.has(t))) return null;
  const voices = voicesOf(m[1]);
  const said = answer.quotes.some((quote) => {
    if (!quote.speakerId || !voices.includes(quote.speakerId) || !WISH_QUOTED.test(quote.text.toLowerCase()))
      return false;
    const own = new Set(terms(quote.text));
    return wanted.every((t) => own.has(t));
  });
  if (!said) return null;
  return AGAINST.test(m[2]) ? "no" : "yes";
}
