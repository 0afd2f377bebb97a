// The gist of one thing asked ("суть позиции россии в паре предложений", "смысл позиции мида кратко", "в чём суть
// позиции путина"): what the article says of that thing, the gist word dropped. Beside a topic "суть" is a word the
// knowledge base never uses as content (the intents read it only alone or with the story: "суть статьи", "в чём
// суть"), so it weighed against the topic's own entry and the question went to "not sure which" (quality32). The
// story itself or the conflict as a whole after it stays a request for the story in brief.

/** "суть", "смысл", "главное в", optionally opened by "в чём" / "какова" / "кратко". */
const GIST =
  /^\s*(?:(?:а|и|так|ну)\s+)?(?:(?:в\s+)?ч[её]м\s+|какова\s+|каков\s+|кратко\s+|вкратце\s+|коротко\s+)?(?:суть|сути|смысл|главное\s+в|основное\s+в)\s+(?=\p{L})/iu;
/** The story itself, or the conflict as a whole: still the story in brief. */
const STORY =
  /^(?:(?:всей|всего|этой|этого|данной|данного)\s+)?(?:стать|статейк|новост|текст|материал|истори|происходящ|дел[ао]?(?:\s|$)|конфликт|ситуаци|событи|заметк|публикаци|всего|этого|войны|вопрос|проблем)/iu;

/** The question without the gist word before a topic, or as typed. */
export function withoutRussianGist(text: string): string {
  if (text.length > 200) return text;
  const m = GIST.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return STORY.test(rest) ? text : rest;
}
