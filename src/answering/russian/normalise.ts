// Russian (and mixed) text -> comparable lower-case words: ё read as е, punctuation gone, Latin accents dropped
// (Erdoğan), and a word typed with letters of both alphabets that look alike ("Пeсков" with a Latin e) put into
// the alphabet most of its letters are in. Also: which script a question is in. Transliterated Russian is
// transliterated.ts (re-exported here for the tests that import it from this module).

import { isRussianText } from "../../lib/script-language.js";
import { MAX_QUESTION_CHARS } from "../normalise.js";
import { withoutCoordinatedActions } from "./coordinated-actions.js";
import { withFearingRead } from "./feared-escalation.js";
import { withoutHearsay } from "./hearsay.js";
import { plainIdioms } from "./idioms.js";
import { withoutRecentScene } from "./recent-scene.js";
import { withResumedProcessAsTalks } from "./resumed-process.js";
import { withThingShowing } from "./thing-says.js";
import { withoutTruceSides } from "./truce-between.js";
import { withoutWishAddressees } from "./wish-addressee.js";
import { RUSSIAN_FRAME_CUES, RUSSIAN_QUESTION_FORMS } from "./words.js";

export { fromTranslit, looksTransliterated } from "./transliterated.js";

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([lat, cyr]) => [cyr, lat]),
);

const CYRILLIC = /[а-яё]/;
const LATIN = /[a-z]/;
const LATIN_ACCENTED = /[\u00c0-\u024f]/g;

/**
 * A word with letters of both alphabets, written in one alphabet where its letters look alike: the one most of
 * its letters are in, else the other when only that one can hold every letter ("CШA": Ш has no Latin twin).
 */
export function oneAlphabet(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
  const cyrillic = word.match(/[а-яё]/g)!.length;
  const latin = word.match(/[a-z]/g)!.length;
  const toCyrillic = [...word].map((ch) => LATIN_TO_CYRILLIC[ch] ?? ch).join("");
  const toLatin = [...word].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join("");
  // Only when every letter of the other alphabet has a look-alike: otherwise it is not a slip of the keyboard.
  const cyrillicOk = !LATIN.test(toCyrillic);
  const latinOk = !CYRILLIC.test(toLatin);
  if (cyrillicOk && (cyrillic >= latin || !latinOk)) return toCyrillic;
  if (latinOk) return toLatin;
  return word;
}

/** Abbreviations written with a hyphen or a full stop, spelled out before punctuation goes. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}])гос-?в([оаеу])(?![\p{L}])/gu, "государств$1"],
  [/(?<![\p{L}])пр-?в([оаеу])(?![\p{L}])/gu, "правительств$1"],
  [/(?<![\p{L}])м-?во(?![\p{L}])/gu, "министерство"],
  [/(?<![\p{L}])т\.\s?е\./gu, " то есть "],
  [/(?<![\p{L}])т\.\s?к\./gu, " так как "],
];

const INDEFINITE = new RegExp(
  `(?<![\\p{L}])(?:${RUSSIAN_QUESTION_FORMS.join("|")})-(?:то|нибудь|либо)(?![\\p{L}])`,
  "gu",
);

/** A prefix that takes ъ before е/ё/ю/я, then ь typed in its place ("обьявил", "сьел", "разьяснил"). */
const SOFT_FOR_HARD =
  /(?<![\p{L}])(об|под|от|из|раз|рас|над|пред|без|вз|воз|меж|сверх|суб|с(?=ье))ь(?=[еюя])/gu;

/** A preposition typed onto its question word ("скем говорил", "очем статья"): two words. */
const GLUED_PREPOSITION: ReadonlyMap<string, string[]> = new Map(
  Object.entries({
    скем: ["с", "кем"],
    счем: ["с", "чем"],
    очем: ["о", "чем"],
    прочто: ["про", "что"],
    вчем: ["в", "чем"],
    зачто: ["за", "что"],
    ккому: ["к", "кому"],
    откого: ["от", "кого"],
    // "чего опасаются изза эскалации": «из-за» typed as one word was an unknown name, and the question refused
    // (quality31).
    изза: ["из", "за"],
  }),
);

