//! The words the Place/Actor decision reads around a name (`reading.rs`): verbs a state does,
//! nouns that make it a party or an owner, and words that make it the place itself.

/// Verbs a country or city does in news ("Moscow said", "Russia began", "Mexico won").
#[rustfmt::skip]
pub(super) const ACTING_VERBS: &[&str] = &[
    "said", "says", "say", "began", "begins", "announced", "maintained", "maintains", "warned", "warns",
    "claimed", "claims", "denied", "denies", "launched", "accused", "accuses", "signed", "sent", "sends",
    "agreed", "agrees", "wants", "plans", "won", "wins", "lost", "beat", "beats", "made", "makes", "took",
    "takes", "became", "gave", "gives", "refused", "refuses", "joined", "joins", "voted", "votes", "hosted",
    "hosts", "sought", "seeks", "threatened", "threatens", "demanded", "demands", "pledged", "vowed",
    // The base form, after a plural or a list ("the United States intend", "Ghana and Niger qualify").
    "say", "begin", "announce", "warn", "claim", "deny", "launch", "accuse", "sign", "send", "agree", "want",
    "plan", "win", "lose", "make", "take", "give", "refuse", "join", "vote", "host", "seek", "threaten",
    "demand", "pledge", "vow", "intend", "intends", "decide", "decides", "qualify", "qualifies", "support",
    "supports", "oppose", "opposes", "back", "backs", "reject", "rejects", "accept", "accepts", "recognize",
    "recognizes", "recognise", "recognises", "attack", "attacks", "invade", "invades", "declare", "declares",
    "adopt", "adopts", "admire", "admires", "consider", "considers", "compete", "competes", "play", "plays",
    "face", "faces", "beat", "send", "sends", "receive", "receives", "provide", "provides", "control",
    "controls", "become", "becomes", "continue", "continues", "need", "needs", "hope", "hopes", "try", "tries",
    "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "cannot", "hasn't", "haven't", "held",
    "holds", "hold", "does", "do", "ratified", "ratifies", "elected", "elects", "appointed", "appoints",
    "opens", "suffers", "experiences", "imports", "exports", "produces", "requires", "allows", "spends",
    "used", "uses", "use", "owed", "owes", "sued", "sues", "underwent", "undergoes", "fought", "fights",
    "get", "gets", "got",
];

/// Words between a subject and its verb: "Nepal further considered", "Germany also said".
#[rustfmt::skip]
pub(super) const ADVERBS: &[&str] = &[
    "also", "further", "then", "later", "already", "still", "now", "never", "again", "not", "soon", "both",
    "all", "subsequently", "eventually", "initially", "officially", "formally", "finally", "quickly",
    "reportedly", "repeatedly", "immediately", "once", "first", "itself", "too",
];

/// Nouns that make the name before them a team or a state's body: "the USA team", "the New
/// Zealand forward", "the US government".
#[rustfmt::skip]
pub(super) const BODY_AFTER: &[&str] = &[
    "team", "squad", "side", "forward", "forwards", "captain", "coach", "government", "army", "navy",
    "forces", "embassy", "delegation", "authorities", "entry", "entries", "contingent",
];

/// Nouns before "between" that make the names after it parties: "the treaty between France and
/// Fiji", "war between", "a match between Finland and China". A border between two is land.
#[rustfmt::skip]
pub(super) const RELATIONS: &[&str] = &[
    "treaty", "agreement", "accord", "war", "wars", "relations", "relationship", "match", "game", "talks",
    "peace", "conflict", "engagement", "standing", "alliance", "dispute", "negotiations", "trade",
    "cooperation", "summit", "deal", "rivalry", "tensions", "ties", "friendship", "fight", "battle",
    "signed", "concluded", "played", "fought",
];

/// Words before "to" that make the name a recipient: "sold to China", "the handover to Beijing".
#[rustfmt::skip]
pub(super) const GIVEN_TO: &[&str] = &[
    "sold", "loaned", "transferred", "handed", "handover", "given", "delivered", "exported", "ceded",
    "lent", "leased", "granted", "surrendered", "allegiance", "loyalty", "loyal",
    "appeal", "appealed", "submitted", "apologized", "apologised", "ultimatum", "provided", "supplied",
    "offered", "loss", "lost", "losing", "defeat", "sovereignty", "transfer", "capitulation", "surrender",
    "allocated", "assigned", "awarded",
];

/// Words before "from" that make the name a party: "independence from France", "orders from
/// France", "permission from Spain".
#[rustfmt::skip]
pub(super) const PARTY_FROM: &[&str] = &[
    "independence", "secede", "seceded", "secession", "separation", "orders", "order", "aid", "support",
    "pressure", "permission", "approval", "recognition", "request", "requests", "funding", "loans",
    "threat", "threats", "invitation", "offer", "demands", "help", "assistance",
];

