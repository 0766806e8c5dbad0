//! The app's state and the one reducer that changes it: every user event becomes an `Action`.

mod reduce;
mod view;

use std::cell::RefCell;
use std::rc::Rc;

use spanwright_core::{Label, LabelId, SpanId, Workspace};

pub use view::{DocView, PanelItem};

/// The shared workspace. Equal when it is the same workspace, so components that hold it are
/// not compared field by field.
#[derive(Clone)]
pub struct WsHandle(pub Rc<RefCell<Workspace>>);

impl PartialEq for WsHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for WsHandle {
    type Target = RefCell<Workspace>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Self {
        Message { text: text.into(), error: false }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Message { text: text.into(), error: true }
    }
}

/// The span popover: which spans are under the click, and where to draw it.
#[derive(Clone, Debug, PartialEq)]
pub struct Popover {
    pub spans: Vec<SpanId>,
    pub x: i32,
    pub y: i32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Direction {
    Left,
    Right,
}

pub enum Action {
    SetDraft(String),
    Start,
    NewDocument,
    /// A raw selection in code points; the reducer trims and snaps it.
    AddSpan {
        start: usize,
        end: usize,
        label: LabelId,
    },
    LabelCursor(LabelId),
    Relabel {
        span: SpanId,
        label: LabelId,
    },
    RemoveSpan(SpanId),
    RemoveAtCursor,
    Undo,
    Redo,
    SetDate(Option<String>),
    AddLabel,
    UpdateLabel(Label),
    RemoveLabel(LabelId),
    /// A Spanwright JSON file's text, replacing the workspace.
    Import(String),
    /// Documents read by the import dialog: replace the workspace, or add to it.
    ApplyImport {
        file: Rc<spanwright_core::format_v1::File>,
        add: bool,
    },
    OpenDocument(usize),
    MoveCursor {
        direction: Direction,
        extend: bool,
    },
    ClearCursor,
    OpenPopover {
        at: usize,
        x: i32,
        y: i32,
    },
    ClosePopover,
    Flash(Option<SpanId>),
    SetSnap(bool),
    Notify(Message),
    DismissMessage,
}

#[derive(Clone)]
pub struct AppState {
    /// The start page's text area, kept so nothing typed is lost.
    pub draft: Rc<str>,
    /// The document being annotated. Shared and mutated in place: cloning a book-length document
    /// and its history on every key press would not stay within a frame.
    pub ws: Option<WsHandle>,
    pub view: DocView,
    pub cursor: Option<(usize, usize)>,
    pub popover: Option<Popover>,
    pub flash: Option<SpanId>,
    pub snap: bool,
    pub message: Option<Message>,
    /// Bumped on every change worth saving.
    pub revision: u64,
}

impl AppState {
    pub fn new(draft: String, ws: Option<Workspace>, snap: bool) -> Self {
        let view = ws.as_ref().map(DocView::of).unwrap_or_default();
        AppState {
            draft: draft.into(),
            ws: ws.map(|w| WsHandle(Rc::new(RefCell::new(w)))),
            view,
            cursor: None,
            popover: None,
            flash: None,
            snap,
            message: None,
            revision: 0,
        }
    }

    /// Runs `f` on the workspace, if there is one.
    pub fn with_ws<R>(&self, f: impl FnOnce(&Workspace) -> R) -> Option<R> {
        self.ws.as_ref().map(|ws| f(&ws.borrow()))
    }
}
