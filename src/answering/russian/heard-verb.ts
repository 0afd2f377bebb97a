// A verb spelt by ear with an unstressed о written а ("званил", "пазвонил", "гаварит"): the misspelt form can
// still end like a verb and share its stem with a dictionary word ("зван-" as in званый), so the gate calls it
// common and the typo fixer leaves it. Only verb forms of the -ить class (-ил, -ила, -или, -ит, -ят, -ить) are
// tried, the forms whose о a reader hears as а; each а in turn, then all of them, as о.

const VERB_ENDING = /(?:ил|ила|или|ило|ит|ят|ить|ишь)$/;

/** Candidate spellings of a Russian verb form with а heard for о; empty when the word is not such a form. */
export function heardVerbVariants(word: string): string[] {
  if (word.length < 5 || !VERB_ENDING.test(word) || !word.includes("а")) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++)
    if (word[i] === "а") out.add(`${word.slice(0, i)}о${word.slice(i + 1)}`);
  out.add(word.replace(/а/g, "о"));
  return [...out];
}
