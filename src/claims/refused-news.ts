// (claims33) A refusal or an end of a deed the passage never states, with one of its parties as the partner: «США
// отказались от сотрудничества с Россией в рамках «квартета»», "Washington stopped cooperating with Moscow within
// the Quartet" of "Alongside the US, …, Russia has been part of the Quartet". The refusal read as a negation and
// the claim as the passage altered; but the passage says nothing of a cooperation to deny — the claim is news, not in
// the article. Read only when every change is such a negation (of a word nothing backs, the passage's side empty)
// and the claim names a partner ("with Moscow", «с Россией») other than its subject, a party that is no speaker; «Россия отказалась от участия
// в «квартете»» (no partner) and «Россия вышла из «квартета»» (the Quartet itself negated) stay altered.
// Never confirms: only "altered" is read, and only "not in the article" comes out. Bounded expressions.
import type { ClaimChecker } from "./types.js";

/** A partner after "with" / «с»: the word that follows. */
const PARTNER = /(?:^|[^\p{L}])(?:with|с|со)\s+(\p{L}+)/iu;
const NEGATOR = /^(?:not|no|never|не|нет|без)\s+/iu;
/** "any", «любых»: the negation carried past a quantifier onto the deed, which the passage may well back. */
const QUANTIFIER =
  /^(?:any|all|every|each|whatever|люб\p{L}*|вс[её]\p{L}*|всяк\p{L}*|каки[хе]-либо|никаки\p{L}*)$/iu;

/** The checker, a negated deed the passage never states toward a partner read as not in the article. */
export function judgingRefusedNews(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" || verdict.changes.length === 0) return verdict;
    // A speaker of the article denied a deed of its own passage («Путин не обсуждал с Эрдоганом …», «Кремль
    // отказался от контактов с Израилем») is its alteration: only a party the article gives no words to is read.
    if (verdict.claimedSpeaker?.id) return verdict;
    const unbacked = new Set(verdict.unbacked.map((w) => w.toLowerCase()));
    const refused = verdict.changes.every(
      (c) =>
        c.kind === "negation" &&
        c.article.trim() === "" &&
        NEGATOR.test(c.claimed) &&
        unbacked.has(c.claimed.replace(NEGATOR, "").toLowerCase()) &&
        !QUANTIFIER.test(c.claimed.replace(NEGATOR, "")),
    );
    if (!refused) return verdict;
    const statement = verdict.statement || text;
    const partner = PARTNER.exec(statement);
    if (partner === null || !/^\p{Lu}/u.test(partner[1]!)) return verdict;
    // The partner is not also the claim's subject ("Russia … with Russia's partners" is no partner of its own).
    const head = partner[1]!.slice(0, 5).toLowerCase();
    if (statement.slice(0, partner.index).toLowerCase().includes(head)) return verdict;
    return { ...verdict, verdict: "not-in-article", exact: null };
  };
}
