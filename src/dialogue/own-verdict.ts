// A curated answer may open with its own "Yes." / "Нет,": the verdict on the entry's own question, which a
// verdict line replaces and a question that is not yes/no does not want.
import type { YesNo } from "./types.js";

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
