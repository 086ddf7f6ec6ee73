/** Where a command writes: stdout for results (scriptable), stderr for progress and messages. */
export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
}

export interface Output {
  write(text: string): void;
  /** A terminal: progress is drawn as a bar; otherwise it is written as lines. */
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
  /** The terminal itself, for the progress bar (cli-progress draws on a stream). */
  readonly stream?: NodeJS.WriteStream | undefined;
}

/** Write whole lines. */
export const println = (out: Output, text = ''): void => out.write(`${text}\n`);
