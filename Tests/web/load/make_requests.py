#!/usr/bin/env python3
"""Walks one whole conversation on a running signpost-web by posting its forms, and writes every
request it made (the first page, then each POST with the trail the page carried) to a file, one per
line as "PATH BODY", for conversation.lua to replay under load.

Usage: make_requests.py BASE-URL OUTPUT-FILE
"""
import re
import sys
import urllib.parse
import urllib.request

base, output = sys.argv[1], sys.argv[2]
# A parent whose child told them, 13 to 15, with two web addresses, to the end; then the plan.
answers = ["No", "I am their parent or carer", "The child told me", "No", "13 to 15", "Yes, I have"]


def fetch(path, fields=None):
    data = urllib.parse.urlencode(fields).encode() if fields is not None else None
    with urllib.request.urlopen(urllib.request.Request(base + path, data=data)) as response:
        return response.read().decode()


def trail(page):
    return re.search(r'name="trail" value="([^"]*)"', page).group(1)


requests = [("/", None)]
page = fetch("/")
for _ in range(40):
    if "Download your plan" in page:
        break
    fields = {"trail": trail(page)}
    labels = re.findall(r'<label class="label radios__label" for="answer-(\d+)">([^<]*)</label>', page)
    if labels:
        wanted = answers.pop(0) if answers else "Not sure"
        number = next((n for n, label in labels if label.startswith(wanted)), labels[-1][0])
        fields["answer"] = number
    elif "<textarea" in page:
        fields["entries"] = "https://example.org/one\nhttps://example.org/two"
    requests.append(("/next", fields))
    page = fetch("/next", fields)
else:
    sys.exit("the conversation did not end")
requests.append(("/answers", {"trail": trail(page)}))
requests.append(("/plan.txt", {"trail": trail(page)}))
with open(output, "w") as file:
    for path, fields in requests:
        file.write(path + " " + (urllib.parse.urlencode(fields) if fields else "") + "\n")
print(f"{len(requests)} requests in one conversation, written to {output}")
