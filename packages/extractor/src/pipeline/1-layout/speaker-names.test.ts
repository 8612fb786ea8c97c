import { resolveName } from './speaker-names';

describe('the full name a transcript label resolves to', () => {
  it('takes no sentence-opening function word into a bare given name ("But Jill")', () => {
    const text =
      'The clinic stayed open all winter.\n\nBut Jill and I, and the whole staff, kept it running. Yet Marcus never came back.';
    expect(resolveName('Jill', [{ text, weight: 1 }])).toBeUndefined();
    expect(resolveName('Marcus', [{ text, weight: 1 }])).toBeUndefined();
  });

  it('still reads the given names written before a surname', () => {
    const text = 'Director Ada Okafor spoke first. Because Okafor ran the ward, the staff listened to Ada Okafor.';
    expect(resolveName('OKAFOR', [{ text, weight: 1 }])).toBe('Ada Okafor');
  });
});
