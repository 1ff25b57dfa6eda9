"""Place names as reports spell them, mapped to the one name the observation table uses.

Reports transliterate and translate freely ("Sakartvel" for Georgia, "Upper Lars" for
Verkhny Lars), so every alias is a regular expression that folds its variants. Every
alternative of an alias starts with a capital letter: a page is scanned once, trying only
the aliases that start with the letter at hand, which keeps a 1 MB page fast.
"""

import re
from dataclasses import dataclass
from typing import NamedTuple

from .patterns import alternatives


@dataclass(frozen=True)
class Place:
    """A canonical place: a country, a border crossing or a city."""

    name: str
    kind: str  # "country", "crossing" or "city"
    country: str  # the country it lies in; for a crossing, the country it leads into


# country: (alias patterns, demonym pattern for its people, adjective pattern)
_COUNTRIES = {
    "Russia": (r"Russia|Russian Federation|Rossiya", r"Russians", r"Russian"),
    "Ukraine": (r"Ukraine|Ukraina", r"Ukrainians", r"Ukrainian"),
    "Georgia": (r"Georgia|Sakart[vw]el+[oa]?s?|Sakartvelo", r"Georgians", r"Georgian"),
    "Kazakhstan": (r"Kazakh?stan|Kazachstan|Qazaqstan", r"Kazakhs|Kazakhstanis", r"Kazakh(?:stani)?"),
    "Finland": (r"Finland|Suomi", r"Finns", r"Finnish"),
    "Mongolia": (r"Mongolia", r"Mongolians", r"Mongolian"),
    "Armenia": (r"Armenia", r"Armenians", r"Armenian"),
    "Azerbaijan": (r"Azerbaijan", r"Azerbaijanis", r"Azerbaijani"),
    "Turkey": (r"Turkey|T[uü]rkiye", r"Turks", r"Turkish"),
    "Belarus": (r"Belarus|Byelorussia", r"Belarusians", r"Belarusian"),
    "Kyrgyzstan": (r"Kyrgyzstan|Kirghizia", r"Kyrgyz", r"Kyrgyz"),
    "Uzbekistan": (r"Uzbekistan", r"Uzbeks", r"Uzbek"),
    "Tajikistan": (r"Tajikistan", r"Tajiks", r"Tajik"),
    "Estonia": (r"Estonia", r"Estonians", r"Estonian"),
    "Latvia": (r"Latvia", r"Latvians", r"Latvian"),
    "Lithuania": (r"Lithuania", r"Lithuanians", r"Lithuanian"),
    "Poland": (r"Poland", r"Poles", r"Polish"),
    "Norway": (r"Norway", r"Norwegians", r"Norwegian"),
    "Germany": (r"Germany", r"Germans", r"German"),
    "Israel": (r"Israel", r"Israelis", r"Israeli"),
    "Serbia": (r"Serbia", r"Serbs|Serbians", r"Serbian"),
    "Moldova": (r"Moldova", r"Moldovans", r"Moldovan"),
    "Romania": (r"Romania", r"Romanians", r"Romanian"),
    "Hungary": (r"Hungary", r"Hungarians", r"Hungarian"),
    "Slovakia": (r"Slovakia", r"Slovaks", r"Slovak"),
    "United Arab Emirates": (r"United Arab Emirates|UAE", r"Emiratis", r"Emirati"),
    "Syria": (r"Syria", r"Syrians", r"Syrian"),
    "Lebanon": (r"Lebanon", r"Lebanese", r"Lebanese"),
    "Jordan": (r"Jordan", r"Jordanians", r"Jordanian"),
    "Iraq": (r"Iraq", r"Iraqis", r"Iraqi"),
    "Iran": (r"Iran", r"Iranians", r"Iranian"),
    "Afghanistan": (r"Afghanistan", r"Afghans", r"Afghan"),
    "Pakistan": (r"Pakistan", r"Pakistanis", r"Pakistani"),
    "Sudan": (r"Sudan", r"Sudanese", r"Sudanese"),
    "South Sudan": (r"South Sudan", r"South Sudanese", r"South Sudanese"),
    "Chad": (r"Chad", r"Chadians", r"Chadian"),
    "Egypt": (r"Egypt", r"Egyptians", r"Egyptian"),
    "Ethiopia": (r"Ethiopia", r"Ethiopians", r"Ethiopian"),
    "Venezuela": (r"Venezuela", r"Venezuelans", r"Venezuelan"),
    "Colombia": (r"Colombia", r"Colombians", r"Colombian"),
    "Myanmar": (r"Myanmar|Burma", r"Burmese", r"Burmese"),
    "Bangladesh": (r"Bangladesh", r"Bangladeshis", r"Bangladeshi"),
    "China": (r"China", r"Chinese", r"Chinese"),
    "Austria": (r"Austria", r"Austrians", r"Austrian"),
    "France": (r"France", r"French", r"French"),
    "Italy": (r"Italy", r"Italians", r"Italian"),
    "Greece": (r"Greece", r"Greeks", r"Greek"),
    "United Kingdom": (r"United Kingdom|Britain|UK", r"Britons", r"British"),
    "United States": (r"United States|USA|U\.S\.", r"Americans", r"American"),
}

