//! The map as SVG: the outlines scaled and moved as one group, markers placed on top at a
//! constant size, countries named as places shaded as areas.

use crate::markers::{At, Marker};
use crate::svg::{count, esc, open_group, paint};
use crate::world::{project, Country, HEIGHT, WIDTH};

/// Which part of the plane is in view of a `width` × `height` drawing: screen = k · plane + (x, y).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub k: f64,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl View {
    /// The whole world, as large as fits, in the middle.
    pub fn fit(width: f64, height: f64) -> View {
        let k = Self::whole(width, height);
        View { k, x: (width - WIDTH * k) / 2.0, y: (height - HEIGHT * k) / 2.0, width, height }
    }

    fn whole(width: f64, height: f64) -> f64 {
        (width / WIDTH).min(height / HEIGHT)
    }

    pub fn height(&self) -> f64 {
        self.height
    }

    /// Zoomed by `factor` about the screen point (px, py), from the whole world to a town.
    pub fn zoom(self, factor: f64, px: f64, py: f64) -> View {
        let whole = Self::whole(self.width, self.height);
        let k = (self.k * factor).clamp(whole, whole * 64.0);
        let f = k / self.k;
        View { k, x: px - (px - self.x) * f, y: py - (py - self.y) * f, ..self }
    }

    pub fn pan(self, dx: f64, dy: f64) -> View {
        View { x: self.x + dx, y: self.y + dy, ..self }
    }

    pub fn screen(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.k * x + self.x, self.k * y + self.y)
    }
}

pub struct Map<'a> {
    pub world: &'a [Country],
    pub markers: &'a [Marker],
    pub view: View,
    pub current: &'a [String],
    pub color: &'a str,
}

/// The countries the markers name as places (indexes into the outlines): shaded.
pub fn shaded(m: &Map) -> Vec<usize> {
    let named = m.markers.iter().filter(|mk| mk.country);
    named
        .filter_map(|mk| match mk.at {
            At::Point(lat, lon) => m.world.iter().position(|c| c.holds(project(lon, lat))),
            _ => None,
        })
        .collect()
}

/// The outlines, in plane coordinates: drawn once, then only moved (`transform`) by a zoom.
pub fn ground(m: &Map) -> String {
    let shaded = shaded(m);
    let mut ground = String::new();
    for (i, c) in m.world.iter().enumerate() {
        let named = shaded.contains(&i);
        ground.push_str(&format!(
            r##"<path d="{}" fill="{}" data-country="{}"{}/>"##,
            c.path,
            if named { "#f6d7a7" } else { "#e8e8e4" },
            esc(&c.name),
            if named { r#" class="named-country""# } else { "" }
        ));
    }
    ground
}

/// The ground's transform for the view.
pub fn transform(v: &View) -> String {
    format!("matrix({} 0 0 {} {:.2} {:.2})", v.k, v.k, v.x, v.y)
}

/// The outlines' stroke, 0.6 px on the screen at any zoom (set on the group: cheaper to paint
/// than `vector-effect` on every path).
pub fn stroke_width(v: &View) -> String {
    format!("{:.4}", 0.6 / v.k)
}

/// The markers, in screen coordinates, at a constant size.
pub fn marks(m: &Map) -> String {
    let v = m.view;
    let mut body = String::new();
    for mk in m.markers {
        let At::Point(lat, lon) = mk.at else { continue };
        // Every marker, in view or not (the drawing clips them): a zoom then only moves them,
        // by the point of the plane each carries.
        let plane = project(lon, lat);
        let (x, y) = v.screen(plane);
        let current = mk.ids.iter().any(|id| m.current.contains(id));
        body.push_str(&format!(r#"<g data-px="{:.2}" data-py="{:.2}""#, plane.0, plane.1));
        body.push_str(&open_group(mk, x, y, current)["<g".len()..]);
        // Suggested: a dashed ring around where an accepted dot of the same place sits.
        let r = if mk.suggested { 8 } else { 5 };
        let shape = if mk.country {
            format!(r#"<rect x="-{r}" y="-{r}" width="{}" height="{}" {}/>"#, 2 * r, 2 * r, paint(mk, m.color, current))
        } else {
            format!(r#"<circle r="{r}" {}/>"#, paint(mk, m.color, current))
        };
        body.push_str(&shape);
        body.push_str(&count(mk, r as f64 + 3.0));
        body.push_str(&format!("<title>{}</title></g>", esc(&mk.aria_label())));
    }
    body
}

pub fn svg(m: &Map) -> String {
    let (w, h) = (m.view.width, m.view.height);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="map" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="system-ui, sans-serif" role="group" aria-label="Places on a world map"><rect width="100%" height="100%" fill="#f4f8fb"/><g class="ground" transform="{}" stroke="#aaa" stroke-width="{}">{}</g><g class="marks">{}</g></svg>"##,
        transform(&m.view),
        stroke_width(&m.view),
        ground(m),
        marks(m),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::world::parse;

    #[test]
    fn a_place_is_drawn_inside_its_country_and_a_named_country_is_shaded() {
        let world =
            parse(r#"[["Squareland", [[30,50, 40,50, 40,60, 30,60]]], ["Elsewhere", [[-10,-10, 0,-10, 0,0]]]]"#)
                .unwrap();
        let town = Marker {
            ids: vec!["s1".into()],
            doc: 0,
            suggested: false,
            label: "Town".into(),
            at: At::Point(55.75, 37.62),
            country: false,
        };
        let land = Marker {
            ids: vec!["?3".into()],
            doc: 0,
            suggested: true,
            label: "Squareland".into(),
            at: At::Point(55.0, 35.0),
            country: true,
        };
        let view = View::fit(480.0, 250.0);
        let s = svg(&Map { world: &world, markers: &[town, land], view, current: &[], color: "#090" });
        let (x, y) = view.screen(project(37.62, 55.75));
        assert!(s.contains(&format!("translate({x:.1} {y:.1})")));
        assert!(world[0].holds(project(37.62, 55.75)));
        assert_eq!(s.matches("class=\"named-country\"").count(), 1);
        assert!(s.contains(r#"data-country="Squareland" class="named-country""#));
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let v = View::fit(960.0, 300.0);
        assert_eq!((v.k, v.x, v.y), (0.6, 192.0, 0.0), "as high as it fits, in the middle");
        let z = v.zoom(4.0, 300.0, 200.0);
        let before = (300.0 - v.x) / v.k;
        let after = (300.0 - z.x) / z.k;
        assert!((before - after).abs() < 1e-9);
        assert_eq!(v.zoom(0.1, 0.0, 0.0).k, 0.6, "never smaller than the whole world");
    }
}
