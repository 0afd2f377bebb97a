// What depends on an article unit alone, made on its first claim and shared after: its tokens, its words with a
// capital (roles.ts), and a relative clause's words after those of its sentence. Every reader only reads them.
import type { Lexicon, Token } from "../answering/lexicon.js";
import type { Word } from "./claim-words.js";
import { RELATIVE_CLAUSE } from "./reading.js";
import { capitalStems } from "./roles.js";
import type { ArticleUnit } from "./units.js";

export interface UnitMemo {
  unitTokens: (unit: ArticleUnit) => Token[];
  unitCapitals: (unit: ArticleUnit) => Set<string>;
  /** A relative clause's words after those of its sentence before it (whom "which" stands for); else its own. */
  withAntecedent: (clause: ArticleUnit) => Word[];
}

export function unitMemo(units: ArticleUnit[], lexicon: Lexicon): UnitMemo {
  const antecedentMemo = new WeakMap<ArticleUnit, Word[]>();
  const tokensMemo = new WeakMap<ArticleUnit, Token[]>();
  const capitalsMemo = new WeakMap<ArticleUnit, Set<string>>();
  const antecedentWordsOf = (clause: ArticleUnit): Word[] => {
    if (!RELATIVE_CLAUSE.test(clause.text)) return clause.words;
    const sentence = units.find(
      (u) => !u.whole && u.paragraph === clause.paragraph && u.end === clause.end && u.start < clause.start,
    );
    return sentence
      ? [...sentence.words.slice(0, sentence.words.length - clause.words.length), ...clause.words]
      : clause.words;
  };
  return {
    unitTokens: (unit) => once(tokensMemo, unit, () => lexicon.tokensOf(unit.text)),
    unitCapitals: (unit) => once(capitalsMemo, unit, () => capitalStems(unit.text)),
    withAntecedent: (clause) => once(antecedentMemo, clause, () => antecedentWordsOf(clause)),
  };
}

/** `memo`'s value for `key`, made by `make` the first time. */
function once<K extends object, V>(memo: WeakMap<K, V>, key: K, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    memo.set(key, value);
  }
  return value;
}
