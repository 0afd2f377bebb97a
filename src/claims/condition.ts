// A condition the passage does not set, added to a claim whose words otherwise line up: "Peskov said the Kremlin
// aims to play a constructive role, BUT ONLY IF Washington steps aside", "Кремль готов помочь, ТОЛЬКО ЕСЛИ США
// отойдут в сторону". The article states no condition on anyone's words; a claim that makes them conditional
// changes what was said, however well the rest lines up (a fair paraphrase keeps them unconditional).

import { lean } from "../lib/lean-regexp.js";
import type { ClaimChange } from "./types.js";

/** Words that make what follows a condition of what precedes: "only if", "provided that", "при условии". */
const CONDITION = lean(
  /(?:^|[^\p{L}])((?:but\s+)?only\s+if|if\s+and\s+only\s+if|provided\s+that|providing\s+that|on\s+(?:the\s+)?condition\s+that|as\s+long\s+as|unless|(?:но\s+)?(?:только|лишь)\s+(?:если|при\s+условии)|если\s+только|при\s+условии|в\s+обмен\s+на)(?=$|[^\p{L}])/iu,
);

/** "added", the claim's condition words, when the claim sets a condition and the passage's paragraph sets none. */
export function addedCondition(claim: string, paragraph: string): ClaimChange | null {
  const m = CONDITION.exec(claim);
  if (m === null || CONDITION.test(paragraph)) return null;
  return { kind: "added", claimed: m[1] ?? "", article: "" };
}