/// Auxiliaries: "Russia has warned" acts, "Homs was a major industrial centre" is a place.
#[rustfmt::skip]
pub(super) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "must", "should",
    "might", "may", "did", "does",
];

/// What follows "is", "was", "has" when the name is the place itself: "X is a town", "X has a
/// population of", "X was founded in".
#[rustfmt::skip]
pub(super) const PLACE_PREDICATES: &[&str] = &[
    "a", "an", "the", "one", "home", "part", "located", "situated", "founded", "built", "known", "famous",
    "named", "renamed", "called", "bordered", "surrounded", "divided", "populated", "inhabited", "settled",
    "served", "connected", "linked", "also", "now", "still", "once", "formerly", "then", "about", "around",
    "approximately", "roughly", "nearly", "over", "under", "some", "many", "several", "its", "their",
    "population", "area", "climate", "mostly", "largely", "primarily", "mainly", "predominantly", "rich",
    "close", "far", "near", "south", "north", "east", "west", "bounded", "based", "regarded", "considered",
    "designated", "listed", "ranked", "host", "hosting",
];

/// Past participles that describe a place, not a deed ("Ottawa, located on", "Kyiv based").
pub(super) const PLACE_PARTICIPLES: &[&str] =
    &["located", "situated", "based", "bordered", "named", "called", "surrounded", "remained", "stretched"];

/// Words before a name that make it a party, not a place: "competed for Kazakhstan", "the war
/// against Japan", "talks with Russia", "represented Canada", "beating Trinidad".
#[rustfmt::skip]
pub(super) const PARTY_BEFORE: &[&str] = &[
    "by", "against", "with", "versus", "vs", "represented", "represents", "representing", "represent", "beat",
    "permit", "permitted", "permits", "enable", "enabled", "enables", "convinced", "compelled", "obliged",
    "beating", "defeated", "defeating", "recognized", "recognised", "recognize", "recognise", "allies",
    "ally", "sanctions", "sanctioned", "urged", "urging", "persuaded", "pressured", "accused", "accuse",
    "accusing", "allowed", "allow", "allowing", "lobbied", "lobby", "asked", "forced", "invited",
    "encouraged", "helped", "help", "helping", "led", "leading", "faced", "face", "facing", "supported",
    "backed", "criticized", "criticised", "condemned", "admires", "admired", "oppose", "opposed", "opposing",
    "neighbors", "neighbours", "v", "v.",
];

/// Nouns of a possessive that make the country or city the one who does or owns it: "China's
/// decision", "India's only match", "Iran's nuclear program" (its people, government or team),
/// where "Suriname's low population density" or "Italy's architecture" is the place itself.
#[rustfmt::skip]
pub(super) const AGENTIVE_NOUNS: &[&str] = &[
    "decision", "decisions", "government", "response", "position", "stance", "policy", "policies",
    "strategy", "program", "programme", "economy", "exports", "imports", "budget", "support", "opposition",
    "attempt", "attempts", "effort", "efforts", "occupation", "invasion", "attack", "attacks", "bombing",
    "raid", "raids", "offensive", "capture", "accession", "independence", "armistice", "treaty", "relations",
    "diplomatic", "diplomacy", "foreign", "enemies", "enemy", "allies", "ally", "squad", "team", "side",
    "match", "matches", "goal", "goals", "tally", "medal", "medals", "gold", "honours", "honors", "victory",
    "win", "defeat", "bid", "claim", "claims", "demand", "demands", "proposal", "offer", "refusal",
    "involvement", "intervention", "participation", "conduct", "resolve", "representative", "ambassador",
    "envoy", "delegation", "military", "army", "navy", "forces", "troops", "leader", "leaders", "president",
    "prime", "minister", "ministry", "parliament", "embassy", "record", "rights", "interests", "ambitions",
    "role", "request", "refusal", "threat", "threats", "sanctions", "war", "wars", "campaign", "plan", "plans",
    "move", "moves", "actions", "action", "aggression", "approach", "commitment", "contribution",
    // Its institutions: "Brazil's Supreme Court", "Pakistan's disaster agency".
    "appearance", "appearances", "debut", "entry", "qualification", "campaign", "take", "view", "views",
    "reaction", "opinion", "verdict", "answer", "doubles", "singles", "proposals", "entry", "bids",
    "court", "agency", "authorities", "police", "officials", "administration", "regime", "cabinet",
    "council", "senate", "congress", "national", "central", "state", "federal", "foreign", "defence",
    "defense", "security", "intelligence", "election", "elections", "voters", "people",
];

