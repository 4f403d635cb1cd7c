"""Pure layout: geometry (in points) from the model, with text measured by one measurer.

No Qt and no reportlab here: the canvas and the PDF exporter both draw from this
geometry, with the same :class:`TextMeasurer` (:func:`default_measurer`), so they
break lines identically, and in the same colours (:mod:`.palette`).
"""

from .fontmetrics import FontError, FontMetrics, clear_font_cache, load_font, parse_font
from .fonts import default_measurer
from .geometry import (
    CardBox,
    CellKey,
    CellLayout,
    EmotionCurve,
    HitResult,
    LaneRow,
    LayoutOptions,
    MapFrame,
    MapLayout,
    Point,
    Rect,
    Segment,
    StageColumn,
    TextBlock,
    smooth_path,
)
from .map_layout import (
    DEFAULT_OPTIONS,
    curve_lane,
    drop_index,
    hit_test,
    lane_title,
    layout_cell,
    layout_frame,
    layout_map,
    relayout_cells,
    stage_width,
)
from .measure import ELLIPSIS, TextMeasurer

__all__ = [
    "CardBox", "CellKey", "CellLayout", "DEFAULT_OPTIONS", "ELLIPSIS", "EmotionCurve", "FontError",
    "FontMetrics", "HitResult", "LaneRow", "LayoutOptions", "MapFrame", "MapLayout", "Point", "Rect",
    "Segment", "StageColumn", "TextBlock", "TextMeasurer", "clear_font_cache", "curve_lane", "default_measurer", "drop_index",
    "hit_test", "lane_title", "layout_cell", "layout_frame", "layout_map", "load_font", "parse_font",
    "relayout_cells", "smooth_path", "stage_width",
]
