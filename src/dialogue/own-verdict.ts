// A curated answer may open with its own "Yes." / "Нет,": the verdict on the entry's own question, which a
// verdict line replaces and a question that is not yes/no does not want.
import type { Lang } from "../answering/types.js";
import type { YesNo } from "./types.js";

const VERDICT: Record<Lang, Record<YesNo, string>> = {
  en: { yes: "Yes.", no: "No.", "not-said": "The article doesn't say." },
  ru: { yes: "Да.", no: "Нет.", "not-said": "В статье об этом не сказано." },
};

/** The yes/no line as plain text (the bot says it through its locale files). */
export const verdictWord = (verdict: YesNo, lang: Lang): string => VERDICT[lang][verdict];

const OWN_VERDICT = /^(yes|no|да|нет)[.,!:;—–-]\s*/iu;

/** An answer's opening "Yes." / "No:" / "Да." / "Нет,", which a verdict line replaces; capitalised again. */
export function withoutOwnVerdict(text: string): string {
  const rest = text.replace(OWN_VERDICT, "");
  return rest === text ? text : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** The verdict an answer opens with by itself, if any. */
export function ownVerdictOf(text: string): YesNo | null {
  const word = OWN_VERDICT.exec(text)?.[1]?.toLowerCase();
  return word === "yes" || word === "да" ? "yes" : word === "no" || word === "нет" ? "no" : null;
}
