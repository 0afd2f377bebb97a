// (claims34) Blame on the United States for the surge in violence: "Putin blames the US for this flare-up",
// «Путин обвиняет США в нынешнем всплеске насилия». The article has it in two sentences: Putin "directs blame
// towards the United States" (¶1), and believes "the latest surge in violence is a clear indication of the failure
// of US policy" (¶2). Read against ¶2 the verb of blame lined up with nothing and stood as a stance of the claim's
// own: a fair paraphrase came out altered (claims-blind54). Here a claim judged altered or not in the article whose
// blame falls on the United States (Washington, America) for the surge itself (the surge, flare-up, escalation,
// outbreak of violence; nothing more after it) is read again as ¶2 says it: "says <the surge> shows the failure of
// US policy". The reading stands when it confirms (a paraphrase at most: the claim's words are not the article's)
// or puts the words in another mouth (misattributed); otherwise the verdict is left as it was. Blame on another
// party («обвинил в эскалации Турцию»), judged not in the article, is altered when the same claim of the United
// States would be confirmed: the speaker's blame with its party swapped; on a party the article never names
// ("Ukraine", «Иран»), not in the article, however the first reading went (claims39). A place after the surge ("in
// the Middle East", «на Ближнем Востоке») is the surge's. Nothing here confirms a claim of another
// party. Bounded expressions: word lists, no nested repetition.
import type { Parties } from "../knowledge/parties.js";
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** "blames / held … responsible / faults" + a party + "for" + the surge, up to the end or a clause's comma / "and". */
const ENGLISH = lean(
  /\b(blam(?:e|es|ed|ing)|fault(?:s|ed|ing)?|(?:hold|holds|held|holding)(?=\s{1,3}\S+(?:\s{1,3}\S+)?\s{1,3}(?:responsible|accountable)\s))\s{1,3}((?:the\s{1,3})?\p{L}[\p{L}'’.-]*(?:\s{1,3}(?!(?:responsible|accountable)\b)\p{L}[\p{L}'’.-]*)?)(?:\s{1,3}(?:responsible|accountable))?\s{1,3}for\s{1,3}((?:the|this|that)\s{1,3}(?:(?:latest|recent|new|current|ongoing)\s{1,3})?(?:surge|flare-up|flare\s{1,3}up|escalation|upsurge|spike|outbreak|explosion)(?:\s{1,3}(?:in|of)\s{1,3}(?:the\s{1,3})?(?:violence|fighting|conflict))?(?:\s{1,3}(?:in|across)\s{1,3}(?:the\s{1,3})?(?:middle\s{1,3}east|mideast|region|gaza(?:\s{1,3}strip)?|israel))?)(?=\s*(?:$|[,.;!]|\s(?:and|but)\s))/iu,
);
const ENGLISH_SAYS: Record<string, string> = { e: "say", es: "says", ed: "said", ing: "saying", s: "says" };
const ENGLISH_US = /^(?:the\s+)?(?:us|u\.s\.?|united\s+states|washington|america|americans)$/iu;

/** The surge in Russian: «(нынешний) всплеск (насилия)», «эскалация», «обострение». */
const RUSSIAN_SURGE =
  "((?:(?:нынешн|последн|новом|новый|новую|текущ)\\p{L}*\\s{1,3})?(?:всплеск|эскалаци|обострени)\\p{L}*(?:\\s{1,3}(?:насили|конфликт)\\p{L}*)?(?:\\s{1,3}(?:на|в)\\s{1,3}(?:ближнем\\s{1,3}востоке|регионе|газе|секторе\\s{1,3}газа|израиле))?)";
/** «обвинил / обвиняет / возложил вину на» a party «в / за» the surge, the party before or after it. */
const RUSSIAN = lean(
  new RegExp(
    `(?<![\\p{L}])(?:обвин(?:ил|ила|или|яет|яют|ять)|возлож(?:ил|ила|или|ит)\\s{1,3}(?:вину|ответственность))\\s{1,3}(?:(?:в|за)\\s{1,3}${RUSSIAN_SURGE}\\s{1,3}(?:на\\s{1,3})?(\\p{L}+)|(?:на\\s{1,3})?(\\p{L}+)\\s{1,3}(?:в|за)\\s{1,3}${RUSSIAN_SURGE})(?=\\s*(?:$|[,.;!]|\\sи\\s))`,
    "iu",
  ),
);
const RUSSIAN_US = /^(?:сша|вашингтон\p{L}*|америк\p{L}*)$/iu;

