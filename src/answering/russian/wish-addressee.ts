// What a speaker wants *from* both sides ("что Путин хочет от Израиля и ХАМАСа", "чего Кремль ждёт от обеих
// сторон"): a wish addressed to the warring sides is the speaker's call to them, not what those parties say. The
// parties after "от" were read as the topic and met the entries of Hamas's or Israel's own (missing) words; with
// two or more of them the "от …" phrase is dropped and the question is what the speaker wants. One party ("чего
// Путин ждёт от США") stays: that is about the speaker and that party.

// Sets, not anchored regexps: WANTS is tried on every word of every Russian message (perf42: ~100 runs a long
// message, the dearest pattern of the dearest turns).
const WANTS = new Set(
  "хотеть хочет хотят хотел хотела хотели ждет ждут ждал ожидает ожидают требует требуют требовал добивается просит просят просил".split(
    " ",
  ),
);
const JOIN = new Set(["и", "или", "а", "также"]);
const BOTH = new Set(["обеих", "обоих", "всех", "двух", "сторон", "сторона", "стороны"]);

// The same wish told as what the sides should do ("че Путин хочет, чтоб Израиль и ХАМАС сделали, чтоб перестали
// стрелять"): the parties before a verb of doing are the wish's addressees, read as «хочет от Израиля и ХАМАСа»
// (quality28, blind-ru52: "сделали" met the US's failure to act, and the answer was what Washington ignored).
const SO_THAT = new Set(["чтобы", "чтоб"]);
const DOING = new Set(["сделали", "делали", "предприняли", "совершили", "сделать", "предпринять"]);

/** «хочет, чтоб X и Y сделали» as «хочет от X и Y»; other words as they came. */
function doingAsAddressees(words: string[], want: number): string[] {
  const so = want + 1;
  if (!SO_THAT.has(words[so] ?? "")) return words;
  const doing = words.findIndex((w, i) => i > so + 1 && i <= so + 6 && DOING.has(w));
  if (doing < 0) return words;
  return [...words.slice(0, so), "от", ...words.slice(so + 1, doing), ...words.slice(doing + 1)];
}

/** The words with an "от" naming two or more addressees of a wish dropped. */
export function withoutWishAddressees(typed: string[]): string[] {
  const want = typed.findIndex((w) => WANTS.has(w));
  if (want < 0) return typed;
  const words = doingAsAddressees(typed, want);
  const from = words.indexOf("от", want);
  if (from < 0 || from > want + 3) return typed;
  let end = from + 1;
  let addressees = 0;
  let both = false;
  while (end < words.length) {
    const w = words[end]!;
    if (JOIN.has(w)) {
      end++;
      continue;
    }
    if (BOTH.has(w)) both = true;
    else if (!/^[а-я]+$/.test(w) || (words[end - 1] !== "от" && !JOIN.has(words[end - 1]!))) break;
    addressees++;
    end++;
  }
  if (addressees < 2 && !both) return typed;
  return [...words.slice(0, from), ...words.slice(end)];
}