/// Nouns before "of" whose owner acts: "the will of France", "the foreign policy of Iran", "the
/// fall of France" (its state's). Not those of what is done to a land ("the invasion of Japan"
/// is the place).
#[rustfmt::skip]
pub(super) const AGENT_OF: &[&str] = &[
    "will", "policy", "policies", "strategy", "program", "programme", "economy", "support", "effort",
    "efforts", "attempt", "attempts", "decision", "decisions", "independence", "power", "protection",
    "position", "stance", "interests", "ambitions", "resolve", "response", "government", "team", "squad",
    "army", "forces", "troops", "navy", "military", "ally", "allies", "enemy", "enemies", "consent",
    "surrender", "administration", "representative", "representatives", "supporter", "supporters",
    "founders", "fathers", "spokesperson", "spokespersons", "spokesman", "request", "behalf", "dominion",
    "rule", "control", "mission", "invitation", "initiative", "instigation", "auspices", "colony",
    "protectorate", "vassal", "ambassador", "embassy", "president", "king", "queen", "emperor", "minister",
    "recognition", "orders", "fall", "jurisdiction", "sovereignty",
];

/// Verbs after which "for" names the side one plays or stands for: "competed for Kazakhstan".
#[rustfmt::skip]
pub(super) const PLAYED_FOR: &[&str] = &[
    "competed", "competes", "compete", "competing", "played", "plays", "play", "playing", "capped", "scored",
    "appeared", "batted", "bowled", "fought", "voted", "spied", "stood", "ran", "won", "debut", "caps",
    "goals", "games", "olympics", "championships", "championship", "cup", "tournament", "medal", "medals",
    "rowed", "rows", "fence", "fenced", "fences", "raced", "races", "swam", "swims", "boxed", "wrestled",
    "cycled", "skated", "rode", "rides", "dived", "jumped", "threw", "sprinted", "toss", "fight", "fights",
    "participated", "participates", "participate", "raced",
];

/// Roles a state plays: "Ukraine was a large electricity supplier", "Peru is a member".
#[rustfmt::skip]
pub(super) const ROLES: &[&str] = &[
    "supplier", "member", "ally", "partner", "exporter", "importer", "producer", "signatory", "founder",
    "rival", "champion", "champions", "winner", "winners", "supporter", "donor", "investor", "creditor",
    "debtor", "sponsor", "participant", "contributor", "opponent", "runner-up", "finalist",
    // "Japan is the largest economy in the world": the state as a player among states.
    "economy", "superpower", "power", "democracy",
];

/// Words that open a sentence's opening phrase, ended by its first comma.
#[rustfmt::skip]
pub(super) const INTRODUCERS: &[&str] = &[
    "after", "before", "in", "during", "when", "while", "although", "though", "since", "following",
    "despite", "at", "on", "by", "for", "as", "unlike", "like", "under", "until", "from", "with",
];

/// Words before "over" that make the name the side beaten: "wins over Cuba", "victory over Japan".
pub(super) const BEATEN_OVER: &[&str] =
    &["win", "wins", "victory", "victories", "triumph", "triumphs", "upset", "lead", "edge"];

/// Words before "with" that make the name the land across a line: "the border with Cambodia".
pub(super) const LINE_WITH: &[&str] =
    &["border", "borders", "bordering", "frontier", "boundary", "coast", "line", "shared"];

/// What a place has: "X has a population of", "a coastline", "a long history".
#[rustfmt::skip]
pub(super) const PLACE_FEATURES: &[&str] = &[
    "population", "area", "climate", "coastline", "coast", "border", "borders", "history", "airport", "port",
    "harbour", "harbor", "river", "lake", "station", "railway", "university", "hospital", "cathedral",
    "church", "castle", "museum", "park", "beach", "beaches", "mountains", "hills", "island", "islands",
    "density", "elevation", "altitude", "landscape", "terrain", "mild", "tropical", "temperate", "humid",
    "community", "communities", "municipalities", "site", "sites", "heritage", "towns", "villages",
];

/// Words in -ing after a name that are no deed of it: "Paris during", "Ohio, including".
#[rustfmt::skip]
pub(super) const NOT_DOING: &[&str] = &[
    "during", "including", "regarding", "concerning", "following", "according", "bordering",
    "surrounding", "neighbouring", "neighboring", "excluding", "building", "housing", "morning", "evening",
    "spring", "setting", "meeting", "training", "opening", "ending", "beginning", "something", "nothing",
    "everything", "shipping", "fishing", "mining", "farming", "shopping", "wedding", "clothing", "funding",
    "heading", "reading", "living", "rising", "ruling", "remaining", "existing", "leading", "lying",
    "connecting", "linking", "stretching", "spanning", "covering", "separating", "joining",
];
