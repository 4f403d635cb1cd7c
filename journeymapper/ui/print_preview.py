"""File > Print: the PDF's pages, previewed and printed through Qt's print dialogs.

The pages are laid out by the export (``build_map_pages``) for the paper the
printer is set to (A4, Letter, A3 or A0; other paper gets A4 pages scaled to
fit) and painted by :mod:`.print_pages`, so paper and screen show the same
document. The preview is not modal: the user can keep the map open beside it.
"""

from __future__ import annotations

from datetime import date
from typing import Optional, Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ..export.options import PAPER_SIZES, Paper, PdfOptions
from ..export.pages import Page
from ..model import JourneyMap
from .print_pages import PagePainter

_PAGE_SIZE_IDS = {
    QPageSize.PageSizeId.A4: Paper.A4,
    QPageSize.PageSizeId.Letter: Paper.LETTER,
    QPageSize.PageSizeId.A3: Paper.A3,
    QPageSize.PageSizeId.A0: Paper.A0,
}


def paper_layout(paper: Paper) -> QPageLayout:
    """Landscape, no margins: the pages carry their own margins, as in the PDF."""
    width, height = PAPER_SIZES[paper]
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, paper.label, QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))


def paper_of(printer: QPrinter, fallback: Paper = Paper.A4) -> Paper:
    return _PAGE_SIZE_IDS.get(printer.pageLayout().pageSize().id(), fallback)


def paint_pages(device: QPagedPaintDevice, pages: Sequence[Page]) -> int:
    """Paint every page on its own sheet of ``device``; returns the number painted."""
    painter = QPainter()
    if not painter.begin(device):
        return 0
    page_painter = PagePainter(painter)
    target = QRectF(0, 0, device.width(), device.height())
    for number, page in enumerate(pages):
        if number:
            device.newPage()
        page_painter.paint(page, target)
    painter.end()
    return len(pages)


class PrintPreview(QPrintPreviewDialog):
    """The preview of one map's PDF pages, rebuilt for the paper the user picks."""

    def __init__(self, journey: JourneyMap, options: PdfOptions = PdfOptions(), parent: Optional[QWidget] = None,
                 today: Optional[date] = None) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)
        self.printer.setPageLayout(paper_layout(options.paper))
        self.printer.setDocName(journey.title or "Journey map")
        super().__init__(self.printer, parent)
        self.setObjectName("print_preview")
        self.journey = journey
        self.options = options
        self.today = today
        self._built: dict[Paper, list[Page]] = {}
        self.paintRequested.connect(self.paint)

    def pages_for(self, paper: Paper) -> list[Page]:
        pages = self._built.get(paper)
        if pages is None:
            from ..export.pdf import build_map_pages

            options = PdfOptions(paper, self.options.group_by, self.options.include)
            pages = self._built[paper] = build_map_pages(self.journey, options, self.today).pages
        return pages

    def paint(self, printer: QPrinter) -> int:
        return paint_pages(printer, self.pages_for(paper_of(printer, self.options.paper)))
