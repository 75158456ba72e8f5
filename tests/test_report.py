"""``bouncefilter report``: one self-contained HTML file (nothing loaded from anywhere), rendered
in a real headless Chromium, and ``--format json`` with the numbers of ``bouncefilter stats``."""
from __future__ import annotations

import json
import re

import pytest

import webstack as ws
from test_web_browser import CHROMIUM, DRIVER, browser

pytestmark = pytest.mark.skipif(not ws.CORPUS.is_dir(), reason=f"the shared corpus is not at {ws.CORPUS}")


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return ws.make_home(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def report(home):
    out = home.root / "report.html"
    home.cli("report", "--config", str(home.config), "--since", "30d", "--out", str(out))
    return out


def test_the_file_loads_nothing_from_anywhere(report):
    html = report.read_text()
    assert html.startswith("<!doctype html>")
    assert not re.search(r"\b(src|href|action|srcset|poster|data)\s*=", html, re.I), "a reference to a resource"
    assert not re.search(r"url\s*\(|@import|<link\b|<script\b|<iframe\b|<object\b|<embed\b|<img\b", html, re.I)
    assert "http://" not in html and "https://" not in html and "//" not in re.sub(r"<!--.*?-->", "", html)
    assert "<svg" in html and 'class="bar"' in html


def test_it_shows_the_overview_domains_and_campaigns(report):
    html = report.read_text()
    assert 'id="daily-chart"' in html and 'id="domains"' in html and 'id="campaigns"' in html
    assert "spring-sale" in html and "newsletter-12" in html
    assert html.count('class="spark"') >= 10


@pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver")
def test_it_renders_in_the_browser_without_a_request(report):
    from selenium.webdriver.common.by import By

    d = browser()
    try:
        d.get(report.as_uri())
        assert d.title.startswith("bouncefilter report")
        bars = d.find_elements(By.CSS_SELECTOR, "#daily-chart svg rect.bar")
        assert bars and max(b.size["height"] for b in bars) > 50
        assert len(d.find_elements(By.CSS_SELECTOR, "#domains tr")) > 10
        # nothing fetched besides the document itself
        assert d.execute_script("return performance.getEntriesByType('resource').length") == 0
    finally:
        d.quit()


def test_json_has_the_numbers_of_stats(home):
    data = json.loads(home.cli("report", "--config", str(home.config), "--since", "30d", "--format", "json").stdout)
    stats = json.loads(home.cli("stats", "--config", str(home.config), "--since", "30d", "--format", "json",
                                "--top", "25").stdout)
    assert data["overview"]["summary"]["bounces"] == {**stats["bounces"], "by_reason": stats["bounces"]["by_reason"][:10]}
    assert [d["domain"] for d in data["domains"]] == [d["domain"] for d in stats["domains"]]
    assert sum(sum(v) for v in data["overview"]["series"].values()) == stats["bounces"]["total"]
    spring = next(c for c in data["campaigns"] if c["value"] == "spring-sale")
    assert (spring["failed"], spring["hard"], spring["addresses"]) == (4, 4, 4)


@pytest.mark.parametrize("args,words", [(("--since", "1000d"), "1 to 400"), (("--since", "soon"), "number of days"),
                                        (("--out", "/nonexistent-dir/r.html"), "nonexistent-dir")])
def test_bad_arguments_are_clear_errors(home, args, words):
    r = home.cli("report", "--config", str(home.config), *args, check=False)
    assert r.returncode in (1, 2) and words in r.stderr and "Traceback" not in r.stderr
