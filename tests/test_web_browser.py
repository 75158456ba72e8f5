"""The console in a real headless Chromium (Debian's chromium + chromium-driver, driven by
selenium): log in with a token, see non-empty charts, add a suppression in the page and find it
on ``bouncefilter suppression list``, remove it and find the ``unsuppressed`` event naming who
did it.  The overview and domains screenshots are taken in every run; with
``BOUNCEFILTER_SCREENSHOTS=1`` they are saved into docs/img/ (the README shows them), else into a
temporary folder, so that a test run leaves the working tree as it found it.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

import webstack as ws

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.skipif(not ws.CORPUS.is_dir(), reason=f"the shared corpus is not at {ws.CORPUS}"),
    pytest.mark.skipif(not (CHROMIUM and DRIVER),
                       reason="needs Debian's chromium and chromium-driver (scripts/install-system-deps.sh)"),
]
IMG = ws.REPO / "docs" / "img" if os.environ.get("BOUNCEFILTER_SCREENSHOTS") == "1" else \
    Path(tempfile.gettempdir()) / "bouncefilter-screenshots"


def browser():
    """A headless Chromium (root in CI: no sandbox), 1280x900."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    import os

    os.environ.setdefault("SE_OFFLINE", "true")  # selenium: the given driver, never a download
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    # traffic stays on loopback: no background networking, updates, sync or metrics
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
              "--window-size=1280,900", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--disable-domain-reliability", "--metrics-recording-only", "--proxy-server=direct://",
              "--proxy-bypass-list=*"):
        opts.add_argument(a)
    return webdriver.Chrome(service=Service(DRIVER), options=opts)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return ws.make_home(tmp_path_factory.mktemp("webui"))


@pytest.fixture(scope="module")
def server(home):
    s = ws.start_web(home)
    yield s
    assert s.stop() == 0, s.log.read_text()


@pytest.fixture(scope="module")
def driver(server):
    d = browser()
    d.set_page_load_timeout(60)
    try:
        login(d, server)  # once: the session cookie serves every test of the module
        yield d
    finally:
        d.quit()


def click_and_wait(driver, element):
    """Click what submits a form and wait until the next page has replaced this one."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from selenium.common.exceptions import WebDriverException

    # Chromium may still be swapping documents from a navigation just before (seen under load:
    # "Node with given id does not belong to the document"): ask again for the current one
    deadline = time.monotonic() + 10
    while True:
        try:
            old = driver.find_element(By.TAG_NAME, "html")
            break
        except WebDriverException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    element.click()

    def replaced(d) -> bool:
        # the old document is gone: selenium's staleness_of says so on a StaleElementReference;
        # Chromium under load may instead answer "Node with given id does not belong to the
        # document" for a node of the swapped-out document, which says the same
        try:
            return ec.staleness_of(old)(d)
        except WebDriverException as exc:
            if "does not belong to the document" in str(exc):
                return True
            raise

    WebDriverWait(driver, 30).until(replaced)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


def login(driver, server, token=ws.WRITE_TOKEN):
    from selenium.webdriver.common.by import By

    driver.get(server.url + "/")
    assert "/login" in driver.current_url  # no session yet: the login page
    driver.find_element(By.ID, "token").send_keys(token)
    click_and_wait(driver, driver.find_element(By.ID, "login"))
    assert "/login" not in driver.current_url


def full_screenshot(driver, path):
    """The whole page, not only the window."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height + 40, 600), 4000))
    IMG.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(path))
    driver.set_window_size(1280, 900)
    assert path.stat().st_size > 10_000


def test_overview_shows_non_empty_charts(driver, server):
    from selenium.webdriver.common.by import By

    driver.get(server.url + "/?days=30")
    assert driver.title.startswith("Overview")
    bars = driver.find_elements(By.CSS_SELECTOR, "#daily-chart svg rect.bar")
    assert bars, "no bar in the chart"
    counts = [int(b.get_attribute("data-count")) for b in bars]
    assert sum(counts) == int(driver.find_element(By.ID, "bounces-total").text) > 300
    # the bars are drawn: a real size on the page
    assert max(b.size["height"] for b in bars) > 50
    assert {b.get_attribute("data-class") for b in bars} >= {"hard", "soft", "block"}
    assert driver.find_element(By.ID, "hard-rate").text.endswith("%")
    assert driver.find_elements(By.CSS_SELECTOR, "#alerts tr td a")  # block bounces alert by default
    full_screenshot(driver, IMG / "overview.png")


