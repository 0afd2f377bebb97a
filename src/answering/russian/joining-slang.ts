// Russia joining in, asked in slang («кремль вписывается в это или как?», «москва готова впрячься, чтобы разрулить?»,
// «россия в теме урегулирования?», «че кремль, хочет разрулить тему с газой?»): the article's answer is the part the
// Kremlin means to play — a constructive role, readiness to help find a settlement (kremlin-settlement-role). Read as
// typed, «вписывается», «впрячься», «разрулить», «движ» are no words of the knowledge base, and the Kremlin beside
// Gaza was unsure (ambiguous). Russia by a name and a word of joining in must both stand. «Вписаться за X» with a
// side named is standing up for that side (side-taking, not read here), and Putin's or the ministry's own words
// are their entries (quality49ru).
import { foldedRussian } from "./plain-text.js";

const RUSSIA = /(?<!\p{L})(?:кремл\p{L}*|росси\p{L}*|москв\p{L}*|рф|русски\p{L}*)(?!\p{L})/u;
/** Joining in, helping sort it out: вписаться, впрячься, ввязаться, разрулить, «в теме/в деле/в движе/в замесе». */
const JOINING =
  /(?<!\p{L})(?:впис(?:ыва|ал|ать|аться|ется|ются|алась|ался|ались)\p{L}*|впиш\p{L}*|впряг\p{L}*|впряч\p{L}*|впряж\p{L}*|ввязыва\p{L}*|ввяза\p{L}*|ввяж\p{L}*|встрева\p{L}*|встря\p{L}*|разрул\p{L}*|разрулив\p{L}*|подписыва\p{L}*ся|в\s+(?:эт\p{L}*\s+)?(?:теме|деле|движ\p{L}*|замес\p{L}*|игре))(?!\p{L})/u;
/** Standing up for a side («вписывается за хамас», «за кого вписывается»): side-taking. */
const FOR_SIDE =
  /(?<!\p{L})за\s+(?:кого|кем|чью|чьей|каку\p{L}*|как\p{L}*\s+сторон\p{L}*|(?:\p{L}+\s+)?(?:хамас\p{L}*|израил\p{L}*|палестин\p{L}*|арабов|евре\p{L}*|газ[уы]|сша|америк\p{L}*|турци\p{L}*))(?!\p{L})/u;
const OTHER = /(?<!\p{L})(?:путин\p{L}*|мид\p{L}*|министерств\p{L}*|почему|зачем|квартет\p{L}*)(?!\p{L})/u;

/** «какую роль хочет играть кремль» when Russia's joining in is asked in slang, or the question as typed. */
export function asRussianJoiningSlang(text: string): string {
  if (text.length > 120) return text;
  const plain = foldedRussian(text);
  if (!RUSSIA.test(plain) || !JOINING.test(plain) || FOR_SIDE.test(plain) || OTHER.test(plain)) return text;
  return "какую роль хочет играть кремль";
}
