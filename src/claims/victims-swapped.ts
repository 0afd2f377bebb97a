// Whose casualties: the passage counts civilians ("the rising number of civilian casualties in Israel and the Gaza
// Strip"), the claim puts soldiers in their place, after the noun where replaced-words.ts does not look ("casualties
// among israeli soldiers", «жертвы среди израильских военных»). Every other word lines up ("Israeli soldiers" with
// "the Israeli military" of the sentence's first clause), so the claim was confirmed (wave AP, claims-blind47).
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChange } from "./types.js";

const ARMED_EN = "soldiers?|troops|military|army|servicem[ae]n|fighters|militants|combatants|forces";
const ARMED_RU = "военн\\p{L}*|солдат\\p{L}*|военнослужащ\\p{L}*|боевик\\p{L}*|арми\\p{L}*";
const LOSS_EN = "casualt(?:y|ies)|deaths?|dead|killed|victims?|losses|fatalities|wounded";
const LOSS_RU = "(?:жертв|потер|погибш|гибел|убит|ранен)\\p{L}*";

/** Losses of the armed, the armed word in group 1 or 2: "casualties among soldiers", "troops' losses", «жертвы среди военных». */
const ARMED_LOSSES = lean(
  new RegExp(
    `(?:^|[^\\p{L}])(?:(?:${LOSS_EN}|${LOSS_RU})\\s+(?:(?:among|of|in|within|среди|у)\\s+)?(?:the\\s+)?(?:ranks\\s+of\\s+(?:the\\s+)?)?(?:[\\p{L}-]+\\s+){0,2}?(${ARMED_EN}|${ARMED_RU})|(${ARMED_EN}|${ARMED_RU})(?:['’]s?)?\\s+(?:casualt(?:y|ies)|deaths|losses|fatalities|dead|потер\\p{L}*|жертв\\p{L}*))(?=$|[^\\p{L}])`,
    "iu",
  ),
);
const CIVILIAN = /(?:^|[^\p{L}])(civilians?|мирн\p{L}*|гражданск\p{L}*)(?=$|[^\p{L}])/iu;

/** The armed put in the place of the passage's civilian victims; null when the claim keeps the civilians. */
export function victimsSwapped(text: string, sentence: string): ClaimChange | null {
  const civilian = CIVILIAN.exec(sentence);
  if (!civilian || CIVILIAN.test(text)) return null;
  const armed = ARMED_LOSSES.exec(text);
  if (!armed) return null;
  return { kind: "replaced", claimed: (armed[1] ?? armed[2])!, article: civilian[1]! };
}
