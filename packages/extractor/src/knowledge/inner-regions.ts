/**
 * Regions inside states that news names often and compromise's lexicon lacks, so that the tagger's occasional
 * Person for "Xinjiang" or "Donbas" does not stand.
 */
const INNER_REGIONS = new Set([
  'Xinjiang',
  'Tibet',
  'Inner Mongolia',
  'Ningxia',
  'Guangxi',
  'Guangdong',
  'Sichuan',
  'Yunnan',
  'Hubei',
  'Hebei',
  'Henan',
  'Hunan',
  'Shandong',
  'Shanxi',
  'Shaanxi',
  'Jiangsu',
  'Zhejiang',
  'Fujian',
  'Anhui',
  'Jiangxi',
  'Guizhou',
  'Gansu',
  'Qinghai',
  'Heilongjiang',
  'Jilin',
  'Liaoning',
  'Hainan',
  'Wuhan',
  'Donbas',
  'Donbass',
  'Donetsk',
  'Luhansk',
  'Kharkiv',
  'Kherson',
  'Zaporizhzhia',
  'Mariupol',
  'Gaza',
  'West Bank',
  'Darfur',
  'Tigray',
  'Idlib',
  'Aleppo',
  'Balochistan',
  'Baluchistan',
  'Kandahar',
  'Helmand',
  'Mindanao',
  'Aceh',
  'Papua',
  'Kashmir',
  'Crimea',
  'Chechnya',
  'Kurdistan',
  'Punjab',
  'Catalonia',
  'Siberia',
  // a neighbourhood that stands for Congress: never a person ("Capitol Hill" typed Person by the tagger)
  'Capitol Hill',
]);

/** True when the name is one of the regions within states listed here. */
export function isInnerRegion(name: string): boolean {
  return INNER_REGIONS.has(name);
}

/** Products and commodities that the tagger takes for organisations or places: "LNG", "Krugerrand". */
export const COMMODITIES = new Set(['LNG', 'LPG', 'CNG', 'Krugerrand', 'Krugerrands', 'Brent crude', 'WTI']);
