// Kind (dialog54, d121-06#3): an aim the last answer's voice states, asked back in other words of advocacy — "Does
// it advocate direct talks between the Palestinians and Israel?" after the Foreign Ministry's coordination ("… and
// establish direct Palestinian-Israeli dialogue"), "does the ministry endorse direct negotiations between them?",
// "is it advocating direct dialogue between israel and the palestinians?", "did he propose a ceasefire?" after
// Putin's wishes ("emphasized the urgent need for an immediate ceasefire"). The pronoun had been read as Moscow
// and the claim checker gave "doesn't say"; the card's own quote settles it: Yes.
// Read only when the subject is a pronoun or a voice quoted on the last card, the verb one of advocacy, nothing is
// negated, and every word of the thing asked (talks / negotiations / dialogue as one word; "them", "the two sides",
// "each other" as nothing) is in what one of that voice's quotes on the card states as an aim (after "the need
// for", "the importance of", "establish", "seeks to", …); "direct talks between hamas and russia" is not.
// English only: the Russian phrasings («он выступает за прямые переговоры…») already read Yes on the claim path.

import type { AskedOfLast } from "./asked-of-last.js";
import { thingStems } from "./content-stems.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const LEAD = "(?:(?:so|and|but|ok|okay|then|wait)[, ]+)*";
// Only verbs no other reader takes: want / support / back / favour (wish-asked.ts) and call / push for (the
// engine's own cards) already read Yes and move the chat to the card they find, which later turns rely on
// (d54-01, d98-20); this reader keeps the last card.
const VERB =
  "(?:advocate|advocates|advocated|propose|proposes|proposed|suggest|suggests|suggested|endorse|endorses|endorsed|stand for|stands for|argue for|argues for|press for|presses for|promote|promotes)";
const VERB_ING = "(?:advocating|proposing|suggesting|endorsing|arguing for|pressing for|promoting)";
const SUBJECT = "(he|she|it|they|[\\p{L}'. ]{3,30}?)";
const AIM_EN = [
  new RegExp(
    `^${LEAD}(?:does|do|did|would) ${SUBJECT} (?:also |really |actually |even )?${VERB} (.{3,80}?)(?: too| as well| then)?$`,
    "u",
  ),
  new RegExp(
    `^${LEAD}(?:is|are|was|were) ${SUBJECT} (?:also |really |actually |even )?${VERB_ING} (.{3,80}?)(?: too| as well| then)?$`,
    "u",
  ),
  new RegExp(`^${LEAD}so ${SUBJECT} ${VERB} (.{3,80}?)$`, "u"),
];
const NEGATED = /(?<!\p{L})(?:not|never|no|nor)(?!\p{L})|n't(?!\p{L})/u;
const PRONOUN = /^(?:he|she|it|they)$/u;
const WH = /(?<!\p{L})(?:what|who|whom|why|how|when|where|which)(?!\p{L})/u;
/** Words that name no thing of the aim: articles, prepositions, the sides said without a name. */
const FUNCTION: ReadonlySet<string> = new Set(
  `a an the of on in at to for with about between among and or any some also too then them each other two
  both sides parties more new`.split(/\s+/),
);
/** Talks, negotiations and dialogue are one thing asked for. */
const SAME = new Map([
  ["talks", "dialogue"],
  ["talk", "dialogue"],
  ["negotiations", "dialogue"],
  ["negotiation", "dialogue"],
  ["discussions", "dialogue"],
  ["conversation", "dialogue"],
  ["contacts", "dialogue"],
]);
const STEM = 5;
/** Where a quote starts stating an aim. */
const AIM_MARK =
  /(?<!\p{L})(?:need for|importance of|call(?:s|ed)? for|urg(?:es|ed) |seeks? to|aims? to|strives? to|establish|resumption of|push(?:es)? for)/iu;

const stemsOf = (text: string) =>
  thingStems(
    text
      .toLowerCase()
      .split(/([^\p{L}]+)/u)
      .map((w) => SAME.get(w) ?? w)
      .join(""),
    STEM,
    FUNCTION,
  );

/** An aim of the last answer's voice asked with a verb of advocacy, every word of it in that voice's quotes: Yes. */
export function statedAimTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  if (ask.ru) return null;
  const t = ask.folded.replace(/[?!.…\s]+$/u, "");
  if (NEGATED.test(t)) return null;
  let subject: string | undefined;
  let thing: string | undefined;
  for (const p of AIM_EN) {
    const m = p.exec(t);
    if (m) {
      [subject, thing] = [m[1]!.trim(), m[2]!];
      break;
    }
  }
  if (!subject || !thing || WH.test(thing)) return null;
  const last = ask.last();
  if (!last?.answered || last.quotes.length === 0) return null;
  // The subject is the card's voice: a pronoun for the chat's speaker (or the card's one voice), or a quoted name.
  const quotedIds = new Set(last.quotes.map((q) => q.speakerId));
  let voiceId: string | null = null;
  if (PRONOUN.test(subject)) {
    // The chat's speaker may be wider than the card's voice ("the Russian government" → Russia, the card the
    // Foreign Ministry's): then the pronoun stands for the card's one voice.
    const speaker = ask.context.speakerId;
    voiceId = speaker && quotedIds.has(speaker) ? speaker : quotedIds.size === 1 ? [...quotedIds][0]! : null;
  } else {
    const named = kit.speakers.namedIn(subject);
    if (named.length === 1) voiceId = named[0]!.id;
  }
  if (!voiceId || !quotedIds.has(voiceId)) return null;
  const stems = stemsOf(thing);
  if (stems.length === 0) return null;
  // Only what a quote states as an aim: its words after "the need for", "establish", "seeks to", … ("between
  // Hamas and the Israeli military" is no aim of Putin's: "does he support hamas and israel?" is not read).
  const aims = last.quotes
    .filter((q) => q.speakerId === voiceId)
    .map((q) => AIM_MARK.exec(q.text))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => new Set(stemsOf(m.input.slice(m.index + m[0].length))));
  if (!aims.some((aim) => stems.every((s) => aim.has(s)))) return null;
  return verdictOnLast(last, ask.text, ask.context, ask.lang, "yes", "pronoun");
}
