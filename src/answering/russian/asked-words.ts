// The question's words read for what they ask, after normaliseRussianWords has split them (normalise.ts): former
// "ours" as the former citizens, a cast asked, a mention as saying, a "when" clause, an adverb of the end, the story's
// place or time, a personal detail, whom someone spoke with, "как зовут". Moved out of normalise.ts (session 31's
// review: the file had grown past 300 lines); each reading's own comment says the kind that motivated it.
import { RUSSIAN_FRAME_CUES, RUSSIAN_QUESTION_FORMS } from "./words.js";

/**
 * «там много бывших наших», «выходцы из наших»: "ours" after "former" is the former compatriots, the article's
 * former Russian citizens in Israel. Read as typed, «наших» was an unknown name and the question was refused as off
 * the story (quality31; blind-ru60, wave AP). Changed in place.
 */
export function formerOursAsCitizens(words: string[]): void {
  // «экс-россияне», «экс-граждане»: "ex-" is "former" (quality-r2-34: «полно экс-россиян в израиле?» was unsure).
  for (let i = 0; i < words.length - 1; i++) if (words[i] === "экс") words[i] = "бывших";
  for (let i = 1; i < words.length; i++)
    if (OURS.has(words[i]!) && words[i - 1]!.startsWith("бывш")) words[i] = "граждан";
}
const OURS = new Set("наших наши нашими нашим".split(" "));

/**
 * "Кто главные герои статьи?", "действующие лица", "кто упоминается в тексте": the story's cast, asked with
 * nothing else, is who says what in it (the roster of speakers).
 */
export function castAsked(words: string[]): string[] {
  if (!words.some((w) => CAST.has(w))) return words;
  return words.every((w) => CAST.has(w) || CAST_GLUE.has(w)) ? ["кто", "что", "сказал"] : words;
}
const CAST = new Set(
  `герои героев героями персонажи персонажей фигуранты фигурантов действующие лица лиц упоминается упоминаются
  упомянут упомянуты фигурирует фигурируют`.split(/\s+/),
);
const CAST_GLUE = new Set(
  `кто какие каких все всех главные главных основные основных статьи статье тексте текста истории новости этой
  в есть вообще там тут а и ну список перечисли назови назовите`.split(/\s+/),
);

/**
 * "Какие компромиссы упоминает Путин": a speaker mentioning is a speaker saying, a frame, not the topic. Not when
 * the article mentions ("упоминает ли статья Хамас" asks what it covers), nor "не упомянул" (what he left out).
 */
export function mentionAsSaying(words: string[]): string[] {
  if (!words.some((w) => MENTIONS.has(w)) || words.some((w) => ARTICLE_WORDS.has(w))) return words;
  // Only a question opened by a question word ("какие…", "о чём…"): a claim ("Путин упоминает роль России") keeps it.
  if (!words.slice(0, 2).some((w) => QUESTION_FORM_SET.has(w))) return words;
  // "Какого турецкого лидера упоминают": the plural with no one named is the impersonal "is mentioned", and the
  // thing asked for (in the accusative) is who or what the text names, not anyone's words (quality27).
  const impersonal = words.slice(0, 2).some((w) => ASKED_OBJECT.has(w));
  return words.map((w, i) =>
    MENTIONS.has(w) && words[i - 1] !== "не" && words[i - 1] !== "ни"
      ? impersonal && IMPERSONAL_MENTIONS.has(w)
        ? "упоминается"
        : "сказал"
      : w,
  );
}
/** Question words asking for the mentioned thing itself, in the accusative: "какого лидера", "кого из политиков". */
const ASKED_OBJECT = new Set("какого каких какую кого".split(" "));
/** Third-person plurals of mentioning, impersonal when no one is named ("какие страны упоминают" of the text). */
const IMPERSONAL_MENTIONS = new Set("упоминают упомянули упоминали".split(" "));
const QUESTION_FORM_SET = new Set(RUSSIAN_QUESTION_FORMS);
const MENTIONS = new Set(
  "упоминает упоминают упоминал упоминала упоминали упомянул упомянула упомянули упомянуть".split(" "),
);
const ARTICLE_WORDS = new Set(
  "статья статье статьи статью статьей текст тексте текста автор автора материал материале журналист".split(
    " ",
  ),
);

/**
 * "Когда Путин говорил с Эрдоганом, что он сказал?": a clause opened by "когда" and followed, after a comma, by a
 * question word is the setting of the question, not a question of time.
 */
export function whenClauseAsked(words: string[], text: string): string[] {
  const at = words[0] === "а" || words[0] === "и" ? 1 : 0;
  if (words[at] !== "когда") return words;
  const clause =
    /(?:^|[^\p{L}])когда[^,]*?,\s*(?:(?:а|и|то|в|во|к|ко|о|об|на|за|с|со|от|по|из|для|про)\s+)?(\p{L}+)/u.exec(
      text,
    );
  if (!clause || !RUSSIAN_QUESTION_FORMS.includes(clause[1]!) || clause[1] === "когда") return words;
  return words.filter((_, i) => i !== at);
}

