//! The formats worker: every import and export format except Spanwright JSON runs in a Web
//! Worker of its own, loaded the first time a user imports or exports another format. The
//! first load then carries none of that code (nor the zip reader), and a large conversion never
//! blocks the page.
//!
//! The worker speaks Spanwright JSON v1 with the page: an import comes back as a v1 file, an
//! export goes out as one.

use gloo::worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use spanwright_core::format_v1;
use spanwright_core::formats::{self, detect::detect, unit_from_name, Format, NamedFile};
use spanwright_core::offsets::OffsetUnit;
use spanwright_core::project_store::{doc_from_records, doc_record, ProjectRecord};
use spanwright_core::suggest::places::Gazetteer;
use spanwright_core::suggest::suggest;
use spanwright_core::team::agreement::{agree, versions_of};
use spanwright_core::Text;

/// The worker's loader, next to the page (`workers/formats-worker.js`, copied by Trunk).
pub const LOADER: &str = "./formats-worker.js";

pub const PART_DOCUMENTS: usize = 200;

/// A project as the page sends it: its record (labels, kept fields) and each document's text and
/// record, written as the page stores them. The page then carries no writer of files of its own.
#[derive(Serialize, Deserialize, Default)]
pub struct Corpus {
    pub project: String,
    pub docs: Vec<(String, String)>,
    /// Each document's index in the project.
    #[serde(default)]
    pub indexes: Vec<usize>,
}

impl Corpus {
    /// A corpus the page wrote as JSON (the module passes it on as it is: reading and encoding
    /// 10,000 documents again would hold the page up).
    pub fn from_json(json: &str) -> Result<Corpus, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// A corpus sent in parts, whole again.
    pub fn joined(parts: &[String]) -> Result<Corpus, String> {
        let mut whole = Corpus::default();
        for p in parts {
            let c = Corpus::from_json(p)?;
            whole.project = c.project;
            whole.docs.extend(c.docs);
            whole.indexes.extend(c.indexes);
        }
        Ok(whole)
    }

    /// The project as a file; `backup` names the project in it.
    pub fn file(&self, backup: Option<&str>) -> Result<format_v1::File, String> {
        let record: ProjectRecord = serde_json::from_str(&self.project).map_err(|e| e.to_string())?;
        let documents = self.docs.iter().map(|(text, r)| doc_from_records(text, r)).collect::<Result<_, _>>()?;
        let mut extra = record.extra;
        if let Some(name) = backup {
            extra.insert("project".into(), serde_json::json!({ "name": name }));
        }
        Ok(format_v1::File { labels: record.labels, documents, extra })
    }
}

#[derive(Serialize, Deserialize)]
pub enum Request {
    /// Read `files` as `format` (a format name), or detect it.
    Import { files: Vec<(String, Vec<u8>)>, format: Option<String> },
    /// Write the corpus as `format`, offsets in `unit` (the format's own when `None`).
    /// `bilou`: CoNLL tags in BILOU rather than BIO. `versions`: `every`, `own`, or `of:NAME`
    /// (which spans each document's are). `backup`: the project's name, for a backup file.
    Export {
        corpus: Corpus,
        format: String,
        unit: Option<String>,
        stem: String,
        bilou: bool,
        versions: String,
        backup: Option<String>,
    },
    /// Adds the work in `files` (any format) as `annotator`'s versions of the corpus's documents
    /// (`owner` names own spans nobody named).
    AddVersions { corpus: String, files: Vec<(String, Vec<u8>)>, annotator: String, owner: String },
    /// Read the record an earlier version kept in `localStorage` (its draft, switch and
    /// workspace), once, to move it into a project. Done here so the page carries no reader
    /// for that old shape.
    Migrate(String),
    /// Suggest spans in `text` (document date `date`). Places need the gazetteer, fetched the
    /// first time; while it is being read the answer waits for it, up to `PATIENCE_MS` unless
    /// `wait_for_places`, and then comes without places.
    Suggest { text: String, date: Option<String>, wait_for_places: bool },
    /// Agreement between the annotators' versions of `docs` (text and storage record each;
    /// `project` the project's record, for its labels; `owner` names unnamed own spans), as HTML.
    Agree { corpus: Vec<String>, owner: String },
    /// Start reading the gazetteer now (the page asks once it is drawn), so that a book's
    /// places do not wait for it after the document opens.
    LoadPlaces,
}

