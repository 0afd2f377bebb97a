// The conflict's sides asked as who stands on either side of it (wave CA, quality50ru): «Кто стоит по разные стороны
// конфликта, с которыми Кремль держит связь?», «кто находится по обе стороны конфликта?». «По разные стороны» is the
// sides themselves, but «разные» was a word the lexicon does not know and «стоит» a stem of its own: the question
// was refused as unsure. Read as «кто стороны конфликта …», which finds the sides (or, with the Kremlin's contact
// in the clause, its contact with both). A side taken («стоит на стороне», «по какую сторону») is not this.

/** «(стоит|находится|оказались) по (разные|обе|две|противоположные) стороны»: the sides, the verb of place off. */
const SIDES_APART =
  /(?<!\p{L})(?:стоит|стоят|стоящие|находится|находятся|находящиеся|оказался|оказались)\s+по\s+(?:разные|обе|две|противоположные)\s+стороны(?!\p{L})/giu;

/** The question with «стоит по разные стороны» read as «стороны», or as it came. */
export function withSidesApartAsSides(text: string): string {
  return text.replace(SIDES_APART, "стороны");
}
