import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { articleMentions } from "./mentions.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const LEAD_EN = "^(?:(?:so|and|but|wait|ok|okay|then|hmm)[, ]+)*";
const NAME = "([\\p{L}'.-]{3,20}(?: [\\p{L}'.-]{3,20})?)";
/** The act pointing back to the last answer: a verb, then "it/that/this" somewhere after it, in a few words. */
const BACK_EN = "(?:\\p{L}+(?:ing|s|ed)) (?:[\\p{L}']+ ){0,3}?(?:it|that|this|them)(?: (?:too|then|now))?";
const GUESSED_EN = [
  // "is it biden pushing for it?", "was it macron who called for that?", "is it scholz that's behind this?"
  new RegExp(`${LEAD_EN}(?:is|was) it ${NAME} (?:(?:who|that)(?:'s| is| was)? )?${BACK_EN}$`, "u"),
  // "is biden the one pushing for it?", "so macron's the one calling for that?"
  new RegExp(
    `${LEAD_EN}(?:is |was )?${NAME}(?:'s| is| was)? the one (?:(?:who|that)(?:'s| is| was)? )?${BACK_EN}$`,
    "u",
  ),
];
const LEAD_RU = "^(?:(?:а|и|так|ну|погоди|значит)[, ]+)*";
/** «за него выступает», «этого добивается», «к этому призывает», «это предлагает». */
const BACK_RU =
  "(?:(?:за (?:него|нее|не[её]|это|этим)|этого|это|к этому|на этом|об этом) (?:\\p{L}+(?:ет|ит|ют|ят|ал|ала|ал?и))|(?:\\p{L}+(?:ет|ит|ют|ят|ал|ала|ал?и)) (?:за (?:него|нее|не[её]|это)|этого|это|к этому|на этом|об этом))";
const GUESSED_RU = [
  // «это байден за него выступает?», «это макрон этого добивается?», «это шольц к этому призывает?»
  new RegExp(`${LEAD_RU}(?:это|так это|неужели это) ${NAME} ${BACK_RU}$`, "u"),
];

/** The guessed doer's name, where the question guesses one for the act the last answer reports; else null. */
export function guessedDoerOf(folded: string, ru: boolean): string | null {
  const text = folded.replace(/[?!.\s]+$/u, "").replace(/,? (?:right|then|да|что ли)$/u, "");
  for (const re of ru ? GUESSED_RU : GUESSED_EN) {
    const name = re.exec(text)?.[1];
    if (name) return name;
  }
  return null;
}

export function guessedDoerTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { text, context, folded, ru } = ask;
  const name = guessedDoerOf(folded, ru);
  if (!name) return null;
  const asked = ask.lang;
  // A name the article never uses: no speaker, not in its words, a word the knowledge base does not know.
  if (kit.speakers.namedIn(name).length > 0 || articleMentions(name, asked, kit.kb)) return null;
  if ((kit.engine.explain?.(name).unknown?.length ?? 0) === 0) return null;
  const last = ask.last();
  // The last answer must name its doer: a quote of a person's reported or direct words.
  if (!last?.answered || !last.entry?.quotes.some((q) => kit.speakers.isPerson(q.speaker))) return null;
  // The entry's own "Yes." answers its own question, not the guess: the verdict line says No.
  return verdictOnLast(
    { ...last, answer: withoutOwnVerdict(last.answer) },
    text,
    context,
    asked,
    "no",
    "pronoun",
  );
}
