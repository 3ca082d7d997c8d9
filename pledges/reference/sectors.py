"""The sector taxonomy pledges are filed under, with the words news uses for each sector.

Keywords are lowercase and matched by the extractor on word boundaries. Each
one should point at its sector on its own: words that are common in unrelated
text ("power", "energy", "plant", "technology") are deliberately left out.
"""

from functools import cache

from pledges.reference.records import SectorRecord

# Words that name two sectors at once, listed under both: a petrochemical complex is oil and gas and chemicals.
SHARED_KEYWORDS = frozenset({"petrochemical", "petrochemicals", "oil-to-chemicals"})

TECHNOLOGY = "Technology"
ENERGY = "Energy"
INDUSTRY = "Industry"
HEALTH = "Health"
TRANSPORT = "Transport & Infrastructure"
FINANCE = "Finance"
OTHER = "Other"

_SECTORS = (
    (
        "semiconductors",
        "Semiconductors",
        TECHNOLOGY,
        (
            "semiconductor", "semiconductors", "chip", "chips", "chipmaker", "chipmakers", "chipmaking",
            "chip plant", "chip factory", "foundry", "foundries", "fab", "fabs", "wafer", "wafers",
            "memory chip", "memory chips", "hbm", "high-bandwidth memory", "dram", "nand", "logic chips",
            "advanced packaging", "chip packaging", "lithography", "euv", "2-nanometer", "3-nanometer",
            "chips act", "silicon carbide", "microchip", "microchips", "integrated circuits",
        ),
    ),
    (
        "ai-data-centers",
        "AI & data centers",
        TECHNOLOGY,
        (
            "artificial intelligence", "ai", "generative ai", "ai infrastructure", "ai chips", "data center",
            "data centers", "data centre", "data centres", "datacenter", "datacenters", "hyperscale",
            "hyperscaler", "hyperscalers", "cloud computing", "cloud infrastructure", "cloud region",
            "gpu", "gpus", "supercomputer", "supercomputing", "ai factory", "ai campus", "stargate",
            "large language model", "machine learning", "compute capacity",
        ),
    ),
    (
        "batteries",
        "Batteries",
        ENERGY,
        (
            "battery", "batteries", "ev battery", "ev batteries", "battery cell", "battery cells",
            "battery plant", "battery factory", "gigafactory", "gigafactories", "cathode", "cathodes", "anode",
            "anodes", "lithium-ion", "lithium ion", "lfp", "solid-state battery", "energy storage",
            "battery storage", "separator film",
        ),
    ),
    (
        "automotive",
        "Automotive",
        INDUSTRY,
        (
            "automotive", "automaker", "automakers", "carmaker", "carmakers", "car plant", "car factory",
            "vehicle plant", "assembly plant", "electric vehicle", "electric vehicles", "ev", "evs",
            "hybrid vehicles", "auto parts", "auto industry", "vehicles", "car production", "pickup trucks", "truck",
            "trucks", "truckmaker", "truckmakers", "buses", "bus maker", "commercial vehicles",
            "metaplant",
        ),
    ),
    (
        "shipbuilding",
        "Shipbuilding",
        TRANSPORT,
        (
            "shipbuilding", "shipbuilder", "shipbuilders", "shipyard", "shipyards", "naval shipbuilding",
            "vessel", "vessels", "lng carrier", "lng carriers", "warship", "warships", "ship repair",
            "maritime", "masga", "make american shipbuilding great again", "dry dock", "icebreaker",
            "icebreakers",
        ),
    ),
    (
        "nuclear",
        "Nuclear energy",
        ENERGY,
        (
            "nuclear", "nuclear power", "nuclear energy", "nuclear plant", "nuclear reactor", "reactor",
            "reactors", "smr", "smrs", "small modular reactor", "small modular reactors", "uranium",
            "enriched uranium", "uranium enrichment", "nuclear fuel", "fusion", "westinghouse", "ap1000",
            "apr1400",
        ),
    ),
    (
        "oil-gas",
        "Oil & gas",
        ENERGY,
        (
            "oil", "crude", "crude oil", "natural gas", "lng", "liquefied natural gas", "lng terminal",
            "lng export", "pipeline", "pipelines", "refinery", "refineries",
            "petroleum", "gas field", "oilfield", "oil field", "shale", "alaska lng", "petrochemical",
            "petrochemicals", "aviation fuel", "jet fuel",
        ),
    ),
    (
        "renewables",
        "Renewable energy",
        ENERGY,
        (
            "renewable", "renewables", "renewable energy", "clean energy", "solar", "solar panels",
            "solar modules", "solar cells", "photovoltaic", "pv", "wind farm", "wind farms",
            "offshore wind", "onshore wind", "wind turbine", "wind turbines", "green hydrogen", "hydrogen",
            "geothermal", "hydropower", "biofuel", "biofuels", "sustainable aviation fuel", "polysilicon",
        ),
    ),
    (
        "power-grid",
        "Power generation & grid",
        ENERGY,
        (
            "power grid", "electric grid", "grid", "transmission lines", "transmission line", "power plant",
            "power plants", "power station", "gas turbine", "gas turbines", "gas-fired", "transformer",
            "transformers", "substation", "substations", "electricity generation", "utilities",
            "high-voltage", "hvdc", "power generation", "power equipment", "power lines", "power line",
            "electricity distribution",
        ),
    ),
    (
        "critical-minerals",
        "Critical minerals",
        INDUSTRY,
        (
            "critical minerals", "critical mineral", "rare earth", "rare earths", "rare-earth", "lithium",
            "nickel", "cobalt", "graphite", "gallium", "germanium", "antimony", "tungsten", "manganese",
            "mining", "mines", "smelter", "smelting", "refining", "mineral processing", "zinc", "copper", "spodumene",
        ),
    ),
    (
        "steel-metals",
        "Steel & metals",
        INDUSTRY,
        (
            "steel", "steelmaker", "steelmakers", "steel mill", "steel plant", "steelworks", "electric arc furnace",
            "blast furnace", "aluminum", "aluminium", "metals", "alloy", "alloys", "iron ore",
        ),
    ),
    (
        "biotech-pharma",
        "Biotech & pharmaceuticals",
        HEALTH,
        (
            "biotech", "biotechnology", "pharmaceutical", "pharmaceuticals", "pharma", "drugmaker",
            "drugmakers", "drug", "drugs", "medicines", "vaccine", "vaccines", "biologics", "biosimilar",
            "biosimilars", "cdmo", "contract manufacturing", "active pharmaceutical ingredients", "api plant",
            "life sciences", "medical devices", "healthcare", "health care", "clinical trials",
            "drug manufacturing",
        ),
    ),
    (
        "aerospace",
        "Aerospace & aviation",
        TRANSPORT,
        (
            "aerospace", "aircraft", "airplane", "airplanes", "jet", "jets", "jetliner", "jetliners",
            "aviation", "airline", "airlines", "aircraft engines", "jet engines", "airframe", "mro", "planemaker",
            "planemakers",
            "wide-body", "widebody", "narrow-body",
        ),
    ),
    (
        "defense",
        "Defense",
        INDUSTRY,
        (
            "defense", "defence", "defense industry", "weapons", "munitions", "ammunition", "artillery",
            "howitzer", "howitzers", "missile", "missiles", "fighter jets", "armored vehicles",
            "military", "arms deal", "arms sales", "air defense", "drones", "submarine", "submarines",
        ),
    ),
    (
        "space",
        "Space",
        TECHNOLOGY,
        (
            "space industry", "spaceport", "satellite", "satellites", "satellite constellation", "launch vehicle",
            "rocket", "rockets", "space station", "lunar", "orbital", "low earth orbit", "spacecraft",
            "space telescope",
        ),
    ),
    (
        "telecom",
        "Telecommunications",
        TECHNOLOGY,
        (
            "telecom", "telecoms", "telecommunications", "5g", "6g", "broadband", "fiber optic", "fibre optic",
            "subsea cable", "undersea cable", "mobile network", "wireless network", "network equipment",
            "satellite internet", "satellite broadband", "mobile operator", "telecoms operator",
                    ),
    ),
    (
        "electronics",
        "Electronics",
        TECHNOLOGY,
        (
            "electronics", "consumer electronics", "smartphone", "smartphones", "iphone", "iphones",
            "displays", "oled", "lcd", "printed circuit boards", "pcb", "electronic components", "home appliances",
            "appliances", "servers", "ai servers", "laptops", "contract electronics",
        ),
    ),
    (
        "chemicals",
        "Chemicals",
        INDUSTRY,
        (
            "chemical", "chemicals", "chemical plant", "specialty chemicals", "petrochemical", "petrochemicals",
            "oil-to-chemicals", "fertilizer", "fertilizers",
            "fertiliser", "ammonia", "methanol", "plastics", "polymers", "industrial gases", "paint", "paints",
            "coatings", "pesticides", "crop chemicals", "agrochemicals",
        ),
    ),
    (
        "infrastructure",
        "Infrastructure & construction",
        TRANSPORT,
        (
            "infrastructure", "railway", "railways", "rail", "high-speed rail", "metro", "trains", "train factory",
            "rolling stock", "locomotives",
            "subway", "highway", "highways", "port", "ports", "airport", "airports",
            "logistics", "real estate", "smart city", "water treatment", "desalination",
        ),
    ),
    (
        "agriculture-food",
        "Agriculture & food",
        OTHER,
        (
            "agriculture", "agricultural", "farmland", "food", "food processing", "soybeans",
            "soybean", "corn", "wheat", "beef", "pork", "poultry", "agribusiness", "food security", "grain",
            "grains", "dairy", "seafood", "ethanol", "seeds", "crop protection", "farming",
        ),
    ),
    (
        "financial-services",
        "Financial services",
        FINANCE,
        (
            "banking", "financial services", "asset management", "asset manager", "insurance",
            "insurer", "private equity", "venture capital", "sovereign wealth fund", "investment fund",
            "fintech", "brokerage", "lending", "credit line", "loan guarantees", "digital payments", "payment systems",
        ),
    ),
    (
        "robotics",
        "Robotics & automation",
        TECHNOLOGY,
        (
            "robot", "robots", "robotics", "industrial robots", "humanoid", "humanoid robots", "automation",
            "factory automation", "autonomous driving", "self-driving", "robotaxi", "robotaxis",
        ),
    ),
    (
        "quantum",
        "Quantum technology",
        TECHNOLOGY,
        (
            "quantum", "quantum computing", "quantum computer", "quantum computers", "qubit", "qubits",
            "quantum technology", "quantum technologies",
        ),
    ),
    (
        "other",
        "Other",
        OTHER,
        (),
    ),
)  # fmt: skip


@cache
def sector_records() -> list[SectorRecord]:
    """The fixed sector taxonomy, in display order."""
    return [
        SectorRecord(slug=slug, name=name, group=group, keywords=keywords) for slug, name, group, keywords in _SECTORS
    ]
