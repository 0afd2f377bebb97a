// "Is he the prime minister?" after Putin, "Он глава МИД?", "Песков — президент?": a person asked about an office
// other than the one the article gives them. Where the article names the person's office outright (the Russian
// President, a spokesperson) and the asked office is a different one, the verdict is No: one person, one
// office here. A vague role ("Turkish leader") names no office, so it settles nothing (identity.ts keeps
// "the article doesn't say" for "is Erdogan the president?").

/** The office a role's words name, in one spelling, or null when they name none. */
export function officeOf(words: ReadonlySet<string>): string | null {
  if (words.has("spokesperson") || words.has("пресс-секретарь")) return "spokesperson";
  if (words.has("prime") || words.has("premier") || words.has("премьер")) return "prime-minister";
  if (words.has("minister") || words.has("министр")) return "minister";
  if (words.has("chancellor") || words.has("канцлер")) return "chancellor";
  if (words.has("king") || words.has("король")) return "king";
  if (words.has("ambassador") || words.has("посол")) return "ambassador";
  if (words.has("president") || words.has("президент")) return "president";
  return null;
}

/** True when the person's own office and the asked office are both named and differ. */
export function otherOffice(own: ReadonlySet<string>, asked: ReadonlySet<string>): boolean {
  const mine = officeOf(own);
  const theirs = officeOf(asked);
  return mine !== null && theirs !== null && mine !== theirs;
}
