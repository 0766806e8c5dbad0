#!/usr/bin/env python3
"""Reads Spanwright's exports with the peers' own readers: spaCy (training tuples through
`Example.from_dict`, `doc.char_span` and `doc.ents`; CoNLL through `spacy convert`), seqeval
(CoNLL tags, strict IOB2), Label Studio's converter (label-studio-sdk) and Python's universal
newlines (as brat reads `.txt` files). Every span of the sample must come back whole.

Usage: check.py PATH/TO/spanwright
"""

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from sample import DOCS, outermost, spans, v1_file

CLI = sys.argv[1]
TMP = Path(tempfile.mkdtemp(prefix="spanwright-peers-"))
results = {"passed": 0, "failed": 0}


def check(name, got, want):
    if got == want:
        results["passed"] += 1
        print(f"ok   {name}")
    else:
        results["failed"] += 1
        print(f"FAIL {name}\n  got:  {got}\n  want: {want}")


def squash(text):
    """Text without white space: token readers join tokens with spaces, or not at all."""
    return "".join(text.split())


def expected(keep_nested):
    """Per document, (label, text without white space) of each span a format can hold."""
    out = []
    for _, text, marks in DOCS:
        found = spans(text, marks)
        found = found if keep_nested else outermost(found)
        out.append([(label, squash(words)) for _, _, label, words in found])
    return out


def convert(to, out):
    run = subprocess.run(
        [CLI, "convert", str(TMP / "sample.json"), "--to", to, "-o", str(TMP / out)], capture_output=True, text=True
    )
    if run.returncode != 0:
        sys.exit(f"spanwright convert --to {to} failed: {run.stderr}")
    for line in run.stderr.splitlines():
        print(f"     ({to}) {line}")
    return TMP / out


def spacy_tuples():
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    items = json.loads(convert("spacy", "train.json").read_text(encoding="utf8"))
    got = []
    for text, annotations in items:
        doc = nlp.make_doc(text)
        Example.from_dict(doc, annotations)  # E103 on overlapping entities
        ents = [doc.char_span(s, e, label=l) for s, e, l in annotations["entities"]]
        if any(e is None for e in ents):
            got.append("a span not on spaCy's token boundaries")
            continue
        doc.ents = ents  # E1010 on overlapping entities
        got.append([(e.label_, squash(e.text)) for e in doc.ents])
    check("spaCy: training tuples through Example.from_dict, char_span and doc.ents", got, expected(False))


