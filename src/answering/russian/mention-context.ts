// "в какой связи Путин упоминает США", "к чему Путин приплёл Америку": asking why or in what connection someone
// mentions a thing asks what they say of it. The question is read as "что Путин говорит о США" (with the phrase
// dropped as a stop phrase, the mention verb stood for a bare "said", which the what-was-said entries do not
// meet). A mention denied ("к чему Путин не упоминает…") is left as typed: that asks about the omission.

const ASKS_CONTEXT = /(?:^|\s)(?:в какой связи|в каком контексте|в связи с чем|к чему|зачем)(?=\s)/;

/** Verbs of mentioning someone does; a "о"/"об"/"про" after one is taken with it. The passive ("в каком контексте
 * упоминается Турция") is left to the stop phrase: the article's mention of a name is what it asks. */
const MENTION_VERB =
  /(?<=^|\s)(?:упоминает|упомянул[аио]?|упоминал[аио]?|упоминают|упомянули|вспоминает|вспомнил[аио]?|вспоминают|приплел[аио]?|приплёл|приплетает|приплели|заговорил[аио]?)(?:\s+(?:о|об|про))?(?=\s|$)/;

/** The question as what is said of the thing mentioned, or as typed. */
export function asRussianMentionContext(text: string): string {
  const context = ASKS_CONTEXT.exec(text);
  if (context === null) return text;
  const rest = text.slice(context.index + context[0].length);
  const verb = MENTION_VERB.exec(rest);
  if (verb === null || /(?:^|\s)не\s*$/.test(rest.slice(0, verb.index))) return text;
  const before = text.slice(0, context.index);
  return `${before} что${rest.slice(0, verb.index)}говорит о${rest.slice(verb.index + verb[0].length)}`
    .replace(/\s+/g, " ")
    .trim();
}
