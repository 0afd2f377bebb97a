// Kind: "also" between a subject and "have ties" — "does it also have ties with the palestinians in general?" after
// Russia's ties with Hamas. The engine split the message at "also" into two asks, "does it" (refused) and "have ties
// with the palestinians" (d70-23#3): two replies, the first a refusal. Without the "also" the question reads whole,
// and "it" goes to the last voice as any pronoun does; the ties card answers whether the party is one more.

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { fold } from "./language.js";

const ALSO_TIES = new RegExp(
  `^((?:(?:and|so|ok|okay|but)[, ]+)*(?:does|do|did|has|have) ${namesAlternation(["it", "he", "they", ...voiceNames(RUSSIA_AS_PARTY, "en"), ...voiceNames(["putin"], "en")])}) (?:also|too) ((?:have|has|had|keep|maintain|share) (?:any |some |long-standing |longstanding |close )?(?:ties|links|relations|relationships|contacts|connections|a relationship|a connection|a link)\\b)`,
  "u",
);

/** The message with its splitting "also" dropped, or null. */
export function alsoTiesOf(text: string): string | null {
  const t = fold(text).trim();
  if (t.length > 160) return null;
  const m = ALSO_TIES.exec(t);
  if (!m) return null;
  // fold() drops the question mark, which says the message asks.
  return `${m[1]} ${t.slice(m[0].length - (m[2]?.length ?? 0))}${/\?\s*$/u.test(text) ? "?" : ""}`;
}
