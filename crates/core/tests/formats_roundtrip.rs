//! Every format, every offset unit: export→import gives back the same texts and spans (CoNLL:
//! exactly its documented loss) on text with emoji, CJK, Arabic, combining accents, CRLF, tabs
//! and nested spans.

use spanwright_core::format_v1::File;
use spanwright_core::formats::{export, import, Format};
use spanwright_core::offsets::OffsetUnit;
use spanwright_core::{Document, LabelSet, Span, SpanId};

const TRICKY: &str = "😀 Ann met 東京 officials\tin Kraków.\r\nThe مسكو team and cafe\u{301} owners 👩‍👩‍👧 left.";

fn corpus() -> File {
    let labels = LabelSet::default();
    let id = |n: &str| labels.by_name(n).unwrap().id;
    let mut d1 = Document::new("d1", TRICKY);
    let spans = [
        (2, 5, "Actor"),   // Ann
        (10, 12, "Place"), // 東京
        (10, 22, "Actor"), // 東京 officials (nests the place)
        (26, 32, "Place"), // Kraków
        (39, 43, "Place"), // مسكو
        (35, 48, "Actor"), // The مسكو team
        (53, 58, "Actor"), // café with a combining accent
        (26, 39, "Place"), // across the CRLF
    ];
    for (i, (s, e, l)) in spans.into_iter().enumerate() {
        d1.spans.insert(Span::new(SpanId::new(format!("s{}", i + 1)), s, e, id(l)));
    }
    let mut d2 = Document::new("d2", "On Friday the FSB met in Moscow.");
    d2.date = Some("2024-03-22".into());
    d2.spans.insert(Span::new(SpanId::new("s1"), 3, 9, id("Date")));
    d2.spans.insert(Span::new(SpanId::new("s2"), 14, 17, id("Actor")));
    d2.spans.insert(Span::new(SpanId::new("s3"), 25, 31, id("Place")));
    File { labels, documents: vec![d1, d2], extra: Default::default() }
}

/// (start, end, label, text) of every span, per document.
fn spans_of(file: &File) -> Vec<Vec<(usize, usize, String, String)>> {
    file.documents
        .iter()
        .map(|d| {
            let mut v: Vec<_> = d
                .spans
                .iter()
                .map(|s| {
                    (
                        s.start,
                        s.end,
                        file.labels.get(s.label).unwrap().name.clone(),
                        d.text.slice(s.start, s.end).to_string(),
                    )
                })
                .collect();
            v.sort();
            v
        })
        .collect()
}

#[test]
fn the_tricky_spans_cover_what_they_say() {
    let c = corpus();
    let texts: Vec<_> = spans_of(&c)[0].iter().map(|s| s.3.clone()).collect();
    assert!(texts.contains(&"Kraków.\r\nThe ".to_string()) || texts.iter().any(|t| t.contains("\r\n")));
    assert!(texts.contains(&"cafe\u{301}".to_string()), "{texts:?}");
    assert!(texts.contains(&"مسكو".to_string()));
}

#[test]
fn every_offset_format_round_trips_in_every_unit() {
    let original = corpus();
    for format in Format::ALL.into_iter().filter(|f| *f != Format::Conll) {
        for unit in [OffsetUnit::Codepoint, OffsetUnit::Utf16, OffsetUnit::Utf8] {
            if format == Format::Spanwright && unit != OffsetUnit::Codepoint {
                continue; // the native format always writes code points
            }
            let out = export(format, &original, Some(unit), "corpus");
            // Formats with room for the unit name it; brat and spaCy's tuples need telling.
            let tell = matches!(format, Format::Brat | Format::Spacy).then_some(unit);
            let back = import(format, &out.files, tell).unwrap_or_else(|e| panic!("{format:?} {unit:?}: {e}"));
            let texts: Vec<_> = back.corpus.documents.iter().map(|d| d.text.as_str().to_string()).collect();
            match format {
                // brat's readers take CRLF as one character: the text comes back with LF, and
                // every span over the same words.
                Format::Brat => {
                    assert_eq!(texts, [TRICKY.replace("\r\n", "\n"), "On Friday the FSB met in Moscow.".into()]);
                    let lf = |f: &File| -> Vec<Vec<(String, String)>> {
                        spans_of(f)
                            .into_iter()
                            .map(|d| d.into_iter().map(|s| (s.2, s.3.replace("\r\n", "\n"))).collect())
                            .collect()
                    };
                    assert_eq!(lf(&back.corpus), lf(&original), "brat in {unit:?}");
                    assert!(
                        out.warnings.iter().any(|w| w.contains("CRLF line ends of 1 document")),
                        "{:?}",
                        out.warnings
                    );
                }
                // spaCy cannot nest entities: the outermost are written (東京 inside 東京 officials,
                // Kraków inside the place across the CRLF, which The مسكو team overlaps).
                Format::Spacy => {
                    assert_eq!(texts, [TRICKY, "On Friday the FSB met in Moscow."]);
                    let outermost: Vec<Vec<_>> = spans_of(&original)
                        .into_iter()
                        .map(|d| {
                            d.into_iter().filter(|s| !matches!((s.0, s.1), (10, 12) | (26, 32) | (35, 48))).collect()
                        })
                        .collect();
                    assert_eq!(spans_of(&back.corpus), outermost, "spaCy in {unit:?}");
                    assert!(
                        out.warnings.iter().any(|w| w.contains("3 spans inside or across others were dropped")),
                        "{:?}",
                        out.warnings
                    );
                }
                _ => {
                    assert_eq!(spans_of(&back.corpus), spans_of(&original), "{format:?} in {unit:?}");
                    assert_eq!(texts, [TRICKY, "On Friday the FSB met in Moscow."], "{format:?}");
                }
            }
        }
    }
}

