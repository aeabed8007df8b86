"""An O16 sheet as Python's openpyxl or XlsxWriter writes it (pandas writes with one or the other).

usage: python3 otherWriters.py openpyxl|openpyxl-iso|xlsxwriter OUT.xlsx [notes] [table] [databar]

Row 3 is right; row 4 has its amount in Thai digits, a check digit off and a date in CE. Also: a
merged title, a hidden column M holding a formula, a link, a bold cell, with `notes` a note and,
with `table`, the header and rows as an Excel table (openpyxl writes it with no style) and, with
`databar` (XlsxWriter), a data bar as Excel 2010 on writes one (its rule holds an extLst).
openpyxl-iso writes its dates as ISO 8601 text (cells typed "d"), as openpyxl does with iso_dates.
"""
import datetime
import sys

writer, out = sys.argv[1], sys.argv[2]
notes = 'notes' in sys.argv[3:]
table = 'table' in sys.argv[3:]
databar = 'databar' in sys.argv[3:]
title = 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'
headers = ['ชื่อรายการของงานที่ซื้อหรือจ้าง', 'วงเงินงบประมาณที่ได้รับจัดสรร (บาท)', 'แหล่งที่มาของงบประมาณ',
           'สถานะการจัดซื้อจัดจ้าง', 'วิธีการจัดซื้อจัดจ้าง', 'ราคากลาง (บาท)', 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)',
           'เลขประจำตัวผู้เสียภาษีของผู้ประกอบการที่ได้รับการคัดเลือก', 'รายชื่อผู้ประกอบการที่ได้รับการคัดเลือก',
           'เลขที่โครงการ', 'วันที่ลงนามในสัญญา', 'วันที่สิ้นสุดสัญญา']
rows = [
    ['ซื้อวัสดุสำนักงาน', 50000, 'พ.ร.บ. งบประมาณรายจ่าย', 'สิ้นสุดระยะสัญญา', 'วิธีเฉพาะเจาะจง', 50000, 49500,
     '0105536112014', 'บริษัท ก จำกัด', '66109012345', datetime.datetime(2023, 11, 1), datetime.datetime(2023, 11, 30)],
    ['จ้างซ่อมถนน', '๕๐,๐๐๑', 'พ.ร.บ. งบประมาณรายจ่าย', 'สิ้นสุดระยะสัญญา', 'วิธีเฉพาะเจาะจง', 50001, 50001,
     '0105536112015', 'หจก. ข', '66109012346', '1/1/2024', datetime.datetime(2024, 2, 1)],
]

if writer.startswith('openpyxl'):
    import openpyxl
    from openpyxl.comments import Comment
    wb = openpyxl.Workbook(iso_dates=writer == 'openpyxl-iso')
    ws = wb.active
    ws.title = 'O16'
    ws.append([title])
    ws.merge_cells('A1:L1')
    ws.append(headers)
    for r in rows:
        ws.append(r)
    for r in (3, 4):
        for c in ('K', 'L'):
            ws[f'{c}{r}'].number_format = 'd/m/yyyy'
    ws['M3'] = '=B3-G3'
    ws['A3'].hyperlink = 'https://www.example.go.th/p1'
    ws['B3'].font = openpyxl.styles.Font(name='TH SarabunPSK', bold=True)
    if notes:
        ws['B3'].comment = Comment('ตรวจแล้ว', 'ผู้ใช้')
    ws.column_dimensions['M'].hidden = True
    if table:
        from openpyxl.worksheet.table import Table
        ws.add_table(Table(displayName='tbl_O16', ref='A2:L4'))
    wb.save(out)
else:
    import xlsxwriter
    wb = xlsxwriter.Workbook(out)
    ws = wb.add_worksheet('O16')
    date = wb.add_format({'num_format': 'd/m/yyyy'})
    bold = wb.add_format({'bold': True, 'font_name': 'TH SarabunPSK'})
    ws.merge_range('A1:L1', title)
    ws.write_row(1, 0, headers)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if isinstance(v, datetime.datetime):
                ws.write_datetime(2 + i, j, v, date)
            elif (i, j) == (0, 1):
                ws.write(2 + i, j, v, bold)
            else:
                ws.write(2 + i, j, v)
    ws.write_formula('M3', '=B3-G3', None, 500)
    ws.write_url('A3', 'https://www.example.go.th/p1', string='ซื้อวัสดุสำนักงาน')
    if notes:
        ws.write_comment('B3', 'ตรวจแล้ว')
    ws.set_column('M:M', None, None, {'hidden': True})
    if databar:
        ws.conditional_format('G3:G4', {'type': 'data_bar', 'data_bar_2010': True})
    if table:
        ws.add_table('A2:L4', {'name': 'tbl_O16', 'columns': [{'header': h} for h in headers]})
    wb.close()
