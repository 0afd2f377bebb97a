// Kind: whether a person of the article is in it at all — «а путин там есть?», «а песков там тоже есть?», «в статье
// есть эрдоган?», "is putin in it?", "is peskov in the article too?", "does erdogan appear in the story?". The
// engine answers with the person's card (who-is-putin) and no reader gave a verdict (d78-38#3). Every speaker of
// the article (speakers.json: Putin, Peskov, Erdogan, the Kremlin, the Foreign Ministry, Moscow) is named in it, so
// Yes; only when the asked one is the whole subject (a name and nothing else), never negated. A person or a country
// the article never names is left to the other readers (omitted-mention.ts, topic-denied.ts).
import type { Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { SpeakerNames } from "./speakers.js";

const PARTICLES_RU = "(?:(?:тоже|также|вообще|хоть|же|ещ[её]|случайно|точно) )*";
const WHERE_RU = "(?:(?:там|тут|здесь|в статье|в тексте|в новости|в ней) )?";
const IS_THERE_RU = "(?:есть|упоминается|упомянут|упомянута|фигурирует|присутствует|появляется)";
/** «а путин там есть?», «песков в статье тоже упоминается?» */
const NAME_FIRST_RU = lean(
  new RegExp(
    `^(?:(?:а|и|ну|так)[, ]+)?(\\p{L}[\\p{L} -]{1,30}?) ${WHERE_RU}${PARTICLES_RU}${IS_THERE_RU}\\s*\\??$`,
    "u",
  ),
);
/** «а там есть путин?», «в статье есть эрдоган?» */
const NAME_LAST_RU = lean(
  new RegExp(
    `^(?:(?:а|и|ну|так)[, ]+)?(?:там|тут|в статье|в тексте|в ней) ${PARTICLES_RU}${IS_THERE_RU} (\\p{L}[\\p{L} -]{1,30}?)(?: тоже| также)?\\s*\\??$`,
    "u",
  ),
);
/** "is putin in it?", "is peskov in the article too?", "does erdogan appear in the story at all?" */
const PRESENCE_EN = lean(
  /^(?:(?:and|so|ok|okay|but)[, ]+)?(?:is|does) ([\p{L}'. -]{3,30}?) (?:(?:even|also|actually) )?(?:in (?:it|there|the (?:article|story|piece|text))|appear|feature|show up|come up|get mentioned)(?: (?:in (?:it|there|the (?:article|story|piece|text))))?(?: (?:too|as well|at all|anywhere))?\s*\??$/u,
);

/** The one speaker the asked name is, whole; null when the name is not a speaker's or has more words. */
function speakerAsked(name: string, speakers: SpeakerNames): string | null {
  const named = speakers.namedIn(name);
  const first = named[0];
  if (named.length !== 1 || first === undefined || first.id === "article") return null;
  const rest = (name.slice(0, first.start) + name.slice(first.end)).replace(
    /(?:^|\s)(?:the|mr|г-н)(?=\s|$)/gu,
    "",
  );
  return rest.trim() === "" ? first.id : null;
}

/** Yes when the question asks whether a speaker of the article is in it; else null. */
export function presenceVerdict(folded: string, lang: Lang, speakers: SpeakerNames): "yes" | null {
  const q = foldQuestion(folded);
  const m = lang === "ru" ? (NAME_FIRST_RU.exec(q) ?? NAME_LAST_RU.exec(q)) : PRESENCE_EN.exec(q);
  const name = m?.[1];
  if (name === undefined || /(?<!\p{L})(?:не|ни|not|never)(?!\p{L})|n't/u.test(q)) return null;
  return speakerAsked(name.trim(), speakers) === null ? null : "yes";
}
