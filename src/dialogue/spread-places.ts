import { withoutEndMarks } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { AskedOfLast } from "./asked-of-last.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { DialogueTurn } from "./types.js";

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
  const text = withoutEndMarks(folded).trim();
  return text.length <= 60 && (ru ? PLACES_RU : PLACES_EN).test(text);
}

export function spreadPlacesTurn(ask: AskedOfLast): DialogueTurn | null {
  const { text, context, folded, ru } = ask;
  if (context.refused) return null;
  if (!asksSpreadPlaces(folded, ru)) return null;
  const asked = ask.lang;
  const last = ask.last();
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
