// (claims40) The Kremlin's help made a lead: "Peskov said the Kremlin wants to lead the settlement talks itself",
// «Песков заявил, что Кремль хочет сам возглавить переговоры об урегулировании» of ¶3's "the Kremlin aims to play
// a constructive role … and seeks to assist in finding a settlement". The lead word lines up with nothing (or
// with "constructive" as a stance), the claim shares too little of the passage, and it read as not in the
// article. A not-in-article claim that leads, runs, heads or takes charge of a settlement, talks or a peace
// process is read again with the passage's "assist in" («содействовать») in place of the lead and without
// "itself" / "on its own" / «сам»: a reading that confirms a passage makes the claim that passage altered, the lead
// named as the change (so is a reading altered on the help's own sentence, no actor changed). A member made the head of its group (the Quartet) is appearance.ts's.
import type { ClaimChecker } from "./types.js";

/** What is led: a settlement, talks, negotiations, a peace process or effort, mediation (English, Russian). */
const LED = String.raw`(?:the\s{1,3})?(?:[\p{L}-]+\s{1,3})?(?:settlement|talks|negotiations|peace\s{1,3}(?:process|efforts?)|mediation|переговор\p{L}*|урегулирован\p{L}*|мирн\p{L}*\s{1,3}процесс\p{L}*)(?!\p{L})`;
const LEAD_EN = new RegExp(
  String.raw`(?<!\p{L})(?:lead|leads|led|leading|run|runs|ran|running|head|heads|headed|heading|chair|chairs|chaired|chairing|spearhead|spearheads|spearheaded|spearheading|(?:take|takes|took|taking)\s{1,3}(?:charge|control|the\s{1,3}lead)\s{1,3}(?:of|in))\s{1,3}(?=${LED})`,
  "iu",
);
const LEAD_RU = new RegExp(
  String.raw`(?<!\p{L})(?:сам\p{L}{0,2}\s{1,3})?(?:возглав\p{L}*|руковод\p{L}*|взять\s{1,3}на\s{1,3}себя\s{1,3}руководство)\s{1,3}(?=${LED})`,
  "iu",
);
/** The passage's help, in the article or its translation. */
const HELP = /(?<!\p{L})(?:assist|содейств)/iu;
/** "itself", "on its own", "alone", «сам»: the lead's own emphasis, read away with it. */
const ALONE =
  /\s{1,3}(?:itself|on\s{1,3}its\s{1,3}own|by\s{1,3}itself|single-handedly|alone)(?!\p{L})|(?<!\p{L})(?:сам|сама|сами|самостоятельно)\s{1,3}/giu;

/** The claim with the lead read as the passage's help, and the lead's words; null when it leads nothing. */
export function leadAsAssist(text: string): { again: string; lead: string } | null {
  const m = LEAD_EN.exec(text) ?? LEAD_RU.exec(text);
  if (!m) return null;
  const russian = /\p{Script=Cyrillic}/u.test(m[0]);
  const again = `${text.slice(0, m.index)}${russian ? "содействовать " : "assist in "}${text.slice(m.index + m[0].length)}`;
  return { again: again.replace(ALONE, ""), lead: m[0].trim() };
}

/** The checker, a not-in-article claim whose lead is the passage's help read as that passage altered. */
export function judgingLeadForAssist(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const lead = leadAsAssist(text);
    if (!lead) return verdict;
    const read = check(lead.again);
    // Confirmed, or altered on the help's own sentence by a word of the object ("the settlement process" against
    // "finding a settlement"), never by another actor: the lead is the change either way.
    const onHelp =
      read.verdict === "altered" &&
      HELP.test(read.span?.text ?? "") &&
      !read.changes.some((c) => c.kind === "actor");
    if (read.verdict !== "paraphrase" && read.verdict !== "verbatim" && !onHelp) return verdict;
    return {
      ...read,
      claim: verdict.claim,
      statement: verdict.statement,
      verdict: "altered",
      exact: null,
      changes: [{ kind: "replaced", claimed: lead.lead, article: "assist" }, ...read.changes],
    };
  };
}
