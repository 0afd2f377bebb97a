// An organisation's acronym that spells an English word ("what does the WHO report about gaza?"): typed in capitals
// after "the", it is that organisation, not the question word; read lower-case it made the question ask "who"
// about Gaza and took the story's answer on who is fighting. Spelt out, the name is one the article never
// mentions and the question is refused as any other outside party's.

/** Acronyms that are English words too, with the name they stand for. */
const SPELT_OUT: Record<string, string> = { WHO: "World Health Organization" };

const CAPS_AFTER_THE = /\b([Tt]he\s+)(WHO)\b(?!\s+(?:IS|ARE|WAS|DID|DOES)\b)/g;

/** The question with such an acronym spelt out. */
export function withAcronymSpeltOut(text: string): string {
  return text.replace(
    CAPS_AFTER_THE,
    (_, the: string, acronym: string) => `${the}${SPELT_OUT[acronym] ?? acronym}`,
  );
}
