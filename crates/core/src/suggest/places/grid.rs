//! Where the other places of a text are, so that a name of several places is read as the one
//! near them ("Paris" in a story that names Lamar County, Texas).

use rustc_hash::FxHashMap as HashMap;

use super::{Place, PlaceKind};

/// Places by cell of one degree, so that "is another of them near" is a few lookups, not a
/// measure to each (a book names thousands of places).
pub struct Grid<'g> {
    cells: HashMap<(i32, i32), Vec<&'g Place>>,
    /// `near` of each place asked about: a name of dozens of places comes up again and again.
    asked: std::cell::RefCell<HashMap<&'g str, f64>>,
}

impl<'g> Grid<'g> {
    fn cell(p: &Place) -> (i32, i32) {
        (p.lat.floor() as i32, p.lon.floor() as i32)
    }

    pub fn of(places: impl Iterator<Item = &'g Place>) -> Grid<'g> {
        let mut cells: HashMap<(i32, i32), Vec<&'g Place>> = HashMap::default();
        // A place twice does no harm, and looking for it first took most of the engine's time
        // in a long text (thousands of readings in a cell around New York).
        for p in places {
            cells.entry(Self::cell(p)).or_default().push(p);
        }
        Grid { cells, asked: Default::default() }
    }

    /// How much nearness to the other places adds to a reading's score.
    pub fn near(&self, p: &'g Place) -> f64 {
        if let Some(&known) = self.asked.borrow().get(p.id()) {
            return known;
        }
        let score = if self.any_near(p, 1) {
            3.0
        } else if self.any_near(p, 3) {
            1.5
        } else {
            0.0
        };
        self.asked.borrow_mut().insert(p.id(), score);
        score
    }

    /// Whether a place of another name than `p` is within `r` cells of it (one cell is 111 km
    /// north to south, less east to west away from the equator). Not of its own name: the city
    /// of Moscow read first must not pull the province of Moscow to it.
    fn any_near(&self, p: &Place, r: i32) -> bool {
        self.around(p, r).any(|q| q.name() != p.name())
    }

    /// The places within `r` cells of `p`.
    fn around<'a>(&'a self, p: &Place, r: i32) -> impl Iterator<Item = &'g Place> + 'a {
        let (y, x) = Self::cell(p);
        (y - r..=y + r)
            .flat_map(move |cy| (x - r..=x + r).map(move |cx| (cy, cx)))
            .flat_map(|c| self.cells.get(&c).into_iter().flatten().copied())
    }
}

/// Every reading of every name in a text, so that each reading of one name can be supported by
/// readings of the others: "Palestine" and "Anderson County" hold each other up in Texas, though
/// neither has one reading. A name's readings share one vote: a name of thirty places is a
/// thirtieth as sure of each.
pub struct Support<'g> {
    grid: Grid<'g>,
    /// Per place: the name it is a reading of, and that name's share of a vote.
    of: HashMap<&'g str, Vec<(usize, f64)>>,
    states: HashMap<(&'g str, &'g str), Vec<(usize, f64)>>,
    /// `near` of each reading asked about, by name: asked again for each mention of the name.
    asked: std::cell::RefCell<HashMap<(&'g str, usize), f64>>,
}

impl<'g> Support<'g> {
    /// `names`: each distinct name's readings.
    pub fn of(names: &[&[&'g Place]]) -> Support<'g> {
        let mut of: HashMap<&'g str, Vec<(usize, f64)>> = HashMap::default();
        let mut states: HashMap<(&'g str, &'g str), Vec<(usize, f64)>> = HashMap::default();
        for (k, cands) in names.iter().enumerate() {
            let share = (3.0 / cands.len() as f64).min(1.0);
            // "Alabama" and "Florida" are states before they are towns of New York: a town named
            // like a state or a country votes a quarter, lest two such towns hold each other up.
            let state_or_country = cands.iter().any(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Division));
            for p in cands.iter() {
                let share = if state_or_country && p.kind == PlaceKind::City { share / 4.0 } else { share };
                of.entry(p.id()).or_default().push((k, share));
                if !p.admin1().is_empty() {
                    states.entry((p.country(), p.admin1())).or_default().push((k, share));
                }
            }
        }
        let grid = Grid::of(names.iter().flat_map(|c| c.iter().copied()));
        Support { grid, of, states, asked: Default::default() }
    }

    /// How sure the other names are that the text is near `p`, a reading of name `own`: each
    /// other name with a reading within a cell adds its share (less the farther it is, nothing
    /// at 200 km), one in the same state half of it.
    pub fn near(&self, p: &'g Place, own: usize) -> f64 {
        if let Some(&known) = self.asked.borrow().get(&(p.id(), own)) {
            return known;
        }
        // The best vote of each other name: few names are near, so a list.
        let mut best: Vec<(usize, f64)> = Vec::new();
        let vote = |best: &mut Vec<(usize, f64)>, k: usize, w: f64| {
            if k != own {
                match best.iter_mut().find(|(j, _)| *j == k) {
                    Some((_, b)) => *b = b.max(w),
                    None => best.push((k, w)),
                }
            }
        };
        // More than one vote counts no more than one: enough is enough.
        for q in self.grid.around(p, 1) {
            // The nearer the surer: a town 2 km from the county named holds it up more than one
            // 120 km away in the next state.
            let close = (1.0 - km(p, q) / 200.0).max(0.0);
            for &(k, share) in self.of.get(q.id()).into_iter().flatten() {
                vote(&mut best, k, share * close);
            }
            if best.iter().map(|(_, w)| w).sum::<f64>() >= 1.0 {
                break;
            }
        }
        if !p.admin1().is_empty() {
            for &(k, share) in self.states.get(&(p.country(), p.admin1())).into_iter().flatten() {
                vote(&mut best, k, share / 2.0);
            }
        }
        let sum = best.iter().map(|(_, w)| w).sum();
        self.asked.borrow_mut().insert((p.id(), own), sum);
        sum
    }
}

/// The distance between two places in km, flat-earth: good enough within a few hundred.
fn km(p: &Place, q: &Place) -> f64 {
    let dy = p.lat - q.lat;
    let dx = (p.lon - q.lon) * ((p.lat + q.lat) / 2.0).to_radians().cos();
    111.2 * (dx * dx + dy * dy).sqrt()
}
