// Encyclopedic facts about a place, people or body the story names ("what is the capital of Turkey", "what
// currency does Turkey use", "when was the UN founded"): the article gives none, so an entry that merely names
// the thing (who Erdogan is, for "Turkey") must not answer them — "the article doesn't say", with what it does.
// Also what a weather app or a travel guide tells of a place ("weather in tel aviv tomorrow", "any good restaurants
// in ankara?", "how cold is it in moscow"): the place is only where the asked thing is; read as typed, the place's
// name split the ranker between the entries naming it and the reply was "not sure which of these" (whole-question.ts
// refuses such a question instead of asking which entry was meant). And a warring side's arms ("what weapons does
// hamas use": party-arsenal.ts).
import { leanRegExp } from "../lib/lean-regexp.js";
import { asksPartyArsenal } from "./party-arsenal.js";

/** What an encyclopedia, not this article, tells of a country, city or organisation (normalised words). */
const WANTS_TRIVIA = leanRegExp(
  [
    String.raw`\bcapital(?: city)? (?:of|is)\b`,
    String.raw`\b(?:its|their|s) capital\b`,
    String.raw`\bcapital(?: city)?$`,
    String.raw`\b(?:population|currency|anthem|gdp|climate|weather|time zone|timezone)\b`,
    String.raw`\bflag (?:of|look|colou?rs?)\b`,
    String.raw`\bofficial language\b`,
    String.raw`\blanguages? (?:do|does|is|are) (?:people |they |the people )?(?:speak|spoken|talk)\b`,
    String.raw`\b(?:founded|established) (?:in|when)\b`,
    // "who founded tel aviv?": "tel aviv" is one of Israel's names, and "founded" found the Quartet "formed" to
    // facilitate the talks (blind-ru62, session 31). Not "formed" / "set up": who formed the Quartet is the article's.
    String.raw`\bwho (?:founded|built)\b`,
    String.raw`\bwhen (?:was|were|did) (?:the )?[a-z ]{1,40} (?:founded|established|set up|created|formed|built)\b`,
    String.raw`\b(?:tallest|oldest|largest|biggest|longest) (?:building|city|cities|river|mountain|lake)\b`,
    String.raw`\bnational (?:dish|sport|animal|food|holiday|bird)\b`,
    // A country's economic figures ("whats the inflation rate in turkey", "unemployment in israel"): the article
    // gives none, and the country's name alone found who Erdogan is (blind-ru84's closing note; quality39).
    String.raw`\b(?:inflation|unemployment|jobless(?:ness)?|interest rates?|exchange rates?|minimum wage|average (?:salary|wage|income)|stock (?:market|exchange)|growth rate|economic growth|national debt|budget deficit)\b`,
    String.raw`\bheadquarter(?:s|ed)?\b`,
    String.raw`\b(?:weather forecast|temperatures?|raining|snowing|sunny|humid(?:ity)?)\b`,
    String.raw`\bhow (?:hot|cold|warm|sunny|rainy) (?:is it|it is|s it)\b`,
    String.raw`\b(?:restaurants?|cafes?|hotels?|hostels?|airbnbs?|nightlife|beach(?:es)?|sightseeing|tourists?|tourism|flights? to|cheap flights?)\b`,
    String.raw`\b(?:things|stuff) to do\b`,
    // Who governs a party whose leader the article never names ("who runs israel now", "who heads hamas"): the
    // party's name alone found the entries naming Putin or Erdogan (quality39). Turkey and Russia are not here:
    // the article names their leaders.
    String.raw`\bwho (?:now |currently |actually )?(?:leads|runs|heads|governs|rules|is in charge of|is running|is leading|is governing) (?:the )?(?:israel|israelis|hamas|gaza(?: strip)?|palestine|palestinians|palestinian authority|iran|china|us|usa|united states|america|eu|european union|un|united nations)\b`,
    String.raw`\b(?:places?|spots?|where) to (?:eat|stay|visit|party|shop)\b`,
  ].join("|"),
);

/** Whether a question (normalised words joined by spaces) asks an encyclopedic fact of a place or body. */
export function wantsTrivia(words: string): boolean {
  // A warring side's arms ("what weapons does hamas use"): no more the article's than a capital (party-arsenal.ts).
  return WANTS_TRIVIA.test(words) || asksPartyArsenal(words);
}

/** The Russian founding question of a place or body («кто основал Тель-Авив?», «в каком году основан Израиль»). */
const WANTS_TRIVIA_RU =
  /(?:^| )(?:кто (?:основал|построил)|(?:когда|в каком году) (?:был[аио]? )?(?:основан[аоы]?|построен[аоы]?))(?= |$)/u;
/** «кто сейчас руководит Израилем», «кто возглавляет ХАМАС»: a leader the article never names (Turkey's and Russia's
 * it does, so they are not here; quality39). */
const WANTS_LEADER_RU =
  /(?:^| )кто (?:(?:сейчас|теперь|сегодня|вообще|там) )*(?:руководит|возглавляет|управляет|правит|главный в|главный у|стоит во главе) (?:(?:сейчас|теперь) )?(?:израил|хамас|газ|сектор|палестин|сша|америк|штат|иран|кита|евросоюз|ес|оон)\S*(?= |$)/u;

/** Whether a Russian question (normalised words joined by spaces) asks when or by whom a place was founded. */
export function wantsRussianTrivia(words: string): boolean {
  return WANTS_TRIVIA_RU.test(words) || WANTS_LEADER_RU.test(words);
}
