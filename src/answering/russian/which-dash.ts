// A which-question closed by its guess after a dash («Какую роль хочет играть Кремль — конструктивную?», «Кого Путин
// винит — США?», «С кем Путин говорил по телефону — с Эрдоганом?»): the guess asked yes or no, the question word
// replaced by it («конструктивную роль хочет играть Кремль?»), so the card's point is checked against it and its «Да»
// owned (owned-verdict.ts), a wrong guess left to the points (no point, no verdict). Read as typed, the question word
// made it an open question: the card came without «Да» (quality48ru). The guess must be short and ask nothing itself.

/** A verb in the guess («— америка провалилась?»): a statement, not a guess at the question word. */
const GUESS_VERB = /\p{L}(?:ась|ось|ись|ился|ела|ала|ила|ули|ают|яют|ует|ит|ят)(?!\p{L})/u;
/** A clause in the head («Кто сказал, что эскалация — провал…?»): the dash is the clause's own. */
const HEAD_CLAUSE = /(?<!\p{L})(?:что|чтобы|если|когда|тоже|матч\p{L}*)(?!\p{L})/iu;
/** The question word of a choice, with the preposition it is asked with. */
const WHICH =
  /(?<!\p{L})(?:(с|о|об|про|у|к|от|для|на|в) )?(как(?:ой|ую|ая|ое|ие|их|им|ими|ом|ого|ому)|кого|кому|кем|ком|кто)(?!\p{L})/iu;
/** The head, a dash with spaces around it, a guess of one to four words, the question mark. */
const DASHED = /^([^—–?]+?)\s+[—–-]{1,2}\s+((?:\p{L}[\p{L}-]*\s*){1,4})\?+\s*$/u;
const ASKS_ITSELF =
  /(?<!\p{L})(?:кто|что|какой|какая|какую|какие|как|почему|зачем|где|когда|да|нет|или|ли|не|только|тоже|также)(?!\p{L})/iu;

/** The question with its dashed guess in the question word's place, asked yes or no; or as it came. */
export function withWhichDashGuessAsked(text: string): string {
  if (text.length > 160) return text;
  const m = DASHED.exec(text.trim());
  if (m === null) return text;
  const head = m[1] ?? "";
  const guess = (m[2] ?? "").trim();
  if (ASKS_ITSELF.test(guess) || GUESS_VERB.test(guess) || HEAD_CLAUSE.test(head)) return text;
  // «Кто такой Песков — пресс-секретарь?» asks who he is: the guess is no answer to check.
  if (/(?<!\p{L})(?:кто так(?:ой|ая|ие)|что так(?:ое|ая))(?!\p{L})/iu.test(head)) return text;
  const which = WHICH.exec(head);
  if (which === null) return text;
  const preposition = which[1]?.toLowerCase();
  // «с кем … — с Эрдоганом»: the guess carries its preposition; «с кем … — Эрдоган» gets the question's.
  const guessPrep = guess.split(/\s+/u)[0]?.toLowerCase();
  const put = preposition === undefined || guessPrep === preposition ? guess : `${which[1]} ${guess}`;
  const asked = `${head.slice(0, which.index)}${put}${head.slice(which.index + which[0].length)}`;
  return `${asked.replace(/\s+/gu, " ").trim()}?`;
}
