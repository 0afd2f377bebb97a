// A voice the answer is asked to be told in ("describe the kremlin's stance like you're a sports commentator",
// "give me russia's position in the voice of a pirate", "narrate the story like a nature documentary host",
// «Опиши позицию Кремля как спортивный комментатор», «перескажи статью в стиле гопника»): how to tell it, not
// what it is about. Left in, "commentator" or "pirate" counted as unknown words and the request was refused or
// unsure (quality52). Only after a request to tell (describe, explain, narrate, опиши, расскажи…), so "is putin
// acting like a mediator" keeps its "like". A cheap word check comes before the patterns, built once.

const EN_TELL =
  /^\s*(?:(?:can|could|would|will)\s+you\s+|pls\s+|please\s+|now\s+|ok\s+|okay\s+)?(?:describe|explain|narrate|tell|give|sum|summari[sz]e|recap|retell|present|lay\s+out|walk\s+me\s+through|break\s+down|put|say|do)\b/i;
const EN_CUE = /\b(?:like|as|voice|style|pretend\w*|impersonat\w*)\b/i;
const EN_PERSONA =
  /[\s,]+(?:(?:like|as\s+if|as\s+though)\s+(?:you(?:'re|’re|\s+are|\s+were)|u\s+r|ur)\s+(?:a|an|the|some)?\s*|like\s+(?:a|an|some)\s+|as\s+(?:a|an)\s+|in\s+the\s+(?:voice|style|manner|words)\s+of\s+(?:a|an|the|some)?\s*|pretending\s+(?:to\s+be|you(?:'re|\s+are))\s+(?:a|an|the)?\s*|impersonating\s+(?:a|an|the)?\s*)((?:[\p{L}'’-]+\s*){1,4})[?.!\s]*$/iu;
/** Forms a summary is written in are summary-style.ts's ("as a tweet", "like a headline"): left to it. */
const EN_FORM =
  /\b(?:tweet|headline|telegram|text|sms|haiku|caption|blurb|pitch|slogan|bullet|list|poem|story|sentence|paragraph|word)s?\b/i;

const RU_TELL =
  /^\s*(?:а\s+)?(?:опиши|описать|расскажи|рассказать|перескажи|пересказать|изложи|объясни|обрисуй|передай|поведай|прокомментируй|озвучь|представь)(?!\p{L})/iu;
const RU_PERSONA =
  /\s+(?:в\s+стиле|в\s+манере|голосом|от\s+лица|в\s+роли|как\s+будто\s+ты|будто\s+ты|словно\s+ты|как\s+бы\s+ты|как)\s+((?:\p{L}+\s*){1,3})[?.!\s]*$/iu;
const RU_FORM = /(?:твит|заголов|телеграм|смс|стих|хайку|список|пункт|абзац|предложени|слов)/iu;
/** «как для бабули», «как ребёнку», «как пятилетнему»: a reader to write simply for is summary-chatter's, kept. */
const RU_READER =
  /^(?:для|ребен|ребён|дет|малыш|пяти|шести|семи|школьн|бабул|бабушк|дедушк|чайник|новичк|тупом|дура|идиот|\p{L}*летн)/iu;

/** An English request to tell something, without the voice it is asked in; other text as typed. */
export function withoutPersona(text: string): string {
  if (text.length > 200 || !EN_CUE.test(text) || !EN_TELL.test(text)) return text;
  const m = EN_PERSONA.exec(text);
  if (m === null || EN_FORM.test(m[1] ?? "")) return text;
  return text.slice(0, m.index);
}

/** A Russian request to tell something, without the voice it is asked in; other text as typed. */
export function withoutRussianPersona(text: string): string {
  if (text.length > 200 || !RU_TELL.test(text)) return text;
  const m = RU_PERSONA.exec(text);
  if (m === null || RU_FORM.test(m[1] ?? "") || RU_READER.test(m[1] ?? "")) return text;
  return text.slice(0, m.index);
}
