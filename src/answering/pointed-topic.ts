// A topic set out first and asked about by a pronoun after a dash, colon or full stop ("Saudi Arabia normalization
// with Israel - is it dead now?", "Египет и Газа: что с ними?"): the question is about the topic, so a name the
// article does not know in it gates the whole message, as if the question had named it. Read alone, the asking part
// ("is it dead now?") found an entry by its own words.
import { spaceSplitCount } from "../lib/word-count.js";

/** A pronoun that points back at what a message named before it. */
// Personal pronouns only: "this"/"that" mostly point at the text ("in this text"), not at a topic before them.
const POINTING_BACK =
  /(?<!\p{L})(?:it|they|them|он|она|оно|они|его|ему|ей|ней|нее|неё|ее|её|их|них|ним|ними)(?!\p{L})/iu;

/** A topic and its question is a short message: a long one is chatter around its question (long-message.ts). */
const SHORT_MESSAGE_WORDS = 12;

/**
 * A stretch that asks with no topic of its own ("houthi attacks in the red sea - what's going on", "Yemen: any
 * news?", "… tensions: where do things stand", "… - latest"): it asks about the topic set out before it, as a pronoun would. Read alone it asked for the story in brief.
 */
const TOPICLESS_ASK =
  /^(?:so |ok |okay |and )?(?:what(?:'|’)?s|what is|what are|whats) (?:going on|happening|up|new|the deal|the story|the latest|the situation)(?: (?:there|with (?:it|that|this|them)|now|right now|today|lately))?[\s?!.]*$|^(?:any )?(?:news|updates?|thoughts|info|progress)(?: on (?:it|that|this))?[\s?!.]*$|^(?:so )?(?:where do things stand|where are things|where does it stand|where are we|(?:the )?latest|status|what(?:'|’)?s the status)(?: (?:now|right now|today))?[\s?!.]*$/iu;

/** Whether a later stretch of a short message asks about what an earlier one named, by a pronoun or with no topic. */
export function pointsBack(later: string, message = later): boolean {
  if (spaceSplitCount(message) >= SHORT_MESSAGE_WORDS) return false;
  return POINTING_BACK.test(later) || TOPICLESS_ASK.test(later.trim());
}
