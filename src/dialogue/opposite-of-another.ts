// "Has Turkey cut off trade with Israel?": the claim checker read "cut off" against "shares common ground with
// Israel" — an opposite, but of Russia's passage; the question's doer (Turkey) is a party that passage neither
// names nor speaks through. Another party's deed held against Russia's words is no No: the article does not say
// what Turkey did (blind88; quality39). Read by verdict-read.ts before it turns a contradiction into No.
import type { ClaimVerdict } from "../claims/index.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";

/** The statement opens with a party ("turkey …", "the eu …"): its doer. */
const OPENING = /^(?:the )?/;

/**
 * The statement's doer is a party its passage neither mentions nor has among the passage's voices, so an opposite
 * or negation the checker found there is said of someone else. Russia is spoken for by its voices (Putin, the
 * Kremlin, Peskov, the Foreign Ministry): it never counts as another doer.
 */
export function oppositeOfAnother(
  statement: string,
  checked: Pick<ClaimVerdict, "span" | "sources">,
  parties: Parties,
): boolean {
  const span = checked.span?.text.toLowerCase();
  if (!span) return false;
  const at = OPENING.exec(statement)?.[0].length ?? 0;
  const doer = partyMentions(parties, statement).find((m) => m.start === at);
  if (!doer || doer.id === "russia" || doer.id === "both") return false;
  if (partyMentions(parties, span).some((m) => m.id === doer.id)) return false;
  return !checked.sources.some((s) => s.speakerId === doer.id);
}
