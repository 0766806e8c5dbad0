//! The world map's ground: country outlines (Natural Earth, public domain) projected with the
//! Natural Earth projection onto a 960 × 500 plane, as SVG paths, and which country holds a point.

/// The plane's size; the map scales it to the panel.
pub const WIDTH: f64 = 960.0;
pub const HEIGHT: f64 = 500.0;
const SCALE: f64 = 175.0;

/// Longitude and latitude in degrees to the plane (Natural Earth I, after d3-geo's
/// `geoNaturalEarth1Raw`).
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let phi2 = phi * phi;
    let phi4 = phi2 * phi2;
    let x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
    let y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
    (WIDTH / 2.0 + SCALE * x, HEIGHT / 2.0 - SCALE * y)
}

#[derive(Debug)]
pub struct Country {
    pub name: String,
    /// Rings on the plane.
    pub rings: Vec<Vec<(f64, f64)>>,
    /// The SVG path of all its rings.
    pub path: String,
}

impl Country {
    /// Whether the point of the plane is inside (even-odd over all rings: holes are out).
    pub fn holds(&self, (x, y): (f64, f64)) -> bool {
        let mut inside = false;
        for ring in &self.rings {
            let mut j = ring.len().wrapping_sub(1);
            for i in 0..ring.len() {
                let ((xi, yi), (xj, yj)) = (ring[i], ring[j]);
                if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                    inside = !inside;
                }
                j = i;
            }
        }
        inside
    }
}

/// The outlines as `scripts/world.mjs` writes them: `[[name, [[lon, lat, lon, lat, …], …]], …]`.
pub fn parse(json: &str) -> Result<Vec<Country>, String> {
    let rows: Vec<(String, Vec<Vec<f64>>)> =
        serde_json::from_str(json).map_err(|e| format!("the world outlines are unreadable: {e}"))?;
    Ok(rows
        .into_iter()
        .map(|(name, flat_rings)| {
            let rings: Vec<Vec<(f64, f64)>> =
                flat_rings.iter().map(|r| r.chunks_exact(2).map(|p| project(p[0], p[1])).collect()).collect();
            let mut path = String::new();
            for ring in &rings {
                for (i, (x, y)) in ring.iter().enumerate() {
                    path.push_str(&format!("{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" }));
                }
                path.push('Z');
            }
            Country { name, rings, path }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_projection_keeps_the_plane_in_bounds_and_north_up() {
        let (cx, cy) = project(0.0, 0.0);
        assert_eq!((cx, cy), (480.0, 250.0));
        let (ex, _) = project(180.0, 0.0);
        assert!(ex > 950.0 && ex <= WIDTH, "{ex}");
        let (_, ny) = project(0.0, 90.0);
        assert!((0.0..10.0).contains(&ny), "{ny}");
        let (mx, my) = project(37.62, 55.75);
        assert!(mx > cx && my < cy, "Moscow is east and north of 0, 0");
    }

    #[test]
    fn a_country_holds_its_points_and_not_its_holes() {
        let square = r#"[["Squareland", [[0,0, 10,0, 10,10, 0,10], [4,4, 6,4, 6,6, 4,6]]]]"#;
        let world = parse(square).unwrap();
        assert!(world[0].holds(project(2.0, 2.0)));
        assert!(!world[0].holds(project(5.0, 5.0)), "the hole");
        assert!(!world[0].holds(project(20.0, 5.0)));
        assert!(world[0].path.starts_with("M480.0 250.0L"));
        assert!(parse("{").unwrap_err().contains("unreadable"));
    }
}
