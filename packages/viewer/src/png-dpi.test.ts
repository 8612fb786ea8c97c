import { pixelsPerMetre, withDpi } from './png-dpi';

/** CRC-32 computed bit by bit, independently of the table the code uses. */
function crc(bytes: Uint8Array): number {
  let value = 0xffffffff;
  for (const byte of bytes) {
    value ^= byte;
    for (let k = 0; k < 8; k += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  }
  return (value ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: number[]): number[] {
  const body = new Uint8Array(Array.from({ length: 4 }, (_, i) => type.charCodeAt(i)).concat(data));
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc(body));
  return [...out];
}

/** A PNG's chunk layout (the pixel data is never decoded, so any IDAT bytes do). */
const png = (): Uint8Array =>
  new Uint8Array([
    ...[137, 80, 78, 71, 13, 10, 26, 10],
    ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]),
    ...chunk('IDAT', [1, 2, 3, 4]),
    ...chunk('IEND', []),
  ]);

/** The chunk types in order, the pHYs body, and whether every CRC holds. */
function read(bytes: Uint8Array): { types: string[]; phys: number[] | null; crcOk: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  let phys: number[] | null = null;
  let crcOk = true;
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    types.push(type);
    if (view.getUint32(at + 8 + length) !== crc(bytes.subarray(at + 4, at + 8 + length))) crcOk = false;
    if (type === 'pHYs') phys = [view.getUint32(at + 8), view.getUint32(at + 12), bytes[at + 16] ?? -1];
    at += 12 + length;
  }
  return { types, phys, crcOk };
}

describe('withDpi', () => {
  it('adds a pHYs chunk of 300 dpi (11811 pixels a metre) right after IHDR, with a valid CRC', () => {
    expect(read(png())).toEqual({ types: ['IHDR', 'IDAT', 'IEND'], phys: null, crcOk: true });
    expect(read(withDpi(png(), 300))).toEqual({
      types: ['IHDR', 'pHYs', 'IDAT', 'IEND'],
      phys: [11811, 11811, 1],
      crcOk: true,
    });
    expect(pixelsPerMetre(96)).toBe(3780);
  });

  it('replaces an earlier pHYs instead of adding a second', () => {
    const out = read(withDpi(withDpi(png(), 72), 300));
    expect(out.types).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(out.phys).toEqual([11811, 11811, 1]);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withDpi(new Uint8Array(40), 300)).toThrow('not a PNG image');
  });
});
