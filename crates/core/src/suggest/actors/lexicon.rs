//! The words actors are told by: titles, nationalities, the nouns of people who act for a state,
//! the small words inside names, and the function words that start sentences but name no one.

/// Titles before a person's name; kept in the mention ("President Bashar al-Assad").
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "president", "prime", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess",
    "general", "gen", "col", "colonel", "pope", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "governor",
    "mayor", "ambassador", "sheikh", "ayatollah", "imam", "judge", "chief", "commander", "spokesman",
    "spokeswoman", "foreign", "deputy", "gov", "lt", "sgt", "capt", "sheriff", "selectman", "comptroller",
];

/// Nationality words (and short country names used the same way: "US embassy").
#[rustfmt::skip]
pub const NATIONALITIES: &[&str] = &[
    "russian", "american", "british", "ukrainian", "syrian", "iraqi", "iranian", "afghan", "pakistani",
    "chinese", "french", "german", "israeli", "palestinian", "turkish", "saudi", "egyptian", "indian",
    "japanese", "korean", "western", "european", "african", "arab", "kurdish", "italian", "spanish", "polish",
    "belarusian", "georgian", "chechen", "lebanese", "jordanian", "libyan", "yemeni", "sudanese", "malian",
    "nigerian", "somali", "ethiopian", "kenyan", "mexican", "brazilian", "canadian", "australian", "dutch",
    "swedish", "norwegian", "finnish", "greek", "qatari", "emirati", "taiwanese", "vietnamese", "filipino",
    "indonesian", "us", "u.s.", "uk", "nato", "colombian", "philippine", "venezuelan", "argentine", "chilean",
    "peruvian", "cuban", "haitian", "serbian", "hungarian", "romanian", "moldovan", "armenian", "azerbaijani",
    "kazakh", "uzbek", "thai", "burmese", "bangladeshi", "nepali", "algerian", "moroccan", "tunisian",
    "ghanaian", "senegalese", "congolese", "rwandan", "ugandan", "tanzanian", "zimbabwean", "irish",
    "scottish", "welsh", "swiss", "austrian", "belgian", "danish", "portuguese", "czech", "slovak",
    "croatian", "bosnian", "lithuanian", "latvian", "estonian", "mongolian",
    "cypriot", "sinhalese", "tamil", "abkhaz", "abkhazian", "ossetian", "dagestani", "ingush", "persian",
    "pashtun", "baloch", "uighur", "uyghur", "tibetan", "tatar", "kyrgyz", "tajik", "turkmen", "slovenian",
    "bulgarian", "macedonian", "albanian", "kosovar", "montenegrin", "icelandic", "maltese", "english",
    "dominican", "jamaican", "salvadoran", "guatemalan", "honduran", "nicaraguan", "panamanian",
    "ecuadorian", "bolivian", "paraguayan", "uruguayan", "zambian", "malawian", "mozambican", "angolan",
    "namibian", "cameroonian", "ivorian", "liberian", "gambian", "guinean", "chadian", "eritrean",
    "burundian", "malagasy", "mauritian", "omani", "bahraini", "kuwaiti", "nepalese", "bhutanese",
    "laotian", "cambodian", "malaysian", "singaporean", "fijian", "samoan", "tongan", "soviet", "asian",
    "texan", "floridian", "californian", "ohioan", "ontarian", "quebecer", "hispanic", "latino",
];

/// Words between a nationality and the role ("Russian security forces").
#[rustfmt::skip]
pub const ROLE_MODIFIERS: &[&str] = &[
    "security", "armed", "special", "federal", "military", "foreign", "local", "government", "intelligence",
    "border", "state", "top", "senior", "defence", "defense", "interior", "coast", "riot", "navy", "air",
];

/// Who acts for a state or a group.
#[rustfmt::skip]
pub const ROLES: &[&str] = &[
    "forces", "troops", "army", "government", "officials", "official", "authorities", "police", "military",
    "soldiers", "diplomats", "embassy", "ministry", "president", "leader", "leaders", "intelligence", "navy",
    "prosecutors", "court", "parliament", "investigators", "services", "service", "agency", "media", "regime",
    "administration", "delegation", "envoy", "guard", "guards", "rescuers", "commanders", "generals",
    "lawmakers", "ministers", "negotiators", "prime", "spokesman", "spokeswoman", "minister",
];

/// Lowercase words that may join the capitalized words of one name ("Ministry of Foreign Affairs",
/// "Wilayat al Quqaz").
#[rustfmt::skip]
pub const CONNECTORS: &[&str] = &[
    "of", "for", "the", "al", "el", "bin", "ibn", "de", "del", "da", "van", "von",
];

