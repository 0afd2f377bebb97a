// A charge asked with its verb first (verdict48; claims46's leftover, probes-ru92): «Упрекает ли Путин Вашингтон в
// ошибках на Ближнем Востоке?», «Обвиняет ли Путин США в игнорировании чаяний палестинцев?». Russian puts the verb
// before its subject with «ли»; the claim path reads a statement subject first («Путин упрекает Вашингтон в …»), and
// with the verb first it matched no voice and gave no verdict where the statement form is Да. The statement of such
// a question puts its subject (one word, or «российский президент» / «президент россии») back before the verb.
// Verbs of charge only (charge-frame.ts's stems); «упоминается ли роль…», «есть ли у…» are left as they are.

const CHARGE_FIRST =
  /^((?:раскритиковал|критику|критиков|упрек|упрекн|обвин|осужд|осудил|вин(?:ит|ят|ил))\p{L}*) ли ((?:российский президент|президент россии|(?!(?:в|во|на|за|с|со|у|к|о|об|про|по|из|от)(?!\p{L}))\p{L}+))(?!\p{L})/u;

/** «упрекает ли путин вашингтон в …» → «путин упрекает вашингтон в …»; folded text, other questions unchanged. */
export function chargeSubjectFirst(folded: string): string {
  return folded.replace(CHARGE_FIRST, "$2 $1");
}
