// A wish the claim puts on someone where the passage states none: "the US wants peace" of "Putin criticizes
// Washington for monopolizing peace efforts". "Wants" weighs nothing among the claim's words, so "US" and "peace"
// line up and the claim reads as a paraphrase, though nothing in the passage wants, seeks, needs or calls for
// anything. A claim of wanting needs a passage of intent ("the urgent need for …", "aims to", "seeks to",
// "readiness to", "stresses the importance of", someone's "interests"); without one it adds the wish: altered.

import { lean } from "../lib/lean-regexp.js";
import type { ClaimChange } from "./types.js";

/** The claim says someone wants something: want(s), wish(es), desire(s), would like, eager; хочет, желает. */
const WANTS = lean(
  /\b(wants?|wanted|wanting|wish(?:es|ed)?|desires?|desired|would\s+like|eager|longs?\s+for|yearns?\s+for)\b|(?:^|[^\p{L}])(хоч\p{L}*|хот(?:им|ите|ят|ел\p{L}*)|жела\p{L}*|мечта\p{L}*)(?=$|[^\p{L}])/iu,
);

/** The passage states an intent, a need or a call: what a claim of wanting may reword. */
const INTENT = lean(
  /\b(?:wants?|wish\w*|desire\w*|need\w*|aims?|aimed|seeks?|sought|striv\w*|hopes?|aspiration\w*|interests?|readiness|ready|calls?\s+for|urg\w*|emphasi[sz]\w*|stress\w*|importance|prioriti[sz]\w*|intend\w*|plans?|in\s+order\s+to|insist\w*)\b|(?:^|[^\p{L}])(?:хоч\p{L}*|хот(?:им|ите|ят|ел\p{L}*)|жела\p{L}*|нужн\p{L}*|необходим\p{L}*|потребност\p{L}*|стрем\p{L}*|стара\p{L}*|цел\p{L}*|намер\p{L}*|готов\p{L}*|призыв\p{L}*|призва\p{L}*|подчерк\p{L}*|важн\p{L}*|чаяни\p{L}*|надежд\p{L}*|наде\p{L}*|добива\p{L}*|приоритет\p{L}*|настаива\p{L}*)(?=$|[^\p{L}])/iu,
);

/** "The US wants peace" of a passage that wants nothing: the wish added; null when the passage states an intent. */
export function addedWanting(claim: string, clause: string): ClaimChange | null {
  const wants = WANTS.exec(claim);
  if (!wants || INTENT.test(clause)) return null;
  return { kind: "added", claimed: (wants[1] ?? wants[2]!).toLowerCase(), article: "" };
}

/** The change is a wish the claim adds (a want-word named), not a name or a cause. */
export function isAddedWish(change: ClaimChange): boolean {
  return change.kind === "added" && change.article === "" && WANTS.test(change.claimed);
}
