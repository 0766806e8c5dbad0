"""The sample the peer check exports and reads back: emoji (one a ZWJ sequence), CJK, Arabic,
a combining accent, CRLF line ends, nested spans and dates with abbreviations."""

DOCS = [
    (
        "d1",
        "😀 Ann Lee met 東京 officials in Kraków.\r\nThe مسكو team and cafe\u0301 owners 👨🏻‍🚒 left on "
        "Aug. 7 at 10:35 a.m. for the U.S. capital.",
        [
            ("Ann Lee", "Actor"),
            ("東京", "Place"),
            ("東京 officials", "Actor"),
            ("Kraków", "Place"),
            ("The مسكو team", "Actor"),
            ("مسكو", "Place"),
            ("cafe\u0301 owners", "Actor"),
            ("Aug. 7", "Date"),
            ("10:35 a.m.", "Date"),
            ("U.S.", "Place"),
        ],
    ),
    ("d2", "التقى الرئيس في القاهرة يوم الثلاثاء.", [("القاهرة", "Place"), ("الثلاثاء", "Date")]),
    (
        "d3",
        "On Sept. 2, Dr. Ode of the U.N. arrived in Montréal 🇨🇦 from 北京市.",
        [("Sept. 2", "Date"), ("Dr. Ode", "Actor"), ("U.N.", "Actor"), ("Montréal", "Place"), ("北京市", "Place")],
    ),
    (
        "d4",
        "Talks began in Paris.\r\nThey moved to Rome on Friday.\r\n",
        [("Paris", "Place"), ("Rome", "Place"), ("Friday", "Date")],
    ),
]


def spans(text, marks):
    """(start, end, label, text) in code points, each mark at its first occurrence."""
    out = []
    for words, label in marks:
        start = text.index(words)
        out.append((start, start + len(words), label, words))
    return sorted(out, key=lambda s: (s[0], -s[1]))


def outermost(found):
    """The spans no earlier span contains or overlaps: what CoNLL and spaCy can hold."""
    kept = []
    for s in found:
        if not kept or s[0] >= kept[-1][1]:
            kept.append(s)
    return kept


def v1_file():
    labels = [{"name": n} for n in ("Actor", "Date", "Place")]
    documents = []
    for doc_id, text, marks in DOCS:
        documents.append(
            {
                "id": doc_id,
                "text": text,
                "spans": [
                    {"id": f"s{i + 1}", "start": s, "end": e, "label": l, "text": t}
                    for i, (s, e, l, t) in enumerate(spans(text, marks))
                ],
            }
        )
    return {"format": "spanwright", "version": 1, "labels": labels, "documents": documents}
