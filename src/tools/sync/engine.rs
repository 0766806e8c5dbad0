//! The sync loop of one project: send what changed here (`_bulk_docs`), read what changed there
//! (`_changes`, from the checkpoint), wait on a long poll that a local edit cuts short, and on a
//! failure keep everything and try again later. One engine runs per page.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::{Interval, Timeout};
use serde_json::Value;
use spanwright_core::project_store::ProjectRecord;
use spanwright_core::sync;
use web_sys::AbortController;

use super::couch::{sleep, Couch, Failure};
use super::receive::{page_state, receive};
use super::records::Who;
use super::send::{push, scan_all};
use super::store::{self, Config, Progress};
use crate::tools::page;

/// Records read from the changes feed at a time.
const BATCH: usize = 500;

/// What the bar and the dialog show.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Status {
    /// Records waiting to go to the server.
    pub waiting: usize,
    /// When the last sync finished.
    pub last: Option<f64>,
    pub error: Option<String>,
    /// A first sync's batches: records done and in all, and which way.
    pub batch: Option<(usize, usize, &'static str)>,
    pub running: bool,
}

pub struct Engine {
    pub project: String,
    pub couch: Couch,
    pub who: Who,
    pub progress: Progress,
    pub status: Status,
    /// Records the server refused, with the content it refused: not sent again unchanged.
    pub(super) refused: HashMap<String, u64>,
    /// Document ids by their place in the page, as last read.
    pub places: HashMap<String, usize>,
    /// The project's labels as the server has them.
    pub labels: Option<ProjectRecord>,
    /// Records whose document has not arrived yet.
    pub parked: Vec<Value>,
    /// Records that came before the project's record, to a page with no project yet.
    pub held: Vec<Value>,
    /// Where to sync, kept for the project once the page has one (joining starts with none).
    pub config: Config,
    stop: bool,
    /// The session was checked since the engine started.
    verified: bool,
    abort: Option<AbortController>,
    /// The page's revision when its documents were last compared with what was sent.
    pub(super) seen: (f64, usize),
    /// What waits to go out, by `queue_key`, with the document it belongs to.
    pub queue: std::collections::BTreeMap<String, (String, sync::Outgoing)>,
    /// Documents (places) to compare again: a merge changed them.
    pub dirty: std::collections::BTreeSet<usize>,
    _ticker: Option<Interval>,
}

pub type Shared = Rc<RefCell<Engine>>;

