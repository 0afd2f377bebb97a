// Where each value of a JSON text stands, so a tool can change one array in place and leave every other byte
// (and the formatter's layout) as it was: a diff then shows only the line that was added.

export interface JsonSpan {
  /** Offset of the value's first character ('[', '{', '"', a digit, …). */
  start: number;
  /** Offset just after its last character. */
  end: number;
  /** Array items, in order (arrays only). */
  items?: JsonSpan[];
  /** Object members by key (objects only). */
  members?: Map<string, JsonSpan>;
}

/** Spans of every value in `text`; throws a SyntaxError on invalid JSON (callers parse it first anyway). */
export function jsonSpans(text: string): JsonSpan {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  const fail = (): never => {
    throw new SyntaxError(`unexpected character at offset ${at} of the JSON text`);
  };
  const stringEnd = (): number => {
    // at is on the opening quote
    let i = at + 1;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) fail();
    return i + 1;
  };
  const value = (): JsonSpan => {
    skipSpace();
    const start = at;
    const c = text[at];
    if (c === "[") {
      at++;
      const items: JsonSpan[] = [];
      skipSpace();
      if (text[at] === "]") {
        at++;
        return { start, end: at, items };
      }
      for (;;) {
        items.push(value());
        skipSpace();
        if (text[at] === ",") at++;
        else if (text[at] === "]") {
          at++;
          return { start, end: at, items };
        } else fail();
      }
    }
    if (c === "{") {
      at++;
      const members = new Map<string, JsonSpan>();
      skipSpace();
      if (text[at] === "}") {
        at++;
        return { start, end: at, members };
      }
      for (;;) {
        skipSpace();
        if (text[at] !== '"') fail();
        const keyEnd = stringEnd();
        const key = JSON.parse(text.slice(at, keyEnd)) as string;
        at = keyEnd;
        skipSpace();
        if (text[at] !== ":") fail();
        at++;
        members.set(key, value());
        skipSpace();
        if (text[at] === ",") at++;
        else if (text[at] === "}") {
          at++;
          return { start, end: at, members };
        } else fail();
      }
    }
    if (c === '"') {
      at = stringEnd();
      return { start, end: at };
    }
    const literal = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 64));
    if (!literal) fail();
    at += literal![0].length;
    return { start, end: at };
  };
  const root = value();
  skipSpace();
  if (at !== text.length) fail();
  return root;
}

/** The white space a line starts with, for the line `offset` is on. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/**
 * `text` with `item` (already JSON) appended to the array at `array`, laid out as the formatter (Biome, 110
 * columns) would: after the last item on its own line when the array is already one per line, inline when it
 * still fits, else the whole array broken one item per line.
 */
export function appendToArray(text: string, array: JsonSpan, item: string, lineWidth = 110): string {
  const items = array.items ?? [];
  const last = items.at(-1);
  const inner = text.slice(array.start + 1, array.end - 1);
  if (last && inner.includes("\n")) {
    return `${text.slice(0, last.end)},\n${indentAt(text, last.start)}${item}${text.slice(last.end)}`;
  }
  const parts = [...items.map((s) => text.slice(s.start, s.end)), item];
  const inline = `[${parts.join(", ")}]`;
  const lineStart = text.lastIndexOf("\n", array.start - 1) + 1;
  const lineEnd = text.indexOf("\n", array.end);
  const before = text.slice(lineStart, array.start);
  const after = text.slice(array.end, lineEnd === -1 ? text.length : lineEnd);
  if (before.length + inline.length + after.length <= lineWidth) {
    return text.slice(0, array.start) + inline + text.slice(array.end);
  }
  const indent = indentAt(text, array.start);
  const broken = `[\n${parts.map((p) => `${indent}  ${p}`).join(",\n")}\n${indent}]`;
  return text.slice(0, array.start) + broken + text.slice(array.end);
}
