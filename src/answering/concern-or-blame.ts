// Putin's concern for the victims set against his blaming the US as an either-or ("does putin actually feel for the
// victims or does he only bash america", «путин вообще сочуствует пострадавшим или только сша ругает»): the article
// says both (deep concern over civilian casualties; blame on the failed US policy), so both halves are answered with
// the entry that holds both, Russia's position as Putin gives it. Read as typed, the stronger half won and the reply
// said only one (quality31, blind-ru60). Only when Putin is named, the message has "or" / «или», a word of concern
// for the victims and a word of blaming with the US. Bounded, anchored-free patterns tested one by one over at most 200 characters.

const MAX_LENGTH = 200;

const EN_PUTIN =
  /\b(?:putin|putin's|the\s+russian\s+(?:president|leader)|russia's\s+(?:president|leader))\b/i;
const EN_OR = /\bor\b/i;
const EN_CONCERN =
  /\b(?:concern(?:ed|s)?|cares?|caring|worr(?:y|ies|ied)|sympathi[sz](?:e|es|ed|ing)|sympathy|feels?\s+for|sorry\s+for|upset|empathi[sz]e|mourn(?:s|ing)?|grieve?s?|grieving|moved\s+by)\b/i;
const EN_BLAME =
  /\b(?:blam(?:e|es|ed|ing)|bash(?:es|ed|ing)?|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|attack(?:s|ed|ing)?|fault(?:s|ed|ing)?|slam(?:s|med|ming)?|rag(?:e|es|ing)\s+(?:on|at)|go(?:es)?\s+after|point(?:s|ing)?\s+(?:the\s+)?fingers?)\b/i;
/** Whom the concern is for: the victims (an unknown people, "the ukrainians", keeps the question as typed). */
const EN_VICTIMS =
  /\b(?:victims?|civilians?|casualt(?:y|ies)|dead|deaths?|dying|killed|people|lives|palestinians|israelis|gazans|innocents?|children|kids)\b/i;
const EN_US = /\b(?:us|usa|u\.s\.?|america|americans?|washington|united\s+states|the\s+states)\b/i;

const RU_PUTIN = /(?<!\p{L})путин\p{L}{0,3}(?!\p{L})/iu;
const RU_OR = /(?<!\p{L})или(?!\p{L})/iu;
const RU_CONCERN =
  /(?<!\p{L})(?:сочув?ству\p{L}{0,4}|сочувств\p{L}{0,4}|пережива\p{L}{0,4}|беспоко\p{L}{0,4}|обеспокоен\p{L}{0,3}|волну\p{L}{0,4}|жалко|жаль|жалеет|тревож\p{L}{0,4}|скорб\p{L}{0,4})(?!\p{L})/iu;
const RU_BLAME =
  /(?<!\p{L})(?:руга\p{L}{0,4}|вин\p{L}{0,4}|обвиня\p{L}{0,4}|критику\p{L}{0,4}|критикова\p{L}{0,4}|наезжа\p{L}{0,4}|упрека\p{L}{0,4}|клеймит|поносит)(?!\p{L})/iu;
const RU_VICTIMS =
  /(?<!\p{L})(?:пострадавш\p{L}{0,4}|погибш\p{L}{0,4}|погиба\p{L}{0,4}|жертв\p{L}{0,3}|мирн\p{L}{0,4}|гражданск\p{L}{0,4}|люд\p{L}{0,4}|палестинц\p{L}{0,3}|израильтян\p{L}{0,3}|дет\p{L}{0,3})(?!\p{L})/iu;
const RU_US =
  /(?<!\p{L})(?:сша|америк\p{L}{0,4}|штат\p{L}{0,3}|вашингтон\p{L}{0,3}|американц\p{L}{0,3})(?!\p{L})/iu;

function bothHalves(text: string, tests: readonly RegExp[]): boolean {
  return text.length <= MAX_LENGTH && tests.every((t) => t.test(text));
}

/** The English either-or as "what is russia's position on the conflict", or as it came. */
export function asConcernOrBlame(text: string): string {
  return bothHalves(text, [EN_PUTIN, EN_OR, EN_CONCERN, EN_VICTIMS, EN_BLAME, EN_US])
    ? "what is russia's position on the conflict"
    : text;
}

/** The Russian twin, as «какова позиция россии по конфликту». */
export function asRussianConcernOrBlame(text: string): string {
  return bothHalves(text, [RU_PUTIN, RU_OR, RU_CONCERN, RU_VICTIMS, RU_BLAME, RU_US])
    ? "какова позиция россии по конфликту"
    : text;
}
