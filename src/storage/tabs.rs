//! Two tabs on one project would overwrite each other's saves. Tabs tell each other, over a
//! `BroadcastChannel`, which project they opened and when they saved it: a tab that learns
//! another tab saved its project stops saving and says so.

use std::cell::RefCell;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

const CHANNEL: &str = "spanwright";

pub enum News {
    /// Another tab has this project open too.
    AlsoOpen,
    /// Another tab saved this project.
    SavedElsewhere,
}

struct Tabs {
    channel: web_sys::BroadcastChannel,
    me: String,
    project: Option<String>,
    _listener: EventListener,
}

thread_local! {
    static TABS: RefCell<Option<Tabs>> = const { RefCell::new(None) };
}

fn post(kind: &str, project: &str) {
    TABS.with(|t| {
        if let Some(t) = &*t.borrow() {
            let _ = t.channel.post_message(&format!("{kind}\u{1}{}\u{1}{project}", t.me).into());
        }
    });
}

/// Starts listening; `on_news` hears about the open project only.
pub fn listen(on_news: impl Fn(News) + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else { return };
    let me = format!("{}", js_sys::Math::random());
    let listener = EventListener::new(&channel, "message", move |e| {
        let Some(data) = e.unchecked_ref::<web_sys::MessageEvent>().data().as_string() else { return };
        let mut parts = data.splitn(3, '\u{1}');
        let (Some(kind), Some(_from), Some(project)) = (parts.next(), parts.next(), parts.next()) else { return };
        let mine = TABS.with(|t| t.borrow().as_ref().and_then(|t| t.project.clone()));
        if mine.as_deref() != Some(project) {
            return;
        }
        match kind {
            "open" => {
                post("here", project);
                on_news(News::AlsoOpen);
            }
            "here" => on_news(News::AlsoOpen),
            "saved" => on_news(News::SavedElsewhere),
            _ => {}
        }
    });
    TABS.with(|t| *t.borrow_mut() = Some(Tabs { channel, me, project: None, _listener: listener }));
}

/// This tab opened `project` (or closed its project).
pub fn opened(project: Option<&str>) {
    TABS.with(|t| {
        if let Some(t) = &mut *t.borrow_mut() {
            t.project = project.map(str::to_string);
        }
    });
    if let Some(p) = project {
        post("open", p);
    }
}

pub fn announce_saved(project: &str) {
    post("saved", project);
}
