/** Courtesy titles written before a person's name ("Mr. Sullivan", "Dame Judi Dench"), as they are usually cased. */
export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady'] as const;

// the abbreviations among them, written with or without a full stop
const ABBREVIATED = new Set<string>(['Mr', 'Mrs', 'Ms', 'Dr']);

/** Every written form of the honorifics ("Mr.", "Mr", "Miss", …): the list the extractor and graph-store share. */
export function honorificForms(): string[] {
  return HONORIFICS.flatMap((h) => (ABBREVIATED.has(h) ? [`${h}.`, h] : [h]));
}
