// "А Кремль поддерживает связь с обеими сторонами?", "а Кремль готов помочь урегулированию?": after "а" a whole
// clause (a subject, then a verb), asked by intonation, is a yes/no question of its own, not "and the Kremlin
// supporting contact…?" swapped into the last question. Read on its own, it gets its verdict line. So is a stance
// with no verb ("а песков тоже против америки?": "против" is its predicate), which read as a switch became "что
// песков сказал о песков тоже против америки" and lost the "doesn't say" of stance-of-other.ts (quality-ru31).

/** A finite verb, a past form, an infinitive or "готов": the verb of a Russian clause. */
export const RUSSIAN_VERB =
  /^(?:\p{L}+(?:ет|ёт|ит|ют|ут|ят|ат|ал|ил|ел|ёл|ла|ли|ло|ть|ться|тся|чь|лся|лась|лись|лось)|готов\p{L}*|должн\p{L}*)$/u;

/** "это", "этого", "такое": the last answer's point as the clause's object. */
const THAT_POINT = /^(?:это|этого|такое|этому)$/u;

/** A particle between a subject and its verb: "вообще", "тоже", "сама", "уже" («а переговоры уже начались?»). */
const PARTICLE = /^(?:вообще|тоже|также|ещё|еще|уже|сам|сама|сами|само|реально|правда|точно|действительно)$/u;

/** Whether a Russian switch's target is a clause of its own: four words or more, a verb after its first word. */
export function isRussianClause(target: string): boolean {
  const words = target.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const verb = (w: string) => RUSSIAN_VERB.test(w.replace(/[^\p{L}-]/gu, ""));
  // "а американцы это учитывали?", "а Вашингтон это учёл?": a subject, "это" for the last point, and a verb.
  if (words.length === 3 && THAT_POINT.test(words[1]!) && verb(words[2]!)) return true;
  if (words.length >= 3 && words.slice(1, -1).some((w) => w.toLowerCase() === "против")) return true;
  // "а кремль отказался помогать?": a subject, a verb, and the infinitive it governs.
  if (words.length === 3 && verb(words[1]!) && /(?:ть|ться|чь)$/u.test(words[2]!.replace(/[^\p{L}]/gu, "")))
    return true;
  // "а россия вообще участвует?", "а кремль тоже помогает?": a subject, a particle, a verb (dialog26, d48-34).
  if (words.length === 3 && PARTICLE.test(words[1]!.toLowerCase()) && verb(words[2]!)) return true;
  // "а путин обеспокоен жертвами среди мирных жителей?": a short participle right after the subject is its
  // predicate (dialog-r2-31b, d63-38: read as a switch, the yes/no lost its verdict line).
  if (words.length >= 4 && SHORT_PARTICIPLE.test(words[1]!.toLowerCase().replace(/[^\p{L}]/gu, "")))
    return true;
  // "а путин обеспокоен этим?", "а кремль заинтересован в этом?": a subject, its state, and the last point as its
  // object (dialog-r2-37b, d85-32#2: read as a switch, "что говорится в статье про путин обеспокоен этим" lost the
  // verdict line).
  const plain = words.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ""));
  if (plain.length === 3 && state(plain[1]!) && POINTED.test(plain[2]!)) return true;
  if (
    plain.length === 4 &&
    state(plain[1]!) &&
    /^(?:в|от|из-за|за)$/u.test(plain[2]!) &&
    POINTED.test(plain[3]!)
  )
    return true;
  // "а реально нейтральна?", "а россия правда беспристрастна?": a particle of doubt, then a short adjective as the
  // predicate of the last answer's subject (d85-34#2).
  const last = plain[plain.length - 1]!;
  if (plain.length <= 3 && plain.length >= 2 && DOUBT.test(plain[plain.length - 2]!) && state(last))
    return true;
  // "а с палестинцами у россии давние связи?": «у» + its owner + what is owned, with no verb (a "have" clause,
  // yes/no: «а у израиля что?» with a question word stays a switch).
  const owner = plain.indexOf("у");
  if (owner >= 0 && plain.length - owner >= 3 && !plain.some((w) => WH_RU.test(w))) return true;
  return words.length >= 4 && words.slice(1).some(verb);
}

/** A short participle or adjective as a predicate: "обеспокоен", "нейтральна", "беспристрастны", "готова". */
function state(word: string): boolean {
  return SHORT_PARTICIPLE.test(word) || SHORT_ADJECTIVE.test(word);
}
const SHORT_ADJECTIVE = /^\p{L}{4,}(?:ьн[аоы]|тн[аоы]|чн[аоы]|льн[аоы]|ов[аы]|ив[аы]|ат[аы]?|ит[аы]?)$/u;
/** The last answer's point as an object: "этим", "этого", "это", "тем". */
const POINTED = /^(?:это|этим|этого|этому|тем|том|этом)$/u;
/** A Russian question word: a "have" clause with one is a switch's question, not a yes/no of its own. */
const WH_RU =
  /^(?:что|чего|чем|ч[её]м|какие|какой|какая|какое|каких|как|кто|кого|кому|сколько|где|когда|зачем|почему|откуда|куда|чей|чья|чьи)$/u;
/** A particle of doubt before a predicate: "реально", "правда", "действительно". */
const DOUBT = /^(?:реально|правда|действительно|точно|вправду|впрямь|вообще|всерьез|всерьёз)$/u;

/** A short participle or adjective of state: "обеспокоен", "озабочена", "заинтересованы", "согласен". */
const SHORT_PARTICIPLE = /^(?:\p{L}{4,}(?:ен|ена|ены|ан|ана|аны)|соглас(?:ен|на|ны)|уверен\p{L}?|рад[аы]?)$/u;
