import { looksLikeFraction } from '../core/score/ita';
import { round } from '../core/text/round';

export type Lang = 'th' | 'en';

/** A count as the money figures are written: 20,000. */
const k = (count: number) => count.toLocaleString('en-US');

const th = {
  appTitle: 'ตรวจตาราง ITA',
  tabTemplates: 'แม่แบบ',
  tabCheck: 'ตรวจสอบ',
  switchLang: 'English',
  templatePick: 'แบบฟอร์ม',
  insert: 'แทรกแม่แบบเป็นแผ่นงานใหม่',
  download: 'ดาวน์โหลดแม่แบบ (.xlsx)',
  inserted: (name: string) => `สร้างแผ่นงาน "${name}" แล้ว แผ่นงานเดิมไม่ถูกแก้ไข`,
  downloaded: (name: string) => `ดาวน์โหลด ${name} แล้ว`,
  // A file of the same name opened again (a corrected copy) is "another file of that name", not itself.
  discardUnsaved: (name: string, next: string) =>
    `ไฟล์ "${name}" มีการแก้ไขที่ยังไม่ได้ดาวน์โหลดสำเนา ถ้าเปิด${next === name ? 'ไฟล์ชื่อเดียวกันอีกครั้ง' : ` "${next}"`} การแก้ไขนั้นจะหายไป ดาวน์โหลดสำเนาก่อน หรือเปิดไฟล์ใหม่โดยทิ้งการแก้ไข`,
  discardOpen: 'เปิดไฟล์ใหม่ ทิ้งการแก้ไข',
  discardKeep: 'ยกเลิก',
  downloadedWithout: (name: string) =>
    `ดาวน์โหลด ${name} แล้ว แต่สำเนานี้ไม่มีแผนภูมิ รูปภาพ PivotTable มาโคร ความคิดเห็นแบบเธรด ลิงก์ไปยังไฟล์อื่น ปุ่มควบคุม หรือการจัดรูปแบบตามเงื่อนไขที่อ้างถึงแผ่นงานอื่นของไฟล์เดิม (เพิ่มแผ่นงานลงในสำเนาแล้ว หรือมีเซลล์ที่แก้ในไฟล์เดิมโดยตรงไม่ได้) แก้ค่าในไฟล์เดิมแทน`,
  unverified: 'หัวคอลัมน์ของแบบนี้ยังไม่ได้ตรวจกับแบบทางการ',
  columns: (n: number) => `${k(n)} คอลัมน์`,
  checkActive: 'ตรวจแผ่นงานที่เปิดอยู่',
  checkSheet: 'ตรวจแผ่นงาน',
  sheet: 'แผ่นงาน',
  formAuto: 'เลือกแบบให้อัตโนมัติ',
  formLabel: 'ตรวจตามแบบ',
  checking: 'กำลังตรวจ…',
  cancel: 'ยกเลิก',
  cancelled: 'ยกเลิกการตรวจแล้ว',
  recognised: (form: string, pct: number, row: number, rows: number) =>
    `แบบ ${form} (ตรง ${pct}%) · หัวตารางแถว ${row} · ${k(rows)} แถวข้อมูล`,
  notRecognised: 'ไม่รู้จักแบบฟอร์มของแผ่นงานนี้',
  noFindings: 'ไม่พบปัญหา',
  counts: (e: number, w: number, i: number) => `ข้อผิดพลาด ${k(e)} · คำเตือน ${k(w)} · ข้อสังเกต ${k(i)}`,
  severityGroup: 'ระดับความรุนแรง',
  error: 'ข้อผิดพลาด',
  warning: 'คำเตือน',
  info: 'ข้อสังเกต',
  openFile: 'เปิดไฟล์ .xlsx หรือ .csv',
  dropHere: 'หรือวางไฟล์ที่นี่',
  fileMode: 'ใช้งานนอก Excel: เปิดไฟล์ .xlsx หรือไฟล์ .csv ที่ส่งออกจาก e-GP เพื่อตรวจ ไฟล์ของคุณไม่ถูกส่งออกจากเครื่องและไม่ถูกแก้ไข',
  noFile: 'ยังไม่ได้เปิดไฟล์',
  cannotRead: (why: string) => `อ่านไฟล์ไม่ได้: ${why}`,
  selected: (cell: string) => `เซลล์ ${cell}`,
  value: 'ค่าในเซลล์',
  empty: '(ว่าง)',
  failed: (why: string) => `ทำไม่สำเร็จ: ${why}`,
  fix: (to: string) => `แก้เป็น ${to}`,
  fixAll: (n: number) => `แก้ทั้งหมด (${n.toLocaleString('en-US')})`,
  showAll: (n: number, unlisted: number) =>
    unlisted
      ? `แสดง ${n.toLocaleString('en-US')} รายการแรก (อีก ${unlisted.toLocaleString('en-US')} รายการไม่แสดงในรายการ)`
      : `แสดงทั้งหมด (${n.toLocaleString('en-US')})`,
  fixed: (n: number, what: string) => `แก้ไข ${n.toLocaleString('en-US')} เซลล์แล้ว${what ? `: ${what}` : ''}`,
  formulasLeft: (n: number) => ` (ไม่ได้แก้ ${k(n)} เซลล์ที่เป็นสูตร: แก้ที่สูตรหรือเซลล์ต้นทางแทน)`,
  lockedLeft: (n: number) =>
    ` (ไม่ได้แก้ ${k(n)} เซลล์ที่ถูกล็อกในแผ่นงานที่ป้องกันไว้: ยกเลิกการป้องกันแผ่นงาน (รีวิว > ยกเลิกการป้องกันแผ่นงาน) เพื่อแก้เซลล์เหล่านั้น)`,
  downloadCopy: 'ดาวน์โหลดสำเนาไฟล์ (.xlsx)',
  // The form's id first (year and form), so that a narrow pane still tells the choices apart.
  formOption: (id: string, title: string) => `${id}: ${title}`,
  tabScore: 'คะแนน',
  checklistHead: 'ความครบถ้วนของแบบตรวจ OIT',
  checklistRead: 'คำนวณจากแผ่นงานที่เปิดอยู่',
  checklistReadSheet: 'คำนวณจากแผ่นงาน',
  checklistLive: 'คะแนนปรับตามการแก้ไขในแผ่นงานนี้ทันที',
  notChecklist: 'แผ่นงานนี้ไม่ใช่แบบตรวจ OIT: แทรกแม่แบบ OIT จากแท็บแม่แบบ หรือเลือกแผ่นงานแบบตรวจ',
  overall: 'รวมทุกข้อ',
  indicator: (id: string, name: string) => `ตัวชี้วัดที่ ${id} ${name}`,
  componentsDone: (done: number, all: number) => `${k(done)} จาก ${k(all)} องค์ประกอบ`,
  itemsDone: (done: number, all: number, na: number) => `ครบ ${done} จาก ${all} ข้อ${na ? ` (ไม่เกี่ยวข้อง ${na} ข้อ)` : ''}`,
  projectedOit: 'คะแนน OIT คาดการณ์',
  stillMissing: 'ข้อที่ยังไม่ครบ',
  noneMissing: 'ครบทุกข้อแล้ว',
  // Said aloud when a checklist is scored (and again after each edit it follows).
  checklistSaid: (percent: string, items: string) => `แบบตรวจ OIT ครบ ${percent} ${items}`,
  scoreHead: 'คะแนน ITA',
  year: 'ปีที่ประเมิน (พ.ศ.)',
  scoreRead: 'อ่านคะแนนจากแผ่นงาน',
  scoreNeeds: 'กรอกคะแนนตัวชี้วัดให้ครบ 10 ตัว (0–100)',
  scoreInvalid: (id: number, v: string, n: number) =>
    `ตัวชี้วัดที่ ${id}: "${v}" ไม่ใช่คะแนน 0–100${/,/.test(v) ? ' (ใช้จุดทศนิยม ไม่ใช่จุลภาค)' : looksLikeFraction(n) ? ` (คะแนนเต็ม 100 ค่านี้น่าจะเป็นสัดส่วน ควรเป็น ${round(n * 100)})` : ''}`,
  total: 'คะแนนรวม',
  level: 'ระดับ',
  passed: 'ผ่านเกณฑ์ (85 คะแนนขึ้นไป)',
  notPassed: 'ยังไม่ผ่านเกณฑ์ (ต่ำกว่า 85)',
  excellent: 'ระดับดีเยี่ยม (95 คะแนนขึ้นไป)',
  // Said aloud when the tenth score is typed, and as it changes.
  scoreSaid: (total: string, verdict: string) => `คะแนน ITA รวม ${total} ระดับ ${verdict}`,
  weakest: 'ตัวชี้วัดที่ควรพัฒนาก่อน',
  notScoreSheet: 'แผ่นงานนี้ไม่มีคะแนน ITA ครบ 10 ตัวชี้วัด',
  percent: (n: number | null) => (n === null ? '–' : `${n.toFixed(2)}%`),
  mark: 'ทำเครื่องหมายในแผ่นงาน',
  clearMarks: 'ล้างเครื่องหมาย',
  findingsSheet: 'สร้างแผ่นงานผลการตรวจสอบ',
  findingsTitle: (sheet: string) => `ผลการตรวจสอบ: ${sheet}`,
  // ext: xlsm for a copy that keeps a workbook's macros (Excel opens one only under that name).
  fixedCopyName: (base: string, ext: string) => `${base} (แก้แล้ว).${ext}`,
  markedCopyName: (base: string, ext: string) => `${base} (ผลการตรวจ).${ext}`,
  marked: (n: number, notes: number) =>
    `ทำเครื่องหมาย ${k(n)} เซลล์ (ข้อผิดพลาด: ตัวหนาขีดเส้นใต้ พื้นแดง · คำเตือน: ตัวเอียง พื้นเหลือง)` +
    (notes ? ` และเขียนบันทึกบอกสิ่งที่ผิดไว้ ${k(notes)} เซลล์ (ชี้ที่เซลล์เพื่ออ่าน)` : ''),
  // The adapters count rules and notes, not cells: the number would not match "marked N cells".
  cleared: (n: number): string =>
    n ? 'ล้างเครื่องหมายของการตรวจแล้ว ข้อมูลและรูปแบบของคุณยังอยู่ครบ' : 'แผ่นงานนี้ไม่มีเครื่องหมายของการตรวจให้ล้าง ไม่มีสิ่งใดเปลี่ยน',
  clearedInCopy: (n: number): string =>
    n
      ? 'สำเนาที่ดาวน์โหลดจะไม่มีเครื่องหมายจากการตรวจครั้งก่อน ข้อมูลและรูปแบบของคุณยังอยู่ครบ'
      : 'แผ่นงานนี้ไม่มีเครื่องหมายของการตรวจให้ล้าง ไม่มีสิ่งใดเปลี่ยน',
  findingsSheetLeft: (sheets: readonly string[]) =>
    ` แต่แผ่นงาน ${sheets.map((x) => `"${x}"`).join(', ')} ของการตรวจครั้งก่อนยังอยู่ในไฟล์: ลบแผ่นงานนั้นใน Excel ก่อนเผยแพร่`,
  oldMarks: (): string => 'แผ่นงานนี้มีเครื่องหมายจากการตรวจครั้งก่อน (สำเนาผลการตรวจ) ล้างออกก่อนดาวน์โหลดสำเนาที่จะเผยแพร่',
  findingsSheetMade: (name: string) => `สร้างแผ่นงาน "${name}" แล้ว คลิกที่เซลล์เพื่อไปยังตำแหน่งที่พบ`,
  recheck: 'ตรวจซ้ำอัตโนมัติเมื่อแก้ไขแผ่นงาน',
  rechecked: (rows: string) => `ตรวจแถว ${rows} ซ้ำแล้ว`,
  recheckedAll: 'มีการแทรกหรือลบแถวหรือคอลัมน์ จึงตรวจทั้งแผ่นงานซ้ำแล้ว',
  limitsTitle: 'Excel รุ่นนี้ทำบางอย่างไม่ได้',
  limits: (what: string) => `ใช้ไม่ได้ใน Excel รุ่นนี้: ${what} ส่วนการตรวจ การแทรกแม่แบบ การแก้ค่า และการเปิดไฟล์ .xlsx ยังใช้ได้`,
  limitNames: {
    dropdowns: 'รายการดรอปดาวน์ในแม่แบบ',
    freeze: 'ตรึงแถวหัวตาราง',
    marks: 'การทำเครื่องหมายในแผ่นงาน',
    events: 'การตรวจซ้ำอัตโนมัติ',
  },
  useFile: 'ทำงานกับไฟล์ .xlsx แทน',
  useExcel: 'กลับไปทำงานกับสมุดงานที่เปิดอยู่',
  notSupported: 'Excel รุ่นนี้ไม่รองรับคำสั่งนี้ ลองเปิดไฟล์ .xlsx ในบานหน้าต่างนี้แทน',
  editMode: 'Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc แล้วลองอีกครั้ง',
  sheetProtected: 'แผ่นงานนี้ถูกป้องกัน จึงไม่ได้แก้ไขเซลล์ใด: ยกเลิกการป้องกัน (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองอีกครั้ง',
  busyExcel: 'Excel ยังไม่ว่าง ลองอีกครั้งในไม่กี่วินาที',
  noSheet: 'ไม่พบแผ่นงานนี้แล้ว อาจถูกลบหรือเปลี่ยนชื่อ ตรวจใหม่อีกครั้ง',
  noWorksheet: 'Excel ไม่ได้บอกว่าแผ่นงานที่เปิดอยู่คือแผ่นใด (เป็นเช่นนี้เมื่อเปิดแผ่นแผนภูมิอยู่): คลิกแผ่นงานที่มีตาราง แล้วลองอีกครั้ง',
  tooBig: 'ข้อมูลมากเกินกว่าที่ Excel บนเว็บส่งได้ในครั้งเดียว ลองตรวจอีกครั้ง',
  downloadMarked: 'ดาวน์โหลดสำเนาพร้อมผลการตรวจ (.xlsx)',
  downloadedMarked: (name: string, sheet: string) =>
    `ดาวน์โหลด ${name} แล้ว: ทำเครื่องหมายเซลล์ที่พบในแผ่นงาน "${sheet}" และเพิ่มแผ่นงานผลการตรวจสอบ (แผ่นงานอื่นให้ตรวจแล้วดาวน์โหลดแยก) ไฟล์เดิมไม่ถูกแก้ไข`,
  downloadedMarkedWithout: (name: string, sheet: string) =>
    `ดาวน์โหลด ${name} แล้ว: ทำเครื่องหมายเซลล์ที่พบในแผ่นงาน "${sheet}" และเพิ่มแผ่นงานผลการตรวจสอบ แต่สำเนานี้ไม่มีแผนภูมิ รูปภาพ PivotTable มาโคร ความคิดเห็นแบบเธรด ลิงก์ไปยังไฟล์อื่น ปุ่มควบคุม หรือการจัดรูปแบบตามเงื่อนไขที่อ้างถึงแผ่นงานอื่นของไฟล์เดิม (เขียนลงในไฟล์เดิมโดยตรงไม่ได้ เช่น มีบันทึกย่อที่รวมข้อความของผู้ใช้กับผลการตรวจ) ไฟล์เดิมไม่ถูกแก้ไข`,
  copyKeeps:
    'ไฟล์เดิมมีแผนภูมิ รูปภาพ PivotTable มาโคร ความคิดเห็นแบบเธรด ลิงก์ไปยังไฟล์อื่น ปุ่มควบคุม หรือการจัดรูปแบบตามเงื่อนไขที่อ้างถึงแผ่นงานอื่น: สำเนาที่ดาวน์โหลดเก็บไว้ครบ หากสำเนาใดเก็บไว้ไม่ได้ จะแจ้งเมื่อดาวน์โหลด',
  copyLoses:
    'ไฟล์เดิมมีแผนภูมิ รูปภาพ PivotTable มาโคร ความคิดเห็นแบบเธรด ลิงก์ไปยังไฟล์อื่น ปุ่มควบคุม หรือการจัดรูปแบบตามเงื่อนไขที่อ้างถึงแผ่นงานอื่น ซึ่งสำเนาที่ดาวน์โหลดจะไม่มี ใช้สำเนาเพื่อดูผลการตรวจ และแก้ไขในไฟล์เดิม',
  importHead: 'ไฟล์นี้เป็นข้อมูลจาก e-GP: นำเข้าเป็นตารางตามแบบ',
  importTarget: 'นำเข้าเป็นแบบ',
  importTop: (n: number, year?: number) => `เก็บเฉพาะ ${k(n)} รายการที่มีวงเงินสูงสุด${year ? ` (ตามแบบ ${year})` : ''}`,
  importDo: 'นำเข้า',
  imported: (rows: number, of: number, sheet: string) => `นำเข้า ${k(rows)} จาก ${k(of)} รายการ เป็นแผ่นงาน "${sheet}"`,
  importMissing: (cols: string) => `ไม่มีในไฟล์ e-GP (เว้นว่างไว้ให้กรอก): ${cols}`,
  importNoRows: 'ไฟล์ e-GP มีแต่หัวตาราง ไม่มีแถวข้อมูล จึงไม่มีอะไรให้นำเข้า',
  summaryHead: 'งบประมาณตามวิธีการจัดซื้อจัดจ้าง',
  summaryLine: (count: number, budget: string, agreed: string) =>
    `${k(count)} รายการ · งบประมาณ ${budget} บาท · ตกลง ${agreed} บาท`,
  summaryTotal: 'รวม',
  summaryInsert: 'สร้างแผ่นงานสรุป O17 (สูตรอ้างอิงตารางนี้)',
  monthlyInsert: 'สร้างแผ่นงานสรุปรายเดือน (ทุกแผ่นงานจัดซื้อจัดจ้าง)',
  monthlyHead: 'วงเงินตามเดือนที่ลงนาม (แผ่นงานนี้)',
  noSignDate: 'ไม่ระบุวันที่ลงนาม',
  summaryMade: (name: string) => `สร้างแผ่นงาน "${name}" พร้อมแผนภูมิแล้ว`,
  summaryMadeFile: (name: string) => `เพิ่มแผ่นงาน "${name}" พร้อมแผนภูมิในสำเนาแล้ว กดดาวน์โหลดสำเนาเพื่อเปิดใน Excel`,
  moneyAsText: (n: number) => `มีจำนวนเงิน ${k(n)} เซลล์ที่เก็บเป็นข้อความ สูตรใน Excel จะไม่นับ แก้ก่อนสร้างสรุป`,
  // `summaries`: whether the file can hold summary sheets (a .csv cannot): else they are not spoken of.
  otherYearRows: (n: number, year: number | null, rows: string, summaries: boolean) =>
    `มี ${k(n)} รายการที่ไม่อยู่ในปีงบประมาณ${year === null ? '' : ` ${year}`} ของแผ่นงานนี้ (แถว ${rows}) ${summaries ? 'ยอดข้างบนและแผ่นงานสรุป O17 นับรวมไว้ด้วย แก้วันที่ที่พิมพ์ผิด หรือลบแถวของปีอื่นออกก่อนสร้างสรุป' : 'ยอดข้างบนนับรวมไว้ด้วย แก้วันที่ที่พิมพ์ผิด หรือลบแถวของปีอื่นออก'}`,
  checklistSheetDiffers: (rows: number, items: number) =>
    `สูตรคะแนนในแผ่นงานนับ ${[rows ? `${k(rows)} แถว` : '', items ? `${k(items)} ข้อ` : ''].filter(Boolean).join('และ ')}ต่างจากที่ตรวจได้ (เช่น สถานะที่ไม่ใช่คำตามรายการแบบเลื่อนลง หรือสถานะหรือรหัสข้อในเซลล์ที่ผสาน) คะแนนที่แผ่นงานแสดงจึงไม่ตรงกับที่นี่: แก้${rows && !items ? 'แถวเหล่านั้น' : ''}ในแท็บตรวจสอบ`,
  summaryNeedsXlsx:
    'ไฟล์ .csv เก็บแผ่นงานสรุปไม่ได้: เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกเป็น .xlsx จากนั้นเปิดไฟล์ .xlsx นั้นที่นี่เพื่อสร้างแผ่นงานสรุป O17 และสรุปรายเดือน',
  copiedRows: (n: number, rows: string, summaries: boolean) =>
    `มี ${k(n)} แถวที่ซ้ำกับแถวอื่นของแผ่นงานนี้ทุกคอลัมน์ (แถว ${rows}) ${summaries ? 'ยอดข้างบนและแผ่นงานสรุป O17 นับรายการนั้นสองครั้ง ลบแถวที่ซ้ำออกก่อนสร้างสรุป' : 'ยอดข้างบนนับรายการนั้นสองครั้ง ลบแถวที่ซ้ำออก'}`,
  moneyErrors: (n: number) =>
    `มีจำนวนเงิน ${k(n)} เซลล์ที่เป็นค่าผิดพลาดของ Excel (#N/A …) ยอดรวมในสรุปจะแสดงเป็นค่าผิดพลาดนั้น แก้ก่อนสร้างสรุป`,
  uncalculated: (n: number, cells: string) =>
    `มี ${k(n)} เซลล์ที่เป็นสูตรที่ยังไม่ได้คำนวณ (${cells}) ไฟล์สร้างจากโปรแกรมอื่น หรือเป็นสำเนาที่เครื่องมือนี้แก้ไขแล้วยังไม่ได้เปิดใน Excel ตัวเลขสรุปจึงยังไม่ถูกต้อง เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกก่อนสร้างสรุป`,
  sheetCostsCopy:
    'การเพิ่มแผ่นงานสรุปทำให้สำเนาที่ดาวน์โหลดหลังจากนี้ไม่มีแผนภูมิ PivotTable มาโคร ความคิดเห็นแบบเธรด ลิงก์ไปยังไฟล์อื่น ปุ่มควบคุม หรือการจัดรูปแบบตามเงื่อนไขที่อ้างถึงแผ่นงานอื่นของไฟล์เดิม: ดาวน์โหลดสำเนาที่แก้ไขแล้วก่อนเพิ่มแผ่นงาน',
  historyHead: 'คะแนน ITA รายปี',
  historyYear: (y: number) => `ปี ${y}`,
  noHistory: 'อ่านแผ่นงานคะแนน ITA ที่มีหลายปีเพื่อดูคะแนนรายปี',
};

