// A pino destination that keeps the lines, so tests can read what was logged.
export class LogCapture {
  readonly lines: string[] = [];

  write(line: string): void {
    this.lines.push(line);
  }

  text(): string {
    return this.lines.join("");
  }

  // biome-ignore lint/suspicious/noExplicitAny: log records are free-form JSON.
  entries(): Record<string, any>[] {
    return this.lines.flatMap((l) => l.split("\n").filter(Boolean)).map((l) => JSON.parse(l));
  }
}