# crossing: (alias pattern, country it leads into, country it leads out of)
_CROSSINGS = {
    "Verkhny Lars": (
        r"Verkhn(?:y|i|ii|iy|yi)\s+Lars|Upper\s+Lars|Nizhn(?:y|i|ii|iy|yi)\s+Lars|Lower\s+Lars|Kazbegi|Dariali?|Larsi",
        "Georgia",
        "Russia",
    ),
    "Vaalimaa": (r"Vaalimaa|Torfyanovka", "Finland", "Russia"),
    "Nuijamaa": (r"Nuijamaa|Brusnichnoye", "Finland", "Russia"),
    "Imatra": (r"Imatra|Svetogorsk", "Finland", "Russia"),
    "Vainikkala": (r"Vainikkala", "Finland", "Russia"),
    "Niirala": (r"Niirala|Vyartsilya", "Finland", "Russia"),
    "Salla": (r"Salla", "Finland", "Russia"),
    "Altanbulag": (r"Altanbulag|Kyakhta", "Mongolia", "Russia"),
    "Troitsk": (r"Troitsk(?:y|iy)?", "Kazakhstan", "Russia"),
    "Karaozek": (r"Karaozek|Kotyaevka", "Kazakhstan", "Russia"),
    "Mashtakovo": (r"Mashtakovo", "Kazakhstan", "Russia"),
    "Upper Tersk": (r"Upper Tersk|Yarag-Kazmalyar", "Azerbaijan", "Russia"),
    "Medyka": (r"Medyka|Shehyni", "Poland", "Ukraine"),
    "Dorohusk": (r"Dorohusk|Yahodyn", "Poland", "Ukraine"),
    "Palanca": (r"Palanca|Mayaky", "Moldova", "Ukraine"),
    "Siret": (r"Siret|Porubne", "Romania", "Ukraine"),
    "Zahony": (r"Z[aá]hony", "Hungary", "Ukraine"),
    "Bab al-Hawa": (r"Bab al-Hawa", "Syria", "Turkey"),
    "Argeen": (r"Argeen|Arqin", "Egypt", "Sudan"),
    "Qustul": (r"Qustul|Ashkeet", "Egypt", "Sudan"),
    "Adre": (r"Adr[eé]", "Chad", "Sudan"),
    "Kornidzor": (r"Kornidzor|Hakari bridge|Lachin checkpoint", "Armenia", "Azerbaijan"),
    "Masnaa": (r"Masnaa|Jdeidet Yabous|Jdeidat Yabous", "Syria", "Lebanon"),
    "Simon Bolivar bridge": (r"Sim[oó]n Bol[ií]var (?:international )?bridge", "Colombia", "Venezuela"),
}

