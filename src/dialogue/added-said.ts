// Kind: "what did Peskov add?", «а Песков что добавил?», «что ещё добавила пресс-служба?»: what a voice added is
// what it said. The engine read "add"/«добавил» as a topic word and found no entry (or several), so the reply was
// "I'm not sure which"; asked as "say"/«сказал» it is that voice's words. Only in a what-question, with the verb.
const ADDED_EN =
  /^((?:(?:and|so|but|ok|okay|then)[, ]+)?what (?:else )?(?:did|does|has) [\p{L}' .-]{2,40}? )(?:add|added)(\s*(?:to (?:that|this|it))?\s*[?!.]*)$/iu;
const ADDED_RU =
  /^((?:(?:а|и|ну|так)[, ]+)?(?:(?:что|чего) (?:ещё |еще )?[\p{L} .-]{0,40}?|[\p{L} .-]{2,40}? (?:что|чего) (?:ещё |еще )?))добави(л|ла|ли)((?: [\p{L} .-]{2,40}?)?\s*(?:к этому|от себя)?\s*[?!.]*)$/iu;

/** The message with "add"/«добавил» in a what-question read as "say"/«сказал», else as typed. */
export function addedAsSaid(text: string): string {
  const t = text.trim();
  const en = ADDED_EN.exec(t);
  if (en) return `${en[1]}say${en[2] ?? ""}`;
  const ru = ADDED_RU.exec(t);
  if (ru) return `${ru[1]}сказа${ru[2]}${ru[3] ?? ""}`;
  return text;
}
