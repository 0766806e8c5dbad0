//! The page's side of the formats worker: starts it on first use and routes each answer to the
//! callback of the request that asked.

use std::cell::RefCell;

use gloo::worker::{Spawnable, WorkerBridge};

use crate::formats_worker::{FormatsWorker, Request, Response, LOADER};

/// Requests waiting for their answer (or its next part); a few at a time, so a list (a map
/// costs the first load its own copy of the hash table code).
type Pending = Vec<(u32, Box<dyn FnMut(Response)>)>;

thread_local! {
    static BRIDGE: RefCell<Option<WorkerBridge<FormatsWorker>>> = const { RefCell::new(None) };
    static PENDING: RefCell<Pending> = const { RefCell::new(Vec::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
}

/// Reads a Spanwright JSON file a person chose: the worker checks it (its errors name the
/// field) and the page reads the worker's copy.
pub fn read_v1(
    name: String,
    text: String,
    done: impl FnOnce(Result<spanwright_core::format_v1::File, String>) + 'static,
) {
    let request = Request::Import { files: vec![(name, text.into_bytes())], format: Some("spanwright".into()) };
    ask(request, move |response| {
        done(match response {
            Response::Imported { parts, .. } => crate::formats_worker::join_parts(&parts),
            Response::Failed(e) => Err(e),
            _ => Err("unexpected answer".into()),
        })
    });
}

/// Sends `request` to the worker; `done` gets its answer.
pub fn ask(request: Request, done: impl FnOnce(Response) + 'static) {
    let mut done = Some(done);
    ask_boxed(
        request,
        Box::new(move |r| {
            if let Some(d) = done.take() {
                d(r)
            }
        }),
    )
}

/// Sends `request` to the worker; `each` gets every part of its answer, the last one
/// `Response::is_last`. Each part is a message of its own, read in a task of its own.
pub fn ask_parts(request: Request, each: impl FnMut(Response) + 'static) {
    ask_boxed(request, Box::new(each))
}

fn ask_boxed(request: Request, done: Box<dyn FnMut(Response)>) {
    let n = NEXT.with(|c| {
        let mut c = c.borrow_mut();
        *c += 1;
        *c
    });
    PENDING.with(|p| p.borrow_mut().push((n, done)));
    BRIDGE.with(|b| {
        let mut b = b.borrow_mut();
        let bridge = b.get_or_insert_with(|| {
            FormatsWorker::spawner()
                .callback(|(n, response)| {
                    // Taken out while it runs: it may ask the worker again.
                    let done = PENDING.with(|p| {
                        let mut p = p.borrow_mut();
                        p.iter().position(|(k, _)| *k == n).map(|i| p.swap_remove(i).1)
                    });
                    if let Some(mut done) = done {
                        let last = response.is_last();
                        done(response);
                        if !last {
                            PENDING.with(|p| p.borrow_mut().push((n, done)));
                        }
                    }
                })
                .spawn_with_loader(LOADER)
        });
        bridge.send((n, request));
    });
}

/// The project as the worker reads it: documents `which` (all when `None`), with `patched` in
/// place of the document of the same id (the open one with its suggestions, for an export).
pub fn corpus(
    ws: &spanwright_core::Workspace,
    which: Option<&[usize]>,
    patched: Option<&spanwright_core::Document>,
) -> crate::formats_worker::Corpus {
    use spanwright_core::project_store::{doc_record, ProjectRecord};
    let row = |i: usize| {
        let d = &ws.docs()[i];
        let d = patched.filter(|p| p.id == d.id).unwrap_or(d);
        (d.text.as_str().to_string(), doc_record(d))
    };
    let indexes: Vec<usize> = match which {
        Some(list) => list.to_vec(),
        None => (0..ws.docs().len()).collect(),
    };
    let docs = indexes.iter().map(|&i| row(i)).collect();
    let project = serde_json::to_string(&ProjectRecord::of("", "", ws)).unwrap_or_default();
    crate::formats_worker::Corpus { project, docs, indexes }
}

/// Writes the whole project as Spanwright JSON in the worker (every version; `backup`: naming
/// the project) and hands `done` the file's name and text.
pub fn export_v1(
    ws: &spanwright_core::Workspace,
    stem: String,
    backup: Option<String>,
    done: impl FnOnce(Result<(String, String), String>) + 'static,
) {
    export_boxed(ws, stem, backup, Box::new(done))
}

/// `export_v1` without a copy of the worker's answer handling per caller.
fn export_boxed(
    ws: &spanwright_core::Workspace,
    stem: String,
    backup: Option<String>,
    done: Box<dyn FnOnce(Result<(String, String), String>)>,
) {
    let request = Request::Export {
        corpus: corpus(ws, None, None),
        format: "spanwright".into(),
        unit: None,
        stem,
        bilou: false,
        versions: "every".into(),
        backup,
    };
    ask(request, move |r| {
        done(match r {
            Response::Exported { name, bytes, .. } => {
                String::from_utf8(bytes).map(|t| (name, t)).map_err(|e| e.to_string())
            }
            Response::Failed(e) => Err(e),
            _ => Err("unexpected answer".into()),
        })
    });
}
