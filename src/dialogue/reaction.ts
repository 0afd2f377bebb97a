// A party's reaction ("did the US clap back?", "а Вашингтон ответил?"): the article reports none but its quoted
// voices', so a reaction of anyone else is "doesn't say" (yes-no.ts), and "а X ответил?" is a question of its own,
// not "and X?" with a verb tagged on (follow-up.ts).

/** Russian verbs of reacting: "ответил", "отреагировал", "возразил", "огрызнулся". */
export const REACTING_RU =
  /(?<!\p{L})(?:ответил\p{L}*|ответ(?:ят|ит)|отреагировал\p{L}*|отреагиру\p{L}*|возразил\p{L}*|огрызнул\p{L}*|парировал\p{L}*|прокомментировал\p{L}*|дал\p{L}* отпор|ответн\p{L}*)(?!\p{L})/u;

/**
 * Russian verbs of agreeing, the verb only (not «согласие»): «согласился», «согласен», «соглашается» — «а эрдоган
 * согласился?» is a question of its own too, not "and Erdogan?" with a verb tagged on (dialog47ru).
 */
export const AGREEING_RU =
  /(?<!\p{L})(?:согласил(?:ся|ась|ись|ось)|согласен|согласна|согласны|соглаша(?:ется|ются|лся|лась|лись)|согласится|согласятся)(?!\p{L})/u;
