// Whether a Russian voice supports what the article has it call for ("is putin ok with palestinians having their own
// state", "does putin advocate a ceasefire", «путин выступает за перемирие?», «мид выступает за прямой диалог?»): Yes,
// as reported. Read by the claim checker, "support", "ok with" or «выступает за» is a stance word no passage uses,
// so the verdict was "doesn't say (so in those words)" above the passage that says it (wave AU, quality-r2-32). Only
// the entry found for that very thing, its voice as the subject and its thing as the object; any negation or word
// against keeps the question to the other readers.
import type { Answer, Lang } from "../answering/types.js";
import {
  CALLS_COUNT_AS_RUSSIAS,
  genitiveNames,
  namesAlternation,
  type RussianVoice,
  voiceNames,
} from "../knowledge/voices.js";
import { lean } from "../lib/lean-regexp.js";

interface Supported {
  /** The entry the engine finds for the thing. */
  entry: string;
  /** The voices the article has call for it (and Russia, which they speak for). */
  voice: string;
  /** The thing, in the asker's words. */
  thing: RegExp;
}

/**
 * The voices that call for a thing, by their names, other forms and titles (knowledge/voices.ts), and Russia, whose
 * call theirs is (`CALLS_COUNT_AS_RUSSIAS`): Russia by its names in each language, in Russian its genitive too
 * («поддерживает ли россии» as typed); `pronoun` for the one speaker a pronoun stands for.
 */
function voicesCalling(
  voices: readonly RussianVoice[],
  pronoun: readonly string[] = [],
  except: readonly string[] = [],
): string {
  const withRussia: RussianVoice[] = voices.every((v) => CALLS_COUNT_AS_RUSSIAS.includes(v))
    ? ["russia"]
    : [];
  const names = [
    ...voiceNames(voices, "en", "also", "titles"),
    ...voiceNames(withRussia, "en"),
    ...voiceNames(voices, "ru", "also", "titles"),
    ...voiceNames(withRussia, "ru", "also"),
    ...genitiveNames(withRussia),
    ...pronoun,
  ];
  return namesAlternation(
    names.filter((n) => !except.includes(n)),
    "\\s+",
  );
}

const PUTIN = voicesCalling(["putin"], ["he", "он"]);
const KREMLIN = voicesCalling(["kremlin", "peskov"]);
/** Named exception (voices45): «российский мид за прямой диалог …?» (6 texts of test/questions) is not read here —
 * the readers after this one answer it, and reading it here would change those answers. */
const MINISTRY = voicesCalling(["foreign-ministry"], [], ["российский мид"]);

const SUPPORTED: readonly Supported[] = [
  {
    entry: "ceasefire-call",
    voice: PUTIN,
    thing: /cease-?fire|cease fire|truce|перемири|прекращени\p{L}* огня|режим\p{L}* тишины/u,
  },
  {
    entry: "palestinian-state",
    voice: PUTIN,
    thing:
      /palestinian state|state (?:of|for) (?:the )?palestin|(?:own|independent) state|state of (?:their|its) own|statehood|палестинск\p{L}* государств|государств\p{L}* (?:для )?палестин|государственност/u,
  },
  {
    entry: "kremlin-settlement-role",
    voice: KREMLIN,
    thing: /settlement|constructive role|урегулировани|конструктивн/u,
  },
  {
    entry: "foreign-ministry-position",
    voice: MINISTRY,
    thing: /direct (?:palestinian-israeli |israeli-palestinian )?(?:dialogue|talks)|прям\p{L}* диалог/u,
  },
];

const LEAD = "^(?:(?:so|and|but|ok|okay|а|и|так|ну)[,\\s]+)*";
const SUPPORT_EN =
  "(?:really\\s+|actually\\s+|even\\s+)?(?:be\\s+)?(?:supports?|supported|supportive\\s+of|backs?|backed|advocates?|advocated|endorses?|endorsed|favou?rs?|favou?red|champions?|(?:push|pushes|pushed|press|presses|pressed|call|calls|called)\\s+for|(?:ok|okay|fine|happy|good|cool|alright|comfortable|on\\s+board)\\s+with|in\\s+favou?r\\s+of|for)";
const SUPPORT_RU =
  "(?:(?:выступа|высказыва)\\S*\\s+за|(?:выступил|высказал)\\S*\\s+за|поддержива\\S*|поддержал\\S*|одобря\\S*|за)";
const VERB_FIRST_RU =
  "(?:(?:выступа|высказыва|поддержива|одобря)\\S*|выступил\\S*|высказал\\S*|поддержал\\S*)";
/** Any word that could turn the question against the thing: no Yes from here. */
const TURNED = lean(
  /(?<!\p{L})(?:not|n't|never|no|against|oppos\p{L}*|reject\p{L}*|only|не|нет|ни|против|только|лишь|отверг\p{L}*)(?!\p{L})|n't(?!\p{L})/u,
);

const shapes = SUPPORTED.map(({ voice }) =>
  lean(
    new RegExp(
      `${LEAD}(?:(?:(?:does|did|do|is|was|would|are)\\s+${voice}\\s+${SUPPORT_EN})|(?:${voice}(?:\\s+ли|\\s+вообще)?\\s+${SUPPORT_RU})|(?:${VERB_FIRST_RU}\\s+ли\\s+${voice}(?:\\s+за)?))\\s`,
      "u",
    ),
  ),
);

/** Yes when a yes/no asks whether the voice supports the very thing its found entry has it call for, else null. */
export function supportVerdict(question: string, answer: Answer, _lang: Lang): "yes" | null {
  const id = answer.answered ? answer.entry?.id : undefined;
  if (id === undefined || question.length > 160) return null;
  const text = question.toLowerCase().replace(/ё/g, "е").replace(/[’`]/g, "'").trim();
  if (TURNED.test(text)) return null;
  const i = SUPPORTED.findIndex((s) => s.entry === id);
  const supported = SUPPORTED[i];
  if (!supported || !shapes[i]!.test(text)) return null;
  return supported.thing.test(text) ? "yes" : null;
}
