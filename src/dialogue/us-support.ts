// Convention (issue 11, dialog-r2-33; docs/conversation.md): the US's support of a Palestinian state or of the
// Palestinians' aspirations, asked on evidence where Putin faults the US for failing to account for those
// aspirations, is No — as Putin tells it, the evidence shown — in both languages: "is the us for a palestinian
// state?", "and according to him did the us back that?", «а сша?» after Putin's Yes, «а америка за?». Before, English
// said "doesn't say" and Russian No (or the entry's own Yes). Only with the US named, a word of support, no
// negation, and evidence naming the failure beside the aspirations or interests. Plain tests, linear on long input.
// Convention revised (dialog46b, session 42): the article's words are Putin's charge of the US government's "failure
// to address … their aspiration for an independent state" — a failure to act on it, not a stance against it. The US's
// own stance ("is the us for a palestinian state?", «а сша?» / "and the us?" after Putin's Yes, "did the us back
// that?") is therefore "doesn't say", with that charge shown; No stays where Putin's view of the US is asked ("in his
// view", "according to him", "does he think", «по его мнению»): as he tells it, the US did not give it its due.
import type { Answer, Lang } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";

const US_EN =
  /(?<!\p{L})(?:the us|us|u\.s\.?|usa|america|americans?|washington|the united states|united states)(?!\p{L})/u;
const US_RU = /(?<!\p{L})(?:сша|вашингтон\p{L}*|америк\p{L}*|штаты)(?!\p{L})/u;
const SUPPORT_EN =
  /(?<!\p{L})(?:for|in favou?r of|support\p{L}*|back\p{L}*|endors\p{L}*|ok with|on board with)(?!\p{L})/u;
const SUPPORT_RU = /(?<!\p{L})(?:за|поддерж\p{L}*|выступа\p{L}* за|одобря\p{L}*)(?!\p{L})/u;
/** The thing supported: the state, the Palestinians, or the last answer's point by a pointer. */
const THING_EN = /(?<!\p{L})(?:palestin\p{L}*|state|aspirations|that|this|it)(?!\p{L})/u;
const THING_RU = /(?<!\p{L})(?:палестин\p{L}*|государств\p{L}*|чаяни\p{L}*|это|этого|этом)(?!\p{L})/u;
/** Blame or criticism asked ("does putin blame the us for all this?"): another question than support. */
/**
 * «критикует американцев за то, что …»: «за то, что» gives the charge's cause, it is no «за» of support; nor is the
 * «за» after a verb of charge («критикует США за игнорирование …», «осуждает Вашингтон за …»: verdict45, since the
 * Russian checker reads the charge's noun).
 */
const BLAME =
  /(?<!\p{L})(?:blam\p{L}*|fault\p{L}*|criti\p{L}*|accus\p{L}*|condemn\p{L}*|rebuk\p{L}*|reproach\p{L}*|responsib\p{L}*|вин\p{L}*|обвин\p{L}*|упрек\p{L}*|критик\p{L}*|раскритик\p{L}*|осужд\p{L}*|осуди\p{L}*|порица\p{L}*|за то,? что)(?!\p{L})/u;
/** Praise for a deed («хвалит США за …», "does he praise the us for …"): the «за» / "for" of its matter, no support. */
const PRAISE =
  /(?<!\p{L})(?:prais\p{L}*|commend\p{L}*|applaud\p{L}*|хвал\p{L}*|похвал\p{L}*|одобря\p{L}* (?:сша|вашингтон\p{L}*|америк\p{L}*) за|благодар\p{L}*)(?!\p{L})/u;
const NEGATED = /(?<!\p{L})(?:not|never|against|fail\p{L}*|не|против|провал\p{L}*)(?!\p{L})|n't(?!\p{L})/u;
const FAILED = /(?<!\p{L})(?:fail\p{L}*|overlook\p{L}*)(?!\p{L})/u;
const ASPIRATIONS = /(?<!\p{L})(?:aspirations|interests)(?!\p{L})/u;
const US_QUOTED = /(?<!\p{L})(?:us|u\.s\.|united states|washington)(?!\p{L})/u;

/** A bare follow-up naming only the US («а сша?», "and the us?"): its support is the last question's, asked of it. */
/** Putin's view of the US asked, not the US's own stance. */
const VIEW =
  /(?<!\p{L})(?:in his view|according to (?:him|putin)|(?:does|did) (?:he|putin) (?:think|believe|say|feel|reckon)|as (?:he|putin) (?:sees|tells) it|for (?:him|putin)|in putin's view|по его (?:мнению|словам)|по мнению путина|по словам путина|(?:он|путин) (?:считает|думает|говорит)|считает ли (?:он|путин))(?!\p{L})/u;

const BARE_RU = /^(?:а|и)?\s*(?:сша|америка|штаты|вашингтон)\s*(?:тоже|за)?$/u;

/** `typed` is the question before its frames were read off ("…, according to him?"), for Putin's view asked. */
export function usSupportVerdict(
  question: string,
  answer: Answer,
  lang: Lang,
  typed: string = question,
): "no" | "not-said" | null {
  if (!answer.answered) return null;
  const text = withoutEndMarks(question.toLowerCase()).trim();
  if (text.length > 300) return null;
  const ru = lang === "ru";
  if (!(ru ? US_RU : US_EN).test(text) || NEGATED.test(text) || BLAME.test(text) || PRAISE.test(text))
    return null;
  const asked =
    BARE_RU.test(text) ||
    ((ru ? SUPPORT_RU : SUPPORT_EN).test(text) && (ru ? THING_RU : THING_EN).test(text));
  if (!asked) return null;
  const said = answer.quotes.some((q) => {
    const t = q.text.toLowerCase();
    return FAILED.test(t) && ASPIRATIONS.test(t) && US_QUOTED.test(t);
  });
  if (!said) return null;
  return VIEW.test(text) || VIEW.test(typed.toLowerCase()) ? "no" : "not-said";
}
