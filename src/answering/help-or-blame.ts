// Russia's wish to help set against its blaming the US as an either-or ("is russia saying it wants to help or just
// throwing shade at the US?", "does the kremlin want to help or is it just pointing fingers at washington?", "is
// moscow only bashing america or does it really want to assist?"): the asked thing is Russia's role, which the
// article gives (Peskov: the Kremlin aims to play a constructive role and seeks to assist in finding a settlement;
// the Kremlin's readiness to contribute). Read as typed, the blame half won and the reply went to the author's view of
// the blame (quality44, wave BU). Read as "what role does the kremlin want to play" only when Russia is named, the
// message has "or", a word of helping and a word of blaming with the US named after Russia. Bounded patterns tested
// one by one over at most 200 characters.

const MAX_LENGTH = 200;

const RUSSIA =
  /\b(?:russia|russians?|moscow|the\s+kremlin|kremlin|putin|peskov|the\s+russian\s+(?:government|president|leader))\b/i;
const OR = /\bor\b/i;
const HELP =
  /\b(?:help(?:s|ing|ful)?|assist(?:s|ing|ance)?|constructive|mediat(?:e|es|ing|or)|contribut(?:e|es|ing)|broker(?:ing)?|peacemak(?:er|ing)|make\s+peace|be\s+useful)\b/i;
/** Blaming, with the chat idioms for it: "throwing shade at", "pointing fingers at", "dissing", "dunking on". */
export const BLAME_WORDS =
  /\b(?:blam(?:e|es|ed|ing)|bash(?:es|ed|ing)?|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|attack(?:s|ed|ing)?|fault(?:s|ed|ing)?|slam(?:s|med|ming)?|(?:throw(?:s|ing)?|threw|toss(?:es|ing)?)\s+shade|shad(?:e|ing)\s+(?:at|on)|diss(?:es|ed|ing)?|dunk(?:s|ed|ing)?\s+on|trash(?:es|ed|ing)?|rag(?:e|es|ing)\s+(?:on|at)|go(?:es)?\s+after|point(?:s|ing)?\s+(?:the\s+)?fingers?|take\s+(?:pot\s*)?shots|taking\s+(?:pot\s*)?shots)\b/i;
export const US_NAMES =
  /\b(?:us|usa|u\.s\.?|america|americans?|washington|united\s+states|the\s+states|the\s+west)\b/i;

/** The English either-or as "what role does the kremlin want to play", or as it came. */
export function asHelpOrBlame(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  if (![OR, HELP, BLAME_WORDS].every((t) => t.test(text))) return text;
  // Russia is the one helping or blaming: named before the US ("does the us want to help or just blame russia's
  // friends?" asks of the US).
  const russiaAt = text.search(RUSSIA);
  const usAt = text.search(US_NAMES);
  return russiaAt >= 0 && usAt > russiaAt ? "what role does the kremlin want to play" : text;
}
