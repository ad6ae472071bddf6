#!/usr/bin/env python3
"""Drives signpost-web in headless Chromium: whole conversations by clicking, axe-core on every kind
of page (zero violations allowed), Back and Reload on every kind of page (no form is ever sent again),
Change (keeping later answers, or saying which it removes first), the largest conversation a page
allows, Exit this page by button and by Shift pressed three times and its reach at 375 pixels, the site
with JavaScript off, and screenshots at 375 and 1280 pixels wide.

Usage: browser_test.py [PATH-TO-signpost-web]   (default: `swift build --show-bin-path`/signpost-web)
Screenshots go to $SCREENSHOT_DIR, or else to a new temporary folder: never into the repository unless
asked (SCREENSHOT_DIR=docs/web-screenshots refreshes the ones docs/deploying.md links to). Exits 1 if
any check fails; the last line is "N passed, N failed".
"""
import http.server
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
try:  # selenium-axe-python ships axe-core 4.9 (with the WCAG 2.2 rules); axe-selenium-python 2.x ships 3.1
    from selenium_axe_python import Axe
except ImportError:
    from axe_selenium_python import Axe

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = os.environ.get("SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="signpost-screenshots-")
WIDTHS = (375, 1280)

results = {"passed": 0, "failed": 0}
axe_report = []
axe_version = ["?"]
# Every WCAG 2.0, 2.1 and 2.2 A and AA rule, and axe's best practices (landmarks, one h1, ...).
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
                                                      "best-practice"]}}


def check(name, condition, detail=""):
    if condition:
        results["passed"] += 1
        print(f"PASS {name}")
    else:
        results["failed"] += 1
        print(f"FAIL {name} {detail}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Neutral(http.server.BaseHTTPRequestHandler):
    """The neutral site Exit this page leaves for, and a page to stand before the site in the history."""

    def do_GET(self):
        title = "Before" if self.path.startswith("/before") else "Weather"
        body = f"<!DOCTYPE html><html lang='en'><title>{title}</title><h1>{title}</h1></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def start_neutral():
    port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Neutral)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}"


