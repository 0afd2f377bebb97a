// Blame asked yes/no, read against the evidence's own blamer and blamed: another party than the one Putin faults
// (blame-scope.ts, russian/blamed-party.ts), a guilt asked of the voice who blames (blamer-guilt.ts), his blame tied to
// the surge (blamed-for-violence.ts, link-asked.ts), another doer or target of the act (agent-swap.ts), the fault put
// on the very party he blames (guilt-form.ts, guilt-ru.ts). yes-no.ts asks these in this order.

import { viewsOtherFailure } from "../answering/russian/blamed-party.js";
import type { Answer, Lang } from "../answering/types.js";
import { agentSwapVerdict } from "./agent-swap.js";
import { blameScopeVerdict } from "./blame-scope.js";
import { blamedForViolenceVerdict } from "./blamed-for-violence.js";
import { blamerGuiltVerdict } from "./blamer-guilt.js";
import { guiltOfBlamed } from "./guilt-form.js";
import { guiltOfBlamedRu } from "./guilt-ru.js";
import { linkVerdict } from "./link-asked.js";
import type { Verdict, VerdictDeps } from "./verdict-read.js";

/** The verdict on a blame or a fault asked in `plain`, or null where no blame reader settles it. */
export function blameVerdict(plain: string, answer: Answer, lang: Lang, deps: VerdictDeps): Verdict | null {
  // "does he blame Hamas as well?" / "…everything on Israel?" where the evidence names another (blame-scope.ts).
  // "путин считает, что это провал политики турции?": in his view the failure is the US's (russian/blamed-party.ts).
  if (lang === "ru" && answer.answered && viewsOtherFailure(plain))
    return { verdict: "no", source: "article-text" };
  // "is putin the one to blame", «это путин виноват?»: a guilt asked of the voice who blames (blamer-guilt.ts).
  if (blamerGuiltVerdict(plain, answer, lang, deps.speakers))
    return { verdict: "not-said", source: "article-text" };
  const blame = blameScopeVerdict(plain.toLowerCase(), lang, answer);
  if (blame) return { verdict: blame, source: "article-text" };
  // "did putin say the US is to blame for the latest flare-up?": his blame and the surge as the sign of that
  // failure, both in the evidence (blamed-for-violence.ts).
  if (blamedForViolenceVerdict(plain, lang, answer, deps.parties))
    return { verdict: "yes", source: "article-text" };
  // "so he links the new wave of violence to that?": the surge as the sign of the failure, in the evidence (link-asked.ts).
  if (linkVerdict(plain, lang, answer, deps.speakers, deps.parties))
    return { verdict: "yes", source: "article-text" };
  // "so Putin is the one monopolizing the peace efforts?": another doer or target of the evidence's act (agent-swap.ts).
  const swapped = agentSwapVerdict(plain, answer, lang, deps.parties);
  if (swapped) return { verdict: swapped, source: "article-text" };
  // "so it's America's fault?" where the evidence's sentence blames that very party (guilt-form.ts).
  if (guiltOfBlamed(plain, answer, lang, deps.parties)) return { verdict: "yes", source: "article-text" };
  // «то есть виноваты американцы?» where the evidence's sentence blames that party (guilt-ru.ts).
  if (guiltOfBlamedRu(plain, answer, lang, deps.parties)) return { verdict: "yes", source: "article-text" };
  return null;
}
