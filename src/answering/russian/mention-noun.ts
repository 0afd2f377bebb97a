// The mention asked as a noun («Есть ли в статье упоминание Евросоюза?», «есть ли в тексте упоминания о ХАМАС?»): read
// as the verb the lexicon and the mention verdict know, «упоминается ли в статье Евросоюза». Read as typed,
// «упоминание» was no word of the knowledge base and the question was left unsure (quality47ru).

const MENTION_NOUN =
  /^(\s*(?:(?:а|и|так)[, ]+)?)есть ли (?:в|во) (статье|тексте) (?:хоть какое-то |какое-нибудь |хоть одно )?(?:упоминани[ея]|упоминаний) (?:(?:о|об|обо|про) )?/iu;

/** The question with the mention as a verb, or as it came. */
export function withMentionNounAsVerb(text: string): string {
  if (text.length > 160) return text;
  return text.replace(MENTION_NOUN, (_m, lead: string, where: string) => `${lead}упоминается ли в ${where} `);
}
