// Kind: a Russian voice's stance on a thing its own quote calls for — "is russia against restarting negotiations?",
// "is moscow opposed to getting negotiations going again?" (No), "does russia want talks restarted?" (Yes), on
// Putin's "urgent need for … the resumption of the negotiation process". The entry (what the article says about
// peace talks) has no curated verdict and the checker reads "against" as a stance no passage takes: "doesn't say"
// above the very wish. Here a quote of the asked voice (Russia and Moscow are any of its voices; the Kremlin
// Peskov too) that says a wish (need, call, urge, stress, seek, aim, readiness) and holds every concept of the
// asked thing (the engine's terms: "restarting" is "=resumption") settles it: for → Yes, against → No. A
// negated question, a voice not Russia's, or a thing with a concept the quote lacks is left to the other readers.
import type { Answer } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";

const LEAD = "(?:(?:and|so|but|ok|okay|then)[, ]+)*";
const VOICE =
  "(russia|moscow|the kremlin|kremlin|putin|the russian government|russian government|the russian foreign ministry|the foreign ministry|russian foreign ministry|peskov)";
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
const VOICES_OF: Readonly<Record<string, readonly string[]>> = {
  putin: ["putin"],
  peskov: ["peskov", "kremlin"],
  kremlin: ["kremlin", "peskov"],
  ministry: ["foreign-ministry"],
  russia: ["putin", "peskov", "kremlin", "foreign-ministry", "russia"],
};

function voicesOf(asked: string): readonly string[] {
  if (asked === "putin" || asked === "peskov") return VOICES_OF[asked]!;
  if (asked.includes("kremlin")) return VOICES_OF.kremlin!;
  if (asked.includes("ministry")) return VOICES_OF.ministry!;
  return VOICES_OF.russia!;
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
