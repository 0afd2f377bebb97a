// A yes/no asked in doubt ("путин реально обвиняет америку или это журналюги придумали?", "неужели путин обвинил
// штаты, или это фейк?"): the asker doubts the report, and the article's answer is the claim itself. The doubt is
// the asker's, not the story's: its words ("журналюги", "придумали", "неужели") were unknown to the knowledge base
// and sent the question out of scope. Read as the claim alone: a leading "неужели" is dropped, and a tail "или
// (это) …" is dropped when it names a fabrication (придумали, выдумки, фейк, враньё, преувеличивают…). A tail
// naming a real alternative ("или это хамас начал") has no such word and stays.

/** Words saying the report was made up or blown up, by their start (the tail is dropped only with one). */
const FABRICATION =
  /^(?:придум|выдум|выдуман|сочин|насочин|навр|вр[уеё]т|врань|вранье|враки|лож|лгут|солгал|преувелич|приукра|раздул|раздува|перевира|переврал|наплел|наплели|фейк|утк[аи]$|слух|домысл|брехн|бреш|вброс|пропаганд|газетн|журнал|сми$|пресс|медиа)/;

/** The question as the claim it doubts, or as typed. */
export function withoutDoubt(text: string): string {
  if (text.length > 200) return text;
  let out = text.replace(/^\s*неужели\s+/iu, "");
  const or = /[\s,]+или\s+(?:же\s+)?(?:это\s+|вс[её]\s+)*/iu.exec(out);
  if (or && or.index > 0) {
    const tail = out
      .slice(or.index + or[0].length)
      .toLowerCase()
      .replace(/ё/g, "е")
      .split(/[^\p{L}-]+/u)
      .filter(Boolean);
    if (tail.length > 0 && tail.length <= 6 && tail.some((w) => FABRICATION.test(w)))
      out = `${out.slice(0, or.index).trimEnd()}?`;
  }
  return out === text ? text : out;
}
