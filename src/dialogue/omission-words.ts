// The words of an omission asked ("did he forget to mention…", "leave out", "omit", "Путин умолчал о…"): read by
// omitted-mention.ts (Yes on evidence denying that mention) and denied-mention.ts (which leaves such a question
// alone: "forget to mention" holds "mention", but it asks whether he did not). "молчит о …" is one too
// (quality-ru50: "путин молчит о палестинцах?" was the mention entry's "Да", "…о роли россии?" its "Нет").
const OMISSION_EN =
  /(?<!\p{L})(?:(?:forg[eo]t(?:s|ten)?|neglect(?:s|ed)?|fail(?:s|ed)?) to (?:mention|bring up|talk about|say anything about)|(?:leave|leaves|left) out|omit(?:s|ted)?|skip(?:s|ped)?(?: over)?|gloss(?:es|ed)? over|(?:keep|keeps|kept|stay|stays|stayed|remain(?:s|ed)?) (?:quiet|silent) (?:about|on)|(?:is|was|are|were) (?:he |she |they |putin )?silent (?:about|on))(?!\p{L})/u;
const OMISSION_RU =
  /(?<!\p{L})(?:молчит|молчал\p{L}*|помалкива\p{L}*|отмалчива\p{L}*|умолчал\p{L}*|умалчива\p{L}*|промолчал\p{L}*|обош[её]л\p{L}* стороной|забыл\p{L}* (?:упомянуть|сказать|рассказать|про|о|об)|не стал\p{L}* (?:упоминать|говорить))(?!\p{L})/u;

/** The omission's words in a lower-case question, or null. */
export function omissionIn(folded: string): RegExpExecArray | null {
  return OMISSION_EN.exec(folded) ?? OMISSION_RU.exec(folded);
}

export const omissionAsked = (folded: string): boolean => omissionIn(folded) !== null;
