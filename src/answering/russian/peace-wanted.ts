// Whether a Russian party wants peace or war, or backs a truce ("путин хочет войны или мира", "путин за мир?",
// "кремль поддерживает перемирие?"): whether it wants a ceasefire, which the article reports Putin urging and the
// Kremlin's readiness to help stands beside — as English "does putin want peace" is read (wants-peace.ts). Read as
// typed, "мир" found the article's own way out of the conflict and "кремль поддерживает" the Kremlin's open line
// or the United States' missing reply (quality33). "поддерживает связь" and ties keep their reading: only peace,
// a truce or war-or-peace as the thing wanted is read so.
import { foldedRussian } from "./plain-text.js";

/** The Russian parties whose stance on peace the article reports, any case form, as the subject. */
const PARTY = String.raw`(путин|россия|москва|кремль|российская\s+власть|российское\s+руководство|русские)`;
/** Wanting, backing or standing for. */
const WANTING = String.raw`(?:(?:вообще|все\s+таки|всетаки|реально|правда|действительно)\s+)?(?:хочет|хотят|желает|жаждет|стремится\s+к|выступает\s+за|поддерживает|одобряет|топит\s+за|за)`;
/** Peace, a truce, an end to the fighting, or war offered against peace. */
const PEACE = String.raw`(?:(?:войны|войну)\s+или\s+(?:за\s+)?(?:мира|мир)|(?:мира|мир)\s+или\s+(?:за\s+)?(?:войны|войну)|мира|мир|перемирия|перемирие|прекращения\s+огня|прекращение\s+огня|прекращения\s+боев|прекращение\s+боев)`;

const PEACE_WANTED = new RegExp(String.raw`^(?:(?:а|и|так|ну)\s+)?${PARTY}\s+${WANTING}\s+${PEACE}$`, "u");

/** The question as "<party> хочет прекращения огня", or as it came. */
export function asRussianPeaceWanted(text: string): string {
  // Asked, not stated: "не верю, что Кремль хочет мира. Что он заявляет?" reports a claim in its first piece.
  if (text.length > 80 || !(/\?\s*$/.test(text) || /(?<!\p{L})или(?!\p{L})/u.test(text))) return text;
  const found = PEACE_WANTED.exec(foldedRussian(text));
  return found ? `${found[1]} хочет прекращения огня?` : text;
}