def spacy_convert(conll):
    import spacy
    from spacy.tokens import DocBin

    out = TMP / "spacy-convert"
    out.mkdir()
    run = subprocess.run(
        [sys.executable, "-m", "spacy", "convert", str(conll), str(out), "--converter", "ner"],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        sys.exit(f"spacy convert failed: {run.stdout}{run.stderr}")
    docs = list(DocBin().from_disk(out / "train.spacy").get_docs(spacy.blank("en").vocab))
    check("spacy convert -c ner: one doc per document", len(docs), len(DOCS))
    got = [[(e.label_, squash(e.text)) for e in d.ents] for d in docs]
    check("spacy convert -c ner: entities", got, expected(False))


def read_conll(path):
    """Documents, each a list of sentences, each a list of (token, tag)."""
    docs, sentence = [], []
    for line in path.read_text(encoding="utf8").split("\n"):
        if line.startswith("-DOCSTART-"):
            docs.append([])
        elif not line.strip():
            if sentence:
                docs[-1].append(sentence)
            sentence = []
        else:
            cols = line.split()
            sentence.append((cols[0], cols[-1]))
    if sentence:
        docs[-1].append(sentence)
    return docs


def seqeval_conll(conll):
    from seqeval.metrics import f1_score
    from seqeval.metrics.sequence_labeling import get_entities
    from seqeval.scheme import IOB2

    got = []
    for doc in read_conll(conll):
        tags = [[t for _, t in s] for s in doc]
        # get_entities reads a list of sentences as one sequence with an O after each sentence.
        tokens = [tok for s in doc for tok in [t for t, _ in s] + [""]]
        got.append([(label, "".join(tokens[a : b + 1])) for label, a, b in get_entities(tags)])
        if f1_score(tags, tags, mode="strict", scheme=IOB2) != 1.0:
            got.append("tags that are not strict IOB2")
    check("seqeval: entities of the CoNLL export", got, expected(False))


LABEL_CONFIG = """<View><Labels name="label" toName="text"><Label value="Actor"/><Label value="Date"/>
<Label value="Place"/></Labels><Text name="text" value="$text"/></View>"""


def label_studio():
    from label_studio_sdk.converter import Converter
    from seqeval.metrics.sequence_labeling import get_entities

    tasks = convert("label-studio", "tasks.json")
    converter = Converter(config=LABEL_CONFIG, project_dir=str(TMP), download_resources=False)
    out = TMP / "ls-min"
    converter.convert_to_json_min(str(tasks), str(out), is_dir=False)
    records = json.loads((out / "result.json").read_text(encoding="utf8"))
    sliced = [[(r["labels"][0], squash(rec["text"][r["start"] : r["end"]])) for r in rec["label"]] for rec in records]
    check("Label Studio converter (JSON_MIN): text[start:end] of every result", sliced, expected(True))
    said = [[(r["labels"][0], squash(r["text"])) for r in rec["label"]] for rec in records]
    check("Label Studio converter (JSON_MIN): every result's text", said, expected(True))

    # Its CoNLL writer tags tokens by the offsets; it cannot nest, so documents without nesting.
    out = TMP / "ls-conll"
    converter.convert_to_conll2003(str(tasks), str(out), is_dir=False)
    docs, tokens, tags = [], [], []
    for line in (out / "result.conll").read_text(encoding="utf8").split("\n")[1:]:
        if not line.strip():
            if tokens:
                docs.append([(label, "".join(tokens[a : b + 1])) for label, a, b in get_entities(tags)])
            tokens, tags = [], []
        else:
            cols = line.split(" ")
            tokens.append(cols[0])
            tags.append(cols[-1])
    flat = [i for i, (_, text, marks) in enumerate(DOCS) if spans(text, marks) == outermost(spans(text, marks))]
    want = [expected(True)[i] for i in flat]
    # Its tokenizer (NLTK's Treebank) leaves a period on a word inside the text ("Paris."): the
    # entity is right when its tokens hold the span's text.
    got = [
        [(gl, w if gl == wl and w in g else g) for (gl, g), (wl, w) in zip(docs[i], want_doc)]
        + docs[i][len(want_doc) :]
        for i, want_doc in zip(flat, want)
    ]
    check("Label Studio converter (CoNLL 2003): entities", got, want)


def brat():
    archive = convert("brat", "corpus.zip")
    got = []
    with zipfile.ZipFile(archive) as z:
        z.extractall(TMP / "brat")
    for doc_id, _, _ in DOCS:
        # newline=None: universal newlines, as brat and Python's brat readers open the text.
        with open(TMP / "brat" / f"{doc_id}.txt", encoding="utf8", newline=None) as f:
            text = f.read()
        found = []
        for line in (TMP / "brat" / f"{doc_id}.ann").read_text(encoding="utf8").splitlines():
            if line.startswith("T"):
                _, body, said = line.split("\t")
                label, *ranges = body.replace(";", " ").split(" ")
                start, end = int(ranges[0]), int(ranges[-1])
                found.append((label, squash(text[start:end])))
                if text[start:end].replace("\n", " ") != said:
                    found.append(f"{said!r} is not the text at {start}-{end}")
        got.append(sorted(found))
    check("brat: offsets into the text read with universal newlines", got, [sorted(d) for d in expected(True)])


(TMP / "sample.json").write_text(json.dumps(v1_file(), ensure_ascii=False), encoding="utf8")
conll = convert("conll", "train.conll")
spacy_tuples()
spacy_convert(conll)
seqeval_conll(conll)
label_studio()
brat()
print(f"{results['passed']} passed, {results['failed']} failed")
sys.exit(1 if results["failed"] else 0)
