// Chat slang around an English question (wave CB, quality51): "yo whats the kremlin's game plan here fr", "ngl who
// does putin blame tbh", "lowkey why is russia mad at the us lol", "does moscow talk to hamas no cap". The words are
// filler (words.ts lists most), but readers anchored on the question's whole shape ("whats the kremlin's game plan
// here", plan-asked.ts) did not see the shape with them around it, and the plan's gap card refused the question.
// Taken off: a slang opener before a question word or an auxiliary, and slang tails at the end (any number, with
// their commas and "tho"). "for real" inside a question ("is the ceasefire for real?") is left: only "fr" and the
// tails below, after the question's last word.

/** Slang that closes a question and says nothing: "fr", "frfr", "ngl", "tbh", "no cap", "lol", "bro"… */
const TAIL = String.raw`(?:fr(?:fr)?|ngl|tbh|tbf|imo|imho|no\s+cap|deadass|lol+|lmao+|rofl|haha+|bro|bruh|bruv|fam|dude|lowkey|highkey|smh|fr\s+tho|tho|though\s+fr)`;
const TAILS = new RegExp(String.raw`(?:[\s,;.!-]+${TAIL})+\s*([?!.]*)\s*$`, "iu");
/** Slang that opens a question: "yo", "ngl", "tbh", "lowkey", "bro", "deadass", "fr" — before a question's start. */
const OPENER = String.raw`(?:yo+|ngl|tbh|tbf|lowkey|highkey|bro|bruh|fam|deadass|fr)`;
const QUESTION_START = String.raw`(?=(?:does|do|did|is|are|was|were|can|could|will|would|has|have|should|who|whom|what|whats|what's|which|why|how|when|where|wheres|hows|whys)\b)`;
const OPENERS = new RegExp(String.raw`^\s*(?:${OPENER}[\s,;.!:-]+)+${QUESTION_START}`, "iu");

/** The question without its slang opener and tails, or as it came. */
export function withoutSlangTails(text: string): string {
  if (text.length > 200) return text;
  const tailless = text.replace(TAILS, (_m, end: string) => end || "");
  const bare = tailless.replace(OPENERS, "");
  return bare.trim() === "" ? text : bare;
}
