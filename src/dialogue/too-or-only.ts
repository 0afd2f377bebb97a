// Kind: "is he worried about israeli civilians too or only the gaza side?", "does he care about people in israel
// as well or just gaza?", «его волнуют только палестинцы или израильтяне тоже?». An "X too or only Y" question is
// an alternative in form, so no verdict was read; it asks whether X holds beside Y. The engine answers it as typed
// (its Y keeps it on the topic); where that answer's own quotes (or their translations) name both X and Y, Yes:
// the article holds both halves. Otherwise the turn is left as it was. Its "only" words are not restrictive-only.ts's:
// each is one half of an either-or, placed by the patterns ("or only Y", "Y only or"), and «одни/одних» count too.
import type { DialogueTurn } from "./types.js";

const LEAD_EN = "(?:(?:so|and|but|ok|okay|wait|then|like)[, ]+)*";
const TOO_EN = "(?:too|as well|also)";
const ONLY_EN = "(?:just|only|solely|merely)";
/** "<asked> X too or only Y?" */
const TOO_FIRST_EN = new RegExp(
  `^(${LEAD_EN}.{3,120}?)\\s+${TOO_EN},?\\s+or\\s+(?:is it |was it |does he |do they )?${ONLY_EN}\\s+(.{2,60}?)\\s*\\?*$`,
  "iu",
);
/** "<asked> only Y or X too?" */
const ONLY_FIRST_EN = new RegExp(
  `^(${LEAD_EN}.{3,80}?)\\s+${ONLY_EN}\\s+(.{2,60}?),?\\s+or\\s+(?:about\\s+|for\\s+|on\\s+)?(.{2,60}?)\\s+${TOO_EN}\\s*\\?*$`,
  "iu",
);
/** "<asked> Y only or X too?" */
const ONLY_AFTER_EN = new RegExp(
  `^(${LEAD_EN}.{3,80}?)\\s+((?:\\S+ ){0,2}\\S+)\\s+(?:only|alone),?\\s+or\\s+(?:about\\s+|for\\s+|on\\s+)?(.{2,60}?)\\s+${TOO_EN}\\s*\\?*$`,
  "iu",
);
const TOO_RU = "(?:тоже|также|заодно)";
const ONLY_RU = "(?:только|лишь|одни|одних|одним)";
/** «<asked> X тоже или только Y?» */
const TOO_FIRST_RU = new RegExp(
  `^(.{3,120}?)\\s+${TOO_RU},?\\s+или\\s+${ONLY_RU}\\s+(.{2,60}?)\\s*\\?*$`,
  "iu",
);
/** «<asked> только Y или X тоже?» */
const ONLY_FIRST_RU = new RegExp(
  `^(.{3,80}?)\\s+${ONLY_RU}\\s+(.{2,60}?),?\\s+или\\s+(?:и\\s+)?(.{2,60}?)\\s+${TOO_RU}\\s*\\?*$`,
  "iu",
);

/** The words of X and of Y, for the evidence check. */
export type TooOrOnly = [string, string];

/** The two halves (X, Y) of an "X too or only Y" question, or null when it is no such. */
export function tooOrOnlyOf(text: string): TooOrOnly | null {
  const t = text.trim();
  const en1 = TOO_FIRST_EN.exec(t);
  if (en1?.[1] && en1[2]) return [lastWords(en1[1]), en1[2]];
  const en2 = ONLY_FIRST_EN.exec(t);
  if (en2?.[2] && en2[3]) return [en2[3], en2[2]];
  const en3 = ONLY_AFTER_EN.exec(t);
  if (en3?.[2] && en3[3]) return [en3[3], en3[2]];
  const ru1 = TOO_FIRST_RU.exec(t);
  if (ru1?.[1] && ru1[2]) return [lastWords(ru1[1]), ru1[2]];
  const ru2 = ONLY_FIRST_RU.exec(t);
  if (ru2?.[2] && ru2[3]) return [ru2[3], ru2[2]];
  return null;
}

/** The last three words of the asked clause: X in "is he worried about israeli civilians". */
const lastWords = (clause: string): string => clause.split(/\s+/u).slice(-3).join(" ");

const STOP = new Set([
  "about",
  "people",
  "side",
  "sides",
  "there",
  "the",
  "with",
  "civilians",
  "люди",
  "людей",
  "стороны",
  "сторона",
]);
/** A half's content words, lower case. */
const wordsOf = (half: string): string[] =>
  (
    half
      .toLowerCase()
      .replace(/ё/gu, "е")
      .match(/\p{L}{3,}/gu) ?? []
  ).filter((w) => !STOP.has(w));
/** A word's stem: five letters in English; in Russian four, three of a short word (endings vary more). */
const stemOf = (w: string): string => (/[а-я]/u.test(w) ? w.slice(0, w.length >= 6 ? 4 : 3) : w.slice(0, 5));

/**
 * The story's two sides and the US, as the English quotes spell them, by the words' starts in either language:
 * in this story the Palestinian side and Gaza are one side of the fighting.
 */
const SIDES: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:israel|изра)/u, /israel/u],
  [/^(?:gaza|palestin|газ|сектор|палест)/u, /gaza|palestin/u],
  [/^(?:hamas|хамас)/u, /hamas/u],
  [/^(?:america|washington|сша|амер|вашингт)/u, /united states|\bus\b|washington/u],
];

/** Each half names something the quotes (or their translations) name: the article holds both. */
export function bothHalvesQuoted(halves: [string, string], quoted: string): boolean {
  const q = quoted.toLowerCase().replace(/ё/gu, "е");
  const holds = (half: string) =>
    wordsOf(half).some(
      (w) =>
        (w.length >= 4 && q.includes(stemOf(w))) ||
        SIDES.some(([asked, quotedAs]) => asked.test(w) && quotedAs.test(q)),
    );
  return holds(halves[0]) && holds(halves[1]);
}

/** The turn with Yes where its answer quotes both halves of an "X too or only Y" question; unchanged otherwise. */
export function withBothHalves(turn: DialogueTurn, asked: TooOrOnly | null): DialogueTurn {
  if (!asked || turn.replies.length !== 1) return turn;
  const reply = turn.replies[0];
  if (reply?.kind !== "answer" || !reply.answer.answered || reply.answer.quotes.length === 0) return turn;
  if (reply.verdict === "yes" || reply.verdict === "no") return turn;
  const quoted = reply.answer.quotes.map((q) => `${q.text} ${q.translation ?? ""}`).join(" ");
  if (!bothHalvesQuoted(asked, quoted)) return turn;
  return {
    ...turn,
    replies: [{ ...reply, verdict: "yes", verdictSource: "article-text" }],
    context: turn.context ? { ...turn.context, verdict: "yes" } : turn.context,
  };
}
