// Who did something, asked between two names ("was it Putin or Peskov who spoke to Erdogan?", "Putin or Peskov -
// which one talked with Erdogan?", "who rang the Turkish leader, peskov or putin?", «Это Песков или Путин общался
// с Эрдоганом?», «Кто говорил с Эрдоганом — Путин или Песков?»): read whole, the two names pull the ranker apart
// (or the article's date entry wins and the question is refused). The names are the asker's guesses; the article's
// answer is the one it names, so the question is read as "who <did it>" (quality52). A cheap " or "/«или» check
// comes before the patterns, which are built once.

const EN_OR = / or /i;
const RU_OR = /(?<!\p{L})или(?!\p{L})/u;

/** A person, office or body one could ask "who" of: both guesses must be one ("a call or a meeting" is not). */
const EN_VOICE =
  /\b(?:putin|peskov|kremlin|ministry|erdogan|moscow|russia|washington|us|u\.s\.|america|turkey|president|spokes\w*|leader|lavrov|biden|netanyahu|hamas|israel|ankara|zelensky\w*|un|eu)\b/i;
const RU_VOICE =
  /(?:путин|песков|кремл|мид|эрдоган|москв|росси|лавров|байден|нетаньяху|сша|америк|вашингтон|хамас|израил|турц|президент|пресс|зеленск|оон|евросоюз)/iu;

/** One to three words standing for a name ("putin", "the foreign ministry", "the russian president"). */
const EN_NAME = String.raw`([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2})`;
/** "was it X or Y who/that <rest>" */
const EN_CLEFT = new RegExp(
  String.raw`^\s*(?:so\s+)?(?:was|is)\s+it\s+${EN_NAME}\s+or\s+${EN_NAME}\s+(?:who|that)\s+(.+?)[?.!\s]*$`,
  "iu",
);
/** "X or Y - which one/who <rest>" */
const EN_LEAD = new RegExp(
  String.raw`^\s*${EN_NAME}\s+or\s+${EN_NAME}\s*[-–—:,]*\s*(?:which\s+one|which\s+of\s+(?:them|the\s+two)|who)\s+(.+?)[?.!\s]*$`,
  "iu",
);
/** "who <rest>, X or Y?" */
const EN_TAIL = new RegExp(
  String.raw`^\s*(?:who|which\s+one|which\s+of\s+them)\s+(.+?)\s*[,–—-]+\s*${EN_NAME}\s+or\s+${EN_NAME}[?.!\s]*$`,
  "iu",
);

/** One Russian word standing for a name (Путин, Песков, Кремль, МИД). */
const RU_NAME = String.raw`(\p{L}+)`;
/** «(это) X или Y <глагол прошедшего времени> …» */
const RU_LEAD = new RegExp(
  String.raw`^\s*(?:а\s+)?(?:это\s+)?${RU_NAME}\s+или\s+${RU_NAME}\s+(\p{L}+(?:л|ла|ли|лся|лась|лись)(?:\s+.+?)?)[?.!\s]*$`,
  "iu",
);
/** «кто <…> — X или Y?» */
const RU_TAIL = new RegExp(
  String.raw`^\s*кто\s+(.+?)\s*[,–—:-]+\s*${RU_NAME}\s+или\s+${RU_NAME}[?.!\s]*$`,
  "iu",
);

/** An English "was it X or Y who …" read as "who …"; other text as typed. */
export function asEitherVoice(text: string): string {
  if (!EN_OR.test(text) || text.length > 160) return text;
  const cleft = EN_CLEFT.exec(text) ?? EN_LEAD.exec(text);
  if (cleft !== null) return bothVoices(cleft[1], cleft[2], EN_VOICE) ? `who ${cleft[3]}` : text;
  const tail = EN_TAIL.exec(text);
  return tail !== null && bothVoices(tail[2], tail[3], EN_VOICE) ? `who ${tail[1]}` : text;
}

/** A Russian «это X или Y сделал …» read as «кто сделал …»; other text as typed. */
export function asRussianEitherVoice(text: string): string {
  if (!RU_OR.test(text) || text.length > 160) return text;
  const lead = RU_LEAD.exec(text);
  if (lead !== null) return bothVoices(lead[1], lead[2], RU_VOICE) ? `кто ${lead[3]}` : text;
  const tail = RU_TAIL.exec(text);
  return tail !== null && bothVoices(tail[2], tail[3], RU_VOICE) ? `кто ${tail[1]}` : text;
}

function bothVoices(one: string | undefined, other: string | undefined, voice: RegExp): boolean {
  return one !== undefined && other !== undefined && voice.test(one) && voice.test(other);
}
