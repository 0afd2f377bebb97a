// Whose people live where, turned round: "former Israeli citizens living in Russia" of "former Russian citizens
// residing there [in Israel]", "бывших израильских граждан, живущих в России" of "проживающих там бывших граждан
// России". Every word lines up (both countries are in the passage), so the claim read as a paraphrase; the two
// places changed roles, origin for home. Read on the claim as typed against the passage's sentence, EN and RU.

import { lean } from "../lib/lean-regexp.js";
import { RecentCache } from "../lib/recent-cache.js";
import type { ClaimChange } from "./types.js";

/** A country by the stems of its name, adjective and people, English and Russian (lower case, ё as е). */
const COUNTRIES: [string, RegExp][] = [
  ["russia", /^(?:russia|russian|russians|росси|российск|россиян|русск)/],
  ["israel", /^(?:israel|israeli|israelis|израил|израильск|израильтян)/],
  ["palestine", /^(?:palestin|палестин)/],
  ["turkey", /^(?:turkey|turkish|turks?$|турц|турецк|турк)/],
  ["ukraine", /^(?:ukrain|украин)/],
  ["us", /^(?:us$|usa$|america|американ|америк|сша$)/],
];
/** A word naming a country's people by itself ("Israelis", "израильтяне"): their origin when nothing else says. */
const PEOPLE_OF = lean(
  /^(?:russians|israelis|palestinians|ukrainians|americans|turks|россиян|израильтян|палестинц|украинц|американц|турк)/,
);
/** Nouns of people by citizenship; an origin stands before them (adjective) or after (of X, genitive, from X). */
const CITIZENS = lean(
  /^(?:citizens?|nationals?|emigrants?|immigrants?|expatriates?|expats?|émigrés?|emigres?|граждан|выходц|эмигрант|иммигрант|репатриант|уроженц)/,
);
/** People nouns that name where they come from: "from"/"из" after them gives the origin. */
const ORIGIN_NOUN = lean(/^(?:emigr|émigr|immigr|выходц|уроженц|эмигрант|иммигрант|репатриант)/);
/** Qualifiers between an origin and its people noun: "former", "ex-", "one-time". */
const BETWEEN = lean(/^(?:former|ex|one|time|onetime|бывш|прежн)/);
/** Verbs of living somewhere; the place follows "in/to/в" after them, or stands right before them (в России живёт). */
const LIVING = lean(
  /^(?:liv|lives|live|resid|settl|moved|move|relocat|emigrat|immigrat|dwell|жив|прожива|поселивш|поселил|переехав|переехал|осевш|осел|эмигрир)/,
);
const TO_PLACE = new Set(["in", "to", "into", "в", "во"]);
const THERE = new Set(["there", "там", "туда"]);

interface Roles {
  origin: string | null;
  /** The word that gives the origin, as the text writes it (lower case). */
  originWord: string;
  /** The origin came from a citizens noun ("Israeli citizens"), not a people word alone ("Israelis"). */
  stated: boolean;
  home: string | null;
  homeWord: string;
}

const fold = (s: string) => s.toLowerCase().replace(/ё/g, "е");
const words = (text: string) => fold(text).match(/[\p{L}]+/gu) ?? [];
const countryOf = (word: string) => COUNTRIES.find(([, re]) => re.test(word))?.[0] ?? null;

/**
 * "Israel is home to many former Russian citizens": the people live in the place ("many former Russian citizens
 * live in Israel"), read so before the claim is compared (judge.ts) and before its roles are (below). A subject of
 * four words at most, up to the clause's end.
 */
