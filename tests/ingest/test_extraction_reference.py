"""The bundled gazetteer reads names the way news writes them."""

from ingest.extraction import default_gazetteer


def test_the_longest_organization_name_wins_over_a_name_inside_it():
    mentions = default_gazetteer().mentions("Toyota Tsusho will invest in the plant.")
    assert [(m.name, m.country) for m in mentions] == [("Toyota Tsusho", "JP")]


def test_a_hyphenated_aviation_fuel_plant_is_not_aerospace():
    slugs = {hit.slug for hit in default_gazetteer().sector_hits("an aviation-fuel plant")}
    assert slugs == {"oil-gas"}
