//! Markers: the items of one value (a date) or one place, accepted and suggested apart, merged
//! into one marker with a count, in the order the text first names them (the keyboard's order).

use crate::items::{Item, Kind};
use crate::when::{describe, when, When};

#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// The items' ids, in reading order.
    pub ids: Vec<String>,
    /// The first item's document.
    pub doc: usize,
    pub suggested: bool,
    /// What it is called: the first mention's words and its value or place.
    pub label: String,
    pub at: At,
    /// A country: its area is shaded on the map.
    pub country: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum At {
    Time(When),
    /// Latitude, longitude.
    Point(f64, f64),
}

impl Marker {
    pub fn count(&self) -> usize {
        self.ids.len()
    }

    /// For screen readers: what, where or when, its status and how many mentions.
    pub fn aria_label(&self) -> String {
        let status = if self.suggested { "suggested" } else { "accepted" };
        match self.count() {
            1 => format!("{}, {status}", self.label),
            n => format!("{}, {status}, {n} mentions", self.label),
        }
    }
}

fn merge(items: Vec<(&Item, String, String, At, bool)>) -> Vec<Marker> {
    let mut out: Vec<Marker> = Vec::new();
    let mut keys: Vec<(String, bool)> = Vec::new();
    for (item, key, label, at, country) in items {
        let k = (key, item.suggested);
        match keys.iter().position(|x| *x == k) {
            Some(i) => out[i].ids.push(item.id.clone()),
            None => {
                keys.push(k);
                out.push(Marker {
                    ids: vec![item.id.clone()],
                    doc: item.doc,
                    suggested: item.suggested,
                    label,
                    at,
                    country,
                });
            }
        }
    }
    out
}

fn in_reading_order<'a>(items: &[&'a Item], kind: Kind) -> Vec<&'a Item> {
    let mut v: Vec<&Item> = items.iter().copied().filter(|i| i.kind == kind).collect();
    v.sort_by_key(|i| (i.doc, i.start));
    v
}

/// The timeline's markers, and the dates it cannot place (no value, or one without a year).
pub fn dates<'a>(items: &[&'a Item]) -> (Vec<Marker>, Vec<&'a Item>) {
    let (mut placed, mut apart) = (Vec::new(), Vec::new());
    for item in in_reading_order(items, Kind::Date) {
        match item.attr("value").and_then(|v| when(v).map(|w| (v, w))) {
            Some((value, w)) => {
                let label = match w {
                    When::Day(_) => format!("“{}”, {value}, {}", item.text, describe(value)),
                    _ => format!("“{}”, {value}", item.text),
                };
                placed.push((item, value.to_string(), label, At::Time(w), false));
            }
            None => apart.push(item),
        }
    }
    (merge(placed), apart)
}

/// The map's markers, and the places it cannot put anywhere (unresolved, or no coordinates).
pub fn places<'a>(items: &[&'a Item]) -> (Vec<Marker>, Vec<&'a Item>) {
    let (mut placed, mut apart) = (Vec::new(), Vec::new());
    for item in in_reading_order(items, Kind::Place) {
        match item.coords() {
            Some((lat, lon)) => {
                let name = item.attr("name").unwrap_or(&item.text);
                let key = item.attr("id").map_or_else(|| format!("{lat},{lon}"), str::to_string);
                let label = match item.attr("country") {
                    Some(c) if !c.is_empty() && item.attr("kind") != Some("country") => format!("{name}, {c}"),
                    _ => name.to_string(),
                };
                placed.push((item, key, label, At::Point(lat, lon), item.attr("kind") == Some("country")));
            }
            None => apart.push(item),
        }
    }
    (merge(placed), apart)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn item(id: &str, start: usize, kind: Kind, suggested: bool, attrs: serde_json::Value) -> Item {
        let attrs = attrs.as_object().cloned().unwrap_or_default();
        Item { id: id.into(), doc: 0, kind, text: id.to_uppercase(), start, para: 0, suggested, attrs }
    }

    #[test]
    fn one_value_or_place_is_one_marker_per_status_in_reading_order() {
        let moscow = json!({"id": "geonames:524901", "name": "Moscow", "country": "RU", "lat": 55.75, "lon": 37.62});
        let items = [
            item("b", 30, Kind::Place, true, moscow.clone()),
            item("a", 10, Kind::Place, true, moscow.clone()),
            item("c", 50, Kind::Place, false, moscow),
            item("d", 60, Kind::Place, true, json!({"name": "Godapitiya", "resolved": false})),
            item("e", 5, Kind::Date, true, json!({"value": "2024-03-22"})),
            item("f", 7, Kind::Date, true, json!({"value": "P2Y"})),
        ];
        let refs: Vec<&Item> = items.iter().collect();
        let (markers, apart) = places(&refs);
        let got: Vec<_> = markers.iter().map(|m| (m.ids.clone(), m.suggested, m.aria_label())).collect();
        assert_eq!(
            got,
            [
                (vec!["a".to_string(), "b".to_string()], true, "Moscow, RU, suggested, 2 mentions".to_string()),
                (vec!["c".to_string()], false, "Moscow, RU, accepted".to_string()),
            ]
        );
        assert_eq!(apart.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["d"]);
        let (markers, apart) = dates(&refs);
        assert_eq!(markers[0].aria_label(), "“E”, 2024-03-22, Friday 22 March 2024, suggested");
        assert_eq!(apart[0].id, "f");
    }
}
