// Hearsay opening a question ("кто-то сказал, что Путин …, это так?", "мне говорили, что …", "пишут, что …"): the
// teller is nobody in the story, so the word of saying is theirs, not a speaker's frame; left in, it sent a claim
// about what Putin blamed to the entries of what a party said. The opening is dropped up to its "что", and the
// claim after it is read as the question. Not when a question word or a story speaker stands before the verb
// ("кто сказал, что…", "Песков сказал, что…": those ask who said it, or what he did).

const SAYING =
  /^(?:сказал|сказала|сказали|говорил|говорила|говорили|говорят|пишут|писали|написали|читал|читала|слышал|слышала|слышали|утверждают|уверяют|болтают|болтали|болтал|болтала|трындели|трындят|передавали|передают|рассказывали|рассказывал|рассказывала)$/;

/** Words of the story's speakers and of asking, by their start: their presence makes the verb a real frame. */
const NOT_A_TELLER =
  /^(?:путин|песков|кремл|мид|министерств|эрдоган|росси|москв|президент|пресс|спикер|автор|стать|кто$|кого$|кем$|что$|чо$|че$|почему|зачем|где|когда|как|какой|какая|какие|чей|ли$)/;

/** The words without a hearsay opening. */
export function withoutHearsay(words: string[]): string[] {
  for (let v = 0; v < Math.min(words.length - 2, 5); v++) {
    if (!SAYING.test(words[v]!) || words[v + 1] !== "что") continue;
    if (words.slice(0, v).some((w) => NOT_A_TELLER.test(w))) return words;
    return words.slice(v + 2);
  }
  return words;
}