#[test]
fn dates_and_ids_survive_where_the_format_has_room() {
    let original = corpus();
    for format in [Format::Spanwright, Format::Doccano, Format::LabelStudio] {
        let back = import(format, &export(format, &original, None, "c").files, None).unwrap().corpus;
        assert_eq!(back.documents[1].date.as_deref(), Some("2024-03-22"), "{format:?}");
        assert_eq!(back.documents[1].id, "d2", "{format:?}");
    }
}

#[test]
fn conll_keeps_the_outermost_spans_and_says_what_it_dropped() {
    let original = corpus();
    let out = export(Format::Conll, &original, None, "c");
    assert!(
        out.warnings.iter().any(|w| w.contains("3 spans inside or across others were dropped")),
        "{:?}",
        out.warnings
    );
    assert!(
        !out.warnings.iter().any(|w| w.contains("sentence")),
        "no span is cut by a sentence break: {:?}",
        out.warnings
    );
    let conll = String::from_utf8(out.files[0].bytes.clone()).unwrap();
    assert!(conll.contains("👩‍👩‍👧 O\n"), "an emoji sequence is one token");
    assert_eq!(conll.matches("-DOCSTART- -X- O O\n").count(), 2, "the standard document line");
    let back = import(Format::Conll, &out.files, None).unwrap();
    assert!(back.warnings[0].contains("single spaces"));
    let got: Vec<Vec<(String, String)>> =
        spans_of(&back.corpus).iter().map(|d| d.iter().map(|s| (s.2.clone(), s.3.clone())).collect()).collect();
    assert_eq!(
        got,
        [
            vec![
                ("Actor".into(), "Ann".into()),
                ("Actor".into(), "東京 officials".into()),
                // The place across the line break keeps its sentence open, and reads back whole.
                ("Place".into(), "Kraków . The".into()),
                ("Place".into(), "مسكو".into()),
                ("Actor".into(), "cafe\u{301}".into()),
            ],
            vec![("Date".into(), "Friday".into()), ("Actor".into(), "FSB".into()), ("Place".into(), "Moscow".into())],
        ]
    );
}

#[test]
fn bilou_and_iob1_read_back() {
    // Both document lines are read: the standard one and the short one earlier versions wrote.
    let input = "-DOCSTART- O\n\nIslamic U-Actor\nState O\n\n-DOCSTART- -X- O O\n\nNew B-Place\nYork L-Place\nand O\nBonn I-Place\n";
    let back = import(Format::Conll, &[spanwright_core::formats::NamedFile::new("x.conll", input)], None).unwrap();
    let got: Vec<Vec<_>> =
        spans_of(&back.corpus).iter().map(|d| d.iter().map(|s| (s.2.clone(), s.3.clone())).collect()).collect();
    assert_eq!(
        got,
        [
            vec![("Actor".into(), "Islamic".into())],
            vec![("Place".into(), "New York".into()), ("Place".into(), "Bonn".into())]
        ]
    );
}

#[test]
fn conll_keeps_dates_with_abbreviations_whole() {
    let labels = LabelSet::default();
    let id = |n: &str| labels.by_name(n).unwrap().id;
    let text = "On Aug. 7 U.S. officials met. At 10:35 a.m. on Sept. 2 they left. Mr. Li stayed.";
    let mut doc = Document::new("d", text);
    let mut n = 0;
    for (what, label) in [("Aug. 7", "Date"), ("U.S.", "Place"), ("10:35 a.m.", "Date"), ("Sept. 2", "Date")] {
        let start = text[..text.find(what).unwrap()].chars().count();
        n += 1;
        doc.spans.insert(Span::new(SpanId::new(format!("s{n}")), start, start + what.chars().count(), id(label)));
    }
    let original = File { labels, documents: vec![doc], extra: Default::default() };
    let out = export(Format::Conll, &original, None, "c");
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let back = import(Format::Conll, &out.files, None).unwrap();
    let got: Vec<_> = spans_of(&back.corpus)[0].iter().map(|s| (s.2.clone(), s.3.clone())).collect();
    let want = [("Date", "Aug . 7"), ("Place", "U . S ."), ("Date", "10 : 35 a . m ."), ("Date", "Sept . 2")];
    assert_eq!(got, want.map(|(l, t)| (l.to_string(), t.to_string())));
    let sentences: Vec<&str> = back.corpus.documents[0].text.as_str().lines().collect();
    assert_eq!(sentences.len(), 3, "three sentences, split where they end: {sentences:?}");
}
