// buildings whose name also names the government seated in them ("the White House said", "the Kremlin denied")
const SEATS = /^(?:the\s+)?(?:White\s+House|Kremlin|Élysée|Elysee|Blue\s+House)$/i;

/** True for the name of a seat of government that news uses for the government itself. */
export function isSeatOfGovernment(name: string): boolean {
  return SEATS.test(name.trim());
}
