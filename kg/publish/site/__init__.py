"""The static linked-data site of a release (pages rendered with Jinja2 templates)."""

from kg.publish.site.render import INDEXED_CLASSES, SiteReport, write_site

__all__ = ["INDEXED_CLASSES", "SiteReport", "write_site"]