def test_domains_page_has_sparklines(driver, server):
    from selenium.webdriver.common.by import By

    driver.get(server.url + "/domains?days=30")
    rows = driver.find_elements(By.CSS_SELECTOR, "#domains tr")[1:]
    assert len(rows) >= 10
    sparks = driver.find_elements(By.CSS_SELECTOR, "#domains svg.spark polyline")
    assert len(sparks) == 2 * len(rows)
    assert any(int(s.find_element(By.XPATH, "..").get_attribute("data-max")) > 0 for s in sparks)
    full_screenshot(driver, IMG / "domains.png")


def test_campaigns_page_groups_by_the_campaign_header(driver, server):
    from selenium.webdriver.common.by import By

    driver.get(server.url + "/campaigns?days=7")
    cells = {tuple(td.text for td in tr.find_elements(By.TAG_NAME, "td")[:3])
             for tr in driver.find_elements(By.CSS_SELECTOR, "#campaigns tr")[1:]}
    assert ("X-Campaign-Id", "spring-sale", "4") in cells and ("X-Campaign-Id", "newsletter-12", "2") in cells


def test_add_and_remove_a_suppression_in_the_page(driver, server, home):
    from selenium.webdriver.common.by import By

    address = "browser-added@example.org"
    driver.get(server.url + "/suppressions")
    driver.find_element(By.ID, "add-address").send_keys(address)
    reason = driver.find_element(By.ID, "add-reason")
    reason.clear()
    reason.send_keys("asked by phone")
    click_and_wait(driver, driver.find_element(By.ID, "add-submit"))
    assert f"{address}: suppressed" in driver.find_element(By.ID, "message").text
    listed = home.cli("suppression", "list", "--config", str(home.config), "--long").stdout
    row = next(json.loads(line) for line in listed.splitlines() if json.loads(line)["address"] == address)
    assert row["reason"] == "asked by phone" and row["policy"] == "manual"

    driver.get(server.url + "/suppressions?q=browser-added")
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, f"button.remove[data-address='{address}']"))
    assert f"{address}: unsuppressed" in driver.find_element(By.ID, "message").text
    assert address not in home.cli("suppression", "list", "--config", str(home.config)).stdout.split()
    events = [json.loads(line) for line in
              home.cli("events", "--config", str(home.config), "--address", address).stdout.splitlines()]
    unsuppressed = [e for e in events if e["event"] == "unsuppressed"]
    assert len(unsuppressed) == 1 and unsuppressed[0]["source"] == "web:admin"


def test_event_page_shows_the_classified_report(driver, server):
    from selenium.webdriver.common.by import By

    driver.get(server.url + "/events?kind=failed&class=hard")
    click_and_wait(driver, driver.find_elements(By.CSS_SELECTOR, "#events tr td a")[0])
    payload = json.loads(driver.find_element(By.ID, "payload").text)
    assert payload["kind"] == "failed" and payload["recipient"]["class"] == "hard"


def test_a_read_only_login_sees_no_forms(server):
    from selenium.webdriver.common.by import By

    d = browser()
    try:
        login(d, server, ws.READ_TOKEN)
        d.get(server.url + "/suppressions")
        assert d.find_elements(By.CSS_SELECTOR, "#suppressions td.address")
        assert not d.find_elements(By.ID, "add-form") and not d.find_elements(By.CSS_SELECTOR, "button.remove")
    finally:
        d.quit()


def test_import_a_csv_list_in_the_page(driver, server, home, tmp_path):
    from selenium.webdriver.common.by import By

    f = tmp_path / "list.csv"
    f.write_text("email,reason\nimported1@example.net,left the company\nImported2@example.net,\nnot-an-address,x\n")
    driver.get(server.url + "/suppressions")
    driver.find_element(By.ID, "import-file").send_keys(str(f))
    click_and_wait(driver, driver.find_element(By.ID, "import-submit"))
    assert "import: 2 suppressed, 0 already suppressed, 1 bad line(s)" in driver.find_element(By.ID, "message").text
    rows = {json.loads(line)["address"]: json.loads(line) for line in
            home.cli("suppression", "list", "--config", str(home.config), "--long").stdout.splitlines()}
    assert rows["imported1@example.net"]["reason"] == "left the company"
    assert rows["imported2@example.net"]["reason"] == "manual"
    made = [json.loads(line) for line in home.cli("events", "--config", str(home.config), "--address",
                                                  "imported1@example.net").stdout.splitlines()]
    assert [e["source"] for e in made if e["event"] == "suppressed"] == ["web:admin"]