def start_site(binary, exit_url):
    port = free_port()
    process = subprocess.Popen([binary, "--port", str(port), "--exit-url", exit_url],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1).read()
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("signpost-web did not start")


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service("/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else Service()
    return webdriver.Chrome(options=options, service=service)


def run_axe(driver, kind):
    axe = Axe(driver)
    axe.inject()
    outcome = axe.run(options=AXE_OPTIONS)
    axe_version[0] = outcome.get("testEngine", {}).get("version", "?")
    violations = outcome["violations"]
    axe_report.append({"page": kind, "url": driver.current_url.split("?")[0], "violations": len(violations),
                       "passes": len(outcome["passes"]), "incomplete": len(outcome["incomplete"])})
    detail = "; ".join(f"{v['id']} ({v['impact']}): {len(v['nodes'])} nodes, e.g. {v['nodes'][0]['target']}"
                       for v in violations)
    check(f"axe: no violations on the {kind} page", not violations, detail)


def screenshot(driver, kind):
    os.makedirs(SHOTS, exist_ok=True)
    for width in WIDTHS:
        driver.set_window_size(width, 900)
        height = driver.execute_script(
            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
        driver.set_window_size(width, min(max(height, 600), 6000))
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(SHOTS, f"{kind}-{width}.png"))
    driver.set_window_size(1280, 900)


titles_seen = []


def visit(driver, kind, shoot=True):
    """Every kind of page gets axe, Back and Reload, and, once, screenshots."""
    titles_seen.append(driver.title)
    run_axe(driver, kind)
    back_and_reload(driver, kind)
    if shoot:
        screenshot(driver, kind)


def page_ok(driver):
    """A page of the site (or the neutral site), not a browser error or a resubmission prompt."""
    source = driver.page_source
    ours = driver.current_url.startswith("http")
    return ("ERR_CACHE_MISS" not in source and "Confirm Form Resubmission" not in source
            and (not ours or bool(driver.find_elements(By.TAG_NAME, "h1"))))


def heading(driver):
    headings = driver.find_elements(By.CSS_SELECTOR, "main h1")
    return headings[0].text if headings else None


def back_and_reload(driver, kind):
    """Reload shows the same page; Back shows the page before it; Forward returns. Every page is a GET,
    so none of these sends a form again."""
    url, title, first = driver.current_url, driver.title, heading(driver)
    driver.refresh()
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    check(f"Reload on the {kind} page shows the same page", driver.current_url == url and driver.title == title
          and heading(driver) == first and page_ok(driver), f"{driver.title} / {heading(driver)}")
    driver.back()
    try:
        WebDriverWait(driver, 30).until(lambda d: d.current_url != url)
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
        went_back = page_ok(driver)
    except Exception:
        went_back = False
    check(f"Back from the {kind} page shows the page before it", went_back, driver.current_url[:80])
    driver.forward()
    WebDriverWait(driver, 30).until(lambda d: d.current_url == url)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    time.sleep(0.3)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    check(f"Forward returns to the {kind} page", driver.title == title and heading(driver) == first, driver.title)


def main_text(driver):
    return driver.find_element(By.TAG_NAME, "main").text


def question(driver):
    headings = driver.find_elements(By.CSS_SELECTOR, "main legend h1")
    return headings[0].text if headings else None


def labels(driver):
    return [label.text for label in driver.find_elements(By.CSS_SELECTOR, "main .radios__label")]


def choose(driver, wanted):
    """Clicks the answer whose label starts with one of `wanted` (in order), then Continue.

    Chromium can be swapping documents under a click ("Node with given id does not belong to the
    document", seen in fresh-clone CI runs). Every answer gives a new address: if the address changes
    within 5 seconds of the error, the answer went through and the next page is waited for; if not, the
    answer had not been sent, and it is chosen again. So an answer is never sent twice.
    """
    for attempt in range(3):
        before = driver.current_url
        picked = []
        try:
            return choose_once(driver, wanted, picked)
        except WebDriverException as error:
            if attempt == 2 or "does not belong to the document" not in str(error):
                raise
            if picked:
                try:
                    WebDriverWait(driver, 5).until(lambda d: d.current_url != before)
                except TimeoutException:
                    continue
                WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
                return picked[0]
            time.sleep(0.5)


def choose_once(driver, wanted, picked):
    offered = [label.text for label in driver.find_elements(By.CSS_SELECTOR, "main .radios__label")]
    for prefix in wanted:
        for index, chosen in enumerate(offered):
            if chosen.lower().startswith(prefix.lower()):
                driver.find_elements(By.CSS_SELECTOR, "main .radios__label")[index].click()
                picked.append(chosen)
                submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
                return chosen
    raise AssertionError(f"none of {wanted} among {offered}")


def submit_and_wait(driver, button):
    """Clicks a button that posts a form, and waits until the next page has fully loaded.

    The old button going stale only says the old page has gone: Chromium can still be swapping in the
    new document, and an element found in that moment "does not belong to the document" a moment later.
    So this also waits for the new document to report `complete`, and for its main element to be there.
    """
    button.click()
    WebDriverWait(driver, 30).until(expected_conditions.staleness_of(button))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    WebDriverWait(driver, 30).until(expected_conditions.presence_of_element_located((By.TAG_NAME, "main")))


def click_continue(driver):
    for attempt in range(3):
        try:
            WebDriverWait(driver, 30).until(expected_conditions.presence_of_element_located(
                (By.XPATH, "//main//button[normalize-space()='Continue']")))
            submit_and_wait(driver, driver.find_element(By.XPATH, "//main//button[normalize-space()='Continue']"))
            return
        except WebDriverException:
            # A document restored by Back or Forward can still be swapping in: find the button again.
            if attempt == 2:
                raise
            time.sleep(0.5)


def click_button(driver, words):
    """Clicks the button or link with these words and waits for the next page. A page restored by Back
    or Forward can still be swapping in its document, so an element found in that moment "does not
    belong to the document" when clicked: then the click did not happen, and it is found and clicked
    again, at most three times. Once a click has gone through, nothing is tried again."""
    where = (By.XPATH, f"//button[normalize-space()='{words}'] | //a[normalize-space()='{words}']")
    for attempt in range(3):
        try:
            button = WebDriverWait(driver, 30).until(expected_conditions.presence_of_element_located(where))
            button.click()
        except (StaleElementReferenceException, WebDriverException) as error:
            if attempt == 2 or not (isinstance(error, StaleElementReferenceException)
                                    or "does not belong to the document" in str(error)):
                raise
            WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
            continue
        WebDriverWait(driver, 30).until(expected_conditions.staleness_of(button))
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
        WebDriverWait(driver, 30).until(expected_conditions.presence_of_element_located((By.TAG_NAME, "main")))
        return


def is_end(driver):
    return bool(driver.find_elements(By.XPATH, "//button[normalize-space()='Download your plan']"))


def walk(driver, preferences, addresses=("https://example.org/a", "https://example.org/b"), limit=40):
    """Answers by preference (a list of label prefixes, tried in order) until the end, filling in any
    list of web addresses and carrying on after pauses. Returns the questions seen."""
    seen = []
    for _ in range(limit):
        # Chromium can still be swapping in a new document when an element of it is first found ("Node
        # with given id does not belong to the document"): a step that meets that reads the page afresh
        # and tries again, at most three times. Each step starts from what the page now shows, so a step
        # whose click already went through is not repeated.
        for attempt in range(3):
            try:
                if walk_step(driver, preferences, addresses, seen):
                    return seen
                break
            except (StaleElementReferenceException, WebDriverException) as error:
                if attempt == 2 or not (isinstance(error, StaleElementReferenceException)
                                        or "does not belong to the document" in str(error)):
                    raise
                WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    raise AssertionError(f"no end after {limit} steps; questions seen: {seen}")


def walk_step(driver, preferences, addresses, seen):
    """One step of `walk`; whether the end has been reached."""
    if is_end(driver):
        return True
    if driver.find_elements(By.CSS_SELECTOR, "main textarea"):
        area = driver.find_element(By.CSS_SELECTOR, "main textarea")
        area.clear()
        area.send_keys("\n".join(addresses))
        click_continue(driver)
    elif driver.find_elements(By.CSS_SELECTOR, "main .radios__label"):
        asked = question(driver)
        choose(driver, preferences + [labels(driver)[-1]])
        seen.append(asked)
    else:
        if "advice" not in visited_kinds:
            visited_kinds.add("advice")
            visit(driver, "advice", shoot=False)
        click_continue(driver)
    return False


visited_kinds = set()


def trail_of(driver):
    return driver.find_element(By.CSS_SELECTOR, "main input[name=state], form input[name=state]").get_attribute("value")


def test_conversations(driver, base):
    driver.get(base + "/")
    check("the first page asks the danger question", "danger" in (question(driver) or "").lower(), question(driver))
    check("the first question's help is a hint", bool(driver.find_elements(By.CSS_SELECTOR, "fieldset .hint")))
    visit(driver, "question")

    click_continue(driver)
    summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    check("Continue without an answer shows an error summary", bool(summary) and "Select one answer" in summary[0].text)
    check("the error summary has focus", driver.switch_to.active_element.get_attribute("class") == "error-summary")
    check("the title says there is an error", driver.title.startswith("Error: "), driver.title)
    visit(driver, "question-error")

    # A parent whose child told them; the image's web addresses are known.
    choose(driver, ["No"])
    choose(driver, ["I am their parent"])
    choose(driver, ["The child told me"])
    for _ in range(10):
        if driver.find_elements(By.CSS_SELECTOR, "main textarea"):
            break
        if driver.find_elements(By.CSS_SELECTOR, "main .radios__label"):
            choose(driver, ["Yes, I have", "13 to 15", "No"])
        else:
            click_continue(driver)
    check("web addresses are asked for in a text area with a label",
          bool(driver.find_elements(By.CSS_SELECTOR, "label[for=entries]")))
    visit(driver, "web-addresses")

    area = driver.find_element(By.CSS_SELECTOR, "main textarea")
    area.send_keys("https://example.org/one\nnot an address")
    click_continue(driver)
    summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    check("an entry that is not a web address is refused with an error summary", bool(summary))
    box = driver.find_element(By.CSS_SELECTOR, "main textarea").get_attribute("value")
    check("the refused entry is put back in the box", box.strip() == "not an address", box)
    check("the good entry was kept", "Saved so far: 1." in main_text(driver), main_text(driver)[:300])
    visit(driver, "web-addresses-error")

    area = driver.find_element(By.CSS_SELECTOR, "main textarea")
    area.clear()
    area.send_keys("https://example.org/two")
    click_continue(driver)
    walk(driver, ["No", "Not sure"])
    text = main_text(driver)
    check("the end shows the plan", "Your action plan" in text)
    check("the end page's heading says what it is, and the plan comes first",
          heading(driver) == "What to do now" and text.index("Your action plan") < text.index("More about what to do"), heading(driver))
    check("services are links: tel: for numbers, https for sites",
          bool(driver.find_elements(By.CSS_SELECTOR, "main a[href='tel:08001111']"))
          and bool(driver.find_elements(By.CSS_SELECTOR, "main a[href^='https://']")))
    check("the end shows where to get support", "Where to get support" in text and "0800 1111" in text)
    check("the plan lists the web addresses", "https://example.org/one" in text and "https://example.org/two" in text)
    visit(driver, "plan-end")

    # Download your plan: the same form, posted from here.
    state = driver.find_element(By.CSS_SELECTOR, "form[action='/plan.txt'] input[name=state]").get_attribute("value")
    request = urllib.request.Request(base + "/plan.txt", data=urllib.parse.urlencode({"state": state}).encode())
    with urllib.request.urlopen(request) as response:
        body = response.read().decode()
        check("Download your plan is a plain text attachment",
              response.headers["Content-Type"].startswith("text/plain")
              and response.headers["Content-Disposition"].startswith("attachment"))
        check("the downloaded plan holds the plan and support, not the addresses",
              "Your action plan" in body and "Where to get support" in body and "example.org" not in body)

    # Print: the print stylesheet keeps the plan and hides the buttons.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = driver.execute_script(
        "return getComputedStyle(document.querySelector('.commands')).display === 'none'"
        " && getComputedStyle(document.querySelector('.plan')).display !== 'none'")
    check("the print stylesheet keeps the plan and hides the buttons", hidden)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    before_answers = heading(driver)
    click_button(driver, "Your answers")
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "a.back-link"))
    check("Your answers' Back returns to the page it was opened from", heading(driver) == before_answers, heading(driver))
    click_button(driver, "Your answers")
    rows = driver.find_elements(By.CSS_SELECTOR, ".summary-list__key")
    changes = driver.find_elements(By.CSS_SELECTOR, ".summary-list__actions button")
    check("Your answers lists every answer with a Change button",
          len(rows) >= 5 and len(changes) == len(rows) and all(c.text.startswith("Change") for c in changes), str(len(rows)))
    visit(driver, "your-answers")
    submit_and_wait(driver, driver.find_elements(By.CSS_SELECTOR, ".summary-list__actions button")[1])
    check("Change asks that question again", "Who are you" in (question(driver) or ""), question(driver))
    choose(driver, ["Another adult"])
    if heading(driver) == "Check before you change this answer":
        click_button(driver, "Change my answer")
    check("after a change the conversation goes on from there", question(driver) is not None or is_end(driver), heading(driver))

    click_button(driver, "Your plan so far")
    check("Your plan so far shows the plan", "Your action plan" in main_text(driver))
    visit(driver, "plan-so-far")
    click_button(driver, "Back to the questions")
    check("Back to the questions returns to the page it came from", question(driver) is not None or is_end(driver), heading(driver))

    click_button(driver, "Back")
    check("the page's Back shows the previous page", "Who are you" in (question(driver) or ""), question(driver))

    emergency = driver.find_element(By.CSS_SELECTOR, ".emergency button")
    check("the emergency command is on the page, first", emergency.text.startswith("999"))
    submit_and_wait(driver, emergency)
    check("999 shows the emergency advice", "999" in main_text(driver))
    visit(driver, "emergency")
    while not driver.find_elements(By.CSS_SELECTOR, "main .radios__label, main textarea") and not is_end(driver):
        click_continue(driver)
    check("after the emergency advice the conversation goes on", not is_end(driver))

    submit_and_wait(driver, driver.find_element(By.LINK_TEXT, "Start again"))
    visit(driver, "start", shoot=False)
    check("Start again goes back to the first question", "danger" in (question(driver) or "").lower())

    # Another whole conversation: school staff, to the end.
    choose(driver, ["No"])
    choose(driver, ["I work at"])
    walk(driver, ["No", "Not sure"])
    check("a member of staff reaches a plan", "Your action plan" in main_text(driver))

    # Unknown address, and a tampered form.
    driver.get(base + "/no-such-page")
    check("an unknown address has a friendly page", "Page not found" in main_text(driver))
    visit(driver, "not-found")
    for path, kind in (("/privacy", "privacy"), ("/accessibility", "accessibility")):
        driver.get(base + path)
        visit(driver, kind, shoot=False)
    driver.get(base + "/")
    driver.execute_script("document.querySelector('main input[name=state]').value = 'tampered'")
    choose(driver, ["No"])
    check("a tampered page starts again politely", "started again" in main_text(driver))


