// A dispute settled and a question asked in one breath ("Кто прав и что именно говорит МИД?", "кто из нас прав, и
// с кем Путин говорил?"): "кто прав" asks the article to judge the dispute, and the question after "и" is how it
// judges it. Read as typed, "прав" (rights, right) was a topic of its own and the question was refused as unsure.
// "Кто прав" is dropped only where a question word follows the "и"; "кто прав?" alone is the ramble reader's.

const WHO_IS_RIGHT_AND =
  /(?<!\p{L})кто\s+(?:же\s+)?(?:из\s+нас\s+)?(?:прав|права|правы)(?:\s+(?:в\s+итоге|тут|здесь))?,?\s+и\s+(?=(?:что|кто|кого|кому|как|где|почему|зачем|когда|какие|какой|какую|какая|каким|о\s+ч[её]м|с\s+кем)(?!\p{L}))/giu;

/** The question without "кто прав и" before the question that settles it, or as typed. */
export function withoutWhoIsRight(text: string): string {
  return text.replace(WHO_IS_RIGHT_AND, "");
}
