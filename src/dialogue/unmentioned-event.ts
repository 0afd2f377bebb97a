// An event or deed the article never mentions, asked yes/no of parties it does: "did putin host a hamas delegation
// in moscow", "is the kremlin evacuating russian citizens from gaza?", "did peskov invite an envoy to the kremlin?"
// (waves BY/BZ, quality49). The engine is unsure between the parties' entries, and the words it does not know
// ("host", "delegation", "evacuate") are the question's point: a nearby card's "doesn't say" would pass the story's
// parties off as an answer to it. Such a question is the engine's refusal, as the rescued one already is
// (ambiguous-yes-no.ts). A question whose words the knowledge base all knows ("did the kremlin send aid to gaza?"
// has none unknown) keeps the yes/no path, and so does one pointing back at the story ("did peskov repeat that
// criticism?": the criticism is the story's), and a stance on a party ("did peskov praise washington's policy?": the
// praise readers and the checker answer it). Only English (the engine's unknown words of a Russian question are too
// many to tell). Read by ambiguous-yes-no.ts, and by stand-alone.ts, which refuses it as off the story.

import type { NearMissFinder } from "./rescue.js";
import { asksUnknownEventRu } from "./unmentioned-event-ru.js";

/** Whether the engine reads a word of the question it does not know at all (a stem of no entry nor the article). */
export function asksUnknownEvent(folded: string, engine: Partial<NearMissFinder>): boolean {
  if (/\p{Script=Cyrillic}/u.test(folded)) return asksUnknownEventRu(folded, engine);
  if (POINTS_BACK.test(folded) || STANCE.test(folded)) return false;
  return (engine.explain?.(folded).unknown?.length ?? 0) > 0;
}

/** A stance on a party, which the article's criticism bears on ("is it true that peskov praised washington's policy?"). */
const STANCE =
  /(?<!\p{L})(?:prais\p{L}*|applaud\p{L}*|commend\p{L}*|endors\p{L}*|approv\p{L}*|condemn\p{L}*|laud\p{L}*|hail\p{L}*|admir\p{L}*|compliment\p{L}*|thank\p{L}*)(?!\p{L})/u;

/** A demonstrative or pronoun object: the question points back at something of the story ("that criticism"). */
const POINTS_BACK =
  /(?<!\p{L})(?:that|this|these|those|it|them|such)(?:\s+\p{L}+)?\s*\??$|(?<!\p{L})(?:that|this|these|those|such)\s+(?:criticism|claim|view|point|remark|statement|call|stance|position|idea|line|message|policy|criticisms|claims|remarks)(?!\p{L})/iu;
