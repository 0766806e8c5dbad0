//! Saves what changed in the open project: only the documents an edit touched, off the key
//! path, in batches small enough never to hold the page for long (a 10,000-document import is
//! written a few megabytes at a time). A failed write keeps the changes to write again with the
//! next edit, and says so at once; nothing is dropped.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use spanwright_core::project_store::{doc_record, ProjectRecord};
use spanwright_core::workspace::Changes;

use super::projects::{self, Batch};
use crate::state::WsHandle;

/// About this much JSON is written per transaction, then the page gets a turn.
const BATCH_BYTES: usize = 2_000_000;
/// After a failed write, the next attempt (besides the next change).
const RETRY_MS: u32 = 10_000;

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// Documents still to write (of a bulk change).
    Saving(usize),
    Failed(String),
    /// Another tab saved this project; this tab stopped saving so as not to overwrite it.
    Paused,
}

pub type Report = Rc<dyn Fn(SaveStatus)>;

/// Where the save status is shown. The saver reports every write (twice per edit), so the
/// status does not go through the app's state: redrawing the whole app twice per key press
/// cost a book-length document its frame. Only the indicator redraws.
#[derive(Default)]
pub struct StatusBoard {
    pub last: SaveStatus,
    pub show: Option<Rc<dyn Fn(SaveStatus)>>,
}

impl Default for SaveStatus {
    fn default() -> Self {
        SaveStatus::Saved
    }
}

/// The board, shared; equal when it is the same board.
#[derive(Clone, Default)]
pub struct Board(pub Rc<RefCell<StatusBoard>>);

impl PartialEq for Board {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Board {
    pub fn post(&self, status: SaveStatus) {
        let show = {
            let mut b = self.0.borrow_mut();
            b.last = status.clone();
            b.show.clone()
        };
        if let Some(show) = show {
            show(status);
        }
    }
}

pub struct Saver {
    pub project: String,
    pub name: String,
    pub ws: WsHandle,
    pending: Changes,
    /// Documents whose text is stored, so a save writes a text once and deletes what is gone.
    stored: BTreeSet<String>,
    busy: bool,
    paused: bool,
    /// Done documents as the stored project record counts them (the project list shows it).
    done: Option<usize>,
    timer: Option<Timeout>,
    report: Report,
}

pub type SaverHandle = Rc<RefCell<Saver>>;

impl Saver {
    pub fn new(project: &str, name: &str, ws: WsHandle, stored: BTreeSet<String>, report: Report) -> SaverHandle {
        let done = Some(ws.borrow().docs().iter().filter(|d| d.status == spanwright_core::DocStatus::Done).count());
        Rc::new(RefCell::new(Saver {
            project: project.into(),
            name: name.into(),
            ws,
            pending: Changes::default(),
            stored,
            busy: false,
            paused: false,
            done,
            timer: None,
            report,
        }))
    }

    /// The documents stored so far, for a saver that takes over the same project.
    pub fn stored(&self) -> BTreeSet<String> {
        self.stored.clone()
    }

    pub fn pause(&mut self) {
        self.paused = true;
        self.timer = None;
        (self.report)(SaveStatus::Paused);
    }
}

/// Collects the workspace's changes and writes them after `delay_ms`.
pub fn schedule(saver: &SaverHandle, delay_ms: u32) {
    let mut s = saver.borrow_mut();
    let changes = s.ws.borrow_mut().take_changes();
    s.pending.merge(changes);
    if s.pending.is_empty() || s.paused || s.busy {
        return;
    }
    let me = saver.clone();
    s.timer = Some(Timeout::new(delay_ms, move || run(&me)));
    // Said at once, so "All changes saved" never shows while a change waits to be written.
    let (report, n) = (s.report.clone(), s.pending.docs.len());
    drop(s);
    report(SaveStatus::Saving(n));
}

/// Writes what is pending now (leaving the page does this).
pub fn flush(saver: &SaverHandle) {
    let changes = saver.borrow().ws.borrow_mut().take_changes();
    saver.borrow_mut().pending.merge(changes);
    run(saver);
}

fn run(saver: &SaverHandle) {
    let (batch, taken, left) = {
        let mut s = saver.borrow_mut();
        s.timer = None;
        if s.busy || s.paused || s.pending.is_empty() {
            return;
        }
        let (batch, taken) = next_batch(&mut s);
        s.busy = true;
        (batch, taken, s.pending.docs.len())
    };
    (saver.borrow().report)(SaveStatus::Saving(left + taken.docs.len()));
    let me = saver.clone();
    let project = saver.borrow().project.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = match super::database().await {
            Ok(db) => projects::write(&db, &project, &batch).await,
            Err(e) => Err(e),
        };
        let mut s = me.borrow_mut();
        s.busy = false;
        match result {
            Ok(()) => {
                s.stored.extend(batch.texts.into_iter().map(|(id, _)| id));
                for id in &batch.deleted {
                    s.stored.remove(id);
                }
                super::tabs::announce_saved(&project);
                let more = !s.pending.is_empty();
                let report = s.report.clone();
                drop(s);
                if more {
                    schedule(&me, 0);
                } else {
                    report(SaveStatus::Saved);
                }
            }
            Err(e) => {
                s.pending.merge(taken);
                // Try again in a while (space may have been freed), and with the next change.
                let again = me.clone();
                s.timer = Some(Timeout::new(RETRY_MS, move || run(&again)));
                let report = s.report.clone();
                drop(s);
                report(SaveStatus::Failed(e));
            }
        }
    });
}

/// Takes the next transaction's worth of pending changes and serializes it.
fn next_batch(s: &mut Saver) -> (Batch, Changes) {
    let ws = s.ws.clone();
    let ws = ws.borrow();
    let mut batch = Batch::default();
    let mut taken = Changes::default();
    let mut bytes = 0;
    // One pass over the documents in order (no index to build): those pending are written.
    for d in ws.docs() {
        if bytes >= BATCH_BYTES {
            break;
        }
        let Some(id) = s.pending.docs.take(&d.id) else { continue };
        let record = doc_record(d);
        bytes += record.len();
        if !s.stored.contains(&id) {
            bytes += d.text.as_str().len();
            batch.texts.push((id.clone(), d.text.as_str().to_string()));
        }
        batch.docs.push((id.clone(), record));
        taken.docs.insert(id);
    }
    // Pending ids no document has any more were removed: the project record deletes them.
    if bytes < BATCH_BYTES {
        taken.docs.append(&mut s.pending.docs);
    }
    // The project record names every document, so it goes last: with the final batch.
    let done = ws.docs().iter().filter(|d| d.status == spanwright_core::DocStatus::Done).count();
    if s.pending.docs.is_empty() && (s.pending.project || s.done.is_some_and(|d| d != done)) {
        s.done = Some(done);
        s.pending.project = false;
        taken.project = true;
        let record = ProjectRecord::of(&s.project, &s.name, &ws);
        batch.project = Some(serde_json::to_string(&record).expect("serializes"));
        // (Inserted one by one: collecting into a B-tree would bring a sort routine into the wasm.)
        let mut gone = s.stored.clone();
        for d in ws.docs() {
            gone.remove(&d.id);
        }
        batch.deleted = gone.into_iter().collect();
    }
    (batch, taken)
}