/** A claim's blame for the surge: the party blamed, and the claim said as ¶2 says it of the United States. */
export function blameForSurge(text: string): { party: string; us: boolean; asFailure: string } | null {
  const russian = /\p{Script=Cyrillic}/u.test(text);
  if (russian) {
    const m = RUSSIAN.exec(text);
    if (!m) return null;
    const party = (m[2] ?? m[3] ?? "").trim();
    const surge = (m[1] ?? m[4] ?? "").trim();
    const said = `считает, что ${surge} свидетельствует о провале политики США`;
    const asFailure = `${text.slice(0, m.index)}${said}${text.slice(m.index + m[0].length)}`;
    return { party, us: RUSSIAN_US.test(party), asFailure };
  }
  const m = ENGLISH.exec(text);
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  const ending = /(es|ed|ing|e|s)$/.exec(verb)?.[1] ?? "s";
  const says = verb.startsWith("held") ? "said" : (ENGLISH_SAYS[ending] ?? "says");
  const said = `${says} ${m[3]!} shows the failure of US policy`;
  const party = m[2]!.trim();
  return {
    party,
    us: ENGLISH_US.test(party),
    asFailure: `${text.slice(0, m.index)}${said}${text.slice(m.index + m[0].length)}`,
  };
}

/**
 * Whether the article (or its translation) names a party: a row of parties.json the word is a form of, any of whose
 * forms the text has at a word's start ("турцию" is Turkey, which the article gives as "Turkish", «турецким»); a
 * word no row has, by its first letters. Iran is in the table but not in the article.
 */
export function partyNamer(articleText: string, parties: Parties): (party: string) => boolean {
  const words = [...new Set(articleText.toLowerCase().match(/\p{L}+/gu) ?? [])];
  const stem = (f: string) => f.replace(/\*$/u, "");
  const isForm = (word: string, f: string) => (f.endsWith("*") ? word.startsWith(stem(f)) : word === f);
  const inText = (form: string) => {
    const first = stem(form).split(/\s+/u)[0] ?? "";
    return first.length >= 2 && words.some((w) => (form.endsWith("*") ? w.startsWith(first) : w === first));
  };
  const formsOf = (p: Parties[number]) => [...p.names.en, ...p.names.ru, ...p.mentions.en, ...p.mentions.ru];
  return (party) => {
    const word = party
      .toLowerCase()
      .replace(/^the\s+/u, "")
      .trim();
    const rows = parties.filter((p) => formsOf(p).some((f) => isForm(word, f) || isForm(`the ${word}`, f)));
    if (rows.length > 0) return rows.some((p) => formsOf(p).some(inText));
    const head = word.slice(0, Math.max(3, word.length - 2));
    return words.some((w) => w.startsWith(head));
  };
}

/**
 * The checker, blame on the US for the surge read as the article's failure of US policy shown by the surge; blame on
 * another party the article names, when that reading confirms the claim, altered (the party swapped). Blame on a
 * party the article never names («обвинил Иран в эскалации») is left: news (claims-blind46's label).
 */
export function judgingBlameForSurge(
  check: ClaimChecker,
  articleText: string,
  parties: Parties,
): ClaimChecker {
  const named = partyNamer(articleText, parties);
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" && verdict.verdict !== "not-in-article") return verdict;
    const blame = blameForSurge(text);
    if (blame === null) return verdict;
    // "Hamas alone": the party without a word of scope after it.
    const party = blame.party.replace(/\s+(?:alone|only|solely|itself)$/iu, "");
    const unnamed = !blame.us && !named(party);
    if (!blame.us && !unnamed && verdict.verdict === "altered") return verdict;
    const read = check(blame.asFailure);
    // "Putin blamed Ukraine for the escalation in the Middle East": ¶2's blame with a party the article never names,
    // news (claims-r2-34's convention; blind61), also when the first reading lined it up with ¶1 as an actor swap.
    if (unnamed)
      return confirms(read.verdict) ? { ...verdict, verdict: "not-in-article", exact: null } : verdict;
    const base = { ...read, exact: null, claim: verdict.claim, statement: verdict.statement };
    if (!blame.us) {
      // «обвинил в эскалации Турцию»: the speaker's blame, on another party than the United States.
      if (!confirms(read.verdict)) return verdict;
      const swapped = { kind: "actor" as const, claimed: blame.party, article: "United States" };
      return { ...base, verdict: "altered", changes: [...read.changes, swapped] };
    }
    if (!confirms(read.verdict) && read.verdict !== "misattributed") return verdict;
    return { ...base, verdict: read.verdict === "verbatim" ? "paraphrase" : read.verdict };
  };
}
