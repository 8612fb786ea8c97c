import { isBoltVersionReply } from './bolt-probe';

describe('isBoltVersionReply', () => {
  it('accepts the four-byte version answers of Bolt 4.4 and 5.x', () => {
    expect(isBoltVersionReply(Buffer.from([0, 0, 8, 5]))).toBe(true);
    expect(isBoltVersionReply(Buffer.from([0, 0, 4, 4]))).toBe(true);
  });
  it('rejects "no version", and what other protocols answer', () => {
    expect(isBoltVersionReply(Buffer.from([0, 0, 0, 0]))).toBe(false);
    expect(isBoltVersionReply(Buffer.from('HTTP/1.1 400 Bad Request\r\n'))).toBe(false);
    expect(isBoltVersionReply(Buffer.from('HTTP'))).toBe(false);
  });
});
