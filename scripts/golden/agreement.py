"""Computes the golden agreement figures for crates/core/tests/data/team/ann-{1,2,3}.json with
the reference tools, and writes them to golden.json beside them:

- span F1 (exact match) per label, overall, per annotator pair and per document with bratiaa,
  on brat exports of the three files made by our own command line (`spanwright convert`);
- Cohen's kappa on tokens per annotator pair with sklearn.metrics.cohen_kappa_score, each
  whitespace-separated token labelled as docs/agreement.md says.

Run once, from the project root, with bratiaa and scikit-learn installed (any venv):
    cargo build -p spanwright-cli
    python scripts/golden/agreement.py target/debug/spanwright
"""
import itertools
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

import bratiaa
from sklearn.metrics import cohen_kappa_score

DATA = Path("crates/core/tests/data/team")
ANNOTATORS = ["ann-1", "ann-2", "ann-3"]


def num(x):
    return None if x is None or math.isnan(x) else float(x)


def brat_f1(cli):
    with tempfile.TemporaryDirectory() as root:
        root = Path(root)
        (root / "annotation.conf").write_text("[entities]\nActor\nDate\nPlace\n[relations]\n[events]\n[attributes]\n")
        for a in ANNOTATORS:
            subprocess.run([cli, "convert", str(DATA / f"{a}.json"), "--to", "brat", "-o", str(root / a)], check=True)
        f1 = bratiaa.compute_f1_agreement(str(root))
        labels, (by_label, _) = f1.labels, f1.mean_sd_per_label()
        docs, (by_doc, _) = f1.documents, f1.mean_sd_per_document()
        matrix = f1.compute_total_f1_matrix()
        return {
            "overall_f1": num(f1.mean_sd_total()[0]),
            "label_f1": {l: num(v) for l, v in zip(labels, by_label)},
            "pair_f1": {f"{a}|{b}": num(matrix[i][j]) for (i, a), (j, b) in
                        itertools.combinations(enumerate(f1.annotators), 2)},
            "document_f1": {Path(d).stem: num(v) for d, v in zip(docs, by_doc)},
        }


def tokens(text):
    out, start = [], None
    for i, c in enumerate(text):
        if c.isspace():
            if start is not None:
                out.append((start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        out.append((start, len(text)))
    return out


def token_labels(text, spans):
    """A token takes the label at its first code point a span covers; a code point takes its
    outermost span's label (earliest start, the longer on a tie)."""
    paint = [None] * len(text)
    for s in sorted(spans, key=lambda s: (s["start"], -s["end"]), reverse=True):
        for i in range(s["start"], s["end"]):
            paint[i] = s["label"]
    return [next((paint[i] for i in range(a, b) if paint[i]), "O") for a, b in tokens(text)]


def kappas():
    files = {a: json.loads((DATA / f"{a}.json").read_text()) for a in ANNOTATORS}
    seqs = {a: [] for a in ANNOTATORS}
    for a, f in files.items():
        for d in sorted(f["documents"], key=lambda d: d["id"]):
            seqs[a] += token_labels(d["text"], d["spans"])
    return {f"{a}|{b}": float(cohen_kappa_score(seqs[a], seqs[b])) for a, b in itertools.combinations(ANNOTATORS, 2)}


def main():
    cli = sys.argv[1]
    golden = brat_f1(cli)
    golden["pair_kappa"] = kappas()
    golden["made_by"] = "scripts/golden/agreement.py: bratiaa 0.1.4, scikit-learn cohen_kappa_score"
    (DATA / "golden.json").write_text(json.dumps(golden, indent=2, sort_keys=True) + "\n")
    print(json.dumps(golden, indent=2, sort_keys=True)[:1500])


main()
