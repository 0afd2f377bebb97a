// "and who failed to deliver that", "who let them down on that", «и кто им этого не дал» after an answer that gives
// a party's failure (Putin's charge that the US failed to address the Palestinians' aspiration): the party the
// last answer's evidence faults, shown on that evidence (dialog32b). Read only when a quote of the last answer names
// a party beside "fail" (failed-party.ts's isUsFailure); a question naming its own party is another reader's.
import type { Lang } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";

const LEAD = "(?:(?:and|but|so|ok|okay|then|а|и|ну|так) )?";

const WHO_FAILED: Record<Lang, RegExp> = {
  en: lean(
    new RegExp(
      `^${LEAD}who (?:(?:failed|fails|was unable|refused) to|(?:didn't|didnt|did not|never|won't|wont|doesn't|doesnt)) (?:deliver|give|provide|address|grant|do|make good on|come through on|fulfil|fulfill)(?: (?:on|them|it|that|this|those))*(?: then| exactly)?\\s*\\??$|^${LEAD}who (?:let|lets) (?:them|the palestinians) down(?: (?:on|over|with) (?:that|this|it))?(?: then| exactly)?\\s*\\??$|^${LEAD}who (?:dropped|drops) the ball(?: (?:on|with) (?:that|this|it))?\\s*\\??$`,
      "u",
    ),
  ),
  ru: lean(
    /^(?:(?:а|и|ну|так) )?кто (?:(?:им|их|этого|это|в этом|тут|здесь) ){0,2}(?:не (?:дал|дали|обеспечил|обеспечили|сделал|сделали|учёл|учел|учли|выполнил|выполнили)|подв[её]л|подвели|провалил(?:ся|и|ось)?|не справил(?:ся|ись))(?: (?:им|их|этого|это|тогда|именно|же))*\s*\??$/u,
  ),
};

/** Whether the message asks who failed at what the last answer names ("who failed to deliver that"). */
export function asksWhoFailedThat(folded: string, lang: Lang): boolean {
  return WHO_FAILED[lang].test(folded);
}
