//! The app's state and the one reducer that changes it: every user event becomes an `Action`.

pub mod conflicts;
mod names;
mod reduce;
mod suggest_actions;
pub mod suggestions;
mod team_actions;
mod view;

use std::cell::RefCell;
use std::rc::Rc;

use spanwright_core::doc_filter::StatusFilter;
use spanwright_core::project_store::ProjectRecord;
use spanwright_core::{Label, LabelId, SpanId, Workspace};

use crate::storage::quota::StorageInfo;
use crate::storage::saver::SaveStatus;

pub use suggest_actions::SuggestAction;
pub use team_actions::{TeamAction, NAME_KEY};
pub use view::{DocSummary, DocView, PanelItem};

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
    /// Offer the backup download next to the message (when saving failed).
    pub offer_backup: bool,
}

/// The open project: which stored project the workspace is.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectInfo {
    pub id: Rc<str>,
    pub name: Rc<str>,
    /// Documents already in storage when the project was opened; `None` for a workspace that
    /// replaced the open one (its saver then takes over what the previous one stored).
    pub stored: Option<Rc<std::collections::BTreeSet<String>>>,
}

impl ProjectInfo {
    /// A project not stored yet, with a fresh id.
    pub fn fresh(name: &str) -> Self {
        let id = format!("p-{}-{}", js_sys::Date::now() as u64, (js_sys::Math::random() * 1e6) as u64);
        ProjectInfo { id: id.into(), name: name.into(), stored: Some(Default::default()) }
    }
}

/// The document list's filter, search, and the documents that pass both (indexes).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DocList {
    pub status: StatusFilter,
    pub query: Rc<str>,
    pub shown: Rc<Vec<usize>>,
    /// Documents whose text matches `query`, for the workspace and document count they were
    /// computed on: a change of status does not search 50 MB again.
    pub hits: Option<(Rc<str>, usize, Rc<Vec<bool>>)>,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Self {
        Message { text: text.into(), error: false, offer_backup: false }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Message { text: text.into(), error: true, offer_backup: false }
    }

    pub fn with_backup(mut self) -> Self {
        self.offer_backup = true;
        self
    }
}

/// The span popover: which spans are under the click, and where to draw it.
#[derive(Clone, Debug, PartialEq)]
pub struct Popover {
    pub spans: Vec<SpanId>,
    /// Suggestions under the click (indexes into the suggestions).
    pub suggested: Vec<usize>,
    pub x: i32,
    pub y: i32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Direction {
    Left,
    Right,
}

#[allow(clippy::large_enum_variant)]
pub enum Action {
    SetDraft(String),
    /// Starts a new project from the draft, named (or after its first words).
    Start(Option<String>),
    /// Closes the project and shows the project list.
    CloseProject,
    /// The project list, read from storage.
    ProjectsListed(Vec<ProjectRecord>),
    /// A project read from storage (or restored from a backup), to open.
    OpenProject {
        project: ProjectInfo,
        ws: Box<Workspace>,
        problems: Vec<String>,
    },
    /// Storage is usable (false: it is not, and work stays in this tab only).
    StorageReady(bool),
    SetSaveStatus(SaveStatus),
    SetStorageInfo(StorageInfo),
    /// Adds pasted or opened texts to the open project: (name, text) pairs.
    AddTexts(Vec<(String, String)>),
    /// Marks the open document done, or (when it is) in progress again.
    ToggleDone,
    /// Opens the next (or previous) document of the list; `unfinished`: the next not done.
    StepDocument {
        forward: bool,
        unfinished: bool,
    },
    SetDocFilter(StatusFilter),
    SetDocQuery(String),
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
    /// The cursor onto a span the timeline or map chose (the popover follows, once it is drawn).
    Reveal {
        start: usize,
        end: usize,
    },
    Flash(Option<SpanId>),
    SetSnap(bool),
    Notify(Message),
    DismissMessage,
    Suggest(SuggestAction),
    Team(TeamAction),
}

#[derive(Clone)]
pub struct AppState {
    /// False until storage has answered at start-up.
    pub ready: bool,
    /// The open project; `None` with no workspace, or before it is stored.
    pub project: Option<ProjectInfo>,
    /// Stored projects, for the start page.
    pub projects: Rc<Vec<ProjectRecord>>,
    pub storage: StorageInfo,
    /// False when IndexedDB cannot be used: work is then kept in this tab only.
    pub storage_ok: bool,
    pub doc_list: DocList,
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
    pub suggestions: suggestions::Suggestions,
    /// This browser's annotator name; empty until given.
    pub annotator: Rc<str>,
    /// The project bar asks for the name (after the first edit without one).
    pub ask_name: bool,
    /// The open document is shown for curation: its conflicts listed and marked.
    pub curating: bool,
    /// The conflict curation is on (its place among the document's conflicts).
    pub conflict: usize,
}

impl AppState {
    pub fn new(draft: String, ws: Option<Workspace>, snap: bool) -> Self {
        let view = ws.as_ref().map(DocView::of).unwrap_or_default();
        AppState {
            ready: false,
            project: None,
            projects: Rc::default(),
            storage: StorageInfo::default(),
            storage_ok: true,
            doc_list: DocList::default(),
            draft: draft.into(),
            ws: ws.map(|w| WsHandle(Rc::new(RefCell::new(w)))),
            view,
            cursor: None,
            popover: None,
            flash: None,
            snap,
            message: None,
            revision: 0,
            suggestions: Default::default(),
            annotator: gloo::utils::window()
                .local_storage()
                .ok()
                .flatten()
                .and_then(|s| s.get_item(NAME_KEY).ok().flatten())
                .unwrap_or_default()
                .into(),
            ask_name: false,
            curating: false,
            conflict: 0,
        }
    }

    /// Runs `f` on the workspace, if there is one.
    pub fn with_ws<R>(&self, f: impl FnOnce(&Workspace) -> R) -> Option<R> {
        self.ws.as_ref().map(|ws| f(&ws.borrow()))
    }
}
