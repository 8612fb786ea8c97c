import { fakeTagger, nameMentions } from './fake-tagger';

describe('faiths and peoples', () => {
  it('drops a faith’s or a people’s word the tagger read as a name, and keeps the names beside it', () => {
    const text =
      'Sikhs and Muslims gathered in Dearborn, where Latinos from the Rio Grande Valley joined the Hindu American Foundation.';
    expect(
      nameMentions(
        text,
        fakeTagger(text, [
          ['Sikhs', 'ORG', 0.7],
          ['Muslims', 'LOC', 0.7],
          ['Dearborn', 'LOC', 0.9],
          ['Latinos', 'PER', 0.6],
          ['Rio Grande Valley', 'LOC', 0.9],
          ['Hindu American Foundation', 'ORG', 0.9],
        ]),
      ),
    ).toEqual(['Dearborn/Location', 'Hindu American Foundation/Organization', 'Rio Grande Valley/Location']);
  });
});
