#!/usr/bin/env python3
"""Walks one whole conversation on a running signpost-web as a browser does (each form posted, each
303 redirect followed with a GET), and writes every request it made to a file, one per line as
"PATH BODY" (no body for a GET), for conversation.lua to replay under load.

The conversation: a parent whose child told them, 13 to 15, with two web addresses, to the end; then
the first answer changed (and changed back) three times, which keeps every later answer, so the trail
the last pages replay holds over 30 answers and entries; then Your answers, the plan so far and
Download your plan.

Usage: make_requests.py BASE-URL OUTPUT-FILE
"""
import re
import sys
import urllib.parse
import urllib.request

base, output = sys.argv[1], sys.argv[2]
answers = ["No", "I am their parent or carer", "The child told me", "No", "13 to 15", "Yes, I have"]
requests = []


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def get(path):
    requests.append((path, None))
    with opener.open(base + path) as response:
        return response.read().decode()


def post(path, fields):
    """Posts a form and follows its redirect; returns the page."""
    body = urllib.parse.urlencode(fields)
    requests.append((path, body))
    try:
        opener.open(urllib.request.Request(base + path, data=body.encode()))
    except urllib.error.HTTPError as redirect:
        if redirect.code != 303:
            raise
        return get(redirect.headers["Location"])
    raise SystemExit(f"{path} did not redirect")


def state(page):
    return re.search(r'name="state" value="([^"]*)"', page).group(1)


def label_number(page, wanted):
    labels = re.findall(r'<label class="label radios__label" for="answer-(\d+)">([^<]*)</label>', page)
    return next((n for n, label in labels if label.startswith(wanted)), labels[-1][0] if labels else None)


page = get("/")
for _ in range(40):
    if "What to do now" in page:
        break
    fields = {"state": state(page)}
    if "radios__label" in page:
        fields["answer"] = label_number(page, answers.pop(0) if answers else "Not sure")
    elif "<textarea" in page:
        fields["entries"] = "https://example.org/one\nhttps://example.org/two"
    else:
        fields["say"] = ""
    page = post("/next", fields)
else:
    sys.exit("the conversation did not end")
for _ in range(3):
    page = post("/next", {"state": state(page), "say": "change 1"})
    page = post("/next", {"state": state(page), "answer": label_number(page, "No")})
    if "What to do now" not in page:
        sys.exit("changing the first answer to the same answer did not return to the end")
final = state(page)
get("/answers?s=" + final)
get("/plan?s=" + final)
requests.append(("/plan.txt", urllib.parse.urlencode({"state": final, "with": "addresses"})))
with open(output, "w") as file:
    for path, body in requests:
        file.write(path + (" " + body if body else "") + "\n")
print(f"{len(requests)} requests in one conversation ({sum(1 for _, b in requests if b is None)} pages), written to {output}")