thread_local! {
    static ENGINE: RefCell<Option<Shared>> = const { RefCell::new(None) };
    static LISTENERS: RefCell<Vec<(u64, Rc<dyn Fn(&Status)>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_LISTENER: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

pub fn current() -> Option<Shared> {
    ENGINE.with(|e| e.borrow().clone())
}

/// Hears every change of status (the bar's status and the dialog) while the returned guard
/// lives: a dialog opened and closed a hundred times leaves no listener behind.
#[must_use = "the listener stops when this is dropped; `forever` keeps it"]
pub fn listen(f: Rc<dyn Fn(&Status)>) -> Listening {
    let id = NEXT_LISTENER.with(|n| n.replace(n.get() + 1));
    LISTENERS.with(|l| l.borrow_mut().push((id, f)));
    Listening(id)
}

/// A listener's place in the list; dropping it takes the listener out.
pub struct Listening(u64);

impl Listening {
    /// Keeps the listener for the page's life (the status bar's).
    pub fn forever(self) {
        std::mem::forget(self);
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        LISTENERS.with(|l| l.borrow_mut().retain(|(id, _)| *id != self.0));
    }
}

/// How many listeners hear the status now.
pub fn listening() -> usize {
    LISTENERS.with(|l| l.borrow().len())
}

pub(super) fn publish(engine: &Shared) {
    let status = engine.borrow().status.clone();
    // A copy: a listener may drop another (a dialog closing) while the status goes round.
    let listeners: Vec<_> = LISTENERS.with(|l| l.borrow().iter().map(|(_, f)| f.clone()).collect());
    for f in listeners {
        f(&status);
    }
}

pub(super) fn now() -> f64 {
    js_sys::Date::now()
}

/// Stops the engine running, if any (another project opened, or sync switched off).
pub fn stop() {
    if let Some(e) = ENGINE.with(|e| e.borrow_mut().take()) {
        let mut e = e.borrow_mut();
        e.stop = true;
        e._ticker = None;
        if let Some(a) = e.abort.take() {
            a.abort();
        }
    }
}

/// Starts syncing `project` (an empty id: the page has none yet and the first records make it).
pub async fn start(project: String, couch: Couch, who: Who, config: Config) {
    stop();
    let progress = store::progress(&project, &couch.url()).await;
    if !project.is_empty() {
        store::set_config(&project, Some(&config));
    }
    let engine = Rc::new(RefCell::new(Engine {
        project,
        couch,
        who,
        status: Status { last: progress.last, running: true, ..Default::default() },
        progress,
        refused: HashMap::new(),
        places: HashMap::new(),
        labels: None,
        parked: Vec::new(),
        held: Vec::new(),
        config,
        stop: false,
        verified: false,
        abort: None,
        seen: (-1.0, usize::MAX),
        queue: Default::default(),
        dirty: Default::default(),
        _ticker: None,
    }));
    // An edit here ends the long poll, so it goes out at once.
    let weak = Rc::downgrade(&engine);
    let mut version = None;
    let ticker = Interval::new(250, move || {
        let Some(engine) = weak.upgrade() else { return };
        // The page's version number is cheap to read; what it draws (the cursor too) changes it,
        // and only then is the page asked whether its documents changed.
        let now = page::call("views_version", &[]).and_then(|v| v.as_f64());
        if version == now && engine.borrow().dirty.is_empty() {
            return;
        }
        if !page_changed(&engine) {
            version = now;
        } else if let Some(a) = engine.borrow_mut().abort.take() {
            a.abort();
            version = now;
        }
        // Changed while no long poll waits: the next one is ended as it starts.
    });
    engine.borrow_mut()._ticker = Some(ticker);
    ENGINE.with(|e| *e.borrow_mut() = Some(engine.clone()));
    publish(&engine);
    run(engine).await;
}

async fn run(engine: Shared) {
    let mut wait = 1000;
    loop {
        if engine.borrow().stop {
            return;
        }
        let result = cycle(&engine).await;
        if engine.borrow().stop {
            return;
        }
        match result {
            Ok(()) | Err(Failure::Aborted) => wait = 1000,
            Err(f) => {
                let message = f.message(&engine.borrow().couch.base);
                {
                    let mut e = engine.borrow_mut();
                    e.status.error = Some(message);
                    e.status.batch = None;
                }
                publish(&engine);
                if f == Failure::SignedOut && signed_out(&engine).await {
                    engine.borrow_mut().status.running = false;
                    publish(&engine);
                    return;
                }
                sleep(wait).await;
                wait = (wait * 2).min(10_000);
            }
        }
    }
}

/// Whether a 401 means the session ended (a server starting up may refuse for a moment).
async fn signed_out(engine: &Shared) -> bool {
    let (couch, me) = {
        let e = engine.borrow();
        (e.couch.clone(), e.who.me.clone())
    };
    matches!(super::who(&couch, &me).await, Ok(None))
}

/// One round: send, read, then wait for either side to change.
async fn cycle(engine: &Shared) -> Result<(), Failure> {
    if !engine.borrow().verified {
        // What waits is counted before the server is asked anything (it may be down).
        scan_all(engine);
        publish(engine);
        // The session cookie may have expired since the last visit.
        let (couch, me) = {
            let e = engine.borrow();
            (e.couch.clone(), e.who.me.clone())
        };
        let who = super::who(&couch, &me).await?.ok_or(Failure::SignedOut)?;
        let mut e = engine.borrow_mut();
        e.who = who;
        e.verified = true;
    }
    push(engine).await?;
    pull(engine, false).await?;
    // A record that arrived may have been merged with a change made here: it goes out now.
    push(engine).await?;
    {
        let mut e = engine.borrow_mut();
        if e.refused.is_empty() {
            e.status.error = None;
        }
        e.status.batch = None;
        e.status.last = Some(now());
        e.progress.last = e.status.last;
    }
    save(engine).await;
    publish(engine);
    pull(engine, true).await
}

pub(super) async fn save(engine: &Shared) {
    let (project, progress) = {
        let mut e = engine.borrow_mut();
        // A project joined from the server has an id once the page made it.
        if e.project.is_empty() {
            e.project = page_state().0;
            if !e.project.is_empty() {
                store::set_config(&e.project, Some(&e.config));
            }
        }
        (e.project.clone(), e.progress.clone())
    };
    if !project.is_empty() {
        if let Err(e) = store::save(&project, &progress).await {
            page::notify(&format!("Sync could not keep its place ({e}); it starts over next time."), true);
        }
    }
}

/// Whether the page changed since its documents were last compared.
pub fn page_changed(engine: &Shared) -> bool {
    let (_, revision, n, _) = page_state();
    let e = engine.borrow();
    e.seen != (revision, n) || !e.dirty.is_empty()
}

/// Reads the changes feed from the checkpoint, a batch at a time, until it is read; `live`: waits
/// on one long poll (ended early by an edit here, or after 25 s) and applies what it brings.
async fn pull(engine: &Shared, live: bool) -> Result<(), Failure> {
    let couch = engine.borrow().couch.clone();
    let mut read = 0;
    loop {
        let since = match &engine.borrow().progress.since {
            Value::String(s) => String::from(js_sys::encode_uri_component(s)),
            other => other.to_string(),
        };
        let mut path = format!("_changes?include_docs=true&limit={BATCH}&since={since}");
        let abort = if live {
            path.push_str("&feed=longpoll&timeout=25000");
            let a = AbortController::new().ok();
            engine.borrow_mut().abort = a.clone();
            a
        } else {
            None
        };
        // pouchdb-server does not end a long poll by itself: the page does, a little later.
        let timer = abort.clone().map(|a| Timeout::new(27_000, move || a.abort()));
        let answer = couch.call_with("GET", &path, None, abort.as_ref()).await;
        drop(timer);
        engine.borrow_mut().abort = None;
        let answer = answer?;
        let results = answer.get("results").and_then(Value::as_array).cloned().unwrap_or_default();
        let count = results.len();
        let bodies: Vec<Value> =
            results.into_iter().filter_map(|r| r.get("doc").cloned()).filter(Value::is_object).collect();
        receive(engine, bodies, false).await;
        read += count;
        let pending = answer.get("pending").and_then(Value::as_u64).unwrap_or(0) as usize;
        {
            let mut e = engine.borrow_mut();
            if let Some(seq) = answer.get("last_seq") {
                e.progress.since = seq.clone();
            }
            e.status.batch = (pending > 0).then_some((read, read + pending, "Receiving"));
        }
        save(engine).await;
        publish(engine);
        if live || count < BATCH {
            return Ok(());
        }
    }
}

/// Every document is compared again at the next round (assignments changed many at once).
pub fn rescan() {
    if let Some(e) = current() {
        let mut e = e.borrow_mut();
        e.seen.1 = usize::MAX;
        if let Some(a) = e.abort.take() {
            a.abort();
        }
    }
}
