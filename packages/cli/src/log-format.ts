/** How log lines look: JSON for machines (files, pipes, collectors), `HH:MM:SS level message` for a person. */
export type LogFormat = 'json' | 'pretty';

/** LOG_FORMAT when set; otherwise pretty on a terminal and JSON lines when stderr goes to a file or a pipe. */
export function chooseLogFormat(requested: LogFormat | undefined, stderrIsTerminal: boolean): LogFormat {
  return requested ?? (stderrIsTerminal ? 'pretty' : 'json');
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** One pino JSON record as `HH:MM:SS level message` (local time), other fields as JSON after it, a stack below. */
export function formatLogLine(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const { level, time, msg, err, ...fields } = record;
  const at = new Date(typeof time === 'number' ? time : Date.now());
  const clock = `${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}:${twoDigits(at.getSeconds())}`;
  const name = typeof level === 'number' ? (LEVEL_NAMES[level] ?? String(level)) : String(level);
  let out = `${clock} ${name} ${typeof msg === 'string' ? msg : ''}`.trimEnd();
  if (Object.keys(fields).length > 0) out += ` ${JSON.stringify(fields)}`;
  const stack = (err as { stack?: unknown } | undefined)?.stack;
  if (typeof stack === 'string') out += `\n${stack}`;
  else if (err !== undefined) out += ` ${JSON.stringify({ err })}`;
  return `${out}\n`;
}
