// A speaker's words characterised as against a party ("are putin's comments anti-american?", "is putin hostile
// toward washington", "does he sound anti-western"): read as "critical of the us", which the article answers with
// the blame of US policy. Read as typed, "anti" was an unknown name and the question was refused. The article's
// West is the US (the Quartet's other members are never criticised), so "western" reads as the US too.

/** "anti-american", "anti us", "anti-western", "anti washington". */
const ANTI = /\banti[-\s]?(?:american|america|us|usa|u\.s\.|washington|western|west)\b/gi;

/** "hostile/unfriendly/antagonistic to(wards) america / the us / the west". */
const HOSTILE =
  /\b(?:hostile|unfriendly|antagonistic|aggressive|negative)\s+(?:to|towards?)\s+(?:the\s+)?(?:america|americans|us|usa|u\.s\.|united\s+states|washington|west|western\s+countries)\b/gi;

/** The question with the US's critic's words put plainly, or as it came. */
export function asAntiParty(text: string): string {
  return text.replace(ANTI, "critical of the us").replace(HOSTILE, "critical of the us");
}