/**
 * "в итоге", "в конечном счете" beside what someone wants or thinks ("что Путин хочет в итоге") mean "after all",
 * not the article's conclusion, which they name alone ("что в итоге?"); so do they beside a person, place or time
 * asked ("с кем в итоге был разговор?").
 */
export function withoutAdverbOfEnd(words: string[]): string[] {
  if (
    !words.includes("в") ||
    (!words.some((w) => WANT_OR_THINK.has(RUSSIAN_FRAME_CUES.get(w) ?? "") || PARTY_ASKED.has(w)) &&
      !(words.some((w) => DEMAND_VERBS.has(w)) && words.some((w) => DEMANDING_VOICE.test(w))))
  )
    return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "в" && words[i + 1] === "итоге") i += 1;
    else if (words[i] === "в" && words[i + 1] === "конечном" && words[i + 2] === "счете") i += 2;
    else out.push(words[i]!);
  }
  return out;
}
const WANT_OR_THINK = new Set(["want", "think"]);
/** What a person or body demands ("чего путин в итоге требует?"): "в итоге" is "after all" there too (quality37); what
 * the article urges in the end («к чему в итоге призывает статья») stays its conclusion. */
const DEMAND_VERBS = new Set(
  "требует требуют требовал потребовал добивается добивался просит просил призывает призвал настаивает".split(
    " ",
  ),
);
/** A person, place or time asked ("с кем в итоге был разговор?"): "в итоге" is "after all" there too (quality45). */
// Whose side ("ну и на чьей стороне россия в итоге") is a party asked too (quality31).
const DEMANDING_VOICE = /^(?:путин|песков|кремл|мид|росси|москв|эрдоган|вашингтон|сша)/u;
const PARTY_ASKED = new Set([
  "кто",
  "кого",
  "кому",
  "кем",
  "чьей",
  "чья",
  "чей",
  "чьим",
  "где",
  "куда",
  "откуда",
  "когда",
]);

/** Words that point at the story without naming anything in it ("где всё это происходит?"). */
const STORY_HAPPENING = new Set(
  `это все вообще там тут же а и ну именно конкретно сейчас это-то происходит происходило произошло случилось
  случилось-то творится было были идет идут шло шли развернулось разворачивается`.split(/\s+/),
);
const STORY_ASPECT: ReadonlyMap<string, string> = new Map([
  ["где", "место"],
  ["куда", "место"],
  ["когда", "время"],
]);

/**
 * "где всё это происходит?" / "когда это было?" name no topic: they ask where or when the story happens, so the
 * aspect is added as the word the story's entries know it by (место, время).
 */
export function storyPlaceOrTime(words: string[]): string[] {
  if (words.length < 2 || words.length > 6) return words;
  const asks = words.filter((w) => STORY_ASPECT.has(w));
  if (asks.length !== 1 || !words.some((w) => w !== asks[0] && STORY_HAPPENING.has(w))) return words;
  return words.every((w) => w === asks[0] || STORY_HAPPENING.has(w))
    ? [...words, STORY_ASPECT.get(asks[0]!)!]
    : words;
}

/**
 * Words that are a person's detail unless the question is about what they also mean in the story: "рост" is
 * height, or the rise of casualties; "образование" is education, or the forming of the Quartet. As a detail it
 * becomes a word the article never uses, so "какой рост у Путина" is refused, not answered with the rise in deaths.
 */
export const PERSONAL_HOMONYMS = new Map<string, RegExp>([
  ...["рост", "роста", "росту", "ростом"].map(
    (w) =>
      [w, /^(?:числ|жертв|погиб|потер|насил|эскалац|напряж|конфликт|опасен|тревог|цен|убит|смерт)/] as const,
  ),
  ...["образование", "образования", "образованию", "образованием"].map(
    (w) => [w, /^(?:квартет|четверк|государств|палестин|создан|групп|организац)/] as const,
  ),
]);

/** The marker a personal detail becomes: no entry has it, and it is no name. */
export const PERSONAL_DETAIL = "личныеданные";

export function personalDetail(word: string, words: string[]): string {
  const topic = PERSONAL_HOMONYMS.get(word);
  return topic && !words.some((w) => topic.test(w)) ? PERSONAL_DETAIL : word;
}

/** With the spellings typed by ear ("как завут", "как зовуд"; quality-ru44): "зовут" is no word of the knowledge base. */
export const NAME_VERBS = new Set([
  "зовут",
  "звать",
  "зовет",
  "величают",
  "завут",
  "зовуд",
  "завуд",
  "зват",
  "завет",
  "зовут-то",
]);

/** "с кем говорил Путин" asks whom he talked with: there "говорил" is a conversation, not a statement. */
export const SPOKE_WITH: ReadonlyMap<string, string> = new Map(
  "говорил говорила говорили говорит говорят поговорил поговорила поговорили"
    .split(" ")
    .map((w): [string, string] => [w, "разговаривал"]),
);

export function asksPartner(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++)
    if ((words[i] === "с" || words[i] === "со") && words[i + 1] === "кем") return true;
  return false;
}
