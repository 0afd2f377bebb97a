// Words that say where the answer should come from or how the question is meant, not what it is about:
// "если верить статье", "если верить Путину" (the voice stays), "судя по тексту", "согласно статье", "в каком контексте", "в какой связи" (связь here is "in what
// connection", not the ties the article tells of), "в глазах других" (how one looks to others). The lexicon
// drops them like any stop phrase, so "кто такой Песков, если верить статье?" is "кто такой Песков?".

/** The phrases, as the lexicon drops them (normalised words; ё read as е). */
export const RUSSIAN_SOURCE_PHRASES: readonly string[] = [
  "если верить статье",
  "если верить тексту",
  "если верить автору",
  "если верить материалу",
  "верить статье",
  // Before a voice ("если верить путину"): the voice stays, as after "по словам".
  "если верить",
  "если верить словам",
  "судя по статье",
  "согласно статье",
  "согласно тексту",
  "согласно материалу",
  "согласно автору",
  "согласно статьи",
  "судя по тексту",
  "судя по материалу",
  "судя по всему",
  "в каком контексте",
  "в каком ключе",
  "в какой связи",
  "в связи с чем",
  // "кто такой эрдоган в контексте статьи", "что такое квартет в рамках этой новости" (quality40ru): where the
  // answer comes from, not a context the question asks about.
  ...["в контексте", "в рамках"].flatMap((frame) =>
    ["статьи", "текста", "новости", "материала", "истории", "заметки", "публикации"].flatMap((text) => [
      `${frame} ${text}`,
      `${frame} этой ${text}`,
      `${frame} этого ${text}`,
      `${frame} данной ${text}`,
      `${frame} данного ${text}`,
    ]),
  ),
  "в глазах других",
  "в глазах мира",
  "в глазах остальных",
  "в чужих глазах",
];
