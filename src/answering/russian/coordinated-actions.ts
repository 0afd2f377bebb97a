// «координировать действия региональных игроков», «согласование действий»: coordinating actions is coordinating,
// and the article's wording is «координация региональных игроков». Read as typed, «действия» met the entries on
// what the US failed to do, and «Кто говорит о необходимости координировать действия региональных игроков?» went
// unsure between the Foreign Ministry's position and which players it means (blind-ru61, wave AR). Only beside a
// word of coordinating; «действия» elsewhere («действия Израиля») stays. Word lists, no patterns over the text.

const COORDINATING = /^(?:координ|согласов|скоордин)/;
const ACTIONS = new Set(["действия", "действий", "действиям", "действиями"]);
const OWN = new Set(["свои", "своих", "их"]);

/** The words with «действия» next to a word of coordinating dropped. */
export function withoutCoordinatedActions(words: string[]): string[] {
  if (!words.some((w) => COORDINATING.test(w))) return words;
  const drop = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (!ACTIONS.has(words[i]!)) continue;
    const before = OWN.has(words[i - 1] ?? "") ? i - 2 : i - 1;
    const near = COORDINATING.test(words[before] ?? "") || COORDINATING.test(words[i + 1] ?? "");
    if (!near) continue;
    drop.add(i);
    if (before === i - 2) drop.add(i - 1);
  }
  return drop.size === 0 ? words : words.filter((_, i) => !drop.has(i));
}