/// A suggested span as the page takes it: code points, the label's name, `attrs` and the other
/// candidate places as JSON (the worker's message format carries no free-form JSON values).
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct SuggestedSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub attrs: String,
    pub candidates: String,
    /// A place inside an organization's name, nested in its Actor.
    pub nested: bool,
}

/// What an earlier version saved.
#[derive(Deserialize)]
struct Session {
    draft: String,
    workspace: Option<spanwright_core::Workspace>,
    snap: bool,
}

#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub enum Response {
    /// The documents as v1 files of at most `PART_DOCUMENTS` documents each (same labels; the
    /// first carries the file's other fields), so the page reads a large import a part at a
    /// time and stays responsive.
    Imported {
        format: String,
        parts: Vec<String>,
        documents: usize,
        spans: usize,
        warnings: Vec<String>,
    },
    Exported {
        name: String,
        bytes: Vec<u8>,
        warnings: Vec<String>,
    },
    /// An earlier version's session: its draft, switch and documents (as v1 parts, none when
    /// it had no workspace).
    Migrated {
        draft: String,
        snap: bool,
        parts: Vec<String>,
    },
    /// Suggestions; `places` is false while the gazetteer is not loaded (or failed to load:
    /// `gazetteer_error`).
    Suggested {
        spans: Vec<SuggestedSpan>,
        /// The engine's entities: (id, canonical name).
        entities: Vec<(String, String)>,
        places: bool,
        gazetteer_error: Option<String>,
        /// More parts follow: a book's suggestions come in parts of `SUGGESTION_PART` spans,
        /// each a message the page reads in a task of its own.
        more: bool,
    },
    /// The Agreement view's HTML.
    Agreement(String),
    /// Another annotator's work, added: the project's record (its labels, with any new ones),
    /// the changed documents' records by index, and what matched, for the user.
    Versions {
        project: String,
        docs: Vec<(usize, String)>,
        message: String,
    },
    Failed(String),
    /// `LoadPlaces` is under way.
    Loading,
}

/// Suggested spans a message: reading 15,000 of them from one message took the page 45 ms.
const SUGGESTION_PART: usize = 2000;

impl Response {
    /// Whether this is the last part of its answer.
    pub fn is_last(&self) -> bool {
        !matches!(self, Response::Suggested { more: true, .. })
    }
}

/// A suggestion request that does not wait for places still waits this long for the gazetteer
/// being read: a document opened with the page then gets its suggestions once, places included,
/// while on a slow network dates and actors come first.
const PATIENCE_MS: u32 = 1500;

/// The gazetteer beside the worker's script, gzipped (copied there by Trunk).
const GAZETTEER_URL: &str = "./places.tsv.gz";

#[derive(Default)]
pub struct FormatsWorker {
    gazetteer: Option<Gazetteer>,
    gazetteer_error: Option<String>,
    loading: bool,
    /// Suggestion requests waiting for the gazetteer.
    waiting: Vec<(HandlerId, u32, Request)>,
}

pub enum Event {
    Loaded(Result<Gazetteer, String>),
    /// The patience of request `n` ran out.
    Impatient(u32),
}

impl Worker for FormatsWorker {
    type Message = Event;
    type Input = (u32, Request);
    type Output = (u32, Response);

    fn create(_scope: &WorkerScope<Self>) -> Self {
        FormatsWorker::default()
    }

