import pino, { type Logger } from 'pino';
import { formatLogLine, type LogFormat } from './log-format';

/** Where log lines go: anything with a write method (stderr unless a test passes its own). */
export interface LogSink {
  write(chunk: string): unknown;
}

/** Logs go to stderr so stdout carries only a command's result; written synchronously to stay between bar redraws. */
export function createLogger(level: string, format: LogFormat, sink?: LogSink): Logger {
  if (format === 'json') return pino({ level, base: null }, sink ?? pino.destination(2));
  const out = sink ?? process.stderr;
  return pino({ level, base: null }, { write: (line: string) => out.write(formatLogLine(line)) });
}
