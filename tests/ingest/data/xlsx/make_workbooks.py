#!/usr/bin/python3
"""Writes the test workbooks of tests/ingest/data/xlsx with real writers.

Needs (Debian 12): python3-openpyxl, python3-xlsxwriter, and LibreOffice in headless mode
(libreoffice-calc-nogui; only to remake the files: it is not a build or test dependency).
Run from anywhere: /usr/bin/python3 tests/ingest/data/xlsx/make_workbooks.py

The values written here are the oracle of tst_xlsxreader and tst_importer: the tests expect what
this script put in, spelled out in their comments, never what our reader reads.
Hostile files (hostile/) are valid workbooks damaged on purpose, an old .xls and an .ods.
"""

import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
import openpyxl.utils.datetime
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
HOSTILE = os.path.join(HERE, "hostile")


def incidents_1900():
    """openpyxl, 1900 date system: title rows above the header, empty cells, a skipped row,
    dates and times in several number formats, two sheets."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Incidents"
    ws["A1"] = "Store incidents export"          # title row
    ws["A2"] = "Northern region, week 3"          # second title row
    ws.append([])                                 # (append goes to row 3 below)
    header = ["Ref", "Store", "Date", "Reported", "Time", "Value", "Count", "Arrested", "Note"]
    for col, name in enumerate(header, start=1):
        ws.cell(row=3, column=col, value=name)

    def put(row, values, formats):
        for col, (value, fmt) in enumerate(zip(values, formats), start=1):
            if value is None:
                continue                          # an empty cell: not written at all
            cell = ws.cell(row=row, column=col, value=value)
            if fmt:
                cell.number_format = fmt

    put(4, ["INC-1", "Leeds", datetime.date(2023, 1, 15), datetime.datetime(2023, 1, 15, 14, 30, 5),
            datetime.time(9, 5), 12.5, 3, True, "first"],
        [None, None, "dd/mm/yyyy", "yyyy-mm-dd hh:mm:ss", "hh:mm", None, None, None, None])
    put(5, ["INC-2", None, datetime.date(1900, 1, 1), datetime.datetime(2024, 2, 29, 23, 59, 59),
            None, 0.1 + 0.2, 1234567, False, None],
        [None, None, "mm-dd-yy", "d mmm yyyy h:mm:ss", None, None, None, None, None])
    # row 6 is not written at all
    put(7, ["INC-3", "York", datetime.date(1900, 3, 1), datetime.datetime(2000, 1, 1, 0, 0, 0),
            datetime.time(23, 59, 59), -4.25, 1e-7, None, 'comma, "quoted"'],
        [None, None, "yyyy-mm-dd", "m/d/yy h:mm", "h:mm:ss", None, None, None, None])
    ws.cell(row=7, column=12, value="beyond")     # L7, right of the header's last column
    ws.cell(row=8, column=3, value=datetime.date(1900, 2, 28)).number_format = "dd/mm/yyyy"
    ws.cell(row=8, column=1, value="INC-4")

    people = wb.create_sheet("People")
    people.append(["Name", "DOB"])
    people.append(["KHAN Amy", datetime.date(1984, 7, 3)])
    people["B2"].number_format = "dd/mm/yyyy"
    people.append(["Ben Ito", datetime.date(1990, 12, 31)])
    people["B3"].number_format = "d mmmm yyyy"
    wb.save(os.path.join(HERE, "incidents_1900.xlsx"))


def mac_1904():
    """openpyxl, 1904 date system (workbookPr date1904): serial 0 is 1904-01-01."""
    wb = openpyxl.Workbook()
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Dates"
    ws.append(["Ref", "Date", "When"])
    rows = [("M-1", datetime.date(2023, 1, 15), datetime.datetime(2023, 6, 1, 8, 0, 0)),
            ("M-2", datetime.date(1904, 1, 1), datetime.datetime(1904, 1, 2, 12, 0, 0)),
            ("M-3", datetime.date(2024, 2, 29), datetime.datetime(1999, 12, 31, 23, 59, 59))]
    for i, (ref, day, when) in enumerate(rows, start=2):
        ws.cell(row=i, column=1, value=ref)
        ws.cell(row=i, column=2, value=day).number_format = "dd/mm/yyyy"
        ws.cell(row=i, column=3, value=when).number_format = "yyyy-mm-dd hh:mm:ss"
    wb.save(os.path.join(HERE, "mac_1904.xlsx"))


def xlsxwriter_books():
    """XlsxWriter: rich text shared strings and a formula with a cached value (shared.xlsx);
    inline strings, plain and rich (constant_memory mode writes no shared string table)."""
    wb = xlsxwriter.Workbook(os.path.join(HERE, "shared_rich.xlsx"))
    ws = wb.add_worksheet("Sheet1")
    bold = wb.add_format({"bold": True})
    ws.write_row(0, 0, ["Name", "Qty", "Double"])
    ws.write_rich_string(1, 0, "ALBANESE ", bold, "Giuseppe", " Domenico")  # -> "ALBANESE Giuseppe Domenico"
    ws.write_number(1, 1, 21)
    ws.write_formula(1, 2, "=B2*2", None, 42)     # cached value 42
    ws.write_string(2, 0, "  spaced  ")           # leading/trailing spaces kept
    ws.write_number(2, 1, 5)
    ws.write_formula(2, 2, "=B3*2", None, 10)
    ws.write_formula(3, 2, "=NA()", None, "#N/A")  # an error value
    ws.write_string(3, 0, "with error")
    wb.close()

    wb = xlsxwriter.Workbook(os.path.join(HERE, "inline.xlsx"), {"constant_memory": True})
    ws = wb.add_worksheet("Inline")
    bold = wb.add_format({"bold": True})
    ws.write_row(0, 0, ["Name", "Town"])
    ws.write_string(1, 0, "Ada Lovelace")
    ws.write_string(1, 1, "London")
    ws.write_rich_string(2, 0, "Grace ", bold, "Hopper")  # -> "Grace Hopper"
    ws.write_string(2, 2, "no header")            # C3: a column the header does not have
    wb.close()


def big_100k():
    """openpyxl write_only: 100,000 data rows (Ref, Number, Date, Store)."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Big")
    ws.append(["Ref", "Number", "Date", "Store"])
    stores = ["Leeds", "York", "Hull", "Bradford", "Wakefield"]
    base = datetime.date(2000, 1, 1)
    from openpyxl.cell import WriteOnlyCell
    for i in range(1, 100001):
        day = WriteOnlyCell(ws, value=base + datetime.timedelta(days=i % 9000))
        day.number_format = "yyyy-mm-dd"
        ws.append(["R%06d" % i, i, day, stores[i % 5]])
    wb.save(os.path.join(HERE, "big_100k.xlsx"))