    fn update(&mut self, scope: &WorkerScope<Self>, event: Event) {
        let ready = match event {
            Event::Loaded(loaded) => {
                self.loading = false;
                match loaded {
                    Ok(g) => self.gazetteer = Some(g),
                    Err(e) => self.gazetteer_error = Some(e),
                }
                std::mem::take(&mut self.waiting)
            }
            // Only a request that does not wait for places set a timer.
            Event::Impatient(k) => {
                let (now, later) = std::mem::take(&mut self.waiting).into_iter().partition(|(_, n, _)| *n == k);
                self.waiting = later;
                now
            }
        };
        for (id, n, request) in ready {
            self.answer(request, &mut |part| scope.respond(id, (n, part)));
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, (n, request): (u32, Request), id: HandlerId) {
        if let Request::Suggest { .. } | Request::LoadPlaces = &request {
            if self.gazetteer.is_none() && !self.loading && self.gazetteer_error.is_none() {
                self.loading = true;
                scope.send_future(async { Event::Loaded(load_gazetteer().await) });
            }
            if self.loading && matches!(request, Request::Suggest { .. }) {
                if let Request::Suggest { wait_for_places: false, .. } = request {
                    scope.send_future(async move {
                        gloo::timers::future::TimeoutFuture::new(PATIENCE_MS).await;
                        Event::Impatient(n)
                    });
                }
                self.waiting.push((id, n, request));
                return;
            }
        }
        self.answer(request, &mut |part| scope.respond(id, (n, part)));
    }
}

impl FormatsWorker {
    /// Answers `request` through `send`: suggestions in parts of `SUGGESTION_PART`, each made
    /// and sent before the next (a book's parts made all at once held 5 MB more of the worker's
    /// memory, which wasm never gives back), anything else whole.
    fn answer(&self, request: Request, send: &mut dyn FnMut(Response)) {
        let Request::Suggest { text, date, .. } = request else {
            return send(match request {
                Request::LoadPlaces => Response::Loading,
                other => handle(other),
            });
        };
        let found = suggest(&text, date.as_deref(), self.gazetteer.as_ref());
        let t = Text::new(text.as_str());
        let cp = |b: usize| t.to_code_point(b, OffsetUnit::Utf8).unwrap_or(0);
        let mut entities = Some(found.entities.iter().map(|e| (e.id.clone(), e.canonical.clone())).collect());
        let mut parts = found.spans.chunks(SUGGESTION_PART).peekable();
        loop {
            let spans = parts
                .next()
                .unwrap_or_default()
                .iter()
                .map(|s| SuggestedSpan {
                    start: cp(s.start),
                    end: cp(s.end),
                    label: s.label.name().into(),
                    attrs: with_why(found.attrs_json(s), s.why),
                    candidates: serde_json::to_string(&s.candidates).unwrap_or_default(),
                    nested: s.nested,
                })
                .collect();
            let more = parts.peek().is_some();
            send(Response::Suggested {
                spans,
                entities: entities.take().unwrap_or_default(),
                places: self.gazetteer.is_some(),
                gazetteer_error: self.gazetteer_error.clone(),
                more,
            });
            if !more {
                return;
            }
        }
    }
}

/// Fetches and reads the gazetteer.
async fn load_gazetteer() -> Result<Gazetteer, String> {
    use wasm_bindgen::JsCast;
    let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    let failed = |e: wasm_bindgen::JsValue| format!("the place names could not be loaded ({e:?})");
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(scope.fetch_with_str(GAZETTEER_URL))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("the place names could not be loaded (HTTP {})", response.status()));
    }
    let buffer =
        wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(failed)?).await.map_err(failed)?;
    Gazetteer::from_gzip(&js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A file cut into parts of `PART_DOCUMENTS` documents. A part is written as the page stores a
/// project (a project record with the labels and the file's other fields, then each document's
/// record and text, as one JSON array of strings): the page reads it with what it reads its
/// storage with, and carries no reader of v1 files of its own.
fn parts(mut corpus: format_v1::File) -> Vec<String> {
    let docs = std::mem::take(&mut corpus.documents);
    let mut out = Vec::new();
    let mut rest = docs.into_iter().peekable();
    while rest.peek().is_some() {
        let record = ProjectRecord {
            id: String::new(),
            name: String::new(),
            labels: corpus.labels.clone(),
            extra: if out.is_empty() { corpus.extra.clone() } else { Default::default() },
            order: Vec::new(),
            done: 0,
        };
        let mut strings = vec![serde_json::to_string(&record).expect("records always serialize")];
        for d in rest.by_ref().take(PART_DOCUMENTS) {
            strings.push(doc_record(&d));
            strings.push(d.text.as_str().to_string());
        }
        out.push(serde_json::to_string(&strings).expect("strings always serialize"));
    }
    out
}

/// Reads one part onto what the parts before it made.
pub fn add_part(whole: &mut Option<format_v1::File>, part: &str) -> Result<(), String> {
    let strings: Vec<String> = serde_json::from_str(part).map_err(|e| e.to_string())?;
    let (head, docs) = strings.split_first().ok_or("an empty part")?;
    let record: ProjectRecord = serde_json::from_str(head).map_err(|e| e.to_string())?;
    let documents =
        docs.chunks(2).map(|d| doc_from_records(d.get(1).map_or("", |t| t), &d[0])).collect::<Result<Vec<_>, _>>()?;
    match whole {
        None => *whole = Some(format_v1::File { labels: record.labels, documents, extra: record.extra }),
        Some(w) => w.documents.extend(documents),
    }
    Ok(())
}

/// The file the parts make up again.
pub fn join_parts(parts: &[String]) -> Result<format_v1::File, String> {
    let mut whole = None;
    for p in parts {
        add_part(&mut whole, p)?;
    }
    whole.ok_or_else(|| "no documents".to_string())
}

/// Answers one request.
pub fn handle(request: Request) -> Response {
    match request {
        Request::Import { files, format } => {
            let files: Vec<NamedFile> = files.into_iter().map(|(n, b)| NamedFile::new(n, b)).collect();
            let format = match format.as_deref().map(Format::from_name) {
                Some(Some(f)) => f,
                Some(None) => return Response::Failed("unknown format".into()),
                None => match detect(&files) {
                    Some(f) => f,
                    None => return Response::Failed("Cannot tell this file's format: choose it above.".into()),
                },
            };
            match formats::import(format, &files, None) {
                Ok(imported) => Response::Imported {
                    format: format.name().into(),
                    documents: imported.corpus.documents.len(),
                    spans: imported.span_count(),
                    parts: parts(imported.corpus),
                    warnings: imported.warnings,
                },
                Err(e) => Response::Failed(e.to_string()),
            }
        }
        Request::Migrate(json) => match serde_json::from_str::<Session>(&json) {
            Ok(s) => Response::Migrated {
                draft: s.draft,
                snap: s.snap,
                parts: s.workspace.map(|ws| parts(ws.to_file())).unwrap_or_default(),
            },
            Err(e) => Response::Failed(format!("The work saved by an earlier version could not be read ({e}).")),
        },
        Request::Suggest { .. } | Request::LoadPlaces => Response::Failed("suggestions need the worker".into()),
        Request::Agree { corpus, owner } => {
            match Corpus::joined(&corpus).and_then(|c| Ok((c.file(None)?, c.indexes))) {
                Ok((file, indexes)) => {
                    let report = agree(versions_of(&file.documents, &owner), &file.labels);
                    Response::Agreement(crate::agreement_html::render(&report, &indexes))
                }
                Err(e) => Response::Failed(e),
            }
        }
        Request::AddVersions { corpus, files, annotator, owner } => Corpus::from_json(&corpus)
            .and_then(|c| crate::team_worker::add_versions(c, files, &annotator, &owner))
            .unwrap_or_else(Response::Failed),
        Request::Export { corpus, format, unit, stem, bilou, versions, backup } => {
            let Some(format) = Format::from_name(&format) else { return Response::Failed("unknown format".into()) };
            let unit = unit.as_deref().and_then(unit_from_name);
            match corpus.file(backup.as_deref()).map(|f| crate::team_worker::pick(f, &versions)) {
                Ok(file) => {
                    let scheme = if bilou { formats::conll::Scheme::Bilou } else { formats::conll::Scheme::Bio };
                    let mut out = formats::export_with_scheme(format, &file, unit, &stem, scheme);
                    let f = out.files.remove(0);
                    Response::Exported { name: f.name, bytes: f.bytes, warnings: out.warnings }
                }
                Err(e) => Response::Failed(e.to_string()),
            }
        }
    }
}

/// A suggestion's attrs with why the words around it decided its label: the popover shows it,
/// and an accepted span keeps it until its value is changed (where the label came from).
fn with_why(attrs: String, why: Option<&str>) -> String {
    match (why, attrs.strip_suffix('}')) {
        (Some(why), Some(open)) => {
            let comma = if open.ends_with('{') { "" } else { "," };
            format!("{open}{comma}\"why\":{}}}", serde_json::Value::from(why))
        }
        _ => attrs,
    }
}
