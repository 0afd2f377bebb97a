// What a speaker wants *from* both sides ("что Путин хочет от Израиля и ХАМАСа", "чего Кремль ждёт от обеих
// сторон"): a wish addressed to the warring sides is the speaker's call to them, not what those parties say. The
// parties after "от" were read as the topic and met the entries of Hamas's or Israel's own (missing) words; with
// two or more of them the "от …" phrase is dropped and the question is what the speaker wants. One party ("чего
// Путин ждёт от США") stays: that is about the speaker and that party.

const WANTS =
  /^(?:хотеть|хочет|хотят|хотел|хотела|хотели|ждет|ждут|ждал|ожидает|ожидают|требует|требуют|требовал|добивается|просит|просят|просил)$/;
const JOIN = new Set(["и", "или", "а", "также"]);
const BOTH = /^(?:обеих|обоих|всех|двух|сторон|сторона|стороны)$/;

/** The words with an "от" naming two or more addressees of a wish dropped. */
export function withoutWishAddressees(words: string[]): string[] {
  const want = words.findIndex((w) => WANTS.test(w));
  if (want < 0) return words;
  const from = words.indexOf("от", want);
  if (from < 0 || from > want + 3) return words;
  let end = from + 1;
  let addressees = 0;
  let both = false;
  while (end < words.length) {
    const w = words[end]!;
    if (JOIN.has(w)) {
      end++;
      continue;
    }
    if (BOTH.test(w)) both = true;
    else if (!/^[а-я]+$/.test(w) || (words[end - 1] !== "от" && !JOIN.has(words[end - 1]!))) break;
    addressees++;
    end++;
  }
  if (addressees < 2 && !both) return words;
  return [...words.slice(0, from), ...words.slice(end)];
}
