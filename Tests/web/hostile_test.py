#!/usr/bin/env python3
"""Attacks a running signpost-web as a hostile client would, and checks every answer: each kind of
malformed request gets a 4xx page with the security headers and a log line (never a 500); idle and
stalled connections are closed; 1,000 idle connections do not stop other clients getting pages within
100 ms; a crafted form costs at most 5 times a normal one; shutdown does not hang on a half-sent body.

Usage: hostile_test.py PATH-TO-signpost-web
Exits 1 if any check fails; the last line is "N passed, N failed".
"""
import json
import os
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

results = {"passed": 0, "failed": 0}
SECURITY = ["cache-control: no-store", "referrer-policy: no-referrer", "x-content-type-options: nosniff",
            "content-security-policy: default-src 'self'"]
IDLE_CONNECTIONS = int(os.environ.get("IDLE_CONNECTIONS", "1000"))


def check(name, condition, detail=""):
    results["passed" if condition else "failed"] += 1
    print(("PASS " if condition else "FAIL ") + name + ("" if condition else f" {detail}"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def raise_file_limit(wanted):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted and hard >= wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def raw(port, data, pause_after=None, shut=False, timeout=15):
    """Sends bytes (a list of pieces, with `pause_after` seconds between them), returns (status, headers
    lowercased, body), or (None, '', '') when the server closed without answering."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        pieces = data if isinstance(data, list) else [data]
        try:
            for index, piece in enumerate(pieces):
                s.sendall(piece)
                if pause_after and index < len(pieces) - 1:
                    time.sleep(pause_after)
            if shut:
                s.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        received = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                received += chunk
                if b"\r\n\r\n" in received:
                    head, _, body = received.partition(b"\r\n\r\n")
                    length = re.search(rb"(?i)content-length: *(\d+)", head)
                    if length and len(body) >= int(length.group(1)):
                        break
        except OSError:
            pass
    if not received:
        return None, "", ""
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.decode(errors="replace").split("\r\n")
    status = int(lines[0].split()[1]) if len(lines[0].split()) > 1 else None
    return status, "\n".join(lines[1:]).lower(), body.decode(errors="replace")


def start(binary):
    port = free_port()
    log = open(os.environ.get("HOSTILE_LOG", "/tmp/signpost-hostile.log"), "w+")
    process = subprocess.Popen([binary, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            return process, port, log
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("signpost-web did not start")


def page_state(port, path="/"):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as response:
        page = response.read().decode()
    return re.search(r'name="state" value="([^"]*)"', page).group(1), page


def form_request(path, fields, extra=""):
    body = urllib.parse.urlencode(fields).encode()
    return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n").encode() + body


def test_malformed(port):
    state, _ = page_state(port)
    kinds = {
        "a request line that is not HTTP": (b"GARBAGE\r\n\r\n", {}),
        "a header without a colon": (b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", {}),
        "a malformed chunked body": (b"POST /next HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                     b"Content-Type: application/x-www-form-urlencoded\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", {}),
        "a body cut short": (b"POST /next HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"
                             b"Content-Type: application/x-www-form-urlencoded\r\n\r\nstate=abc", {"shut": True}),
        "a body over the limit by its length": (b"POST /next HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n", {}),
        "a form that is not UTF-8": (form_request("/next", {}).replace(b"Content-Length: 0", b"Content-Length: 9") + b"state=%ff", {}),
        "a form with too many fields": (b"POST /next HTTP/1.1\r\nHost: x\r\nContent-Length: 80\r\nConnection: close\r\n\r\n"
                                        + b"a=1&" * 20, {}),
        "a line no page offers": (form_request("/next", {"state": state, "say": "Call 0906 000 0000"}), {}),
        "a form from another site": (form_request("/next", {"state": state, "say": "999"}, "Sec-Fetch-Site: cross-site\r\n"), {}),
        "PUT": (b"PUT /next HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", {}),
        "DELETE": (b"DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", {}),
        "OPTIONS": (b"OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", {}),
        "TRACE": (b"TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", {}),
        "GET of a form address": (b"GET /next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", {}),
        "an unknown address": (b"GET /admin/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", {}),
    }
    refused = 0
    for name, (data, options) in kinds.items():
        status, headers, body = raw(port, data, **options)
        refused += 1
        check(f"{name}: a 4xx", status is not None and 400 <= status < 500, f"status {status}")
        check(f"{name}: with the security headers", all(h in headers for h in SECURITY), headers[:300])
        check(f"{name}: a page in the site's look", "Start again" in body or "Exit this page" in body, body[:200])
    return refused


def test_slow_clients(port):
    """A body that trickles in gets 408 after the read timeout; a header that trickles in, or a
    connection that sends nothing, is closed by the idle timeout."""
    outcome = {}

    def trickle_body():
        head = (b"POST /next HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                b"Content-Length: 40\r\nConnection: close\r\n\r\n")
        outcome["body"] = raw(port, [head] + [b"a"] * 8, pause_after=2, timeout=30)

    def trickle_header():
        started = time.monotonic()
        outcome["header"] = raw(port, [b"GET / HTTP/1.1\r\n"] + [b"X-A: b\r\n"] * 0 + [b"X"] * 1, timeout=30)
        outcome["header-time"] = time.monotonic() - started

    def silent():
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
            try:
                data = s.recv(10)
            except OSError:
                data = b"error"
        outcome["silent"] = (data, time.monotonic() - started)

    threads = [threading.Thread(target=f) for f in (trickle_body, trickle_header, silent)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    status, headers, _ = outcome["body"]
    check("a body that trickles in gets 408 with the security headers", status == 408 and all(h in headers for h in SECURITY),
          f"status {status}")
    check("a header that never ends is closed within 15 s", outcome["header"][0] in (None, 400, 408) and outcome["header-time"] < 15,
          str(outcome["header"][:1]) + f" after {outcome['header-time']:.1f}s")
    data, seconds = outcome["silent"]
    check("a connection that sends nothing is closed within 15 s", data == b"" and seconds < 15, f"{data!r} after {seconds:.1f}s")
    return 1


def timed_get(port, path="/"):
    started = time.monotonic()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
        response.read()
    return (time.monotonic() - started) * 1000


def test_idle_connections(port):
    limit = raise_file_limit(IDLE_CONNECTIONS + 200)
    wanted = min(IDLE_CONNECTIONS, limit - 100)
    check(f"the file limit allows {IDLE_CONNECTIONS} idle connections", wanted >= IDLE_CONNECTIONS, f"soft limit {limit}")
    idle = []
    for index in range(wanted):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        if index % 2:
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # half a request, never finished
        idle.append(s)
    times = [timed_get(port) for _ in range(50)]
    check(f"with {len(idle)} idle connections open, 50 other requests each get a page within 100 ms",
          max(times) < 100, f"slowest {max(times):.1f} ms, median {statistics.median(times):.1f} ms")
    time.sleep(SERVER_IDLE + 2)
    closed = 0
    for s in idle:
        try:
            s.settimeout(0.01)
            if s.recv(1) == b"":
                closed += 1
        except OSError:
            pass
        s.close()
    check("the idle connections were closed by the server's idle timeout", closed >= len(idle) * 0.99, f"{closed} of {len(idle)}")


def test_crafted_cost(port):
    """A normal answer against the most expensive form a client can send (a full text area of near-miss
    words at the list of web addresses): medians of 40 each, on a kept-alive connection."""
    to_list = ["No", "I am their parent or carer", "The child told me", "No", "13 to 15", "Yes, I have"]
    state, page = page_state(port)
    for _ in range(20):
        if "<textarea" in page:
            break
        labels = re.findall(r'<label class="label radios__label" for="answer-(\d+)">([^<]*)</label>', page)
        fields = {"state": state}
        if labels:
            wanted = to_list.pop(0) if to_list else "Not sure"
            fields["answer"] = next((n for n, label in labels if label.startswith(wanted)), labels[-1][0])
        else:
            fields["say"] = ""
        with urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/next",
                                                           data=urllib.parse.urlencode(fields).encode())) as response:
            page = response.read().decode()
        state = re.search(r'name="state" value="([^"]*)"', page).group(1)
    check("the crafted form is sent at the list of web addresses", "<textarea" in page)
    near_miss = "\n".join(" ".join(["carerr", "tould", "parnet", "scool", "polise", "childlin", "dangr", "noo"]) for _ in range(60))[:5000]
    near_miss_words = "\n".join(["carerr", "tould", "parnet", "scool", "polise", "childlin", "dangr", "noo"] * 80)[:5000]

    def exchange(conn, request):
        started = time.perf_counter()
        conn.sendall(request)
        received = b""
        while b"\r\n\r\n" not in received:
            received += conn.recv(65536)
        head, _, rest = received.partition(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
        while len(rest) < length:
            rest += conn.recv(65536)
        location = re.search(rb"(?i)location: *(\S+)", head)
        return time.perf_counter() - started, location.group(1).decode() if location else None

    def post_request(fields):
        body = urllib.parse.urlencode(fields).encode()
        return (f"POST /next HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode() + body

    def get_request(path):
        return f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode()

    def median_ms(request):
        conn = socket.create_connection(("127.0.0.1", port))
        times = [exchange(conn, request)[0] for _ in range(40)]
        conn.close()
        return statistics.median(times) * 1000

    conn = socket.create_connection(("127.0.0.1", port))
    normal_ms = median_ms(get_request("/page?s=" + state))
    figures = [f"a normal page (the list of web addresses) {normal_ms:.2f} ms"]
    near_miss_dotted = "\n".join(["carerr.tould", "parnet.scool", "polise.childlin", "dangr.noo"] * 80)[:5000]
    for name, entries in (("a full text area of 8-word near-miss lines", near_miss), ("a full text area of 1-word near-miss lines", near_miss_words),
                          ("a full text area of near-miss lines with dots", near_miss_dotted)):
        request = post_request({"state": state, "entries": entries})
        _, location = exchange(conn, request)
        posted_ms = median_ms(request)
        shown_ms = median_ms(get_request(location))
        figures.append(f"{name}: posting {posted_ms:.2f} ms, its page {shown_ms:.2f} ms")
        check(f"posting {name} costs at most 5 times a normal page", posted_ms <= 5 * normal_ms, f"{posted_ms:.2f} ms against {normal_ms:.2f} ms")
        check(f"the page that puts {name} back costs at most 5 times a normal page", shown_ms <= 5 * normal_ms,
              f"{shown_ms:.2f} ms against {normal_ms:.2f} ms")
    conn.close()
    print("cost: " + "; ".join(figures))


def test_shutdown(process, port):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"POST /next HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nstate=")
    time.sleep(0.2)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
        seconds = time.monotonic() - started
    except subprocess.TimeoutExpired:
        seconds = None
        process.kill()
    s.close()
    check("shutdown with a half-sent body in flight ends within 15 s", seconds is not None and seconds < 15, f"{seconds}")


SERVER_IDLE = 10


def main():
    binary = sys.argv[1]
    raise_file_limit(IDLE_CONNECTIONS + 200)
    process, port, log = start(binary)
    try:
        refused = test_malformed(port)
        refused += test_slow_clients(port)
        test_crafted_cost(port)
        test_idle_connections(port)
        for _ in range(3):
            timed_get(port)
    finally:
        if process.poll() is None:
            test_shutdown(process, port)
    log.seek(0)
    lines = [line for line in log.read().splitlines() if line.strip()]
    entries = []
    for line in lines:
        try:
            entries.append(json.loads(line))
        except ValueError:
            check("every log line is JSON", False, line[:200])
    check("every log line has a level", all("level" in entry for entry in entries))
    warnings = [entry for entry in entries if entry.get("level") == "warning"]
    check(f"each refused request has a warning log line ({refused} sent)", len(warnings) >= refused, f"{len(warnings)} warnings")
    check("no request got a 500 or an error log line",
          not any(entry.get("level") in ("error", "critical") or " 500" in entry.get("message", "") for entry in entries))
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
