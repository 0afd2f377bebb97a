// "What did the White House spokesman say?", "what did the Israeli press secretary promise?": the spokesperson of a
// party other than Russia's. The article quotes one spokesperson, Peskov, so the role word alone found his entry
// and the words of the Kremlin were given as the White House's. Read as the party itself ("what did the White
// House say?"): what the article reports of that party, or its gap entry ("the article doesn't report any US
// response"). Russia's own (the Kremlin's, Moscow's, Putin's) is party-by-role.ts's.
import { leanRegExp } from "../lib/lean-regexp.js";

/** Parties that are not Russia's, as typed (lower case, a possessive allowed after them). */
const OTHER_PARTY =
  "(?:white\\s+house|state\\s+department|pentagon|u\\.?s\\.?|us|usa|american|america|washington|israeli|israel|idf|turkish|turkey|ankara|hamas|palestinian|un|united\\s+nations|eu|european\\s+union|egyptian|egypt|iranian|iran|chinese|china|ukrainian|ukraine|british|uk|french|german|saudi|qatari|jordanian|hezbollah|nato)";
const ROLE =
  "(?:spokes(?:man|woman|person|people)|press\\s+(?:secretary|guy|officer|office|spokesman)|mouthpiece)";

const SPOKESMAN_OF = leanRegExp(
  `\\b((?:the\\s+)?${OTHER_PARTY})(?:'s|s')?\\s+(?:government\\s+|official\\s+)?${ROLE}\\b`,
  "gi",
);

/** The question with another party's spokesperson read as that party, or as it came. */
export function asOtherSpokesman(question: string): string {
  return question.replace(SPOKESMAN_OF, (_m, party: string) => party);
}
