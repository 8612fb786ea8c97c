/** Head words that make a capitalised phrase an organisation (with the contract's optional `kind`). */
export const ORG_CUES: Record<string, string> = {
  Ministry: 'agency', Office: 'agency', Department: 'agency', Bureau: 'agency', Commission: 'agency',
  Agency: 'agency', Council: 'agency', Administration: 'agency', Authority: 'agency', Committee: 'agency',
  Service: 'agency', Directorate: 'agency', Secretariat: 'agency', Cabinet: 'agency', Embassy: 'agency',
  Parliament: 'agency', Congress: 'agency', Senate: 'agency', Assembly: 'agency', Court: 'agency', Police: 'agency',
  Institute: 'academic', University: 'academic', College: 'academic', Academy: 'academic', School: 'academic',
  Center: 'ngo', Centre: 'ngo', Foundation: 'ngo', Association: 'ngo', Society: 'ngo', Federation: 'ngo',
  Union: 'igo', Organization: 'igo', Organisation: 'igo', Alliance: 'igo', Nations: 'igo', Fund: 'igo',
  Party: 'party', Army: 'military', Navy: 'military', Forces: 'military', Force: 'military', Corps: 'military',
  Company: 'company', Corporation: 'company', Corp: 'company', 'Corp.': 'company', Inc: 'company', 'Inc.': 'company',
  Ltd: 'company', 'Ltd.': 'company', Group: 'company', Holdings: 'company', Bank: 'company', Airlines: 'company',
  Technologies: 'company', Motors: 'company', Enterprises: 'company', Industries: 'company', Laboratories: 'company',
  Times: 'media', Post: 'media', News: 'media', Daily: 'media', Herald: 'media', Journal: 'media', Tribune: 'media',
  Gazette: 'media', Telegraph: 'media', Guardian: 'media', Xinhua: 'media', Reuters: 'media',
  Club: 'company', League: 'company', FC: 'company', Team: 'company', Band: 'company', Records: 'company', Studios: 'company', Network: 'media',
};

/** Head words that make a phrase a policy: a strategy, law, treaty, programme. */
export const POLICY_CUES = new Set([
  'Strategy', 'Act', 'Law', 'Initiative', 'Treaty', 'Plan', 'Agreement', 'Accord', 'Accords', 'Doctrine', 'Program',
  'Programme', 'Framework', 'Convention', 'Declaration', 'Charter', 'Protocol', 'Policy', 'Bill', 'Regulation',
  'Directive', 'Pact', 'Deal', 'Order', 'Amendment', 'Guidelines', 'Principles', 'Roadmap', 'Compact', 'Partnership',
]);

/** Head words that make a phrase an event. */
export const EVENT_CUES = new Set([
  'Conference', 'Summit', 'Forum', 'Games', 'Olympics', 'Cup', 'Championship', 'Championships', 'Festival', 'Expo',
  'Exhibition', 'War', 'Battle', 'Revolution', 'Election', 'Meeting', 'Dialogue', 'Olympiad', 'Tournament',
  'Attack', 'Attacks', 'Crisis', 'Talks', 'Session', 'Symposium',
]);

/** Head words that make a phrase a place other than a country. */
export const PLACE_CUES = new Set([
  'Province', 'County', 'City', 'Region', 'District', 'Prefecture', 'Island', 'Islands', 'Mountains',
  'Mountain', 'River', 'Lake', 'Sea', 'Ocean', 'Bay', 'Valley', 'Municipality', 'Territory', 'Peninsula', 'Strait',
  'Township', 'Village', 'Park', 'Square', 'Street', 'Avenue', 'Airport', 'Canyon', 'Desert', 'Coast', 'Gulf',
]);


/**
 * Place heads no organisation or team name ends in, so they outrank the tagger: it reads "Albany County" or
 * "Lindi Region" as an organisation in encyclopaedic prose, while "Manchester City", "Notts County" or "Kansai
 * Airport" may be one.
 */
export const STRONG_PLACE_CUES = new Set([
  'Province', 'District', 'Prefecture', 'Municipality', 'Township', 'Region', 'Regions', 'Governorate',
  'Oblast', 'Voivodeship', 'Canton', 'Parish', 'Borough', 'Street', 'Avenue', 'Road', 'Boulevard', 'Valley', 'River',
  'Lake', 'Mountains', 'Mountain', 'Peninsula', 'Bay', 'Sea', 'Ocean', 'Desert', 'Strait', 'Canyon', 'Village',
]);
