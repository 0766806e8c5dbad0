//! The panel's controls: scope, filters, zoom, saving, and the legend that says, in words and
//! shapes, which markers are accepted and which suggested.

use spanwright_views::svg::esc;

use spanwright_views::items::Filter;

use crate::panel::ViewKind;

pub fn html(kind: ViewKind, project: bool, actors: &[(String, String, usize)], filter: &Filter) -> String {
    let chosen = filter.actor.as_deref();
    let name = match kind {
        ViewKind::Timeline => "Timeline",
        ViewKind::Map => "Map",
    };
    let checked = |on: bool| if on { " checked" } else { "" };
    let mut options = String::from(r#"<option value="">any actor</option>"#);
    for (key, label, n) in actors.iter().take(200) {
        let selected = if Some(key.as_str()) == chosen { " selected" } else { "" };
        options.push_str(&format!(r#"<option value="{}"{selected}>{} ({n})</option>"#, esc(key), esc(label)));
    }
    format!(
        r#"<div class="views-head"><strong class="views-title">{name}</strong>
<span class="views-scope" role="radiogroup" aria-label="Scope"><label><input type="radio" name="views-scope" value="document"{}> This document</label><label><input type="radio" name="views-scope" value="project"{}> Whole project (accepted)</label></span>
<label><input type="checkbox" data-filter="accepted"{}> ● Accepted</label><label><input type="checkbox" data-filter="suggested"{}> ○ Suggested</label>
<label>Actor <select data-filter="actor" aria-label="Only where this actor appears">{options}</select></label>
<span class="views-tools"><button type="button" data-act="zoom-in" aria-label="Zoom in" title="Zoom in (+)">+</button><button type="button" data-act="zoom-out" aria-label="Zoom out" title="Zoom out (−)">−</button><button type="button" data-act="fit">Fit</button>
<button type="button" data-act="svg">Save SVG</button><button type="button" data-act="png">Save PNG</button></span></div>
<div class="views-canvas" tabindex="-1" role="group" aria-label="{name} drawing: Tab through the markers, Enter opens one, + and − zoom, arrows pan"></div>
<div class="views-tip" role="tooltip" hidden></div><div class="views-apart"></div>"#,
        checked(!project),
        checked(project),
        checked(!filter.hide_accepted),
        checked(!filter.hide_suggested),
    )
}
