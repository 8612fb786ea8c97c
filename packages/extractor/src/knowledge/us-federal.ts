// The executive departments of the United States, as their names end ("Department of Homeland Security").
const DEPARTMENTS = [
  'State',
  'Treasury',
  'Defense',
  'Justice',
  'Interior',
  'Agriculture',
  'Commerce',
  'Labor',
  'Health and Human Services',
  'Housing and Urban Development',
  'Transportation',
  'Energy',
  'Education',
  'Veterans Affairs',
  'Homeland Security',
];
const SUBJECT = DEPARTMENTS.join('|');
const OF_FORM = new RegExp(`^Department of (?:the )?(${SUBJECT})$`);
const FIRST_FORM = new RegExp(`^(${SUBJECT}) Department$`);
// a department's subject written alone names it only when it is no everyday word ("Homeland Security", not "State")
const ALONE =
  /^(?:Treasury|Health and Human Services|Housing and Urban Development|Veterans Affairs|Homeland Security)$/;
// the other federal bodies news names without their country
const BODIES = new Set(['Congress', 'Senate', 'Supreme Court', 'House of Representatives', 'Cabinet']);

const departmentOf = (subject: string): string => `Department of ${subject === 'Treasury' ? 'the Treasury' : subject}`;

/**
 * The one name of a body of the United States federal government, whichever way a text writes it ("Treasury
 * Department", "the Treasury", "Department of Treasury" → "Department of the Treasury"); undefined for other names.
 */
export function usFederalBody(name: string): string | undefined {
  if (BODIES.has(name)) return name;
  const subject = OF_FORM.exec(name)?.[1] ?? FIRST_FORM.exec(name)?.[1] ?? (ALONE.test(name) ? name : undefined);
  return subject === undefined ? undefined : departmentOf(subject);
}
