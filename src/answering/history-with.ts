// A side's history with another ("does the russian government have a history with the palestinians?", "what's
// moscow's track record with hamas", "any past dealings with israel?"): the article's long-standing ties (with the
// Palestinians, Hamas) and common ground (with Israel). "history" and "track record" are not the knowledge base's
// words, so the question was refused as unsure; read as the ties with that side.
import { lean } from "../lib/lean-regexp.js";

const HISTORY = lean(
  /\b(?:a\s+|any\s+|some\s+|long\s+|a\s+long\s+|its\s+|their\s+)?(?:shared\s+)?(?:history|track\s+record|past\s+(?:dealings|relations|ties)|background)\s+(?:with|of\s+(?:ties|relations|dealings)\s+with)\b/gi,
);

/** The question with a history with a side read as ties with it, or as it came. */
export function asHistoryWith(text: string): string {
  return text.replace(HISTORY, "ties with");
}
