// A detail the passage does not give, added to words that line up with it: a figure or an amount ("about a
// million former … live in Israel", "5,000 casualties", "most Israelis", "около миллиона", "большинство"), a time
// ("on Monday", "yesterday", "в понедельник"), a superlative ("the clearest indication yet", "самым
// беспристрастным") or another descriptor of a group ("former Soviet citizens" for former Russian ones). Each
// weighs one light word, so the rest of the claim matched and it was confirmed (claims-blind24's false
// confirmation). A confirmed claim with such a word that neither its paragraph nor the paragraph's translation
// has is altered when it says much of the passage, else not in the article: never confirmed.
// Every regular expression is bounded: one word at a time, anchored, or a fixed run of words.
import { foldForMatch } from "../knowledge/index.js";
import { notReported } from "./new-event.js";
import type { ClaimChecker } from "./types.js";

/** Words of a figure or an amount, English and Russian ("two" and "both" are any "A and B": counts.ts). */
const AMOUNT =
  /^(?:\d[\d.,]*|millions?|billions?|thousands?|hundreds?|dozens?|half|majority|minority|most|percent|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|миллион\p{L}*|млн|миллиард\p{L}*|тысяч\p{L}*|тыс|сотн\p{L}*|сотен|десятк\p{L}*|дюжин\p{L}*|половин\p{L}*|большинств\p{L}*|меньшинств\p{L}*|процент\p{L}*|тр[её]х|тр[её]м|пят[ьи]|шест[ьи]|сем[ьи]|восем\p{L}*|девят[ьи]|десят[ьи]|двадцат\p{L}*|тридцат\p{L}*|сорок\p{L}?|пятьдесят|сто|двести|триста|пятьсот)$/u;
/** A day, a month or a moment: the time of a deed the passage does not date. */
const TIME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|ago|january|february|march|april|june|july|august|september|october|november|december|понедельник\p{L}?|вторник\p{L}?|среду|четверг\p{L}?|пятниц\p{L}|суббот\p{L}|воскресень\p{L}|вчера|сегодня|завтра|назад|январ\p{L}+|феврал\p{L}+|марта|апрел\p{L}+|июн\p{L}+|июл\p{L}+|август\p{L}?|сентябр\p{L}+|октябр\p{L}+|ноябр\p{L}+|декабр\p{L}+)$/u;
/** "last week", "next month", "на прошлой неделе", "в прошлом году": a time in two or three words. */
const TIME_PHRASE =
  /(?<!\p{L})(?:(?:last|next|this|earlier\s+this)\s+(?:week|month|year|weekend|morning|evening|night)|на\s+(?:прошлой|этой|следующей)\s+неделе|в\s+(?:прошлом|этом|следующем)\s+(?:месяце|году))(?!\p{L})/iu;
/** A superlative word of its own ("most" is an amount above): the claim ranks what the passage does not. */
const SUPERLATIVE =
  /^(?:least|biggest|largest|greatest|worst|best|clearest|strongest|highest|lowest|deepest|gravest|harshest|fiercest|closest|sharpest|toughest|bloodiest|deadliest|heaviest|longest|oldest|наибол\p{L}*|наимен\p{L}*|крупнейш\p{L}*|величайш\p{L}*|худш\p{L}*|сильнейш\p{L}*|тяжелейш\p{L}*|серь[её]знейш\p{L}*|глубочайш\p{L}*|важнейш\p{L}*|острейш\p{L}*)$/u;
/** "самый" before an adjective ("самым беспристрастным"), not "тем самым" (thereby) nor "самого Путина". */
const RUSSIAN_MOST =
  /(?<!\p{L})(?:сам(?:ый|ая|ое|ые|ого|ой|ому|ым|ыми|ых|ую))\s+\p{L}+(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ой|ей|ому|ему|ым|им|ыми|ими|ых|их|ую|юю)(?!\p{L})/iu;
/** A group's descriptor the article gives no group: whose former citizens, which community. */
const DESCRIPTOR =
  /^(?:soviets?|ussr|jewish|jews|ukrainians?|muslims?|christians?|arabs?|советск\p{L}*|ссср|евре\p{L}*|иуде\p{L}*|украин\p{L}*|мусульман\p{L}*|христиан\p{L}*|араб\p{L}*)$/u;

/** A place a deed is set in: "in Moscow", "from Tehran", "в Анкаре" (a name, not an acronym: "in US policy"). */
const PLACE = /(?<!\p{L})(?:in|from|в|во|из)\s+(\p{Lu}\p{Ll}+)/gu;
/** A body the place only locates ("the Foreign Ministry in Moscow", "officials in Washington"), or a region. */
const LOCATED =
  /(?<!\p{L})(?:ministry|government|officials|authorities|kremlin|leadership|diplomats|embassy|мид|министерство|министерства|правительство|власти|кремль|посольство)\s+\p{L}+\s+\p{L}+$/iu;

