// Kind: a yes/no question whether a voice called for / urged / demanded / proposed an act ("did he call for a
// military operation?", "а он призывал к войне?", "did he suggest Russia should take over?"). The topic of
// such a question always matches the entry on what the voice wants, so the entry's curated Yes answered it
// ("Да" to a war Putin never asked for). Here the asked act itself must be in the evidence: the claim checker
// reading the question as a statement finds it (then the general path gives its Yes), or the verdict is never
// Yes — No where the evidence is what that voice stands for (it says what he did call for), else the article
// doesn't say.
import type { Answer, Lang } from "../answering/types.js";
import type { ClaimChecker } from "../claims/index.js";
import { asksGenericRemedy } from "./generic-remedy.js";

/** A verb of calling for something, with what is called for after it. */
const CALL_EN =
  /(?<!\p{L})(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|push(?:es|ed|ing)? for|ask(?:s|ed|ing)? for|advocat(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?|press(?:es|ed|ing)? for|insist(?:s|ed|ing)? on)(?!\p{L})/u;
const CALL_RU =
  /(?<!\p{L})(?:призыва\p{L}*|призвал\p{L}*|призов\p{L}*|требова\p{L}*|требу\p{L}*|потребова\p{L}*|предлага\p{L}*|предложи\p{L}*|предложил\p{L}*|настаива\p{L}*|выступа\p{L}* за|добива\p{L}*)(?!\p{L})/u;
/** A question about the article's own wording, not about what a voice called for. */
const ABOUT_ARTICLE =
  /(?<!\p{L})(?:article|story|text|author|conclusion|ending|заключени\p{L}*|вывод\p{L}*|стать\p{L}*|автор\p{L}*)(?!\p{L})/u;

/** A verb of being for a thing, not an act of one's own: "advocate", "push for" (a proposal or a demand is an act). */
const FAVOUR_EN = /^(?:advocat(?:e|es|ed|ing)|(?:push|press|argue)(?:es|ed|ing|s)?(?: for)?)$/u;

/** An unbacked word of the checker's that is the call verb itself, nothing of the act asked for. */
function callVerbOnly(word: string, lang: Lang): boolean {
  const m = (lang === "ru" ? CALL_RU : CALL_EN).exec(word);
  return m !== null && m[0].length === word.trim().length;
}

export function asksCalledFor(folded: string, lang: Lang): boolean {
  if (ABOUT_ARTICLE.test(folded)) return false;
  return (lang === "ru" ? CALL_RU : CALL_EN).test(folded);
}

/**
 * The verdict on a called-for question whose act the checker does not find (`statement` is the question read as
 * a statement in its own language), or null where the checker finds it or the question is not of this kind.
 */
export function calledForVerdict(
  statement: string | null,
  lang: Lang,
  answer: Answer,
  check: ClaimChecker | null,
  standsFor: ReadonlySet<string> | undefined,
): "yes" | "no" | "not-said" | null {
  if (statement === null || !check || !answer.answered || !asksCalledFor(statement, lang)) return null;
  // «путин призывает к ceasefire?» read as «путин призывает»: the act asked was the evidence's own English word
  // (evidence-english-ru.ts took it out as grounded), so no act is left to find missing — not this reader's.
  if (!actAfterCall(statement, lang)) return null;
  // "did putin propose a solution?": a remedy of no kind is what he calls for, whatever it is (generic-remedy.ts).
  const asked = (lang === "ru" ? CALL_RU : CALL_EN).exec(statement);
  if (lang === "en" && asked && asksGenericRemedy(statement.slice(asked.index + asked[0].length)))
    return null;
  const checked = check(statement);
  const found =
    (checked.verdict === "verbatim" || checked.verdict === "paraphrase") && checked.unbacked.length === 0;
  // An opposite or a changed actor is the general path's to read (its No, its "doesn't say").
  // A checker that cannot read the sentence (no translation to match a Russian one against) turns no verdict.
  if (
    found ||
    checked.changes.length > 0 ||
    checked.verdict === "misattributed" ||
    checked.verdict === "cannot-judge"
  )
    return null;
  // "а сам путин предлагает какой-то компромисс?": the thing asked for is in the article (compromises he faults
  // Washington for not considering), only the act of proposing it is not — not what he stands against: no No.
  const onlyTheCall = checked.unbacked.length > 0 && checked.unbacked.every((w) => callVerbOnly(w, lang));
  // "does it advocate direct talks?" of the ministry stressing "the importance of … direct … dialogue": the thing
  // found as the voice's need, only the verb of favouring it unbacked — being for it is what stressing its need is
  // (dialog41, d106-22). Proposing or demanding stays an act the article does not report.
  const favoured = onlyTheCall && lang === "en" && checked.unbacked.every((w) => FAVOUR_EN.test(w.trim()));
  if (favoured && (checked.verdict === "paraphrase" || checked.verdict === "verbatim")) return "yes";
  if (onlyTheCall) return "not-said";
  // Against what he stands for only when the act asked is force (war, troops, strikes): a ceasefire's opposite. A
  // conference, sanctions, a summit are acts the article is silent on, not his wish turned over (dialog28, d52-40#2).
  // Russia put forward as the one to act («а он предложил россию вместо них?») is read against his words too.
  const call = (lang === "ru" ? CALL_RU : CALL_EN).exec(statement);
  const act = call ? statement.slice(call.index + call[0].length) : statement;
  // "…pushing for a ceasefire on some call, was that with the Egyptian president?": the act with another party is
  // the reported call's wrong party, No by the call convention.
  const against = FORCE.test(act) || OWN_SIDE.test(act) || WITH_PARTY.test(act);
  return answer.entry && standsFor?.has(answer.entry.id) && against ? "no" : "not-said";
}

/** Russia itself as what is proposed or called for. */
const OWN_SIDE =
  /(?<!\p{L})(?:russia|moscow|the kremlin|itself|росси\p{L}*|москв\p{L}*|кремл\p{L}*|себя)(?!\p{L})/u;

/** The act done with someone: "with the Egyptian president", «с президентом Египта». */
const WITH_PARTY = /(?<!\p{L})(?:with|с|со)\s+(?:the\s+)?\p{L}{3,}/u;

/** Acts of force, the opposite of the ceasefire the voice calls for. */
const FORCE =
  /(?<!\p{L})(?:war|wars|troops?|military|army|armed|force|forces|strikes?|attack\p{L}*|invad\p{L}*|invasion|bomb\p{L}*|weapons?|fight\p{L}*|escalat\p{L}*|offensive|операци\p{L}*|войн\p{L}*|войск\p{L}*|военн\p{L}*|арми\p{L}*|удар\p{L}*|атак\p{L}*|вторжен\p{L}*|бомб\p{L}*|оружи\p{L}*|наступлен\p{L}*|эскалац\p{L}*|сил\p{L}*)(?!\p{L})/u;

/** Whether any word follows the call verb: the act asked for. */
function actAfterCall(statement: string, lang: Lang): boolean {
  const call = (lang === "ru" ? CALL_RU : CALL_EN).exec(statement);
  return call === null || /\p{L}/u.test(statement.slice(call.index + call[0].length));
}
