import { NewsgraphError } from '@newsgraph/schema';
import { declaredCharset, decodeText } from './decode-text';

const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(Buffer.from('Zürich café', 'utf8'))).toBe('Zürich café');
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich', 'utf8')]))).toBe('Zürich');
  });

  it('reads UTF-16 text that starts with its byte-order mark', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich talks', 'utf16le')]))).toBe(
      'Zürich talks',
    );
  });

  it('reads the charset an HTML page, a feed or a Content-Type declares', () => {
    const page = '<html><head><meta charset="windows-1252"><title>Café</title></head><body>Zürich</body></html>';
    expect(decodeText(latin1(page))).toContain('<title>Café</title>');
    const old = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Señor</p>';
    expect(decodeText(latin1(old))).toContain('Señor');
    const feed = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Élysée</title></channel></rss>';
    expect(decodeText(latin1(feed))).toContain('Élysée');
    expect(decodeText(latin1('Señor Pérez spoke.'), 'text/plain; charset=iso-8859-1')).toBe('Señor Pérez spoke.');
  });

  it('refuses undeclared non-UTF-8, binary bytes and unknown charsets, saying why', () => {
    expect(() => decodeText(latin1('Señor Pérez spoke.'))).toThrow(/not valid UTF-8 and declares no other charset/);
    expect(() => decodeText(Buffer.from([0x41, 0x00, 0x42]))).toThrow(/binary/);
    expect(() => decodeText(latin1('<meta charset="klingon-8"><p>x</p>'))).toThrow(NewsgraphError);
    expect(() => decodeText(latin1('<meta charset="klingon-8"><p>x</p>'))).toThrow(/klingon-8/);
  });

  it('lets a BOM win over a declaration, and a Content-Type over the document', () => {
    expect(declaredCharset(Buffer.from([0xfe, 0xff, 0, 0x41]), 'text/plain; charset=utf-8')).toBe('utf-16be');
    expect(declaredCharset(latin1('<meta charset="utf-8">'), 'text/html; charset=windows-1252')).toBe('windows-1252');
  });
});
