// Putin's blame for the violence checked on one of the story's own parties, yes/no ("Is it true Putin blamed
// Erdogan for the war?", "Is Putin blaming the Palestinians for this?", "putin holds israel responsible for all
// this, right?"; wave BS and blind91, quality42). The article has him see the surge in violence as the failure of
// US policy, so the party guessed for it is a wrong party in the blame's slot: the answer is marked for the yes/no
// layer's No (wrong-party-reading.ts), as an off-story party is (wrong-party.ts). A story party is no off-story
// word, so wrong-party.ts never sees it; blamed-other.ts already reads such a question as whom Putin blames. Only
// with the violence (or "this", "everything") as the matter: bare ("does putin blame israel?") or for another
// matter ("for standing in the way of a settlement") the article does not settle it, and the verdict stays the
// claim checker's.
import { lean } from "../lib/lean-regexp.js";
import { checksOtherBlamed } from "./blamed-other.js";
import { asksYesNo } from "./wrong-party.js";

/** The matter of the blame: the violence, the war, or "this" / "everything" standing for it. */
const FOR_VIOLENCE = lean(
  /\b(?:for|over)\s+(?:(?:all|the\s+whole|the\s+entire)\s+(?:of\s+)?)?(?:(?:this|that|it(?:\s+all)?|everything)(?!\s+\w*(?:policy|policies|stance|view|role|talks?|call|deal)\b)|(?:the|this|that|all\s+the|all\s+this)\s+(?:(?:latest|recent|new|current|whole|ongoing)\s+)?(?:war|violence|escalation|conflict|fighting|bloodshed|crisis|surge|flare-?up|mess|killings?|deaths|casualties))\b/i,
);

/** Whether an English question checks, yes/no, that Putin blames one of the story's other parties for the violence. */
export function blamedForViolence(text: string): boolean {
  if (text.length > 160 || !checksOtherBlamed(text) || !FOR_VIOLENCE.test(text)) return false;
  const plain = text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[?!.…]+/gu, " ")
    .trim();
  return asksYesNo(plain.replace(/\s+/g, " "), "en", text.trim().endsWith("?"));
}
