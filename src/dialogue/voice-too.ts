// Kind (dialog44): another voice of the article asked "too" after one voice's statement — "the kremlin too?" after
// Putin's charge against the US, "and peskov too?", «а Кремль тоже?», «и МИД тоже?» after Putin's or Peskov's card.
// A "too" verdict must come from the asked voice's own statement in the article, and the last card quotes only other
// voices; the article attributes the charge (or the concern, the call for a ceasefire) to them, not to the one asked:
// the article doesn't say, on the last card. Before, included-too.ts read "the kremlin" as Russia included in
// "compromises acceptable to both sides" and said Yes; the party swap answered the Kremlin's card with no verdict.
// Left to the other readers: the asked voice quoted on the card or named in its quotes, its spokesman or its body
// quoted there (body-too.ts says Yes where the spokesman's words name the body), Moscow (the party-for-actor reading
// takes Russia for Putin) and the article itself.
import type { Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { bodyOf } from "./spokesman-stance.js";
import { tooAskedOf } from "./too-asked.js";
import type { DialogueContext, DialogueTurn } from "./types.js";
import { verdictOnLast } from "./verdict-on-last.js";

const NAME = "[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,3}?";
const TOO_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay|what about)[,.! ]+)*(?:(?:and|also) )?(?<name>${NAME}),? (?:too|as well|also)(?: then)?$`,
  "u",
);
const TOO_RU = new RegExp(`^(?:(?:а|и|ну|так)[,.! ]+)*(?<name>${NAME}),? (?:тоже|также)(?: так)?$`, "u");
/** Voices whose "too" another reading settles: Moscow as Putin's party, the article's own narration. */
const NOT_VOICES = new Set(["russia", "article"]);

export function voiceTooTurn(
  text: string,
  context: DialogueContext | null,
  kit: DialogueKit,
  readerLang: Lang,
): DialogueTurn | null {
  const found = tooAskedOf(text, context, kit, readerLang, { en: TOO_EN, ru: TOO_RU });
  if (!found) return null;
  const { asked, last, lang } = found;
  if (NOT_VOICES.has(asked) || last.quotes.length === 0) return null;
  const voices = new Set(last.quotes.map((q) => q.speakerId).filter((id) => !NOT_VOICES.has(id)));
  if (voices.size === 0 || voices.has(asked)) return null;
  // A spokesman and the body he speaks for, either way round: body-too.ts's and the party readers'.
  if (bodyOf(asked, kit) && voices.has(bodyOf(asked, kit)!)) return null;
  if ([...voices].some((v) => bodyOf(v, kit) === asked)) return null;
  // Named in the card's own words ("in a phone call with … Erdogan"): the relation readers'.
  if (last.quotes.some((q) => kit.speakers.namedIn(q.text.toLowerCase()).some((n) => n.id === asked)))
    return null;
  return verdictOnLast(last, text, found.context, lang, "not-said", "pronoun");
}
