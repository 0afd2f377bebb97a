// Others in Russia's peace role asked with Russia set aside ("who else besides russia has been mediating
// israeli-palestinian talks", "apart from moscow, which countries broker the talks", «кто кроме россии выступает
// посредником на переговорах»): the article's other mediators are Russia's partners in the Quartet, formed to
// facilitate the talks. Read as typed, the mediation word found how Moscow presents itself as an impartial mediator,
// the one party set aside (quality31, wave AP). Only a who/which question, Russia set aside with "besides" and its
// kin, and a word of mediating; anything else stays as typed. Bounded patterns over at most 160 characters: linear.

const MAX_LENGTH = 160;

const ENGLISH_WHO =
  /^\s*(?:(?:so|and|ok|okay|but)\s*,?\s+)*(?:(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to)\s+(?:russia|moscow|the\s+kremlin|kremlin|the\s+russians)\s*,?\s*)?(?:who|which|what)\b/i;
const ENGLISH_SET_ASIDE =
  /\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to)\s+(?:russia|moscow|the\s+kremlin|kremlin|the\s+russians)\b/i;
const ENGLISH_MEDIATING =
  /\b(?:mediat(?:e|es|ed|ing|ion|or|ors)|broker(?:s|ed|ing)?|go-?betweens?|middlem[ae]n|intermediar(?:y|ies)|facilitat(?:e|es|ed|ing|ors?))\b/i;

const RUSSIAN_WHO =
  /^\s*(?:(?:а|и|так|ну)\s+)*(?:(?:кроме|помимо)\s+(?:россии|москвы|кремля|рф)\s*,?\s*)?(?:кто|какие|какая|какое|каких)(?!\p{L})/iu;
const RUSSIAN_SET_ASIDE = /(?<!\p{L})(?:кроме|помимо)\s+(?:россии|москвы|кремля|рф)(?!\p{L})/iu;
const RUSSIAN_MEDIATING =
  /(?<!\p{L})(?:посредни\p{L}{0,6}|посреднича\p{L}{0,6}|содейств\p{L}{0,6}|помога\p{L}{0,4}\s+(?:на\s+)?переговор\p{L}{0,4})(?!\p{L})/iu;

/** The English question as "who is in the quartet besides russia", or as it came. */
export function asOtherMediators(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  return ENGLISH_WHO.test(text) && ENGLISH_SET_ASIDE.test(text) && ENGLISH_MEDIATING.test(text)
    ? "who is in the quartet besides russia"
    : text;
}

/** The Russian twin: «кто кроме россии посредничает» as «кто входит в квартет кроме россии». */
export function asRussianOtherMediators(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const lower = text.toLowerCase().replace(/ё/g, "е");
  return RUSSIAN_WHO.test(lower) && RUSSIAN_SET_ASIDE.test(lower) && RUSSIAN_MEDIATING.test(lower)
    ? "кто входит в квартет кроме россии"
    : text;
}
