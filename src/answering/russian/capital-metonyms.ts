// A capital named for its government: «Тель-Авив» is Israel's, as «Вашингтон» is the US's («Откуда у Москвы
// общий язык с Тель-Авивом?», quality45ru). The lexicon knew the bare «тель-авив», but the question's words are
// split at the hyphen, so «тель» + «авивом» matched nothing and the question was refused as out of scope. Read as
// «Израиль» in the same case (Тель-Авива → Израиля, с Тель-Авивом → с Израилем), so every reader after this one,
// and the lexicon, see the country. Вашингтон and Москва need nothing: their stems are the readers' own.

/** «Тель-Авив» (hyphen, space or none) with a case ending, and Israel's name in that case. */
const TEL_AVIV = /(?<!\p{L})тель[\s-]?авив(ом|а|у|е)?(?!\p{L})/giu;

const ISRAEL_IN_CASE: Readonly<Record<string, string>> = {
  "": "Израиль",
  а: "Израиля",
  у: "Израилю",
  ом: "Израилем",
  е: "Израиле",
};

/** The question with Tel Aviv read as Israel. */
export function withCapitalAsCountry(text: string): string {
  if (!/авив/iu.test(text)) return text;
  return text.replace(
    TEL_AVIV,
    (_, ending: string | undefined) => ISRAEL_IN_CASE[(ending ?? "").toLowerCase()]!,
  );
}
