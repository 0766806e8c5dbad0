//! One panel's state: what to draw (items, filter), the window onto time or the world, and the
//! drawing itself. A change of data draws again keeping the zoom; a zoom draws only the canvas.

use std::cell::RefCell;
use std::rc::Rc;

use spanwright_core::project_store::doc_from_records;
use spanwright_core::LabelSet;
use spanwright_views::items::{actors, filtered, items_of, suggestions_of, Filter, Item, Kind};
use spanwright_views::map::{self, View};
use spanwright_views::markers::{self, Marker};
use spanwright_views::svg::esc;
use spanwright_views::time_axis::Window;
use spanwright_views::timeline::{self, extent};
use spanwright_views::when::{when, When};
use spanwright_views::world::{self, Country};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Timeline,
    Map,
}

pub struct Panel {
    pub root: web_sys::Element,
    pub kind: ViewKind,
    pub project: bool,
    items: Vec<Item>,
    pub filter: Filter,
    current: Vec<String>,
    doc_date: Option<f64>,
    pub window: Option<Window>,
    pub view: Option<View>,
    world: Option<Rc<Vec<Country>>>,
    world_asked: bool,
    colors: (String, String),
    head_key: String,
    /// What the map's outlines were drawn for (outlines, shaded countries, size).
    ground_key: String,
    /// Bumped when the markers change, so the next drawing makes them again.
    marks_key: u32,
    /// What the data were when last read (records, suggestions, cursor), to tell a change.
    seen: String,
    markers: Vec<Marker>,
    pub frame_pending: bool,
    pub drag: Option<(f64, f64)>,
    /// The app's version the drawing is of; `stale`: read the data again (the scope changed).
    pub version: Option<u32>,
    pub stale: bool,
    pub closed: bool,
}

impl Panel {
    pub fn new(root: web_sys::Element, kind: ViewKind) -> Self {
        Panel {
            root,
            kind,
            project: false,
            items: Vec::new(),
            filter: Filter::default(),
            current: Vec::new(),
            doc_date: None,
            window: None,
            view: None,
            world: None,
            world_asked: false,
            colors: ("#56B4E9".into(), "#009E73".into()),
            head_key: String::new(),
            ground_key: String::new(),
            marks_key: 0,
            seen: String::new(),
            markers: Vec::new(),
            frame_pending: false,
            drag: None,
            version: None,
            stale: true,
            closed: false,
        }
    }

    /// Reads `views_data`'s answer: `[labels, [[index, record, text], …], current, suggestions, ids]`.
    /// Returns false when nothing the drawing shows changed (new suggestions for a document the
    /// project view leaves out, a cursor move within the same span), so that the markers under
    /// the pointer are not made again between a press and a release.
    pub fn set_data(&mut self, data: &js_sys::Array) -> bool {
        let text = |i: u32| data.get(i).as_string().unwrap_or_default();
        let (labels, suggestions) = (text(0), text(3));
        let current = data.get(2).as_f64().unwrap_or(0.0) as usize;
        self.current = text(4).split_whitespace().map(str::to_string).collect();
        let docs: Vec<(usize, String, String)> = js_sys::Array::from(&data.get(1))
            .iter()
            .filter_map(|row| {
                let row = js_sys::Array::from(&row);
                Some((row.get(0).as_f64()? as usize, row.get(1).as_string()?, row.get(2).as_string()?))
            })
            .collect();
        let project = self.project;
        let suggestions = if project { String::new() } else { suggestions };
        let mut seen = format!("{project} {current} {labels} {suggestions} {:?}", self.current);
        for (index, record, _) in &docs {
            seen.push_str(&format!(" {index} {record}"));
        }
        if seen == self.seen {
            return false;
        }
        self.seen = seen;
        let labels: LabelSet = serde_json::from_str(&labels).unwrap_or_default();
        let color = |name: &str| {
            labels.iter().find(|l| Kind::of_label(&l.name) == Kind::of_label(name)).map(|l| l.color.clone())
        };
        self.colors = (color("Date").unwrap_or(self.colors.0.clone()), color("Place").unwrap_or(self.colors.1.clone()));
        let suggested = suggestions_of(&suggestions);
        self.items.clear();
        self.doc_date = None;
        for (index, record, text) in &docs {
            let Ok(doc) = doc_from_records(text, record) else { continue };
            let sugg = if *index == current { &suggested[..] } else { &[] };
            self.items.extend(items_of(*index, &doc, &labels, sugg));
            if *index == current && !project {
                self.doc_date = doc.date.as_deref().and_then(when).and_then(|w| match w {
                    When::Day(d) => Some(d),
                    _ => None,
                });
            }
        }
        true
    }