def libreoffice_books(tmp):
    """LibreOffice (headless) from a CSV read with UK dates: date and date-time cells with
    LibreOffice's number formats, and formulas with their cached values; also an .xls and an .ods."""
    csv = os.path.join(tmp, "libreoffice.csv")
    with open(csv, "w") as f:
        f.write("Ref,Seen,Qty,Double\n")
        f.write("L-1,15/01/2023,21,=C2*2\n")        # Seen 2023-01-15, Double 42
        f.write("L-2,29/02/2024 14:30,5,=C3*2\n")   # Seen 2024-02-29T14:30:00, Double 10
        f.write(",,,\n")                            # an empty row
        f.write("L-3,31/12/1999,-7,=C5*2\n")        # Seen 1999-12-31, Double -14
    def convert(target, out_dir):
        subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1,,2057", "--convert-to", target,
                        "--outdir", out_dir, csv], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    convert("xlsx", HERE)
    convert("xls", tmp)
    shutil.copy(os.path.join(tmp, "libreoffice.xls"), os.path.join(HOSTILE, "old_excel.xls"))
    shutil.copy(os.path.join(tmp, "libreoffice.xls"), os.path.join(HOSTILE, "old_excel_renamed.xlsx"))
    convert("ods", tmp)
    shutil.copy(os.path.join(tmp, "libreoffice.ods"), os.path.join(HOSTILE, "calc.ods"))


def rewrite(source, target, change):
    """Copies a workbook, letting change(name, data) return a part's new bytes (None drops it)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info.filename))
            if data is not None:
                dst.writestr(info.filename, data)


def hostile_books():
    base = os.path.join(HERE, "mac_1904.xlsx")
    sheet = "xl/worksheets/sheet1.xml"
    # A sheet part missing (the workbook still lists it).
    rewrite(base, os.path.join(HOSTILE, "missing_sheet.xlsx"), lambda n, d: None if n == sheet else d)
    # A sheet whose XML is broken: a cell element closed by </row>.
    rewrite(base, os.path.join(HOSTILE, "corrupt_xml.xlsx"),
            lambda n, d: d.replace(b"</c></row>", b"</row>", 1) if n == sheet else d)
    # A zip bomb: 300 MB of spaces inside sheetData (about 300 KB compressed, ratio ~1000).
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(os.path.join(HOSTILE, "zipbomb.xlsx"), "w",
                                                       zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != sheet:
                dst.writestr(info.filename, data)
                continue
            head, tail = data.split(b"<sheetData>", 1)
            with dst.open(sheet, "w", force_zip64=True) as out:
                out.write(head + b"<sheetData>")
                chunk = b" " * (1 << 20)
                for _ in range(300):
                    out.write(chunk)
                out.write(tail)
    # Damaged compressed data: the sheet's deflate stream starts with a block of type 3, which
    # does not exist (RFC 1951, 3.2.3), so inflating it fails at once.
    target = os.path.join(HOSTILE, "bad_deflate.xlsx")
    shutil.copy(base, target)
    with zipfile.ZipFile(target) as z:
        info = z.getinfo(sheet)
    with open(target, "r+b") as f:
        f.seek(info.header_offset + 26)
        name_len = int.from_bytes(f.read(2), "little")
        extra_len = int.from_bytes(f.read(2), "little")
        start = info.header_offset + 30 + name_len + extra_len
        f.seek(start)
        f.write(b"\x07")
    # Plain text named .xlsx.
    with open(os.path.join(HOSTILE, "not_a_zip.xlsx"), "w") as f:
        f.write("Ref,Date\nA,2023-01-01\n")


def main():
    os.makedirs(HOSTILE, exist_ok=True)
    incidents_1900()
    mac_1904()
    xlsxwriter_books()
    big_100k()
    with tempfile.TemporaryDirectory() as tmp:
        libreoffice_books(tmp)
    hostile_books()


if __name__ == "__main__":
    main()
