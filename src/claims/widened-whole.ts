// (claims37) A thing of the passage widened to a whole the article never speaks of: "the whole world", "the entire
// West", "all Western countries", «весь мир», «весь Запад», «все страны». ¶4's Kremlin keeps communication "with
// both warring sides"; «Кремль поддерживает открытую связь со всем миром» lined up on every other word and was
// confirmed as a paraphrase (claims-own42, base37), "… with the whole world" read not in the article. A confirmed
// claim whose whole ("all over the world", "worldwide", «по всему миру»; "everyone" where the passage has no "all")
// has no head noun in its passage (or the passage's translation) is altered; a claim read as not
// in the article is read again without the whole, and altered when the rest confirms or alters a passage. Nothing
// here confirms. Bounded expressions: word lists and fixed gaps.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { judgingWordOfItsOwn } from "./word-of-its-own.js";

/** The whole and its head noun (group 1): "the whole world", "all Western countries", «со всем миром». */
const WHOLE = lean(
  /(?<!\p{L})(?:(?:the\s{1,3})?(?:whole|entire)(?:\s{1,3}(?:western|arab|muslim|international))?\s{1,3}(world|west|planet|globe|community)|(?:all|every)(?:\s{1,3}the)?(?:\s{1,3}(?:western|arab|muslim|other|foreign))?\s{1,3}(countries|country|nations|nation|states)|(?:all\s{1,3}over|around|across)\s{1,3}the\s{1,3}(world|globe|planet)|(world)wide|(everyone|everybody)|по\s{1,3}всему\s{1,3}(миру)|(?:со?\s{1,3}|на\s{1,3}|для\s{1,3})?(?:весь|вс\p{L}{1,3}|цел\p{L}{2,4})(?:\s{1,3}(?:западн\p{L}{1,3}|арабск\p{L}{1,3}|мусульманск\p{L}{1,3}|международн\p{L}{1,3}|миров\p{L}{1,3}))?\s{1,3}(мир|мира|миру|миром|мире|запад\p{L}{0,2}|сообществ\p{L}{0,2}|стран\p{L}{0,3}|государств\p{L}{0,3}))(?!\p{L})/iu,
);

/** The head noun of a whole, by its stem, as the passage would have it. */
function headIn(head: string, passage: string): boolean {
  const stem = head
    .toLowerCase()
    .slice(0, Math.min(head.length, head.length > 4 ? head.length - 2 : head.length));
  const words = passage.toLowerCase().match(/\p{L}+/gu) ?? [];
  // «мир» is a word of its own, not the start of «мирные» (peace).
  return words.some((w) => (stem.length <= 3 ? w === head.toLowerCase() : w.startsWith(stem)));
}

/** The claim's whole that its passage has no head noun for; null when there is none. */
export function wholeOfItsOwn(claim: string, passage: string): string | null {
  const m = WHOLE.exec(claim);
  if (m === null) return null;
  const head = m.slice(1).find((g) => g !== undefined) ?? "";
  // "everyone" of a passage's "all parties" is no widening; of "both warring sides" it is.
  if (/^every/iu.test(head))
    return /(?<!\p{L})(?:all|every\p{L}*|все|всех|всем)(?!\p{L})/iu.test(passage) ? null : m[0].toLowerCase();
  return headIn(head, passage) ? null : m[0].replace(/\s+/gu, " ").trim().toLowerCase();
}

/** The checker, a whole the passage never speaks of read as altered, also on a claim read as not in the article. */
export const judgingWidenedWhole = (check: ClaimChecker): ClaimChecker =>
  judgingWordOfItsOwn(check, { word: WHOLE, ofItsOwn: wholeOfItsOwn, kind: "replaced" });