const HOME_TO = lean(
  /(^|[,:;]\s{0,3}|\bthat\s{1,3})((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(?:is|are|was|were|has\s+become|have\s+become|became)\s+(?:also\s+)?(?:the\s+|a\s+)?(?:new\s+)?home\s+(?:to|for)\s+([^,.;!?]+)/giu,
);

export function readHomeTo(text: string): string {
  return text.replace(HOME_TO, (_, lead: string, place: string, people: string) => {
    return `${lead}${people.trimEnd()} live in ${place}`;
  });
}

/** The passages' roles, read once each: a passage is a unit of the article or its translation (a few hundred). Past
 * this many passages (another knowledge base's, or a test's) the least recently read go: memory stays bounded. */
const passageRolesKept = new RecentCache<string, Roles>(1_000);

const passageRoles = (sentence: string): Roles =>
  passageRolesKept.getOrMake(sentence, () => rolesOf(sentence));

/** Where a text's people come from and where they live, as far as it says. */
function rolesOf(text: string): Roles {
  const w = words(readHomeTo(text));
  let origin: string | null = null;
  let originWord = "";
  let stated = false;
  for (const [i, word] of w.entries()) {
    if (!CITIZENS.test(word)) continue;
    let j = i - 1;
    while (j >= 0 && BETWEEN.test(w[j]!)) j--;
    const before = j >= 0 ? countryOf(w[j]!) : null;
    // "citizens of Israel"; "from"/"из" only after a word of origin ("выходцев из России"): "evacuating its
    // citizens from Israel" says where they are, not where they come from.
    const from = (w[i + 1] === "from" || w[i + 1] === "из") && ORIGIN_NOUN.test(word);
    const next = w[i + 1] === "of" || from ? w[i + 2] : w[i + 1];
    const after = next === undefined ? null : countryOf(next);
    origin = before ?? after;
    originWord = (before ? w[j] : next) ?? "";
    if (origin) {
      stated = true;
      break;
    }
  }
  if (!origin) {
    const people = w.find((word) => PEOPLE_OF.test(word));
    origin = people ? countryOf(people) : null;
    originWord = people ?? "";
  }
  let home: string | null = null;
  let homeWord = "";
  for (const [i, word] of w.entries()) {
    if (!LIVING.test(word)) continue;
    // "residing there", "living in Russia", "moved to Russia"; "в России живёт": the place right before.
    const ahead = w.slice(i + 1, i + 4);
    const to = ahead.findIndex((x) => TO_PLACE.has(x));
    const placeWord = to >= 0 ? (ahead[to + 1] ?? "") : "";
    const place = countryOf(placeWord);
    const before = TO_PLACE.has(w[i - 2] ?? "") ? countryOf(w[i - 1]!) : null;
    homeWord = place ? placeWord : before ? w[i - 1]! : "";
    const there = ahead.some((x) => THERE.has(x)) || THERE.has(w[i - 1] ?? "") || THERE.has(w[i + 1] ?? "");
    home = place ?? before ?? (there ? lastOtherCountry(w, i, origin) : null);
    if (home) break;
  }
  return { origin, originWord, stated, home, homeWord };
}

/** "there": the last country the text names before the verb of living that is not the people's origin. */
function lastOtherCountry(w: string[], at: number, origin: string | null): string | null {
  for (let i = at; i >= 0; i--) {
    const c = countryOf(w[i]!);
    if (c && c !== origin) return c;
  }
  return null;
}

/**
 * The claim's people come from where the passage's live, and (when it says) live where the passage's come from:
 * "actor", naming the claim's origin and the passage's. A people word alone ("Israelis") counts only with a home
 * said the other way round too ("Israelis with Russian roots" is the passage's people). People of a third country
 * living in the passage's home are other people: "actor" too.
 */
export function swappedResidence(text: string, sentence: string): ClaimChange | null {
  const article = passageRoles(sentence);
  if (!article.origin || !article.home || article.origin === article.home) return null;
  const claim = rolesOf(text);
  const originSwapped = claim.origin === article.home;
  const homeSwapped = claim.home === article.origin;
  const swapped =
    (originSwapped && homeSwapped) ||
    (originSwapped && claim.stated && claim.home === null) ||
    (homeSwapped && claim.origin === null);
  // "many Palestinians live in Israel": the passage's home, other people (from neither of its countries) in it.
  const otherPeople =
    claim.home === article.home &&
    claim.origin !== null &&
    claim.origin !== article.origin &&
    claim.origin !== article.home;
  if (otherPeople) return { kind: "actor", claimed: claim.originWord, article: article.originWord };
  if (!swapped) return null;
  return originSwapped
    ? { kind: "actor", claimed: claim.originWord, article: article.originWord }
    : { kind: "actor", claimed: claim.homeWord, article: article.originWord };
}
