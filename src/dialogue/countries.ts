// Countries a reader may name, by the words a role or a question uses for them ("Turkish leader" → turkey,
// "the Israeli PM" → israel, "президент Египта" → egypt). person-country.ts reads a person's country asked with
// one; identity.ts reads an office of another country than the person's own ("is he the Israeli PM?" after
// Erdogan, the Turkish leader: No).
// Its own list, not knowledge/parties.json (kb.parties), on purpose: a role may name a country the story never
// does ("the Egyptian president", "the British PM"), which the table of the article's parties does not hold, and
// one word of a role is read alone, so a country is found by its own words only, never by its people's names
// (the table gives Russia by "putin*" and Turkey by "erdogan*").

const COUNTRIES: ReadonlyArray<{ id: string; words: RegExp }> = [
  {
    id: "russia",
    words:
      /^(?:russia|russian|moscow|kremlin|росси\p{L}*|российск\p{L}*|русск\p{L}*|москв\p{L}*|кремл\p{L}*|рф)$/u,
  },
  { id: "turkey", words: /^(?:turkey|turkish|turkiye|ankara|турци\p{L}*|турецк\p{L}*|анкар\p{L}*|турок)$/u },
  {
    id: "us",
    words: /^(?:us|usa|america|american|washington|сша|америк\p{L}*|американск\p{L}*|вашингтон\p{L}*)$/u,
  },
  { id: "israel", words: /^(?:israel|israeli|израил\p{L}*|израильск\p{L}*)$/u },
  { id: "palestine", words: /^(?:palestine|palestinian|палестин\p{L}*)$/u },
  { id: "ukraine", words: /^(?:ukraine|ukrainian|украин\p{L}*)$/u },
  { id: "iran", words: /^(?:iran|iranian|иран\p{L}*)$/u },
  { id: "china", words: /^(?:china|chinese|beijing|кита\p{L}*|пекин\p{L}*)$/u },
  { id: "france", words: /^(?:france|french|франци\p{L}*|французск\p{L}*)$/u },
  { id: "germany", words: /^(?:germany|german|германи\p{L}*|немецк\p{L}*)$/u },
  { id: "egypt", words: /^(?:egypt|egyptian|египет|египт\p{L}*|египетск\p{L}*)$/u },
  { id: "syria", words: /^(?:syria|syrian|сири\p{L}*|сирийск\p{L}*)$/u },
  { id: "jordan", words: /^(?:jordan|jordanian|иордани\p{L}*|иорданск\p{L}*)$/u },
  { id: "qatar", words: /^(?:qatar|qatari|катар\p{L}*)$/u },
  { id: "uk", words: /^(?:uk|britain|british|британи\p{L}*|британск\p{L}*)$/u },
];

/** The country one word names, or null. */
export const countryOf = (word: string | undefined): string | null =>
  word ? (COUNTRIES.find((c) => c.words.test(word))?.id ?? null) : null;

/** The country a role or phrase names ("Turkish leader" → turkey), or null when it names none or more than one. */
export function roleCountry(role: string | undefined): string | null {
  const found = new Set(
    (role ?? "")
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .map((w) => countryOf(w))
      .filter((c): c is string => c !== null),
  );
  return found.size === 1 ? [...found][0]! : null;
}