def walk_to_list(driver, base):
    driver.get(base + "/")
    choose(driver, ["No"])
    choose(driver, ["I am their parent"])
    choose(driver, ["The child told me"])
    for _ in range(10):
        if driver.find_elements(By.CSS_SELECTOR, "main textarea"):
            return
        if driver.find_elements(By.CSS_SELECTOR, "main .radios__label"):
            choose(driver, ["Yes, I have", "13 to 15", "No"])
        else:
            click_continue(driver)
    raise AssertionError("the list of web addresses was not reached")


def answer_rows(driver):
    click_button(driver, "Your answers")
    rows = [row.text for row in driver.find_elements(By.CSS_SELECTOR, ".summary-list__value")]
    return rows


def test_change(driver, base):
    """Change keeps the later answers that still apply; a change that removes some says which first,
    and Keep my earlier answer undoes it."""
    walk_to_list(driver, base)
    area = driver.find_element(By.CSS_SELECTOR, "main textarea")
    area.send_keys("https://example.org/kept")
    click_continue(driver)
    walk(driver, ["No", "Not sure"])
    before = answer_rows(driver)
    changes = driver.find_elements(By.CSS_SELECTOR, ".summary-list__actions button")
    submit_and_wait(driver, changes[0])
    check("Change shows the earlier answer already chosen",
          bool(driver.find_elements(By.CSS_SELECTOR, "main input[type=radio]:checked")))
    check("Change says later answers that still apply are kept", "later answers that still apply will be kept" in main_text(driver))
    visit(driver, "change-question", shoot=False)
    click_continue(driver)
    check("changing to the same answer returns to the end with every answer and address kept",
          heading(driver) == "What to do now" and "https://example.org/kept" in main_text(driver), heading(driver))
    check("Your answers after the change lists the same answers", answer_rows(driver) == before)
    changes = driver.find_elements(By.CSS_SELECTOR, ".summary-list__actions button")
    submit_and_wait(driver, changes[1])
    choose(driver, ["I work at"])
    check("a change that removes later answers says which first",
          heading(driver) == "Check before you change this answer" and bool(driver.find_elements(By.CSS_SELECTOR, "[data-reply=dropped] dt")),
          heading(driver))
    visit(driver, "change-confirm")
    click_button(driver, "Keep my earlier answer")
    check("Keep my earlier answer returns with nothing removed",
          heading(driver) == "What to do now" and "https://example.org/kept" in main_text(driver), heading(driver))


