// Kind: "he" in a question naming a country, after an answer on two people ("did putin have a call with erdogan?"
// — "is he the turkish president?", "and he leads turkey, right?"). The pronoun's usual reading is the last speaker
// (Putin), which gave a false No about him; a question asking whether "he" is of Turkey, right after the answer
// named the Turkish leader, asks about that leader. Where the speaker's own role is of another country than the one
// asked and exactly one other person the last answer names has a role of that country, "he" is that person.
import type { KnowledgeBase } from "../knowledge/index.js";
import { roleCountry } from "./countries.js";
import type { SpeakerNames } from "./speakers.js";

export function personOfCountry(
  speakerId: string,
  askedCountry: string | null,
  answerText: () => string,
  kb: KnowledgeBase,
  speakers: SpeakerNames,
): string {
  if (!askedCountry) return speakerId;
  const countryOfPerson = (id: string) => roleCountry(kb.speakerById.get(id)?.role);
  if (countryOfPerson(speakerId) === askedCountry) return speakerId;
  const others = new Set(
    speakers
      .namedIn(answerText().toLowerCase())
      .map((n) => n.id)
      .filter((id) => id !== speakerId && speakers.isPerson(id) && countryOfPerson(id) === askedCountry),
  );
  return others.size === 1 ? [...others][0]! : speakerId;
}
