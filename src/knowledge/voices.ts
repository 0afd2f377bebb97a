// Russia's voices: who speaks for whom in this article, in one table (voices44). The article gives words to Putin,
// to Peskov, to the Kremlin and to the Russian Foreign Ministry, and none to "Russia" or "Moscow" as such; the
// dialogue readers that let one of these stand for another read the rule here instead of keeping a list each
// (verdict-voices.ts, kremlin-stance.ts, silent-voice-praise.ts, wanted-thing.ts, denied-mention.ts). The ids are
// knowledge/speakers.json's. Names are lower case, whole words, literal (no regexp syntax), in the order a reader
// tries them. The rules (docs/conversation.md "Who speaks for whom", docs/claims.md claims40):
// - Russia as a state (Russia, Moscow, the Russian government) speaks through the Kremlin and the Foreign Ministry:
//   a statement of Russia's is checked as each of theirs (verdict-voices.ts).
// - Putin, Russia's leader, speaks for Russia, Moscow and the Kremlin as reported: their words, misattributed by the
//   checker, are read as his, a confirmation only (verdict44); Peskov and the ministry are never read as Putin.
// - The Kremlin's stance is Russia's (dialog48): only Russia's Yes on the same entry is lent.
// - Peskov, the Kremlin's spokesman, and the Kremlin speak for each other; a question of Russia is answered by any
//   of its voices' quotes (wanted-thing.ts).
// - Peskov and the ministry say nothing of the US (verdict47).
// The claim checker's own reading of actors (actors.ts: Moscow, Russia and the Kremlin one actor, the ministry not
// "Russia") is the checker's and is left there. Differences a reader keeps are named exceptions below, each with
// its reason: unifying them would change answers.

/** A voice of Russia's the article has speak, and Russia itself (knowledge/speakers.json ids). */
export type RussianVoice = "russia" | "kremlin" | "putin" | "peskov" | "foreign-ministry";

export interface VoiceNames {
  /** What a question calls it, lower case, whole words, in the order tried. */
  en: readonly string[];
  ru: readonly string[];
  /** How a statement read as this voice's names it, in each language (lower case, a subject). */
  say: { en: string; ru: string };
}

export const VOICE_NAMES: Readonly<Record<RussianVoice, VoiceNames>> = {
  russia: {
    en: ["russia", "moscow", "the russian government", "russian government"],
    ru: ["россия", "москва", "российское правительство", "правительство россии"],
    say: { en: "russia", ru: "россия" },
  },
  kremlin: { en: ["the kremlin", "kremlin"], ru: ["кремль"], say: { en: "the kremlin", ru: "кремль" } },
  putin: { en: ["putin"], ru: ["путин"], say: { en: "putin", ru: "путин" } },
  peskov: { en: ["peskov"], ru: ["песков"], say: { en: "peskov", ru: "песков" } },
  "foreign-ministry": {
    en: ["the russian foreign ministry", "the foreign ministry", "russian foreign ministry"],
    ru: ["мид"],
    say: { en: "the russian foreign ministry", ru: "мид россии" },
  },
};

/** Russia as a state speaks through these, in the order its statement is checked as theirs (verdict-voices.ts,
 * yes-no-ru.ts `russianVoicesFor`). */
export const RUSSIA_SPEAKS_THROUGH: readonly RussianVoice[] = ["kremlin", "foreign-ministry"];

/** Putin speaks for these as reported: their words the article gives as his are his (verdict44; a Yes only). */
export const PUTIN_SPEAKS_FOR: readonly RussianVoice[] = ["russia", "kremlin"];

/** A stance asked of the first is asked of the second (kremlin-stance.ts, dialog48; Russia's Yes only). */
export const STANCE_COUNTS_AS = { kremlin: "russia" } as const satisfies Partial<
  Record<RussianVoice, RussianVoice>
>;

/** Whose quotes answer for a voice asked: the voice's own, and those who speak for it (wanted-thing.ts). */
export const QUOTES_ANSWER_FOR: Readonly<Record<RussianVoice, readonly RussianVoice[]>> = {
  putin: ["putin"],
  peskov: ["peskov", "kremlin"],
  kremlin: ["kremlin", "peskov"],
  "foreign-ministry": ["foreign-ministry"],
  russia: ["putin", "peskov", "kremlin", "foreign-ministry", "russia"],
};

/** Russia's voices the article quotes on other matters only: nothing of theirs is about the US (verdict47). */
export const SILENT_ON_US: readonly RussianVoice[] = ["peskov", "foreign-ministry"];

/**
 * Named exception (denied-mention.ts, wave AR): a mention denied of Russia ("Putin makes no mention of Russia's own
 * role") is asked with Moscow or the Kremlin for Russia; "the Russian government" is not read so there (it would
 * match "russian government's role" questions the reader never took).
 */
export const MENTION_NAMES_RUSSIA: readonly string[] = [...VOICE_NAMES.kremlin.en, "moscow"];

/**
 * The claim checker's one actor (claims/actors.ts): "Moscow wants to help" against "the Kremlin seeks to assist"
 * swaps no actor; the Foreign Ministry is not "Russia" there (claims40), its words claimed for Russia misattributed.
 */
export const ONE_ACTOR: readonly (readonly RussianVoice[])[] = [["russia", "kremlin"]];

/** The names of these voices, in this order, in a language. */
export function voiceNames(voices: readonly RussianVoice[], lang: "en" | "ru"): string[] {
  return voices.flatMap((v) => VOICE_NAMES[v][lang]);
}

/**
 * A regexp alternation of the names (non-capturing, escaped): "(?:russia|moscow|…)"; `space` stands for each space
 * of a name (a reader of unspaced text passes "\\s+").
 */
export function namesAlternation(names: readonly string[], space = " "): string {
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replaceAll(" ", space));
  return `(?:${escaped.join("|")})`;
}
