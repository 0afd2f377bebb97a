// A bare «процесс» asked beside resuming it («какой процесс путин хочет возобновить», «возобновление какого процесса
// нужно»): the process the article wants resumed is the negotiation process («возобновление переговорного
// процесса»). Alone «процесс» was a word the Russian knowledge base never weighs, and the question went unsure between
// the talks and what Putin wants (quality31, wave AP). A process already named («мирный процесс», «переговорный
// процесс») stays as typed; without a word of resuming nothing changes. Word lists, no patterns over the text.

const PROCESS = new Set(["процесс", "процесса", "процессу", "процессом", "процессе"]);
const NAMED_BEFORE = /^(?:мирн|переговорн|политическ|дипломатическ)/;

/** The words with a bare «процесс» read as «переговорный» when resuming is asked; changed in place. */
export function withResumedProcessAsTalks(words: string[]): void {
  if (!words.some((w) => w.startsWith("возобнов"))) return;
  for (let i = 0; i < words.length; i++)
    if (PROCESS.has(words[i]!) && !(i > 0 && NAMED_BEFORE.test(words[i - 1]!))) words[i] = "переговорный";
}
