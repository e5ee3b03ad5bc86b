"""Publishing: versioned linked-data releases of the graph and a browsable static site.

>>> import kg.publish
>>> report = kg.publish.publish("releases", version="1.0.0", date="2026-11-21")   # doctest: +SKIP
>>> report.release, report.triples                                                  # doctest: +SKIP
('releases/1.0.0', 6021)
"""

from __future__ import annotations

from kg.publish.release import PublishReport, publish

__all__ = ["PublishReport", "publish"]