def test_largest(driver, base):
    """The largest conversation a page allows: a full text area of long web addresses, every question,
    then the first answer changed again and again (each change gives every later answer again)."""
    walk_to_list(driver, base)
    area = driver.find_element(By.CSS_SELECTOR, "main textarea")
    limit = int(area.get_attribute("maxlength"))
    addresses = "\n".join(f"https://example.org/{n}/" + "a" * 950 for n in range(5))[:limit]
    driver.execute_script("arguments[0].value = arguments[1]", area, addresses)
    click_continue(driver)
    walk(driver, ["No", "Not sure"])
    for round in range(3):
        changes = answer_rows(driver) and driver.find_elements(By.CSS_SELECTOR, ".summary-list__actions button")
        submit_and_wait(driver, changes[0])
        if not driver.find_elements(By.XPATH, "//main//button[normalize-space()='Continue']"):
            check(f"the largest conversation's change {round + 1} asks the question again", False,
                  f"{driver.title} {driver.current_url[:60]} {heading(driver)} (url {len(driver.current_url)} characters)")
            return
        click_continue(driver)
    check("the largest conversation reaches the end with its addresses",
          heading(driver) == "What to do now" and "https://example.org/4/aaa" in main_text(driver), heading(driver))
    check("the largest conversation's address is within the 48 KiB a proxy is told to accept",
          len(driver.current_url) < 48 * 1024, str(len(driver.current_url)))
    visit(driver, "largest-end", shoot=False)
    state = trail_of(driver)
    request = urllib.request.Request(base + "/plan.txt", data=urllib.parse.urlencode({"state": state, "with": "addresses"}).encode())
    with urllib.request.urlopen(request) as response:
        check("the largest conversation's plan downloads with its addresses", "https://example.org/4/" in response.read().decode())


