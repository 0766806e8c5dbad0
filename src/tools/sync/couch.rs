//! The CouchDB calls sync makes, over the browser's `fetch`: JSON in and out, the session cookie
//! sent along (`credentials: include`), and every failure turned into words a person can act on.
//! Only the API both Apache CouchDB 3 and pouchdb-server implement is used (docs/sync.md).

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Request, RequestCredentials, RequestInit, Response};

/// Why a call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// No answer: the network or the server is down. Work waits and goes out later.
    Offline,
    /// Not signed in, or the session ended.
    SignedOut,
    /// The call was cut short on purpose (a local change ends a long poll).
    Aborted,
    /// The server answered with an error, worded for the user.
    Refused(String),
}

impl Failure {
    pub fn message(&self, url: &str) -> String {
        match self {
            Failure::Offline => format!("Cannot reach {url}: changes wait here and go out when it answers."),
            Failure::SignedOut => "Signed out of the server: open Sync and sign in again.".into(),
            Failure::Aborted => String::new(),
            Failure::Refused(why) => why.clone(),
        }
    }
}

/// A database on a server: `base` is the server (`https://host:port`), `db` the database's name.
#[derive(Clone, Debug, PartialEq)]
pub struct Couch {
    pub base: String,
    pub db: String,
}

impl Couch {
    /// A database URL as a person types it: `https://host[:port]/name`.
    pub fn parse(url: &str) -> Result<Couch, String> {
        let parsed = web_sys::Url::new(url.trim()).map_err(|_| format!("“{}” is not a URL.", url.trim()))?;
        if !matches!(parsed.protocol().as_str(), "http:" | "https:") {
            return Err("The server URL starts with https:// (or http://).".into());
        }
        let db = parsed.pathname().trim_matches('/').to_string();
        if db.is_empty() || db.contains('/') {
            return Err("Give the database too: https://server/database.".into());
        }
        Ok(Couch { base: parsed.origin(), db })
    }

    pub fn url(&self) -> String {
        format!("{}/{}", self.base, self.db)
    }

    /// Calls `path` of the database (or of the server, when it starts with `/`).
    pub async fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, Failure> {
        self.call_with(method, path, body, None).await
    }

    pub async fn call_with(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        abort: Option<&AbortController>,
    ) -> Result<Value, Failure> {
        let url = if path.starts_with('/') { format!("{}{path}", self.base) } else { format!("{}/{path}", self.url()) };
        let init = RequestInit::new();
        init.set_method(method);
        init.set_credentials(RequestCredentials::Include);
        if let Some(b) = body {
            init.set_body(&JsValue::from_str(&b.to_string()));
        }
        if let Some(a) = abort {
            init.set_signal(Some(&a.signal()));
        }
        let request = Request::new_with_str_and_init(&url, &init).map_err(|_| Failure::Offline)?;
        let headers = request.headers();
        let _ = headers.set("Accept", "application/json");
        if body.is_some() {
            let _ = headers.set("Content-Type", "application/json");
        }
        let window = gloo::utils::window();
        let response: Response = match JsFuture::from(window.fetch_with_request(&request)).await {
            Ok(r) => r.unchecked_into(),
            Err(e) => {
                let aborted = e.dyn_ref::<web_sys::DomException>().is_some_and(|d| d.name() == "AbortError");
                return Err(if aborted { Failure::Aborted } else { Failure::Offline });
            }
        };
        let status = response.status();
        let text = match response.text() {
            Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()).unwrap_or_default(),
            Err(_) => String::new(),
        };
        let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if (200..300).contains(&status) {
            return Ok(value);
        }
        let reason = value.get("reason").and_then(Value::as_str).unwrap_or("").to_string();
        Err(match status {
            401 if path == "/_session" => Failure::Refused("Wrong user name or password.".into()),
            401 => Failure::SignedOut,
            403 => Failure::Refused(format!("The server refused the write: {reason}")),
            404 => Failure::Refused(format!(
                "There is no database “{}” on {}: ask the project lead for its URL.",
                self.db, self.base
            )),
            413 => Failure::Refused("The server refused a record as too large.".into()),
            507 => Failure::Refused("The server is out of space (its quota is used up); nothing was lost here.".into()),
            _ => Failure::Refused(format!("The server answered {status}: {reason}")),
        })
    }
}

/// A promise-less pause (between retries, and batches that yield to the page).
pub async fn sleep(ms: u32) {
    gloo::timers::future::TimeoutFuture::new(ms).await;
}
