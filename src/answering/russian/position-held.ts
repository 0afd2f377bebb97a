// "Какую позицию занимает МИД": the verb of holding a position says no more than "позиция" (a frame word of
// opinion) does, but as a content word it weighed against every entry ("заним-" is only in the who-is phrasings'
// "какую должность занимает"), and the question fell below the gate. Dropped beside "позиция" only: "занимает
// сторону" is a knowledge-base phrase (taking a side), and "должность занимает" is role-asked.ts's. The noun is
// matched as spelt by ear too ("пазицыю"): readers see the text before the typo fixer does.

const HOLDS = /(?<!\p{L})занима(?:ет|ют|л|ла|ли|ло|ть)(?!\p{L})/iu;
const POSITION = /(?<!\p{L})п[ао]зиц[иы](?:я|и|ю|ей)(?!\p{L})/iu;

/** The question without the verb of holding beside "позиция", or as typed. */
export function withoutPositionHeld(text: string): string {
  if (!POSITION.test(text) || !HOLDS.test(text)) return text;
  return text
    .replace(HOLDS, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}
