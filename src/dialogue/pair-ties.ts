// Kind: ties asked of a pair as one subject — "russia and hamas have ties??", "do moscow and israel share ties?",
// «россия и хамас поддерживают связи?», «у москвы и палестинцев есть связи?». Ending on the noun, the English was
// read as a keyword string (no yes/no, no Yes: d105-06#1); a pair as the subject sent the claim checker looking for
// both parties' ties with someone else, so the article's "long-standing ties with the Palestinians, including
// Hamas" came out as "doesn't say" («у россии и хамаса есть связи?»). Ties are a relation of the two: read as asked
// of the first with the second ("does russia have ties with hamas?", «россия имеет связи с хамас?»), which the ties
// cards answer. Only two parties of the article's table joined by "and"/«и», a verb of having or keeping (or «у …
// есть») and a noun of ties; anything else (a question word, a third party, a negation) is left as typed.
import { type Parties, partyMentions } from "../knowledge/parties.js";

const LEAD_EN = /^(?:(?:and|so|but|ok|okay|well|wait)[,.!]*\s+){0,2}(?:(?:do|does|did)\s+)?/u;
const HAVE_EN =
  /^(?:(?:really|still|actually|even|also)\s+)?(?:have|has|had|share|shares|keep|keeps|maintain|maintains|enjoy|enjoys)\s+(?:(?:any|some|real|close|good|direct|strong|old|long-standing|long standing|historic|historical|friendly|working)\s+)*(ties|relations|a relationship|relationships|links|contacts|connections)(?:\s+with each other|\s+at all)?$/u;
const LEAD_RU = /^(?:(?:а|и|так|ну|значит)[,.!]*\s+){0,2}/u;
const HAVE_RU =
  /^(?:(?:правда|действительно|реально|вообще|до сих пор)\s+)?(?:имеют|поддерживают|сохраняют|есть)\s+(?:(?:какие-то|какие-нибудь|хорошие|тесные|давние|прямые|близкие|дружеские|рабочие)\s+)*(связи|отношения|контакты)(?:\s+(?:друг с другом|между собой))?$/u;
const NEGATED = /(?<!\p{L})(?:not|no|never|не|нет|ни)(?!\p{L})|n['’]t(?!\p{L})/u;

/** The pair's ties question asked of the first party with the second, or null when it is not that shape. */
export function pairTiesAsked(text: string, parties: Parties): string | null {
  const folded = text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[?!.\s]+$/u, "")
    .trim();
  if (folded.length > 90 || NEGATED.test(folded)) return null;
  const ru = /[а-я]/u.test(folded);
  const lead = (ru ? LEAD_RU : LEAD_EN).exec(folded)?.[0] ?? "";
  let rest = folded.slice(lead.length);
  const had = ru && /^у\s/u.test(rest);
  if (had) rest = rest.slice(2);
  const mentions = partyMentions(parties, rest).filter((p) => p.id !== "both" && p.id !== "others");
  if (mentions.length !== 2) return null;
  const [a, b] = mentions as [(typeof mentions)[0], (typeof mentions)[0]];
  const joint = rest.slice(a.end, b.start).trim();
  if (a.start > 4 || !(ru ? /^и$/u : /^(?:and|&|n)$/u).test(joint) || a.id === b.id) return null;
  const first = rest.slice(0, a.end);
  const second = rest.slice(b.start, b.end);
  const tail = rest.slice(b.end).trim();
  const m = (ru ? HAVE_RU : HAVE_EN).exec(tail);
  if (!m?.[1]) return null;
  if (ru) {
    // «у москвы и палестинцев есть связи» keeps «есть» with «у»; «россия и хамас поддерживают связи» has no «у».
    if (had !== /(?:^|\s)есть\s/u.test(` ${tail} `)) return null;
    return had ? `у ${first} есть ${m[1]} с ${second}?` : `${first} имеет ${m[1]} с ${second}?`;
  }
  return `does ${first} have ${m[1]} with ${second}?`;
}