def largest_in_its_own_browser(base):
    """`test_largest` in a browser of its own. Its many page changes sometimes meet Chromium swapping
    documents ("Node with given id does not belong to the document", seen in a fresh-clone CI run): then,
    and only then, it is run once more from the start in a new browser, and says so."""
    for attempt in range(2):
        driver = browser()
        driver.set_page_load_timeout(60)
        try:
            test_largest(driver, base)
            return
        except WebDriverException as error:
            swapped = "does not belong to the document" in str(error)
            # A page that did not come within 30 seconds: seen once, on a machine running two other
            # builds, and passing at once when run again alone.
            if attempt == 1 or not (swapped or isinstance(error, TimeoutException)):
                raise
            why = "met Chromium swapping documents" if swapped else "waited over 30 seconds for a page"
            print(f"NOTE the largest conversation {why}; running it again in a new browser")
        finally:
            driver.quit()


def test_exit_reach(driver, base):
    """At 375 pixels, Exit this page stays in view wherever the page is scrolled."""
    driver.get(base + "/")
    driver.set_window_size(375, 700)
    reachable = []
    for position in ("0", "document.body.scrollHeight / 2", "document.body.scrollHeight"):
        driver.execute_script(f"window.scrollTo(0, {position})")
        time.sleep(0.1)
        reachable.append(driver.execute_script(
            "var b = document.querySelector('[data-exit-this-page]'); var r = b.getBoundingClientRect();"
            "var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            "return r.top >= 0 && r.bottom <= window.innerHeight && (e === b || b.contains(e));"))
    driver.set_window_size(1280, 900)
    check("at 375 px Exit this page is in view and on top at the top, middle and foot of the page", all(reachable), str(reachable))


def test_titles():
    check("no page title names the subject or a question",
          all(title.endswith(" – Signpost") and "image" not in title.lower() and "?" not in title for title in titles_seen
              if title not in ("Weather", "Before")), str(sorted(set(titles_seen))))


def test_exit(driver, base, neutral):
    driver.get(neutral + "/before")
    driver.get(base + "/")
    driver.find_element(By.CSS_SELECTOR, "[data-exit-this-page]").click()
    WebDriverWait(driver, 5).until(lambda d: d.current_url.startswith(neutral + "/weather"))
    check("Exit this page leaves for the neutral site", driver.current_url.startswith(neutral + "/weather"))
    driver.back()
    # Waits for Back to finish (the page before, or the site if Exit left it in the history), rather than
    # checking at a fixed time, which passes while Back is still under way.
    WebDriverWait(driver, 30).until(
        lambda d: not d.current_url.startswith(neutral + "/weather")
        and d.execute_script("return document.readyState") == "complete")
    check("Back after Exit this page does not return to the site", not driver.current_url.startswith(base),
          driver.current_url)
    check("Back after Exit this page goes to the page before the site", driver.current_url.startswith(neutral + "/before"),
          driver.current_url)

    driver.get(base + "/")
    body = driver.find_element(By.TAG_NAME, "body")
    actions = ActionChains(driver)
    for _ in range(3):
        actions.key_down(Keys.SHIFT).key_up(Keys.SHIFT)
    actions.perform()
    try:
        WebDriverWait(driver, 5).until(lambda d: d.current_url.startswith(neutral + "/weather"))
    except Exception:
        pass
    check("pressing Shift three times leaves for the neutral site", driver.current_url.startswith(neutral + "/weather"),
          driver.current_url)
    _ = body


def test_without_javascript(base, neutral):
    driver = browser(javascript=False)
    try:
        driver.get(base + "/")
        choose(driver, ["No"])
        check("without JavaScript an answer moves on", "Who are you" in (question(driver) or ""), question(driver))
        click_continue(driver)
        check("without JavaScript the error summary still shows", bool(driver.find_elements(By.CSS_SELECTOR, ".error-summary")))
        driver.find_element(By.CSS_SELECTOR, "[data-exit-this-page]").click()
        check("without JavaScript Exit this page is a plain link", driver.current_url.startswith(neutral + "/weather"),
              driver.current_url)
    finally:
        driver.quit()


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True).stdout.strip(),
        "signpost-web")
    neutral_server, neutral = start_neutral()
    site, base = start_site(binary, neutral + "/weather")
    driver = None
    try:
        driver = browser()
        for test in (lambda: test_conversations(driver, base), lambda: test_change(driver, base),
                     lambda: test_exit_reach(driver, base), lambda: test_exit(driver, base, neutral),
                     lambda: test_without_javascript(base, neutral), test_titles, lambda: largest_in_its_own_browser(base)):
            try:
                test()
            except Exception:
                check("no unexpected error", False, traceback.format_exc(limit=3).split("Stacktrace:")[0])
    finally:
        if driver:
            driver.quit()
        site.terminate()
        log = site.communicate(timeout=10)[0].decode(errors="replace")
        neutral_server.shutdown()
    check("the access log records no answers or web addresses",
          "example.org" not in log and "parent" not in log.lower() and "trail=" not in log, log[-500:])
    print(f"axe-core {axe_version[0]} results:", json.dumps(axe_report))
    print(f"Screenshots in {SHOTS}")
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
