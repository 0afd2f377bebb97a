// Reads the Russian pronoun after a preposition that stands for a party just switched to — «а хамас? с ним
// тоже?», «а израиль? с ним тоже общаются?», «а ЕС? к нему это относится?». party-then-question.ts puts the party's
// name in place of an accusative «его»/«их» only; «с ним» stayed a pronoun, and the pronoun reader took the
// chat's last party for it («с Москва тоже», dialog46's leftover). Here the name is put in the pronoun's case:
// instrumental after «с»/«со» (Хамасом, Израилем), dative after «к»/«ко» (Хамасу, Израилю); an abbreviation
// (ЕС, США, ООН) stays as typed. A name whose ending this does not know keeps the pronoun (null).

/** «с ним», «со ней», «к нему»: the preposition and the pronoun. */
const PREPOSITION_PRONOUN_RU = /(?<!\p{L})(с|со|к|ко)\s+(ним|ними|нему|ней)(?!\p{L})/iu;
/** A masculine noun ending in a hard consonant (Хамас, Вашингтон); the hushing ones and «ц» take an ending by
 * stress, left alone. */
const HARD_END = /[бвгдзклмнпрстфх]$/u;

/** The name in the instrumental or dative case, or null when its declension is not a plain one. */
function declined(name: string, instrumental: boolean, abbreviation: boolean): string | null {
  if (abbreviation) return name;
  if (name.endsWith("ь")) return `${name.slice(0, -1)}${instrumental ? "ем" : "ю"}`;
  if (HARD_END.test(name)) return `${name}${instrumental ? "ом" : "у"}`;
  return null;
}

/**
 * The question with the party's name for «с ним»/«к нему» (bare: the name as typed, in lower case; abbreviation:
 * ЕС, США, ООН); null when the question has no such pronoun or the pronoun does not fit the name.
 */
export function withPartyForPronounRu(question: string, bare: string, abbreviation: boolean): string | null {
  const m = PREPOSITION_PRONOUN_RU.exec(question);
  if (!m?.[1] || !m[2]) return null;
  const pronoun = m[2].toLowerCase();
  // «с ними», «к ним»: a plural, only an abbreviation standing for one (США) or a group (ЕС, ООН) takes it.
  if (pronoun === "ними" && !abbreviation) return null;
  // «с ней», «к ней»: a feminine name, whose declension this reader does not take.
  if (pronoun === "ней") return null;
  const instrumental = /^(?:с|со)$/iu.test(m[1]);
  if (instrumental !== (pronoun === "ним" || pronoun === "ними")) return null;
  const name = declined(bare, instrumental, abbreviation);
  if (!name) return null;
  return `${question.slice(0, m.index)}${m[1]} ${name}${question.slice(m.index + m[0].length)}`;
}
