// A Russian yes/no question typed without its question mark, asked by a chat particle instead: "путин вообще
// говорил о роли россии", "а он хоть что-то сказал про хамас", "песков что-нибудь говорил про израиль". Russian
// asks yes/no by intonation, which a chat line without "?" loses; "вообще", "хоть что-то", "что-нибудь",
// "когда-нибудь" keep it. Not with a negation ("он вообще не упоминал…" states a claim), not a request
// ("расскажи что-нибудь про…"), and the caller still wants no question word (yes-no-question.ts).
const PARTICLE =
  /(?<!\p{L})(?:вообще|хоть что-(?:то|нибудь)|хоть как-то|хоть слово|что-нибудь|когда-нибудь|хоть раз)(?!\p{L})/u;
const NEGATION = /(?<!\p{L})(?:не|ни|нет|никогда|ничего)(?!\p{L})/u;
const REQUEST =
  /^(?:(?:а|и|ну)\s+)?(?:расскажи|расскажите|скажи|скажите|объясни|объясните|покажи|дай|дайте|назови|перечисли|напиши|приведи|подскажи|подскажите)(?!\p{L})/u;
const MAX_CHARS = 100;

export function askedByParticleRu(text: string): boolean {
  const folded = text.trim().toLowerCase();
  return (
    folded.length <= MAX_CHARS &&
    !/[?.!]\s*$/u.test(folded) &&
    PARTICLE.test(folded) &&
    !NEGATION.test(folded) &&
    !REQUEST.test(folded)
  );
}