export type Strings = typeof th;

/** "1 error", "2 errors": a count with its noun in English. */
const n = (count: number, one: string, many = `${one}s`) => `${k(count)} ${count === 1 ? one : many}`;

const en: Strings = {
  appTitle: 'ITA table checker',
  tabTemplates: 'Templates',
  tabCheck: 'Check',
  switchLang: 'ภาษาไทย',
  templatePick: 'Form',
  insert: 'Insert template as a new sheet',
  download: 'Download template (.xlsx)',
  inserted: (name) => `Sheet "${name}" created; existing sheets were not touched`,
  downloaded: (name) => `Downloaded ${name}`,
  discardUnsaved: (name, next) =>
    `"${name}" has fixes not yet downloaded in a copy; opening ${next === name ? 'a file of the same name again' : `"${next}"`} discards them. Download the copy first, or open the new file and discard them`,
  discardOpen: 'Open it, discard the fixes',
  discardKeep: 'Cancel',
  downloadedWithout: (name) =>
    `Downloaded ${name}, but this copy lacks your file's charts, pictures, PivotTables, macros, comment threads, links to other workbooks, form controls or conditional formats citing other sheets (a sheet was added to the copy, or a fixed cell could not be changed in your file directly); fix the values in your own file instead`,
  unverified: "This form's headers have not been checked against the official form",
  columns: (c) => n(c, 'column'),
  checkActive: 'Check the active sheet',
  checkSheet: 'Check sheet',
  sheet: 'Sheet',
  formAuto: 'Find the form automatically',
  formLabel: 'Check against',
  checking: 'Checking…',
  cancel: 'Cancel',
  cancelled: 'Check cancelled',
  recognised: (form, pct, row, rows) => `Form ${form} (${pct}% fit) · header row ${row} · ${n(rows, 'data row')}`,
  notRecognised: "This sheet's form was not recognised",
  noFindings: 'No findings',
  counts: (e, w, i) => `${n(e, 'error')} · ${n(w, 'warning')} · ${k(i)} info`,
  severityGroup: 'Severity',
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  openFile: 'Open an .xlsx or .csv file',
  dropHere: 'or drop the file here',
  fileMode:
    'Working outside Excel: open an .xlsx file, or a .csv exported from e-GP, to check it. Your file stays on this computer and is not changed.',
  noFile: 'No file open',
  cannotRead: (why) => `Cannot read the file: ${why}`,
  selected: (cell) => `Cell ${cell}`,
  value: 'Cell value',
  empty: '(empty)',
  failed: (why) => `Could not finish: ${why}`,
  fix: (to) => `Change to ${to}`,
  fixAll: (n) => `Fix all (${n.toLocaleString('en-US')})`,
  showAll: (n, unlisted) =>
    unlisted
      ? `Show the first ${n.toLocaleString('en-US')} (${unlisted.toLocaleString('en-US')} more not listed)`
      : `Show all (${n.toLocaleString('en-US')})`,
  fixed: (c, what) => `Changed ${n(c, 'cell')}${what ? `: ${what}` : ''}`,
  formulasLeft: (c) =>
    ` (${n(c, 'cell')} holding a formula left as ${c === 1 ? 'it is' : 'they are'}: correct the formula or its source instead)`,
  lockedLeft: (c) =>
    ` (${n(c, 'cell')} locked on this protected sheet left as ${c === 1 ? 'it is' : 'they are'}: unprotect the sheet (Review > Unprotect Sheet) to fix ${c === 1 ? 'it' : 'them'})`,
  downloadCopy: 'Download a copy (.xlsx)',
  formOption: (id, title) => `${id}: ${title}`,
  tabScore: 'Score',
  checklistHead: 'OIT checklist completeness',
  checklistRead: 'Compute from the active sheet',
  checklistReadSheet: 'Compute from sheet',
  checklistLive: 'The score follows your edits to this sheet',
  notChecklist:
    'This sheet is not an OIT checklist: insert the OIT template from the Templates tab, or pick a checklist sheet',
  overall: 'All items',
  indicator: (id, name) => `Indicator ${id} ${name}`,
  componentsDone: (done, all) => `${k(done)} of ${k(all)} components`,
  itemsDone: (done, all, na) => `${done} of ${all} items complete${na ? ` (${na} not applicable)` : ''}`,
  projectedOit: 'Projected OIT score',
  stillMissing: 'Items not yet complete',
  noneMissing: 'Every item is complete',
  checklistSaid: (percent, items) => `OIT checklist ${percent} complete, ${items}`,
  scoreHead: 'ITA score',
  year: 'Assessment year (BE)',
  scoreRead: 'Read the scores from the sheet',
  scoreNeeds: 'Enter all ten indicator scores (0–100)',
  scoreInvalid: (id, v, n) =>
    `Indicator ${id}: "${v}" is not a score from 0 to 100${/,/.test(v) ? ' (use a decimal point, not a comma)' : looksLikeFraction(n) ? ` (scores are out of 100: this looks like a fraction, ${round(n * 100)})` : ''}`,
  total: 'Total',
  level: 'Level',
  passed: 'Passed (85 or more)',
  notPassed: 'Not passed (under 85)',
  excellent: 'Excellent (95 or more)',
  scoreSaid: (total, verdict) => `ITA total ${total}, level ${verdict}`,
  weakest: 'Indicators to improve first',
  notScoreSheet: 'This sheet has no complete set of ten ITA indicator scores',
  percent: (n) => (n === null ? '–' : `${n.toFixed(2)}%`),
  mark: 'Mark findings in the sheet',
  clearMarks: 'Clear marks',
  findingsSheet: 'Write a findings sheet',
  findingsTitle: (sheet) => `Findings: ${sheet}`,
  fixedCopyName: (base, ext) => `${base} (fixed).${ext}`,
  markedCopyName: (base, ext) => `${base} (checked).${ext}`,
  marked: (c, notes) =>
    `Marked ${n(c, 'cell')} (errors: bold underlined on red · warnings: italic on yellow)` +
    (notes ? `, with a note saying what is wrong on ${notes} (point at a cell to read it)` : ''),
  cleared: (c) =>
    c
      ? 'Cleared the marks of the check; your data and formatting are as they were'
      : 'This sheet has no marks of the check to clear; nothing changed',
  clearedInCopy: (c) =>
    c
      ? 'The copy you download will not have the marks of the earlier check; your data and formatting are kept'
      : 'This sheet has no marks of the check to clear; nothing changed',
  findingsSheetLeft: (sheets) =>
    `, but the earlier check's sheet ${sheets.map((x) => `"${x}"`).join(', ')} is still in the file: delete it in Excel before publishing`,
  oldMarks: () =>
    'This sheet has marks from an earlier check (a copy with findings); clear them before downloading a copy to publish',
  findingsSheetMade: (name) => `Sheet "${name}" written; click a cell address to go there`,
  recheck: 'Re-check automatically when the sheet is edited',
  rechecked: (rows) => `Rows ${rows} checked again`,
  recheckedAll: 'Rows or columns were inserted or deleted: the whole sheet was checked again',
  limitsTitle: 'This Excel cannot do everything',
  limits: (what) =>
    `Not available in this Excel: ${what}. Checking, inserting templates, fixing values and opening .xlsx files still work.`,
  limitNames: {
    dropdowns: 'dropdowns in templates',
    freeze: 'frozen header rows',
    marks: 'marking findings in the sheet',
    events: 'automatic re-check',
  },
  useFile: 'Work on an .xlsx file instead',
  useExcel: 'Back to the open workbook',
  notSupported: 'This Excel does not support that; try opening the .xlsx file in this pane instead',
  editMode: 'Excel is editing a cell; press Enter or Esc and try again',
  sheetProtected:
    'This sheet is protected, so no cell was changed: unprotect it (Review > Unprotect Sheet) and try again',
  busyExcel: 'Excel is busy; try again in a few seconds',
  noSheet: 'That sheet is gone (deleted or renamed); check again',
  noWorksheet:
    'Excel did not say which sheet is in front (as when a chart sheet is): click a sheet with a table and try again',
  tooBig: 'Too much data for Excel on the web in one request; try again',
  downloadMarked: 'Download a copy with the findings (.xlsx)',
  downloadedMarked: (name, sheet) =>
    `Downloaded ${name}: the cells with findings on sheet "${sheet}" marked and a findings sheet added (check and download other sheets on their own); your file is unchanged`,
  downloadedMarkedWithout: (name, sheet) =>
    `Downloaded ${name}: the cells with findings on sheet "${sheet}" marked and a findings sheet added, but this copy lacks your file's charts, pictures, PivotTables, macros, comment threads, links to other workbooks, form controls or conditional formats citing other sheets (it could not be written into your file directly, as when a note holds your text and the check's together); your file is unchanged`,
  copyKeeps:
    'Your file has charts, pictures, PivotTables, macros, comment threads, links to other workbooks, form controls or conditional formats citing other sheets: the copies you download keep them (you are told when one cannot)',
  copyLoses:
    'Your file has charts, pictures, PivotTables, macros, comment threads, links to other workbooks, form controls or conditional formats citing other sheets that the downloaded copy will not have; use the copy to see the findings and correct your own file',
  importHead: 'This is e-GP data: import it into a form',
  importTarget: 'Import as',
  importTop: (n: number, year?: number) =>
    `Keep only the ${k(n)} items with the largest budget${year ? ` (the ${year} layout)` : ''}`,
  importDo: 'Import',
  imported: (rows, of, sheet) => `Imported ${k(rows)} of ${n(of, 'item')} as sheet "${sheet}"`,
  importMissing: (cols) => `Not in the e-GP file (left empty to fill in): ${cols}`,
  importNoRows: 'The e-GP file has a header but no rows: there is nothing to import',
  summaryHead: 'Budget by procurement method',
  summaryLine: (count, budget, agreed) => `${n(count, 'item')} · budget ${budget} baht · agreed ${agreed} baht`,
  summaryTotal: 'Total',
  summaryInsert: 'Write the O17 summary sheet (formulas over this table)',
  monthlyInsert: 'Write the monthly summary sheet (every procurement sheet)',
  monthlyHead: 'Budget by month of signing (this sheet)',
  noSignDate: 'No signing date',
  summaryMade: (name) => `Sheet "${name}" written, with its chart`,
  summaryMadeFile: (name) => `Sheet "${name}" and its chart added to the copy; download the copy to open it in Excel`,
  moneyAsText: (c) =>
    `${n(c, 'money cell')} ${c === 1 ? 'holds' : 'hold'} text, which Excel's formulas skip; fix ${c === 1 ? 'it' : 'them'} before summarising`,
  otherYearRows: (c, year, rows, summaries) =>
    `${n(c, 'row')} ${c === 1 ? 'falls' : 'fall'} outside this sheet's fiscal year${year === null ? '' : ` ${year}`} (${c === 1 ? 'row' : 'rows'} ${rows}); ${summaries ? `the totals above and the O17 summary sheet count ${c === 1 ? 'it' : 'them'}: correct a mistyped date, or delete the other year's rows, before summarising` : `the totals above count ${c === 1 ? 'it' : 'them'}: correct a mistyped date, or delete the other year's rows`}`,
  checklistSheetDiffers: (rows, items) =>
    `The sheet's own score formulas count ${[rows ? n(rows, 'row') : '', items ? n(items, 'item') : ''].filter(Boolean).join(' and ')} otherwise than this check (a status not in the dropdown's words, or a status or item code in merged cells, say), so the score the sheet shows differs from this one: fix ${rows + items === 1 ? 'it' : 'them'} in the Check tab`,
  summaryNeedsXlsx:
    'A .csv file cannot hold summary sheets: open it in Excel or LibreOffice and save it as .xlsx, then open that .xlsx here to add the O17 summary and the monthly summary',
  copiedRows: (c, rows, summaries) =>
    `${n(c, 'row')} ${c === 1 ? 'repeats' : 'repeat'} another row of this sheet in every column (${c === 1 ? 'row' : 'rows'} ${rows}); ${summaries ? `the totals above and the O17 summary sheet count ${c === 1 ? 'it' : 'them'} twice: delete the copies before summarising` : `the totals above count ${c === 1 ? 'it' : 'them'} twice: delete the copies`}`,
  moneyErrors: (c) =>
    `${n(c, 'money cell')} ${c === 1 ? 'holds' : 'hold'} an Excel error (#N/A …), which the summary's totals will show; fix ${c === 1 ? 'it' : 'them'} before summarising`,
  uncalculated: (c, cells) =>
    `${n(c, 'cell')} ${c === 1 ? 'holds a formula' : 'hold formulas'} never calculated (${cells}): the file was written by another program, or is a copy this tool fixed that Excel has not opened since, so these figures are not right yet; open it in Excel or LibreOffice and save it before summarising`,
  sheetCostsCopy:
    "Adding a summary sheet makes every copy you download after it lack your file's charts, PivotTables, macros, comment threads, links to other workbooks, form controls or conditional formats citing other sheets: download the fixed copy before adding one",
  historyHead: 'ITA score by year',
  historyYear: (y) => `${y}`,
  noHistory: 'Read an ITA score sheet with several years to see them here',
};

export const STRINGS: Record<Lang, Strings> = { th, en };
