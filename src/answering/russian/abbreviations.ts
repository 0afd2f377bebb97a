// Words cut short in Russian writing ("рос. правительство", "регион. игроки", "пресс-сек", "Ближ. Восток"): the
// normaliser drops the dot, so the stub stands as a word of its own the knowledge base never uses. Each stub is read
// as the full word it abbreviates in news and school writing. Only stubs with one reading in a question about
// politics, and none that is itself a word a question would use ("мин" is no stub here: "мин" are mines).

/** A clipped word to the word it abbreviates. */
export const RUSSIAN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  рос: "российского",
  росс: "российского",
  сек: "секретарь",
  секр: "секретарь",
  ближ: "ближнем",
  вост: "востоке",
  гос: "государство",
  госва: "государства",
  правит: "правительство",
  междунар: "международный",
  амер: "американский",
  америк: "американский",
  палест: "палестинский",
  изр: "израильский",
  израил: "израильский",
  през: "президент",
  иностр: "иностранных",
  урег: "урегулирование",
  перегов: "переговоры",
  конфл: "конфликт",
};

/** Stubs that are words too ("регион"): read as clipped only with their dot before a lower-case word. */
const CLIPPED_WITH_DOT: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ...RUSSIAN_ABBREVIATIONS,
    регион: "региональных",
    прав: "правительства",
    мин: "министерство",
    гражд: "граждан",
  }),
);

/** "бл. восток", "бл.восток": "бл" is a stub only before Восток (elsewhere it is a curse, glue). */
const NEAR_EAST = /(?<!\p{L})бл\.\s*(?=вост)/giu;

/** "регион. игроков" -> "региональных игроков": a stub, its dot, then the sentence going on in lower case. */
export function expandClippedWords(text: string): string {
  return text
    .replace(NEAR_EAST, "ближнем ")
    .replace(/(?<!\p{L})(\p{L}+)\.(?=\s+\p{Ll})/gu, (whole, stub: string) => {
      const full = CLIPPED_WITH_DOT.get(stub.toLowerCase());
      return full ?? whole;
    });
}
