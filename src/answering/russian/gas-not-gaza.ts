// Gas is not Gaza (quality46ru). «газ» (natural gas) and «Газа» (the Strip) share four forms — газа, газу, газе, газы —
// and Snowball stems every form of both «газ», the very key the lexicon knows the Strip by, so «что в статье про
// поставки газа?», «цены на газ» and «что там по газу?» were read as the Gaza Strip and answered with where the
// violence is. Here gas is read as one word, «газов», whose stem is gas's own (stem.ts, GAS_ONLY) and which the
// article never uses, so the question is refused as outside it: the forms only gas takes (газ, газом, газам, газами,
// газах) always, and a shared form where the words around it say gas — a noun of the trade before it («поставки
// газа», «цены на газ», «транзит газа»), an adjective of the fuel («природного газа», «сжиженном газе»), «нефть и
// газ», «по газу» (Gaza takes «по Газе»). «в Газе», «сектор Газа», «про Газу» and a bare «газа» stay the Strip.

/** The word gas is read as: a form of «газ» whose stem is gas's own. */
const GAS = "газов";
/** Forms only gas takes («газов» is one too, and stays). «сектор газ» is the Strip with its ending dropped. */
const GAS_ONLY_FORM = /(?<!\p{L})(?<!сектор\s+)газ(?:ом|ам|ами|ах)?(?!\p{L})/giu;
/** A noun of the gas trade, then the shared form: «поставки газа», «цены на газ(у)», «экспорт российского газа». */
const TRADE_BEFORE =
  /(?<!\p{L})((?:поставк|постав[ло]|цен[аыуе]?|стоимост|добыч|экспорт|импорт|транзит|продаж|закупк|покупк|рын[ок]|рынк|запас|месторожден|потреблен|дефицит|кубометр|хранилищ|тариф)\p{L}*(?:\s+(?:на|для|из|в|во|через|от))?\s+(?:российск\p{L}*\s+)?)газ[аеуы](?!\p{L})/giu;
/** An adjective of the fuel before the shared form: «природного газа», «сжиженном газе». */
const FUEL_ADJECTIVE_BEFORE =
  /(?<!\p{L})((?:природн|сжиженн|сланцев|бытов|углеводородн|голуб)\p{L}*\s+)газ[аеуы](?!\p{L})/giu;
/** «нефть и газ(а)», «газа и нефти». */
const WITH_OIL_AFTER = /(?<!\p{L})(нефт\p{L}*\s+(?:и|или)\s+)газ[аеуы](?!\p{L})/giu;
const WITH_OIL_BEFORE = /(?<!\p{L})газ[аеуы](?=\s+(?:и|или)\s+нефт)/giu;
/** «что там по газу?», «а по газу что?»: «по» with the dative, which Gaza takes as «по Газе». */
const BY_GAS = /(?<!\p{L})(по\s+)газу(?!\p{L})/giu;

/** The question with gas read as «газов» wherever its form or its neighbours say gas; as typed otherwise. */
export function withGasNotGaza(text: string): string {
  if (!/газ/iu.test(text)) return text;
  return text
    .replace(GAS_ONLY_FORM, GAS)
    .replace(TRADE_BEFORE, (_, before: string) => `${before}${GAS}`)
    .replace(FUEL_ADJECTIVE_BEFORE, (_, before: string) => `${before}${GAS}`)
    .replace(WITH_OIL_AFTER, (_, before: string) => `${before}${GAS}`)
    .replace(WITH_OIL_BEFORE, GAS)
    .replace(BY_GAS, (_, before: string) => `${before}${GAS}`);
}