/// Words with a capital that are rarely a name by themselves.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "i", "mr", "mrs", "ms", "dr", "tv", "am", "pm", "ok", "ceo", "gmt", "utc", "st", "no", "pc", "pdf", "id",
    "god", "internet", "web", "christian", "muslim", "islamic", "jihadist", "earth", "heaven",
];

/// Words that open sentences and headings; a capital there says nothing.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "so", "yet", "for", "nor", "in", "on", "at", "of", "to", "from",
    "by", "with", "after", "before", "during", "since", "until", "while", "when", "where", "who", "what",
    "which", "why", "how", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you",
    "his", "her", "their", "our", "my", "your", "there", "here", "then", "now", "also", "however",
    "meanwhile", "although", "though", "if", "as", "about", "over", "under", "between", "against", "among",
    "into", "through", "despite", "according", "some", "many", "most", "several", "all", "both", "each",
    "every", "other", "another", "such", "no", "not", "more", "less", "one", "two", "three", "previous",
    "recent",
];

/// Whether `word` is in `list`: a hashed set per list, built on first use (the lists are looked
/// up for every capitalized word of a book; scanning them was a tenth of the engine's time).
macro_rules! in_list {
    ($name:ident, $list:ident) => {
        pub fn $name(word: &str) -> bool {
            static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
            SET.get_or_init(|| $list.iter().copied().collect()).contains(word)
        }
    };
}

in_list!(is_institution, INSTITUTIONS);
in_list!(is_function_word, FUNCTION_WORDS);
in_list!(is_nationality, NATIONALITIES);
in_list!(is_title, TITLES);
in_list!(is_role, ROLES);
in_list!(is_role_modifier, ROLE_MODIFIERS);
in_list!(is_not_name, NOT_NAMES);
in_list!(is_opener_verb, OPENER_VERBS);

/// "al-Assad", "bin-Salman": a name part that starts lowercase.
pub fn is_particle_name(word: &str) -> bool {
    // Most words have no hyphen in their first five letters: answered without comparing.
    if !matches!(word.as_bytes().first(), Some(b'a' | b'e' | b'b' | b'i'))
        || !word.as_bytes().iter().take(5).any(|&b| b == b'-')
    {
        return false;
    }
    ["al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-", "abu-"]
        .iter()
        .any(|p| word.len() > p.len() && word.starts_with(p) && word[p.len()..].starts_with(char::is_uppercase))
}

/// "FSB", "TASS", "IS": two to six capitals (digits allowed after the first).
pub fn is_acronym(word: &str) -> bool {
    let b = word.as_bytes();
    (2..=6).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// Names one actor goes by; mentions of any of them share one entity.
pub const ALIASES: &[&[&str]] = &[
    &[
        "islamic state",
        "is",
        "isis",
        "isil",
        "daesh",
        "islamic state of iraq and syria",
        "islamic state of iraq and the levant",
    ],
    &["united nations", "un", "u.n."],
    &["european union", "eu"],
    &["north atlantic treaty organization", "nato"],
    &["united states", "us", "u.s.", "usa", "america"],
    &["united kingdom", "uk", "britain"],
    &["federal security service", "fsb"],
    &["federal bureau of investigation", "fbi"],
];

/// Nouns that open names of the form "X of Y" ("Ministry of Defence", "Bank of England").
#[rustfmt::skip]
pub const INSTITUTIONS: &[&str] = &[
    "ministry", "department", "bank", "university", "council", "commission", "committee", "office",
    "institute", "federation", "republic", "kingdom", "union", "party", "army", "church", "court", "house",
    "league", "organization", "organisation", "state", "government", "association", "board", "agency",
    "bureau", "embassy", "secretary", "minister", "president", "governor", "mayor", "head", "chief",
    "director", "leader", "king", "queen", "prince", "duke", "people", "friends", "sons", "daughters",
    "soldiers", "brotherhood", "front",
];

/// Verbs after a sentence's first word that make it someone ("Apple will", "Netflix said"); "is"
/// and "was" are left out: "Power was cut".
#[rustfmt::skip]
pub const OPENER_VERBS: &[&str] = &[
    "said", "says", "announced", "warned", "claimed", "denied", "launched", "accused", "signed", "agreed",
    "plans", "wants", "will", "reported", "confirmed", "urged", "rejected", "vowed", "threatened",
];
