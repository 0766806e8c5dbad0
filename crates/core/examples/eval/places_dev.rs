//! Places on the dev corpora. LGL (local US news, toponyms resolved to GeoNames): recognition
//! (a Place suggestion overlapping the toponym) and resolution (the same GeoNames id, or within
//! 161 km, the usual geoparsing threshold). LGL tags demonyms ("Sudanese") and places inside
//! organization names ("Laurel County Sheriff's Office") where this project does not, so recall
//! is also given without them. ReLocaR: how often a literal reading is suggested as a Place and a
//! metonymic one as an Actor.

use std::path::Path;

use spanwright_core::offsets::OffsetUnit;
use spanwright_core::suggest::actors::is_nationality;
use spanwright_core::suggest::places::{Gazetteer, PlaceKind};
use spanwright_core::suggest::{suggest, Resolved, SuggestedLabel};
use spanwright_core::Text;

use crate::f1;

/// A suggestion in code points: start, end, label, the place's id, coordinates, name and kind, and
/// whether it is a place read as acting (an Actor with the reason why).
type Found = (usize, usize, SuggestedLabel, Option<(String, f64, f64, String, PlaceKind)>, bool);

fn found(text: &str, dct: Option<&str>, g: &Gazetteer) -> Vec<Found> {
    let t = Text::new(text);
    let cp = |b| t.to_code_point(b, OffsetUnit::Utf8).expect("a boundary");
    suggest(text, dct, Some(g))
        .spans
        .into_iter()
        .map(|s| {
            let place = match s.value {
                Resolved::Place(p) => Some((p.id().to_string(), p.lat, p.lon, p.name().to_string(), p.kind)),
                _ => None,
            };
            let acting = s.label == SuggestedLabel::Actor && s.why.is_some();
            (cp(s.start), cp(s.end), s.label, place, acting)
        })
        .collect()
}

fn lines(path: &Path) -> Option<Vec<serde_json::Value>> {
    let data = std::fs::read_to_string(path).ok()?;
    Some(data.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("a JSON line")).collect())
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// "Sudanese", "Americans", "Sri Lankan", "Minnesotans": a people's or a country's adjective, not
/// its name; those the word list lacks are a country's or a state's name and "n" or "ns".
fn is_demonym(text: &str, g: &Gazetteer) -> bool {
    let lower = text.to_lowercase();
    let state_or_country =
        |name: &str| g.lookup(name).any(|(p, _)| matches!(p.kind, PlaceKind::Country | PlaceKind::Division));
    is_nationality(&lower)
        || lower.strip_suffix('s').is_some_and(is_nationality)
        || lower.strip_suffix("ns").or_else(|| lower.strip_suffix('n')).is_some_and(state_or_country)
}

#[derive(Default)]
struct Recall {
    gold: usize,
    hit: usize,
}

impl Recall {
    fn rate(&self) -> f64 {
        self.hit as f64 / self.gold.max(1) as f64
    }
}

