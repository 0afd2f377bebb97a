// «путин про прекращение огня что-то говорил?» — «а про переговоры?» / «а про negotiations?»: the last question's
// object swapped for the new topic (follow-up-readings.ts) kept its words only up to the old object, so a verb of
// saying after it ("что-то говорил") was lost, and the question mark with it: a yes/no asked again became a bare
// "putin про negotiations", read with no verdict line or a wrong "doesn't say" (dialog47ru, d112-31#2). Russian
// puts the verb after the object freely; it is kept, and a yes/no asked again stays one.

/** A verb of saying or mentioning closing the last question, with its particles ("что-то говорил", "упоминал"). */
const SAYING_TAIL =
  /(?:\s+(?:что-то|что-нибудь|хоть что-то|вообще|ли|тоже|там))*\s+(?:говорил|сказал|упоминал|упомянул|заявлял|заявил|высказывал|писал|рассказывал|отмечал|говорит|упоминает)\p{L}*$/u;

/** The last question with its object after `prefix` swapped for `topic`, its closing verb kept, "?" for a yes/no. */
export function swappedObjectRu(question: string, prefix: string, topic: string, yesNo: boolean): string {
  const rest = question.slice(prefix.length).replace(/[?!.\s]+$/u, "");
  const tail = SAYING_TAIL.exec(rest)?.[0] ?? "";
  return `${prefix}${topic}${tail}${yesNo ? "?" : ""}`;
}
