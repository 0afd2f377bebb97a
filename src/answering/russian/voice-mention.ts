// A topic a voice is asked to have mentioned («путин упоминал перемирие?», «Упоминал ли Путин переговоры?», «Песков
// упоминал урегулирование?»; quality46ru, session 42's leftover): asked as what the voice said of it, «Путин говорил о
// перемирии?», which the engine reads by its topic. As typed, «упоминал» was a content word that only one card's
// phrasing holds («почему упоминается эрдоган»), and it drew that card, who Erdogan is, over the ceasefire's: the
// yes/no layer then said «Нет» on a topic the article has Putin speak of. «говорил» is a frame word, so the topic
// alone decides; the silence cards keep their «Нет» (their phrasings hold «говорил о роли» as well as «упомянул»).
// Only the active verb with its voice named: «упоминается ли в статье …» asks the article, and stays as typed.
// Only Putin (the lead, after the merge of session 43's first round): the article has him speak of the ceasefire, the
// negotiations and the state; Peskov, the Kremlin or the ministry asked to have mentioned something of his («Песков
// упоминал квартет?») read as «Песков говорил о квартет» drew no card at all ("not sure which"), where as typed they
// reach Putin's silence and its «не сказано» for another voice (verdict42-s41-kinds, probes-ru84).

const VOICE = "путин|президент россии|российский президент|российский лидер|он";
const MENTIONED = "упоминал|упоминала|упоминали|упомянул|упомянула|упомянули|упоминает|упоминают";
/** «упоминал ли Путин …», «Путин (вообще) упоминал …», «а Путин упомянул …». */
const MENTION_ASKED = new RegExp(
  `^((?:(?:а|и|так|ну)[, ]+)?)(?:(?:${MENTIONED}) ли (${VOICE})|(${VOICE}) (?:вообще |хоть )?(?:${MENTIONED})(?: ли)?)(?: (?:что-нибудь|что-то|хоть что-то) (?:о|об|про) | (?:о|об|обо|про) | )(.+)$`,
  "iu",
);

/** The question as «<voice> говорил о <topic>», or as typed. */
export function asRussianVoiceMention(text: string): string {
  if (!/упом/iu.test(text) || text.length > 160) return text;
  const m = MENTION_ASKED.exec(text.trim());
  const voice = m?.[2] ?? m?.[3];
  if (!m || voice === undefined || m[4] === undefined) return text;
  return `${m[1] ?? ""}${voice} говорил о ${m[4]}`;
}
