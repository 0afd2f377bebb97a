// Kind (dialog43b, d108-11#2): "who's calling for one?", "who wants it then?", «а кто его требует?» after a question
// about a thing the article has someone call for ("will the ceasefire happen soon?" — doesn't say, no card kept). The
// "one"/"it" is that thing: asked as "who is calling for a ceasefire?" (Putin, on the call). Only the things the
// article reports a call for; a message whose last question names none is read as typed.
import { withoutEndMarks } from "../lib/fold-question.js";
import type { DialogueContext } from "./types.js";

const WHO_CALLS_EN =
  /^(?:(?:so|and|but|ok|okay|well|then|hmm)[,.! ]+)*who(?:'s| is| was| are| were)? (?:even |actually |really )?(?:calling|pushing|asking|pressing|arguing|advocating|urging|call|calls|called|push|pushed|wants?|wanted|demanding|demands?|demanded) (?:for )?(?:one|it|that|them)(?:,? (?:then|though|actually|exactly))*$/u;
const WHO_CALLS_RU =
  /^(?:(?:а|и|так|ну|но)[,.! ]+)*кто (?:же |тогда |вообще )*(?:е(?:го|е|ё)|их|за него|за не[её]|за них|к нему|к ней|к ним) (?:тогда )?(?:требует|требовал|хочет|хотел|добивается|призывает|призывал|предлагает|предлагал)(?: тогда)?$/u;
/** The things the article reports a call for, as the last question names them, and how to ask about them. */
const THINGS: readonly [RegExp, string, string][] = [
  [
    /(?<!\p{L})(?:cease-?fire|truce|перемири\p{L}*|прекращени\p{L}* огня)(?!\p{L})/u,
    "a ceasefire",
    "прекращению огня",
  ],
  [
    /(?<!\p{L})(?:negotiations?|talks|переговор\p{L}*)(?!\p{L})/u,
    "the resumption of negotiations",
    "переговорам",
  ],
];

/** The call asked of the last question's thing, or null. */
export function calledOneOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (!context?.question || text.length > 60) return null;
  const q = withoutEndMarks(text.toLowerCase().replace(/ё/gu, "е").replace(/[’`]/gu, "'")).trim();
  const en = WHO_CALLS_EN.test(q);
  const ru = !en && WHO_CALLS_RU.test(q);
  if (!en && !ru) return null;
  const last = context.question.toLowerCase();
  const thing = THINGS.find(([re]) => re.test(last));
  if (!thing) return null;
  return en ? `who is calling for ${thing[1]}?` : `кто призывает к ${thing[2]}?`;
}
