// How people attribute a sentence in Russian: "Песков заявил, что …", "По словам Пескова, …", "…, — сказал
// Путин", "Путин: «…»", and the denial "Путин никогда не говорил, что …". Bounded expressions: linear time.
import { NEGATORS } from "./polarity.js";
import type { ClaimFrame } from "./words.js";

/** Verbs that only attribute: the statement follows, with or without "что". */
const SAY =
  "сказал|сказала|сказали|заявил|заявила|заявили|заявляет|заявляют|говорит|говорят|говорил|говорила|говорили|утверждает|утверждал|утверждала|считает|считал|считают|полагает|полагал|думает|уверен|уверена|сообщил|сообщила|сообщает|отметил|отметила|отмечает|пишет|писал|написал|говорится|сказано|утверждается|сообщается";
/** Verbs that attribute only with "что" after them; alone they are the claim's predicate ("Путин подчеркнул …"). */
const SAY_THAT =
  "подчеркнул|подчеркнула|подчёркивает|подчеркивает|признал|признаёт|признает|добавил|добавила|пояснил|указал|указывает|настаивает|настаивал|намекнул|признался";

const LEADING = new RegExp(
  `^([^,:;.!?"“”«»]{1,60}?)\\s+(?:(?:${SAY})(?:\\s*,)?(?:\\s+что)?|(?:${SAY_THAT})\\s*,?\\s+что)\\s*[:,]?\\s+(\\S[\\s\\S]*)$`,
  "i",
);
const LEADING_ACCORDING =
  /^(?:по\s+словам|по\s+мнению|по\s+данным|согласно|как\s+(?:сказал|сказала|заявил|заявила|считает|пишет|говорит|утверждает|отмечает)|со\s+слов)\s+([^,:;]{1,60}?)\s*[,:]\s*(\S[\s\S]*)$/i;
/** (claims34) «по словам пескова кремль хочет …», no comma after the name: a name of one word. */
const LEADING_ACCORDING_BARE =
  /^(?:по\s+словам|по\s+мнению|со\s+слов)\s+(\p{L}[\p{L}-]{1,30})\s+(\S+\s+\S+\s+\S[\s\S]*)$/iu;
/**
 * (claims-r2-34) Who holds it in another case: «Макрону ясно, что …», «Лаврову известно, что …», «у Лаврова нет
 * сомнений, что …» — the name in the dative or after «у» is the claimed speaker, as the nominative's «считает, что».
 */
const LEADING_OBLIQUE =
  /^(?:у\s+)?([^,:;.!?"“”«»]{1,60}?)\s+(?:известно|ясно|понятно|очевидно|кажется|казалось|представляется|думается|нет\s+сомнений|нет\s+сомнения|не\s+было\s+сомнений)\s*,?\s+что\s+(\S[\s\S]*)$/iu;
const LEADING_COLON = /^([^,:;.!?"“”«»]{1,40}):\s*(\S[\s\S]*)$/;
const TRAILING = new RegExp(
  `^([\\s\\S]*?)[,.]?\\s*(?:[—–-]+\\s*)?(?:(?:${SAY})\\s+([^,.;:!?]{1,60}?)|(?:по\\s+словам|по\\s+мнению|как\\s+(?:сказал|заявил|считает))\\s+([^,.;:!?]{1,60}?))\\s*[.!]?$`,
  "i",
);
const QUOTED = /^["“”«»„'‘’]\s*([\s\S]*?)\s*[.!]?\s*["“”«»'‘’]\s*[.!]?$/;
const MAX_NAME_WORDS = 6;

export function parseRussianFrame(text: string): ClaimFrame {
  const trimmed = text.trim();
  const leading =
    LEADING_ACCORDING.exec(trimmed) ??
    LEADING_ACCORDING_BARE.exec(trimmed) ??
    LEADING.exec(trimmed) ??
    LEADING_OBLIQUE.exec(trimmed) ??
    LEADING_COLON.exec(trimmed);
  if (leading && isName(leading[1]!)) return framed(leading[2]!, leading[1]!.trim(), trimmed);
  // The trailing frame needs a comma or a dash before it: "… прекращения огня, — сказал Путин".
  const comma = Math.max(trimmed.lastIndexOf(","), trimmed.lastIndexOf("—"));
  if (comma > 0) {
    const tail = TRAILING.exec(trimmed.slice(comma));
    const name = tail?.[2] ?? tail?.[3];
    if (name !== undefined && isName(name)) return framed(trimmed.slice(0, comma), name.trim(), trimmed);
  }
  return framed(trimmed, null, trimmed);
}

function isName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length > 0 && words.length <= MAX_NAME_WORDS;
}

function framed(statement: string, name: string | null, body: string): ClaimFrame {
  const s = statement.trim().replace(/[\s,—–-]+$/, "");
  const m = QUOTED.exec(s);
  // A name part that denies the attribution: "Путин никогда не", "Песков не", "без Пескова".
  const negated = (name ?? "")
    .toLowerCase()
    .split(/\s+/)
    .some((w) => NEGATORS.has(w));
  return m
    ? { statement: m[1]!, name, quoted: true, negated, body }
    : { statement: s, name, quoted: false, negated, body };
}
