/** "1234567" → "1,234,567" (a message may show a thousand amounts: no regular expression). */
function groupThousands(digits: string): string {
  if (digits.length <= 3 || digits.includes('e')) return digits;
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** 1234567.5 → "1,234,567.50"; integers keep no decimals: 500000 → "500,000". */
export function formatMoney(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const abs = Math.abs(n);
  // From 10^15 baht a float holds no satang (and String() gives exponents from 10^21): whole baht, every digit.
  if (abs >= 1e15) return `${neg ? '-' : ''}${groupThousands(BigInt(Math.round(abs)).toString())}`;
  const cents = Math.round(abs * 100);
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  const grouped = groupThousands(String(whole));
  const text = frac === 0 ? grouped : `${grouped}.${String(frac).padStart(2, '0')}`;
  return neg ? `-${text}` : text;
}

/**
 * Money with every decimal it holds ("49,999.995", not "50,000"): a fix offered shows what it will write.
 */
export function formatMoneyExact(n: number): string {
  const digits = Math.abs(n).toString();
  if (!Number.isFinite(n) || Math.round(n * 100) / 100 === n || digits.includes('e')) return formatMoney(n);
  const [whole = '', frac = ''] = digits.split('.');
  return `${n < 0 ? '-' : ''}${groupThousands(whole)}.${frac}`;
}

export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

export const THAI_MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

/** The months' names as a pattern's alternatives, in full ("ตุลาคม"), and short with or without their dots ("ต.ค.", "ตค"). */
export const THAI_MONTHS_LONG_PATTERN = THAI_MONTHS_LONG.join('|');
export const THAI_MONTHS_SHORT_PATTERN = THAI_MONTHS_SHORT.map((m) => m.replace(/\./g, '\\.?')).join('|');

export const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A calendar day, kept apart from time zones: all our dates are Thai calendar days. */
export interface Day {
  readonly y: number; // CE
  readonly m: number; // 1..12
  readonly d: number; // 1..31
}

const days = new Map<number, Day>();

/**
 * The one Day object for a date: a sheet of a million rows holds only a few thousand distinct days,
 * so sharing them saves millions of objects (and the garbage collector's time).
 */
export function dayOf(y: number, m: number, d: number): Day {
  const key = y * 10_000 + m * 100 + d;
  let day = days.get(key);
  if (!day) {
    day = Object.freeze({ y, m, d });
    if (days.size < 200_000) days.set(key, day);
  }
  return day;
}

/** Days 1900-01-01 … 2399-12-31 by their number, the days of real sheets; others are not kept. */
const FIRST_DAY = -25_567;
const byDayNumber: (Day | undefined)[] = [];

/**
 * The Day of a moment (ms since 1970, UTC), as dayOf would give it: by arithmetic and one lookup of
 * a small integer, as Date's getters are slow on a sheet of a million dates.
 */
export function dayFromTime(ms: number): Day {
  return dayFromNumber(Math.floor(ms / 86_400_000));
}

/** The Day of day number `n` (days since 1970-01-01), as dayFromTime gives it. */
export function dayFromNumber(n: number): Day {
  const slot = n - FIRST_DAY;
  let day = slot >= 0 && slot < 182_622 ? byDayNumber[slot] : undefined;
  if (day) return day;
  // Civil date of a day number (H. Hinnant's algorithm).
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  day = dayOf(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
  if (slot >= 0 && slot < 182_622) {
    while (byDayNumber.length < slot) byDayNumber.push(undefined);
    byDayNumber[slot] = day;
  }
  return day;
}

/** "29 พ.ย. 2567" */
export function formatDayTh(day: Day): string {
  return `${day.d} ${THAI_MONTHS_SHORT[day.m - 1]} ${day.y + 543}`;
}

/** "29 Nov 2024 (BE 2567)" */
export function formatDayEn(day: Day): string {
  return `${day.d} ${EN_MONTHS[day.m - 1]} ${day.y} (BE ${day.y + 543})`;
}

/** "พ.ย. 2567" */
export function formatMonthTh(day: Day): string {
  return `${THAI_MONTHS_SHORT[day.m - 1]} ${day.y + 543}`;
}

/** "พฤศจิกายน 2567" */
export const thaiMonth = (day: Day): string => `${THAI_MONTHS_LONG[day.m - 1]} ${day.y + 543}`;

/** "Nov 2024 (BE 2567)" */
export function formatMonthEn(day: Day): string {
  return `${EN_MONTHS[day.m - 1]} ${day.y} (BE ${day.y + 543})`;
}

export function isoDay(day: Day): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

/** The first few of a list, for a message ("12, 13, 14, 15, 16 …"): the rest are in the findings. */
export function firstFew(items: readonly (string | number)[], shown = 5): string {
  return items.slice(0, shown).join(', ') + (items.length > shown ? ' …' : '');
}
