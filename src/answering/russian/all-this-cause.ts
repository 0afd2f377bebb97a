// Why "all this" happened in Putin's view («почему, по Путину, всё это произошло?», «из-за чего, по словам Путина,
// всё это началось», «отчего всё это случилось, по мнению путина»): "all this" is the violence the story is about,
// and Putin's reason is the failed US policy he sees in its latest surge. Read as typed, the vague «всё это» left
// «по Путину» alone and the answer was what Putin wants; «началось» made it an outcome not yet reported
// (blind-ru84's closing note; quality39). Only with Putin's view named: the bare «из-за чего всё это началось»
// stays the article's silence on what triggered the violence.
import { foldedRussian } from "./plain-text.js";

const WHY = /^(?:(?:а|и|так|ну) )?(?:почему|из-за чего|из за чего|отчего|по какой причине)(?= )/u;
const PUTIN_VIEW =
  /(?<!\p{L})(?:по (?:мнению|словам|версии) путина|по путину|как (?:считает|думает|полагает|говорит) путин|(?:путин )?(?:считает|думает) путин)(?!\p{L})/u;
const ALL_THIS_HAPPENED =
  /(?<!\p{L})(?:(?:вс[её]|это) )?(?:вс[её]|это) (?:(?:вообще|же|тут|там) )?(?:произошло|случилось|началось|происходит|творится|случается|завертелось|началась)(?!\p{L})/u;

/** «почему, по Путину, всё это произошло» as «почему, по мнению путина, произошла эскалация», or as it came. */
export function asRussianAllThisCause(text: string): string {
  if (text.length > 120) return text;
  const folded = foldedRussian(text);
  if (!WHY.test(folded) || !PUTIN_VIEW.test(folded) || !ALL_THIS_HAPPENED.test(folded)) return text;
  return "почему, по мнению путина, произошла эскалация?";
}
