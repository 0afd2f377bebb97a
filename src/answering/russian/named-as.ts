// How the article names a person (wave CA, quality50ru): «Как в статье назван Песков?», «Как называют Пескова в
// статье?», «Кто такой Дмитрий Песков, как он назван в статье?». «Кем … назван X» already found who X is in the
// story; with «как» the lexicon read «назван» with «статье» as the regional players the article does not name, and
// the question was refused as unsure. Read here: «как … назван/называют/представлен X» as «кем …», and a «кто
// такой X» closed by «, как он назван (в статье)» as «кто такой X». «как называется X» asks a thing's name (the
// Quartet's) and is left as typed.

/** «как (в статье) назван X», «как называют X (в статье)»: «как» for the title a person is given. */
const HOW_NAMED =
  /^((?:(?:а|и|так|ну)[, ]+)?)как(?=\s+(?:(?:в|во)\s+(?:статье|тексте)\s+|статья\s+|текст\s+|автор\s+)?(?:назван|названа|названы|называют|называли|представлен|представлена|представлены|именуют)(?!\p{L}))/iu;
/** «кто такой X, как он назван в статье?»: the afterthought asks the same as its head. */
const NAMED_AFTERTHOUGHT =
  /^((?:(?:а|и|так|ну)[, ]+)?(?:кто\s+(?:такой|такая|такие|это)|что\s+за)\s+[^,?]+?)\s*,\s*(?:и\s+)?(?:как|кем)\s+(?:он|она|они|его|ее|её|их)\s+(?:\p{L}+\s+)?(?:назван\p{L}*|называ\p{L}*|представ\p{L}*|имену\p{L}*)(?:\s+(?:(?:в|во)\s+)?(?:статье|тексте|статья|текст))?\s*(\?*)\s*$/iu;

/** The question with «как … назван X» read as «кем … назван X», the afterthought off, or as it came. */
export function withNamedAsTitle(text: string): string {
  const head = NAMED_AFTERTHOUGHT.exec(text);
  const rest = head ? `${head[1]}${head[2]}` : text;
  return rest.replace(HOW_NAMED, "$1кем");
}
