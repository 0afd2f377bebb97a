// The asker's words for the people behind Russia's common ground with Israel: the article's "former Russian citizens
// residing there", asked as "migrants", "immigrants", "emigrants", "the diaspora", "expats", "Russian speakers"
// ("what role do migrants play in russia's ties with israel?", "why does the article mention ex-soviet migrants?";
// blind97's "whats the israel russia link in the article, something about migrants?", quality47). "Migrants" is no
// word of the knowledge base: after "about" it was read as the question's unknown topic, and the message refused.
// Read as the article's words, only where the message names Israel, Russia or the Soviet past, and the people are
// not given another origin ("syrian migrants", "migrants from ukraine") nor another place ("migrants in europe"):
// those stay the asker's own topic. Settlers and refugees are other people, and are left alone.

const ORIGIN = String.raw`(?:russian|soviet|ex-soviet|ex\s+soviet|former\s+soviet|post-soviet|russian-speaking|russian\s+speaking)`;
const PEOPLE = String.raw`(?:migrants?|immigrants?|emigrants?|emigres?|émigrés?|expats?|expatriates?|diaspora|russian\s+speakers|russian-speakers)`;

/** The people, with an origin of Russia's before them or none, and where they came from after them. */
const MIGRANTS = new RegExp(
  String.raw`(?<![\p{L}-])(?:the\s+)?(?:${ORIGIN}\s+)?${PEOPLE}(?:\s+from\s+(?:russia|the\s+(?:former\s+)?soviet\s+union|the\s+ussr|the\s+former\s+ussr))?(?![\p{L}-])`,
  "giu",
);

/** The message names Israel, Russia or the Soviet past: the common ground's two sides. */
const SIDES =
  /(?<!\p{L})(?:israel|israeli|israelis|russia|russian|russians|moscow|kremlin|soviet|ussr)(?!\p{L})/iu;

/** Another origin or place given to the people: "syrian migrants", "migrants from ukraine", "immigrants in europe". */
const OTHER_ORIGIN =
  /(?<!\p{L})(?:palestinian|gazan|syrian|ukrainian|african|arab|jewish|european|american|turkish|iranian|lebanese|egyptian|afghan|asian|illegal|economic|climate)\s+(?:migrants?|immigrants?|emigrants?|expats?|diaspora)|(?:migrants?|immigrants?|emigrants?|expats?|diaspora)\s+(?:from|to|into|in|across|crossing|at)\s+(?!russia\b|israel\b|the\s+(?:former\s+)?soviet\s+union\b|the\s+ussr\b|there\b|it\b)/iu;

/** The asker's migrants as the article's former Russian citizens, where the message is about Israel and Russia. */
export function withMigrantsAsFormerCitizens(text: string): string {
  if (text.length > 240 || !SIDES.test(text) || OTHER_ORIGIN.test(text)) return text;
  MIGRANTS.lastIndex = 0;
  if (!MIGRANTS.test(text)) return text;
  MIGRANTS.lastIndex = 0;
  return text.replace(MIGRANTS, "former russian citizens");
}
