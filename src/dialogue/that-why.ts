// Kind: a negated consequence offered as the last answer's result — "is that why israel doesnt trust moscow?",
// "so that's why the palestinians don't get a state?", «поэтому израиль не доверяет москве?», «и из-за этого
// палестинцы не получили государство?». The claim checker read the asker's negation against the evidence's
// positive sentence (Russia's common ground with Israel) and answered a false No (en-19#3, d55-24#3); but the
// article gives no such result, so neither it nor its cause can be denied there: the article doesn't say. Only a
// negated clause: "is that why russia is on israel's side?" is a claim the evidence may settle, and stays as read.

const THAT_WHY_EN =
  /^(?:(?:and|so|but|ok|okay|hm+|wait)[, ]+)*(?:is that|is this|was that|that's|thats|that is) why (.+)$/u;
const THAT_WHY_RU =
  /^(?:(?:а|и|так|ну|значит|и что)[, ]+)*(?:поэтому|из-за этого|вот почему|потому и|и поэтому) (.+)$/u;
const NEGATED_EN =
  /(?<!\p{L})(?:not|never|no longer)(?!\p{L})|n'?t(?!\p{L})|(?<!\p{L})(?:doesnt|dont|didnt|isnt|arent|wont|cant)(?!\p{L})/u;
const NEGATED_RU = /(?<!\p{L})(?:не|нет|никогда)(?!\p{L})/u;

/** "is that why X doesn't …?": the article gives no such result, so doesn't say; else null. */
export function thatWhyVerdict(plain: string): "not-said" | null {
  const folded = plain
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/’/g, "'")
    .replace(/[?!.\s]+$/u, "")
    .trim();
  if (folded.length > 120) return null;
  const en = THAT_WHY_EN.exec(folded)?.[1];
  if (en) return NEGATED_EN.test(en) ? "not-said" : null;
  const ru = THAT_WHY_RU.exec(folded)?.[1];
  return ru && NEGATED_RU.test(ru) ? "not-said" : null;
}
