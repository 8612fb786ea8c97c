import type { Candidate, Doc } from '../types';

// programmes, laws and texts the tagger calls organisations: "Medicaid", "FISA", "the Pell Grant", "the Pledge of Allegiance"
const PROGRAMMES = new Set([
  'Medicaid',
  'Medicare',
  'Obamacare',
  'FISA',
  'DACA',
  'JCPOA',
  'TANF',
  'Pledge of Allegiance',
  'Social Security',
  // the nation's founding law, which the tagger reads as a body or a place
  'Constitution',
  'U.S. Constitution',
  'United States Constitution',
  'Constitution of the United States',
]);
// tax credits, trust funds and funds named for what they pay out are programmes, not bodies: "the Child Tax Credit",
// "the Medicare Trust Fund", "the Greenhouse Gas Reduction Fund" (a fund named otherwise may be a body: "the Global Fund")
const PROGRAMME_HEAD =
  /\s(?:Grants?|Pledge|Memorandum of Agreement|Memorandum of Understanding|Tax Credits?|Trust Funds?|(?:Reduction|Revitalization|Relief|Recovery|Response|Resilience|Stabilization|Assistance|Projects|Replacement|Acceleration) Fund)$/;
// diseases, technologies and religions are no organisation, place or person: "COVID", "Internet of Things", "Christianity"
const NOT_ENTITIES = new Set([
  'Christianity',
  'Islam',
  'Judaism',
  'Buddhism',
  'Hinduism',
  'Catholicism',
  'COVID',
  'COVID-19',
  'Covid',
  'Covid-19',
  'Ebola',
  'Zika',
  'HIV',
  'AIDS',
  'HIV/AIDS',
  'Mpox',
  'Monkeypox',
  'Omicron',
  'SARS',
  'MERS',
  'H5N1',
  'Internet of Things',
  'Artificial Intelligence',
]);
const RETYPED = new Set(['Organization', 'Person', 'Location']);

/** Retypes programmes and laws the tagger reads as bodies to Policy, and drops diseases, technologies and religions. */
export function retypeProgrammes(doc: Doc, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.mention !== 'name' || c.id || !RETYPED.has(c.type)) {
      out.push(c);
      continue;
    }
    const text = doc.norm.slice(c.start, c.end).replace(/\s+/g, ' ');
    if (NOT_ENTITIES.has(text)) continue;
    if (PROGRAMMES.has(text) || (PROGRAMME_HEAD.test(text) && c.type !== 'Person')) {
      out.push({
        start: c.start,
        end: c.end,
        type: 'Policy',
        mention: c.mention,
        priority: c.priority,
        source: c.source,
      });
      continue;
    }
    out.push(c);
  }
  // "the Pledge" after "the Pledge of Allegiance": a short form takes its programme's type
  const heads = new Set(
    out.filter((c) => c.type === 'Policy').map((c) => doc.norm.slice(c.start, c.end).split(/\s+of\s+/)[0]),
  );
  return out.map((c) =>
    c.type === 'Organization' && !c.id && heads.has(doc.norm.slice(c.start, c.end)) ? { ...c, type: 'Policy' } : c,
  );
}
