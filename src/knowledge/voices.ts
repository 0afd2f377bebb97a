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
// voices45: the engine's and dialogue's name lists of Russia's voices read the table's names too — mediator-fit.ts,
// trust-reason.ts, self-image.ts (answering), stance-for.ts, remedy-asked.ts, support-asked.ts (dialogue), with the
// further names a reader takes (`also`, `titles`, `people`), the Russian genitives and stems; support-asked.ts's rule
// "a voice's call is Russia's" is `CALLS_COUNT_AS_RUSSIAS`. Each reader's old list against the new on every text of
// test/questions gave the same answers; names a list lacked and the table has (e.g. "russian government" without
// "the") are read now, none of them in test/questions; where one would change an answer there, it is a named
// exception in the reader (stance-for.ts, support-asked.ts).

/** A voice of Russia's the article has speak, and Russia itself (knowledge/speakers.json ids). */
export type RussianVoice = "russia" | "kremlin" | "putin" | "peskov" | "foreign-ministry";

export interface VoiceNames {
  /** What a question calls it, lower case, whole words, in the order tried. */
  en: readonly string[];
  ru: readonly string[];
  /** How a statement read as this voice's names it, in each language (lower case, a subject). */
  say: { en: string; ru: string };
  /** Other forms of the name: a full name, an abbreviation or a bare form ("vladimir putin", "foreign ministry",
   * «рф», «мид россии»). */
  also: Lang2;
  /** A title standing for the person ("the russian president", «президент россии»). */
  titles: Lang2;
  /** Russia as its people or its side ("the russians", "the russian side"). */
  people: Lang2;
  /** Russian genitive forms with the nominative each stands for («по мнению пескова» → «песков»). */
  genitive: readonly (readonly [genitive: string, nominative: string])[];
  /** Russian stems every case form of the Russian names starts with (knowledge/parties.json's «росси*», «кремл*»): a
   * stem matches the stem and any letters after it. */
  stems: readonly string[];
}

/** Names in each language, lower case, whole words, literal. */
export interface Lang2 {
  en: readonly string[];
  ru: readonly string[];
}

const NONE: Lang2 = { en: [], ru: [] };

export const VOICE_NAMES: Readonly<Record<RussianVoice, VoiceNames>> = {
  russia: {
    en: ["russia", "moscow", "the russian government", "russian government"],
    ru: ["россия", "москва", "российское правительство", "правительство россии"],
    say: { en: "russia", ru: "россия" },
    also: { en: [], ru: ["рф"] },
    titles: NONE,
    people: { en: ["the russians", "russians", "the russian side", "the russian leadership"], ru: [] },
    genitive: [
      ["россии", "россия"],
      ["москвы", "москва"],
    ],
    stems: ["росси", "москв"],
  },
  kremlin: {
    en: ["the kremlin", "kremlin"],
    ru: ["кремль"],
    say: { en: "the kremlin", ru: "кремль" },
    also: NONE,
    titles: NONE,
    people: NONE,
    genitive: [["кремля", "кремль"]],
    stems: ["кремл"],
  },
  putin: {
    en: ["putin"],
    ru: ["путин"],
    say: { en: "putin", ru: "путин" },
    also: { en: ["vladimir putin"], ru: ["владимир путин"] },
    titles: { en: ["the russian president", "the russian leader"], ru: ["президент россии"] },
    people: NONE,
    genitive: [["путина", "путин"]],
    stems: ["путин"],
  },
  peskov: {
    en: ["peskov"],
    ru: ["песков"],
    say: { en: "peskov", ru: "песков" },
    also: { en: ["dmitry peskov"], ru: ["дмитрий песков"] },
    titles: NONE,
    people: NONE,
    genitive: [["пескова", "песков"]],
    stems: ["песков"],
  },
  "foreign-ministry": {
    en: ["the russian foreign ministry", "the foreign ministry", "russian foreign ministry"],
    ru: ["мид"],
    say: { en: "the russian foreign ministry", ru: "мид россии" },
    also: {
      en: ["foreign ministry"],
      ru: ["мид россии", "российский мид", "мид рф", "министерство иностранных дел"],
    },
    titles: NONE,
    people: NONE,
    genitive: [
      ["мида", "мид"],
      ["российского мида", "мид"],
    ],
    stems: ["мид"],
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

/** A call of any of these is Russia's call too: whether Russia (Moscow) supports what one of them calls for is
 * answered as the voice's support (support-asked.ts, wave AU). */
export const CALLS_COUNT_AS_RUSSIAS: readonly RussianVoice[] = [
  "putin",
  "kremlin",
  "peskov",
  "foreign-ministry",
];

/** Russia as one party of a question (voices46): the country, Moscow, its government and the Kremlin — with `people`,
 * also its people and its side. The readers that named Russia so by hand read these (answering/word-rewrites.ts,
 * which-side-contact.ts; dialogue/proposed-remedy.ts, side-taken.ts, sidelines.ts, …), some adding Putin or a
 * pronoun of their own. */
export const RUSSIA_AS_PARTY: readonly RussianVoice[] = ["russia", "kremlin"];

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

/** The further names a reader may take besides each voice's own (voices45). */
export type MoreNames = "also" | "titles" | "people";

/** The names of these voices, in this order, in a language: each voice's own, then the further kinds asked, in the
 * order asked ("also" the other forms, "titles", "people"). */
export function voiceNames(
  voices: readonly RussianVoice[],
  lang: "en" | "ru",
  ...more: MoreNames[]
): string[] {
  return voices.flatMap((v) => [
    ...VOICE_NAMES[v][lang],
    ...more.flatMap((kind) => VOICE_NAMES[v][kind][lang]),
  ]);
}

/** Each name, and after a name that opens with "the" the name without it ("the kremlin", "kremlin"); no repeats. */
export function withBareForms(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => (n.startsWith("the ") ? [n, n.slice(4)] : [n])))];
}

/** The Russian genitive forms of these voices, in order («пескова», «кремля», …). */
export function genitiveNames(voices: readonly RussianVoice[]): string[] {
  return voices.flatMap((v) => VOICE_NAMES[v].genitive.map(([genitive]) => genitive));
}

/** The nominative a Russian genitive of the table stands for («пескова» → «песков»), or undefined. */
export function nominativeOf(genitive: string): string | undefined {
  for (const v of Object.values(VOICE_NAMES)) for (const [g, n] of v.genitive) if (g === genitive) return n;
  return undefined;
}

/** A regexp alternation of the Russian stems of these voices, each with any letters after it: "(?:росси\\p{L}*|…)"
 * (a `u` regexp). */
export function stemsAlternation(voices: readonly RussianVoice[]): string {
  return `(?:${voices.flatMap((v) => VOICE_NAMES[v].stems.map((stem) => `${stem}\\p{L}*`)).join("|")})`;
}

/**
 * A regexp alternation of the names (non-capturing, escaped): "(?:russia|moscow|…)"; `space` stands for each space
 * of a name (a reader of unspaced text passes "\\s+").
 */
export function namesAlternation(names: readonly string[], space = " "): string {
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replaceAll(" ", space));
  return `(?:${escaped.join("|")})`;
}
