// A stance word against the speaker's own demand, asked in Russian ("путин против переговоров?", "кремль против
// урегулирования?", "МИД против прямого диалога?"), or "за … или против": the article reports the speaker calling
// for that very thing, so the question is read as the plain question whose answer shows the call — Putin's call
// for a ceasefire and for talks to resume, the Kremlin's wish to help a settlement, the Foreign Ministry's call
// for coordination and direct dialogue. "против" is then answered No (the dialogue's grounded verdicts, through
// asksFightingOnRu); "за … или против" is answered by the call itself. Read as typed, "против" found Putin's
// criticism of the US, or stood as an opposition the article does not report.
import { foldedRussian } from "./plain-text.js";

const PUTIN =
  "(?:(?:владимир )?путин\\S*|президент\\S* (?:россии|рф)|российск\\S* (?:президент|лидер)|росси[яи]|рф|москва)";
const KREMLIN = "(?:кремль|(?:дмитрий )?песков|пресс-секретар\\S*(?: кремля)?|росси[яи]|рф|москва)";
const MINISTRY = "(?:мид(?: россии| рф)?|министерство иностранных дел(?: россии| рф)?)";

const OWN_DEMANDS: { who: string; what: string; asRead: string }[] = [
  {
    who: PUTIN,
    what: "(?:перемири\\S*|прекращени\\S* (?:огня|боев\\S*|боевых действий|насилия)|(?:возобновлени\\S* )?(?:мирн\\S* )?переговор\\S*(?: процесс\\S*)?|режим\\S* тишины)",
    asRead: "призывает ли путин к прекращению огня",
  },
  {
    who: PUTIN,
    what: "(?:(?:создани\\S* |появлени\\S* )?(?:независим\\S* )?палестинск\\S* государств\\S*|государств\\S* (?:для )?палестин\\S*)",
    asRead: "поддерживает ли путин создание палестинского государства",
  },
  {
    who: KREMLIN,
    what: "(?:урегулировани\\S*(?: конфликта)?|мирн\\S* урегулировани\\S*|конструктивн\\S* рол\\S*)",
    asRead: "какую роль хочет играть кремль",
  },
  {
    who: MINISTRY,
    what: "(?:(?:прям\\S* )?диалог\\S*(?: (?:палестинцев|израиля|сторон|палестинцев и израиля|израиля и палестинцев|палестино-израильск\\S*))?|координаци\\S*(?: региональн\\S* (?:игроков|сил|стран))?|стабилизаци\\S*(?: ситуации)?)",
    asRead: "что предлагает мид россии",
  },
];

const AGAINST =
  "(?:против|выступает против|выступил против|выступают против|не хочет|не хотел|не поддерживает|не поддержал|отвергает|отверг|не за|возражает против|возражал против)";
const FOR = "(?:за|выступает за|выступил за)";
/** Support stated plainly ("путин выступает за перемирие?", «высказывается за», «поддерживает»): no bare «за». */
const FOR_PLAIN =
  "(?:(?:выступа|высказыва)\\S* за|(?:выступил|высказал)\\S* за|поддержива\\S*|поддержал\\S*|одобря\\S*|одобрил\\S*)";
/** The verb first: «выступает ли путин за перемирие», «поддерживает ли мид прямой диалог». */
const FOR_VERB_FIRST =
  "(?:(?:выступа|высказыва|поддержива|одобря)\\S*|выступил\\S*|высказал\\S*|поддержал\\S*|одобрил\\S*)";
const TAIL = "(?: (?:ли|что ли|вообще|на самом деле|так|да|правда|получается))*";
const LEAD = "^(?:(?:а|и|так|то есть|значит|ну|типа|короче|чо|че|что|правда что|говорят что|слышал что) )*";

function shapes(against: boolean): RegExp[] {
  return OWN_DEMANDS.map(({ who, what }) =>
    against
      ? new RegExp(`${LEAD}${who}(?: ли| вообще| что ли)? ${AGAINST} ${what}${TAIL}$`, "u")
      : new RegExp(`${LEAD}${who}(?: ли| вообще)? ${FOR} ${what} или (?:против|нет)${TAIL}$`, "u"),
  );
}
const AGAINST_SHAPES = shapes(true);
const FOR_OR_AGAINST_SHAPES = shapes(false);
/** Plain support of the speaker's own demand (quality-r2-32: «путин выступает за перемирие?» was refused). */
const FOR_SHAPES = OWN_DEMANDS.map(
  ({ who, what }) =>
    new RegExp(
      `${LEAD}(?:${who}(?: ли| вообще| что ли)? ${FOR_PLAIN}|${FOR_VERB_FIRST} ли ${who}(?: за)?) ${what}${TAIL}$`,
      "u",
    ),
);

/** Which own demand a short question asks the speaker to be against (or for or against), by index. */
function demandAsked(s: string, which: RegExp[]): number {
  const text = foldedRussian(s);
  if (text.split(" ").length > 14) return -1;
  return which.findIndex((re) => re.test(text));
}

/** Whether a Russian question asks if a speaker is against what the article reports them calling for. */
export function asksAgainstOwnDemandRu(s: string): boolean {
  return demandAsked(s, AGAINST_SHAPES) >= 0;
}

/** The Russian question as the plain question of the speaker's own demand, or as it came. */
export function asRussianOwnDemand(s: string): string {
  const i = Math.max(
    demandAsked(s, AGAINST_SHAPES),
    demandAsked(s, FOR_OR_AGAINST_SHAPES),
    demandAsked(s, FOR_SHAPES),
  );
  return i >= 0 ? (OWN_DEMANDS[i]?.asRead ?? s) : s;
}
