// Kind: where the feared spread would go, asked after an answer about it — "which countries exactly?", "to which
// countries?", "where to?", «на какие страны?», «каких именно стран это касается?», «куда?». Read alone it was the
// list of the countries the article names (Russia, the US, Israel, Turkey), none of them a destination. The
// article names none: the crisis "may extend beyond the Arab-Israeli conflict zone". So the last answer again,
// led by that: the article does not name them. Only where the last answer speaks of the spread.
import type { Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { DialogueContext, DialogueTurn } from "./types.js";

const PLACES_EN = lean(
  /^(?:(?:so|and|but|ok|okay|like)[, ]+)*(?:(?:to|into) )?(?:which|what) (?:countries|country|places|states|nations|neighbou?rs|ones)(?: (?:exactly|specifically|then|though|tho))?(?: (?:to|into|then))?$|^(?:(?:so|and|but|ok|okay|like)[, ]+)*where(?: to| exactly| would it go| could it go| might it go)?$/u,
);
const PLACES_RU = lean(
  /^(?:(?:а|и|ну|так)[, ]+)*(?:(?:на|в) )?(?:какие|каких|какую|какой) (?:именно )?(?:страны|стран|страну|государства|соседей|регионы)(?: (?:именно|конкретно|это касается|затронет|имеются в виду))?$|^(?:(?:а|и|ну|так)[, ]+)*куда(?: (?:именно|конкретно))?$/u,
);
/** The last answer speaks of the spread: the article's "extend beyond the … conflict zone", in either language. */
const SPREAD = /extend beyond|spread|за пределы|распростран|выйти|выйдет/u;

/** Whether a short message asks which countries or where to; the message folded (lower case, "ё" as "е"). */
export function asksSpreadPlaces(folded: string, ru: boolean): boolean {
  const text = folded.replace(/[?!.…\s]+$/u, "").trim();
  return text.length <= 60 && (ru ? PLACES_RU : PLACES_EN).test(text);
}

export function spreadPlacesTurn(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): DialogueTurn | null {
  if (!context?.entryId || context.refused) return null;
  const folded = foldQuestion(text);
  const ru = readsAsRussian(folded, lang);
  if (!asksSpreadPlaces(folded, ru)) return null;
  const asked: Lang = ru ? "ru" : "en";
  const last = kit.engine.answerForEntry(context.entryId, asked);
  if (!last || last.quotes.length === 0) return null;
  const said = [last.answer, ...last.quotes.map((q) => q.translation ?? q.text)].join(" ").toLowerCase();
  if (!SPREAD.test(said)) return null;
  const lead = ru
    ? "Каких именно стран это коснётся, в статье не сказано."
    : "The article does not name the countries it could spread to.";
  return {
    lang: asked,
    replies: [
      {
        kind: "answer",
        answer: { ...last, answer: `${lead} ${withoutOwnVerdict(last.answer)}` },
        understood: ru
          ? "на какие страны может распространиться кризис?"
          : "which countries could the crisis spread to?",
        followUp: "pronoun",
        verdict: null,
        verdictSource: null,
        deferred: false,
        rescued: false,
        asked: text,
      },
    ],
    context: { ...context, verdict: null },
  };
}
