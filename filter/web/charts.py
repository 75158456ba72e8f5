"""Charts as SVG made on the server: no JavaScript, no charting library, nothing to fetch.

Why: the pages must work without a build step and ``bouncefilter report`` must be one file that
loads nothing from anywhere; an SVG element inline in the HTML does both, and a browser, a mail
client that shows HTML and a screenshot all see the same picture.  Every label is escaped.
"""
from __future__ import annotations

import time
from html import escape

from markupsafe import Markup

__all__ = ["CLASS_COLORS", "stacked_bars", "sparkline", "day_label"]

#: one colour per bounce class (docs/vocabulary.md), the same on every chart and legend
CLASS_COLORS: dict[str, str] = {"hard": "#c0392b", "soft": "#e67e22", "block": "#8e44ad", "info": "#2980b9",
                                "undetermined": "#7f8c8d", "none": "#bdc3c7"}


def day_label(day: int) -> str:
    """``2026-12-01`` of a UNIX day number."""
    return time.strftime("%Y-%m-%d", time.gmtime(day * 86400))


def stacked_bars(days: list[int], series: dict[str, list[int]], *, width: int = 760, height: int = 220,
                 title: str = "") -> Markup:
    """One bar per day, stacked by class (``series``: class -> counts per day, same length as
    ``days``).  Each segment is a ``rect.bar`` with ``data-count`` and a tooltip."""
    left, right, top, bottom = 40, 10, 24, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(series[k][i] for k in series) for i in range(len(days))]
    peak = max(totals, default=0) or 1
    n = max(len(days), 1)
    slot = plot_w / n
    bar_w = max(slot * 0.8, 1.0)
    out = [f'<svg class="chart" role="img" width="{width}" height="{height}"'
           f' viewBox="0 0 {width} {height}" data-total="{sum(totals)}">',
           f'<title>{escape(title)}</title>' if title else "",
           f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#999"/>',
           f'<text x="{left - 4}" y="{top + 4}" text-anchor="end" font-size="11">{peak}</text>',
           f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" font-size="11">0</text>']
    for i, day in enumerate(days):
        y = top + plot_h
        x = left + i * slot + (slot - bar_w) / 2
        for cls, counts in series.items():
            c = counts[i]
            if not c:
                continue
            h = plot_h * c / peak
            y -= h
            out.append(f'<rect class="bar" data-class="{escape(cls)}" data-count="{c}" x="{x:.1f}" y="{y:.1f}"'
                       f' width="{bar_w:.1f}" height="{h:.1f}" fill="{CLASS_COLORS.get(cls, "#95a5a6")}">'
                       f'<title>{day_label(day)}: {c} {escape(cls)}</title></rect>')
    if days:
        out.append(f'<text x="{left}" y="{height - 18}" font-size="11">{day_label(days[0])}</text>')
        out.append(f'<text x="{left + plot_w}" y="{height - 18}" text-anchor="end" font-size="11">'
                   f'{day_label(days[-1])}</text>')
    x = left
    for cls in series:
        out.append(f'<rect x="{x}" y="{height - 12}" width="10" height="10" fill="{CLASS_COLORS.get(cls, "#95a5a6")}"/>'
                   f'<text x="{x + 14}" y="{height - 3}" font-size="11">{escape(cls)}</text>')
        x += 24 + 7 * len(cls)
    out.append("</svg>")
    return Markup("".join(out))


def sparkline(values: list[int], *, width: int = 140, height: int = 28, color: str = "#c0392b") -> Markup:
    """A trend line of daily counts (``polyline.spark``); a flat line when all are zero."""
    n = len(values)
    peak = max(values, default=0) or 1
    if n < 2:
        values = (values or [0]) * 2
        n = 2
    pts = " ".join(f"{i * (width - 2) / (n - 1) + 1:.1f},{height - 2 - (height - 4) * v / peak:.1f}"
                   for i, v in enumerate(values))
    return Markup(f'<svg class="spark" width="{width}" height="{height}"'
                  f' viewBox="0 0 {width} {height}" data-max="{max(values)}"><polyline class="spark" fill="none"'
                  f' stroke="{color}" stroke-width="1.5" points="{pts}"/></svg>')
