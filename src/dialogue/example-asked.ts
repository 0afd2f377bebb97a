import { withoutEndMarks } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { ledAgainTurn } from "./kept-context-turn.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueTurn } from "./types.js";

const LEAD_EN = "^(?:(?:and|so|but|ok|okay|hm+|well|um+)[, ]+)*";
const EXAMPLE_EN = lean(
  new RegExp(
    `${LEAD_EN}(?:like what|such as(?: what)?|for example|for instance|e\\.?g|example|examples|any examples|give me an example|what for example|what kind of (?:\\p{L}+))(?: (?:exactly|then|tho|though|specifically))?$`,
    "u",
  ),
);
const WHICH_EN = lean(
  new RegExp(
    `${LEAD_EN}(?:which (\\p{L}+(?: \\p{L}+)?)|what (\\p{L}{3,}s)|(?:which|what) (\\p{L}+(?: \\p{L}+)?) (?:exactly|specifically|precisely|in particular|are we talking about|do you mean|does it mean))$`,
    "u",
  ),
);
const LEAD_RU = "^(?:(?:а|и|ну|так|хм)[, ]+)*";
const EXAMPLE_RU = lean(
  new RegExp(
    `${LEAD_RU}(?:например(?: какие| какой| какая| что| кто)?|какие например|что например|к примеру|типа чего|типа каких|приведи пример|а именно|какие конкретно|какие именно)$`,
    "u",
  ),
);
const WHICH_RU = lean(
  new RegExp(
    `${LEAD_RU}(?:какие|какой|какая|каких|кто) (?:именно|конкретно|же|там) (\\p{L}+(?: \\p{L}+)?)$|${LEAD_RU}(?:какие|какой|какая|каких) (\\p{L}+(?: \\p{L}+)?) (?:именно|конкретно|имеются в виду)$`,
    "u",
  ),
);

/** "in what borders?", «а в каких границах?»: a detail of the last answer's point asked with a preposition. */
const DETAIL_EN = lean(
  new RegExp(
    `${LEAD_EN}(?:in|inside|within|with|on|under|by|from) (?:what|which) (\\p{L}{3,}(?: \\p{L}+)?)$`,
    "u",
  ),
);
const DETAIL_RU = lean(
  new RegExp(
    // «в границах какого года?»: the noun before the question word too (dialog-r2-37b).
    `${LEAD_RU}(?:в|во|на|с|со|по|при|из|от) (?:(?:каких|какой|каком|какую|каким|какими|какого) (\\p{L}{3,}(?: \\p{L}+)?)|(\\p{L}{3,}) (?:каких|какой|какого|каком) \\p{L}{3,})$`,
    "u",
  ),
);

/** The detail asked with a preposition ("borders"), or null. */
export function prepositionalDetailOf(folded: string, ru: boolean): string | null {
  const text = withoutEndMarks(folded).trim();
  if (text.length > 60) return null;
  const m = (ru ? DETAIL_RU : DETAIL_EN).exec(text);
  const detail = m?.[1] ?? m?.[2] ?? null;
  return detail &&
    !/^(?:way|sense|context|case|form|terms|смысле|случае|форме|контексте|связи)$/u.test(detail)
    ? detail
    : null;
}

/** The stems of a detail's words, as `named` reads them (the ending off a long word). */
const detailStems = (words: string) => words.split(" ").map((w) => w.slice(0, Math.max(4, w.length - 2)));

/** An example asked: "" for "like what", the word(s) for "which X exactly"; null when no example is asked. */
export function exampleAsked(folded: string, ru: boolean): string | null {
  const text = withoutEndMarks(folded).trim();
  if (text.length > 60) return null;
  if ((ru ? EXAMPLE_RU : EXAMPLE_EN).test(text)) return "";
  const m = (ru ? WHICH_RU : WHICH_EN).exec(text);
  if (
    m &&
    /^(?:one|ones|one of them|of them|side|sides|is it|is that|this|these|those|does|was|happens|means|is)$/u.test(
      m[1] ?? m[2] ?? m[3] ?? "",
    )
  )
    return null;
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

export function exampleAskedTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { text, context, folded, ru } = ask;
  if (context.refused) return null;
  const asked = exampleAsked(folded, ru);
  const detail = asked === null ? prepositionalDetailOf(folded, ru) : null;
  if (asked === null && detail === null) return null;
  const reading = ask.lang;
  const last = ask.last();
  if (!last?.answered || last.quotes.length === 0) return null;
  const said = [last.answer, ...last.quotes.map((q) => q.translation ?? q.text)].join(" ").toLowerCase();
  const named = (words: string) =>
    words
      .split(" ")
      .map((w) => w.slice(0, Math.max(4, w.length - 2)))
      .every((s) => said.includes(s));
  // "in what borders?" where the last answer names none and the engine refuses it alone: the article doesn't say.
  if (detail !== null) {
    if (named(detail)) return null;
    // "within what borders?" read alone finds a card that does not name the detail either (the feared spread,
    // "extend beyond"): no answer to it, so still doesn't say (dialog-r2-37b).
    const alone = kit.findAnswer(text, reading);
    const aloneSaid = [alone.answer, ...alone.quotes.map((q) => q.translation ?? q.text)]
      .join(" ")
      .toLowerCase();
    if (alone.answered && detailStems(detail).every((st) => aloneSaid.includes(st))) return null;
    const reply = notSaidOf(last, context.question, detail, "");
    return { lang: reading, replies: [reply], context: { ...context, verdict: "not-said" } };
  }
  if (asked === null) return null;
  // "which palestinians exactly": only where the last answer speaks of them (a stem of each word).
  if (asked !== "" && !named(asked)) return null;
  const lead = ru ? "Вот всё, что об этом говорит статья." : "This is all the article gives on that.";
  return ledAgainTurn(last, lead, asked || (ru ? "например" : "examples"), context, reading);
}
