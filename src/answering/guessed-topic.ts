// A question closed by the asker's own guess at what the answer holds ("whats the israel russia link in the article,
// something about migrants?", "why is moscow close to israel - oil or something?", "who did putin call, someone from
// nato?"; blind97, quality47). The guess is an afterthought in the asker's words; read whole, a word of it the
// knowledge base does not know ("migrants", "oil") was taken for the question's unknown topic and the message was
// refused, though the question before it is the story's. The English counterpart of russian/guessed-cause.ts.
// refused-sides.ts reads the question without its guess when the whole is refused as out of scope, and keeps its
// answer only when an entry answers it; the card's own Yes or No is dropped, as it answers the question, not the
// guess. A question that is off the story itself ("what did putin say about the economy, something about
// sanctions?") stays refused: without the guess it is refused too.

/** A guess of a thing, in the asker's words: a few words, no question of their own. */
const GUESS = String.raw`[^,?!.;:()]{2,60}?`;

/** The guess's opening: "something about", "is it about", "because of", "like", "maybe". */
const GUESS_LEAD = String.raw`(?:(?:is|was)\s+it\s+)?(?:(?:something|smth|sth|somethin|stuff)\s+(?:about|to\s+do\s+with|regarding|related\s+to|with|like|on)|(?:someone|somebody|some\s+guy)\s+(?:from|in|at|with|like)|because\s+of|due\s+to|about|like|maybe|perhaps|probably)`;

const GUESS_END = String.raw`(?:\s+(?:or\s+(?:something|smth|sth|so|what|whatever|sth\s+like\s+that|something\s+like\s+that)))?\s*\)?\s*[?!.…]*\s*$`;

/** "<question>, something about X?", "<question>? something about X?", "<question> (something about X?)". */
const LED_GUESS = new RegExp(
  String.raw`^(.{12,}?)\s*(?:[,;:]|[?]+|\s[-–—]|\s\()\s*${GUESS_LEAD}\s+${GUESS}${GUESS_END}`,
  "iu",
);

/** "<question> - X or something?", "<question>, X or smth?". */
const TRAILING_GUESS = new RegExp(
  String.raw`^(.{12,}?)\s*(?:[,;:]|[?]+|\s[-–—])\s*${GUESS}\s+or\s+(?:something|smth|sth|so|whatever)(?:\s+like\s+that)?\s*[?!.…]*\s*$`,
  "iu",
);

/** The part before a guess asks something: a question word or an auxiliary opening it. */
const ASKS =
  /(?<!\p{L})(?:what|whats|what's|why|how|who|whom|whose|which|where|when|is|are|was|were|does|do|did|has|have|can|could|would|will|tell|explain)(?!\p{L})/iu;

/** The question without the asker's guess after it, or null when the message closes on no such guess. */
export function withoutGuessedTopic(text: string): string | null {
  if (text.length > 240) return null;
  const m = LED_GUESS.exec(text) ?? TRAILING_GUESS.exec(text);
  const head = m?.[1]?.trim();
  if (!head || !ASKS.test(head) || head.split(/\s+/u).length < 3) return null;
  return `${head.replace(/[\s,;:–—-]+$/u, "").replace(/\?+$/u, "")}?`;
}
