// Kind: a role asked of a party the article names only as a member of the Quartet — "does the UN play any part in
// this?", "does the EU play any role here", «ЕС играет какую-то роль в мирном процессе?», «а ООН там какую-то роль
// играет?». The engine found the Kremlin's role or the Quartet with "doesn't say (so in those words)" (d95-18#1);
// the article's one role for the UN and the EU is their place in the Quartet "formed to facilitate
// Israeli-Palestinian negotiations", so the question is read as whether that party is in it (Yes on the list).
// The US and Russia have roles of their own in the article (blamed, mediating) and are left as typed.

const MEMBER_EN = /(?<!\p{L})(?:the )?(un|u\.n\.|united nations|eu|e\.u\.|european union)(?!\p{L})/u;
const MEMBER_RU = /(?<!\p{L})(оон|ес|евросоюз|европейский союз|организация объедин[её]нных наций)(?!\p{L})/u;
const ROLE_EN =
  /(?<!\p{L})(?:(?:play|plays|played|playing|have|has|had|having) (?:any |a |some |an |its )?(?:role|part)|involved|take(?:s)? part|took part|participat\p{L}*)(?!\p{L})/u;
const ROLE_RU = /(?<!\p{L})(?:роль|участву\p{L}*|участие|задействован\p{L}*|причаст\p{L}*)(?!\p{L})/u;
const NEGATED = /(?<!\p{L})(?:not|never|no|не|ни|нет)(?!\p{L})|n['’]t(?!\p{L})/u;
/** Another party beside it, or a question word: something else is asked. */
const OTHER =
  /(?<!\p{L})(?:why|how|what|when|where|who|which|russia|us|america|turkey|israel|hamas|почему|зачем|как|что|когда|где|кто|какую роль|какая роль|россия|сша|турция|израиль|хамас)(?!\p{L})/u;

/** "is the eu involved in that?" after a statement: the party in the last answer's matter (party-in-that.ts);
 * "in this" is the story ("does the UN play any part in this?"). */
const POINTED =
  /(?<!\p{L})(?:in|with|on) (?:that|it|those)(?!\p{L})|(?<!\p{L})(?:в|во|с|на) (?:этом|том|н[её]м|этим|тем|это)(?!\p{L})/u;
/** "Is the UN part of the Quartet?" for a role asked of a Quartet member named only there; else null. */
export function memberRoleAsked(text: string): string | null {
  const folded = text.toLowerCase().replace(/ё/g, "е").trim();
  if (
    folded.length > 90 ||
    NEGATED.test(folded) ||
    POINTED.test(folded) ||
    OTHER.test(folded.replace(MEMBER_EN, " "))
  )
    return null;
  const en = MEMBER_EN.exec(folded);
  if (en && ROLE_EN.test(folded))
    return `is the ${/^(?:un|u\.n\.|united nations)$/u.test(en[1]!) ? "UN" : "EU"} part of the Quartet?`;
  const ru = MEMBER_RU.exec(folded);
  if (ru && ROLE_RU.test(folded))
    return `${/^(?:оон|организация)/u.test(ru[1]!) ? "ООН" : "ЕС"} входит в квартет?`;
  return null;
}
