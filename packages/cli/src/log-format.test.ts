import { chooseLogFormat, formatLogLine } from './log-format';

describe('chooseLogFormat', () => {
  it('is pretty on a terminal and JSON lines on a file or pipe, unless LOG_FORMAT says otherwise', () => {
    expect(chooseLogFormat(undefined, true)).toBe('pretty');
    expect(chooseLogFormat(undefined, false)).toBe('json');
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });
});

describe('formatLogLine', () => {
  const at = new Date(2026, 0, 2, 9, 5, 7).getTime();

  it('reads as local time, level and message', () => {
    expect(formatLogLine(JSON.stringify({ level: 30, time: at, msg: 'Neo4j is up' }))).toBe(
      '09:05:07 info Neo4j is up\n',
    );
    expect(formatLogLine(JSON.stringify({ level: 40, time: at, msg: 'viewer not built' }))).toBe(
      '09:05:07 warn viewer not built\n',
    );
  });

  it('keeps other fields as JSON after the message and puts an error stack below it', () => {
    const line = JSON.stringify({
      level: 50,
      time: at,
      msg: 'error while stopping',
      err: { stack: 'Error: x\n  at y' },
    });
    expect(formatLogLine(line)).toBe('09:05:07 error error while stopping\nError: x\n  at y\n');
    expect(formatLogLine(JSON.stringify({ level: 30, time: at, msg: 'request', status: 200 }))).toBe(
      '09:05:07 info request {"status":200}\n',
    );
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(formatLogLine('plain words')).toBe('plain words\n');
  });
});
