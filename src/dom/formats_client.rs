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