/**
 * The places the claim sets a deed in that the passage names in no form. A body's seat the article knows is only
 * where the body is ("the Foreign Ministry in Moscow"); one it never names is another body ("… in Tehran").
 */
function addedPlaces(
  claim: string,
  given: (word: string) => boolean,
  known: (word: string) => boolean,
): string[] {
  const found: string[] = [];
  for (const m of claim.matchAll(PLACE)) {
    const name = m[1]!.toLowerCase();
    if (given(name) || name.startsWith("mid")) continue;
    const seat = LOCATED.test(claim.slice(Math.max(0, m.index - 40), m.index + m[0].length));
    if (seat && known(name)) continue;
    found.push(m[0].toLowerCase());
  }
  return found;
}

/** Words of a text, lower-cased, with figures ("5,000", "1.5") kept whole. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\d[\d.,]*\d|\d|\p{L}+/gu) ?? [];

/**
 * The texts read by givenIn, by text: the checker asks of the same few (the whole article, a paragraph with its
 * translation) on every confirmed claim, and reading the article's words was an array and a Set of thousands of
 * words per claim. Cleared when full (texts passed by tests and other callers).
 */
const readTexts = new Map<string, (word: string) => boolean>();
const READ_TEXTS_KEPT = 64;

/** Whether a text has a word in some form: a figure as typed, a word by its opening ("Москве" of "Москва"). */
function givenIn(text: string): (word: string) => boolean {
  let given = readTexts.get(text);
  if (given === undefined) {
    const said = new Set(wordsOf(text));
    // The words in the Set's order, made once (was `[...said]` per word asked).
    const saidInOrder = [...said];
    given = (word) => {
      if (/\d/.test(word)) return said.has(word);
      // A short Russian name by all but its ending: «Газе» of «Газа» (claims-r2-37: «в Газе» read as a place added).
      const short = word.length <= 5 && /\p{Script=Cyrillic}/u.test(word);
      const head = word.slice(0, short ? Math.max(3, word.length - 1) : Math.max(4, word.length - 2));
      return saidInOrder.some((w) => w.startsWith(head));
    };
    if (readTexts.size >= READ_TEXTS_KEPT) readTexts.clear();
    readTexts.set(text, given);
  }
  return given;
}

/** The figure, time, place, superlative or descriptor words of the claim that the passage has in no form. */
export function addedDetails(claim: string, passage: string, article: string): string[] {
  const given = givenIn(passage);
  const found = wordsOf(claim).filter(
    (w) => (AMOUNT.test(w) || TIME.test(w) || SUPERLATIVE.test(w) || DESCRIPTOR.test(w)) && !given(w),
  );
  found.push(...addedPlaces(claim, given, givenIn(article)));
  for (const re of [TIME_PHRASE, RUSSIAN_MOST]) {
    const m = re.exec(claim);
    // "тем самым" is "thereby", no superlative.
    if (m && /^самым\s/iu.test(m[0]) && /тем\s+$/iu.test(claim.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    if (m && !re.test(passage)) found.push(m[0].toLowerCase().replace(/\s+/gu, " "));
  }
  return found;
}

/** A passage this much covered by the claim is the claim's own statement, the detail added to it (new-event.ts). */
const COVERED = 0.45;

/**
 * The checker, a confirmed claim adding a figure, a time, a superlative or a group's descriptor its passage does
 * not give read as altered (or, sharing little of the passage, not in the article). `translations`: the curated
 * Russian sentence of each English sentence of the article, keyed by the English folded (foldForMatch).
 */
export function judgingAddedDetail(
  check: ClaimChecker,
  paragraphs: readonly string[],
  translations: ReadonlyMap<string, string>,
): ClaimChecker {
  // The translations are keyed by the folded English sentence.
  const article = [...paragraphs, ...translations.values()].join("\n");
  const passages = paragraphs.map((p) => {
    const folded = foldForMatch(p);
    return [p, ...[...translations].flatMap(([en, ru]) => (folded.includes(en) ? [ru] : []))].join("\n");
  });
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "verbatim" && verdict.verdict !== "paraphrase") return verdict;
    const passage = passages[(verdict.span?.paragraph ?? 0) - 1];
    if (passage === undefined) return verdict;
    const added = addedDetails(text, passage, article);
    if (added.length === 0) return verdict;
    if (verdict.similarity.coverage < COVERED) return notReported(verdict);
    return {
      ...verdict,
      verdict: "altered",
      exact: null,
      changes: [...verdict.changes, { kind: "added", claimed: added.join(" "), article: "" }],
    };
  };
}
