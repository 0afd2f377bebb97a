// How much, and in what shape, the reader wants the answer: "очень коротко", "максимально сжато", "подробно",
// "тезисно", "по пунктам". Beside a topic they are glue, as the brevity adverbs are
// (words.ts: "позиция россии подробно" asks for the position); alone, or beside words of the story in brief
// ("опиши ситуацию очень подробно", "перескажи статью подробно"), they ask for the story (intents.ts reads the
// cue). The adjectives are summary words instead (intents.ts): "подробный пересказ" asks for the story, but
// "детальный план" is a topic of its own. Read as typed, "очень" and "подробно" were words the knowledge base never
// uses, and a request for the story with one of them was refused as outside the article.

/** Intensifiers and words of size and shape, as the lexicon drops them (normalised: ё is е). */
export const RUSSIAN_SIZE_WORDS: readonly string[] = `очень максимально предельно весьма
  подробно поподробнее детально развернуто обстоятельно тезисно тезисами пунктами списком`
  .split(/\s+/)
  .filter(Boolean);

/** A page, half a page or a paragraph, as "на …" names it (normalised: ё is е). */
const PAGE_SIZES = [
  "полстраницы",
  "полстранички",
  "полстраничку",
  "пол страницы",
  "пол странички",
  "страницу",
  "страничку",
  "одну страницу",
  "одну страничку",
  "один лист",
  "листок",
  "абзац",
  "один абзац",
];

/** Phrases of size and shape, dropped the same way. */
export const RUSSIAN_SIZE_PHRASES: readonly string[] = [
  "по пунктам",
  "в виде списка",
  "в деталях",
  "во всех подробностях",
  "со всеми подробностями",
  "в общих чертах",
  "как можно короче",
  "как можно подробнее",
  "как можно проще",
  // A page or a paragraph as the size ("конспект на полстранички", "на одну страничку", "в один абзац").
  ...PAGE_SIZES.map((size) => `на ${size}`),
  "в один абзац",
  "в одном абзаце",
  ...["короткую", "короткая", "краткую", "краткая", "сокращенную", "сокращенная"].flatMap((size) => [
    `${size} версию`,
    `${size} версия`,
  ]),
];

/**
 * A size or shape asked with no topic beside it ("расскажи подробно", "тезисно", "по пунктам") asks for the story;
 * "подробнее" alone is a follow-up on the last answer (the dialogue's), so it is not here.
 */
export const RUSSIAN_SIZE_CUE =
  /(?:^| )(?:подробно|детально|развернуто|обстоятельно|тезисно|тезисами|пунктами|списком|по пунктам|в виде списка|в деталях|во всех подробностях|со всеми подробностями|как можно короче|как можно подробнее|(?:коротк|кратк|сокращенн)(?:ую|ая) верси[юя]|на (?:пол ?|одну )?(?:страниц[уы]|страничк[уи])|на (?:один )?(?:лист|листок|абзац)|в (?:одн(?:ом|ин) )?абзац[е]?)(?= |$)/g;