/** A Latin word, then a hyphen or apostrophe and a Russian ending of one to three letters (quality-ru41). */
const LATIN_WITH_ENDING = /(?<![\p{L}])([a-z]{3,})[-'’](?:[а-я]{1,3})(?![\p{L}])/gu;

export function normaliseRussianWords(raw: string): string[] {
  let s = raw.slice(0, MAX_QUESTION_CHARS).toLowerCase().replace(/ё/g, "е");
  if (s.includes("-") || s.includes(".")) for (const [p, r] of ABBREVIATIONS) s = s.replace(p, r);
  if (/[\u00c0-\u024f]/.test(s))
    s = s.replace(LATIN_ACCENTED, (ch) => ch.normalize("NFKD").replace(/\p{M}+/gu, ""));
  // tl;dr (тл;др) is one word before punctuation goes.
  if (s.includes(";"))
    s = s.replace(/(?<![\p{L}])(tl|тл)\s*;\s*(dr|др)(?![\p{L}])/gu, (_, a) => (a === "tl" ? "tldr" : "тлдр"));
  // "mediator-ом", "ceasefire'а", "Peskov-у": an English word given a Russian case ending is the English word.
  if (/[a-z][-'’][а-я]/.test(s)) s = s.replace(LATIN_WITH_ENDING, "$1");
  // "какой-то", "кто-нибудь", "что-либо" ask nothing: gone before the hyphen would leave a question word.
  if (s.includes("-")) s = s.replace(INDEFINITE, " ");
  // "обьявил", "подьезд": a soft sign typed for the hard one after a prefix, before е/ё/ю/я (quality-ru41).
  if (s.includes("ь")) s = s.replace(SOFT_FOR_HARD, "$1ъ");
  const typed = s
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(oneAlphabet)
    .flatMap((w) => GLUED_PREPOSITION.get(w) ?? [w]);
  // wave AR's kinds (quality-r2-31b): a ceasefire between the sides, coordinating actions.
  const words = withoutCoordinatedActions(withoutTruceSides(typed));
  formerOursAsCitizens(words);
  withFearingRead(words);
  withResumedProcessAsTalks(words);
  withThingShowing(words);
  const read = withoutWishAddressees(
    withoutHearsay(plainIdioms(asksPartner(words) ? words.map((w) => SPOKE_WITH.get(w) ?? w) : words)),
  );
  // "как зовут пресс-секретаря" asks who he is.
  for (let i = 0; i + 1 < read.length; i++)
    if (read[i] === "как" && NAME_VERBS.has(read[i + 1]!)) read.splice(i, 2, "кто");
  const placed = storyPlaceOrTime(
    withoutRecentScene(withoutAdverbOfEnd(mentionAsSaying(whenClauseAsked(castAsked(read), s)))),
  );
  return placed.some((w) => PERSONAL_HOMONYMS.has(w)) ? placed.map((w) => personalDetail(w, placed)) : placed;
}

/**
 * «там много бывших наших», «выходцы из наших»: "ours" after "former" is the former compatriots, the article's
 * former Russian citizens in Israel. Read as typed, «наших» was an unknown name and the question was refused as off
 * the story (quality31; blind-ru60, wave AP). Changed in place.
 */
function formerOursAsCitizens(words: string[]): void {
  for (let i = 1; i < words.length; i++)
    if (OURS.has(words[i]!) && words[i - 1]!.startsWith("бывш")) words[i] = "граждан";
}
const OURS = new Set("наших наши нашими нашим".split(" "));

/**
 * "Кто главные герои статьи?", "действующие лица", "кто упоминается в тексте": the story's cast, asked with
 * nothing else, is who says what in it (the roster of speakers).
 */
function castAsked(words: string[]): string[] {
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
function mentionAsSaying(words: string[]): string[] {
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
function whenClauseAsked(words: string[], text: string): string[] {
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
function withoutAdverbOfEnd(words: string[]): string[] {
  if (
    !words.includes("в") ||
    !words.some((w) => WANT_OR_THINK.has(RUSSIAN_FRAME_CUES.get(w) ?? "") || PARTY_ASKED.has(w))
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
/** A person, place or time asked ("с кем в итоге был разговор?"): "в итоге" is "after all" there too (quality45). */
// Whose side ("ну и на чьей стороне россия в итоге") is a party asked too (quality31).
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
function storyPlaceOrTime(words: string[]): string[] {
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
const PERSONAL_HOMONYMS = new Map<string, RegExp>([
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

function personalDetail(word: string, words: string[]): string {
  const topic = PERSONAL_HOMONYMS.get(word);
  return topic && !words.some((w) => topic.test(w)) ? PERSONAL_DETAIL : word;
}

/** With the spellings typed by ear ("как завут", "как зовуд"; quality-ru44): "зовут" is no word of the knowledge base. */
const NAME_VERBS = new Set([
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
const SPOKE_WITH: ReadonlyMap<string, string> = new Map(
  "говорил говорила говорили говорит говорят поговорил поговорила поговорили"
    .split(" ")
    .map((w): [string, string] => [w, "разговаривал"]),
);

function asksPartner(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++)
    if ((words[i] === "с" || words[i] === "со") && words[i + 1] === "кем") return true;
  return false;
}

/** Whether a question is read in Russian: the one rule for the whole bot (src/lib/script-language.ts). */
export const isCyrillic = isRussianText;
