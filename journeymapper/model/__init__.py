"""The document model: pydantic classes with no Qt, the single source of truth."""

from .atlas import Atlas, AtlasEntry, MapPair
from .base import Colour, ModelBase, Problem, new_id
from .enums import ActionStatus, Channel, LaneKind, MapState, Priority
from .image import MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, EmbeddedImage, ImageError, check_image_bytes
from .invariants import check_atlas, check_map
from .journey import (
    Action,
    Card,
    EmotionScale,
    EmotionScore,
    JourneyMap,
    Lane,
    MetricValue,
    Persona,
    Stage,
)

__all__ = [
    "Action", "ActionStatus", "Atlas", "AtlasEntry", "Card", "Channel", "Colour", "EmbeddedImage",
    "EmotionScale", "EmotionScore", "ImageError", "JourneyMap", "Lane", "LaneKind", "MAX_IMAGE_BYTES",
    "MAX_IMAGE_SIDE", "MapPair", "MapState", "MetricValue", "ModelBase", "Persona", "Priority",
    "Problem", "Stage", "check_atlas", "check_image_bytes", "check_map", "new_id",
]
