// A yes/no on a person's merit or career ("is peskov good at his job?", "is erdogan a good president?", "did the
// kremlin spokesman retire?", "did peskov lose his job?"): the article judges no one and reports no careers, so
// the question is off the story. The off-story rule of words (off-topic-yes-no.ts) kept these on the yes/no path
// because one of their words is the article's or the person's entry's ("president", "job", "spokesman"), and
// they were answered "the article doesn't say" beside who the person is. Only a person is read (Putin, Peskov,
// Erdogan or their offices), never a state: "is russia on good terms with israel?" is a point of the story.
import { leanRegExp } from "../lib/lean-regexp.js";

const AUX = String.raw`^(?:(?:so|and|but|ok|okay|wait|well|hey)[, ]+)?(?:is|was|are|did|does|has|have|had|will|would)\s+`;
const PERSON = String.raw`(?:mr\.?\s+)?(?:vladimir\s+putin|putin|dmitry\s+peskov|peskov|recep\s+tayyip\s+erdogan|erdogan|erdoğan|the\s+(?:russian\s+|turkish\s+)?(?:president|leader|spokesman|spokesperson)|the\s+kremlin(?:'s)?\s+(?:spokesman|spokesperson))`;
/** A quality of the person: good, bad, honest, competent… (a role noun or "at his job" may follow). */
const QUALITY = `(?:good|bad|great|decent|competent|incompetent|capable|effective|strong|weak|smart|clever|intelligent|honest|dishonest|trustworthy|popular|respected|nice|evil|corrupt|reliable)`;
const ROLE = `(?:leader|president|spokesman|spokesperson|man|guy|person|politician|diplomat|one)`;
const MERIT = leanRegExp(
  String.raw`${AUX}${PERSON}\s+(?:(?:a|an|really|actually|even|any|very|that)\s+)*${QUALITY}(?:\s+(?:at\s+(?:his|her|the)\s+job|${ROLE}))?\s*[?.!]*$`,
  "iu",
);
/** A turn of career: fired, resigned, lost his job, re-elected… */
const CAREER = leanRegExp(
  String.raw`${AUX}${PERSON}\s+(?:(?:get|got|been|be|ever|just|really|actually|finally)\s+)*(?:fired|sacked|dismissed|demoted|promoted|re-?elected|elected|impeached|lose\s+(?:his|her)\s+(?:job|post|position)|lost\s+(?:his|her)\s+(?:job|post|position)|resign(?:ed)?|retire(?:d)?|quit|step(?:ped)?\s+down)\b(?:\s+(?:yet|already|recently|last\s+year))?\s*[?.!]*$`,
  "iu",
);

/** Whether an English yes/no asks a person's merit or career, which the article never speaks of. */
export function asksPersonMerit(question: string): boolean {
  const q = question.trim().replace(/\u2019/g, "'");
  return q.length <= 120 && (MERIT.test(q) || CAREER.test(q));
}
