// A noun spelt by ear ("эскалацыя", "пазицыю", "ситуацыя"): "ы" written after "ц" where the word has "и", and an
// unstressed "о" written "а". The misspelt form is no dictionary word, so the gate read it as an unknown name and
// refused the question ("какую пазицыю занимает мид") — but edit distance alone was too far for two slips. Only a
// word the dictionary lacks is tried (a real word is never turned into another); a candidate counts only when the
// knowledge base knows it (lexicon-typos.ts). Verbs heard so are heard-verb.ts's.

/** Candidate spellings: "цы" as "ци", then each "а" in turn, then all of them, as "о"; empty when none apply. */
export function heardNounVariants(word: string, isDictionaryWord: (w: string) => boolean): string[] {
  if (word.length < 5 || isDictionaryWord(word)) return [];
  const base = word.replace(/цы/g, "ци");
  const out = new Set<string>(base === word ? [] : [base]);
  for (let i = 0; i < base.length; i++)
    if (base[i] === "а") out.add(`${base.slice(0, i)}о${base.slice(i + 1)}`);
  if (base.includes("а")) out.add(base.replace(/а/g, "о"));
  return [...out];
}

/** A surname's -ов/-ев heard at the word's end as "ф" and typed so, often doubled as in "-off" ("пескофф",
 * "пескоффа"): two edits from the name, past the typo fixer's one (quality-ru48). */
const SURNAME_HEARD = /^(\p{L}{3,}?)([оеёэ])ф{1,2}(а|у|ым|ом|е)?$/u;

/** The surname as written ("пескофф" -> "песков"); empty when the word has no such ending. */
export function heardSurnameVariants(word: string): string[] {
  const m = SURNAME_HEARD.exec(word);
  if (m === null) return [];
  const vowel = m[2] === "о" ? "о" : "е";
  return [`${m[1]}${vowel}в${m[3] ?? ""}`];
}
