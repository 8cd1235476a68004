/** Days between Excel's 1900-system epoch (1899-12-30, absorbing the 1900 leap-year bug) and 1970-01-01. */
const EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;

/** Excel serial (1900 date system) of an ISO `YYYY-MM-DD` date; dates live in UTC (no zone shift). */
export function isoToSerial(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS + EPOCH_OFFSET;
}

export function serialToIso(serial: number): string {
  return new Date((Math.round(serial) - EPOCH_OFFSET) * DAY_MS).toISOString().slice(0, 10);
}
