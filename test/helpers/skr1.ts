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

/** October and November 2566 of a year of month sheets: five contracts, 41,800 baht. */
export const OCT_66 = [
  skr1Row(1, '1/2567 ลว. 3 ต.ค. 66', 'ซื้อวัสดุสำนักงาน', 5_000),
  skr1Row(2, '2/2567 ลว. 10 ต.ค. 66', 'จ้างซ่อมรถยนต์', 7_300),
];
export const NOV_66 = [
  skr1Row(1, '3/2567 ลว. 1 พ.ย. 66', 'ซื้อน้ำมันเชื้อเพลิง', 9_000),
  skr1Row(2, '4/2567 ลว. 8 พ.ย. 66', 'จ้างเหมาทำความสะอาด', 8_000),
  skr1Row(3, '5/2567 ลว. 20 พ.ย. 66', 'ซื้อวัสดุไฟฟ้า', 12_500),
];

/**
 * Winners' names as offices write them after a สขร.1/O21 price ("5,000 บาท ทรัพย์ทวีคูณ"): firms, persons
 * with a title, a rank or none, state bodies and enterprises, trades, and plain names.
 */
export const AFTER_PRICE_NAMES = [
  'บมจ. ซีพี ออลล์',
  'บ.สมใจ',
  'กิจการร่วมค้า ABC',
  'ว่าที่ ร.ต.สมชาย ใจดี',
  'ด.ต.สมชาย ใจดี',
  'จ.ส.อ. สมชาย ใจดี',
  'สมชาย ใจดี',
  'การไฟฟ้าส่วนภูมิภาคอำเภอเมือง',
  'องค์การเภสัชกรรม',
  'ไปรษณีย์ไทย',
  'ทีโอที',
  'มหาวิทยาลัยขอนแก่น',
  'เทศบาลตำบลก',
  'โรงพิมพ์สมใจ',
  'โรงแรมสมใจ',
  'สถานีบริการน้ำมันสมใจ',
  'ไทยวัฒนาก่อสร้าง',
  'สมใจวัสดุภัณฑ์',
  'สมใจค้าวัสดุ',
  'สมใจการไฟฟ้า',
  'เจริญยนต์',
  'ก.เจริญยนต์',
  'ส.การยาง',
  'ทรัพย์ทวีคูณ',
  'แม่ค้าสมศรี',
  'ตามใจพาณิชย์',
  'Cash Mart',
  'วัสดุภัณฑ์สมใจ',
  // Shops named for what they sell, with a trade's word after it: names, not what was bought.
  'วัสดุก่อสร้างเจริญชัย',
  'อุปกรณ์ไฟฟ้าพาณิชย์',
  'ครุภัณฑ์การแพทย์เซอร์วิส',
  // … or with a name of its own after what it sells: "วัสดุเกษตรทองดี" is a shop, not a remark.
  'วัสดุเกษตรทองดี',
  'อุปกรณ์ไฟฟ้าสมบูรณ์',
  'ครุภัณฑ์การแพทย์ไทย',
  // … or what was bought, then a shop's trade word: the shop, not more of what was bought.
  'วัสดุสำนักงาน สมใจพาณิชย์',
  // … or what it sells, then a space and a word of its own that names no goods: the shop's own name.
  'วัสดุก่อสร้าง ทองดี',
  'อุปกรณ์ไฟฟ้า สมบูรณ์',
  'อุปกรณ์การเรียน ศึกษาภัณฑ์',
  'วัสดุการเกษตร บ้านสวน',
  'วัสดุคอมพิวเตอร์ เซ็นเตอร์',
];

/**
 * Remarks written after such a price, which name no one: payment, delivery, cancellation, negotiation, a
 * count, a charge, a time, a basis, none, a date, what has been done.
 */
export const AFTER_PRICE_REMARKS = [
  '(เงินสด)',
  'ต่อรองราคาแล้ว',
  'ส่งมอบภายใน 7 วัน',
  'ส่งมอบวัสดุภายใน 7 วัน',
  '(ยกเลิก)',
  '(ไม่มีผู้เสนอราคา)',
  'ไม่มีผู้เสนอราคา',
  'ค่าจ้างเหมา',
  'ค่าก่อสร้าง',
  'ค่าซ่อมรถยนต์',
  'จัดซื้อวัสดุสำนักงาน',
  'ซ่อมรถยนต์',
  'จำนวน 1 ราย',
  'ภายใน 7 วัน',
  'ตามใบเสนอราคา',
  'ราคาต่อรองแล้ว',
  'ตรวจรับแล้ว',
  'Cash',
  '(หักภาษี ณ ที่จ่าย 1%)',
  '(ส่วนลด 20 บาท)',
  '\nส่งมอบภายใน 7 วัน\nรับประกันความชำรุด 1 ปี',
  'ต่อรองราคาแล้ว รับประกัน 1 ปี',
  '(Paid)',
  'ลว. 3 ต.ค. 66',
  '(เงินสด) (ส่งมอบ 7 วัน)',
  '(วัสดุสำนักงาน)',
  'ครุภัณฑ์คอมพิวเตอร์',
  'อุปกรณ์ไฟฟ้า',
  '(วัสดุก่อสร้าง)',
  'ครุภัณฑ์คอมพิวเตอร์ จำนวน 2 เครื่อง',
  'วัสดุ',
  // What was bought in more words than its kind: the goods after a space, or a kind run on with another.
  '(วัสดุสำนักงาน กระดาษ A4)',
  'วัสดุคอมพิวเตอร์ หมึกพิมพ์',
  '(วัสดุคอมพิวเตอร์ เมาส์ คีย์บอร์ด)',
  '(ครุภัณฑ์สำนักงาน โต๊ะทำงาน 2 ตัว)',
  '\nวัสดุไฟฟ้า หลอดไฟ LED',
  '(วัสดุเครื่องดับเพลิง)',
  '(อุปกรณ์การเรียน)',
  'วัสดุเครื่องเขียน',
  'วัสดุอุปกรณ์ไฟฟ้า',
  'วัสดุหนังสือ วารสารและตำรา',
  // In brackets, whatever goods follow the kind: no list of goods is whole.
  '(วัสดุงานบ้านงานครัว น้ำดื่ม)',
  '(วัสดุการแพทย์ ยาสามัญประจำบ้าน)',
  '(วัสดุเกษตร กล้าไม้)',
  '(วัสดุการแพทย์ เวชภัณฑ์)',
  '(วัสดุไฟฟ้า ปั๊มน้ำ)',
  '(วัสดุการเกษตร กลุ่มพันธุ์ข้าว)',
  '(วัสดุก่อสร้าง คสล.)',
];
