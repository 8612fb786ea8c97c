import { relationsOf } from './test-doc';

describe('membership', () => {
  it('reads a party in brackets and a party politician', () => {
    expect(
      relationsOf('The mayor is Janne Johnsen (Conservative Party) and the deputy is Terje Halleland.', [
        ['Janne Johnsen', 'Person'],
        ['Conservative Party', 'Organization'],
        ['Terje Halleland', 'Person'],
      ]),
    ).toEqual(['Janne Johnsen MEMBER_OF Conservative Party']);
    expect(
      relationsOf('Eivind Bolle (born 1939) is a Norwegian politician for the Labour Party.', [
        ['Eivind Bolle', 'Person'],
        ['Labour Party', 'Organization'],
      ]),
    ).toContain('Eivind Bolle MEMBER_OF Labour Party');
  });

  it('does not make a party member of whoever the sentence merely mentions', () => {
    expect(
      relationsOf('Eivind Bolle criticised the Labour Party.', [
        ['Eivind Bolle', 'Person'],
        ['Labour Party', 'Organization'],
      ]),
    ).not.toContain('Eivind Bolle MEMBER_OF Labour Party');
    expect(
      relationsOf('Janne Johnsen (Oslo) spoke.', [
        ['Janne Johnsen', 'Person'],
        ['Oslo', 'Organization'],
      ]),
    ).toEqual([]);
  });

  it('reads band members and elected members', () => {
    expect(
      relationsOf('Fall Out Boy bassist Pete Wentz explained the idea.', [
        ['Fall Out Boy', 'Organization'],
        ['Pete Wentz', 'Person'],
      ]),
    ).toEqual(['Pete Wentz MEMBER_OF Fall Out Boy']);
    expect(
      relationsOf('It features Dulce María of the Mexican pop group RBD.', [
        ['Dulce María', 'Person'],
        ['RBD', 'Organization'],
      ]),
    ).toEqual(['Dulce María MEMBER_OF RBD']);
    expect(
      relationsOf('In 1784 Gahn was elected a member of the Royal Swedish Academy of Sciences.', [
        ['Gahn', 'Person'],
        ['Royal Swedish Academy of Sciences', 'Organization'],
      ]),
    ).toEqual(['Gahn MEMBER_OF Royal Swedish Academy of Sciences']);
    expect(
      relationsOf('Fall Out Boy fans met Pete Wentz.', [
        ['Fall Out Boy', 'Organization'],
        ['Pete Wentz', 'Person'],
      ]),
    ).toEqual([]);
  });
});