# city: (alias pattern, country)
_CITIES = {
    "Moscow": (r"Moscow", "Russia"),
    "St Petersburg": (r"Saint Petersburg|St\.? Petersburg", "Russia"),
    "Vladikavkaz": (r"Vladikavkaz", "Russia"),
    "Tbilisi": (r"Tbilisi", "Georgia"),
    "Yerevan": (r"Yerevan", "Armenia"),
    "Istanbul": (r"Istanbul", "Turkey"),
    "Almaty": (r"Almaty", "Kazakhstan"),
    "Astana": (r"Astana|Nur-Sultan", "Kazakhstan"),
    "Uralsk": (r"Uralsk|Oral", "Kazakhstan"),
    "Helsinki": (r"Helsinki", "Finland"),
    "Minsk": (r"Minsk", "Belarus"),
    "Dubai": (r"Dubai", "United Arab Emirates"),
    "Belgrade": (r"Belgrade", "Serbia"),
    "Baku": (r"Baku", "Azerbaijan"),
    "Bishkek": (r"Bishkek", "Kyrgyzstan"),
    "Tashkent": (r"Tashkent", "Uzbekistan"),
    "Ulaanbaatar": (r"Ulaanbaatar|Ulan Bator", "Mongolia"),
    "Pavlodar": (r"Pavlodar", "Kazakhstan"),
    "Khartoum": (r"Khartoum", "Sudan"),
    "Port Sudan": (r"Port Sudan", "Sudan"),
    "Cairo": (r"Cairo", "Egypt"),
    "Caracas": (r"Caracas", "Venezuela"),
    "Bogota": (r"Bogot[aá]", "Colombia"),
    "Cucuta": (r"C[uú]cuta", "Colombia"),
    "Stepanakert": (r"Stepanakert|Khankendi", "Azerbaijan"),
    "Goris": (r"Goris", "Armenia"),
    "Kyiv": (r"Kyiv|Kiev", "Ukraine"),
    "Lviv": (r"Lviv|Lvov", "Ukraine"),
    "Przemysl": (r"Przemy[sś]l", "Poland"),
    "Warsaw": (r"Warsaw", "Poland"),
    "Chisinau": (r"Chi[sș]in[aă]u", "Moldova"),
    "Beirut": (r"Beirut", "Lebanon"),
    "Damascus": (r"Damascus", "Syria"),
}


class Mention(NamedTuple):
    """A place named in the text, with its character span; `role` says how it was named."""

    start: int
    end: int
    place: Place
    role: str = "name"  # "name" (Georgia), "adjective" (Georgian) or "demonym" (Georgians)


def _longest_first(alias: tuple[str, str]) -> int:
    group, pattern = alias
    return -len(f"(?P<{group}>{pattern})")  # the order the per-letter patterns had


def _build() -> tuple[re.Pattern, dict[str, tuple[Place, str]]]:
    entries: list[tuple[str, Place, str]] = []
    for name, (pattern, into, _out_of) in _CROSSINGS.items():
        entries.append((pattern, Place(name, "crossing", into), "name"))
    for name, (pattern, demonym, adjective) in _COUNTRIES.items():
        country = Place(name, "country", name)
        entries += [(pattern, country, "name"), (demonym, country, "demonym"), (adjective, country, "adjective")]
    for name, (pattern, country) in _CITIES.items():
        entries.append((pattern, Place(name, "city", country), "name"))
    by_letter: dict[str, list[tuple[str, str]]] = {}
    meaning: dict[str, tuple[Place, str]] = {}
    for pattern, place, role in entries:
        for alternative in alternatives(pattern):
            if not alternative[:1].isupper():
                raise ValueError(f"alias '{alternative}' of {place.name} must start with a capital letter")
            group = f"g{len(meaning)}"
            meaning[group] = (place, role)
            by_letter.setdefault(alternative[0], []).append((group, alternative))
    # One pattern for all aliases: it opens with the set of their capitals, so `re` looks only at
    # those; after the capital, only the aliases starting with it are tried, longest first.
    branches = "|".join(
        f"(?<={letter})(?:"
        + "|".join(f"(?P<{group}>{alias[1:]})" for group, alias in sorted(aliases, key=_longest_first))
        + ")"
        for letter, aliases in by_letter.items()
    )
    return re.compile(rf"[{''.join(sorted(by_letter))}](?<!\w.)(?:{branches})\b"), meaning


_ALIASES, _MEANING = _build()
CROSSING_EXIT_COUNTRY = {name: out_of for name, (_p, _into, out_of) in _CROSSINGS.items()}


def scan(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every place, nationality and national adjective in text[start:end], in text order."""
    end = len(text) if end is None else end
    meaning = _MEANING
    return [Mention(m.start(), m.end(), *meaning[m.lastgroup]) for m in _ALIASES.finditer(text, start, end)]


def find_places(text: str, offset: int = 0) -> list[Mention]:
    """Places named in `text` (not adjectives or nationalities), spans shifted by `offset`."""
    return [Mention(m.start + offset, m.end + offset, m.place) for m in scan(text) if m.role == "name"]


def count_demonyms(mentions: list[Mention]) -> dict[str, int]:
    """How often each country's people are named ("Russians"): the most named is the likely origin."""
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.role == "demonym":
            counts[mention.place.name] = counts.get(mention.place.name, 0) + 1
    return counts


def canonical_country(name: str) -> str | None:
    """The canonical country for a user-supplied name (e.g. --origin), or None if unknown."""
    name = name.strip()
    found = scan(name)
    if len(found) == 1 and found[0].role == "name" and found[0].place.kind == "country" and found[0].end == len(name):
        return found[0].place.name
    return None
