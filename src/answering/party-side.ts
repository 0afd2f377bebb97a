// Whether a Russian voice is on one party's side ("is russia taking israel's side", "is russia on israel's side?",
// "is moscow on hamas side", "has the kremlin taken the palestinians' side"): whose side Russia is on, which the
// article leaves without a verdict (is-russia-neutral: it presents itself as an impartial mediator, with ties to
// both). Read as typed, the party's name drew where the violence is, or the Kremlin's contact with both sides with
// its own "Yes." — a false Yes to "on Israel's side" (blind88's closing note; quality39).

const VOICE = String.raw`(?:the )?(?:kremlin|moscow|russia|russians|putin|russian government)`;
const PARTY = String.raw`(?:the )?(?:israel|israelis|israeli|hamas|palestinians?|palestinian|gaza|us|america|americans|washington|iran|turkey)(?:'s?|s)?`;
const ON_SIDE = new RegExp(
  String.raw`^(?:so |and |but )?(?:is|are|has|have|was|does|did) ${VOICE} (?:(?:really|actually|now|basically|secretly|openly|clearly) )?(?:taking|take|taken|took|on|picking|picked|choosing|chosen) ${PARTY} side(?: (?:here|in this|in the conflict|in this conflict|in the war))?[?!. ]*$`,
  "u",
);

/** "is russia taking israel's side" as "whose side is russia on", or the question as it came. */
export function asPartySide(text: string): string {
  if (text.length > 100 || !/side/i.test(text)) return text;
  return ON_SIDE.test(text.toLowerCase().trim()) ? "whose side is russia on" : text;
}
