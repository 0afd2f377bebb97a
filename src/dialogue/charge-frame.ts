// A charge and its matter in a yes/no question (verdict45): "does putin criticize washington for not taking the
// palestinians' interests into account?", «Путин упрекает Вашингтон за то, что тот не учёл интересы палестинцев?»,
// «… обвиняет США в том, что они не …». A negation after the verb of charge and the word that opens its matter
// ("for", "of", "over"; «за», «в») is the charge's own content — what the party is charged with — not the asker's
// denial. loaded-negation.ts reads such a question as it stands (the charge checked against the evidence), not
// through its "positive" with the charge's «не» taken out, which asked whether he faults the US for taking them into
// account and answered «Нет, не учел.» to a charge the article makes. Plain tests, linear on the text.

/** Verbs of charge (and of praise, its mirror: "praises the us for not …"), English and Russian, by stem. */
const CHARGE_VERB =
  /(?<!\p{L})(?:blam\p{L}*|criti[cs]\p{L}*|fault\p{L}*|accus\p{L}*|condemn\p{L}*|slam\p{L}*|rebuk\p{L}*|reproach\p{L}*|castigat\p{L}*|prais\p{L}*|commend\p{L}*|критик\p{L}*|раскритик\p{L}*|упрек\p{L}*|обвин\p{L}*|осужд\p{L}*|осуди\p{L}*|вин(?:ит|ят|ил\p{L}*)|порица\p{L}*|хвал\p{L}*|похвал\p{L}*)(?!\p{L})/u;
/** The word that opens the charge's matter after its verb and target. */
const MATTER = /(?<!\p{L})(?:for|of|over|за|в)(?!\p{L})/u;
/** The first negation of the question. */
const NEGATION = /(?<!\p{L})(?:not|never|не|ни)(?!\p{L})|n't(?!\p{L})/u;
const MAX_CHARS = 300;

/**
 * The question's first negation stands inside the matter of a charge: after a verb of charge and, past it, the word
 * opening the matter. `text` lower case.
 */
export function negationInCharge(text: string): boolean {
  if (text.length > MAX_CHARS) return false;
  const negation = NEGATION.exec(text);
  if (!negation) return false;
  const before = text.slice(0, negation.index);
  const verb = CHARGE_VERB.exec(before);
  return verb !== null && MATTER.test(before.slice(verb.index + verb[0].length));
}
