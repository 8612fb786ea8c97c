// Pseudo-gold entity clusters for CoNLL, which has no entity links (see mentions-dev.ts for what they approximate).

/** The surface a pseudo-gold cluster is keyed by: case, full stops, "the" and a possessive do not tell entities apart. */
export function normalise(surface: string): string {
  return surface
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Pseudo-gold cluster ids for one document's gold mentions: same type and surface, or a unique longer same-type form. */
export function pseudoClusters(golds: readonly { type: string; text: string }[]): string[] {
  const key = (g: { type: string; text: string }): string => `${g.type}|${normalise(g.text)}`;
  const forms = new Map<string, { type: string; words: string[] }>();
  for (const g of golds) forms.set(key(g), { type: g.type, words: normalise(g.text).split(' ') });
  const target = new Map<string, string>();
  for (const [k, f] of forms) {
    const longer = [...forms].filter(
      ([k2, f2]) =>
        k2 !== k &&
        f2.type === f.type &&
        f2.words.length > f.words.length &&
        f.words.every((w, i) => f2.words[f2.words.length - f.words.length + i] === w),
    );
    // a short form that fits two longer names ("Smith" of "John Smith" and "Mary Smith") stays on its own
    target.set(k, longer.length === 1 && longer[0] ? longer[0][0] : k);
  }
  const resolveKey = (k: string): string => {
    const seen = new Set<string>();
    let at = k;
    for (let next = target.get(at); next !== undefined && next !== at && !seen.has(at); next = target.get(at)) {
      seen.add(at);
      at = next;
    }
    return at;
  };
  return golds.map((g) => resolveKey(key(g)));
}
