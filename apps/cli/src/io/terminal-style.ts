/** ANSI colour for a stream, only when it is a terminal and NO_COLOR is not set (https://no-color.org). */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

function wrap(enabled: boolean, open: number, close: number) {
  return (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
}

export function styleFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Style {
  const enabled = stream.isTTY === true && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    red: wrap(enabled, 31, 39),
    yellow: wrap(enabled, 33, 39),
    green: wrap(enabled, 32, 39),
  };
}

/** The length a string takes on screen, colour codes left out. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex -- the escape character is exactly what is looked for
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}
