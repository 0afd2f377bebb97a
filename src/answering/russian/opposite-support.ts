// Support asked where the article reports criticism ("путин поддерживает политику сша на ближнем востоке?",
// "путин одобряет американский курс?", "путин доволен тем, как действуют штаты?"): the opposite of what the
// article says, so the answer is No and the criticism. Read as typed, the support words met the US's own
// reaction ("Поддержал ли Вашингтон…": us-response, a not-in-article entry) and the question was refused. Read as
// a wh-question of Putin's view of US policy (an entry's own "Да." is not shown; through the bot the yes/no line is
// the dialogue's, by the curated Russian opposites of knowledge/conversation.json). Putin or Russia as the one who
// supports, a word of approval and the US must all stand, in that order: the US must not be the subject ("сша поддерживают путина" asks the US's reaction and stays).

import { foldedRussian } from "./plain-text.js";

const VOICE = /(?<!\p{L})(?:путин\p{L}*|кремл\p{L}*|росси\p{L}*|москв\p{L}*|рф)(?!\p{L})/u;
const APPROVE =
  /(?<!\p{L})(?:поддерживает|поддерживают|поддержал|поддержали|одобряет|одобряют|одобрил|одобрили|доволен|довольны|согласен\s+с|согласны\s+с|разделяет|приветствует|приветствовал|восхищается|симпатизирует|за\s+политику)(?!\p{L})/u;
const US =
  /(?<!\p{L})(?:сша|америк\p{L}*|американ\p{L}*|вашингтон\p{L}*|штат(?:ы|ов|ам|ами)|белый\s+дом)(?!\p{L})/u;

/** A point of US policy the article names on its own (the peace process, compromises, the Palestinians): the
 * ranker finds that entry as typed ("одобряет то, как Вашингтон ведёт мирный процесс" is the monopolizing). */
const OWN_POINT =
  /(?<!\p{L})(?:мирн\p{L}*\s+(?:процесс|усили)\p{L}*|переговор\p{L}*|компромисс\p{L}*|монопол\p{L}*|палестин\p{L}*|государств\p{L}*|огн\p{L}*|перемири\p{L}*)(?!\p{L})/u;

/**
 * Praise of the US told in Putin's voice ("путин сказал, что америка отлично справляется", "путин хвалит штаты?",
 * "по словам путина американцы молодцы?"): the US may stand before the praise here, as the one praised. Read as
 * typed, "роль миротворца" met Putin's silence on Russia's own role.
 */
const PRAISE =
  /(?<!\p{L})(?:хвал\p{L}*|похвал\p{L}*|нахвал\p{L}*|молодц\p{L}*|(?:отлично|прекрасно|замечательно|блестяще|великолепно|успешно|хорошо|здорово|достойно)\s+(?:справ\p{L}*|работа\p{L}*|действу\p{L}*|действова\p{L}*|сработа\p{L}*|себя\s+показ\p{L}*|выполня\p{L}*)|справ(?:ляется|ляются|ились|илась|ился)\s+(?:отлично|прекрасно|замечательно|блестяще|успешно|хорошо)|преуспел\p{L}*|(?:на\s+высоте))(?!\p{L})/u;

/** Putin's view of US policy when his support for it is asked, or the question as typed. */
export function asRussianOppositeSupport(text: string): string {
  if (text.length > 120) return text;
  const plain = foldedRussian(text);
  if (plain.length > 120) return text;
  const voice = VOICE.exec(plain);
  const approve = APPROVE.exec(plain);
  const us = US.exec(plain);
  const praise = PRAISE.exec(plain);
  // Praise: Putin first, the US anywhere after him, and no "не" just before the praise ("не справляется" is his
  // criticism, which the ranker finds as typed).
  if (voice && us && praise && voice.index < us.index && !OWN_POINT.test(plain))
    if (!/(?<!\p{L})не\s*$/u.test(plain.slice(0, praise.index))) return "что путин думает о политике сша";
  if (!voice || !approve || !us || OWN_POINT.test(plain)) return text;
  // The supporter stands before the verb, the US after it; "не" before the verb is a negated claim, whose yes/no
  // ("Нет" to "не поддерживает?") would read both ways: left as typed.
  if (!(voice.index < approve.index && approve.index < us.index)) return text;
  if (/(?<!\p{L})не(?:\s+\p{L}+)?\s*$/u.test(plain.slice(0, approve.index))) return text;
  return "что путин думает о политике сша";
}
