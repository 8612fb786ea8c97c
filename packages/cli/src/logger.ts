import pino, { type Logger } from 'pino';

/** Logs go to stderr so stdout carries only a command's result. */
export function createLogger(level: string): Logger {
  return pino({ level, base: null }, pino.destination(2));
}
