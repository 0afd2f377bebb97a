// Kind: how old Russia's ties with the Palestinians are — "and russia's ties w/ palestinians, how old are they?",
// "how old are those ties?" after them, "how long has russia had ties with the palestinians?", «насколько давние у
// россии связи с палестинцами?». The figure reader answered "doesn't give a figure" over whatever card the words
// found (Moscow's self-presentation, or the Israel ties card for "those ties", d105-21#3). The article gives no year
// but does answer the question in its own word: the ties are "long-standing". Read as "are russia's ties with the
// palestinians long-standing?", whose card says Yes. Only where the Palestinians (or Hamas) are the side, named in
// the message or, for "those ties"/"they", in the last question; the ties with Israel have no age in the article and
// are left as typed (doesn't give a figure).

const HOW_OLD_EN =
  /(?<!\p{L})(?:how (?:old|long-standing|long standing|far back|long|many years)|since when|for how long|go back how far)(?!\p{L})/u;
const TIES_EN =
  /(?<!\p{L})(?:ties?|links?|relations?|relationships?|connections?|contacts?|they|them|those|these|that)(?!\p{L})/u;
const HOW_OLD_RU =
  /(?<!\p{L})(?:насколько|как|сколько) (?:давн\p{L}*|стар\p{L}*|долг\p{L}*|лет)|с каких пор|как долго|с какого времени(?!\p{L})/u;
const TIES_RU = /(?<!\p{L})(?:связ\p{L}*|отношени\p{L}*|контакт\p{L}*|они|их|эти)(?!\p{L})/u;
const PALESTINIANS = /(?<!\p{L})(?:palestin\p{L}*|hamas|палестин\p{L}*|хамас\p{L}*)(?!\p{L})/u;
const ISRAEL = /(?<!\p{L})(?:israel\p{L}*|израил\p{L}*|израильтян\p{L}*)(?!\p{L})/u;
const TIES_ASKED =
  /(?<!\p{L})(?:ties?|links?|relations?|close|связ\p{L}*|отношени\p{L}*|близк\p{L}*)(?!\p{L})/u;

/** The age of the ties with the Palestinians asked as whether they are long-standing, or null. */
export function tiesAgeAsked(text: string, lastQuestion: string | undefined): string | null {
  const folded = text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/(?<!\p{L})w\//gu, "with ");
  if (folded.length > 110) return null;
  const ru = /[а-я]/u.test(folded);
  if (!(ru ? HOW_OLD_RU : HOW_OLD_EN).test(folded) || !(ru ? TIES_RU : TIES_EN).test(folded)) return null;
  if (ISRAEL.test(folded)) return null;
  const named = PALESTINIANS.test(folded);
  const last = lastQuestion?.toLowerCase() ?? "";
  const carried = !named && PALESTINIANS.test(last) && !ISRAEL.test(last) && TIES_ASKED.test(last);
  if (!named && !carried) return null;
  if (
    named &&
    !/(?<!\p{L})(?:ties?|links?|relations?|relationships?|connections?|contacts?|связ\p{L}*|отношени\p{L}*|контакт\p{L}*)(?!\p{L})/u.test(
      folded,
    )
  )
    return null;
  return ru
    ? "связи россии с палестинцами давние?"
    : "are russia's ties with the palestinians long-standing?";
}