pub fn lgl(shared: &Path, misses: bool) {
    let path = shared.join("dev-data/lgl-places.jsonl");
    let Some(docs) = lines(&path) else {
        return println!("\n(the LGL places are not at {}; skipped)", path.display());
    };
    let g = Gazetteer::bundled();
    let (mut all, mut plain, mut core) = (Recall::default(), Recall::default(), Recall::default());
    let (mut places_found, mut places_right) = (0, 0);
    let (mut resolved_judged, mut resolved_right) = (0, 0);
    // Toponyms (no demonym) missed as a Place but read as a place that acts: LGL counts "Egypt
    // seeks peace" as a toponym, ReLocaR (and this project) as metonymic.
    let mut acting = 0;
    for doc in &docs {
        let text = doc["text"].as_str().expect("text");
        let chars: Vec<char> = text.chars().collect();
        let found = found(text, doc["dct"].as_str(), &g);
        let places: Vec<&Found> = found.iter().filter(|f| f.2 == SuggestedLabel::Place).collect();
        let gold = doc["places"].as_array().expect("places");
        let span = |p: &serde_json::Value| (p["start"].as_u64().unwrap() as usize, p["end"].as_u64().unwrap() as usize);
        let overlaps = |a: (usize, usize), f: &Found| a.0 < f.1 && f.0 < a.1;
        places_found += places.len();
        places_right += places.iter().filter(|f| gold.iter().any(|p| overlaps(span(p), f))).count();
        for f in places.iter().filter(|f| misses && !gold.iter().any(|p| overlaps(span(p), f))) {
            let surface: String = chars[f.0..f.1].iter().collect();
            let how = if f.3.is_some() { "known" } else { "unknown" };
            let around: String = chars[f.0.saturating_sub(50)..(f.1 + 30).min(chars.len())].iter().collect();
            println!("lgl extra {surface:?} ({how}): {:?}", around.replace('\n', " "));
        }
        for p in gold {
            let (s, e) = span(p);
            let surface: String = chars[s..e].iter().collect();
            let demonym = is_demonym(&surface, &g);
            // Inside an organization's name: a capitalized word follows on the same line.
            let rest: String = chars[e..].iter().take(40).collect();
            let rest = rest.strip_prefix("’s").or_else(|| rest.strip_prefix("'s")).unwrap_or(&rest);
            let in_name = rest.starts_with(' ') && rest[1..].starts_with(char::is_uppercase);
            let hit = places.iter().find(|f| overlaps((s, e), f));
            acting += (hit.is_none() && !demonym && found.iter().any(|f| f.4 && (f.0, f.1) == (s, e))) as usize;
            for (r, counted) in [(&mut all, true), (&mut plain, !demonym), (&mut core, !demonym && !in_name)] {
                if counted {
                    r.gold += 1;
                    r.hit += hit.is_some() as usize;
                }
            }
            if misses && hit.is_none() && !demonym {
                let missed = if in_name { "missed in a name" } else { "missed" };
                let given = match found.iter().find(|f| overlaps((s, e), f)) {
                    Some(f) if (f.0, f.1) == (s, e) => format!("{:?}", f.2),
                    Some(f) => format!("{:?} {:?}", f.2, chars[f.0..f.1].iter().collect::<String>()),
                    None => "nothing".into(),
                };
                let around: String = chars[s.saturating_sub(50)..(e + 30).min(chars.len())].iter().collect();
                let fcode = p["fcode"].as_str().unwrap_or("");
                println!("lgl {missed} {surface:?} ({fcode}; given {given}): {:?}", around.replace('\n', " "));
            }
            if let Some((_, _, _, Some((id, lat, lon, name, kind)), _)) = hit {
                resolved_judged += 1;
                let (glat, glon) = (p["lat"].as_f64().unwrap_or(0.0), p["lon"].as_f64().unwrap_or(0.0));
                // Our ids name their source ("geonames:4314550"); LGL's are the bare number.
                let same = p["geonameid"].as_str().is_some_and(|g| id.strip_prefix("geonames:") == Some(g));
                // A country or a state is judged by name and level: its centre is no point, and
                // first-level divisions carry no GeoNames id here.
                let fcode = p["fcode"].as_str().unwrap_or("");
                let level = match kind {
                    PlaceKind::Country => fcode.starts_with("PCL"),
                    PlaceKind::Division => fcode == "ADM1",
                    _ => false,
                };
                let same_area = level && p["name"].as_str() == Some(name.as_str());
                let right = same || same_area || km((*lat, *lon), (glat, glon)) <= 161.0;
                resolved_right += right as usize;
                if misses && !right {
                    println!("lgl resolved {surface:?} to {id} ({lat:.2}, {lon:.2}), gold {glat:.2}, {glon:.2}");
                }
            }
        }
    }
    let p = places_right as f64 / places_found.max(1) as f64;
    println!("\n== places on {} ({} articles, {} gold toponyms)", path.display(), docs.len(), all.gold);
    println!("{:<44} {:>6} {:>9} {:>9} {:>9}", "gold counted", "gold", "precision", "recall", "F1");
    for (name, r) in
        [("every toponym", &all), ("without demonyms", &plain), ("without demonyms and places inside names", &core)]
    {
        println!("{name:<44} {:>6} {p:>9.4} {:>9.4} {:>9.4}", r.gold, r.rate(), f1(p, r.rate()));
    }
    println!(
        "without demonyms, counting places read as acting (Actor) as found: recall {:.4} ({acting} such)",
        (plain.hit + acting) as f64 / plain.gold.max(1) as f64
    );
    println!(
        "resolution (same GeoNames id or within 161 km): {:.4} ({resolved_right} of {resolved_judged})  \
         (targets without demonyms: recall ≥ 0.85, precision ≥ 0.90, resolution ≥ 0.95)",
        resolved_right as f64 / resolved_judged.max(1) as f64
    );
}

pub fn relocar(shared: &Path, misses: bool) {
    let path = shared.join("dev-data/relocar-train.jsonl");
    let Some(docs) = lines(&path) else {
        return println!("\n(the ReLocaR sentences are not at {}; skipped)", path.display());
    };
    let g = Gazetteer::bundled();
    // Per reading: how many, and how many came out Place, Actor, or nothing.
    let mut counts = [[0usize; 4]; 2];
    for doc in &docs {
        let text = doc["text"].as_str().expect("text");
        let found = found(text, None, &g);
        for loc in doc["locations"].as_array().expect("locations") {
            let (s, e) = (loc["start"].as_u64().unwrap() as usize, loc["end"].as_u64().unwrap() as usize);
            let metonymic = loc["reading"].as_str() == Some("metonymic");
            let hit = found.iter().filter(|f| s < f.1 && f.0 < e).min_by_key(|f| (f.1 - f.0) as i64 - (e - s) as i64);
            let row = &mut counts[metonymic as usize];
            row[0] += 1;
            match hit.map(|f| f.2) {
                Some(SuggestedLabel::Place) => row[1] += 1,
                Some(SuggestedLabel::Actor) => row[2] += 1,
                _ => row[3] += 1,
            }
            let wrong = match hit.map(|f| f.2) {
                Some(SuggestedLabel::Place) => metonymic,
                Some(SuggestedLabel::Actor) => !metonymic,
                _ => true,
            };
            if misses && wrong {
                let label = hit.map_or("nothing", |f| f.2.name());
                let reading = loc["reading"].as_str().unwrap_or("");
                println!("relocar {reading} {:?} → {label}: {text}", loc["text"].as_str().unwrap_or(""));
            }
        }
    }
    println!("\n== location readings on {} ({} sentences)", path.display(), docs.len());
    println!("{:<10} {:>6} {:>7} {:>7} {:>8} {:>9}", "reading", "gold", "Place", "Actor", "nothing", "right");
    for (k, reading) in ["literal", "metonymic"].iter().enumerate() {
        let [n, place, actor, none] = counts[k];
        let right = if k == 0 { place } else { actor };
        println!("{reading:<10} {n:>6} {place:>7} {actor:>7} {none:>8} {:>9.4}", right as f64 / n.max(1) as f64);
    }
    println!("(targets: literal → Place ≥ 0.90, metonymic → Actor ≥ 0.75)");
}