    fn canvas(&self) -> Option<web_sys::Element> {
        self.root.query_selector(".views-canvas").ok().flatten()
    }

    fn width(&self) -> f64 {
        self.canvas().map_or(800.0, |c| (c.client_width() as f64).max(320.0))
    }

    /// Everything: controls (when their choices changed), markers, the canvas, the lists.
    pub fn render(&mut self) {
        let actors = actors(&self.items);
        let key = format!("{:?}{}{:?}{:?}", self.kind, self.project, actors, self.filter);
        if key != self.head_key || self.canvas().is_none() {
            self.root.set_inner_html(&crate::head::html(self.kind, self.project, &actors, &self.filter));
            self.head_key = key;
        }
        let shown = filtered(&self.items, &self.filter);
        let (markers, apart) = match self.kind {
            ViewKind::Timeline => markers::dates(&shown),
            ViewKind::Map => markers::places(&shown),
        };
        self.markers = markers;
        self.marks_key = self.marks_key.wrapping_add(1);
        let what = match self.kind {
            ViewKind::Timeline => "Dates not on the axis (no value, or no year)",
            ViewKind::Map => "Unresolved places",
        };
        let list: String = apart
            .iter()
            .map(|i| {
                format!(
                    r#"<li><button type="button" class="apart" data-span-id="{}" data-doc="{}">{}</button></li>"#,
                    esc(&i.id),
                    i.doc,
                    esc(&i.text)
                )
            })
            .collect();
        if let Ok(Some(el)) = self.root.query_selector(".views-apart") {
            let html = if apart.is_empty() {
                String::new()
            } else {
                format!(r#"<h3>{what}: {}</h3><ul aria-label="{what}">{list}</ul>"#, apart.len())
            };
            el.set_inner_html(&html);
        }
        self.draw();
    }

    /// The canvas alone, keeping focus on the marker that had it.
    pub fn draw(&mut self) {
        let Some(canvas) = self.canvas() else { return };
        let width = self.width();
        let svg = match self.kind {
            ViewKind::Timeline => {
                let window = match self.window {
                    Some(w) => Window { width, ..w },
                    None => {
                        let (lo, hi) = extent(&self.markers).or(self.doc_date.map(|d| (d, d))).unwrap_or((0.0, 365.0));
                        let (lo, hi) = self.doc_date.map_or((lo, hi), |d| (lo.min(d), hi.max(d)));
                        Window::around(lo, hi, width)
                    }
                };
                self.window = Some(window);
                let t = timeline::Timeline {
                    markers: &self.markers,
                    window,
                    doc_date: self.doc_date,
                    current: &self.current,
                    color: &self.colors.0,
                };
                timeline::svg(&t)
            }
            ViewKind::Map => {
                // As high as the dock leaves room for, below the controls and above the list.
                let dock = self.root.parent_element().map_or(400.0, |d| d.client_height() as f64);
                let top = canvas.get_bounding_client_rect().top()
                    - self.root.parent_element().map_or(0.0, |d| d.get_bounding_client_rect().top());
                let height = (dock - top - 48.0).clamp(200.0, width * 500.0 / 960.0).round();
                let view = match self.view {
                    Some(v) if (v.width, v.height) == (width, height) => v,
                    _ => View::fit(width, height),
                };
                self.view = Some(view);
                let world = self.world.clone().unwrap_or_default();
                let m = map::Map {
                    world: &world,
                    markers: &self.markers,
                    view,
                    current: &self.current,
                    color: &self.colors.1,
                };
                // The outlines are 110 KB of paths: a zoom only moves them, and draws the markers.
                // Markers change with the data (a new drawing); a zoom keeps the key.
                let key = format!("{} {:?} {width} {height} {}", world.len(), map::shaded(&m), self.marks_key);
                let svg = canvas.query_selector("svg").ok().flatten();
                let parts = svg
                    .as_ref()
                    .and_then(|s| Some((s.query_selector(".ground").ok()??, s.query_selector(".marks").ok()??)));
                match parts.filter(|_| key == self.ground_key) {
                    Some((ground, marks)) => {
                        let _ = ground.set_attribute("transform", &map::transform(&view));
                        let _ = ground.set_attribute("stroke-width", &map::stroke_width(&view));
                        // Moved, not made again: 300 markers made anew each frame of a zoom
                        // took up to 60 ms.
                        let children = marks.children();
                        for i in 0..children.length() {
                            let Some(g) = children.item(i) else { continue };
                            let at = |name: &str| g.get_attribute(name).and_then(|v| v.parse::<f64>().ok());
                            if let (Some(px), Some(py)) = (at("data-px"), at("data-py")) {
                                let (x, y) = view.screen((px, py));
                                let _ = g.set_attribute("transform", &format!("translate({x:.1} {y:.1})"));
                            }
                        }
                        return;
                    }
                    None => {
                        self.ground_key = key;
                        map::svg(&m)
                    }
                }
            }
        };
        let focused = focused_id(&canvas);
        canvas.set_inner_html(&svg);
        refocus(&canvas, focused);
    }

    /// The words of the item a marker stands for, for the tooltip.
    pub fn describe(&self, ids: &str) -> String {
        let first = ids.split(' ').next().unwrap_or_default();
        let m = self.markers.iter().find(|m| m.ids.iter().any(|i| i == first));
        let texts: Vec<&str> = ids
            .split(' ')
            .take(4)
            .filter_map(|id| self.items.iter().find(|i| i.id == id))
            .map(|i| i.text.as_str())
            .collect();
        match m {
            Some(m) if m.count() > 1 => {
                format!("{}: {}{}", m.aria_label(), texts.join(", "), if m.count() > 4 { "…" } else { "" })
            }
            Some(m) => m.aria_label(),
            None => String::new(),
        }
    }
}

/// The marker that has focus in the drawing, by its span id.
fn focused_id(canvas: &web_sys::Element) -> Option<String> {
    let active = gloo_document().active_element().filter(|el| canvas.contains(Some(el)))?;
    Some(active.get_attribute("data-span-id").unwrap_or_default())
}

/// Gives focus back to that marker once drawn again; to the drawing when it is out of view, so
/// that keys stay in the panel.
fn refocus(canvas: &web_sys::Element, id: Option<String>) {
    let Some(id) = id else { return };
    let selector = format!(r#"[data-span-id="{}"]"#, id.replace('"', ""));
    let el = canvas.query_selector(&selector).ok().flatten().unwrap_or_else(|| canvas.clone());
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus_with_options(&options);
}

pub fn gloo_document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a page has a document")
}

/// Fetches the country outlines once (generated/world.json, copied beside the page), then draws.
pub fn load_world(panel: &Rc<RefCell<Panel>>) {
    if std::mem::replace(&mut panel.borrow_mut().world_asked, true) {
        return;
    }
    let panel = panel.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let text = async {
            let window = web_sys::window().ok_or("no window")?;
            let resp: web_sys::Response =
                wasm_bindgen_futures::JsFuture::from(window.fetch_with_str("./world.json")).await?.dyn_into()?;
            if !resp.ok() {
                return Err(JsValue::from_str(&format!("the map's outlines answered {}", resp.status())));
            }
            wasm_bindgen_futures::JsFuture::from(resp.text()?).await?.as_string().ok_or(JsValue::from_str("not text"))
        };
        match text.await.map_err(|e| format!("{e:?}")).and_then(|t| world::parse(&t)) {
            Ok(countries) => {
                let mut p = panel.borrow_mut();
                p.world = Some(Rc::new(countries));
                p.draw();
            }
            Err(e) => {
                if let Ok(Some(el)) = panel.borrow().root.query_selector(".views-apart") {
                    el.set_inner_html(&format!("<p>Could not load the map's outlines: {}</p>", esc(&e)));
                }
            }
        }
    });
}
