// Kind (issue 11, dialog-r2-34): whether a voice cares, asked in everyday words where the evidence reports its
// concern ("does putin care about the civilians?", «путину не всё равно на мирных жителей?», «путину жалко мирных
// жителей газы?», «путин переживает за гражданских?"): Yes — the concern is the article's word for it; the double
// negative «не всё равно» is care, and its «не» is no negation of the claim (it was read as one: a false «Нет.»).
// Indifference asked («путину всё равно на мирных?», «ему безразличны жертвы?», "doesn't putin care?" is left
// alone) is No. Only where the question names the voice the evidence gives the concern to, and the evidence reports
// concern; plain tests, linear.
import type { Answer, Lang } from "../answering/types.js";
import { foldQuestion } from "../lib/fold-question.js";
import type { SpeakerNames } from "./speakers.js";

const CARE_EN =
  /(?<!\p{L})(?:care|cares|cared|caring) (?:about|for)|(?:feel|feels|felt) (?:sorry|bad) for|(?:sympathi[sz]e|sympathi[sz]es) with|(?:worried|concerned|upset|bothered) (?:about|by)/u;
const NEGATED_EN = /(?<!\p{L})(?:not|never|doesn't|doesnt|don't|dont|didn't|didnt|isn't|isnt|n't)(?!\p{L})/u;
const CARE_RU =
  /(?<!\p{L})(?:не (?:вс[её] )?равно|не безразлич\p{L}*|(?:есть )?дело до|жалко|жаль|пережива\p{L}*|сочувству\p{L}*|сострада\p{L}*|волну\p{L}*|беспоко\p{L}*|забот\p{L}*)(?!\p{L})/u;
/** «всё равно», «безразличны», «плевать»: indifference asked, without the «не» that makes it care. */
const INDIFFERENT_RU = /(?<!\p{L})(?:вс[её] равно|безразлич\p{L}*|(?:на)?плевать|пофиг)(?!\p{L})/u;
const NOT_BEFORE_RU = /(?<!\p{L})не (?:вс[её] равно|безразлич\p{L}*|(?:на)?плевать|пофиг)(?!\p{L})/u;
/** A negation of its own beside the care word («не жалко», «не переживает»): left to the other readers. */
const NEGATED_CARE_RU =
  /(?<!\p{L})(?:не|ни|нисколько) (?:жалко|жаль|пережива\p{L}*|сочувству\p{L}*|волну\p{L}*|беспоко\p{L}*|забот\p{L}*)/u;
/** The evidence reports concern (the casualties entry: "deep concern", «глубокую обеспокоенность»). */
const CONCERN = /(?<!\p{L})(?:concern\p{L}*|обеспокоен\p{L}*)/u;
/** About whom: the civilians, the victims, the people of Gaza or Israel. */
const VICTIMS =
  /(?<!\p{L})(?:civilian\p{L}*|victim\p{L}*|casualt\p{L}*|people|gazans?|palestinians?|israelis?|the dead|мирн\p{L}*|гражданск\p{L}*|жертв\p{L}*|погибш\p{L}*|люд\p{L}*|палестинц\p{L}*|израильтян\p{L}*|газ\p{L}*)/u;

function evidenceOf(answer: Answer): string {
  return [answer.answer, ...answer.quotes.map((q) => `${q.text} ${q.translation ?? ""}`)]
    .join(" ")
    .toLowerCase();
}

/** Yes (care asked) or No (indifference asked) on evidence reporting the named voice's concern; null otherwise. */
export function careVerdict(
  question: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): "yes" | "no" | null {
  if (!answer.answered) return null;
  const text = foldQuestion(question);
  if (!VICTIMS.test(text)) return null;
  let asked: "yes" | "no" | null = null;
  if (lang === "ru") {
    if (NOT_BEFORE_RU.test(text)) asked = "yes";
    else if (INDIFFERENT_RU.test(text)) asked = "no";
    else if (CARE_RU.test(text) && !NEGATED_CARE_RU.test(text)) asked = "yes";
  } else if (CARE_EN.test(text) && !NEGATED_EN.test(text)) asked = "yes";
  if (asked === null) return null;
  const evidence = evidenceOf(answer);
  if (!CONCERN.test(evidence)) return null;
  // The voice asked is the one the evidence gives the concern to.
  const voice = speakers.namedIn(text)[0];
  if (voice === undefined || !speakers.namedIn(evidence).some((s) => s.id === voice.id)) return null;
  return asked;
}
