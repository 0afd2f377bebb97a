// Whom Putin blames, checked with a party other than the US in English ("putin blamed the EU, right?", "so putin
// pins it on the european union?", "putin is blaming turkey, correct?"): the article's blame is on the United
// States, so the question is read as whom Putin blames — the entry that names the US answers it. Read as typed,
// the guessed party's words pulled up its own entries (the Quartet, the call with Erdogan) or left the question
// between them and the blame. The English twin of russian/blamed-party.ts. Not when the US is named ("did putin
// blame washington?" is the blame itself), and not when someone else blames Putin ("does hamas blame putin?").
import { lean } from "../lib/lean-regexp.js";

const PUTIN = lean(/\b(?:putin|the\s+russian\s+(?:president|leader))\b/i);
/** A verb of blaming, in its everyday forms. */
const BLAMES = lean(
  /\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|hold(?:s|ing)?\s+(?:\w+\s+){0,3}?(?:responsible|accountable)|held\s+(?:\w+\s+){0,3}?(?:responsible|accountable)|pin(?:s|ned|ning)?\s+(?:it|this|that|the\s+blame|everything)\s+on|point(?:s|ed|ing)?\s+(?:the\s+|his\s+)?fingers?\s+at)\b/i,
);
/** The party the article's blame is on, as the question may name it. */
const US = lean(
  /\b(?:us|u\.s\.?|usa|u\.s\.a\.?|united\s+states|america|americans?|washington|white\s+house|state\s+department|biden|trump|obama)\b/i,
);
/** A party guessed instead: the story's others and the region's usual names. */
const OTHER_PARTY = lean(
  /\b(?:eu|e\.u\.?|european\s+union|europe|europeans?|un|u\.n\.?|united\s+nations|nato|turkey|turkish|t[uü]rkiye|erdogan|israel|israelis?|netanyahu|hamas|palestinians?|iran|iranians?|ukraine|ukrainians?|quartet|egypt|qatar|saudis?|saudi\s+arabia|syria|hezbollah|china|britain|uk|the\s+west|western\s+countries)\b/i,
);

/** Whether an English question checks that Putin blames a party other than the US. */
export function checksOtherBlamed(text: string): boolean {
  if (text.length > 160 || US.test(text)) return false;
  const putin = PUTIN.exec(text);
  const verb = BLAMES.exec(text);
  if (!putin || !verb || !OTHER_PARTY.test(text)) return false;
  // Putin blames: he stands before the verb ("putin blamed…", "does putin blame…"), not after it ("…blame putin").
  return putin.index < verb.index;
}

/** The question read as whom Putin blames, or as it came. */
export function asBlamedOther(text: string): string {
  return checksOtherBlamed(text) ? "who does putin blame" : text;
}
