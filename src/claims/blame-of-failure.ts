// Blame for a failure the article points at: "Putin criticized the US government for failing to address the
// interests of Palestinians", «Путин обвинил правительство США в том, что оно не учло интересы палестинцев»
// of "he highlights the US government's failure to address the interests of Palestinians". The verb of blame
// takes a side the passage's "highlights" does not name, so it stood as a stance change alone, and a fair
// paraphrase read as altered (or, said of another speaker, as not in the article rather than misattributed).
// Here a claim judged altered or not in the article whose stance change is a verb of blame the passage lacks,
// whose words after that verb name a failure, and whose passage itself gives a failure, is read again with the
// passage's verb of pointing out ("highlighted", «подчеркнул») in its place. The second reading stands unless
// it finds nothing: every other change (another actor, a dropped negation, a word swapped) is read as before,
// and a claim of blame for something the passage does not call a failure is left as it was.
// Every pattern is bounded: word lists, no nested repetition.
import type { ClaimChecker } from "./types.js";

/** English verbs of blame and the form of "highlight" each takes the place of. */
const ENGLISH_BLAME =
  /(?<![\p{L}-])(blam|criticiz|criticis|fault|accus|condemn|slamm|slam|reproach|rebuk|castigat)(e|es|s|ed|ing)?(?![\p{L}-])/iu;

/** Russian verbs of blame: обвинил, упрекает, раскритиковал, осудил, критикует … */
const RUSSIAN_BLAME =
  /(?<![\p{L}-])(обвини|обвиня|упрекну|упрека|раскритикова|критикова|критику|осуди|осужда)(л|ла|ло|ли|ет|ют|ет)?(?![\p{L}-])/iu;

/**
 * A failure named after the verb: failing, failed, not, never, without, ignored; не, провал, неспособн, and the
 * charge's nouns of a lack (verdict45): «игнорирование», «пренебрежение», «неучёт», «невнимание».
 */
const ENGLISH_FAILURE =
  /(?<![\p{L}-])(?:fail(?:s|ed|ing|ure)?|not|never|without|ignor(?:e|es|ed|ing)|overlook(?:s|ed|ing)?|neglect(?:s|ed|ing)?)(?![\p{L}-])|n['’]t(?![\p{L}])/iu;
const RUSSIAN_FAILURE =
  /(?<![\p{L}-])(?:не|ни|без|провал\p{L}*|неспособн\p{L}*|неудач\p{L}*|(?:про)?игнорир\p{L}*|пренебр\p{L}*|неуч[её]т\p{L}*|невнимани\p{L}*)(?![\p{L}-])/iu;

/** The passage itself gives a failure (the article's English). */
const PASSAGE_FAILURE = /(?<![\p{L}-])(?:fail(?:s|ed|ing|ure)?|overlooked|without)(?![\p{L}-])/iu;

/** The checker, a claim of blame over the passage's failure read with the passage's verb of pointing out. */
export function judgingBlameOfFailure(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" && verdict.verdict !== "not-in-article") return verdict;
    if (!verdict.span || !PASSAGE_FAILURE.test(verdict.span.text)) return verdict;
    const russian = /\p{Script=Cyrillic}/u.test(text);
    const blame = (russian ? RUSSIAN_BLAME : ENGLISH_BLAME).exec(text);
    if (!blame) return verdict;
    const word = blame[0].toLowerCase();
    const unbackedBlame = verdict.changes.some(
      (c) => c.kind === "stance" && c.article === "" && c.claimed.toLowerCase() === word,
    );
    if (!unbackedBlame) return verdict;
    const after = text.slice(blame.index + blame[0].length);
    if (!(russian ? RUSSIAN_FAILURE : ENGLISH_FAILURE).test(after)) return verdict;
    const verb = pointedOut(blame[2] ?? "", russian);
    const again = `${text.slice(0, blame.index)}${verb}${after}`;
    const read = check(again);
    if (read.verdict === "not-in-article" || read.verdict === "cannot-judge") return verdict;
    // The claim's own verb is not the passage's: never word for word.
    const kind = read.verdict === "verbatim" ? "paraphrase" : read.verdict;
    // The verb put in is this reading's, not the claim's: unbacked it is no word the claim adds (¶3's translation
    // says «указывает на то, что», not «подчёркивает»; verdict45).
    const unbacked = read.unbacked.filter((w) => foldYo(w) !== foldYo(verb));
    return {
      ...read,
      verdict: kind,
      exact: null,
      claim: verdict.claim,
      statement: verdict.statement,
      unbacked,
    };
  };
}

/** "highlight" in the tense of the blame's ending; «подчеркнул»/«подчёркивает» by the Russian one. */
function pointedOut(ending: string, russian: boolean): string {
  if (russian) return /^(?:ет|ют)$/u.test(ending) ? "подчёркивает" : "подчеркнул";
  const e = ending.toLowerCase();
  if (e === "ed") return "highlighted";
  if (e === "es" || e === "s") return "highlights";
  if (e === "ing") return "highlighting";
  return "highlight";
}

const foldYo = (w: string) => w.toLowerCase().replace(/ё/g, "е");
