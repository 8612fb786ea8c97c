import { fakeTagger, namesInOrder } from './fake-tagger';

const names = (text: string, spans: [string, 'PER' | 'ORG' | 'LOC', number, number?][]): string[] =>
  namesInOrder(text, fakeTagger(text, spans));

describe('dropPostPortfolios', () => {
  it('drops the part of a department a post is over ("Secretary of State for Pacific Affairs")', () => {
    const text =
      'Mara Quill, to be Assistant Secretary of State for Pacific Affairs and Coordinator for Harbor Recovery, and ' +
      'Tom Reyes, Under Secretary of Defense (Space Logistics), testified.';
    expect(
      names(text, [
        ['Mara Quill', 'PER', 0.9],
        ['State for Pacific Affairs', 'ORG', 0.8],
        ['Coordinator for Harbor Recovery', 'ORG', 0.8],
        ['Tom Reyes', 'PER', 0.9],
        ['Defense (Space Logistics', 'ORG', 0.8],
      ]),
    ).toEqual(['Mara Quill:Person', 'Tom Reyes:Person']);
  });

  it('drops the area of a post written after "for", and keeps a body or an acronym named there', () => {
    const text =
      'Lena Ortiz, Senior Director for Maritime Affairs, met Raj Patel, Coordinator for the Office of Rural Health, ' +
      'and the Special Envoy for PEPFAR.';
    expect(
      names(text, [
        ['Lena Ortiz', 'PER', 0.9],
        ['Maritime Affairs', 'ORG', 0.8],
        ['Raj Patel', 'PER', 0.9],
        ['Office of Rural Health', 'ORG', 0.9],
        ['PEPFAR', 'ORG', 0.9],
      ]),
    ).toEqual(['Lena Ortiz:Person', 'Raj Patel:Person', 'Office of Rural Health:Organization', 'PEPFAR:Organization']);
  });
});
