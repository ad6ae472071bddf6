#!/usr/bin/env python3
"""Drives signpost-web in headless Chromium: whole conversations by clicking, axe-core on every kind
of page (zero violations allowed), Exit this page by button and by Shift pressed three times, the site
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
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
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


def visit(driver, kind, shoot=True):
    """Every kind of page gets axe and, once, screenshots."""
    run_axe(driver, kind)
    if shoot:
        screenshot(driver, kind)


def main_text(driver):
    return driver.find_element(By.TAG_NAME, "main").text


def question(driver):
    headings = driver.find_elements(By.CSS_SELECTOR, "main legend h1")
    return headings[0].text if headings else None


def labels(driver):
    return [label.text for label in driver.find_elements(By.CSS_SELECTOR, "main .radios__label")]


def choose(driver, wanted):
    """Clicks the answer whose label starts with one of `wanted` (in order), then Continue."""
    offered = [label.text for label in driver.find_elements(By.CSS_SELECTOR, "main .radios__label")]
    for prefix in wanted:
        for index, chosen in enumerate(offered):
            if chosen.lower().startswith(prefix.lower()):
                driver.find_elements(By.CSS_SELECTOR, "main .radios__label")[index].click()
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
    WebDriverWait(driver, 10).until(expected_conditions.staleness_of(button))
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    WebDriverWait(driver, 10).until(expected_conditions.presence_of_element_located((By.TAG_NAME, "main")))


def click_continue(driver):
    submit_and_wait(driver, driver.find_element(By.XPATH, "//main//button[normalize-space()='Continue']"))


def click_button(driver, words):
    submit_and_wait(driver, driver.find_element(By.XPATH, f"//button[normalize-space()='{words}']"))


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
                WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
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
        click_continue(driver)
    return False


def trail_of(driver):
    return driver.find_element(By.CSS_SELECTOR, "main input[name=trail], form input[name=trail]").get_attribute("value")


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
    check("the end shows where to get support", "Where to get support" in text and "0800 1111" in text)
    check("the plan lists the web addresses", "https://example.org/one" in text and "https://example.org/two" in text)
    visit(driver, "plan-end")

    # Download your plan: the same form, posted from here.
    trail = driver.find_element(By.CSS_SELECTOR, "form[action='/plan.txt'] input[name=trail]").get_attribute("value")
    request = urllib.request.Request(base + "/plan.txt", data=urllib.parse.urlencode({"trail": trail}).encode())
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

    click_button(driver, "Your answers")
    rows = driver.find_elements(By.CSS_SELECTOR, ".summary-list__key")
    changes = driver.find_elements(By.CSS_SELECTOR, ".summary-list__actions button")
    check("Your answers lists every answer with a Change button",
          len(rows) >= 5 and len(changes) == len(rows) and all(c.text.startswith("Change") for c in changes), str(len(rows)))
    visit(driver, "your-answers")
    submit_and_wait(driver, driver.find_elements(By.CSS_SELECTOR, ".summary-list__actions button")[1])
    check("Change asks that question again", "Who are you" in (question(driver) or ""), question(driver))
    choose(driver, ["Another adult"])
    check("after a change the conversation goes on from there", question(driver) is not None)

    click_button(driver, "Your plan so far")
    check("Your plan so far shows the plan", "Your action plan" in main_text(driver))
    visit(driver, "plan-so-far")
    click_button(driver, "Back to the questions")
    check("Back to the questions returns to the question", question(driver) is not None)

    click_button(driver, "Back")
    check("Back undoes the last answer", "Who are you" in (question(driver) or ""), question(driver))

    emergency = driver.find_element(By.CSS_SELECTOR, ".emergency button")
    check("the emergency command is on the page, first", emergency.text.startswith("999"))
    submit_and_wait(driver, emergency)
    check("999 shows the emergency advice", "999" in main_text(driver))
    visit(driver, "emergency")
    while not driver.find_elements(By.CSS_SELECTOR, "main .radios__label, main textarea") and not is_end(driver):
        click_continue(driver)
    check("after the emergency advice the conversation goes on", not is_end(driver))

    submit_and_wait(driver, driver.find_element(By.LINK_TEXT, "Start again"))
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
    driver.get(base + "/")
    driver.execute_script("document.querySelector('main input[name=trail]').value = 'tampered'")
    choose(driver, ["No"])
    check("a tampered page starts again politely", "started again" in main_text(driver))


def test_exit(driver, base, neutral):
    driver.get(neutral + "/before")
    driver.get(base + "/")
    driver.find_element(By.CSS_SELECTOR, "[data-exit-this-page]").click()
    WebDriverWait(driver, 5).until(lambda d: d.current_url.startswith(neutral + "/weather"))
    check("Exit this page leaves for the neutral site", driver.current_url.startswith(neutral + "/weather"))
    driver.back()
    # Waits for Back to finish (the page before, or the site if Exit left it in the history), rather than
    # checking at a fixed time, which passes while Back is still under way.
    WebDriverWait(driver, 5).until(
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
        for test in (lambda: test_conversations(driver, base), lambda: test_exit(driver, base, neutral),
                     lambda: test_without_javascript(base, neutral)):
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
