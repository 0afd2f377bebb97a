// A doubt of the report itself asked plainly in Russian («Правда ли, что Путин обвинил США в …?», «Путин правда
// сказал, что …?», «действительно заявил»): is it so, a plain yes/no question, not a turn of its sense. Read by
// owned-polar.ts before its turns («правда», «действительно» turn a point: «Путин правда хочет мира?» doubts his
// sincerity, which the card does not settle), so only the opener «правда ли, что» and a doubt word right before a
// verb of saying or reproaching are taken off (quality48ru).

/** «правда ли, что …», «верно ли, что …», «это правда, что …» at the start: a yes/no opener. */
const OPENER = /^(?:(?:а|и|так|это) )?(?:правда ли|верно ли|действительно ли|это правда|правда),? что /u;
/** A doubt word right before what was said or reproached. */
const BEFORE_SAYING =
  /(?<!\p{L})(?:правда|действительно|реально|на самом деле|вправду|в самом деле) (?=(?:сказал|заявил|говорил|утверждал|назвал|обвинил|обвиня|упрекнул|упрека|критиковал|критикует|раскритиковал|винит|обвиняет|заявлял|говорит|сказал)\p{L}*)/gu;

/** The folded question without its doubt of the report, or as it came. */
export function withoutReportDoubt(folded: string): string {
  return folded.replace(OPENER, "").replace(BEFORE_SAYING, "");
}
