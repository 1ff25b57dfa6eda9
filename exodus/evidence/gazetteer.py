"""Place names as reports spell them, mapped to the one name the observation table uses.

Reports transliterate and translate freely ("Sakartvel" for Georgia, "Upper Lars" for
Verkhny Lars), so every alias is a regular expression that folds its variants.
"""

import re
from dataclasses import dataclass


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
        r"(?:Verkhn(?:y|i|ii|iy|iy|yi)|Upper|Nizhn(?:y|i|ii|iy|iy|yi)|Lower)\s+Lars|Kazbegi|Dariali?|Larsi",
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
    "St Petersburg": (r"(?:Saint|St\.?) Petersburg", "Russia"),
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


def _build() -> tuple[list[tuple[re.Pattern, Place]], dict[str, str], re.Pattern, dict[str, str], re.Pattern]:
    entries: list[tuple[re.Pattern, Place]] = []
    for name, (pattern, into, _out_of) in _CROSSINGS.items():
        entries.append((pattern, Place(name, "crossing", into)))
    for name, (pattern, _demonym, _adjective) in _COUNTRIES.items():
        entries.append((pattern, Place(name, "country", name)))
    for name, (pattern, country) in _CITIES.items():
        entries.append((pattern, Place(name, "city", country)))
    compiled = [(re.compile(rf"\b(?:{pattern})\b"), place) for pattern, place in entries]
    demonyms = {name: demonym for name, (_p, demonym, _a) in _COUNTRIES.items()}
    adjectives = {name: adjective for name, (_p, _d, adjective) in _COUNTRIES.items()}
    demonym_re = re.compile(r"\b(" + "|".join(f"(?P<d{i}>{d})" for i, d in enumerate(demonyms.values())) + r")\b")
    adjective_re = re.compile(r"\b(" + "|".join(f"(?P<a{i}>{a})" for i, a in enumerate(adjectives.values())) + r")\b")
    return compiled, demonyms, demonym_re, adjectives, adjective_re


_PLACE_PATTERNS, _DEMONYMS, _DEMONYM_RE, _ADJECTIVES, _ADJECTIVE_RE = _build()
_COUNTRY_NAMES = list(_COUNTRIES)
CROSSING_EXIT_COUNTRY = {name: out_of for name, (_p, _into, out_of) in _CROSSINGS.items()}


@dataclass(frozen=True)
class Mention:
    """A place named in the text, with its character span."""

    start: int
    end: int
    place: Place


def find_places(text: str, offset: int = 0) -> list[Mention]:
    """Every place named in `text`, longest match first where two overlap, in text order."""
    found: list[Mention] = []
    for pattern, place in _PLACE_PATTERNS:
        for match in pattern.finditer(text):
            found.append(Mention(match.start() + offset, match.end() + offset, place))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def find_adjective_countries(text: str, offset: int = 0) -> list[Mention]:
    """Countries named only by adjective ("the Finnish Border Guard"), in text order."""
    found = []
    for match in _ADJECTIVE_RE.finditer(text):
        index = int(next(key for key, value in match.groupdict().items() if value)[1:])
        name = _COUNTRY_NAMES[index]
        found.append(Mention(match.start() + offset, match.end() + offset, Place(name, "country", name)))
    return found


def count_demonyms(text: str) -> dict[str, int]:
    """How often each country's people are named ("Russians"): the most named is the likely origin."""
    counts: dict[str, int] = {}
    for match in _DEMONYM_RE.finditer(text):
        index = int(next(key for key, value in match.groupdict().items() if value)[1:])
        name = _COUNTRY_NAMES[index]
        counts[name] = counts.get(name, 0) + 1
    return counts


def canonical_country(name: str) -> str | None:
    """The canonical country for a user-supplied name (e.g. --origin), or None if unknown."""
    for pattern, place in _PLACE_PATTERNS:
        if place.kind == "country" and pattern.fullmatch(name.strip()):
            return place.name
    return None
