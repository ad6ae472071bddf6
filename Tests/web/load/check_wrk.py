#!/usr/bin/env python3
"""Reads wrk's report and says whether a load run met its limits: exits 1 when any request failed (a
socket error or a status other than 2xx or 3xx), when p99 is over LIMIT-MS (0: not checked), or when
fewer than MINIMUM requests a second were answered (0: not checked).

Usage: check_wrk.py WRK-REPORT LIMIT-MS MINIMUM LABEL
"""
import re, sys
text, limit, minimum, label = open(sys.argv[1]).read(), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
rate = re.search(r"Requests/sec:\s+([\d.]+)", text)
failed = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
problems = []
if not p99 or not rate:
    problems.append("wrk's report could not be read")
else:
    if limit > 0 and ms(*p99.groups()) > limit:
        problems.append(f"p99 {ms(*p99.groups()):.1f} ms is over {limit:.0f} ms")
    if float(rate.group(1)) < minimum:
        problems.append(f"{float(rate.group(1)):.0f} requests a second is under {minimum:.0f}")
if failed and int(failed.group(1)) > 0:
    problems.append(f"{failed.group(1)} responses were not 2xx or 3xx")
if errors and sum(map(int, errors.groups())) > 0:
    problems.append("socket errors: " + errors.group(0))
if problems:
    print(f"LOAD FAILED ({label}): " + "; ".join(problems))
    sys.exit(1)
limit_text = f"limit {limit:.0f} ms" if limit > 0 else "not limited"
print(f"LOAD OK ({label}): {float(rate.group(1)):.0f} requests a second, p99 {ms(*p99.groups()):.1f} ms ({limit_text}), no errors")
