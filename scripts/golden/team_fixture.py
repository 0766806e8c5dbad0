"""Writes three annotators' Spanwright files of the same 50 made-up news documents
(crates/core/tests/data/team/ann-{1,2,3}.json): the agreement tests' input.

Each annotator starts from the same reference spans and, with a fixed seed, drops some, relabels
some, moves some boundaries and adds some of their own, as people do. Run from the project root:
    python3 scripts/golden/team_fixture.py
"""
import json
import random
from pathlib import Path

OUT = Path("crates/core/tests/data/team")

ACTORS = ["the mayor of Lyon", "Maria Okafor", "the finance ministry", "Zhang Wei", "the city council",
          "José Ramírez", "the union", "Prime Minister Ana Costa", "the World Bank", "Dr. Amara Singh"]
PLACES = ["Kraków", "Lagos", "the Nile delta", "東京", "Québec", "Mosul", "the Baltic coast", "São Paulo",
          "northern Kenya", "Reykjavík"]
DATES = ["on Friday", "last March", "in 2019", "on 4 July 2023", "this week", "two days ago",
         "in the spring of 2021", "on Monday morning", "since January", "by the end of the year"]
VERBS = ["met officials in", "warned voters in", "opened a clinic in", "cancelled a visit to",
         "announced new funding for", "sent a delegation to", "criticised the plan for"]
TAILS = ["", " 😀", " amid protests", ", according to local reports", " after weeks of talks",
         " — a first for the region"]


def sentence(rng):
    """A sentence and its reference spans, as (start, end, label) in code points."""
    actor, place, date = rng.choice(ACTORS), rng.choice(PLACES), rng.choice(DATES)
    text, spans = "", []

    def put(piece, label=None):
        nonlocal text
        if label:
            spans.append((len(text), len(text) + len(piece), label))
        text += piece

    put(actor[0].upper() + actor[1:], "Actor")
    if actor == "the mayor of Lyon":
        spans.append((len(text) - 4, len(text), "Place"))
    put(" " + rng.choice(VERBS) + " ")
    put(place, "Place")
    put(" ")
    put(date, "Date")
    put(rng.choice(TAILS) + ".")
    return text, spans


def document(rng, i):
    text, spans = "", []
    for _ in range(rng.randint(3, 6)):
        s, ss = sentence(rng)
        if text:
            text += " " if rng.random() < 0.7 else "\n\n"
        spans += [(a + len(text), b + len(text), l) for a, b, l in ss]
        text += s
    return {"id": f"doc-{i:02d}", "text": text, "spans": spans}


def words(text):
    out, start = [], None
    for i, c in enumerate(text + " "):
        if c.isspace() or c in ".,":
            if start is not None:
                out.append((start, i))
                start = None
        elif start is None:
            start = i
    return out


def perturb(rng, doc):
    """One annotator's reading of the reference spans."""
    labels = ["Actor", "Date", "Place"]
    out = []
    for a, b, l in doc["spans"]:
        r = rng.random()
        if r < 0.12:
            continue
        if r < 0.18:
            l = rng.choice([x for x in labels if x != l])
        elif r < 0.26:
            ws = [w for w in words(doc["text"]) if a <= w[0] < b]
            if len(ws) > 1:
                b = ws[-2][1]  # one word short
            else:
                b = min(len(doc["text"]), b + 1) if doc["text"][b:b + 1] not in (" ", "\n", "") else b
        out.append((a, b, l))
    for w in words(doc["text"]):
        if rng.random() < 0.02 and not any(a < w[1] and w[0] < b for a, b, _ in out):
            out.append((w[0], w[1], rng.choice(labels)))
    out = sorted(set(out), key=lambda s: (s[0], -s[1], s[2]))
    return out


def main():
    rng = random.Random(14)
    docs = [document(rng, i) for i in range(1, 51)]
    OUT.mkdir(parents=True, exist_ok=True)
    for n in (1, 2, 3):
        arng = random.Random(100 + n)
        name = f"ann-{n}"
        documents = []
        for d in docs:
            spans = perturb(arng, d)
            documents.append({
                "id": d["id"],
                "meta": {},
                "text": d["text"],
                "annotator": name,
                "spans": [{"id": f"s{k + 1}", "start": a, "end": b, "label": l, "text": d["text"][a:b]}
                          for k, (a, b, l) in enumerate(spans)],
            })
        f = {"format": "spanwright", "version": 1, "offset_unit": "codepoint",
             "labels": [{"name": "Actor"}, {"name": "Date"}, {"name": "Place"}], "documents": documents}
        (OUT / f"{name}.json").write_text(json.dumps(f, ensure_ascii=False, indent=2) + "\n")


main()
