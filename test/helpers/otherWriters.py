"""An O16 sheet as Python's openpyxl or XlsxWriter writes it (pandas writes with one or the other).

usage: python3 otherWriters.py openpyxl|openpyxl-iso|xlsxwriter OUT.xlsx [notes] [table] [databar] [kept]
       [chart] [button] [filter] [excel] [cited]

Row 3 is right; row 4 has its amount in Thai digits, a check digit off and a date in CE. Also: a
merged title, a hidden column M holding a formula, a link, a bold cell, with `notes` a note and,
with `table`, the header and rows as an Excel table (openpyxl writes it with no style) and, with
`databar` (XlsxWriter), a data bar as Excel 2010 on writes one (its rule holds an extLst).
openpyxl-iso writes its dates as ISO 8601 text (cells typed "d"), as openpyxl does with iso_dates.
With `kept` (openpyxl): what a copy written again must not drop: a constant name (VAT) that a formula
on sheet ภาษี uses, a link there to a cell of O16, an OFFSET name behind a dropdown, a password of
the older kind on ภาษี, the
workbook's structure locked and a custom document property. With `chart` (openpyxl) a bar chart, its
drawing written as openpyxl writes one; with `button` (XlsxWriter) a form button. With `filter`
(openpyxl): a sheet กรอง filtered (amount > 3000, hiding rows 2-4, and sorted) with an outline: rows
11-12 grouped and collapsed under row 13, rows 15-16 grouped and expanded, columns C:D grouped and
collapsed beside E; with `table`, the table filtered on its method (a list of one value, hiding none).
With `excel` (openpyxl): the package then reshaped as Excel 2016 and later saves it (see as_excel_saves).
With `cited` (openpyxl, with `table`): the table named in Thai, column G headed in older words (the check
offers the form's), and a sheet สรุป totalling that column by its name; openpyxl writes a sheet's Thai as
character references (&#3619;…), the formula's too.
"""
import datetime
import sys

writer, out = sys.argv[1], sys.argv[2]
notes = 'notes' in sys.argv[3:]
table = 'table' in sys.argv[3:]
databar = 'databar' in sys.argv[3:]
kept = 'kept' in sys.argv[3:]
chart = 'chart' in sys.argv[3:]
button = 'button' in sys.argv[3:]
filtered = 'filter' in sys.argv[3:]
excel = 'excel' in sys.argv[3:]
cited = 'cited' in sys.argv[3:]
title = 'ผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'
headers = ['ชื่อรายการของงานที่ซื้อหรือจ้าง', 'วงเงินงบประมาณที่ได้รับจัดสรร (บาท)', 'แหล่งที่มาของงบประมาณ',
           'สถานะการจัดซื้อจัดจ้าง', 'วิธีการจัดซื้อจัดจ้าง', 'ราคากลาง (บาท)', 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)',
           'เลขประจำตัวผู้เสียภาษีของผู้ประกอบการที่ได้รับการคัดเลือก', 'รายชื่อผู้ประกอบการที่ได้รับการคัดเลือก',
           'เลขที่โครงการ', 'วันที่ลงนามในสัญญา', 'วันที่สิ้นสุดสัญญา']
if cited:
    headers[6] = 'ราคาที่ตกลงซื้อ/จ้าง (บาท)'
rows = [
    ['ซื้อวัสดุสำนักงาน', 50000, 'พ.ร.บ. งบประมาณรายจ่าย', 'สิ้นสุดระยะสัญญา', 'วิธีเฉพาะเจาะจง', 50000, 49500,
     '0105536112014', 'บริษัท ก จำกัด', '66109012345', datetime.datetime(2023, 11, 1), datetime.datetime(2023, 11, 30)],
    ['จ้างซ่อมถนน', '๕๐,๐๐๑', 'พ.ร.บ. งบประมาณรายจ่าย', 'สิ้นสุดระยะสัญญา', 'วิธีเฉพาะเจาะจง', 50001, 50001,
     '0105536112015', 'หจก. ข', '66109012346', '1/1/2024', datetime.datetime(2024, 2, 1)],
]



