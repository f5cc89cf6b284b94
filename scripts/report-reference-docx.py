#!/usr/bin/env python3
"""Regenerates Exports/report/reference.docx, the Word styles of `fiveaim report --format docx`.

Starts from pandoc's default reference document (`pandoc -o FILE --print-default-data-file reference.docx`) and adjusts
its styles: black headings, 10.5 pt body text, bordered tables with a grey header row, a framed grey "Block Text"
style for the "À compléter" / "In te vullen" placeholders, captions above figures and tables with space before them,
table of contents entry styles, A4 pages with 2 cm margins. Run it after changing this file;
or open Exports/report/reference.docx in Word or LibreOffice, edit the styles (not the text) and save it as .docx.
Standard library only.
"""
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

target = Path(__file__).resolve().parent.parent / "Exports" / "report" / "reference.docx"
with tempfile.TemporaryDirectory() as folder:
    default = Path(folder) / "default.docx"
    subprocess.run(["pandoc", "-o", str(default), "--print-default-data-file", "reference.docx"], check=True)
    source = default.read_bytes()


def style(xml: str, style_id: str, change) -> str:
    pattern = re.compile(r'(<w:style [^>]*w:styleId="' + style_id + r'".*?</w:style>)', re.S)
    match = pattern.search(xml)
    if not match:
        sys.exit(f"style {style_id} not found in pandoc's reference.docx")
    return xml[: match.start()] + change(match.group(1)) + xml[match.end():]


def styles(xml: str) -> str:
    # Black (print-friendly) headings and title.
    xml = re.sub(r'<w:color w:val="(4F81BD|345A8A|365F91)"[^/]*/>', '<w:color w:val="111111" />', xml)
    # Body text 10.5 pt, Belgian French by default (pandoc sets the document language from `lang`).
    xml = xml.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />', '<w:sz w:val="21" />\n        <w:szCs w:val="21" />', 1)
    xml = xml.replace('<w:lang w:val="en-US"', '<w:lang w:val="fr-BE"', 1)
    # Tables: thin borders on every cell, grey bold header row.
    borders = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/><w:left w:val="single" w:sz="4" w:color="808080"/>'
               '<w:bottom w:val="single" w:sz="4" w:color="808080"/><w:right w:val="single" w:sz="4" w:color="808080"/>'
               '<w:insideH w:val="single" w:sz="4" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders>')
    # Narrow cell margins (0.13 cm) leave room for the figures (DocxLayout.cellPadding counts on them).
    xml = style(xml, "Table", lambda s: s.replace('<w:tblInd w:w="0" w:type="dxa" />', '<w:tblInd w:w="0" w:type="dxa" />' + borders, 1)
                .replace('<w:left w:w="108" w:type="dxa" />', '<w:left w:w="72" w:type="dxa" />', 1)
                .replace('<w:right w:w="108" w:type="dxa" />', '<w:right w:w="72" w:type="dxa" />', 1)
                .replace('<w:vAlign w:val="bottom"/>', '<w:vAlign w:val="bottom"/><w:shd w:val="clear" w:color="auto" w:fill="E6E6E6"/>', 1)
                .replace('</w:tcPr>\n    </w:tblStylePr>', '</w:tcPr>\n      <w:rPr><w:b/></w:rPr>\n    </w:tblStylePr>', 1))
    # Compact (table cells) in 9 pt.
    xml = style(xml, "Compact", lambda s: s.replace("</w:pPr>", '</w:pPr>\n    <w:rPr><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr>', 1))
    # Placeholders: a dashed frame on a light grey background.
    frame = ('<w:pBdr><w:top w:val="dashed" w:sz="8" w:space="4" w:color="111111"/><w:left w:val="dashed" w:sz="8" w:space="4" w:color="111111"/>'
             '<w:bottom w:val="dashed" w:sz="8" w:space="4" w:color="111111"/><w:right w:val="dashed" w:sz="8" w:space="4" w:color="111111"/></w:pBdr>'
             '<w:shd w:val="clear" w:color="auto" w:fill="F0F0F0"/>')
    xml = style(xml, "BlockText", lambda s: s.replace('<w:spacing w:before="100" w:after="100" />', frame + '<w:spacing w:before="160" w:after="160" />', 1))
    # Captions: a figure's caption stands above it, as a table's does (DocxLayout moves it there), kept with it, with
    # space before so that a caption never reads as the end of the block above; the figure no longer keeps with what
    # follows.
    xml = style(xml, "ImageCaption", lambda s: s.replace("</w:style>", '  <w:pPr>\n      <w:keepNext />\n      <w:spacing w:before="240" w:after="60" />\n    </w:pPr>\n  </w:style>', 1))
    xml = style(xml, "TableCaption", lambda s: s.replace("<w:keepNext />", '<w:keepNext />\n      <w:spacing w:before="240" w:after="60" />', 1))
    xml = style(xml, "CaptionedFigure", lambda s: s.replace("<w:keepNext />", '<w:spacing w:before="0" w:after="120" />', 1))
    # Table of contents entries (DocxLayout fills them; Word rewrites them with page numbers when it updates the field).
    entries = "".join(
        f'<w:style w:type="paragraph" w:styleId="TOC{level}"><w:name w:val="toc {level}" /><w:basedOn w:val="Normal" />'
        f'<w:next w:val="Normal" /><w:uiPriority w:val="39" /><w:unhideWhenUsed /><w:pPr>'
        f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628" /></w:tabs><w:spacing w:before="{before}" w:after="40" />'
        f'<w:ind w:left="{indent}" /></w:pPr></w:style>'
        for level, indent, before in ((1, 0, 120), (2, 360, 0)))
    xml = xml.replace("</w:styles>", entries + "</w:styles>", 1)
    return xml


def document(xml: str) -> str:
    # A4, 2 cm margins: pandoc copies the reference document's last section properties.
    section = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
               'w:header="567" w:footer="567" w:gutter="0" /></w:sectPr>')
    xml = re.sub(r"<w:sectPr\s*/>|<w:sectPr.*?</w:sectPr>", "", xml, flags=re.S)
    return xml.replace("</w:body>", section + "</w:body>", 1)


with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as output:
    for item in original.infolist():
        data = original.read(item.filename)
        if item.filename == "word/styles.xml":
            data = styles(data.decode()).encode()
        elif item.filename == "word/document.xml":
            data = document(data.decode()).encode()
        item.date_time = (2026, 1, 1, 0, 0, 0)
        output.writestr(item, data)
print(f"wrote {target}")
