// "was the Quartet set up by the UN?", "did the EU found the quartet?", "was it created by Russia?": who
// made, founded or set up a thing. The article names things without their makers ("the Quartet formed to
// facilitate Israeli-Palestinian negotiations" never says who formed it), so a maker guessed in a yes/no question is
// "the article doesn't say" — never the Yes the entry's own verdict gives to the thing's purpose or members
// (dialog47, d112-08#3 was a false Yes). "formed to facilitate" without "by" is the thing's purpose, not its maker.
import type { Lang } from "../answering/types.js";

const MADE_EN =
  "(?:set up|founded|established|created|formed|launched|organi[sz]ed|initiated|started|put together|brought together|convened|assembled|built)";
const MAKE_EN =
  "(?:set up|found|establish|create|form|launch|organi[sz]e|initiate|start|put together|bring together|convene|assemble|build)";
const LEAD_EN = "^(?:(?:and|so|but|ok|okay|wait|then|hmm)[, ]+)*";
const THING_EN =
  "(?:the |this |that )?(?:[\\p{L}'-]+ ){0,3}?(?:quartet|group|it|this|that|format|body|mechanism)";
const MAKER_EN = [
  // "was the quartet set up by the un", "was it originally created by russia", "has it been formed by the eu"
  new RegExp(
    `${LEAD_EN}(?:was|were|is|has|had) ${THING_EN} (?:been )?(?:(?:originally|first|initially|actually|really) )?${MADE_EN} by (?!accident|chance)`,
    "u",
  ),
  // "did the eu found the quartet", "did russia help set it up", "did the un create it"
  new RegExp(
    `${LEAD_EN}(?:did|does|has|have|had) (?:the )?[\\p{L}'-]+(?: [\\p{L}'-]+)? (?:(?:originally|first|actually|really|help|helped) (?:to )?)?(?:${MAKE_EN}|${MADE_EN}) ${THING_EN}(?: up)?$`,
    "u",
  ),
  // "the quartet was set up by the un, right"
  new RegExp(`${LEAD_EN}${THING_EN} (?:was|were) (?:(?:originally|first) )?${MADE_EN} by `, "u"),
];
/** Whether a yes/no question guesses the maker of a thing (set up / founded / created by someone). */
export function makerAsked(folded: string, lang: Lang): boolean {
  const text = folded
    .replace(/[?!.\s]+$/u, "")
    .replace(/,? (?:right|correct|true|yes|да|верно)$/u, "")
    .trim();
  // English only: a Russian passive («квартет создан») names no maker, and «и россия там тоже?» after «зачем он
  // создан» is membership (dialogues21 ru-15#3); the Russian kind is left to the Russian lane.
  if (lang === "ru") return false;
  return MAKER_EN.some((re) => re.test(text));
}
