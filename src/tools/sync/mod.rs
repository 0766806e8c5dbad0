//! Sync with a team's CouchDB database (docs/sync.md): the dialog, the status in the project bar,
//! and the engine that sends and reads records. All of it comes with the module loaded on the
//! first click of "Sync", or at start-up for a project that syncs.

pub mod assignments;
pub mod couch;
pub mod dialog;
pub mod engine;
pub mod receive;
pub mod records;
pub mod send;
pub mod status;
pub mod store;

use serde_json::{json, Value};

use couch::{Couch, Failure};
use records::Who;
use store::Config;

/// The origins this copy of the site may sync with, as whoever built it named them
/// (`make dist SYNC_ORIGINS=…`, written into the page's `sync-origins` meta and its CSP).
pub fn allowed_origins() -> Vec<String> {
    gloo::utils::document()
        .query_selector("meta[name=sync-origins]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default()
        .split_whitespace()
        .map(|o| o.trim_end_matches('/').to_string())
        .collect()
}

/// Checks that `couch` is a server this site may reach, with a message that says what to do.
pub fn check_origin(couch: &Couch) -> Result<(), String> {
    let allowed = allowed_origins();
    if allowed.iter().any(|o| *o == couch.base) {
        return Ok(());
    }
    Err(if allowed.is_empty() {
        format!("This copy of Spanwright may not sync with any server, so not with {}. Whoever hosts it names the servers it may reach (make dist SYNC_ORIGINS=\"{}\").", couch.base, couch.base)
    } else {
        format!("This copy of Spanwright may sync only with {}, not with {}. Whoever hosts it names the servers it may reach (make dist SYNC_ORIGINS=…).", allowed.join(", "), couch.base)
    })
}

/// Who the session's user is on the server, as sync needs it; `None` when not signed in.
pub async fn who(couch: &Couch, me: &str) -> Result<Option<Who>, Failure> {
    let session = couch.call("GET", "/_session", None).await?;
    let ctx = session.get("userCtx").cloned().unwrap_or(Value::Null);
    let Some(name) = ctx.get("name").and_then(Value::as_str) else { return Ok(None) };
    let roles: Vec<&str> =
        ctx.get("roles").and_then(Value::as_array).map_or(Vec::new(), |r| r.iter().filter_map(Value::as_str).collect());
    let lead = roles.iter().any(|r| matches!(*r, "_admin" | "lead"));
    let me = if me.is_empty() || me == "me" { name } else { me };
    Ok(Some(Who { me: me.to_string(), curator: lead || roles.contains(&"curator"), lead }))
}

/// Signs in (the password goes to the server's `_session` and nowhere else: the server answers
/// with its session cookie), checks the database, and starts syncing the open project.
pub async fn connect(url: &str, user: &str, password: &str) -> Result<(), String> {
    let couch = Couch::parse(url)?;
    check_origin(&couch)?;
    let fail = |f: Failure| f.message(&couch.base);
    couch.call("POST", "/_session", Some(&json!({ "name": user, "password": password }))).await.map_err(fail)?;
    couch.call("GET", "", None).await.map_err(fail)?;
    let info = crate::tools::page::info();
    let who = who(&couch, &info.owner)
        .await
        .map_err(fail)?
        .ok_or("The server did not keep the session (are cookies blocked?).")?;
    if info.owner.is_empty() || info.owner == "me" {
        let _ = name_annotator(&who.me);
    }
    let (project, ..) = receive::page_state();
    let config =
        Config { url: couch.url(), user: user.to_string(), me: who.me.clone(), curator: who.curator, lead: who.lead };
    wasm_bindgen_futures::spawn_local(engine::start(project, couch, who, config));
    Ok(())
}

/// Starts syncing the open project if it syncs (at start-up, and when another project opens).
/// The session is checked by the engine's first call: offline, the work waits and is counted.
pub async fn resume() {
    let (project, ..) = receive::page_state();
    if project.is_empty() || engine::current().is_some_and(|e| e.borrow().project == project) {
        return;
    }
    let Some(config) = store::config(&project) else { return };
    let Ok(couch) = Couch::parse(&config.url) else { return };
    status::show();
    if let Err(e) = check_origin(&couch) {
        status::say(&e, true);
        return;
    }
    let who = Who { me: config.me.clone(), curator: config.curator, lead: config.lead };
    engine::start(project, couch, who, config).await;
}

/// Gives the page the annotator name the server knows this person by, as if they had typed it;
/// false while the page shows no project bar to type it in.
fn name_annotator(name: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Ok(Some(input)) = gloo::utils::document().query_selector("input[aria-label='Annotator name']") else {
        return false;
    };
    {
        let input: web_sys::HtmlInputElement = input.unchecked_into();
        input.set_value(name);
        if let Ok(e) = web_sys::Event::new_with_event_init_dict("change", &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        }) {
            let _ = input.dispatch_event(&e);
        }
    }
    true
}

/// Follows the page: another project opened stops the engine and starts that project's sync,
/// if it has one. Called once a second while the module is loaded.
pub fn watch() {
    thread_local!(static TRIED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) });
    let (project, ..) = receive::page_state();
    let running = engine::current().map(|e| e.borrow().project.clone());
    if let Some(p) = &running {
        if p.is_empty() || *p == project {
            return;
        }
        engine::stop();
        status::say("", false);
    }
    if project.is_empty() || TRIED.with(|t| t.replace(project.clone())) == project {
        return;
    }
    wasm_bindgen_futures::spawn_local(resume());
}
