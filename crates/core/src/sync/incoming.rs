//! A record from the server, applied to this device's copy of its document.

use serde_json::Value;

use super::bodies::{rows, span_set, AssignBody, GoldBody, VersionBody};
use super::merge::{merge, Side};
use super::outbox::Known;
use crate::document::Document;
use crate::team::Version;

/// What applying a record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The copy already said the same, or the record is not for this person's copy (gold for
    /// someone who does not curate).
    Nothing,
    Changed,
    /// The same record had changed here too; both changes are kept (`merge`). The merged copy
    /// differs from the server's and goes out with the next push.
    Merged,
}

/// Applies `body` (a version, gold or assignment record) to `doc`, as `me` sees it. `known`: what
/// this device knew of the record before (its tombstones); `unsent`: whether this device changed
/// the record since, in which case the two are merged rather than the server's taken.
pub fn apply(
    doc: &mut Document,
    body: &Value,
    me: &str,
    curator: bool,
    known: Option<&Known>,
    unsent: bool,
) -> Result<Applied, String> {
    let kind = body.get("type").and_then(Value::as_str).unwrap_or("");
    let len = doc.text.len();
    let before = (doc.spans.clone(), doc.status, doc.team.clone());
    let mut merged = false;
    match kind {
        "version" => {
            let v: VersionBody = serde_json::from_value(body.clone()).map_err(|e| format!("a version record: {e}"))?;
            if v.annotator == me {
                let own =
                    if doc.team.gold { doc.team.version(me).map(|v| v.spans.clone()) } else { Some(doc.spans.clone()) };
                let own = own.unwrap_or_default();
                let spans = if unsent {
                    let local = rows(&own);
                    let deleted = known.map(|k| local_tombstones(k, &local)).unwrap_or_default();
                    let m = merge(Side { spans: &local, deleted: &deleted, time: f64::INFINITY }, side(&v));
                    merged = m.spans != v.spans;
                    span_set(&m.spans, len)
                } else {
                    span_set(&v.spans, len)
                };
                if doc.team.gold {
                    put_version(doc, me, spans);
                } else {
                    doc.spans = spans;
                    if !unsent {
                        doc.status = v.status;
                    }
                }
            } else if v.spans.is_empty() && v.status != crate::document::DocStatus::Done {
                // All spans taken back: no version to compare any more.
                doc.team.versions.retain(|x| x.annotator != v.annotator);
            } else {
                put_version(doc, &v.annotator, span_set(&v.spans, len));
            }
        }
        "gold" if curator => {
            let g: GoldBody = serde_json::from_value(body.clone()).map_err(|e| format!("a gold record: {e}"))?;
            if !doc.team.gold {
                // Curation starts here as it would by hand: this person's own spans become their version.
                if !doc.spans.is_empty() {
                    let own = std::mem::take(&mut doc.spans);
                    put_version(doc, me, own);
                }
                doc.team.annotator = None;
                doc.team.gold = true;
            }
            let spans = if unsent {
                let local = rows(&doc.spans);
                let deleted = known.map(|k| local_tombstones(k, &local)).unwrap_or_default();
                let m = merge(
                    Side { spans: &local, deleted: &deleted, time: f64::INFINITY },
                    Side { spans: &g.spans, deleted: &g.deleted, time: g.time },
                );
                merged = m.spans != g.spans;
                let mut settled = doc.team.settled.clone();
                settled.extend(g.settled.iter().cloned());
                settled.sort();
                settled.dedup();
                doc.team.settled = settled;
                span_set(&m.spans, len)
            } else {
                doc.team.settled = g.settled.clone();
                span_set(&g.spans, len)
            };
            doc.spans = spans;
            doc.team.majority = g.majority;
        }
        "assign" => {
            let a: AssignBody =
                serde_json::from_value(body.clone()).map_err(|e| format!("an assignment record: {e}"))?;
            doc.team.assigned = a.annotators;
        }
        _ => return Ok(Applied::Nothing),
    }
    if (&doc.spans, doc.status, &doc.team) == (&before.0, before.1, &before.2) {
        return Ok(Applied::Nothing);
    }
    Ok(if merged { Applied::Merged } else { Applied::Changed })
}

fn side(v: &VersionBody) -> Side<'_> {
    Side { spans: &v.spans, deleted: &v.deleted, time: v.time }
}

/// This device's tombstones for a record: the ones sent before, and every id it held then that
/// its copy no longer has.
fn local_tombstones(k: &Known, local: &[super::SpanRow]) -> Vec<String> {
    let mut out = k.deleted.clone();
    out.extend(k.ids.iter().filter(|id| !local.iter().any(|r| &r.0 == *id)).cloned());
    out
}

/// Sets (or adds) `annotator`'s version, keeping versions sorted by name.
fn put_version(doc: &mut Document, annotator: &str, spans: crate::spans::SpanSet) {
    match doc.team.versions.iter_mut().find(|v| v.annotator == annotator) {
        Some(v) => v.spans = spans,
        None => {
            doc.team.versions.push(Version { annotator: annotator.to_string(), spans });
            doc.team.versions.sort_by(|a, b| a.annotator.cmp(&b.annotator));
        }
    }
}