def add_custom_property(path, name, value):
    """A custom document property, written into the package (Debian's openpyxl has no API for one)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts['docProps/custom.xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="{name}">'
        f'<vt:lpwstr>{value}</vt:lpwstr></property></Properties>').encode()
    parts['_rels/.rels'] = parts['_rels/.rels'].replace(b'</Relationships>', (
        b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'))
    parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(b'</Types>', (
        b'<Override PartName="/docProps/custom.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


def as_excel_saves(path):
    """The package as Excel 2016 and later saves it: the roots of the workbook, its sheets and tables
    declare Excel's revision namespaces, ignorable (for Excel 2010), and each sheet, filter, link, table
    and table column carries its revision id (xr:uid, xr3:uid)."""
    import itertools
    import re
    import zipfile
    ns = {'x14ac': 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac',
          'x15': 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main',
          'xr': 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision',
          'xr2': 'http://schemas.microsoft.com/office/spreadsheetml/2015/revision2',
          'xr3': 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision3',
          'xr6': 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision6',
          'xr10': 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision10'}
    ignorable = {'workbook': 'x15 xr xr6 xr10 xr2', 'worksheet': 'x14ac xr xr2 xr3', 'table': 'xr xr3'}
    ids = itertools.count(1)

    def uid(prefix):
        return lambda m: f'{m.group(0)} {prefix}:uid="{{00000000-0000-0000-0000-{next(ids):012X}}}"'

    def root(m):
        names = ignorable[m.group(1)]
        declared = ''.join(f' xmlns:{p}="{ns[p]}"' for p in names.split())
        return (f'<{m.group(1)} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                f'mc:Ignorable="{names}"{declared}')

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    for n, b in parts.items():
        if not re.fullmatch(r'xl/(workbook|worksheets/sheet\d+|tables/table\d+)\.xml', n):
            continue
        x = re.sub(r'<(workbook|worksheet|table)\b', root, b.decode(), count=1)
        if n.startswith('xl/workbook'):
            x = re.sub(r'<workbookPr\b[^>]*>', lambda m: m.group(0) + (
                '<xr:revisionPtr revIDLastSave="0" documentId="8_{00000000-0000-0000-0000-000000000000}" '
                'xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" '
                'xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>'), x, count=1)
        else:
            x = re.sub(r'<(?:worksheet|table)\b[^>]*?(?=/?>)', uid('xr'), x, count=1)
            x = re.sub(r'<(?:autoFilter|hyperlink)\b[^>]*?(?=/?>)', uid('xr'), x)
            x = re.sub(r'<tableColumn\b[^>]*?(?=/?>)', uid('xr3'), x)
        parts[n] = x.encode()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


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
        tbl = Table(displayName='ตาราง_O16' if cited else 'tbl_O16', ref='A2:L4')
        if filtered:
            from openpyxl.worksheet.filters import AutoFilter, FilterColumn, Filters
            # openpyxl names the columns (and sets the filter) only for a table with none.
            tbl._initialise_columns()
            for col, h in zip(tbl.tableColumns, headers):
                col.name = h
            tbl.autoFilter = AutoFilter(ref='A2:L4', filterColumn=[
                FilterColumn(colId=4, filters=Filters(filter=['วิธีเฉพาะเจาะจง']))])
        ws.add_table(tbl)
    if cited:
        total = wb.create_sheet('สรุป')
        total['A1'] = 'ราคาที่ตกลงรวม'
        total['B1'] = f'=SUM(ตาราง_O16[{headers[6]}])'
    if kept:
        from openpyxl.workbook.defined_name import DefinedName
        from openpyxl.workbook.protection import WorkbookProtection
        from openpyxl.worksheet.datavalidation import DataValidation
        lists = wb.create_sheet('รายการ')
        for i, v in enumerate(['ฝ่ายพัสดุ', 'กองคลัง']):
            lists.cell(1 + i, 1, v)
        wb.defined_names.append(DefinedName('VAT', attr_text='0.07'))
        wb.defined_names.append(DefinedName('ฝ่าย', attr_text="OFFSET('รายการ'!$A$1,0,0,COUNTA('รายการ'!$A:$A),1)"))
        dv = DataValidation(type='list', formula1='=ฝ่าย')
        ws.add_data_validation(dv)
        dv.add('N3:N50')
        tax = wb.create_sheet('ภาษี')
        tax['A1'] = 'ภาษีมูลค่าเพิ่มของรายการแรก'
        tax['B1'] = '=O16!G3*VAT'
        from openpyxl.worksheet.hyperlink import Hyperlink
        tax['A2'] = 'ไปที่รายการแรก'
        tax['A2'].hyperlink = Hyperlink(ref='A2', location="'O16'!G3", display='ไปที่รายการแรก')
        tax.protection.sheet = True
        tax.protection.password = 'ita2567'
        wb.security = WorkbookProtection(workbookPassword='ita2567', lockStructure=True)
    if chart:
        from openpyxl.chart import BarChart, Reference
        bar = BarChart()
        bar.add_data(Reference(ws, min_col=2, min_row=2, max_row=4), titles_from_data=True)
        wb.create_sheet('กราฟ').add_chart(bar, 'B2')
    if filtered:
        from openpyxl.worksheet.filters import (CustomFilter, CustomFilters, FilterColumn, SortCondition,
                                                SortState)
        f = wb.create_sheet('กรอง')
        f.append(['รายการ', 'จำนวนเงิน'])
        for i in range(1, 9):
            f.append([f'รายการ {i}', i * 1000])
        f.auto_filter.ref = 'A1:B9'
        f.auto_filter.filterColumn.append(FilterColumn(colId=1, customFilters=CustomFilters(
            customFilter=[CustomFilter(operator='greaterThan', val='3000')])))
        f.auto_filter.sortState = SortState(ref='A2:B9', sortCondition=[SortCondition(ref='B2:B9')])
        f.sheet_properties.filterMode = True
        for r in range(2, 5):
            f.row_dimensions[r].hidden = True
        for r in range(11, 17):
            f.cell(r, 1, f'กลุ่ม {r}')
        for r in (11, 12, 15, 16):
            f.row_dimensions[r].outlineLevel = 1
        for r in (11, 12):
            f.row_dimensions[r].hidden = True
        f.row_dimensions[13].collapsed = True
        f.sheet_format.outlineLevelRow = 1
        f.column_dimensions.group('C', 'D', hidden=True)
        f.column_dimensions['E'].collapsed = True
    wb.save(out)
    if kept:
        add_custom_property(out, 'หน่วยงาน', 'อบต.ตัวอย่าง')
    if excel:
        as_excel_saves(out)
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
    if button:
        ws.insert_button('N2', {'caption': 'พิมพ์', 'macro': 'print_sheet'})
    wb.close()
