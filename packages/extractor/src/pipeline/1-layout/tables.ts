// Wire copy's earnings and dividend tables: one figure per line after a short sentence-case label ("Shr 41 cts vs
// 33 cts", "Avg shrs 5,166,000 vs 5,158,000") under a period's label on a line of its own ("4th qtr", "Year").
const MAX_ROW = 90;
const MAX_LABEL_WORDS = 6;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const ORDINAL = '(?:[1-4](?:st|nd|rd|th)|First|Second|Third|Fourth|first|second|third|fourth)';
const SPAN_WORD = '(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\\d{1,2})';
// "Year", "4th qtr", "Qtr to Dec 31", "Nine mths to Sept 30", "Six months", "Year ended June 30, 1986"
const PERIOD = new RegExp(
  `^(?:${ORDINAL}\\s+(?:qtr|quarter|half)|Qtr|Quarter|Year|Half|${SPAN_WORD}\\s+(?:mths|months|weeks|wks))` +
    `(?:\\s+(?:to|ended|ending|thru|through)\\s+${MONTH}\\s+\\d{1,2})?(?:,?\\s+\\(?\\d{4}\\)?)?:?$`,
  'i',
);
// a dividend table's dates: "Pay April 15", "Record March 31"
const DATES_ROW = new RegExp(`^(?:Pay|Payable|Record|Prior|Ex-div|Ex-dividend)\\s+${MONTH}\\s+\\d{1,2}$`);
// a figure as wire tables write it: "41", "2,118,000", "(1.2)", "-0.5", "nil", "two"
const FIGURE = /^(?:\(?[-+]?\$?\d[\d,.]*\)?|nil|n\.?a\.?|one|two|three|four|five|six|seven|eight|nine|ten)$/i;
// a label's first word: capitalised, or an ordinal ("4th qtr net")
const LABEL_HEAD = /^(?:\p{Lu}[\p{Ll}.]*|[1-4](?:st|nd|rd|th))$/u;
// a label's later words: lower case, hyphened or in brackets ("per", "shr", "(markka)", "pre-tax")
const LABEL_WORD = /^(?:\(?[\p{Ll}][\p{Ll}.,'-]*\)?:?|&|[1-4](?:st|nd|rd|th))$/u;
// what may follow the first figure: figures, lower-case words ("cts", "mln", "dlrs", "vs", "profit"), months
const ROW_WORD = new RegExp(`^(?:\\(?[\\p{Ll}][\\p{Ll}.,'-]*\\)?|${MONTH}|[-\\d$(),.%+/]+|U\\.S\\.|NA|N\\.A\\.)$`, 'u');
// the labels that open a row even without "vs" (a table of one period: "Shr 41 cts")
const ROW_LABEL = /^(?:Shr|Shrs|Net|Revs|Sales|Oper|Avg|Qtly|Div|Loss|Profit|Backlog|Assets|Deposits|Loans)$/;

/** True when the words after a label's first figure read as a table row's: figures, units and a "vs". */
function rowTail(words: readonly string[], head: string): boolean {
  if (!words.every((w) => ROW_WORD.test(w))) return false;
  return words.includes('vs') || words.includes('vs.') || ROW_LABEL.test(head);
}

/** True for a table's label line, a period or a dividend's date ("4th qtr", "Year", "Pay April 15"), alone. */
export function isPeriodLine(line: string): boolean {
  const s = line.trim();
  return PERIOD.test(s) || DATES_ROW.test(s);
}

/**
 * True for a row of figures in a wire story's financial table ("Shr 41 cts vs 33 cts", "Revs 40.2 mln vs 35.9 mln"):
 * figures after a label, with no name and no sentence in them.
 */
export function isFigureRow(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_ROW) return false;
  const words = s.split(/\s+/);
  const first = words.findIndex((w) => FIGURE.test(w.replace(/[,;]$/, '')));
  if (first < 1 || first > MAX_LABEL_WORDS) return false;
  const [head = '', ...rest] = words.slice(0, first);
  if (!LABEL_HEAD.test(head) || !rest.every((w) => LABEL_WORD.test(w))) return false;
  return rowTail(words.slice(first), head.replace(/\.$/, ''));
}
