// Verb forms whose stem is not the stem the knowledge base writes, so an asked verb stayed unknown and the question
// was refused ("зачем создавали квартет": Snowball's "создав" is not "созда" of создали/создан) or unsure
// ("…вашингтон неправильно вёл мирный процесс": "вел" is not "вед" of ведёт). Two regular kinds, tried only on a
// word the lexicon does not know (lexicon-typos.ts, as a spelling variant):
// - the imperfective of -дать/-знать/-стать made with -ава- (создавали, признавал, передавать, узнавали) read as
//   the same verb without -ва- (создали, признал, передать, узнали): the same action, only its aspect changed;
// - the past of вести and its prefixed verbs (вёл, вела, вели, провёл, привели) read as its present (ведёт,
//   ведут), the stem the knowledge base's verbs are written with;
// - the imperfective in -щать of a verb in -тить (прекращать, прекращаются, сокращал) read as its perfective
//   (прекратить): the knowledge base writes the ceasefire as "прекратить огонь", and "прекращать огонь" stayed unknown.

/** -ава- in the imperfective of -дать, -знать, -стать, before a past, infinitive or reflexive ending. */
const IMPERFECTIVE_AVA = /^([а-я]*(?:д|зн|ст))ава(л|ла|ли|ло|ть|лся|лась|лись|лось|ться)$/;

/** The past of (prefixed) вести, read as its present ("ведет": ё is read as е), whose stem the article's verbs share. */
const LED = /^([а-я]*?)в[её]л(а|и|о)?$/;

/** -ща- of an imperfective whose perfective is in -тить, before a verb ending (not the noun's -щение). */
const IMPERFECTIVE_SHCH =
  /^([а-я]{3,})ща(ть|ться|л|ла|ли|ло|лся|лась|лись|лось|ет|ют|ется|ются|ем|ешь|ете|й|йте)$/;

/** The form of the same verb the knowledge base is likelier to write, or null. */
export function russianVerbVariant(word: string): string | null {
  const ava = IMPERFECTIVE_AVA.exec(word);
  if (ava) return `${ava[1]}а${ava[2]}`;
  const shch = IMPERFECTIVE_SHCH.exec(word);
  if (shch) return `${shch[1]}тить`;
  const led = LED.exec(word);
  // "вел" alone or after a verb prefix: "свел", "новел"… are not asked, and a prefix is at most four letters.
  if (led && (led[1] ?? "").length <= 4) return `${led[1]}ведет`;
  return null;
}
