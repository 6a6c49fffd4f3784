/** The years a year picker offers: next year back to ten years ago, and `selected` if it is outside. */
export function yearChoices(thisYear: number, selected?: number | null): number[] {
  const years = Array.from({ length: 11 }, (_, i) => thisYear + 1 - i);
  if (selected != null && !years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}

/** A year from a URL parameter (1900–2200), or null. */
export function parseYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1900 && year <= 2200 ? year : null;
}

/** This year in Stockholm. */
export function thisYear(): number {
  return Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()));
}
