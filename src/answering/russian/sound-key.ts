// Russian spelling by ear: an unstressed о is heard as а and an е as и ("гаварил", "пирегаворы", "кампромисы"),
// and a doubled consonant is written once or twice ("компромисы", "оппозиция"). Two or three such slips in one stem
// are beyond the typo fixer's one edit, yet the word is plain to a reader. The key folds exactly these slips, so a
// stem the knowledge base does not know meets the one known stem that sounds the same.

/** The stem as it sounds: о→а, е/ё/я→и, э→и, doubled letters once, ъ/ь dropped. */
export function russianSoundKey(stem: string): string {
  return stem
    .replace(/о/g, "а")
    .replace(/[еёяэ]/g, "и")
    .replace(/[ъь]/g, "")
    .replace(/(.)\1+/g, "$1");
}
