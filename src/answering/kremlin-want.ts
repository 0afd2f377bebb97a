// What the Kremlin wants done about the fighting ("what does the kremlin want done about the fighting right now",
// "what would the kremlin like to see happen with the violence"): Russia's whole stance on it, Putin's call for a
// ceasefire beside the Kremlin's readiness to help (readers.ts). Read as typed, "kremlin" found only the
// Kremlin's own entry, its readiness to help reach a settlement, without the ceasefire Putin urged.

const WANT_ABOUT_FIGHTING =
  /\b(the\s+)?kremlin(\s+(?:really\s+)?(?:want|wants|wanted|like|would\s+like|hope|hopes|hoping|expect|expects|propose|proposes|suggest|suggests|urge|urges|call\s+for|calls\s+for)\b(?:\s+(?:done|to\s+happen|to\s+see(?:\s+happen)?|to\s+be\s+done))?\s+(?:about|with|regarding|concerning|on|over|for)\s+(?:the\s+|this\s+|all\s+the\s+|all\s+this\s+)?(?:fighting|violence|war|conflict|bloodshed|situation|crisis|hostilities|escalation)\b)/gi;

/** The question with the Kremlin's want about the fighting read as Russia's, or as it came. */
export function asKremlinWant(text: string): string {
  if (text.length > 400 || !/kremlin/i.test(text)) return text;
  return text.replace(WANT_ABOUT_FIGHTING, (_m, _the: string | undefined, rest: string) => `russia${rest}`);
}
