// Fears asked of the escalation with no one named to hold them («чего боятся из-за роста насилия», «какие страхи
// связаны с эскалацией», «каких опасений изза роста насилия»): the article's fears are the growing concerns that the
// crisis may spread beyond the conflict zone. Read as typed, a fear word found Putin's concern for the victims, or
// «боятся» (stem «бо», the fighting's «бои») found nothing (quality31, blind-ru60). A person, body or party named
// («путин опасается…», «чего боится израиль») or the victims named keep the question as typed. Word lists only.

/** Fearing, by its exact forms: «опасаются» (the synonym lists would stem «боятся» with «бои», «боям»). */
const FEARING = new Set("боятся боится бояться боялись боимся боитесь".split(" "));
/** Fear nouns and verbs, by stem. */
const FEAR = /^(?:опасени|опасают|опасает|опасать|страх|тревог|боязн|боят|боит)/;
const ESCALATION = /^(?:эскалац|насили|обострени|всплеск|кризис|напряженност)/;
/** Someone named to hold the fear, or the victims it would be for: then it stays as typed. */
const NAMED =
  /^(?:путин|песков|кремл|мид|министерств|росси|москв|израил|сша|америк|вашингтон|хамас|палестин|эрдоган|турци|жертв|мирн|погибш|пострадавш|он|она|они)/;
/** What is feared asked by its question word, first (after «а», «и», «так»): «есть опасения, что кризис…?» is a
 * yes/no question about the same fears, and read as «какие опасения…» it lost its «Да» (fresh-kinds.test.ts). */
const ASKED = new Set("чего какие каких какой какая каковы что кого".split(" "));
const LEAD = new Set(["а", "и", "так", "ну"]);
/** The danger of the escalation asked («чем опасна эскалация», «в чём опасность эскалации», «почему эскалация
 * опасна»): the same fears, by the article (wave AU, r64-034, refused as "not sure which"). */
const DANGER = /^(?:опасн|угроз|грозит|грозят|риск)/;
const DANGER_ASKED = new Set([...ASKED, "чем", "в", "почему"]);

/** «боятся» read as «опасаются», in place (the knowledge base's phrasings are read so too). */
export function withFearingRead(words: string[]): void {
  for (let i = 0; i < words.length; i++) if (FEARING.has(words[i]!)) words[i] = "опасаются";
}

/**
 * A reader over the question alone (not the knowledge base's phrasings, which would all turn into this one): a
 * fear of the escalation held by no one named, as «какие опасения растут по мере эскалации насилия»; else as typed.
 */
export function asRussianFearedEscalation(text: string): string {
  if (text.length > 200) return text;
  const words = text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  const feared = words.some((w) => FEAR.test(w));
  const danger = !feared && words.some((w) => DANGER.test(w));
  if ((!feared && !danger) || !words.some((w) => ESCALATION.test(w))) return text;
  if (words.some((w) => NAMED.test(w))) return text;
  const first = words.find((w) => !LEAD.has(w));
  if (first === undefined || !(danger ? DANGER_ASKED : ASKED).has(first)) return text;
  return "какие опасения растут по мере эскалации насилия";
}
