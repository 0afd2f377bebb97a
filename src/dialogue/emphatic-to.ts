// Kind: a Russian emphatic particle hyphened to a word — «ну а о чем говорили-то», «а путин-то что?», «кто там
// главный-то?». The particle adds only the asker's impatience, but the readers match the word as typed, so
// «говорили-то» was no verb of talk and «путин-то» no name: the turn was refused (d73-36#2). The particle is taken
// off, except after a question word, where «-то» makes an indefinite pronoun («что-то», «кто-то», «как-то»).
/** A word and its hyphened «-то»; the word starts at a letter edge, so each position is tried once (linear). */
const HYPHENED_TO = /(?<!\p{L})(\p{L}+)-то(?!\p{L})/gu;
/** Question words: with «-то» they are indefinite pronouns, a word of their own. */
const INDEFINITE =
  /^(?:кто|кого|кому|кем|ком|что|чего|чему|чем|ч[её]м|где|куда|откуда|когда|как|почему|зачем|отчего|сколько|какой|какая|какое|какие|какую|каких|каким|каком|какого|какому|какими|чей|чья|ч[её]й|чь[её]|чьи|чьего|чьей)$/iu;

/** The message with «-то» taken off its words (not off «что-то», «кто-то» …), else as typed. */
export function withoutEmphaticTo(text: string): string {
  if (!text.includes("-то")) return text;
  return text.replace(HYPHENED_TO, (whole, word: string) => (INDEFINITE.test(word) ? whole : word));
}
