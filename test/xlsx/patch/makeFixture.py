"""Builds the workbook the patching tests start from: what a manager's real file holds around the table."""
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

out, macros = sys.argv[1], sys.argv[2] == "xlsm"

wb = Workbook()
sales = wb.active
sales.title = "Sales"
months = ["Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024"]
sales.append(["Client", "Segment", "Manager", *months])
rows = [
    ["Acme", "Retail", "Ann", 100, 120, 90, 110, 100, 130],
    ["Beta", "Horeca", "Bob", 50, 0, 40, 0, 60, 0],
    ["Gamma", "Retail", "Ann", None, None, None, None, 30, 40],
    ["Delta", "Online", "Cid", 0, 0, 0, 0, 0, 0],
    ["Echo", "Retail", "Bob", 500, 520, 480, 510, 490, 530],
    ["Foxtrot", "Horeca", "Cid", 5, 5, 5, 5, 5, 5],
]
for r in rows:
    sales.append(r)
sales["A2"].comment = Comment("Key account since 2019", "Ann")
sales.freeze_panes = "B2"
sales.column_dimensions["A"].width = 18
dv = DataValidation(type="list", formula1='"Retail,Horeca,Online"', allow_blank=True)
sales.add_data_validation(dv)
dv.add("B2:B7")

report = wb.create_sheet("Report")
report.append(["Client", "Jan"])
for r in rows:
    report.append([r[0], r[3] or 0])
chart = BarChart()
chart.title = "January"
chart.add_data(Reference(report, min_col=2, min_row=1, max_row=7), titles_from_data=True)
chart.set_categories(Reference(report, min_col=1, min_row=2, max_row=7))
report.add_chart(chart, "D2")

lookup = wb.create_sheet("Lookup")
lookup.append(["Segment", "Discount"])
lookup.append(["Retail", 0.05])
lookup.append(["Horeca", 0.1])
lookup.add_table(Table(displayName="Discounts", ref="A1:B3", tableStyleInfo=TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)))
lookup.append([])
lookup["D1"] = "Region"
lookup["E1"] = "Code"
lookup["D2"] = "North"
lookup["E2"] = 1
lookup.add_table(Table(displayName="Regions", ref="D1:E2"))

locked = wb.create_sheet("Locked")
locked["A1"] = "Prices"
locked["B1"] = 42.5
locked.protection.set_password("secret")
locked.protection.sheet = True

hidden = wb.create_sheet("Hidden")
hidden["A1"] = "internal"
hidden.sheet_state = "hidden"

wb.defined_names.append(DefinedName("Discount", attr_text="Lookup!$B$2"))
wb.defined_names.append(DefinedName("Months", attr_text="Sales!$D$1:$I$1", localSheetId=0))
wb.save(out)

if macros:
    # A macro-enabled package: the workbook part's content type and a (fake) VBA project beside it.
    with zipfile.ZipFile(out) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    types = parts["[Content_Types].xml"].decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    ).replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    parts["[Content_Types].xml"] = types.encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    )
    parts["xl/_rels/workbook.xml.rels"] = rels.encode()
    parts["xl/vbaProject.bin"] = bytes(range(256)) * 16
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
