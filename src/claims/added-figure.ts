// A figure the article never gives put into one of its sentences: "About a million former Russian citizens live in
// Israel, which gives Moscow common ground with it", «около миллиона бывших граждан России». The article counts
// nothing (it gives no number at all), so the figure's words stand unbacked and the claim read as news; but the
// rest is the article's sentence, with a detail added: altered, the figure named as the added change. The claim is
// read again without the figure; only a reading that lines up with a passage (confirmed or altered) and still
// covers most of it makes it altered. A claim that is the figure and little else ("about 1.5 million former
// Russian citizens live in Israel", "over 1,000 civilians died") stays news: its point is the count. Nothing here confirms. Every regular expression is bounded.
import type { ClaimChecker } from "./types.js";
import { alteredReading, confirms } from "./verdict.js";

/** A count: an approximation, then digits or a number word, then a scale word or digits ("800,000", "a million",
 * "two million", «около миллиона», «800 тысяч»). A bare small number word ("two sides") is no figure. */
const FIGURE =
  /(?<![\p{L}\d])(?:(?:about|around|roughly|some|nearly|almost|over|more\s{1,3}than|up\s{1,3}to|approximately|около|почти|более|порядка|примерно|свыше)\s{1,3})?(?:\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?\s{0,3}(?:%|percent|процент\p{L}*|million|millions|thousand|thousands|billion|млн|тыс\.?|миллион\p{L}*|тысяч\p{L}*)?|(?:a|one|two|three|four|five|half\s{1,3}a|several|один|два|две|три|полтора|несколько)\s{1,3}(?:million|thousand|hundred\s{1,3}thousand|миллион\p{L}*|тысяч\p{L}*)|(?:million|миллион\p{L}*))(?![\p{L}\d])(?:\s{1,3}(?:of|из))?/iu;

/** What is left once the figure is taken out covers at least this share of its passage: the sentence is the
 * article's. The claims sets' figure-only claims (a count of citizens, of the dead) leave 0.30–0.40. */
const COVERS_PASSAGE = 0.5;

/** The checker, a figure added to an article's sentence read as that sentence altered. */
export function judgingAddedFigure(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const m = FIGURE.exec(text);
    if (m === null || !/[\d]|million|thousand|миллион|тысяч|млн|тыс/iu.test(m[0])) return verdict;
    const rest = `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`
      .replace(/\s{2,}/gu, " ")
      .trim();
    const reread = check(rest);
    if (reread.span === null || !(confirms(reread.verdict) || reread.verdict === "altered")) return verdict;
    // The figure is the claim's point ("about 1.5 million former Russian citizens live in Israel", "over 1,000
    // civilians have died in Gaza"): what is left covers a clause of its passage, the count is news. Only a
    // figure put into a statement that still says most of its passage is a detail added to it.
    if (reread.similarity.coverage < COVERS_PASSAGE) return verdict;
    return alteredReading(reread, verdict, [
      ...reread.changes,
      { kind: "added", claimed: m[0].trim(), article: "" },
    ]);
  };
}
