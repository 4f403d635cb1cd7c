"""Translated names of the model's closed vocabularies (lane kinds, channels).

The model keeps English labels and no Qt; the interface shows these instead,
marked here so Qt's translation tools find every one of them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model import Channel, LaneKind

_LANE_KINDS = {
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("names", "Touchpoints"),
    LaneKind.CUSTOMER_ACTIONS: QT_TRANSLATE_NOOP("names", "Customer actions"),
    LaneKind.THOUGHTS: QT_TRANSLATE_NOOP("names", "Thoughts"),
    LaneKind.EMOTIONS: QT_TRANSLATE_NOOP("names", "Emotions"),
    LaneKind.PAIN_POINTS: QT_TRANSLATE_NOOP("names", "Pain points"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("names", "Opportunities"),
    LaneKind.CHANNELS: QT_TRANSLATE_NOOP("names", "Channels"),
    LaneKind.FRONTSTAGE: QT_TRANSLATE_NOOP("names", "Frontstage"),
    LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("names", "Backstage"),
    LaneKind.SUPPORT_PROCESSES: QT_TRANSLATE_NOOP("names", "Support processes"),
    LaneKind.EVIDENCE: QT_TRANSLATE_NOOP("names", "Evidence"),
    LaneKind.METRICS: QT_TRANSLATE_NOOP("names", "Metrics"),
    LaneKind.TEXT: QT_TRANSLATE_NOOP("names", "Text"),
}

_CHANNELS = {
    Channel.WEB: QT_TRANSLATE_NOOP("names", "Web"),
    Channel.APP: QT_TRANSLATE_NOOP("names", "App"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("names", "Email"),
    Channel.PHONE: QT_TRANSLATE_NOOP("names", "Phone"),
    Channel.STORE: QT_TRANSLATE_NOOP("names", "Store"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("names", "Social"),
    Channel.CHAT: QT_TRANSLATE_NOOP("names", "Chat"),
    Channel.MAIL: QT_TRANSLATE_NOOP("names", "Mail"),
    Channel.OTHER: QT_TRANSLATE_NOOP("names", "Other"),
}


def lane_kind_name(kind: LaneKind) -> str:
    return QCoreApplication.translate("names", _LANE_KINDS.get(kind, kind.label))


def channel_name(channel: Channel) -> str:
    return QCoreApplication.translate("names", _CHANNELS.get(channel, channel.value))
