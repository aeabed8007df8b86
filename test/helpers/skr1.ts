import type { CellValue } from '../../src/core/cells/value';
import { getTemplate } from '../../src/core/templates/registry';

/** แบบ สขร.1's headers, as the template writes them. */
export const SKR1_HEADERS = getTemplate('skr1')!.columns.map((c) => c.header);

/**
 * One buy as สขร.1 lists it: its number, the item, the amount (as budget and reference price), the
 * method, the one bidder who won at the amount, the reason, and the contract cell as given.
 */
export function skr1Row(n: number, contract: string, item = 'ซื้อวัสดุ', amount = 5_000): CellValue[] {
  const price = `ร้าน ก / ${amount.toLocaleString('en-US')}`;
  return [n, item, amount, amount, 'เฉพาะเจาะจง', price, price, 'ราคาต่ำสุด', contract];
}
