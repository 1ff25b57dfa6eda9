"""Figures about people moving, found by rules: a number, its unit, and the words around it.

A number becomes a figure when its unit and its clause say what was counted: kilometres
next to "queue" are a queue length, people next to "entered" are entries, people next to
"arrested" are arrests. Numbers that count something else (the dead, years of age,
percentages, money other than dollars, comparisons such as "1,691 more than") are skipped.
"""

import bisect
import calendar
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache, partial
from typing import Any, NamedTuple

from .document import DATED_ITEM, Document, paused_gc, table_row
from .patterns import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAY_NAME,
    by_first_letter,
    case_folded,
    holds_any,
    keyword_pattern,
    keywords,
    opening_characters,
    positions_of,
    words_needed,
)
from .gazetteer import (
    AIRPORT_CITIES,
    AREA_OR_SITE_AFTER,
    AIRPORTS,
    CAPITAL_CITIES,
    CROSSING_EXIT_COUNTRY,
    REGIONS,
    Mention,
    Place,
    airport_written_city,
    canonical_country,
    canonical_place,
    post_country,
    town_country,
    cities_as_crossings,
    count_demonyms,
    seat_entered,
    crossing_sides,
    facing_away,
    find_places,
    generation,
    named_crossings,
    opposite_twins,
    names_an_airport,
    scan,
    sole_crossing,
)
from . import parallel
from .when import (
    FIGURES_RUN_TO_BEFORE,
    NUMBER_WORDS,
    WEEKDAYS,
    Period,
    TimeMention,
    cased_capitals,
    compile_rules,
    event_day,
    filed_day,
    find_times,
)


@dataclass
class Figure:
    """One reported figure with everything needed to write it as an observation."""

    quantity: str
    value: float | None
    value_low: float | None
    value_high: float | None
    unit: str
    place: str
    direction: str
    period: Period
    reported_by: str
    start: int
    end: int
    quote: str
    qualifier: str
    source: str
    earlier_level: bool = False  # "up from 600 the week before": dated relative to another figure
    per_day: bool = False  # "1,700 a day": a daily rate over its period, not a total


_WORD_NUMBERS = NUMBER_WORDS | {"a": 1, "an": 1}
_MULTIPLIERS = {
    "billion": 1e9,
    "bn": 1e9,
    "thousand": 1e3,
    "thous": 1e3,
    "ths": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    # (branch evr392r) Indian numbering in words: "crossed 1.04 lakh", "nearly 3 lakh men", "40 lakhs" (rounds 281,
    # 309, 325, 330, 383, 390: read as 1.04, 3, 40 people)
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
_LOW_WORDS = [
    "at least",
    "more than",
    "over",
    "upwards of",
    "in excess of",
    "no fewer than",
    "not fewer than",  # (branch evr244q) "estimated at not fewer than nine thousand" (rounds 240, 242, 243)
    "not less than",
    "no less than",
    "a minimum of",
    "just over",
    "a little over",  # "it was a little over two hundred"
    "a little more than",
    "slightly over",
    "slightly more than",
    "above",
    "more of",  # machine-translated "más de", "mehr als"
    "more",  # (branch evr78b) machine-translated "более": "stay more 30 thousand persons"
]
_HIGH_WORDS = [
    "up to",
    "as many as",
    "as long as",
    "as much as",
    "at most",
    "does not exceed",  # "the waiting time does not exceed 4 hours" (translated)
    "do not exceed",
    # (branch evr504q) the past tense the same upper bound: "Waiting time at the post on 6 October did not exceed 3
    # hours" (rounds 505, 58, 63, 264)
    "did not exceed",
    "not exceeding",
    "no more than",
    "not more than",  # longer than "more than": read first, as an upper bound
    "fewer than",
    "less than",
    "just under",
    "a little under",
    "a little less than",
    "slightly under",
    "slightly less than",
    "under",
    "a maximum of",
    "below",
    "until",  # machine-translated "hasta", "até": "costs until 50 dollars"
]
_ABOUT_WORDS = [
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "approx.",
    "close to",
    "an estimated",
    "estimated",
    "some",
    "another",
    "a further",
]
_QUALIFIERS_LOW, _QUALIFIERS_HIGH, _QUALIFIERS_ABOUT = (
    "|".join(map(re.escape, words)) for words in (_LOW_WORDS, _HIGH_WORDS, _ABOUT_WORDS)
)

# "2m refugees", "1.2m of them": million only before people (a "500m queue" is metres)
_MILLION_OF = (
    r"\s+(?:[a-z]+\s+){0,2}?(?:people|persons|refugees|migrants|residents|citizens|nationals|travell?ers|visitors"
    r"|arrivals|[A-Z][a-z]+(?:ans|ians|ns|is|ese|s))\b|\s+of\s+(?:them|whom)\b"
)
_MULTIPLIER = r"(?:thousand|million|billion|mln|bn|thous|ths|lakhs?(?:\s+\d{1,2}\s+thousand)?|crores?)\b\.?"  # "thous." in translated reports
_THIN_SPACES = "\u00a0\u202f\u2009"  # "12 500" with a no-break or thin space between thousands
_NUM = (  # a decimal comma before a multiplier or a length or time unit: "2,5 thousand", "1,5 kilometres" (translated)
    rf"\d{{1,3}},\d{{1,2}}(?=\s*(?:{_MULTIPLIER}|km\b|kilomet|hours?\b))"
    # (branch evr284q) Indian grouping, lakhs in pairs of digits before the thousands: "1,67,000", "34,35,000" (rounds
    # 166, 170, 260, 271, 277, 278): no Western number has a group of two
    rf"|\d{{1,2}}(?:,\d\d)+,\d{{3}}(?![\d,]|\.\d)"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[{_THIN_SPACES}]\d{{3}})+"
    # "2 000 people" (translated French, Russian, Polish): thousands after a plain space, a word after the number, or
    # the sentence's end ("the number was 3 100."); (branch evr216q) or a comma, a semicolon or a bracket that closes a
    # clause ("entered 11 950, departed 10 310"; "(1 422)")
    # ((branch evr236q) or the line's end, a list's item by crossing point: "- Vaalimaa 25 310", "- Nuijamaa
    # (Brusnichnoye): 2 361" (rounds 214, 232))
    # ((branch evr348r) at a sentence's start after a word's full stop too, "... of Moldova. 156 481 persons have left"
    # (round 344; before, "156" and "481" were read as two counts): only a digit's full stop before it stops it)
    # ((branch evr448r) and after a day's dotted date, "on Thursday 22.9. 7 130 Russian citizens arrived", "On Monday
    # 26.9. 4 305 Russian citizens entered" (Finnish bulletins, rounds 292, 445; before, "7" and "130" were read as two))
    # ((branch evr464q) or a dash before another such number, a range's low end: "offered for 1 900 to 2 300 manats
    # ($1 120 - $1 350)" (round 463), "fares ... reached USD 1 300 - 1 500 on 22 and 23 September" (round 454), "the
    # queue is 1 200 - 1 500 cars" (round 416); before, the low end was read as its first digit)
    # ((branch evr496r) or a table's cell closing, "| Yekaterinburg - Dushanbe | 4 120 |", "<td>38 900</td>" (rounds
    # 494, 483: a table by route or airport; before, "4" and "120" were read as two counts and the row's figure missed))
    r"|(?<!\d )(?:(?<!\d\. )|(?<=\d\.\d\. )|(?<=\d\.\d\d\. ))(?<!\d)\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)"
    r"(?=\s+[^\W\d_]|[.,;)]|[ \t]*(?:\n|\Z|\|)|[ \t]?[-–][ \t]?(?:US\$|\$|USD[ \t]?)?\d{1,3} \d{3}(?!\d))"
    r"|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?"
)
# Numbers in words, up to "nine hundred and ninety-nine" before a multiplier: "twelve thousand",
# "three hundred thousand", "half a million", "a quarter of a million", "two and a half million".
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_BELOW_100 = rf"(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|{_UNIT_WORDS}"
_BEFORE_MULTIPLIER = r"(?=\s+(?:thousand|million|billion)\b)"
_ONE_UNIT = r"(?:(?:whole|full|entire)\s+)?(?:hour|day|week|kilomet(?:re|er)|km|mile)\b"  # "an hour", "a whole day"
_WORDNUM = (
    rf"(?:{_BELOW_100}|an?)\s+hundred(?:\s+(?:and\s+)?(?:{_BELOW_100}))?"
    rf"|(?:{_BELOW_100})[- ]and[- ](?:a[- ])?half(?!\s+an?\b)|half\s+an?{_BEFORE_MULTIPLIER}|a\s+quarter\s+of\s+an?{_BEFORE_MULTIPLIER}"
    rf"|an?{_BEFORE_MULTIPLIER}|{_BELOW_100}|an?(?=\s+{_ONE_UNIT})"
)
# where a number in words can start, for the scan that finds numbers
_WORDNUM_START = (
    rf"{_TENS_WORDS}|{_TEEN_WORDS}|{_UNIT_WORDS}|half(?=\s+an?\s+(?:thousand|million|billion)\b)"
    rf"|an?(?=\s+(?:thousand|million|billion|hundred|quarter)\b|\s+{_ONE_UNIT})"
)
_ONE = rf"(?:US\$\s?|\$|USD\s?)?(?:{_NUM}|\b(?:{_WORDNUM})\b)(?:\s*{_MULTIPLIER}(?:\s+(?:and\s+)?(?:\d{{1,3}}\b(?![,.]\d)(?:\s+hundred\b)?|(?:{_BELOW_100})\s+hundred\b(?:\s+(?:and\s+)?(?:{_BELOW_100})\b)?))?|(?<=\d)k\b|(?<=\d)m\b(?={_MILLION_OF}))?"
# (as a keyword pattern: at a digit, where most numbers start, it fails at once instead of trying each qualifier)
_QUAL = rf"(?P<qual>{keyword_pattern(f'{_QUALIFIERS_LOW}|{_QUALIFIERS_HIGH}|{_QUALIFIERS_ABOUT}', tail='')}\s+)?"
_NUMBER_FORMS = [
    re.compile(rf"{_QUAL}\bbetween\s+(?P<a>{_ONE})\s+and\s+(?P<b>{_ONE})", re.IGNORECASE),
    # "from 15 until 20 hours": "until" as "to" (a translation's word for a range)
    # ("from one day to one and half day", "from 10 hours to 14 hours": the time unit said after each end)
    re.compile(rf"{_QUAL}\bfrom\s+(?P<a>{_ONE})\s+(?:(?:hours?|days?)\s+)?(?:to|until|till)\s+(?P<b>{_ONE})", re.IGNORECASE),
    re.compile(rf"{_QUAL}(?P<a>{_ONE})\s*(?:-|–|—|\bto\b|\bor\b|\buntil\b|\btill\b)\s*(?P<b>{_ONE})", re.IGNORECASE),
    re.compile(rf"{_QUAL}(?P<a>{_ONE})", re.IGNORECASE),
]
_LOW_QUALIFIER, _HIGH_QUALIFIER, _ABOUT_QUALIFIER = map(re.compile, (_QUALIFIERS_LOW, _QUALIFIERS_HIGH, _QUALIFIERS_ABOUT))
_SAME_OR_SIMILAR = re.compile(r"the same|a similar", re.IGNORECASE)
_AT_BORDER = keywords(r"border|checkpoint|crossing")
# "had entered the country by air, land and sea": people counted into a country, never hotel guests
_ENTERED_THE_COUNTRY = keywords(r"entered\s+the\s+country|entered\s+(?-i:[A-Z])\w+")
# (branch evr412q) people told as come by air, "arrived in the city over the past week, most of them on flights from
# Moscow" (round 409): landed from abroad, entries even in a paragraph about hotel occupancy
_CAME_BY_AIR = keywords(r"on\s+(?:(?:direct|charter|scheduled|regular|extra)\s+)?flights\s+from|by\s+(?:air|plane)|flew\s+in")
_MILITARY_VEHICLES = re.compile(r"\s+(?:[a-z]+\s+)?vehicles\s+of\s+the\s+(?:[A-Z0-9][\w-]*\s+)*(?:Corps|[Aa]rmy|[Dd]ivision|[Bb]rigade|[Rr]egiment)\b")
_GOODS_VEHICLE = re.compile(r"trucks?|lorr", re.IGNORECASE)
_REMAIN = keywords(r"remain|stay", tail="")
# what a lead-in or a question says is counted: "Crossings from Lebanon into Syria, by day" counts people entering
# nouns that say what a list, a table or a question counts: arrivals and landings come in, returns,
# deportations and expulsions go out
_COUNT_NOUN = re.compile(
    r"\b(arrivals|entries|landings|departures|exits|returns|returnees|deportations|deportees|expulsions"
    r"|crossings(?=\s+(?:from|into|to|by|of|at)\b))\b",
    re.IGNORECASE,
)
_ENTRY_NOUNS = ("arrivals", "entries", "crossings", "newcomers", "landings")
_ANAPHOR = keywords(r"that|this|the same|a similar", tail=r"\s+(?:number|many|figure|amount)\b")

_YEAR_BEFORE = re.compile(  # (branch evr200q: "The year 2021 in the same period", "In the year 2019 the ...")
    # ((branch evr400r) and capitalised, opening a sentence: "Before 2015, the bridge registered an average of 25.000
    # crossings a day", "Before 1956, hardly anyone crossed here" (rounds 396, 347: read as entries of 2,015 and 1,956))
    r"(?:\b(?:[Ii]n|[Ss]ince|of|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Ff]or|[Dd]uring|[Tt]hrough|[Bb]etween|[Yy]ear)"  # ("forecast 3.2 million for 2023")
    rf"|(?:{MONTH_ABBREVIATIONS})[a-z]*\.?,?"
    r"|\b(?:1[6-9]|20)\d\d\s+(?:and|or|to)"  # ("between 2018 and 2019": the second year too)
    # (branch evr392r) a year after an owner's "'s" ("UNHCR's 2016 planning figure", "Aeroflot's 2021 load factor":
    # rounds 389 and nine texts of 26-387; a count so placed writes its comma, "Russia's 2,000") or after "followed" /
    # "preceded" ("the great wave that followed 1989", round 391)
    r"|(?<=\w)[’']s|\b(?:followed|preceded)"
    # ((branch evr436r) a quarter, a half or a fiscal year before it: "USD 633 million in Q4 2022, against USD 142 million
    # in Q4 2021", "to slow in H1 2023" (round 435: read as entries of 2,022 and 2,021), "in 3Q 2019", "FY 2021")
    r"|\b(?:Q[1-4]|H[12]|[1-4]Q|[12]H|FY)"
    # ((branch evr452r) a year something goes or dates back to: "The ban on bicycles goes back to 2016" (round 449,
    # read as entries of 2,016), "dates back to 1992", "as far back as 1958" (texts of 26-447); not "to 2,000" alone,
    # nor "fell back to 2000 a day")
    r"|\b(?:(?:go(?:es|ne|ing)?|went|reach(?:es|ed|ing)?)\s+back\s+to|far\s+back\s+as|early\s+as)"
    r"|\bdat(?:es|ed|ing)(?:\s+back)?\s+(?:from|to))\s+$"
)
# (branch evr476r) a sum of money handed to each person, after "allowance / payment / grant of", its currency's mark
# before it or its sum in dollars in brackets after the sum in the country's own: "Each refugee receives a cash
# allowance of DM 10 on arrival" (round 227, read as 10 entries), "an allowance of 350 NF is paid to every" (round
# 267, read as 350 exits), "will receive a one-time payment of 100 000 drams (about 250 US dollars) per person" (round
# 473, read as a fare of 250 dollars), bail, "RELEASED NEXT DAY ON PAYMENT OF 5,000 LEI EACH" (round 170, a cable in
# capitals, read as 5,000 arrests): no count, no fare
_PAID_SUM_BEFORE = re.compile(
    r"\b(?i:allowances?|payments?|grants?|stipends?)\s+(?i:of)\s+"
    r"(?:(?:[A-Z]{1,3}\$?|[$€£])\s?|[^()\n]{1,40}\((?:(?:about|approximately|approx\.|around|some|roughly|ca\.)\s+)?(?:US\s?\$|\$|USD\s?)?)?$"
)
# (branch evr476r) soldiers or police sent to reinforce a place, in a sentence that says so: "A further 60 men of the
# National Public Security Force and 120 military of the Army arrived in Pacaraima yesterday to reinforce security"
# (round 473, both read as entries), "the British are flying in reinforcements: a battalion of about six hundred
# paratroops landed at Nicosia this week, bringing the truce force to some twenty-seven hundred men" (round 180, both
# read as entries): no people crossing
_SECURITY_MEN_AFTER = re.compile(
    r"\s+(?:(?:more|extra|additional|further|federal|armed|[A-Z][\w-]*)\s+){0,2}"
    r"(?:soldiers|troops|paratroop(?:er)?s|military|policemen|police\s+officers|gendarmes|servicemen|marines"
    r"|men\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,4}(?:Force|Army|Police|Guard|Gendarmerie)s?)\b"
)
_FORCE_BROUGHT_TO_BEFORE = re.compile(r"\bforces?\s+to\s+(?:(?:some|about|around|nearly|almost)\s+)?$")
# (branch evr476r) a count of applications told as "the number of ... applications is": "On Monday, 1 116 persons
# submitted an application for recognition as a person entitled to temporary protection ... Since Thursday, the number
# of such applications is 2 804" (round 402; "Since 24 February, the number of such applications is 5 311", round 421:
# both read as entries): papers filed, no crossing (the labels: "applications for temporary protection, asylum: no
# crossing")
_NUMBER_OF_APPLICATIONS_BEFORE = re.compile(
    r"(?i)\bnumber\s+of\s+(?:[a-z-]+\s+){0,3}?applications\b(?:\s+[a-z]+){0,4}?\s+(?:is|was|has\s+reached|reached|stands\s+at"
    r"|stood\s+at|rose\s+to|has\s+risen\s+to|totals|totalled|came\s+to|made)\s+(?:(?:some|about|around|over|nearly|more\s+than)\s+)?$"
)
# (branch evr436r) a year that names a forecast or an estimate, after "our / the / its": "We raise our 2023 real GDP growth
# forecast for Georgia", "Our 2022 growth estimate stands at 10.1%" (round 435, a bank's note)
_DETERMINER_BEFORE_YEAR = re.compile(r"\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+$")
_FORECAST_AFTER_YEAR = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,3}?(?:forecasts?|estimates?|outlook|projections?|budget)\b")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_ABBREVIATIONS})[a-z]*\.?\s+$")
# a bulletin's window named by its days or its week number: "October 3 to 9" (the 9), "week 40", "Week 40"
_DAY_OR_WEEK_ENDS = ("-", "–", " to ", " and ", " through ", " till ", " until ", "eek ")  # (a cheap gate before it)
_DAY_OR_WEEK_LABEL = re.compile(
    # (a dash only glued to both days: "May 2 - Another 19" is a dateline, then a count)
    rf"\b(?:{MONTH_ABBREVIATIONS})[a-z]*\.?\s+\d{{1,2}}(?:\s+(?:to|and|through|till|until)\s+|[-–])$"
    r"|(?:\b(?i:in|of|during|for)\s+week|\bWeek)\s+$"  # (not "last week 40 people crossed")
)
_PERSON_NOUNS = (
    r"people|persons?|men|women|children|citizens|nationals|travell?ers|passengers|refugees|migrants"
    r"|asylum[- ]seekers|protesters|demonstrators|individuals|volunteers|reservists|soldiers|troops|recruits"
    r"|conscripts|tourists|foreigners|guests|arrivals|newcomers|returnees|deportees|entries|departures|exits|visitors"
    r"|evacuees|residents"
    r"|families|[A-Z][a-z]+(?:ans|ians|ns|is|ese|s)"
)
# A report that writes thousands with dots (translated Spanish, German, Italian, ...): "547.000", or
# "4.200 Venezuelans" (a count of people is never a fraction); "are 88.000, against" too (a comma
# before a space ends a clause; before a digit, "1.000,5", it is a decimal comma).
# (written to start with a digit, so that a search skips to digits instead of trying every character)
_WRITES_DOTTED_THOUSANDS = re.compile(
    rf"\d(?<![\d.,]\d)\d{{0,2}}(?:(?:\.\d{{3}}){{2,}}(?![\d.]|,\d)|\.000(?![\d.]|,\d)"
    rf"|\.\d{{3}}\s+(?:[A-Za-z]+\s+){{0,2}}?(?:{_PERSON_NOUNS})\b"  # "3.500 Venezuelan citizens"
    # ((branch evr508r) or vehicles, which are never a fraction either: "about 1.240 cars were queued before Kyzylzhar"
    # (round 508), "the traffic police counted 1.240 vehicles in the line" (round 510), both read as 1.2 vehicles)
    r"|\.\d{3}\s+(?:cars|vehicles|trucks|lorries|buses|automobiles)\b)"
)
# money in other currencies than the dollar and the rouble (a fare in them has no dollar figure), and staff
_OTHER_UNITS = (  # ("5,000 CFA francs": the currency's name in capitals too)
    r"employees|staff|aircraft|airliners|planes|jets|helicopters|(?:[A-Z][A-Za-z]+\s+){0,2}?(?:rupees|tugriks?|tenge|lari|drams|hryvni?as|lira|liras|lei|pesos|soles|francs"
    r"|shillings|afghanis|rials|riyals|dinars|naira|birr|kyats?|taka|yuan|rand|shekels|soums|gourdes|forints|zlotys?|manats?|kwacha|somoni"  # "Sri Lankan rupees"
    # (branch evr208q) and more a fare or an allowance is told in: "asking 60,000 rupiah", "drivers ask 2,000 som",
    # "the bus costs 60 reais", "an allowance of 1,000 escudos", "100 marks of welcome money"
    # ((branch evr404r) and Korea's: "A one-way ticket ..., which cost around 300,000 won before" (round 400, and four
    # texts more of Korean fares and wages))
    r"|won|rupiahs?|soms?|reais|kip|escudos|marks|pesetas|guilders|drachmas?|leones?|kwanzas?|c[oó]rdobas|lempiras|baht|cedis|ringgit"
    # (branch evr248q) "about 30 Reichsmarks per person" (round 244, and 205's "500 Reichsmarks"), and a currency's code
    # after the sum: "Cost of room in Stepantsminda is reaching 150-200 GEL" (round 246; "690 GEL", "45,000 AMD" and
    # "650,000 MNT" in other rounds' texts)
    # (branch evr328r) and Austria's own, spelt with its "sch" (round 327, and texts of 55, 165, 267, 280, 313, 318:
    # "every arriving citizen receives 500 schillings", "A bed in the inns is paid at 25 Schilling a night")
    r"|[Ss]chillings?"
    # (branch evr484r) and the Nordic crowns: "a taxi from Murmansk to the border now costs around 15 000 roubles,
    # about 2 600 kroner" (round 481, read as 2,600 people), "Rooms at the Thon cost 1,490 kroner a night" (round 251),
    # "up from 900 kroner in August" (round 345, read as a fare of 900 dollars; 14 texts of 26-483 tell a sum in
    # kroner or kronor)
    r"|kroner|kronor|kronur|kronas?|krone"
    r"|Reichsmarks|reichsmarks|Deutschmarks|deutschmarks|GEL|KZT|AMD|UAH|KRW|KGS|UZS|MNT|AZN|BYN|CZK|HUF|PLN|NOK|SEK|DKK|CHF|CNY|RMB|INR|RUB)"
    r"|(?!US\s)(?:[A-Z][A-Za-z]+\s+){1,2}dollars"  # (branch evr87b) "3.6 million old Taiwan dollars": a dollar of its own
)
# goods handed out or paid, and their weights
_GOODS = (
    r"bottles|portions|rations|parcels|packages|blankets|mattresses|loaves|sandwiches|taels|ounces|grams|kilograms|kilos|kg"
    r"|rifles|firearms|pistols|guns|weapons"  # "430 rifles have been handed in": arms surrendered at the border
    r"|wagons|railcars|containers"  # (branch evr84b) "25,000 freight wagons a month cross the border": goods by rail
    # (branch evr340r) goods counted by what holds them: "brought 200 portions of hot food and 15 boxes of water", "Some
    # 2,000 bags of rice were sent", "800 sacks of flour", "2,000 wooden crates" (rounds 107, 140, 166, 174, 253, 337): no people
    r"|boxes|bags|sacks|crates|cartons"
    # (branch evr428r) bicycles and scooters left or sold at a post: "some 40 bicycles were left on the Norwegian side last
    # week alone" (round 426, read as 40 departures; "214 bicycles parked or abandoned on our side", "sold 60 bicycles on
    # Saturday", "200 bicycles and scooters had been left" in texts of 26-423): things, no people
    r"|bicycles|bikes|scooters"
    # (branch evr408r) the readers of a channel or a page, and names on a petition: "our channel has grown from 900 to
    # 21 000 subscribers" (round 406, and some 20 texts of earlier rounds: "48 200 subscribers", "8,000 views", "40,000
    # signatures"): no people crossing
    r"|subscribers|signatures|views"
    # (branch evr432r) relief items handed out, counted by the piece: "12 trucks carrying 1,800 plastic sheets, 3,600
    # blankets and 900 kitchen sets left the warehouse" (round 431, read as 900 exits; "1,500 tarpaulins", "2 500
    # jerrycans", "5 000 mosquito nets", "3,200 mats", "2,200 cooking pots" in some 20 texts of earlier rounds): no people
    r"|sheets|sheeting|tarpaulins|tarps|sets|jerr[iy]cans|jerry\s+cans|nets|mats|buckets|pots|stoves|lanterns"
)
_UNIT_AFTER = re.compile(
    # no place word between: "11,500 at our checkpoints" counts people at them, not checkpoints; nor "in" or "by":
    # "4 thousand in automobiles" counts people travelling in them (nor "on": "470 arrived on flights", branch evr83b)
    r"\s*-?\s*(?P<adj>(?:[a-z][\w’'-]*\s+(?:and|or)\s+)?(?:(?!(?:at|through|via|across|from|in|by|on|aboard)\s)[a-z][\w’'-]*\s+){0,2}?)(?P<unit>"
    + by_first_letter(  # (tried after each of none, one and two words: a flat alternation took half the match's time)
    r"kilomet(?:re|er)s?|kms?|met(?:re|er)s|miles?|mi|hours?|hrs?|days?|weeks?|minutes?|mins?"
    r"|cars?|automobiles?|vehicles?|trucks?|lorr(?:y|ies)|bus(?:es)?|coaches|vans?|motorcycles?|taxis|minibus(?:es)?|minivans?"  # "automobiles": translated
    r"|carts|ox-?carts"  # (branch evr208q) "a line of some 400 carts, farm wagons and motor-cars", "600 bullock carts": a queue on an older road
    r"|(?:auto-?)?transport\s+means"  # "250 of auto-transport means" (translated)
    r"|%|per ?cent|(?:US\s+|U\.S\.\s+)?dollars?|USD|euros?|EUR|pounds|rubles|roubles|year-olds?|-?years?(?:-old)?|rooms|beds|places|spaces|bunks|cots|times"
    r"|o[’']clock|nation|bloc|regions|countries|nationalities|cities|towns|villages|provinces|districts|oblasts|seats|flights|checkpoints|crossings|points|posts|stations|camps|sites|centres|centers|shelters"
    r"|visas|passports"
    rf"|{MONTHS}"  # a day (see _unit_of)
    r"|attempts|bids|tries|applications|claims|meals|tonnes?|tons?|degrees|tents|prisoners|inmates|police(?:men)?|officers|guards|personnel"
    r"|nurses|doctors|medics|paramedics|(?:°\s*|(?<=\d)|(?<=\d\s))[CF]"  # "a team of 6 nurses", "fell to -2C", "reached 38 C"
    r"|volunteers|rescuers|craft"  # (branch evr232q) "mobilised 1,400 volunteers", "from a freighter and 11 smaller craft"
    r"|ships|steamers|freighters|trawlers|ferries|cutters|liners|sailboats"  # (branch evr372r) "11 ships had arrived"
    # (branch evr444r) trains counted, and homes or beds counted by the unit or the flat: "14 trains from Lviv arrived at
    # Przemysl" (round 441, read as 14 entries; "5 trains from Kovel arrived in Chelm", "7 free trains from Zahony" in
    # some 15 texts of 26-439), "a survey of 386 accommodation units", "one-bedroom flats offered for rent rose to 5,900"
    # (round 440 and 442; "4,800 flats", "500 housing units" in earlier texts): no people (units of lodging only: a
    # translation's "1 300 units of automobile transport" are vehicles in a queue)
    r"|trains|flats|(?<=accommodation\s)units|(?<=housing\s)units|(?<=residential\s)units|(?<=dwelling\s)units"
    r"|sorties|airstrikes|air\s+strikes|air\s+raids"  # (branch evr380r) "NATO aircraft flew more than 500 sorties": flights of war
    r"|boats?(?!\s+people\b)|vessels?|dinghies|rafts|canoes|cases|doses|vaccinations|consultations|kits|litres|liters"  # ("boat people": people)
    r"|feet|foot|ft|inches|acres|hectares"
    r"|hotels|hostels|guesthouses|houses|homes|buildings|schools|mosques|churches|apartments|villas|dormitories"
    # (branch evr456r) offices and missions counted: "We are working ... with 14 offices across Russia" (round 454, read as
    # 14 entries; "a Moscow agency with 12 offices", round 162, read as other 12): no people
    r"|offices|branches|consulates|embassies"
    # (branch evr520r) a post's lanes and the ambulances laid on: "on 12 lanes for the entering" (round 218), "All 12
    # lanes in the direction of exit are open" (496), "has placed 2 ambulances and 40 volunteers" (521), "has deployed
    # 35 ambulances" (510): no people (see `_NOT_COUNTED`)
    r"|lanes|ambulances"
    rf"|appeals|calls|complaints|enquiries|inquiries|petitions|messages|requests|{_GOODS}"
    rf"|{_OTHER_UNITS}|{_PERSON_NOUNS}"
    ) + r")\b"
)
# (branch evr520r) a day of a month of the Iranian (solar Hijri) calendar, which the time reading does not know: "Since
# Tuesday, 26 Mordad, 326 Iranian nationals ... have come back" (round 523, read as 26 entries), "since 24 Mordad, 2.315
# Afghan nationals", "Since Tuesday, 26 Mordad, 214 Iranian nationals" (round 492, read as 24 and 26 entries): no count
_SOLAR_HIJRI_MONTH_AFTER = re.compile(
    r"\s+(?:Farvardin|Ordibehesht|Khordad|Tir|A?[Mm]ordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand|Isfand)\b"
)
# (branch evr520r) a post's lanes told in two parts, the second with its word left out: "The Georgian side of the crossing
# has 6 lanes for cars and 2 for buses" (round 522), "we work on 5 lanes for cars and 2 for pedestrians" (round 508),
# both read as 2 vehicles in a queue (the first part is a unit of its own, `_UNIT_AFTER`): no people, no queue
_LANES_THEN_ANOTHER_BEFORE = re.compile(r"\blanes\s+for\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+$")
_FOR_AFTER = re.compile(r"\s+for\s+[a-z]")
# (branch evr520r) the people a survey or a monitor interviewed: "Between 1 and 30 November 2022 we interviewed 1 214
# adults who came to Armenia" (round 475, read as 1,214 entries), "made 6 monitoring visits ... and interviewed 212
# persons shortly after they had crossed" (round 522, read as 212 entries): a sample asked, no count of a crossing
_INTERVIEWED_BEFORE = re.compile(
    r"\b(?i:interviewed)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|a\s+total\s+of)\s+)?$"
)
_SOLAR_HIJRI_MONTH_BEFORE = re.compile(
    r"\b(?:Farvardin|Ordibehesht|Khordad|Tir|A?[Mm]ordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand|Isfand),?\s+$"
)
_MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split()
)
_CROSSINGS_OF_PEOPLE = re.compile(r"\s+(?:into|from|to|by|at|through|via)\b")
_COUNTED_JUST_BEFORE = re.compile(r"\b(?:counted|recorded|registered|logged)\s+$")  # "counted 9,800 crossings on Sunday"
_METRES_ATTACHED = re.compile(r"m\b")
# (branch evr408r) a length or a size written as one word before its noun, the unit singular after a hyphen: "over the
# 113-metre bridge across the Beilun River", "a 40-metre steel freighter", "the 3,660-meter tunnel", "a 2,500-metre
# pass", "a 6-foot fence" (round 405, and some 30 texts of earlier rounds): the size of a thing, no count
_MEASURE_ADJECTIVE = re.compile(r"-(?:met(?:re|er)|foot|feet|yard|inch|centimet(?:re|er)|millimet(?:re|er))(?![\w-]*s\b)\b")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|this|that|these|those|each|every|next|last|previous|same)\b")
# "on Thursday, a day after officials said", "two days before the vote": a point in time, not a duration ...
_TIME_POINT_AFTER = re.compile(r"\s+(?:after|before|earlier|later|ago)\b")
# ... unless the time is spent: "waited two days before crossing", "for a day after the decree"
# ((branch evr204q) "spent at least 40 hours in that line": the line named before)
_IN_THE_LINE_AFTER = re.compile(r"\s+(?:\w+\s+)?in\s+(?:it|(?:the|that|this)\s+(?:line|queue|jam|tailback))\b")
_IN_THE_TERMINAL_AFTER = re.compile(r"\s+(?:\w+\s+)?in\s+the\s+(?:(?:sea|ferry|bus|departure|passenger)\s+)?(?:terminal|departure\s+hall)\b")
_BY_THE_CROSSING_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:at|on|by|near)\s+(?:the\s+)?(?:approach(?:es)?\s+to\s+the\s+)?(?:\w+\s+)?"
    r"(?:bridge|border|crossing|checkpoint|gate|barrier|frontier"
    # (branch evr220q) and at its desks: "spent up to three hours at passport control", "spent up to four hours at the
    # immigration desk", "spent five hours at customs"
    r"|(?<=passport\s)control|customs|immigration(?:\s+(?:desk|counter|booth|hall))?)\b"
)
_HOURS_AT = re.compile(r"\s+(?:\w+\s+)?at\s+(?:the\s+)?")  # "spent 20 hours at (the) <crossing>"
# (branch evr85b) a duration joined to the noun it measures: "a 21-day lockdown", "a 14-day quarantine" ("a 20-hour wait" is one)
_LENGTH_OF_A_THING_AFTER = re.compile(r"-(?:day|hour|week|month)s?\s+(?!wait|queue|delay|standstill|hold-?up)[a-z]")
# (branch evr244q) people who registered an address or a place of stay: a stock of people staying, not a movement
# ("Some 1,500 Russians registered at addresses in the capital last week", "3,200 Russians registered a temporary
# residence address with the police", "9,400 Russians have registered their place of stay", "registered in the place
# of stay 31 400 foreign citizens": rounds 92, 211, 228, 238, 239, 243, labelled no figure; not "arrived and were put on
# registration at the place of stay", which the labels of rounds 177 and 181 count as arrivals)
_REGISTERED_ADDRESS = re.compile(
    r"\bregistered\s+(?:[\w’',-]+\s+){0,6}?(?:(?:at|in)\s+)?(?:(?:the|their|a|an|his|her)\s+)?(?:temporary\s+)?(?:residence\s+)?"
    r"(?:addresses|address|place\s+of\s+(?:temporary\s+)?(?:stay|residence))\b"
    # ((branch evr332r) the residence itself: "2,140 Russian citizens registered temporary residence in the two weeks"
    # (round 329), the same stock said without "address")
    r"|\bregistered\s+(?:for\s+)?(?:(?:a|their|his|her)\s+)?(?:temporary|permanent)\s+residence\b"
    # ((branch evr356r) "2,380 Russian citizens had registered their residence with the police" (round 352): the same
    # stock, the residence their own with no "temporary")
    r"|\bregistered\s+(?:their|his|her)\s+(?:place\s+of\s+)?residence\b",
    re.IGNORECASE,
)
_ARRIVED_IN_SENTENCE = re.compile(r"\barriv\w*|\bentered\b|\bcrossed\b", re.IGNORECASE)


def _registered_address(text: str, sentence: tuple[int, int], number: "_Number") -> bool:
    """The number is the count of people who registered an address or a place of stay, in a sentence that tells no
    crossing (branch evr244q)."""
    for match in _REGISTERED_ADDRESS.finditer(text, max(sentence[0], number.start - 120), min(sentence[1], number.end + 80)):
        if match.start() - 120 <= number.start and number.end <= match.end() + 40:
            return not _ARRIVED_IN_SENTENCE.search(text, *sentence)
    return False


# (branch evr244q) an aircraft's type before its number (rounds 175, 191, 243)
_AIRCRAFT_BEFORE = (  # (`str.endswith`, no search: tried at every number)
    "Boeing ", "DC-", "MD-", "Tu-", "Il-", "An-", "Embraer ", "Fokker ", "ATR ",
)
# (branch evr244q) kept, held or spent before the hours, and after them "before" people were let on board or seen to
_KEPT_BEFORE = re.compile(r"\b(?:kept|held|spent|spend|spending)\b[^.;:!?]{0,40}$", re.IGNORECASE)
_BEFORE_LET_ON = re.compile(
    r"[^.;!?]{0,100}?\bbefore\s+(?:being|boarding|embark\w*|sailing|going\s+(?:on\s+)?(?:board|aboard)"
    r"|(?:they|we)\s+(?:could|were|was|would)\s+(?:be\s+)?(?:put|taken|allowed|let|landed|admitted)"
    # ((branch evr260q) "had been kept two days on the beach at Chemulpo ... before they were able to embark" (round
    # 257), "had been kept four days at the Nepalese chokee there before they were suffered to go on" (254), "had been
    # kept two days in the sheds of the Russian station before the gendarmes would pass their papers" (252): let on
    # at last, or let through by those who held them)
    r"|(?:they|we|he|she)\s+(?:were|was)\s+(?:able|suffered|permitted)\s+to"
    r"|the\s+(?:[\w-]+\s+){0,2}?(?:gendarmes|guards|police|officers|officials|authorities|soldiers)\s+(?:would|could|did|let|passed|cleared|allowed|opened))\b",
    re.IGNORECASE,
)
_SPENT_BEFORE = re.compile(r"\b(?:for|wait\w*|spen[dt]\w*|took|tak\w+|last\w*|up\s+to|as\s+long\s+as)\s+(?:\w+\s+)?$")
# a wait verb a few words before the hours, in the same sentence ("had waited on the quay up to 40 hours before")
_WAITED_JUST_BEFORE = re.compile(
    r"\b(?:waited|waiting|queued|queuing|queueing|stood|standing|stuck|stranded)\b(?:\s+[\w’'-]+){0,4}\s+(?:[\w’'-]+\s+)?$",
    re.IGNORECASE,
)
_REMAINED_UP_TO = re.compile(
    r"(?<!\bcan\s)(?<!\bmay\s)(?<!\bto\s)(?<!could\s)(?<!might\s)(?<!\bwill\s)\bremain(?:s|ed)?\b(?:\s+[\w’'-]+){0,5}?"
    r"\s+(?:for\s+)?(?P<upto>(?:up\s+to|as\s+long\s+as)\s+)?$",
    re.IGNORECASE,
)
# (branch evr252q) "The Russian community here, which numbers some 120,000 souls", "The Jewish community of
# Tripolitania numbered about 30,000 before the emigration began" (rounds 210, 250): how many live there, a stock
# ((branch evr260q) and a town's people: "The inhabitants of São Borja, who number about 1,800 souls, had for the most
# part fled" (round 256), as "which has some 12,000 residents" (`_RESIDENTS_AFTER`))
_COMMUNITY_NUMBERS_BEFORE = re.compile(
    r"\b(?:community|colony|population|diaspora|inhabitants|residents)\b(?:\s+[\w’'-]+){0,5}?,?\s+(?:(?:which|that|who)\s+)?(?:now\s+|then\s+)?"
    r"number(?:s|ed)?\s+(?:(?:some|about|around|nearly|over|more\s+than|perhaps|roughly|approximately|close\s+to)\s+)?$",
    re.IGNORECASE,
)
_NOT_COUNTED = re.compile(  # units of numbers that count no people moving: percentages, money, ages, things, forces
    r"%|per ?cent|euros?|EUR|pounds|rubles|roubles|year-olds?|-?years?(?:-old)?|rooms|beds|times|o[’']clock|nation|bloc"
    r"|places|spaces|bunks|cots"  # "prepared 4 thousand 500 places in hostels": room for people, a capacity
    r"|police(?:men)?|officers|guards|personnel|nurses|doctors|medics|paramedics"  # staff sent to help, no people moving
    r"|volunteers|rescuers"  # (branch evr232q) "The Red Cross has mobilised 1,400 volunteers" (rounds 117, 228)
    r"|°?\s*[CF]"  # "temperatures fell to -2C": a temperature
    r"|regions|countries|nationalities|cities|towns|villages|provinces|districts|oblasts|seats|flights|checkpoints|crossings|points|posts"
    r"|stations|visas|passports"  # "has 12 stations on the border", "the ban covers 70,000 tourist visas": no people
    r"|camps|sites|centres|centers|shelters|attempts|bids|tries|applications|claims|meals|tonnes?|tons?|tents|prisoners|inmates"
    r"|degrees"  # "Temperatures in the camp reached 45 degrees"
    r"|feet|foot|ft|inches|acres|hectares"  # "The passes are about 6,500 feet high": a height, an area
    # (branch evr416r) buildings counted, a town's hotels or the schools that house people: "Uralsk, a city of about
    # 330 000 people, has some 40 hotels" (round 412, and "all 11 hotels", "in 26 schools", "40 guesthouses" in some 40
    # texts of earlier rounds): no people
    r"|hotels|hostels|guesthouses|houses|homes|buildings|schools|mosques|churches|apartments|villas|dormitories"
    # (branch evr456r) offices and missions counted: "We are working ... with 14 offices across Russia" (round 454, read as
    # 14 entries; "a Moscow agency with 12 offices", round 162, read as other 12): no people
    r"|offices|branches|consulates|embassies"
    r"|lanes|ambulances"  # (branch evr520r) "on 12 lanes for the entering", "placed 2 ambulances" (rounds 218, 496, 510, 521)
    r"|ships|steamers|freighters|trawlers|ferries|cutters|liners|sailboats"  # (branch evr372r) "11 ships had arrived since the weekend"
    # (branch evr444r) "14 trains from Lviv arrived", "a survey of 386 accommodation units" (`_UNIT_AFTER` gives "units"
    # after a lodging word only; "the number of units ..." before a count is voided too)
    r"|trains|units|flats"
    # (branch evr512r) households counted: "25 400 individuals in 6 870 households had been registered" (round 512),
    # "UNHCR has registered 3,200 families in Chaman" (round 497), "Some 1,200 families, or roughly 6,000 people, arrived"
    # (round 404, its label: "a count of households, no figure"), as every label on families or households reads them
    r"|households|families"
    r"|sorties|airstrikes|air\s+strikes|air\s+raids"  # (branch evr380r) "flew more than 500 sorties" (rounds 15, 77, 351, 376)
    r"|boats?|vessels?|dinghies|rafts|canoes|craft"  # "with 31 boats": the craft, not the people on them ((branch evr232q) "and 11 smaller craft")
    r"|cases|doses|vaccinations|consultations|kits|litres|liters"  # "2,000 cases of cholera": no people moving
    r"|appeals|calls|complaints|enquiries|inquiries|petitions|messages|requests"  # "came 3 thousand appeals" (to a hotline)
    rf"|{_GOODS}"  # "handed out 3 thous. bottles of water", "between 8 and 12 taels of gold"
    rf"|{_OTHER_UNITS}"  # "paid boatmen between 50,000 and 100,000 rupees", "40 employees of the police"
)
# "1,700 a day", "4,000 more are arriving every day", "2.500 daily" (not "a day earlier")
_PER_DAY = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,5}?(?:(?:a|per|each)\s+day\b(?!\s+(?:earlier|before|later|after|ago)\b)|daily\b|every\s+day\b)",
    re.IGNORECASE,
)
_PER_DAY_NEEDS = words_needed(_PER_DAY)
_RATE = re.compile(r"\s+(?:a|per|each)\s+(?:day|week|hour)\b", re.IGNORECASE)
_RATE_OPENS = opening_characters(_RATE)
_VEHICLE_BEFORE = keywords(r"cars|automobiles|vehicles|trucks|lorries|buses", tail=r"\b[^.\d]{0,40}$")
# "the line of vehicles waiting for the Upper Lars checkpoint has shrunk to about 3,500": a queue of vehicles named
# as the subject counts them further on
# (branch evr240q) people counted in a paragraph: "entered 3 115 persons", "5 318 travellers", "100,000 people and"
_PEOPLE_COUNTED = re.compile(
    r"\d(?:[\d,.]|\s(?=\d{3}\b))*\s+(?:(?:[A-Z][a-z]+|more|other)\s+)?(?:persons|people|citizens|travell?ers|passengers|refugees)\b"
)
_VEHICLE_LINE_BEFORE = keywords(
    r"(?:line|queue|column|tailback)\s+of\s+(?:cars|automobiles|vehicles|trucks|lorries|buses)", tail=r"\b[^.\d]{0,70}$"
)
# (branch evr428r) the vehicles counted at one place, then the numbers at others with the noun and verb left out: "1 450
# cars were queuing on the Russian side at Kairak, 820 at Zhaisan and around 600 at Syrym" (round 427; the bare numbers
# were read as nothing, the noun more than 40 characters back or a number between): each a count of the same vehicles
_LIST_QUALIFIER = r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|up\s+to|another|a\s+further)\s+)?"
_VEHICLE_LIST_BEFORE = re.compile(
    r"\d\s+(?:[\w’'-]+\s+){0,2}?(?:cars|automobiles|vehicles|trucks|lorries|buses)\b[^.;:!?\d]{0,80}?\s(?:at|in)\s[^.;:!?\d]{1,60}?"
    r"(?:(?:,\s*|,?\s+and\s+)" + _LIST_QUALIFIER + r"\d[\d,. ]*\s+(?:at|in)\s+[^.;:!?\d,]{1,50}?)*"
    r"(?:,\s*|,?\s+and\s+)" + _LIST_QUALIFIER + r"$"
)
_AT_A_PLACE_AFTER = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])")
# "- Cars waiting at the Mashtakovo checkpoint on Monday evening: about 2,000": a list item's label says what it counts
_VEHICLE_LABEL = re.compile(r"\s*(?:[-•*–]\s*)?(?:cars|vehicles|trucks|lorries|buses)\b[^:\n]{0,80}:\s*$", re.IGNORECASE)

_UNIT_CLASS = [
    (re.compile(r"kilomet|kms?$"), "km", 1.0),
    (re.compile(r"miles?$|mi$"), "km", 1.609344),
    (re.compile(r"met(?:re|er)s$"), "km", 0.001),
    (re.compile(r"hours?$|hrs?$"), "hours", 1.0),
    (re.compile(r"days?$"), "hours", 24.0),
    (re.compile(r"weeks?$"), "hours", 168.0),  # "waited for up to a week"
    (re.compile(r"minutes?$|mins?$"), "hours", 1 / 60),
    (re.compile(r"cars?$|automobiles?$|vehicles?$|trucks?$|lorr|bus|coaches|vans?$|motorcycles?$|(?:auto-?)?transport\s+means$"
                r"|taxis$|minibus|minivans?$|(?:ox-?)?carts$"), "vehicles", 1.0),  # "some 80 bush taxis, minibuses and lorries"
    (re.compile(r"(?:US\s+|U\.S\.\s+)?dollars?|USD"), "USD", 1.0),  # "30 US dollars", "135 dollar" (translated)
]
# the classes as one pattern: the first that matches is the group that matched (one match per unit word)
_ANY_UNIT_CLASS = re.compile("|".join(f"(?P<c{i}>{pattern.pattern})" for i, (pattern, _unit, _f) in enumerate(_UNIT_CLASS)))

# ((branch evr424r) and "drowned": "UNHCR has received reports that at least 70 people have drowned since mid-December"
# (round 422; some 38 texts of 26-423 say it; LABELLING.md: deaths are no figure))
# ((branch evr428r) and the verb's "-ing" form after the event: "Shells ... landed in Goma on Sunday, killing at least 40
# people" (round 425, read as 40 entries; not "Since the killing of the governor": the event; "capsized on Monday, killing at least 12 people", "accused of killing at least
# 30 people", "opened fire ..., killing at least 20" in texts of 26-423))
_CASUALTY_WORDS = (
    r"killed|injured|wounded|dead|died|deaths?|casualt\w*|missing|drowned|drownings?|(?:killing|wounding|injuring)(?!\s+of\b)"
    # ((branch evr440r) the dead told by their bodies, or washed up: "The bodies of 26 women and children have washed
    # ashore near ..." (round 439, read as 26 entries), "recovered the bodies of 6 migrants on the trail", "the bodies of
    # 46 persons have been recovered from the river" (texts of 26-435); "bodies of" only before a number or "the"
    # ("the bodies of UNHCR": an agency), "corpses" as they stand)
    r"|bodies\s+of(?=\s+(?:(?:some|about|at\s+least|another|a\s+further|the|these|those)\s+)?\d)|corpses|washed\s+(?:ashore|up)"
)
_CASUALTY = keywords(_CASUALTY_WORDS)
_ARREST_WORDS = r"arrest\w*|detain\w*|detention\w*|rounded up|apprehen\w*|(?:were|was|been|being)\s+caught"
_ARREST = keywords(_ARREST_WORDS)
# (branch evr85b) "took" and "into": "a minibus firm took 416 passengers into Poland"
# ((branch evr416r) and the verb with its particle: "the trains brought in 5,300 persons", "the liners brought in nine
# thousand", "the steamer brought over 600" (some 15 texts of rounds 182-316 and 393, none read before))
_CARRIED_BEFORE = keywords(r"brought|flew|flown|carried|ferried|transported|bused|bussed|took", tail=r"(?:\s+(?:in|over))?\s+$")
_CARRIED_TO = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:from\s+(?:[A-Z][\w’'-]+\s+){1,3})?(?:in)?to\s+(?-i:[A-Z])")
# (branch evr84b) "a Hercules flew about 50 people from Noumea to Auckland": carried out of a town of the origin
# (not "carried 19,400 Senegalese home from Nouakchott to Dakar": into their own country)
_CARRIED_FROM = re.compile(r"\s+(?:(?!home\b)[\w’'-]+\s+){0,3}?from\s+(?P<town>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+to\s+(?-i:[A-Z])")
_CARRIED_VERBS = ("brought", "carried", "ferried", "flew", "transported")
_CARRIER_BEFORE = keywords(
    # ((branch evr368r) and road vehicles: "28 trucks brought 730 people across the bridge" (rounds 367, 279))
    r"ferr(?:y|ies)|boats?|ships?|vessels?|steamers?|flights?|planes?|aircraft|buses|coaches|trains?|trucks|lorries|minibuses"
    # ((branch evr372r) and ships by their kind, then often their name: "the coaster Tirana brought 1,600 on Wednesday")
    r"|coasters?|freighters?|trawlers?|liners?|tankers?|barges?|dhows?|schooners?"
    # ((branch evr416r) and who runs them, and more craft: "the airline carried 9,870 passengers", "the China Merchants
    # and Ningpo lines carried about 14,000", "the railway brought in 4,200", "Launches carried about 180 persons",
    # "Egyptian government charters flew about 2,100", "two chartered airliners flew 180" (rounds 139, 171, 211, 226,
    # 264, 415); the carrier up to five words before its verb, the verb's particle "in" or "over" read)
    r"|airlines?|railways?|lines|charters|airliners?|launches|carriers",
    tail=rf"\s+(?:[\w’'-]+\s+){{0,5}}?(?:{'|'.join(_CARRIED_VERBS)})(?:\s+(?:in|over))?\s+$",
)
# (branch evr508q) "have been flown home from Djerba": the verb of the exits rule in `_VERB_WORDS`, after the count
_FLOWN_HOME_FROM = re.compile(r"\b(?:flew|flown)\s+home\s+from\s+(?=(?-i:[A-Z]))")
# (branch evr157r) carried out, the carrier's count: "Aeroflot carried about 41,000 passengers on international routes
# out of Sheremetyevo", "the flotilla has carried upwards of 40,000 from Smyrna" (not carried on to a place or through
# one: "transported 2,100 persons from Tovarnik to reception centres", "took 1,150 passengers from Brest through
# Slawatycze"; nor home: "has flown about 2,000 of its citizens home from Bangui" is into their country); "the
# international flights carried away more than 41 thousand passengers", "the steamers took away 2,150 emigrants"
_CARRIED_OUT_OF = re.compile(r"\s+(?:(?!home\b)[\w’'-]+\s+){0,5}?(?:out\s+of|from)\s+(?-i:[A-Z])")  # (a place named)
# (branch evr236q) carried "out of" a place named, whatever place it was carried on to: "French military transport
# aircraft flew 1,250 foreigners out of M'Poko to Libreville", "Egyptair flew about 2,100 people out of Amman to Cairo"
# (rounds 152, 234; the labels count them out of the first, as "flown out of Paramaribo to Amsterdam", 121)
_CARRIED_OUT_OF_NAMED = re.compile(r"\s+(?:(?!home\b)[\w’'-]+\s+){0,3}?out\s+of\s+(?:the\s+)?(?-i:[A-Z])")
_CARRIED_ON_TO = re.compile(r"\b(?:to|into|towards|through|via|across)\b")
# (branch evr396r) vehicles, then the verb that carried people and their count: "18 buses took 842 passengers across
# the border" (round 393), "eleven aircraft carried 1,450 people" (the vehicles' count is no queue)
_CARRYING_PEOPLE_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:took|carried|brought|ferried|transported|flew)\s+"
    r"(?:(?:about|some|around|nearly|almost|over|more\s+than|roughly|another|a\s+further)\s+)?\d[\d,. ]*\s+"
    r"(?:people|persons|passengers|refugees|migrants|evacuees|returnees|travell?ers|[A-Z][a-z]+(?:ans|ians|ns|is|ese))\b"
)
# (branch evr400r) vehicles, then the verb of their crossing: "In the past 24 hours 3 900 vehicles passed the
# checkpoint", "Yesterday 46 buses with refugees crossed the border", "17 830 cars have crossed the checkpoint" (rounds
# 244, 364, 384, 395, 396, 398, 399: counts of things that crossed, no queue and no figure; not "had crossed", the
# tuned-on "A total of 21,043 vehicles had crossed the Hakari bridge", labelled `other`)
# ((branch evr452r) and more vehicles joined to them, or their plates told at length: "In total, 1 120 passenger cars
# and 36 buses with Russian registration numbers entered Latvia through both border crossing points" (round 451, both
# read as queues): still things that crossed)
_VEHICLES_CROSSED_AFTER = re.compile(
    r"\s+(?:(?!had\b|a\b|per\b|each\b)[\w’'-]+\s+){0,2}?"
    r"(?:(?:,\s*|(?:and|or)\s+)(?:(?:some|about|around|over|nearly|almost)\s+)?\d[\d\s,.]*?\s+(?:(?!had\b|a\b|per\b|each\b)[\w’'-]+\s+){1,2}?){0,2}"
    r"(?:with\s+(?:[\w’'-]+\s+){0,4}?)?(?:(?:have|has)\s+)?"
    r"(?:crossed|passed|entered|went\s+through|came\s+through|drove\s+through)\b(?!\s+by\b)"
)
# (branch evr476r) the kinds of vehicles told after their count, in a list or between dashes, then the verb of their
# crossing: "3,860 cars, buses and trucks have crossed the Hakari bridge" (round 425), "16 310 vehicles - cars, buses
# and trucks - have crossed the Hakari bridge" (round 473), "3,214 passenger cars, 611 trucks and 96 motorcycles entered
# Georgia" (round 420): vehicles crossed, no figure (each read as `other`: `_VEHICLES_CROSSED_AFTER` takes words with no
# comma after them, nor an aside); not "had crossed", as there
_VEHICLE_KIND = (
    r"(?:(?:some|about|around|over|nearly)\s+)?(?:\d[\d,.]{0,9}\s+)?(?:(?:passenger|private|light|heavy|goods|motor)\s+)?"
    r"(?:cars|automobiles|vehicles|trucks|lorries|buses|coaches|minibuses|vans|motorcycles|tractors|pick-?ups)"
)
_VEHICLE_KINDS_CROSSED_AFTER = re.compile(
    rf"\s+{_VEHICLE_KIND}(?:\s*[-–—]\s*{_VEHICLE_KIND}(?:,\s*{_VEHICLE_KIND}){{0,4}},?\s+(?:and|or)\s+{_VEHICLE_KIND}\s*[-–—]"
    rf"|(?:,\s*{_VEHICLE_KIND}){{0,4}},?\s+(?:and|or)\s+{_VEHICLE_KIND})"
    r"\s+(?:(?:have|has)\s+)?(?:crossed|passed|entered|went\s+through|came\s+through|drove\s+through)\b(?!\s+by\b)"
)
# (branch evr412r) vehicles that crossed, and the people counted with them (rounds 408, 410, 411, 405 and others; see
# `_classify`'s vehicles); the queue words of `_QUEUE` in the sentence keep a line's count
_VEHICLES_CROSSING_AFTER = re.compile(
    r"\s+(?:(?:cars|vehicles|trucks|lorries|buses|automobiles|motorcycles|carts|tractors|pickups|and|or|other)[\s,]+){1,4}"
    r"(?:crossing|crossed|passing|entering|leaving)\s+(?:on|over|into|from|through|in|each|every|per|daily|yesterday|today"
    r"|the\s+(?:border|bridge|river|frontier|checkpoint|crossing))\b"
)
_WITH_THE_PEOPLE_BEFORE = re.compile(
    r"(?:\balong\s+with|\btogether\s+with|\bas\s+well\s+as|\band\s+also|\b(?:people|persons|passengers|travell?ers|citizens)\s+and"
    r"|\b(?:passed|crossed|entered|went\s+through|came\s+through|cleared|let\s+through))\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|approximately|up\s+to)\s+)?$"
)
_PEOPLE_CROSSED = re.compile(
    r"\b(?:people|persons|passengers|travell?ers|citizens|refugees|migrants|nationals|individuals)\b[^.;]{0,80}?"
    r"\b(?:entered|crossed|left|passed|arrived|went\s+through|came\s+through|departed|exited)\b"
    r"|\b(?:entered|crossed|left|passed|arrived|exited)\s+(?:[\w-]+\s+){0,3}?[\d][\d\s,.]*\s+(?:people|persons|passengers|travell?ers|citizens)\b"
)
_VERB_BEFORE_VEHICLES = re.compile(
    r"\b(?:passed|crossed|entered|went\s+through|came\s+through|cleared|let\s+through)\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|approximately|up\s+to)\s+)?$"
)
_CARRYING_GOODS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:carrying|loaded\s+with|with|bringing|taking)\s+(?:(?:some|about|around|nearly|over|more\s+than)\s+)?"
    r"[\d][\d,.]*\s+(?:metric\s+)?(?:tonnes|tons|t)\b"
)
_LANES_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?lanes\b")
_CARRIED_AWAY_BEFORE = keywords(r"(?:carried|took|taken)\s+away", tail=r"\s+$")
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b")  # "four flights brought 410 of them": more of those who arrived
_TOTAL_BEFORE = keywords(r"total|overall|altogether|in\s+all")  # a count of the whole, not of one crossing
# (branch evr236q) people apprehended as they cross into a country, counted by its border police: "agents in the Rio
# Grande Valley Sector apprehended 1,780 people who had crossed the river", "52,193 unaccompanied children were
# apprehended at the southwest border", "Across the whole southern border, apprehensions passed 12,000" (rounds 115,
# 232: the labels count them as entries, not arrests; "apprehended three smugglers" stays an arrest)
_APPREHENDED_AT_THE_BORDER = re.compile(
    r"\bapprehen\w*\b(?=[^.;]{0,80}?\b(?:who\s+had\s+crossed|at\s+the\s+(?:south(?:west|-west|ern)?|northern)\s+border))"
    r"|(?:south(?:west|-west|ern)|northern)\s+border,?[^.;]{0,60}?\bapprehensions\b"
)
_ARRESTED_BEFORE = keywords(r"arrested|detained|apprehended", tail=r"\s+$")
# (branch evr260q) people interned by the country they reached, the verb before their count: "disarmed and interned 150
# armed Kurdish tribesmen" (round 258), "have disarmed and interned in Galicia no fewer than 3,000 fugitives" (246),
# "disarmed and interned 64 Mexican federal soldiers" (216); as "disarmed and detained" (not "the warships are interned
# there" after a count, nor "the interned soldiers")
_INTERNED_BEFORE = re.compile(r"\binterned\s+(?:(?:in|at)\s+[A-Z][\w’'-]+\s+)?(?:[a-z]+\s+){0,3}$")
_ARRESTED_AFTER = re.compile(
    r"\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:arrested|detained|apprehended)\b"
)
_CALLUP = keywords(
    r"conscri\w*|mobili[sz]\w*|call(?:ed)?[- ]?up|drafted|draft|reservists?|signed up|volunteer\w*(?!\s*:)|summons\w*|recruit\w*"
)  # (not a transcript's speaker label, "VOLUNTEER:")
# (branch evr384r) a count of those who help, after a word of volunteering (round 382: "We have 14 volunteer lawyers and
# 22 hotline operators in four countries"; 380: "44 volunteers from 9 non-governmental organisations"): staff, no call-up
_HELPERS_AFTER = re.compile(
    r"\s+(?:(?:volunteer|hotline|legal|local|international|non-governmental|aid|relief|medical|humanitarian|partner)\s+){0,2}"
    r"(?:lawyers|operators|organi[sz]ations|NGOs|psychologists|interpreters|translators|coordinators|doctors|nurses|medics"
    r"|paramedics|social\s+workers|staff(?:ers)?|agencies|charities|groups)\b"
)
# (branch evr384r) a radio frequency, the unit told once after the last of a list (round 381: "You can hear \"Focus on
# Africa\" on 15.40 and 17.88 megahertz in the 19 and 16 metre bands"; radio transcripts of rounds 68, 245: "relayed on
# 6025 kHz and 9835 kHz"), or the wavebands in metres
_FREQUENCY_AFTER = re.compile(
    r"(?:\s*(?:,|and|or|&)\s*\d[\d.,]*(?:\s*(?:kilo|mega)?hertz|\s*[kKmM]?Hz)?)*\s*(?:kilo|mega)hertz\b|"
    r"(?:\s*(?:,|and|or|&)\s*\d[\d.,]*(?:\s*[kKmM]Hz)?)*\s*[kKmM]Hz\b|"
    r"(?:\s*(?:,|and|or|&)\s*\d+)*[\s-]*(?:metres?|meters?|m)\s+(?:wave)?bands?\b"
)
# (branch evr384r) a home let or rented, anywhere in the sentence of the dollars (round 382: "A furnished one-bedroom flat
# in Beşiktaş or Şişli now costs 18,000 to 22,000 lira a month, roughly $970 to $1,190"; rounds 2xx-3xx: "a one-bedroom
# flat in Vake ... that let for 1,200 lari"); not "a flat fee"
_RENTED_HOME = keywords(
    r"one[- ](?:bedroom|room)|two[- ](?:bedroom|room)|three[- ]bedroom|bedrooms?|furnished|studios?|flats?(?!\s+(?:fee|rate|fare|price|sum|charge))"
    r"|apartments?|rents?|rented|rental|landlords?|let\s+for|a\s+month\s+in\s+rent"
)
# (branch evr384r) buses or ambulances laid on to carry people, a fleet and no queue (round 382: "The government has put
# 60 buses at the disposal of relief agencies to carry patients"; 3xx: "The transport of persons from the border crossings
# is provided by 25 buses", "12 buses a day have provided free transport from Palanca", "45 buses and 30 ambulances are
# working at the border")
_VEHICLES_PROVIDED = re.compile(
    r"\bat\s+the\s+disposal\s+of\b|\b(?:provided|provides|provide|providing|made\s+available|laid\s+on)\b"
    r"|\btransport\s+of\s+(?:persons|people|refugees|patients|passengers)\b|\bfree\s+transport\b"
    r"|\b(?:are|were|is)\s+working\s+at\b"
    # ((branch evr428r) and vehicles sent for a task, its verb after them: "The Mexican army has sent 8 trucks to carry
    # food and the sick from the border to Comitan" (round 424, read as a queue of 8; "120 buses to carry people inland",
    # "35 buses to take Sunday's arrivals from Blace" in nine texts of 26-423): a fleet, no line at a border
    r"|\b(?:cars|trucks|lorries|buses|coaches|vehicles|ambulances|minibuses)\s+to\s+(?:carry|take|ferry|bring|transport"
    r"|evacuate|move|collect|shuttle|drive)\b",
    re.IGNORECASE,
)
_LODGING = keywords(r"hotels?|hostels?|guests|rooms")
# (branch evr396r) a lodging's own count of its guests, in a hostel owner's posts or a hotel manager's words: "11 new guests
# from Russia today", "Yesterday 9 more guests from Russia, today 14" (round 395; the labels: people housed, no figure;
# LABELLING.md's `other` is people waiting at a border): the guests named as the count's noun, or the count after them
# in the same clause with no noun of its own (not "more than 50 people arrived" at a hotel, nor "about 300 guests had
# arrived overnight" (own_03): people come to the town, told with a verb of arriving)
_GUESTS_AFTER = re.compile(
    r"\s+(?:(?:more|new|other|further|additional)\s+)?guests\b(?![^.;:!?]{0,30}?\b(?:arrived|arriving|came|come|coming)\b)",
    re.IGNORECASE,
)
_GUESTS_BEFORE_ELIDED = re.compile(r"\d\s+(?:(?:more|new|other|further|additional)\s+)?guests\b[^.;:!?\d]{0,40},\s*(?:and\s+)?\w+\s+$", re.IGNORECASE)
# (branch evr380q) hotels told as where the people counted now stay, among other shelters (round 377: "About 190,000 of
# them are still in Croatia, the office said, staying with relatives, in hotels on the Adriatic coast and in sports
# halls"): the refugees' shelter, not a paragraph about hotel guests (`_Context.lodging`)
_SHELTERED_IN_LODGING = re.compile(
    r"\b(?:staying|living|housed|accommodated|sheltering|sheltered|lodged|put\s+up)\b[^.;:!?]{0,70}?\bin\s+(?:(?:the|some|\d+)\s+)?$",
    re.IGNORECASE,
)
_RENT = keywords(r"rent|rents|rented|rental|apartments?|flats|rooms?|hotels?|hostels?|accommodation|lodging")
# (branch evr416r) a sum paid by the month or the night, its dollars beside it: "Some owners ask 300 000 tenge a month,
# roughly $630, paid in advance" (round 412, the rent told in the sentence before), "a bed costs $15 a night", "$480 per
# month": a rent or a wage, never the fare of a way over (paid once a trip)
_PER_STAY_BEFORE = re.compile(r"\b(?:a|per|each|every)\s+(?:month|night)\s*,?\s*(?:(?:or|about|roughly|around|some|nearly|approximately|or\s+about|or\s+roughly)\s+)?(?:US\s*|U\.S\.\s*)?\$?\s*$")
_PER_STAY_AFTER = re.compile(r"\s*(?:(?:US\s+|U\.S\.\s+)?dollars?\s+)?(?:a|per|each|every)\s+(?:month|night)\b")
_QUEUE = keywords(
    r"queue\w*|queuing|lines?|lined|jam\w*|tailbacks?|traffic|backlog|stretch\w*|column|congestion|waiting|wait|stuck|convoy"
    r"|bumper|stood|backed[- ]up"
    r"|(?:files?|rows?)\s+of\s+(?:cars|automobiles|vehicles|trucks|lorries|buses)"  # (branch evr83b) "the file of cars" (translated "file", "fila")
)
_WAIT = keywords(r"wait\w*|queue\w*|queuing|stood|standing|stuck|took|takes?|taken|delays?|delayed|in line")
_ACCORDING_ASIDE = re.compile(r",\s+according\s+to\s+[^,.;:]{2,80},\s")
# (branch evr448r) the price of a whole vehicle, told with the people it takes or the verb of hiring it: "The cost of a
# charter flight from Djerba to Cairo is about USD 70,000 for around 180 passengers" (round 444), "a corporate client paid
# $9,000 to charter a business jet" (round 202), "Each long-haul charter costs IOM around US$ 180,000" (a payer named after
# "costs"; round 262; never labelled as fares, unlike "a seat on a charter now costs around $1,400")
_WHOLE_VEHICLE_PRICED_AFTER = re.compile(
    r"\s+(?:for\s+(?:(?:around|about|some|roughly|up\s+to|nearly)\s+)?\d[\d,]*\s+(?:passengers|people|persons|seats)\b"
    r"|to\s+(?:charter|hire|rent|lease)\s+(?:a|an|the|one|two|three|its|their)\b)"
)
_CHARTER_COSTS_PAYER_BEFORE = re.compile(
    r"\bcharters?\s+(?:flights?\s+)?(?:costs|cost)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}"
    r"(?:(?:around|about|some|roughly|nearly)\s+)?(?:US\$|USD|\$)?\s*$"
)
_FINED = keywords(r"fined|fines?|penalt(?:y|ies)|bail", tail=r"\s+(?:[\w’'-]+\s+){0,3}$")
_PRICE = keywords(
    r"tickets?|flights?|fares?|airfares?|seats?|one-way|economy|business class|bus|coach|train|plane|airline\w*|ferry|taxi"
    r"|minibus\w*|(?:deck\s+)?passages?|berths?|canoes?|dugouts?|boats?|per\s+(?:person|head|passenger)"  # "a deck passage ... for 300 new francs, about $61", "200 baht a head by boat"
    r"|(?:place|spot|bunk)s?\s+(?:on|aboard|in)\s+(?:an?|the)\b|routes?"  # "a deck place on the Baku - Aktau route ... $50"
    # (branch evr78b) the hired two- and three-wheelers of border roads: "paid 5,000 francs, about $9, to a motorbike rider"
    r"|motorbikes?|motorcycles?|moto-?taxis?|okadas?|boda-?bodas?|rickshaws?|tuk-?tuks?"
    # (branch evr85b) and the regional names of the shared minibus: "paid 30 billion Zimbabwe dollars for the kombi"
    r"|kombis?|matatus?|marshrutk\w*|dolmu[sş]\w*|colectivos?|jeepneys?|tro-?tros?|dala-?dalas?|chapas?|songthaews?|bemos?"
    r"|rides?"  # "drivers charge 25 kwacha, about $11, for a ride from Tete to the border": one traveller's way
    # (branch evr83b) "smugglers were charging 15,000 pounds, about $220, to guide families": the fee for the way over
    r"|(?:smugglers?|traffickers?|guides?|boatmen|drivers?)\s+(?:[\w’'-]+\s+){0,2}?(?:charg|ask|demand)\w*"
    # (branch evr392r) the same fee told from the payer's side: "who paid smugglers 400 dollars to be taken from Herat to
    # Tehran", "he paid a driver forty US dollars for a seat" (rounds 388 and eleven texts of 26-387)
    r"|paid\s+(?:an?\s+|the\s+)?(?:smugglers?|traffickers?|guides?|boatm[ae]n|drivers?|coyotes?|fixers?)\b"
)
# (branch evr129q) "carters were asking 900 marks, about $12, to take a person over", "are asking as much as $9 a
# head for the haul": a sum asked for carrying people is a fare, whoever asks it
_FEE_FOR_CARRYING = re.compile(
    r"\b(?:ask|charg|demand)ing\s+(?:\w+\s+){0,2}?(?:as\s+much\s+as\s+|about\s+|up\s+to\s+)?[$€£]?\d[^.;]{0,60}?"
    r"(?:\bto\s+(?:take|carry|paddle|ferry|row|drive|bring|guide|get|smuggle|haul)\b|\ba\s+(?:head|person)\b)",
    re.IGNORECASE,
)


def _fee_for_carrying(text: str, sentence: tuple[int, int]) -> bool:
    """A sum asked or charged to carry people over or on: a fare though no ticket, seat or vehicle is named."""
    said = text[sentence[0] : sentence[1]]
    return ("sking" in said or "harging" in said or "emanding" in said) and bool(_FEE_FOR_CARRYING.search(said))


# (branch evr141q) a sum paid, asked or taken for a way over, told in a local currency and then in dollars ("had cost
# 5,000 francs, or about $35", "take 40 dinars (approximately 135 dollar)") or per traveller ("paid the crew up to 50
# dollars each"): the verb of paying and the conversion (or "each") say it is a price though no vehicle is named
_PAYING = keywords(r"costs?|costing|charg\w*|ask\w*|paid|pay|pays|paying|demand\w*|takes?|taking")
_LOCAL_SUM_BEFORE = re.compile(
    rf"\d[\d.,]*(?:\s+(?:thousand|hundred)(?:\s+\d+)?)?\s+(?:[A-Za-z]+\s+){{0,2}}?(?!(?:{_PERSON_NOUNS})\b)[A-Za-z]+"
    r"\s*[(,]\s*(?:or\s+|that\s+is(?:\s+to\s+say)?,?\s+)?$"
)
_EXCHANGE_RATE_AFTER = re.compile(r"\s+(?:to|per|against)\s+(?:the|one|a|1)\s+(?:US\s+)?dollar\b")
_EACH_AFTER = re.compile(r"(?:\s+(?:US\s+)?dollars?)?(?:\s+US)?\s+(?:each|apiece)\b")
_FARE_PAID_BELOW = 20_000  # no way over costs more: larger converted sums are budgets, fines or damages
# "a company licence ... costs 12,000 dirhams ($3,270)": papers priced (not "men without exit permits pay guides $100 each")
_PAPERS_PRICED = keywords(r"licen[cs]es?|permits?|visas?|passports?", tail=r"\b[^.;]{0,80}?\bcost(?:s|ing)?\b")


def _fare_paid(text: str, clause: tuple[int, int], number: "_Number") -> bool:
    """Dollars paid for a way over: converted from the local sum said before them, or "each", after a verb of paying."""
    if (number.high or number.low) >= _FARE_PAID_BELOW:
        return False
    said_from = number.start
    if local := _LOCAL_SUM_BEFORE.search(text, max(clause[0], number.start - 60), number.start):
        said_from = local.start()
    elif not _EACH_AFTER.match(text, number.end, clause[1]):
        return False
    return _PAYING.search(text, clause[0], said_from) is not None and not _PAPERS_PRICED.search(text, max(0, clause[0] - 120), said_from)


# (branch evr83b) "The price of the barrel of Brent passed 115 dollars": fuel priced, no fare
_FUEL = keywords(r"barrels?|crude|Brent|oil|petrol|gasoline|diesel|fuel")
# a sum of money and an opening bracket right before a bare number: "$420 (25,500)", "€80 (about 6,000": the
# bracketed number is the same sum converted
_MONEY_THEN_BRACKET = re.compile(r"(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:dollars|euros?|roubles|rubles|pounds))\s*\(\s*(?:about|approx\.?|approximately|~|c\.)?\s*$", re.IGNORECASE)
# dollars for goods by the unit ("$116 a barrel") or sums ("$10 million") are not fares
_PER_GOODS_UNIT = re.compile(
    r"\s+(?:a|per|each)\s+(?:barrel|lit(?:re|er)|gallon|kilo(?:gram)?|kg|tonne|ton|bag|bottle|loaf|pack|sack|month|year)\b",
    re.IGNORECASE,
)
_DISTANCE = re.compile(  # ("Batumi, 20 km up the coast": how far a place lies along a coast or a river)
    r"^\s*(?:\w+\s+){0,2}(?:outside|from|away|north|south|east|west|long border|border"
    r"|(?:up|down|along)\s+the\s+(?:coast|river|valley|shore)|inland|upstream|downstream)\b",
    re.IGNORECASE,
)
_TRIP_AFTER = re.compile(  # "the 150 km ride to Vladikavkaz", "a 40-kilometre walk": the length of a journey, no queue's
    r"[\s-]*(?:long\s+|road\s+|mountain\s+)?(?:ride|journey|drive|trip|trek|walk|hike|route|flight)\b", re.IGNORECASE
)
# (branch evr87b) "the wall is about 3 metres high", "a 4-metre-deep ditch": the size of a thing, no queue's length
_SIZE_AFTER = re.compile(r"[\s-]*(?:high|tall|wide|deep|thick)\b", re.IGNORECASE)
_LENGTH_CUE = keywords(r"for|of|stretch\w*|reached|was|is", tail=r"\s+(?:\w+\s+){0,2}$")
_BASELINE_WORDS = r"normally|usually|typically|ordinarily|last time"
_BASELINE = keywords(_BASELINE_WORDS, tail=r"\b[^.;,]{0,40}$")
# (branch evr340r) and a distance covered or moved along: "must wait for buses to cover the 60 kilometres to Mytilene", "They
# had covered the 30 km from their village", "the column moved forward all on 3 kilometres", "his car had moved about 3 km
# since then" (covered: rounds 114, 295, 337; moved: 56, 337): no queue's length
_TRAVELLED = keywords(
    r"walk\w*|drove|driven|driving|cycl\w*|travell?\w*|hik\w*|flew|cover(?:s|ed|ing)?|moved", tail=r"\b[^.;,]{0,25}$"
)
_PLUS_AFTER = re.compile(r"\+[ \t]{1,4}[a-z]")  # (branch evr500q) "140,000+ refugees": a number's plus sign, "more than"
_AND_MORE = re.compile(r"\s*\w*\s+(?:and|or)\s+(?:more|longer|above|over)\b", re.IGNORECASE)
_AND_MORE_NEEDS = words_needed(_AND_MORE)
_STOCK_WORDS = (
    r"population|home to|hosts?|living in|lived in"
    # "a spa town of barely 2,000", "the small Alpine state of two million people": a place's people
    r"|(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:country|nation|city|town|village|region|state)\s+of"
    # (branch evr432r) and the other words for a land or a town told with its people, after "a" (not "the island of
    # Lesbos received 3,000", a name after "of"): "Bhutan, a Himalayan kingdom of some 600,000 people, says" (round 429,
    # read as 600,000 departures), "a republic of 3 million", "an island of 80,000"
    r"|an?\s+(?:[\w-]+\s+){0,2}?(?:kingdom|republic|island|emirate|enclave|territory|province|county|municipality|capital|port)\s+of"
    # (branch evr93b) "the town, whose inhabitants number about 35,000", "the number of its inhabitants is 35 thousand"
    r"|inhabitants\s+(?:is|was|are|were|numbers?|totals?)"
    # ((branch evr392r) the place named and a comma before the estimate: "The population of Foya, put at about 20,000
    # before the influx", "The population of Adre town, estimated at 40 000 before the crisis" (rounds 391 and 26-387))
    r"|population\s+of\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}?,\s+(?:put|estimated|reckoned|given)\s+at"
    r"|holds|houses|accommodates|shelters|(?:now|still|already|currently)\s+(?:hold|house|accommodate|shelter)|now\s+(?:held|housed)"  # "the settlement, which already holds more than 40,000 people", "the camps now hold 1,400", "the camps now held 5,000" (reported speech; not "the queue still held 5,500 vehicles")
)
_STOCK = keywords(_STOCK_WORDS, tail=r"\b[^.;,]{0,25}$")
# (branch evr392r) a country, named as the subject, that now or currently hosts or shelters people: "Ethiopia now hosts
# some 161,000 Eritrean refugees in all", "Honduras now shelters about 20,000 Salvadoran refugees", "Turkey currently
# hosts more than 2.5 million Syrians" (rounds 291, 339, 340, 362, 389): the people still in the country, `net_arrivals`
# at it (LABELLING.md: "Zambia now hosts over 200,000"); not a camp or a town ("Zaatari now hosts 108,000": people housed),
# nor "already hosts", told of people come in earlier years and mostly left unlabelled
# ((branch evr432r) and "now holds": "Malaysia now holds about 76,000 Vietnamese in camps and on its beaches" (round 428);
# a country only, as for "hosts": "Nong Khai now holds 7,800 people", "Mugombwa now holds 14,000" stay people housed)
_COUNTRY_NOW_HOSTS = re.compile(
    # ((branch evr400r) and "is now host / home to": "Syria is now host to an estimated 1 million Iraqis", round 399)
    r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+which\s+[^,.;]{0,80},)?\s+"
    r"(?:(?:now|currently)\s+(?:hosts|shelters|holds)|is\s+(?:now|currently)\s+(?:host|home)\s+to)\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|close\s+to|an\s+estimated)\s+)?$"
)
_COUNT_SUBJECT = keywords(r"number|total|figure|count|tally|arrivals|entries|departures|exits")
_IS_BEFORE = keywords(r"is|are|was|were", tail=r"\s+$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;,)]|$)")
_EXCEEDED_WORDS = r"(?:exceeded|exceeds|topped|tops|passed|surpassed|surpasses)(?:\s+the)?|crossed the"
# ((branch evr392r) "the total number who have arrived since June 11 has crossed 1.04 lakh" (round 390): a level
# crossed, no people crossing when no people follow (see `_PASSED_PEOPLE`))
_EXCEEDED = keywords(_EXCEEDED_WORDS + r"|(?:has|have|had)\s+crossed", tail=r"\s+$")  # "passed the 80.000"
_EXCEEDED_NEEDS = words_needed(_EXCEEDED)
# a count passing or reaching a level: "the number who have fled has passed / reached 1 million"
_COUNT_REACHED = keywords(
    rf"{_EXCEEDED_WORDS}|reached|hit|stood\s+at|rose\s+to|climbed\s+to|totall?ed|amounted\s+to", tail=r"\s+$"
)
# a count noun as the subject of a level: "Daily crossings into Poland averaged 90,000", "returns from Iran totalled 3,000"
_NOUN_REACHED = keywords(
    r"arrivals|crossings|entries|newcomers|landings|departures|exits|returns|deportations|expulsions",
    tail=r"(?:\s+(?:in|into|to|from|at|through|via|across)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}){0,2}"
    r"(?:\s+(?:on|in|over|during|last|this)\s+[\w\s]{0,20}?)?\s+"
    r"(?:averaged|reached|hit|stood\s+at|totall?ed|numbered|amounted\s+to|rose\s+to|climbed\s+to|jumped\s+to|fell\s+to|dropped\s+to|topped)\s+$",
)
_NOUN_REACHED_NEEDS = words_needed(_NOUN_REACHED)
# ((branch evr324r) a name with a letter outside ASCII, "José Peña, 23, a mechanic", "Maria José, 34, a nurse": rounds 142,
# 320)
_AGE = re.compile(r"[^\W\d_](?<!\w.)(?:[^\W\d_]*,\s*$|(?<=a)ged\s*$)")  # "Sergei, 44," "her husband, 31,"
_COMMA_AFTER = re.compile(r"\s*,")
_COMMA_AFTER_OPENS = opening_characters(_COMMA_AFTER)
# "\"I am 27, I did my service\"", "I'm 31 years old": a speaker's own age
_OWN_AGE_BEFORE = re.compile(r"\bI(?:\s+am|['’]m)\s+$")
# (branch evr76b) "my brother is 31", "her husband was 45", "he is 29": someone the speaker names, and an age
_KIN_AGE_BEFORE = re.compile(
    # ((branch evr232q) or "the": "a family from Murmansk, the father is 34, who said")
    r"\b(?:(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he)\s+(?:(?:elder|older|younger|little|big)\s+)?(?:brother|sister|son|daughter|father"
    r"|mother|husband|wife|friend|cousin|uncle|nephew|neighbou?r|colleague|boyfriend|fiancée?)s?|[Hh]e|[Ss]he)\s+(?:is|was)\s+$"
)
# (branch evr232q) a kinsman named, then a comma and the age, ending the clause: "I spoke to Martin, 31, a systems
# engineer, and his wife Laura, 28." (the comma after the age is what `_AGE` reads; here the sentence ends)
_KIN_NAMED_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he)\s+(?:wife|husband|son|daughter|brother|sister|father|mother|partner"
    r"|fianc[ée]e?|friend|cousin)(?:\s+(?:(?-i:[A-Z])[\w’'-]+\s+)?(?-i:[A-Z])[\w’'-]+)?,\s*$"
    # (branch evr416r) or the kinsman with no name: "arrived on Tuesday night with his brother, 27." (round 413, and
    # some ten texts of earlier rounds: "his son, 24.", "his brother, 23."): his age, no count
)
# (branch evr396r) someone named by a role, then a name, then a comma and the age, ending the clause: "said a volunteer,
# Ana, 24." (round 393), "according to a driver, Giorgi Beridze, 52." (as `_KIN_NAMED_BEFORE`: the age is no count)
_ROLE_NAMED_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s*$"
)
# (branch evr416r) the speakers of a language, a community counted by its tongue: "Israel already has about a million
# Russian speakers, most of whom came in the 1990s" (round 415), "Limassol, already home to an estimated 50,000 Russian
# speakers" (rounds 72, 213, 331, 337, 407; none labelled): people living there, no crossing
_SPEAKERS_AFTER = re.compile(
    r"\s+(?:[A-Z][\w’'-]*(?:\s+|-))?(?:[a-z][\w’'-]*\s+)?(?:speakers|speaking\s+(?:people|population|residents|community|citizens))\b"
)
# (branch evr456r) a speaker named after a verb of saying, then a comma and the age, ending the clause: "'We left on
# Saturday night,' said Artyom, 29." (round 452, read as 29 departures; "said Yusleidy, 29." in round 277): an age
_SAID_NAMED_BEFORE = re.compile(
    r"\b(?:said|says|told|asked|added|adds|recalled|recalls|explained|explains)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s*$"
)
_AGE_ENDS_CLAUSE = re.compile(r"\s*(?:[.;!?)]|$)")
# (branch evr336r) "VOLUNTEER (Tamar, 22): We give tea": an age in brackets after a first name, the bracket closed
_NAME_IN_BRACKET_BEFORE = re.compile(r"\(\s*[A-Z][a-z]+,\s*$")
# (branch evr336r) "in accordance with the 1951 Convention", "under the CA-4 Agreement of 2006": a number in an
# instrument's name, no count
_INSTRUMENT_AFTER = re.compile(r"\s*(?:Refugee\s+)?(?:Convention|Protocol|Agreement|Treaty|Accords?)\b")
_MONTHS_OR_CENTS_AFTER = re.compile(r"\s+(?:months|cents)\b")
_WHO_IS_BEFORE = re.compile(r"\bwho\s+(?:is|was)\s+$")  # (branch evr204q) "The president, who is 71, crossed"
# (branch evr76b) a length of border: "the 398-km Manipur stretch", "a 120 km section of the frontier"
_BORDER_LENGTH_AFTER = re.compile(
    r"[-\s]*(?:km|kilomet(?:re|er)s?)[-\s]+(?:long\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:stretch|section|border|frontier|boundary)\b"
)
# (branch evr360r) buses or coaches laid on to carry people: "The Institute has provided 29 buses to transport migrants",
# "more than 13,500 have left Austria ... on 160 buses chartered by the West German government", "The government has
# sent 500 buses to the border", "would provide 1,000 buses to carry the aliens", "brought 30 buses for heating" (rounds
# 101, 229, 305, 356, 359; each read as a queue, labelled by none): transport, no line waiting at a post
_BUSES_AFTER = re.compile(r"\s+(?:(?:more|extra|additional|special|free|empty|city|state|army|military)\s+)?(?:buses|coaches)\b")
_SUPPLIED_BEFORE = re.compile(
    r"\b(?:provided|provides|provide|providing|sent|sends|send|sending|brought|brings|bring|dispatched|dispatch|deployed"
    r"|chartered|charter|laid\s+on|organi[sz]ed|arranged|mobili[sz]ed|made\s+available|allocated|allocate|hired|supplied)"
    r"\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|up\s+to|another|a\s+further|an\s+additional)\s+)?$"
    r"|(?:^|\s)on\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over)\s+)?$"
)
_FOR_TRANSPORT_AFTER = re.compile(
    r"\s*,?\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:chartered|hired|laid\s+on|provided|sent|supplied|dispatched)\b"
    r"|\s+to\s+(?:transport|carry|take|bring|move|evacuate|ferry|drive)\b"
)
# (branch evr360r) the number a decree, law or resolution goes by, with its year after a hyphen or a slash: "the
# negative COVID-19 test required under Government Decree 15-2020" (round 356), "Law 4/2000", "Resolution 2334":
# no count (the instrument's word in capitals, just before the number or its first part)
_INSTRUMENT_NUMBER_BEFORE = re.compile(
    r"\b(?:Decree|Law|Resolution|Ordinance|Directive|Regulation|Executive\s+Order|Decision|Proclamation|Circular)"
    r"\s+(?:No\.?\s*|Number\s+|#\s*)?(?:\d+\s*[-/]\s*)?$"
)
# (branch evr360r) a terminal, gate, platform, pier or berth named by its number: "waiting at Terminal 3 with a laptop
# bag", "the arrivals hall of Terminal 2 was full", "Immigration lines in Terminal 3 stretched" (rounds 103, 251, 298,
# 321, 359: each read as a count, a wait or a place): a name, no count
# ((branch evr420r) and in lower case after a preposition: "At platform 9 of Helsinki Central Station", "from gate 4",
# "at pier 2" (round 418))
# ((branch evr468r) and a settlement named by its number: "Lugdi (Village 8)", "Convoys ... leave Village 8", "the
# Village 8 transit centre" (rounds 164, 198, 288, 466: each read as a count of 8))
_NUMBERED_PART_BEFORE = re.compile(
    r"\b(?:Terminal|Gate|Platform|Pier|Berth|Concourse|Village"
    r"|(?:[Aa]t|[Ff]rom|[Oo]n|[Tt]o|[Ii]n|[Nn]ear|[Bb]y)\s+(?:terminal|gate|platform|pier|berth|concourse|track))\s$"
)
# (branch evr360r) a person's age told between commas with "he's" or "she's": "A man from Engels, he's 31, an IT
# engineer, showed me his photos", "a nurse from Kharkiv - she's 52 - crossed on foot" (round 356): the age, no count (a comma,
# dash, bracket or the sentence's end after it: not "he's 31 kilometres from the post")
_AGE_CONTRACTED_BEFORE = re.compile(r"(?:[,(–—-]|^)\s*(?:[Hh]e|[Ss]he)['’]s\s+$")
_AGE_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;!)–—]|\s-\s|years?\s+old\b|$)")
# (branch evr76b) a temperature in a forecast: "plus 9 and rain", "minus 4 degrees"
# ((branch evr197q) or after a comma: "plus 12, rain in the evening")
_WEATHER_AFTER = re.compile(r"\s*(?:°|degrees\b|(?:and|,)\s*(?:rain|snow|sun|sunshine|clouds?|cloudy|showers?|sleet|fog|wind|frost)\b)")
_OWN_AGE_AFTER = re.compile(r"\s*(?:[,.;!]|years?\b|y\.?o\b|and\b|$)")
# (branch evr145q) a person's age said with "of": "an old man of 70 years", "a railwayman of 71 who", "women of 50 and
# 60 years"; the age, no count of people
_PERSON_OF_AGE_BEFORE = re.compile(
    r"\b(?:[a-z]*m[ae]n|wom[ae]n|boys?|girls?|widow(?:er)?s?|(?:grand)?(?:mother|father)s?|elders?|veterans?|pensioners?"
    # (branch evr157r) "her two children of 4 and 7 years", "two daughters of 9 and 12 in the back seat": the ages of
    # the children named, each one
    r"|child(?:ren)?|kids?|babies|baby|infants?|(?:grand)?(?:son|daughter)s?|grandchild(?:ren)?|brothers?|sisters?"
    r"|chiefs?|headm[ae]n|priests?|monks?|nuns?)"  # ((branch evr232q) "An old chief of 70 who crossed on Monday")
    r"\s+of\s+(\d{1,2}(?:\s*,\s*|\s+and\s+))*$"
)
_PERSON_OF_AGE_AFTER = re.compile(r"\s*(?:years?\b|who\b|and\b|[,.;)]|$)")
# (branch evr145q) a number that names a thing: "School No. 151", "in the school number 55", "call the number 112"
# (not the verb: "the refugees now number 5,000"); ((branch evr332r) "No" with no dot after a word: "The school No 2
# gives toilet and hot water" (round 329), a translation's); ((branch evr364r) the plural and its list: "two trains,
# Nos. 64 and 65, arrived": both numbers name trains)
_SERIAL_NUMBER_BEFORE = re.compile(
    r"(?:\bNos?\.(?:\s*\d+(?:\s*,|\s+and|\s*&))*|№|(?<=[a-z] )No(?=\s*$)|\b(?:[Tt]he|[Ss]chool|[Hh]ospital|[Hh]ouse|[Bb]uilding|[Rr]oom|[Bb]us|[Tt]rain|[Ff]light|[Pp]latform|[Gg]ate|[Ll]ine)\s+number)\s*$"
)
# (branch evr332r) a house's number before its street's name: "has opened a help centre for new arrivals at 57 Abay
# Avenue" (round 330), "the office at 12 Rustaveli Street"; up to three capitalised words between, so "57 people
# crossed at Abay Road" is no address
_STREET_WORDS = ("Avenue", "Street", "Road", "Boulevard", "Lane", "Prospe", "Square")
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:Avenue|Street|Road|Boulevard|Lane|Prospekt|Prospect|Square)\b"
)
# (branch evr420r) the house's number after its street's name, as Russian, Georgian and most European addresses write
# it: "Address of the volunteer headquarters in Vladikavkaz: Kosta avenue 12, phone ...", "at Rustaveli Avenue 14", "ul.
# Lenina 5" (round 416): a house, no count; the number closes the address (a comma, a full stop, a bracket or the line's end)
_STREET_BEFORE = re.compile(
    r"(?:\b[A-Z][\w’'.-]*\s+(?i:avenue|ave\.|street|st\.|road|boulevard|blvd\.|lane|prospekt|prospect|square|str\.)"
    r"|\b(?:ul|pr|prosp|pl)\.\s*[A-Z][\w’'-]*)\s+$"
)
_STREET_BEFORE_NEEDS = ("avenue", "ave.", "street", "st.", "road", "boulevard", "blvd.", "lane", "prosp", "square", "str.", "ul.", "pr.", "pl.")
_ADDRESS_CLOSED_AFTER = re.compile(r"\s*(?:[-/]\s*\d+\w?)?\s*(?:[,.;)]|$)", re.MULTILINE)
_ID_NUMBERS = re.compile(r"\bIINs?\b|\bidentification\s+numbers?\b", re.IGNORECASE)
_INHABITANTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?inhabitants\b(?!\s+of\b)")  # (not "inhabitants of Primorye have left")
# (branch evr260q) animals driven or brought with the people, counted as carefully as they are: "brought with them about
# 3,000 camels and 11,000 sheep and goats" (round 259), "some 38,000 head of cattle and 1,800 horses" (142), "12,000
# camels and sheep" (105), "40,000 cattle" (106), "60,000 cattle" (134): no count of people
_ANIMALS_AFTER = re.compile(
    r"\s+(?:head\s+of\s+)?(?:camels|sheep|goats|cattle|cows|oxen|horses|mules|donkeys|pigs|buffal(?:o|oes)|livestock)\b"
)
_ANIMALS_AFTER_NEEDS = words_needed(_ANIMALS_AFTER)
# (branch evr260q) the residents a place has: "Ludza municipality, which has some 12,000 residents, says" (round 258),
# "the city, which has about 84,000 residents" (147), as "which has 2,500 inhabitants" (`_INHABITANTS_AFTER`): a
# population, no movement (not "300 residents of the village crossed": "residents of" after the count)
_HAS_RESIDENTS_BEFORE = re.compile(r"\b(?:has|had|have|with)\s+(?:(?:some|about|around|nearly|almost|roughly|over|only|just)\s+)?$")
_RESIDENTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?residents\b(?!\s+of\b)")
# (branch evr376r) the people a place has, told as "people" (as `_RESIDENTS_AFTER`'s residents): "The city has 500
# thousand people, it's not small" (round 373, a forum post), "our village has 300 people," "The city has about
# 220,000 people and the akimat says" (rounds 267-270): a population, no movement (not "the town has 300 people
# waiting": the clause ends or goes on with "and"/"but" after the people)
_PLACE_HAS_PEOPLE_BEFORE = re.compile(
    r"\b(?:city|town|village|country|capital|municipality|island|region|district|province|republic)\s+(?:now\s+|still\s+|only\s+)?"
    r"(?:has|had|have)\s+(?:(?:some|about|around|nearly|almost|roughly|over|only|just|barely|(?:fewer|less|more)\s+than)\s+)?$",
    re.IGNORECASE,
)
_PLACE_HAS_PEOPLE_AFTER = re.compile(r"\s+(?:people|souls)\s*(?:[,.;)]|$|(?:and|but)\b)")
# (branch evr404r) the people who live in a place, told in a relative clause: "Some families in the city, where about
# 320,000 people live, are renting rooms" (round 402), "the district, where some 40,000 people lived before the war"
_WHERE_PEOPLE_LIVE_BEFORE = re.compile(
    r"\b(?:where|in\s+which)\s+(?:(?:some|about|around|nearly|almost|roughly|over|only|just|barely|(?:fewer|less|more)\s+than)\s+)?$",
    re.IGNORECASE,
)
_WHERE_PEOPLE_LIVE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:people|inhabitants|residents|souls)\s+(?:now\s+|still\s+|once\s+)?(?:live|lived|reside|resided)\b")
_PROVISION_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[Aa]rticle|[Ss]ection|[Pp]aragraph|[Cc]lause)\s+\d")
_PROVISION_BEFORE = re.compile(r"\b(?:[Aa]rticles?|[Aa]rt\.|[Ss]ections?|[Pp]aragraphs?|[Cc]lauses?)\s*$")
# "Rwanda, with 6.5 million people, is ...": a place's people, said in passing
_WITH_PEOPLE_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s+with\s+$")
_WITH_PEOPLE_AFTER = re.compile(r"\s+(?:people|inhabitants|residents)\s*,")
_COMPARATIVE_AFTER = re.compile(  # "1,691 more than", "3,000 up on last week": a difference ("$50, up from $15": a level)
    # ("about 180 more on Monday": more people, counted that day; not a difference "on" a day before)
    r"^\s*,?\s*(?:(?:is|was|are|were)\s+)?(?:(?:more|fewer|less|higher|lower|larger|smaller|bigger|greater)\s+(?:than|from"
    r"|on(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!\s+last\b)))"
    r"|(?:up|down)\s+(?:than|on))\b|^\s*%",
    re.IGNORECASE,
)
_COMPARATIVE_AFTER_OPENS = opening_characters(_COMPARATIVE_AFTER)
# "against fewer than 300 a day in a normal September", "about 2,300 on a typical Saturday": an undated baseline
# ((branch evr85b) five words between: "the 1.5 million tourists who visit Turkey in a normal September")
# ((branch evr420r) and up to nine words of the clause between, no number or turn among them: "some 9,000 people crossed
# the border at Narva on an ordinary summer day" (round 416; LABELLING.md: a usual day is no figure))
_NORMAL_TIME_AFTER = re.compile(
    r"\s*(?:(?:[\w’'-]+\s+){0,5}?|(?:(?!(?:than|against|compared|versus|but|while|whereas|and|or)\b)[A-Za-z’'-]+\s+){6,9}?)"
    r"(?:on|in)\s+an?\s+(?:normal|usual|typical|ordinary|average)\b"
)
# "On an ordinary summer day the figure is about 150": the same baseline, said first
# ((branch evr324r) a weekday, "On an ordinary Tuesday before the mobilisation the post would see maybe 2,500", and
# "In normal times, before the protests began, some 2.500 a day entered" (rounds 307, 322, 323): the same)
_NORMAL_TIME_OPENING = re.compile(
    r"\s*(?:(?:On|In)\s+an?\s+(?:normal|usual|typical|ordinary|average)\s+(?:[\w’'-]+\s+)?"
    r"(?:day|week(?:end)?|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|In\s+(?:normal|ordinary|usual)\s+times\b)"
)
# (branch evr276q) the same said after an opening phrase: "Before 21 September, on a usual day about 4 000 ... crossed",
# "For comparison, on an ordinary day in the first half of September about 600", "in the usual day before 21 September
# ... entered on average 700-800" (rounds 268, 270 twice, 274), not across a turn to the running count ("but yesterday")
# ((branch evr428r) and a usual weekend, here and in `_NORMAL_TIME_OPENING`: "the numbers are still far from the years
# before the pandemic: on a usual weekend in the summer of 2019, more than 25 000 Russians crossed" (round 425, read as
# 25,000 entries; "On an ordinary weekend in August we would see about 700 people here" in a text of 26-423))
_NORMAL_TIME_INSIDE = re.compile(
    r"[,:]\s+(?:on|in)\s+(?:an?|the)\s+(?:normal|usual|typical|ordinary|average)\s+(?:[\w’'-]+\s+)?(?:day|week(?:end)?|month|year)\b"
    r"(?:(?!\b(?:but|while|whereas|now|yesterday|today)\b)[^.;!?\n]){0,80}$",
    re.IGNORECASE,
)
_NORMAL_TIME_INSIDE_NEEDS = ("normal", "usual", "typical", "ordinary", "average")
# (branch evr292q) a level told for the days before the event that opens the sentence and called usual or average:
# "Before the decree a usual day saw about 4,500", "Before 22 June the checkpoint cleared on average 60 trucks per day",
# "Before the announcement of mobilisation on a usual day here passed not more than 800" (rounds 265, 276, 290, 291):
# the undated baseline, no count of a time; not across a turn to the count since ("but since", "now", "yesterday").
# ((branch evr388r) a rate before the event said with no such word, "Before the call-up, about 5,000 to 6,000 Russians
# a day were entering", "Before the mobilisation, around 4 000 Russians a day crossed", "Before the mobilisation an
# average of about 1 800 arrived a day": the same usual day, no figure in every round (LABELLING.md, 4 Dec 2026; rounds
# 3, 385, 387 and many of 102-383), when the count is a daily rate ("a day", "daily", "an average of").)
_BEFORE_EVENT_OPENING = re.compile(
    rf"\s*Before\s+(?:the\s|\d|(?:{MONTH_ABBREVIATIONS})[a-z]*\.?\s+\d"
    # ((branch evr428r) a month named alone, or with its year: "Before April, Rwanda received an average of about 150
    # Burundian asylum seekers in a month", "Before December, ... some 15 people a day crossed the bridge" (rounds 424,
    # 427, and some twenty texts of 26-423: "Before May, ... fewer than 50 people a week crossed", "Before March, the
    # check-post saw a few hundred travellers a day"))
    rf"|(?:{MONTHS})\b(?!\s+\d{{1,2}}\b))"
    r"(?:(?!\b(?:but|while|whereas|now|since|yesterday|today|this\s+week)\b)[^;!?\n]){0,120}$"
)
# ((branch evr388r) the rate word before the number: "Before the announcement per day passed not more than 1500",
# "Before the mobilization the airport served at average 150 passengers for one day")
_DAILY_IN_OPENING = re.compile(
    r"\b(?:daily|a\s+day|per\s+day|each\s+day|every\s+day|per\s+24\s+hours|(?:at|on)\s+(?:an\s+)?average)\b"
    r"(?:(?!\b(?:compared|against|peak|up|down|but|now|since)\b)[^\d;])*$"  # the number's own rate, no other between
)
# (branch evr388r) the same rate with the event inside the sentence: "the ministry stressed that before the mobilisation
# 5-6 thousand a day were entering", "; before the mobilization the post handled about 4,000 a day", "Around 1,000 people
# a day entered before the call-up" (rounds 102-383, 385): the usual day before the crisis, no figure (a count for a
# stretch before it, "In the first 20 days of September, before the call-up, about 1,900", has no rate and is kept)
_CRISIS_EVENT = r"before\s+the\s+(?:partial\s+)?(?:decree|call-up|mobili[sz]ation|announcement|war|invasion|crisis)\b"
_BEFORE_EVENT_NEAR = re.compile(
    r"\b" + _CRISIS_EVENT
    + r"(?:(?!\b(?:but|while|whereas|now|since|yesterday|today|compared|against|up|peak)\b)[^\d;!?\n]){0,80}$",
    re.IGNORECASE,
)
_BEFORE_EVENT_TRAIL = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,3}?(?:a\s+day|per\s+day|daily|each\s+day|every\s+day)\b(?:\s+[\w’'-]+){0,4}?\s+" + _CRISIS_EVENT,
    re.IGNORECASE,
)
_USUAL_LEVEL_BEFORE = re.compile(  # ((branch evr332r) "on" with no article, a translation's: "Before the decree through
    # Kyakhta on usual day passed 250-300 people" (round 329))
    r"\b(?:an?|the|on)\s+(?:usual|normal|typical|ordinary|average)\s+(?:day|week|month)\b|\bon\s+average\b"
    r"|\b(?:usually|normally|typically|ordinarily)\b"
)
# (branch evr356r) a daily level told for the year before, set against the running count: "For comparison, in the same
# period of last year about 5.000 persons crossed the border daily", "Last year the sector saw an average of 40 a day",
# "A year earlier some 900 a day passed" (rounds 233, 353 label them no figures): a usual day a year back, no count
_YEAR_BACK_BEFORE = re.compile(
    r"\b(?:(?:in|during|over|at|for)\s+the\s+same\s+(?:period|time|days|weeks?|months?|dates|season)\s+(?:of\s+|in\s+)?last\s+year"
    r"|same\s+time\s+last\s+year|\bLast\s+year|(?:[,:]|\bcomparison)\s*last\s+year|\b[Aa]\s+year\s+(?:earlier|ago|before))\b",
)
# (branch evr476r) a month of last year named before a count, the same days or weeks of it too: "For comparison, in
# October last year 2.870 Russians entered Montenegro" (round 419), "In September last year it received only about 900
# passengers for the whole month" (round 430), "In September last year, a usual month, about 1,100 passengers a day"
# (round 431), "In the same days of September last year the figure was about 15 000" (round 472): a usual month or
# period before, no figure (each read with the whole of last year for its period); not "since September last year",
# and not a count after "but", "now" or "this year"
_MONTH_LAST_YEAR_BEFORE = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Ff]or)\s+(?:the\s+same\s+(?:period|time|days|weeks?|dates)\s+(?:of|in)\s+)?(?:{MONTHS})\s+last\s+year\b"
    r"(?P<between>[^;!?\n]{0,120})$"
)
_NOW_BETWEEN = re.compile(r"\b(?:but|while|whereas|now|this\s+(?:year|month|week)|today|yesterday|since)\b", re.IGNORECASE)
_DAILY_AFTER = re.compile(r"(?:(?!\b(?:but|while|whereas|now|this\s+year|today|yesterday)\b)[^;!?\n]){0,80}?"
                          r"\b(?:daily|a\s+day|per\s+day|each\s+day|every\s+day)\b")
# ((branch evr428r) a weekly or monthly rate, read for the sentence that opens "Before ...": "Before April, Rwanda
# received an average of about 150 ... in a month", "Before May, fewer than 50 people a week crossed" (rounds 424, 427
# and texts of 26-423): the usual week or month before, no count, as the usual day)
_PERIODIC_AFTER = re.compile(r"(?:(?!\b(?:but|while|whereas|now|this\s+year|today|yesterday)\b)[^;!?\n]){0,80}?"
                             r"\b(?:(?:in\s+)?an?\s+(?:week|month)|(?:per|each|every)\s+(?:week|month)|weekly|monthly)\b")
_DAILY_BEFORE = re.compile(r"\b(?:an?\s+)?(?:daily\s+)?average\s+of\s+(?:\w+\s+)?$|\bon\s+average\s+(?:\w+\s+)?$")
# (branch evr360r) a daily level set beside the running count by a sentence that opens "For comparison": "For
# comparison, in March 2021 the Border Guard cleared on average about 10 000 arrivals a day", "For comparison, before the
# war about 7 000 people a day crossed", "For comparison, in the year 2021 average through Altanbulag passed 350 persons
# per day" (rounds 272, 273, 310, 342, 358; labelled by none): a usual day of another time, no count (a dated count so
# opened, "For comparison: on Thursday, the last day before the ban, 5,262 Russians entered", has no daily rate, kept)
_COMPARISON_OPENING = re.compile(
    r"\s*(?:[-•*–]\s*)?(?:\d+\.\s+)?(?:For|By|In)\s+comparison\b"
    r"(?:(?!\b(?:but|while|whereas|now|since|yesterday|today|this\s+(?:week|year))\b)[^;!?\n]){0,160}$"
)
# (branch evr424r) a count of an earlier year set beside the running one by a sentence that opens "For / By / In
# comparison": "For comparison, on 28 September 2021, 1,946 citizens ... entered", "For comparison, in February 2016 just
# 680 Venezuelans entered" (rounds 420, 422; labelled by none): a year before the report's named between the opening and
# the number ("in the same period of last year this figure made up 9 thousand" is labelled in round 45, so "last year"
# is left) (the dated count of the report's own year so opened, "For comparison: on Thursday ... 5,262 entered", kept)
# ((branch evr464r) and the comparison set between commas after the time that opens the sentence: "In September 2021,
# by comparison, around 9 000 Russians entered Serbia." (round 460; "In a usual month of 2021, for comparison, around
# 45,000 ...", "In a usual September, by comparison, about 1,200 ... a day" in texts of 26-459): an earlier year's
# count set beside the running one, the same as the sentence that opens so)
_COMPARISON_ASIDE = re.compile(
    r",\s*(?:[Bb]y|[Ff]or|[Ii]n)\s+comparison\s*,(?:(?!\b(?:but|while|whereas|now|since|yesterday|today|this\s+(?:week|year))\b)[^;!?\n]){0,100}$"
)
# (branch evr464r) a count set "against" the running one, with its earlier year just after it: "In September 2022, 222
# 274 citizens of Russia entered Georgia, against 64 119 in September 2021." (round 440), "against 69 114 in October
# 2021" (round 452), "612.347 Russian citizens entered Turkey in September, against 489.112 in September 2021" (round
# 462): the same month a year back, before the crisis, labelled by none (a usual time before it is no figure); only
# with its month named ("against 78 in the same period of 2023" is labelled in round 38)
_SET_AGAINST_BEFORE = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus)\s+(?:(?:about|some|around|roughly|nearly|almost|just|only|over|more\s+than)\s+)?$"
)
_IN_AN_EARLIER_YEAR_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in|during|for)\s+"
    rf"(?:{MONTHS})\s+((?:19|20)\d\d)(?![\d.,]\d)"
)
# (branch evr464r) an agency's planning figure, the number it plans for, not a count: "the planning figure of 300,000 in
# the Humanitarian Response Plan of 7 September has been exceeded" (round 460), "UNHCR's 2016 planning figure for new
# Eritrean arrivals is 36,000" (389), "Partners' planning figure assumes up to 50,000 new arrivals" (266), "Planning
# figures foresee up to 150,000 new arrivals" (299): a projection, no figure (no comma between: "Against a planning
# figure of 100,000, 120,000 have arrived" keeps the count)
_PLANNING_FIGURE_BEFORE = re.compile(
    r"\bplanning\s+(?:figures?|assumptions?|scenarios?|numbers?|targets?|estimates?)\b[^.;,!?\n]{0,60}$", re.IGNORECASE
)
_EARLIER_YEAR_NAMED = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")
_AVERAGE_BEFORE = re.compile(r"\baverage\b(?:\s+[\w’'-]+){0,8}\s+$")
# (branch evr516r) a daily average set after a count of its own sentence by a comma: "7,204 new arrivals were received
# at Elegu, an average of about 2,400 persons per day" (round 518), "31,460 persons have entered, an average of about
# 4,500 persons a day" (519), "more than 60 thousand migrants have entered ..., a daily average of 3.190" (519), "4,356
# Venezuelans, an average of 622 per day" (292): the same count told per day, labelled no figure ("the week's daily
# average", as the notes of rounds 292, 512, 518 and 519 read it); the count before is the figure
_APPOSED_AVERAGE_BEFORE = re.compile(
    r",\s+(?:an?\s+)?(?:daily\s+)?average\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|just\s+(?:over|under)|over|more\s+than|close\s+to)\s+)?$"
)
# (branch evr153q) "11 teachers have received summonses", "37 men were handed summonses": the men served, no one moving
_SUMMONSES = r"(?:summons(?:es)?|(?:call-up|draft|mobili[sz]ation)\s+(?:notices|papers|orders|letters))\b"
_SUMMONED_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:have|has|had|were|was)\s+)?(?:(?:now|already|so\s+far|also)\s+)?(?:been\s+)?"
    r"(?:received|handed|served|given|got|issued)\s+(?:with\s+)?(?:their\s+|the\s+)?" + _SUMMONSES,
    re.IGNORECASE,
)
# ((branch evr324r) the passive, "summonses were handed to around 60 men", "summonses were handed to 12 persons": rounds
# 254, 269, 277, 278, 321) ((branch evr452r) or the participle alone, "saw summonses served to 41 men" (round 448))
_SUMMONSES_TO_BEFORE = re.compile(
    _SUMMONSES + r"\s+(?:(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+\s+)?)?(?:handed|served|given|delivered"
    r"|issued|sent)(?:\s+out)?\s+)?(?:to|on)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "against an ordinary Sunday's 1,100 or so", "a normal week's 4,000": the same baseline, as a time's possessive
_NORMAL_TIME_POSSESSIVE = re.compile(
    r"\b(?:an?|the)\s+(?:normal|usual|typical|ordinary|average)\s+(?:[\w-]+\s+)?[\w-]+['’]s?\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# (branch evr252q) "against a normal daily figure closer to 1,500 for the season", "against a daily average of about
# 1,100 in August", "against a normal daily flow of about 1,500" (rounds 246, 248, 250): a level set against the count
# and called normal, usual or average, no count of a time (the same undated baseline)
_NORMAL_LEVEL_BEFORE = re.compile(
    r"\b(?:against|compared\s+(?:with|to))\s+(?:a|an|the)\s+(?=(?:[\w-]+\s+){0,2}?(?:normal|usual|typical|ordinary|average)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:figure|flow|level|number|load|rate|count|total|average)\s+"
    r"(?:of|closer\s+to|nearer(?:\s+to)?|near|around|about|at)\s+(?:(?:about|around|some|roughly|nearly|just|only|under|over)\s+)?$",
    re.IGNORECASE,
)
# (branch evr452r) what became of men called up, or of those who came back, told after them: "412 were called up and
# sent to units after medical examination", "1 240 of the men who returned have been granted a deferment or exemption"
# (round 451), "82,000 of them were already in the \"zone of the special military operation\"" (450), "82,000 had
# already been sent to units in the zone" (a text of 102-447, read as `other`), "1,500 men had been sent to training
# grounds" (one of 102-447): soldiers sent to serve or men let off, no border crossed (LABELLING.md labels the call-up
# target only)
_SENT_TO_SERVE_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,6}?(?:(?:had|have|has)\s+(?:(?:already|now|since)\s+)?been|were|was|are|is)\s+"
    r"(?:(?:already|now|then|later|subsequently|also)\s+)?"
    r"(?:(?:(?:called\s+up|mobili[sz]ed|drafted|conscripted)\s+and\s+)?(?:sent|deployed|dispatched|assigned|posted)\s+to\s+"
    r"(?:the\s+|their\s+|military\s+|combat\s+)?(?:units?|training|front|zone|war|combat|army|battalions?|regiments?"
    # ((branch evr488r) or to the points where the called-up gather: "1 624 residents of Yakutia have been mobilised and
    # sent to the assembly points in Yakutsk" (round 486, read as other; "37 of them were sent to the assembly point of
    # the military commissariat", round 453): men called up, no one crossing)
    r"|(?:assembly|gathering|mobili[sz]ation)\s+points?)\b"
    r"|(?:granted|given)\s+(?:a\s+|an\s+)?(?:deferments?|deferrals?|exemptions?|reprieves?)\b"
    r"|in\s+the\s+[\"“'‘]?(?:zone\s+of\s+(?:the\s+)?special|front\s+line|combat\s+zone)|at\s+the\s+front\b)",
    re.IGNORECASE,
)
# (branch evr452r) counts an enlistment office or military commissariat gives out, the office the sentence's source
# before them: "Regional enlistment offices report these totals since 21 September: St Petersburg 8,000, Bashkortostan
# 10,000" (round 448, read as entries into Finland), "The military commissariat of the region reports that 1 240 of the
# men who returned ..." (451): men called up, let off or sent on, told by the office calling them up, no border crossed
# (not a count of crossings in its own clause: "the office says 300 men crossed")
_ENLISTMENT_SOURCE_BEFORE = re.compile(
    r"\b(?:(?:military\s+)?(?:enlistment|recruitment|draft)\s+(?:offices?|boards?)|military\s+commissariats?)\b"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s+(?:reports?|reported|says?|said|told\s+\w+)\b"
    r"(?:\s+these\s+(?:totals|figures|numbers)|\s+that)?\b",
    re.IGNORECASE,
)
_OWN_CROSSING_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:(?:had|have|has)\s+)?(?:crossed|left|entered|fled|arrived|returned|came|went|passed)\b",
    re.IGNORECASE,
)
# (branch evr452r) a number met as a goal, in the passive: "Shoigu told Putin that the 300,000 had been reached" (round
# 450, read as entries), "the quota of 6,000 has been met": a target reached, no one crossing (people who reached a
# place, "260 Cubans had reached the base", keep their active verb)
_TARGET_MET_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:had|has|have)\s+(?:(?:now|already|finally)\s+)?been\s+(?:reached|met|achieved|fulfilled|filled|completed)\b"
    r"|\s+(?:mark|target|quota|goal|figure)\s+(?:had|has|have|was)\s+(?:(?:now|already|finally)\s+)?(?:been\s+)?(?:reached|met|achieved|fulfilled|filled)\b",
    re.IGNORECASE,
)
_SENT_TO_SERVE_CUES = ("sent", "deploy", "dispatch", "assign", "posted", "granted", "given", "zone", "front")
# (branch evr488r) men called up by mistake, counted as they are let off or sent home: "176 men who were called up
# wrongly were sent home" (round 486), "\"more than 400 people\" who had been called up wrongly" (473), "9,000 men
# wrongly called up had been sent home" (435), "9,000 citizens who had been called up in violation of the rules were
# returned home" (429, read as exits), "170 men called up by mistake ... had been sent home" (117): a call-up undone
# inside the country, no border crossed (labelled no figure in each of them); not the call-up target, "300,000
# reservists are to be called up" (no word of a mistake after it)
_CALLED_UP_WRONGLY_CUES = ("called up", "mobilised", "mobilized", "drafted")
_CALLED_UP_WRONGLY_AFTER = re.compile(
    r"[\"”]?\s+(?:[\w’'-]+[\"”]?\s+){0,3}?(?:(?:who|that)\s+)?(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?"
    r"(?:(?:wrongly|mistakenly|erroneously|wrongfully|illegally|unlawfully)\s+(?:called\s+up|mobili[sz]ed|drafted)\b"
    r"|(?:called\s+up|mobili[sz]ed|drafted)\s+[\"“]?(?:wrongly|mistakenly|erroneously|wrongfully|illegally|unlawfully"
    r"|by\s+mistake|in\s+error|in\s+violation)\b)",
    re.IGNORECASE,
)
# "handed out about 60 summonses", "200 draft notices": papers served on men, no people moving (unlabelled)
_SUMMONSES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?" + _SUMMONSES, re.IGNORECASE)
# "letting pedestrians cross in groups of 20", "in batches of 50": how many go at a time, no count
# (branch evr85b) a traveller's own children, as digits ("four children" in words is no count already)
_FAMILY_BEFORE = re.compile(
    r"\b(?:his|her|their|my|our)\s+(?:wife|husband|partner|mother|father|parents)\s+and\s+$|\bwith\s+(?:his|her|their|my|our)\s+$"
)
_CHILDREN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:children|kids|sons|daughters|grandchildren|babies)\b")
# (branch evr85b) people counted by the papers they hold
_HOLDERS_AFTER = re.compile(
    # ((branch evr87b) "151,000 Russians held residence permits in Turkey": the same, with no "who")
    # ((branch evr88b) "4,300 received a residence permit", "were granted visas": papers handed out, a count of papers)
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:who\s+(?:already\s+)?(?:held|hold|holds|had|have)|held|holds?|received|obtained"
    r"|(?:were|have\s+been)\s+granted)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:passports?|permits?|visas?|residency|citizenship|residence)\b"
)
# a bare number set against a share: "37 percent against the usual 8", "12% of sales compared with 9": a share too
_SHARE_BEFORE = re.compile(
    r"(?:%|\bper\s?cent)(?:\s+[a-z][\w-]*){0,3}?\s+(?:against|versus|vs\.?|compared\s+(?:with|to)|than|(?:up|down)\s+from)\s+"
    r"(?:(?:the|a|an|its)\s+)?(?:(?:usual|normal|typical|ordinary|average|previous|earlier|former)\s+)?$",
    re.IGNORECASE,
)
# papers named by a country or a scheme (the units list takes no capitalised word before them)
_PAPERS_AFTER = re.compile(
    r"\s+[A-Z][\w’'-]+\s+(?:(?:national|residence|tourist|transit|work|student|temporary|permanent|biometric|new)\s+)?"
    r"(?:passports|visas|permits|(?:ID|identity)\s+cards|travel\s+documents)\b"
)
_GROUP_SIZE_BEFORE = re.compile(r"\b(?:groups|batches|parties|lots)\s+of\s+(?:up\s+to\s+|about\s+|some\s+)?$", re.IGNORECASE)
# (branch evr84b) "a queue at the only open pharmacy was two hours long": a shop's or a bank's queue, no border's
_SHOP_QUEUE = re.compile(
    # ((branch evr456r) and the queue's size told between, and a fuel station's pumps (not "the line of cars began at
    # the petrol station", a border queue's end): "drivers say there are queues of 30
    # cars at the pumps there too" (round 455, read as a border queue of 30 vehicles), "a line of 40 cars outside the
    # petrol station")
    r"\b(?:queues?|lines?|queued|queuing|queueing)\s+(?:of\s+(?:(?:about|some|around|up\s+to)\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?)?(?:at|outside|in\s+front\s+of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:pharmac(?:y|ies)|chemists?|supermarkets?|shops?|stores?|bakery|bakeries|banks?|ATMs?|cash\s+machines?|(?:petrol|gas|fuel|filling)\s+(?:stations?|pumps?)|pumps)\b",
    re.IGNORECASE,
)
_SHOP_QUEUE_NEEDS = words_needed(_SHOP_QUEUE)
# (branch evr84b) "300 Australians had registered for assistance": signed up for help or a seat, no movement
_REGISTERED_FOR_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:had\s+|have\s+|has\s+)?registered\s+for\b")
# (branch evr204q) people on an embassy's or office's books: "1,200 Irish citizens are registered with the embassy",
# "the 23 British nationals registered with this Embassy", "3,000 or so are registered with the office"; a stock, no
# movement (not "1,600 had now registered with the embassy to go home": the registering, done)
_REGISTERED_WITH_AFTER = re.compile(
    r"\s+(?:(?!(?:have|has|had)\b)[\w’'-]+\s+){0,3}?(?:(?:are|were|is)\s+)?registered\s+with\s+(?:the|this|our|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:embassy|consulate|office|mission|high\s+commission)\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\s*(?:on\s+|in\s+)?(?:the|a)\s+(?P<unit>day|week|month)\s+(?:before|earlier)\b(?!\s+(?:the|a|an|his|her|its|their)\b)"
    # ((branch evr404q) or "preceding": "2,350 in the week ended Saturday 11 July, against some 1,900 in the preceding
    # week" (round 353))
    r"|\s*(?:on\s+|in\s+)?the\s+(?:previous|preceding)\s+(?P<previous>day|week|month)\b"
    # "on the same day a week earlier", "on the same Friday a week earlier": the figure before's day, a week back
    # ("on the Friday a week earlier", no "same": the same)
    r"|\s*(?:on\s+)?the\s+(?:same\s+)?(?:day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:a|one|the)\s+(?P<same_day>week|month)"
    r"\s+(?:ago|earlier|before)\b"
    # (branch evr88b) "against 600 on the Tuesday before": that weekday a week back
    r"|\s*(?:on\s+)?the\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?P<weekday_before>before|earlier)\b(?!\s+(?:the|a|an|his|her|its|their|last)\b)",
    re.IGNORECASE,
)
# "For comparison, from 12 to 21 September only 640 arrived": a window set against the running one, not "the same period"
_FOR_COMPARISON = re.compile(r"\b(?:[Ff]or|[Bb]y|[Ii]n)\s+comparison\b[^.!?\n]*$")


def _set_against(text: str, position: int) -> bool:
    """Whether the sentence up to `position` opens as a comparison (its window is a baseline's)."""
    head = text[max(0, position - 120) : position]
    return "comparison" in head and _FOR_COMPARISON.search(head) is not None


# (branch evr404q) a part of a day named by no day: "during the night", "overnight" (`_period`'s "the same day")
_DAYLESS_PART = re.compile(
    r"(?:(?:during|in|through|over|at)\s+)?(?:the\s+)?(?:night|morning|afternoon|evening)|overnight", re.IGNORECASE
)
_ONE_BACK = re.compile(r"(day|week|month)\s+(?:before|earlier|after)$")  # "a week before" (`when._SAME_PERIOD`)
_SAME_DAY_LAST = re.compile(r"same\s+day\s+(?:of\s+)?last\s+(week)$")  # (branch evr76b) `when._SAME_PERIOD`
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
_RISE_FALL = keywords(r"up|down|rising|falling|fell|rose", tail=r"\s*$")
_FROM_LEVEL = r"(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?of)?"  # "down from a peak of 17,000"
_CHANGED_TO_FROM = (  # "fell on Thursday to 4,800, from 6,400 a day earlier": the level before the change
    r"(?:fell|fallen|rose|risen|dropped|declined|decreased|increased|climbed|jumped|grew|grown|slipped|eased|doubled|halved"
    r"|shrunk|shrank|lengthened)\b[^.;:]{0,50}?"
    r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|under\s+|below\s+|over\s+)?"
    rf"(?:[\d.,]+|{_BELOW_100})(?:\s+(?:thousand|million|km|kilomet(?:re|er)s|hours))?"
    # "fell to under two hours on Tuesday, from about ten hours on Friday", "has shrunk to about 3,500 this afternoon, from"
    r"(?:\s+(?:on\s+[A-Z]\w+|this\s+(?:morning|afternoon|evening)|today))?\s*,?\s+from"
)
# ((branch evr87b) "only slightly above the 598,100 it recorded in September 2021")
_ABOVE_OR_BELOW_THE = r"(?:(?:only\s+)?(?:far|well|just|way|slightly|barely|a\s+little|somewhat|much)\s+)?(?:below|above|short\s+of)\s+the"
_BASELINE_BEFORE_WORDS = (
    rf"(?:up|down|rising|falling|fell|rose)\s+from{_FROM_LEVEL}|compare[ds]? (?:with|to)|against|a\s+fraction\s+of(?:\s+the)?"
    rf"|{_ABOVE_OR_BELOW_THE}"  # "far below the 500 a day that came in before"
    rf"|{_CHANGED_TO_FROM}"
)
_BASELINE_BEFORE = keywords(_BASELINE_BEFORE_WORDS, tail=r"\s*$")
# a sentence comparing the figure before with an earlier level: "That compares with 6,800 the week before."
# ((branch evr87b) "That is only slightly above the 598,100 it recorded in September 2021.")
_COMPARES_OPENING = re.compile(
    r"\s*(?:That|This|It)\s+(?:compares|compared|(?:is|was)\s+(?:up|down)\s+from"
    rf"|(?:is|was)\s+{_ABOVE_OR_BELOW_THE})\b"
)
# a change told from one level to another: "was reduced from 14 to 6 hours", "rose from 2,000 to 5,000"
_CHANGE_VERBS = (
    r"rose|risen|fell|fallen|dropped|declined|decreased|increased|climbed|jumped|grew|grown|reduced|cut|shortened"
    r"|lengthened|went\s+(?:up|down)|gone\s+(?:up|down)"
)
_CHANGED_FROM = keywords(_CHANGE_VERBS, tail=r"\s+from\s+(?:[a-z]+\s+)?$")  # before the first level: no range
_COMPARATIVE_BEFORE_WORDS = (
    rf"up from{_FROM_LEVEL}|down from{_FROM_LEVEL}|compared (?:with|to)|against|versus|vs\.?|than|increase of|rise of"
    rf"|(?:{_CHANGE_VERBS})\s+from"  # the level before the change, with no date of its own: no figure
    rf"|a\s+fraction\s+of(?:\s+the)?|{_ABOVE_OR_BELOW_THE}"
)
_COMPARATIVE_BEFORE = keywords(_COMPARATIVE_BEFORE_WORDS, tail=r"\s*$")
# Any of the four cues above as one search (each needs its words): most numbers have none of them.
_NEAR_CUES = keywords(
    "|".join((_BASELINE_BEFORE_WORDS, _COMPARATIVE_BEFORE_WORDS, _BASELINE_WORDS, _STOCK_WORDS)), tail=""
)

_VERB_WORDS = [
    # "crossed the other way", "crossed back", "crossed out": leaving the country the others came into (before "crossed" is read as entering)
    (
        "exits",
        r"(?:crossed|crossing|went|going|travell?ed|headed|moved)\s+(?:in\s+)?the\s+(?:other|opposite|reverse)\s+(?:way|direction)|(?:in\s+)?the\s+(?:return|back)\s+direction"
        r"|cross(?:ed|es|ing)?\s+(?:back|out)\b"  # "90 crossed in and 210 crossed out"
        # (branch evr85b) "55 have come back from Poland into Belarus": the reverse flow, out of where they came back from
        r"|(?:(?:have|has|had)\s+)?(?:came|come|comes|coming)\s+back\s+from\b"
        # (branch evr404r) "About 600 people walked back across the bridge into N'Djamena", "Around 450 people walked
        # back across the bridge to Myawaddy" (rounds 193, 397, 400): on foot, back the way they came (not "walked across")
        r"|walk(?:ed|ing|s)?\s+back\s+(?:across|over)\b",
    ),
    ("net_arrivals", r"stayed|remained|settled|net (?:arrivals|inflow|migration|increase|gain)|(?:who|that)\s+(?:stay|remain|settle)\s+in"),
    (
        "entries",
        (
            r"enter\w*|entries|arriv\w*|crossed into|came (?:in)?to|come (?:in)?to"
            r"|(?:pour|stream|flood|surg|flock|spill|swarm)(?:s|ed|ing)?\s+(?:in)?to"
            r"|(?:pour|stream|flood|surg|spill|swarm)(?:s|ed|ing)?\s+(?:across|over|in|through)"
            r"|(?:got|get|gets|getting)\s+(?:through|across|over)|(?:made|make|makes|making)\s+it\s+(?:across|through|over)"
            # (branch evr340r) crossed on foot: "close to 3,800 people have walked across at Roxham Road", "6,200 people
            # have walked across at Medyka" (rounds 184, 294, 336: read as "crossed", its direction from the place; not
            # "Walking across remains forbidden": no one counted)
            r"|walked\s+across\b"
            # (branch evr380r) and "walked in": "counted 780 people walking in from Dobley on Monday" (round 377), "3,200
            # walked in, the most in a single day", "walked in through the forested hills near the border post" (rounds
            # 118, 168; not "walking in the rain", "walked in line": where, not whence)
            r"|(?:walk|trek|trudg|trickl)(?:ed|ing|s|es)?\s+in\b(?!\s+(?:the|a|an|line|lines|single|circles|groups?|columns?|pairs|twos|small|large|their|his|her)\b)"
            r"|made the (?:journey|crossing|trip)|mak(?:e|es|ing) the (?:journey|crossing|trip)|reaching|reaches"
            r"|admitted|inflow|influx|crossed (?:over )?(?:the border )?(?:in)?to|crossed|reached|came (?:in|through|over|across)"
            # "had come across at Akanyaru": the perfect of "came across" (not "waiting to come over": still to come)
            r"|come(?<!to come) (?:through|over|across)\b"
            r"|coming (?:in|across|over|through)\b"  # "counted 1,190 coming in on Tuesday"
            # "9,000 came down the pass above Isikveren": over the mountains into the country below
            r"|(?:came|come|comes|coming)\s+down\s+(?:the|a)\s+(?:[\w’'-]+\s+)?(?:pass|passes|mountains?|mountainside|slopes?|trail|track|path)\b"
            # the present: "about 10,000 people cross the bridge every day" (not "hoping to cross", `_nearest_verb`)
            r"|cross(?:es)?\s+(?:(?:the\s+(?:[\w’'-]+\s+){0,3}?(?:border|bridge|river|crossing|checkpoint|frontier))|into|over\s+into)\b"
            r"|taken in|took in|received|welcomed|registered|crossing into|come in|come into|have come|has come"
            # (branch evr404r) the American border agency's word: "officers at the San Ysidro port encountered 3,947
            # Russian nationals in September", "4,116 Russian nationals were encountered at the San Ysidro port of entry"
            # (rounds 217, 403: labelled entries at the port)
            r"|encountered"
            r"|pass(?:es|ed)? through|passes|passed(?! away|\s+(?:the|a|their)\s+night)|(?:are|were|is|was|been|be)\s+(?:(?:now|still|also|even|currently|already|reportedly)\s+)?crossing"
            # ((branch evr89b) not a night passed nor people "awaiting to be registered", translated: a stay, no crossing)
            r"|(?:flew|flown)\s+into|present(?:ed|ing)\s+(?:themselves\s+)?at\b"  # "have flown into Cancun", asylum seekers "presenting at the port of entry"
            r"|landed|landing|ashore|disembark\w*"  # "they disembarked 1,240 in Lampedusa", "put 900 passengers ashore"
            # (branch evr110b) "1,120 passengers came off flights from Moscow", "265 came off a single ferry": landed
            r"|(?:came|come|comes|coming|got|stepped)\s+off\s+(?:(?:the|a|an|their|two|three|four|[\w-]+)\s+){0,2}?"
            r"(?:ferr(?:y|ies)|flights?|boats?|ships?|planes?|vessels?|steamers?|trains?)\b"
            r"|docked|berthed"  # (branch evr91b) the ship its people came on: "a ferry carrying 4,500 docked at Bari"
            r"|(?:brought|taken|put)\s+(?:them\s+|safely\s+)?(?:ashore|to\s+(?:port|shore))"  # rescued at sea, then landed
            r"|(?:brought|taken|ferried)\s+(?:them\s+|safely\s+)?to\s+(?=(?-i:[A-Z]))|made\s+it\s+(?:in)?to\s+(?=(?-i:[A-Z]))"  # "taken to Malta"
            r"|mov(?:ed|ing|es)\s+(?:across\s+(?:the\s+border\s+)?)?into\s+(?=(?-i:[A-Z]))"  # "moved into Costa Rica"
            r"|(?:have|has|had)\s+gone\s+to\s+(?=(?-i:[A-Z]))"  # "Another 26,300 have gone to Rwanda": into it
            r"|(?:came|come|comes|coming)\s+(?:back\s+)?home"  # "had come home from India through Birgunj": into home
            # (branch evr77b) how they came, then where from or through: "came overland from Georgia", "came on foot via"
            r"|(?:came|come)\s+(?:overland|by\s+(?:road|land|sea|boat|bus|car|train|rail)|on\s+foot)\s+(?:from|through|across|over|via|in)\b"
            r"|(?:sought|took|found|seeking|taking|seek|find)\s+(?:refuge|shelter|sanctuary|safety)|let\s+(?:in|through)|allowed\s+(?:in|into|through)"
            # (branch evr404r) and across: "On Friday, 5,500 had been allowed across at Uludere" (round 402), "were allowed
            # to cross at": let over the border (not "not allowed to cross": refused, `_REFUSED_ENTRY_BEFORE` before)
            r"|(?:let|allowed|permitted)\s+(?:across|over)\b|(?:allowed|permitted)\s+to\s+cross\b"
            r"|processed|cleared\s+(?:customs|border\s+control|passport\s+control)|(?:checked|counted)\s+through"
            r"|(?:are|were|is|was|keep|kept)\s+(?:(?:still|now|also)\s+)?coming|still\s+coming|keep\s+coming"
            r"|cross(?:es)? (?:into|over|the border|at|through|via)"
            r"|crossing\s+the\s+(?:border|frontier|(?:English\s+)?Channel|Mediterranean|Aegean|sea|river|strait|jungle|Darien)"
            # how they came: "made their way into", "trekked across the mountains into", "sailed from Lebanon to"
            r"|made\s+(?:their|his|her)\s+way\s+(?:in)?to|(?:walk|trek|hik|march|trudg|sail|row|swam|swum|wad|drove|driven|rode)"
            r"\w*(?:\s+or\s+\w+)?(?:\s+(?:across|over|through|from)\s+(?:the\s+)?[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}){0,2}\s+(?:in)?to"
            r"|(?:wad|swam|swum|walk|trek)\w*\s+(?:across|over)\s+(?:the\s+)?(?:river|border|frontier|bridge)"  # "450 waded across the river"
            r"|(?:wad|swam|swum)\w*\s+(?:across|over)\s+(?:the\s+)?(?=(?-i:[A-Z]))"  # (branch evr85b) "swam across the Mahakali"
            # (branch evr204q) "11,000 had been pushed over the frontier", "6,000 were driven across at that point":
            # expelled, into the country that receives them
            r"|(?:pushed|driven|forced)\s+(?:over|across)\b"
            # (branch evr352r) an airport that handled people from somewhere, for the numbers after the first: "Zvartnots
            # ... handled 6,240 passengers from Russian cities on Wednesday and more than 6,800 on Thursday" (round 348;
            # the first is read by `_HANDLED_PEOPLE_BEFORE`; not "handled 35 million passengers in 2019": no "from")
            r"|handled(?=\s[^.;]{1,40}?\spassengers\s+from\s)"
            # (branch evr444r) let in, in the passive with its country, and cleared at a post: "220,000 Iraqis have been
            # let into Turkey", "21 650 persons were cleared at Medyka" (rounds 441, 443; "1 946 Russian citizens were
            # let into Poland", "214 Russians were cleared at Bezledy" in round 374)
            # (its country named: "2 860 such cars were let into the republic" is a region's, inside Russia; and not
            # "Not let into Lithuania were 214 persons": refused)
            r"|(?:let|permitted)(?<!not\slet)(?<!not\spermitted)\s+into\s+(?=(?-i:[A-Z]))|(?:were|was|been|being|are|is)\s+cleared\s+(?:at|through)\b"
        ),
    ),
    (
        "exits",
        (
            # ((branch evr137q) "handled 21,000 departing passengers", "9,700 passengers departing on international flights")
            r"exit\w*|egress\w*|left|leaving|leave|departed|departing|departures?|returned|returns\s+(?:through|via|at)|went back|(?:going|go|goes|gone) back|crossed back|outflow"
            r"|fled|flee\w*|escaped|emigrat\w*|have gone|abroad|flown out|evacuated|airlifted|returning\s+from"
            r"|pushed back|sent back|travell?ed back|(?:flew|flown|sailed)\s+back|back across the border|deported|expelled|repatriated|removed to"
            r"|towed\s+back|(?:back\s+)?out\s+to\s+sea"  # "the navy towed 2,500 in their boats back out to sea": pushed back
            # "police drove 450 Albanians without papers back to Kakavia": the verb of people taken back, after them
            rf"|back\s+(?:across|over|to|into)\s+(?:the\s+)?(?:border|frontier|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTHS})(?-i:[A-Z])[\w-]*)"
            r"|flew out|flown abroad|flew abroad|(?:flew|flown)\s+(?:to|(?:on\s+)?from)|relocated|got out|headed abroad|went abroad|moved abroad"
            r"|quit the country|(?:gone|went|going|go|goes|headed|heading|returned|returning|travell?ed)\s+home"
            # (branch evr508q) "1 420 persons were flown home from Marsa Matruh", "some 850 Russians flew home from
            # Dubai", "218 migrants have flown home from Tunis-Carthage": out of the airport's country (rounds 510, 221,
            # 245, 185, 131; labelled exits at the airport's town; not "flown home from the kingdom", counted at home, 124)
            r"|(?:flew|flown)\s+home\s+from\s+(?=(?-i:[A-Z]))"
            r"|went\s+out\b(?!\s+of\s+(?:business|use|service))"  # "68,700 came in ... and 41,300 went out"
            r"|(?:in\s+)?the\s+(?:other|opposite|reverse)\s+(?:way|direction)|(?:in\s+)?the\s+(?:return|back)\s+direction"
            r"|(?:pour|stream|flood|surg|spill)(?:s|ed|ing)?\s+out\s+of"  # "12,000 poured out of the country"
            r"|(?:sail|fl[eo]w|steam)\w*\s+(?:from\s+[A-Z][\w’'-]+\s+)?for\b"  # "600 sailed from Marseille for Algiers"
            # "5,100 boarded onward flights to Istanbul", "210 boarded the ferry back to Sochi": boarding to go on or back
            # "86,000 civilians were carried out of Hungnam by sea", "7,000 were taken off": an evacuation, out
            # (branch evr83b) "transported by planes from the airport of Djerba": flown out
            r"|(?:carried|taken|ferried|shipped|lifted|transported)\s+(?:out\s+of|off\b|by\s+(?:air|planes?|aircraft|flights?)\s+from)"
            # (branch evr84b) "took 84 Australians out of Noumea's Magenta domestic airport": out through a town's airport or port
            r"|out\s+of\s+(?-i:[A-Z])[\w’'-]+\s+(?:[\w’'-]+\s+){0,3}?(?:airport|port|harbou?r)\b"
            r"|board(?:ed|ing)\s+(?:the\s+|an?\s+)?(?:onward|connecting|return)\s+(?:flights?|ferr(?:y|ies)|ships?|boats?|planes?|trains?|buses)\b"
            r"|board(?:ed|ing)\s+(?:the\s+|an?\s+)?(?:flights?|ferr(?:y|ies)|ships?|boats?|planes?|trains?|buses)\s+(?:back|home)\b"
            # (branch evr117b) "2,460 passengers boarded our ships in Helsinki", "38,000 have sailed from this port": out
            # by sea from the port
            r"|board(?:ed|ing)\s+(?:the|our|their|its)\s+(?:[\w-]+\s+)?(?:ships?|ferr(?:y|ies)|vessels?|steamers?)\b"
            r"|sail(?:ed|ing)\s+(?:from|out\s+of)\b"
            # (branch evr220q) "the last 1,100 civilians embarked at Upper Tachen", "340 embarked in the seven days",
            # "9 000 persons were embarked on the ships": aboard, out of the port (not "wait ... to be able to embark")
            r"|embark(?:ed|ing)\b"
        ),
    ),
]
_ANY_VERB = keywords("|".join(words for _quantity, words in _VERB_WORDS))  # branches keep their order: net, entries, exits
_VERB_AT_END = keywords("|".join(words for _quantity, words in _VERB_WORDS), tail=r"\b\s*$")  # "has taken in 120,000"
_VERBS = [(quantity, keywords(words)) for quantity, words in _VERB_WORDS]
_LEFT_PLACE = keywords(
    r"left|leave|leaving|fled|flee|fleeing|exited|departed(?: from)?|out of|escaped(?: from)?|from", tail=r"\s+(?:the\s+)?$"
)
_VERB_RIGHT_AFTER = re.compile(rf"\s+(?:[A-Z][a-z]+\s+(?=who\s))?(?:[a-z]+\s+)?(?P<verb>{_ANY_VERB.pattern})")  # "against 7,100 (people) arriving"
# ((branch evr400q) or the people's nationality before "who": "counted 3,420 Iraqi arrivals, against some 700 Iraqis who
# travelled home in the other direction", as "against about 4,100 who travelled back into Iraq" (rounds 71, 399))
_COMPARED_TIME = keywords(
    rf"than|compared (?:with|to)|(?:against|versus)(?=\s+(?:(?:about|around|some|nearly|only|just)\s+)?[$\d])|up from{_FROM_LEVEL}|down from{_FROM_LEVEL}|(?:twice|double|treble|triple|half|three times)\s+the\s+(?:number|level|rate|fare|price|cost)"
    rf"|{_CHANGED_TO_FROM}"
    r"|having\s+been(?:\s+(?:close\s+to|about|around|nearly|almost|under|over|just|only))?",  # the level before, and its time
    tail=r"\s+(?:[\w’',.–$()-]+\s+){0,3}$",  # (an amount and its dollars: "against 800 taka ($7) before the violence")
)  # "1,691 more than the same day last week", "up from 313,000 on Sunday", "up from $15 before the war", "now $235,
# having been 9,000 roubles before the war"; (branch evr85b) "roughly $80, twice the fare in August": the fare's own time
# is not August
# (evspeed9) the words one of which each match holds, looked for in the folded text before a search that most stretches
# fail (`_cue_starts`, `_Context.lodging`)
_COMPARED_TIME_NEEDS = words_needed(_COMPARED_TIME)
_LODGING_NEEDS = words_needed(_LODGING)


def _cue_starts(text: str, position: int, folded: str | None = None) -> tuple[int, ...]:
    """Where a comparison cue ("than", "up from the") ending just before `position` starts, within 40 characters
    and in its paragraph (a time opening a paragraph is not the comparison's that ends the one before). With the text
    `case_folded`, a stretch holding none of the words a cue needs is not searched (most times have none before them)."""
    starts = []
    at = max(0, position - 40)
    at = text.rfind("\n", at, position) + 1 or at
    if folded is not None and not holds_any(folded[at:position], _COMPARED_TIME_NEEDS):
        return ()
    while (cue := _COMPARED_TIME.search(text, at, position)) is not None:
        starts.append(cue.start())
        at = cue.start() + 1
    return tuple(starts)


# ";", " - ", ", while", " whereas", ", according to": three scans, each opening with a character
# rarer than a space ("-" and "while" are found from the character after their space)
_CLAUSE_BREAKS = [
    re.compile(r";"),
    re.compile(r",(?:\s*(?:while|whereas|but|and|when|where|which|who|though|although)\s|\s+according to\b)"),
    re.compile(r"[–—\-w](?<=\s.)(?:(?<=[–—-])\s|(?<=w)(?:hile|hereas)\s)"),  # starts one character in
]
_RELATIVE = re.compile(r",\s*(?:which|where|who)\s$")  # "Macedonia, which has taken in 120,000": about Macedonia
_SENTENCE_BREAK = re.compile(r"[.!?](?P<gap>[\"”’']?\s+)(?=[\"“‘']?[A-Z0-9])")  # the gap after a stop
_CAPITAL_LETTERS = "|".join(map(chr, range(ord("A"), ord("Z") + 1)))  # an initial: "J. Smith"
# ((branch evr392r) and the rupee's "Rs.": "charging Sri Lankan Rs. 2,000 a head, about $50, for the crossing" (rounds
# 390 and the Indian reports of 26-387: the sentence broke at "Rs." and the fare lost its sum's sentence)
_ABBREVIATIONS = keywords(
    rf"Mr|Mrs|Ms|Dr|St|Sept?|Gen|Col|Lt|Jan|Feb|Aug|Oct|Nov|Dec|No|Nos|vs|approx|thous|ths|Rs|{_CAPITAL_LETTERS}"
    # ((branch evr416q) and a cable's in capitals: "SINCE THE FIRST TRANSPORTS LEFT ON NOV. 7, SOME 46,000 HAVE BEEN
    # SENT ON" (round 415; 268's datelines "FOLKESTONE, OCT. 15."): the sentence broke at "NOV." and the count lost its
    # "since")
    r"|MR|MRS|DR|GEN|COL|LT|SEPT?|JAN|FEB|AUG|OCT|NOV|DEC",
    tail=r"\.[\"”’']?\s+$",
    ignore_case=False,
)
_ACCORDING_TO_OPENING = re.compile(r"According to [^,.;:]{3,90},")
_ACCORDING_TO = re.compile(r"according to(?<!\w.{12})\s+(?P<who>[^,.;:“”\"]{3,90}?)(?=,|\.|;|:|$|\s+(?:on|in|at)\s+[A-Z])")
_SAID = keywords(
    r"said|says|told|reported|announced|estimated(?= that)|estimate|tweeted|wrote|writes|acknowledged|confirmed|added",
    ignore_case=False,
)
# Read backwards from the verb: "has said", "have also said", "later said" start at the first of those words.
_SAID_ADVERB_BACKWARDS = re.compile(r"\s+(?:osla|retal|reilrae)(?!\w)")
_SAID_AUXILIARY_BACKWARDS = re.compile(r"\s+(?:sah|evah|dah)(?!\w)")
# a word each of the three forms needs: "according to", "said" and the like (as `_SAID`), "reported by"
_REPORTER_CUES = keywords(
    r"according to|said|says|told|reported|announced|estimate|tweeted|wrote|writes|acknowledged|confirmed|added",
    tail="",
    ignore_case=False,
)
_SAID_BY = keywords(
    r"said|says|added|reported by|according to",
    tail=r"\s+(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5})",
    ignore_case=False,
)
# What stands before the subject of "said" ("..., officials said", "... that officials said"),
# read backwards from the verb: the last of these words or marks (each branch opens with its
# character, so that a search skips to them); `_subject_start` adds the spaces after it.
_SUBJECT_START_BACKWARDS = re.compile(
    r',|;|:|“|”|"|t(?<!\w.)aht\b|e(?<!\w.)lihw\b|d(?<!\w.)na\b|r(?<!\w.)etfa\b|n(?<!\w.)ehw\b'
)
_LEADING_SPACE = re.compile(r"\s*")
_NOT_A_REPORTER = re.compile(
    r"^(?:he|she|it|they|we|i|you|this|that|there|some|many|others|one|who|which)$", re.IGNORECASE
)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as absolute spans (abbreviations such as "Sept." do not end one)."""
    spans = []
    cursor = start
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        gap = match.start("gap")
        if _ABBREVIATIONS.search(text, max(cursor, gap - 12), match.end()):
            continue
        # (branch evr468r) leader dots run to a row's count, "Monday 23 November ........ 1,214": no stop (rounds 463,
        # 466, 467: the count lost its day, or its place, to the sentence before the dots)
        if text.startswith("....", gap - 4) and text[match.end() : match.end() + 1].isdigit():
            continue
        spans.append((cursor, gap))
        cursor = match.end()
    spans.append((cursor, end))
    return [(s, e) for s, e in spans if e > s]


def _clause_bounds(breaks: "_Breaks", sentence: tuple[int, int], position: int) -> tuple[int, int]:
    """The clause of the sentence around `position`: between the clause breaks on either side."""
    start, end = sentence
    first = bisect.bisect_left(breaks.starts, start)
    for index in range(first, len(breaks.starts)):
        if breaks.ends[index] > end:
            break
        if breaks.ends[index] <= position:
            start = breaks.ends[index]
        elif breaks.starts[index] >= position:
            end = breaks.starts[index]
            break
    return start, end


_DIGIT_NEXT = re.compile(r"\s*\d")
_DAY_BEFORE_DASH = re.compile(r"\d\s*(?:[A-Z][a-z]{2,8}\.?\s*)?$")


@dataclass
class _Breaks:
    """Clause breaks of a whole text (";", " - ", ", while", ...), found in one pass."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str, end: int, names: list[tuple[int, int]] = ()) -> "_Breaks":
        """(branch evr364p) `names`: spans of crossings read as one name, in text order; a dash inside one is no
        break ("entered Iran through Islam Qala - Dogharoun", "through Vartius - Lytta": the post's two sides, round
        360, its count the crossing's, not the country's named before the dash)."""
        semicolon, comma, after_space = _CLAUSE_BREAKS
        found = [match.span() for match in semicolon.finditer(text, 0, end)]
        found += [match.span() for match in comma.finditer(text, 0, end)]
        dashes = [  # (not the dash of "27 May - 2 June", "12 - 18 Sep": a span of days)
            (match.start() - 1, match.end())
            for match in after_space.finditer(text, 1, end)
            if not _DIGIT_NEXT.match(text, match.end())
            or not _DAY_BEFORE_DASH.search(text, max(0, match.start() - 12), match.start())
        ]
        if names and dashes:
            starts = [start for start, _ in names]
            dashes = [
                (start, stop)
                for start, stop in dashes
                if not ((at := bisect.bisect_right(starts, start) - 1) >= 0 and names[at][1] >= stop)
            ]
        found += _without_dashed_asides(text, dashes)
        # (branch evr89b) "According to data of the civil aviation of Nicaragua, more than 31 thousand ... arrived in
        # Managua": an opening attribution is a clause of its own (its country is the source's, not the count's place)
        found += [(match.end() - 1, match.end()) for match in _ACCORDING_TO_OPENING.finditer(text, 0, end)]
        found.sort()
        spans, reached = [], 0
        for start, stop in found:
            if start >= reached:  # (", while" is found by two scans: kept once, as one scan of all three would)
                spans.append((start, stop))
                reached = stop
        return cls([s for s, _ in spans], [e for _, e in spans])


# (branch evr364p) "through the Islam Qala - Dogharoun crossing", "via Vartius - Lytta": a crossing people go through,
# written by its two sides (not one a sentence only places a town near: "At Lugdi, near the Gallabat - Metema crossing")
_THROUGH_A_PAIR = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$")


def _crossed_through_pairs(text: str, mentions: list) -> list[tuple[int, int]]:
    """Spans of the crossings in `mentions` written as two sides about a dash after "through" or "via"."""
    return [
        (m.start, m.end)
        for m in mentions
        if m.place.kind == "crossing"
        and "-" in text[m.start : m.end]
        and _THROUGH_A_PAIR.search(text, max(0, m.start - 14), m.start)
    ]


def _without_dashed_asides(text: str, dashes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The dash breaks but those around an aside that the clause goes on after: "at least 2,400 Bhutanese - Lhotshampas,
    as they are called - have crossed the bridge", "some 8,600 third-country nationals - Sudanese, Egyptians - have
    crossed" (a number shortly before the first dash, no digit, stop or line between the dashes, a word in lower case
    after the second; not "Through all three points - "Terehova" and "Vientuli" - from 21 September")."""
    kept, skip = [], False
    for (start, stop), following in zip(dashes, dashes[1:] + [(-1, -1)]):
        if skip:
            skip = False
            continue
        if (
            following[0] > stop
            and following[0] - stop < 120
            and _DASHED_ASIDE.fullmatch(text, stop, following[0])
            and _LOWER_NEXT.match(text, following[1])
            and _DIGIT.search(text, max(0, start - 50), start)  # the count the aside names stands before it
        ):
            skip = True
            continue
        kept.append((start, stop))
    return kept


_DASHED_ASIDE = re.compile(r"[^\d.;\n!?-]+")
_LOWER_NEXT = re.compile(r"\s*[a-z]")
_PLAIN_NUMBER = re.compile(rf"\d{{1,3}}(?:[, {_THIN_SPACES}]\d{{3}})+|\d+")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_MANY_DOTS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_NO_THIN_SPACES = str.maketrans("", "", _THIN_SPACES + " ")
_CURRENCY_PREFIX = re.compile(r"^(?:us\$\s?|\$|usd\s?)")
# "69 thousand and 400", "3 thous. 400", "1 thousand 5 hundred" (translated: 1,500)
# ("two thousand three hundred", "5 thousand two hundred and ten": the remainder in words)
_THOUSAND_REMAINDER = re.compile(r"(thousand|million|thous|ths)\.?\s+(?:and\s+)?(?:(\d{1,3})(\s+hundred)?|([a-z][a-z -]*))$")
_MULTIPLIER_SUFFIX = re.compile(r"\s*(thousand|million|billion|mln|bn|thous|ths|lakhs?|crores?)\.?$|(?<=\d)([km])$")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_LAKH_THOUSANDS = re.compile(r"\s*lakhs?\s+(\d{1,2})\s+thousand$")


def _parse_number(token: str, dotted_thousands: bool = False) -> float:
    """The value of a number as written: "4,824", "2,5 thousand", "11 thousand 200", "twelve thousand";
    "4.200" is 4,200 where the report writes thousands with dots (`dotted_thousands`)."""
    if token.isdecimal():  # "1200": nothing to strip, split or scale
        return float(token)
    token = token.strip().lower()
    if token[:1] in "$u":
        # (branch evr464q) the dollar sign off first, so that a sum is read as a count is: with dotted thousands in a
        # report writing them so, "between $1.500 and $2.000 at that day's rate" (round 462, read as 1.5 and 2), and
        # with spaced ones, "She paid $1 300 for a one-way ticket" (round 395), "approx. $1 900" (378), "$1 030"
        # (430; before, no number at all, or the range's low end alone)
        token = _CURRENCY_PREFIX.sub("", token)
    if _PLAIN_NUMBER.fullmatch(token):  # most numbers in a report: "4,824"
        digits = token.replace(",", "")
        return float(digits if digits.isdecimal() else digits.translate(_NO_THIN_SPACES))
    if _MANY_DOTS.fullmatch(token) or dotted_thousands and _DOTTED_THOUSANDS.fullmatch(token):
        return float(token.replace(".", ""))
    lakh = _LAKH_THOUSANDS.search(token)
    if lakh:  # (branch evr392r) "3 lakh 70 thousand": 370,000
        return _parse_number(token[: lakh.start()] + " lakh") + float(lakh.group(1)) * 1e3
    remainder = _THOUSAND_REMAINDER.search(token)
    if remainder:  # "11 thousand 200", as translated reports write 11,200
        rest = _words_value(remainder.group(4)) if remainder.group(4) else float(remainder.group(2)) * (100 if remainder.group(3) else 1)
        return _parse_number(token[: remainder.end(1)]) + rest
    multiplier = 1.0
    match = _MULTIPLIER_SUFFIX.search(token)
    if match:
        multiplier = _MULTIPLIERS[match.group(1) or match.group(2)]
        token = token[: match.start()]
    token = token.strip()
    token = (
        token.replace(",", ".") if _DECIMAL_COMMA.fullmatch(token) else token.replace(",", "")
    )  # "2,5 thousand"
    if token[:1].isalpha():
        return _words_value(token) * multiplier
    return float(token) * multiplier


def _words_value(token: str) -> float:
    """"three hundred and twenty-five" -> 325; "half a" -> 0.5; "two and a half" -> 2.5."""
    words = token.replace("-", " ").split()
    if words[-3:] == ["and", "a", "half"]:
        return _words_value(" ".join(words[:-3])) + 0.5
    if words[-2:] == ["and", "half"]:  # "one and half day" (translated)
        return _words_value(" ".join(words[:-2])) + 0.5
    if words[0] == "half":
        return 0.5
    if words[:2] == ["a", "quarter"]:
        return 0.25
    total = 0.0
    for word in words:
        if word == "hundred":
            total = (total or 1) * 100
        elif word != "and":
            total += _WORD_NUMBERS[word]
    return total


@dataclass
class _Number:
    start: int
    end: int
    low: float
    high: float | None  # None for a single number
    qualifier: str
    is_word: bool
    has_multiplier: bool
    currency: bool


_MULTIPLIER_END = re.compile(r"(thousand|million|billion|mln|bn|thous|ths|lakhs?|crores?)\.?$")
_BARE_WORD_UNIT = re.compile(rf"(?i:{_UNIT_WORDS})")
# where numbers start: a digit after no letter, digit, point or comma; a number word (two scans: the
# digits' one skips to digits, the words' one to their first letters)
_DIGIT_ANCHOR = re.compile(r"\d(?<![\w.,].)")
_WORD_ANCHOR = keywords(_WORDNUM_START)


def _reversed_alternation(words: list[str]) -> str:
    """The words reversed, longest first (grouped by first letter: fifty branches tried one by one cost more than the
    match)."""
    return by_first_letter("|".join(re.escape(word[::-1]) for word in sorted(words, key=len, reverse=True)), ignore_case=True)


# What may stand before a number, read backwards from it: currency, "between"/"from", a qualifier.
_LEAD_BACKWARDS = re.compile(
    r"(?P<cur>\s?\$SU|\$|\s?DSU)?(?P<span>\s+(?:neewteb|morf)\b)?"
    rf"(?P<qual>\s+(?:{_reversed_alternation(_LOW_WORDS + _HIGH_WORDS + _ABOUT_WORDS)})\b)?",
    re.IGNORECASE,
)
_LEAD_WINDOW = 45

# (branch evr157r) a telephone number is no figure: "+358 40 123 4567", "the hotline, 0 8000 1011", "call-centre 1433",
# "telephone of the headquarters 8 (7112) 24-19-50 or 109"; one with a country's code, or the digits after a phone's
# word, either just after it or written in a phone's groups (a count after the word, "the hotline took 3,000 calls",
# stays a count)
_PLUS_PHONE = re.compile(r"\+\d{1,4}(?:[ -]?\(?\d{1,5}\)?){2,}")
_PHONE_WORD = keywords(
    r"telephones?|phones?|hot\s*lines?|help\s*lines?|call[\s-]cent(?:re|er)s?|fax|reached\s+(?:on|at)|dial"
    # ((branch evr436r) the office's own name for its line: "can be obtained by calling the contact centre 1414 or 8
    # (7172) 72 22 01" (round 433: six rows), "the contact center on 1414")
    r"|contact[\s-]cent(?:re|er)s?"
    r"|information\s+lines?"  # (branch evr204q) "Information line: 1858 (from abroad +370 ...)"
    # ((branch evr428r) a free line, its number just after: "MIDIMAR can be reached on its toll-free line 3030" (round
    # 424, read as 3,030 entries; "the KRCS toll-free line 1199", "the toll free line 993" in texts of 26-423))
    r"|toll[\s-]?free\s+(?:tele)?(?:phone\s+)?(?:lines?|numbers?)|free\s*phone(?:\s+(?:lines?|numbers?))?"
    # (branch evr232q) the abbreviation and the teleprinter's line: "Geneva, tel. (41 22) 739 8111", "telex 22555"
    r"|tel\.|telex"
    # (branch evr340r) a number the office is joined or contacted at: "The committee of crisis can be joined at the number
    # 20 44 01 71", "can be contacted on 0 800 17 12" (its digits in a phone's groups, or just after the words)
    r"|(?:joined|contacted)\s+(?:on|at)"
    # (branch evr404r) a body to call named in capitals, then "at" or "on": "Those who need help can call the Red Cross
    # at 2233-7033" (round 401; "call the Jordanian Red Crescent on 06 4773141" in another text)
    r"|(?:call|ring|phone|contact)\s+(?:the\s+|our\s+|their\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){1,4}(?:at|on)",
    tail=r"(?:\b|(?<=\.))",
)
# ((branch evr328r) its area code before a slash too: "telephone 038/2-41-15", "055/231-440": rounds 184, 326)
_PHONE_DIGITS = re.compile(r"([^\d.!?\n]{0,40}?)(\d[\d \-()/]*\d|\d)")
# "... 24-19-50 or 109"; (branch evr169q) a list of numbers of the same groups: "telephone 7011-2356, 7011-2360"
_PHONE_OR = re.compile(r"(?:\s*,?\s+(?:or|and)\s+(?:the\s+)?(?:(?:short\s+)?number\s+)?\d+|,\s*\d+(?:-\d+)+)+")
# (branch evr169q) and the line named between: "the hotline on the call-up is 122", "the help line for families is 104"
# ((branch evr360r) or the body whose line it is, named in capitals: "The hotline of the Immigration Agency is
# 1800-1882." (round 358))
# ((branch evr440r) or named for whom or whose it is, then a colon: "MHAVE hotline for families: 2813-1120." (round 439:
# two rows, its halves read as a range), "hotline for arriving foreigners: ...", "Hotline of the regional department:
# ..." (texts of 26-435): a line's label, its number after the colon)
_JUST_AFTER_PHONE_WORD = re.compile(
    r"[\s:,\"'’]*(?:(?:(?:on|for)\s+(?:the\s+)?[\w-]+\s+|of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4})?(?:is|on|at|number|No\.?)\s*"
    r"|(?:for|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*:\s*)?"
)
# (branch evr360r) the hours a line answers, in brackets just after its number: "+48 47 721 75 75 (7 days a week, 24h)",
# "(24/7)", "(daily, 8-20)" (round 358): no count
_SERVICE_BRACKET = re.compile(
    r"(\((?=[^()\n]{0,40}\b(?:24\s*(?:h\b|hrs\b|hours\b|/\s*7)|days\s+a\s+week|daily|round\s+the\s+clock|around\s+the\s+clock))[^()\n]{0,40}\))"
)
_THOUSANDS_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+")
# (branch evr200q) a line written with its leading zero, "the families' line, 01 8000 91 2626" (no count opens with "0"
# and a digit), and a short number to call, "in emergencies call 112."
_ZERO_PHONE = re.compile(r"0(?<![\d.,:/]0)\d{1,4}(?:[ -]\d{2,4}){2,}(?![\d])")
# ((branch evr460r) its trunk "0" written apart, then three groups or more: "the hotline of the Border Police 0 800
# 10 013" (round 457: five rows, 0, 800, 10, 13 and the "112" after it), "0 312 258 23 23", "0 555 100 100" (17 texts of
# 26-455); no count opens with a lone "0" and a run of groups)
_SPACED_ZERO_PHONE = re.compile(r"0(?<![\d.,:/\w]0)(?: \d{2,4}){3,}(?![\d,]|\.\d)")  # (opened by its "0": scanned for in C)
# ((branch evr460r) and the emergency line's short number after its name: "Single National Emergency Service 112",
# "Emergency number 112", "the emergency line 101" (round 457; 9 in texts of 26-455): a line, no count)
_EMERGENCY_LINE = keywords(
    r"emergency\s+(?:services?|numbers?|lines?|calls?|hotlines?)",
    tail=r"\s*:?\s*(\d{2,3})(?![\d,]|\.\d|\s*(?:%|per\s*cent|people|persons|men|women|children|calls)\b)",
    ignore_case=True,
)
# (branch evr220q) and one written in a phone's own shape, its area code in brackets and its digits in hyphened pairs,
# wherever its word stands: "Hotline of the regional administration for questions of mobilisation: 8 (8112) 29-99-70"
# (found from its bracket, a literal the scan looks for; the trunk prefix before it, "8 ", joined after)
# ((branch evr436r) its pairs spaced as well as hyphened: "8 (7172) 72 22 01" (round 433), "(495) 123 45 67"; three
# groups after the bracket, so no count in thousands, "(2019) 12 000", takes the shape)
# ((branch evr508r) or two groups after the bracket, the last of four digits, a shape no count in thousands takes (its
# groups are of three): "Operations room of the Committee: (046) 480 1520 and (02) 2795 7000, around the clock." (round
# 510: six rows, 46, 480, 1520, 2, 2795, 7000, no phone's word before them); the same shape in rounds 486 ("(502)
# 2411-2411"), 498 ("(95) 3621-8620") and 506 ("(267) 361 1100"), there read by the word before)
_BRACKETED_PHONE = re.compile(
    r"\(\d{2,5}\)\s?\d{2,4}(?:-\d{2,4}){2,}(?!\d)|\(\d{3,5}\)\s?\d{2,3}(?: \d{2,4}){2,}(?![\d,]|\.\d)"
    r"|\(\d{2,5}\)\s?\d{3,5}[ -]\d{4}(?!\d|[,.-]\d)"
)
_TRUNK_PREFIX = re.compile(r"(?<![\d.,])\d{1,2}\s$")
_SHORT_CALL = keywords("Call|call|Dial|dial", tail=r"\s+(\d{2,4})(?=\s*(?:[.;,)]|or\b|$))", ignore_case=False)
# (branch evr232q) a number to call in the shapes no count takes (rounds 222-231: broadcasts' and agencies' closing
# lines): the line named after its short number, "can call the 112 emergency line"; a North American number,
# "call our comments line, 1-800-555-0142"; a number with its leading zero at the clause's end, "can be put to the
# police on 02800." (five digits or more: "0800" is an hour); a payment card's four groups of four, "card 2202 2061
# 4477 9013"
_CALL_THE_LINE = keywords(
    "Call|call|Dial|dial|Ring|ring",
    tail=r"\s+(?:the\s+|our\s+)?(\d{2,4})\s+(?:[\w-]+\s+)?(?:line|number|hotline)\b",
    ignore_case=False,
)
_DASHED_PHONE = re.compile(r"\d(?<![\d.,-]\d)(?:(?<=1)-\d{3}-|\d\d-)\d{3}-\d{4}(?![\d-])")
_LEADING_ZERO_NUMBER = re.compile(r"0(?<![\d.,:/\w]0)\d{4,}(?=\s*(?:[.;,)]|$))")
# ((branch evr360r) and one that ends its sentence, "Bank transfers: Ameriabank, account 1570 0123 4567 0100." (round 357):
# its full stop no decimal point)
_CARD_NUMBER = re.compile(r"\d(?<![\d.,]\d)\d{3}(?: \d{4}){3}(?![\d,]|\.\d)")
# (branch evr232q) an hour written with a stop: "the counter will be open from 07.30 to 14.00 hours", "Embassy buses
# leave at 06.00 on sailing days" (its hour's leading zero after a word of time, or "hours" after it): a time, no count
_DOTTED_HOUR_AFTER_WORD = keywords(
    "at|from|to|until|till|by|before|after|since", tail=r"\s+(0\d\.[0-5]\d)(?![\d.,]?\d)", ignore_case=False
)
# (branch evr328r) an hour of the clock told with its part of the day, after a word of time: "our volunteers have been
# at the post since 6 in the morning", "from yesterday 11 in the morning", "no more bread after 10 in the morning"
# (rounds 187, 325, both translated or quoted): a time, no count (its test, a literal, spares most pages the scan)
_HOUR_OF_THE_DAY = keywords(
    "at|from|to|until|till|by|before|after|since|yesterday|today",
    tail=r"\s+((?:1[0-2]|[1-9])(?:[.:][0-5]\d)?)\s+in\s+the\s+(?:morning|afternoon|evening)\b",
    ignore_case=True,
)
_PART_OF_THE_DAY = re.compile(r"\d\s+in\s+the\s+(?:morning|afternoon|evening)\b")
# (branch evr328r) a day and its month written with a stop and no year, after a word of time, a weekday or in brackets:
# "on 28.09 through Upper Lars entered ...", "on Sunday 25.09 through the checkpoint passed ...", "for yesterday (26.09)",
# "On 10.02 the police detained ..." (rounds 200, 237, 276, 314, 325: the day read as 28.1 people); a day, no
# count (its month two digits, "01" to "12", so "on 11.5 per cent" is no day; its test, a literal, spares most pages)
_DAY_DOT_MONTH = keywords(
    "on|since|from|until|till|by|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
    tail=r",?\s+((?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2]))(?![\d.,]?\d|\s*(?:%|per\s*cent|percent|million|thousand|lakh|crore|billion)\b)",
)
_DAY_DOT_MONTH_BRACKETED = re.compile(r"\(((?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2]))\)")
# (from the stop, and not a share of a million, "9.10 million": a dense page's decimals pass no scan then)
_DAY_DOT_MONTH_SHAPE = re.compile(
    r"\.(?<=\d\.)(?:0[1-9]|1[0-2])(?![\d.,]?\d|(?i:\s*(?:%|per\s*cent|percent|million|thousand|lakh|crore|billion)\b))"
)
_DOTTED_HOUR_BEFORE_HOURS = re.compile(r"\d(?<![\d.,]\d)(?:(?<=[01])\d\.|(?<=2)[0-3]\.|\.)[0-5]\d(?=\s*(?:hours|hrs|h)\b)")
# what each of the two needs, and the dashed phone too, found fast (from a literal): most pages have none, and are
# spared the scans (a third of the phone scans' time on a dense page)
_ZERO_DOTTED = re.compile(r"0(?<=\s0)\d\.[0-5]\d(?![\d.,]?\d)")  # (after a space, as the hour after its word: not "100.101")
_DOTTED_BEFORE_HOURS = re.compile(r"\.[0-5]\d\s*(?:hours|hrs|h)\b")
_DASHED_TAIL = re.compile(r"-\d{3}-\d{4}")
# (branch evr484r) a toll-free line written in the Israeli shape, its last two groups of three: "Global Service Center,
# 1-800-228-055 (from Israel)" (round 482: three rows, 1-800 read as a range, 228 and 55; the same line in round 454),
# "1-700-500-123"; no count opens with "1-800-" (found from its literal, so most pages skip the scan)
_TOLL_FREE_DASHED = re.compile(r"(?<![\d.,-])1-[78]00-\d{3}-\d{3}(?![\d-])")
# (branch evr232q) a broadcast's words to its audience, to the end of their sentence: "Listeners can write to us at VOA,
# Washington D.C. 20547.", "Viewers who need help can call ...", "You are listening to Radio Veran, 98.7 FM." (rounds
# 223, 225, 226, 227: a sign-off holds an address, a line or a frequency, no count)
_TO_THE_AUDIENCE = keywords(
    r"(?:Listeners|Viewers)\s+(?:can|may|who|are\s+invited)|You(?:'re|’re|\s+are)\s+(?:listening|watching)\s+to", ignore_case=False
)
def _folded_name(name: str) -> str:
    return re.sub(r"[\s’'-]+", "", name.lower())  # "Al-Mazyunah" and "Al Mazyunah": one name


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“(]|\s*$)|\n", re.MULTILINE)
# (branch evr352r) a report's closing line for those who want news of theirs, to the end of its sentence: "Information
# for families: 956 52 83 00 (Cruz Roja, Ceuta).", "Information for families: DGME line 2213-7700." (rounds 349, 350:
# read as net arrivals 956, 52, 83, 0 and a range 2213-7700), "Information for relatives: Red Cross tracing service,
# Vienna, telephone 65 56 61." (16 texts of the rounds close so): a line to call, its hours, no count
_INFORMATION_FOR = keywords(r"Information\s+for\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+:", tail="", ignore_case=False)
# (branch evr232q) a number at an exchange named just after the phone's word: "telephone Gambir 2447 and 2448"
_EXCHANGE_NAMED = re.compile(r"\s+(?:(?-i:[A-Z])[\w’'-]+\s+){1,2}")
# (branch evr208q) a number at an exchange or a body, after a phone's word or "reach": "telephone the Red Cross at
# Dublin 765135", "may be reached by telephone at Folkestone 212", "listeners can reach the Red Cross on 22-5553"
# (the digits end the clause: "reached the border at Veran on 3 May" is no number to call)
_AT_EXCHANGE = re.compile(r"(?:\b(?:on|at|to)\s+(?:(?-i:[A-Z])[\w’'-]+\s+){0,2})$", re.IGNORECASE)
_REACH_ON = re.compile(  # (opened by its letter, which `re` looks for in C, as `keywords` patterns are)
    r"r(?<!\wr)(?:each(?:ed)?\s+(?:[\w’'-]+\s+){1,6}?(?:on|at)\s+(?:(?-i:[A-Z])[\w’'-]+\s+){0,2}(\d+(?:-\d+)*)(?=\s*(?:[.;)]|$))"
    # (branch evr236q) and its digits in a phone's spaced groups, not a thousands' (round 234: "Humanitarian agencies can
    # be reached through the UN office in Kinshasa on 12 33 424.", as 222's "(41 22) 739 8111")
    r"|each(?:ed)?\s+(?:[\w’'-]+\s+){1,6}?(?:on|at)\s+(?:(?-i:[A-Z])[\w’'-]+\s+){0,2}"
    r"(?!\d{1,3}(?: \d{3})+(?![\d ]))(\d{2,4}(?: \d{2,4}){1,3})(?=\s*(?:[.;)]|$)))"
)
# (branch evr236q) the hours a line or office answers, in brackets after it: "hotline of the volunteers +7 918 826 40 15
# (calls from 8 till 22)", "Hot line of the volunteers +7 351 220 47 18 (from 8 until 22)." (rounds 220, 235): no count
_HOURS_OF_SERVICE = re.compile(
    r"\((?:(?:calls|open|daily|working\s+hours|hours)\s*:?\s*from\s+((?:[01]?\d|2[0-4])(?:[.:]00)?\s+(?:until|till|to)\s+"
    r"(?:[01]?\d|2[0-4])(?:[.:]00)?)|from\s+((?:[01]?\d|2[0-4])(?:[.:]00)?\s+(?:until|till)\s+(?:[01]?\d|2[0-4])(?:[.:]00)?))"
    r"(?:\s*(?:h|hrs|hours|o'clock))?\s*\)"
)
# (branch evr464r) a number to call after the body or the people to call, named in small letters, then "on" or "at", its
# digits in four groups or more (no count in thousands): "Anyone who wants to help can call the volunteers on 8 705 614
# 22 18." (round 461: five rows, 8, 705, 614, 22, 18); the same closing line in rounds 412, 415, 432, 435 ("can call the
# volunteer headquarters on +7 7152 46 18 03", "call the volunteer centre on 8 (7112) 50-32-19"), there read by the
# plus or the bracket; and "call our studio at 71 233 45 67" (round 251). Found from the groups' shape, a scan few
# pages stop in, then the verb before
_SPACED_GROUPS_AFTER_ON = re.compile(r"(?:at|on) \d{1,4} \d{2,4} \d{2,4} \d{2,4}")
_CALL_BODY_ON = keywords(
    r"call|ring|phone|contact|text",
    tail=r"\s+(?:the\s+|our\s+|their\s+|its\s+|us\s+)?(?:(?-i:[a-z])[\w’'-]*\s+){0,3}?(?:at|on)\s+(\d{1,4}(?: \d{2,4}){3,})(?![\d,]|\.\d)",
)
_NUMBER_TO_CALL_ENDS = re.compile(r"\s*(?:[.;,)]|$|\s(?:or|and|between|from)\b)")


def _phone_numbers(text: str, end: int) -> list[tuple[int, int]]:
    """Where the telephone numbers of text[:end] stand (start, end), each with the short number after it ("or
    109", "and the number 1007"), in order."""
    spans = [match.span() for match in _PLUS_PHONE.finditer(text, 0, end)]
    spans += [match.span() for match in _ZERO_PHONE.finditer(text, 0, end)]
    spans += [match.span() for match in _SPACED_ZERO_PHONE.finditer(text, 0, end)]
    spans += [match.span(1) for match in _EMERGENCY_LINE.finditer(text, 0, end)]
    # (the bracket searched from the number's start: the phone's pattern may have taken its "(7")
    spans += [
        service.span(1)
        for start, stop in list(spans)
        if (service := _SERVICE_BRACKET.search(text, start, min(end, stop + 90))) and service.start() <= stop + 3
    ]
    for match in _BRACKETED_PHONE.finditer(text, 0, end):
        trunk = _TRUNK_PREFIX.search(text, max(0, match.start() - 3), match.start())
        spans.append((trunk.start() if trunk else match.start(), match.end()))
    spans += [match.span(1) for match in _SHORT_CALL.finditer(text, 0, end)]
    spans += [match.span(1) for match in _CALL_THE_LINE.finditer(text, 0, end)]
    if _ZERO_DOTTED.search(text, 0, end):
        spans += [match.span(1) for match in _DOTTED_HOUR_AFTER_WORD.finditer(text, 0, end)]
    if _PART_OF_THE_DAY.search(text, 0, end):
        spans += [match.span(1) for match in _HOUR_OF_THE_DAY.finditer(text, 0, end)]
    if _DAY_DOT_MONTH_SHAPE.search(text, 0, end):
        spans += [match.span(1) for match in _DAY_DOT_MONTH.finditer(text, 0, end)]
        spans += [match.span(1) for match in _DAY_DOT_MONTH_BRACKETED.finditer(text, 0, end)]
    if _DOTTED_BEFORE_HOURS.search(text, 0, end):
        spans += [match.span() for match in _DOTTED_HOUR_BEFORE_HOURS.finditer(text, 0, end)]
    for match in _TO_THE_AUDIENCE.finditer(text, 0, end):
        stop = _SENTENCE_END.search(text, match.end(), end)
        spans.append((match.start(), stop.end() if stop else end))
    for match in _INFORMATION_FOR.finditer(text, 0, end):
        stop = _SENTENCE_END.search(text, match.end(), end)
        spans.append((match.end(), stop.end() if stop else end))
    shapes = (_DASHED_PHONE, _LEADING_ZERO_NUMBER, _CARD_NUMBER) if _DASHED_TAIL.search(text, 0, end) else (_LEADING_ZERO_NUMBER, _CARD_NUMBER)
    spans += [match.span() for shape in shapes for match in shape.finditer(text, 0, end)]
    if text.find("00-", 0, end) >= 0:
        spans += [match.span() for match in _TOLL_FREE_DASHED.finditer(text, 0, end)]
    spans += [
        match.span(1 if match.group(1) else 2) for match in _REACH_ON.finditer(text, 0, end) if len(match.group(1) or match.group(2)) >= 3
    ]
    spans += [match.span(1 if match.group(1) else 2) for match in _HOURS_OF_SERVICE.finditer(text, 0, end)]
    if _SPACED_GROUPS_AFTER_ON.search(text, 0, end):
        spans += [match.span(1) for match in _CALL_BODY_ON.finditer(text, 0, end) if not _THOUSANDS_GROUPS.fullmatch(match.group(1))]
    for word in _PHONE_WORD.finditer(text, 0, end):
        digits = _PHONE_DIGITS.match(text, word.end(), end)
        if digits is None:
            continue
        run = digits.group(2)
        groups = len(re.findall(r"\d+", run))
        shaped = "(" in run or groups >= 2 and not _THOUSANDS_GROUPS.fullmatch(run) and not re.fullmatch(r"\d+\s*-\s*\d+", run)
        if shaped or _JUST_AFTER_PHONE_WORD.fullmatch(digits.group(1)) or (
            (_AT_EXCHANGE.search(digits.group(1)) or _EXCHANGE_NAMED.fullmatch(digits.group(1)))
            and "," not in run and _NUMBER_TO_CALL_ENDS.match(text, digits.end())
        ):
            spans.append((digits.start(2), digits.end()))
    return sorted((start, (alternative := _PHONE_OR.match(text, stop, end)) and alternative.end() or stop) for start, stop in spans)


# (branch evr476q) a number told again in words in brackets, as translated notices write figures: "the queue had
# length about 7 (seven) km" (round 208, read as nothing), "The maximum waiting time registered in the morning was 5
# (five) hours" (round 381), "the waiting time ... reached up to 6 (six) hours" (round 473; both read as entries): the
# bracket read with the number, so that the unit after it is the number's (only the same value: "3 (one in Pacaraima)"
# is an aside, not the number again)
_ECHOED_IN_WORDS = re.compile(rf" \((?P<word>{_BELOW_100})\)", re.IGNORECASE)


class _Numbers:
    """Finds the numbers of one document, sentence by sentence (see `in_sentence`)."""

    def __init__(self, text: str, end: int, dotted_thousands: bool):
        self.text = text
        self.backwards = text[::-1]  # read once: what stands before a number is matched on it, not on a copy per number
        self.anchors = sorted(
            [match.start() for match in _DIGIT_ANCHOR.finditer(text, 0, end)]
            + [match.start() for match in _WORD_ANCHOR.finditer(text, 0, end)]
        )
        for phone_start, phone_end in reversed(_phone_numbers(text, end)):  # (from the last: the slices stay put)
            del self.anchors[bisect.bisect_left(self.anchors, phone_start) : bisect.bisect_left(self.anchors, phone_end)]
        self.dotted_thousands = dotted_thousands
        # "that many", "the same number": found in one scan (none can span a sentence break, so the
        # ones inside a sentence are those a search of the sentence alone finds)
        self.anaphors = list(_ANAPHOR.finditer(text, 0, end))
        self.anaphor_starts = [match.start() for match in self.anaphors]

    def count(self, start: int, end: int) -> int:
        """How many places in text[start:end] a number may start at (what the time to read it follows)."""
        return bisect.bisect_left(self.anchors, end) - bisect.bisect_left(self.anchors, start)

    def _lead(self, start: int, at: int) -> re.Match:
        """What stands before text[at] back to `start` (at most `_LEAD_WINDOW` characters), read backwards."""
        size = len(self.text)
        return _LEAD_BACKWARDS.match(self.backwards, size - at, size - max(start, at - _LEAD_WINDOW))

    def in_sentence(self, start: int, end: int, previous_value: float | None) -> list[_Number]:
        """Numbers, ranges and bounds in text[start:end]; each found from a digit or number word,
        then widened to the qualifier ("more than"), range ("between ... and") or currency before it."""
        text, anchors, backwards, size = self.text, self.anchors, self.backwards, len(self.text)
        found: list[_Number] = []
        covered = start
        for index in range(bisect.bisect_left(anchors, start), len(anchors)):
            at = anchors[index]
            if at >= end:
                break
            if at < covered:
                continue
            if text[at] in "aA" and _PER_TIME.match(text, at, end) and _COUNT_BEFORE.search(text, start, at):
                continue  # "5,000 Afghans a day": the rate of the count before, not a day's duration
            lead = _LEAD_BACKWARDS.match(backwards, size - at, size - max(start, at - _LEAD_WINDOW))  # (`_lead`, inline)
            if lead.end() == lead.start():  # nothing before the number (most numbers): every group is empty
                number = _range_or_alone(text, at, start, end, self.dotted_thousands)
            else:
                back = len(text) - at  # where the lead starts in the backwards text
                # where the qualifier, "between"/"from" and the currency before the number start
                candidates = [at - lead.end(name) + back for name in ("qual", "span", "cur") if lead.group(name)] + [at]
                # "rose from 2,000 to 5,000": two levels, not a range
                changed = bool(lead.group("span")) and _CHANGED_FROM.search(text, max(start, at - 60), at) is not None
                spans = bool(lead.group("span")) and not changed
                number = _first_form(text, candidates, at, start, end, spans, self.dotted_thousands, ranges=not changed)
            if number:
                if text[number.end : number.end + 2] == " (" and not number.is_word and number.high is None:
                    echo = _ECHOED_IN_WORDS.match(text, number.end, end)
                    if echo and _words_value(echo.group("word").lower()) == number.low:
                        number.end = echo.end()  # (branch evr476q) "7 (seven) km": the words read with the digits
                found.append(number)
                covered = number.end
        first = bisect.bisect_left(self.anaphor_starts, start)
        last = bisect.bisect_left(self.anaphor_starts, end, first)
        for match in self.anaphors[first:last]:
            if match.end() > end:
                continue
            earlier = [n.low for n in found if n.end <= match.start() and n.high is None]
            referent = earlier[-1] if earlier else previous_value
            if referent is None:
                continue
            qualifier = self._lead(start, match.start()).group("qual") or ""
            if not qualifier and not _SAME_OR_SIMILAR.match(match.group()):
                continue  # "that many had been waiting": not a figure without "at least" and the like
            found.append(
                _Number(
                    match.start() - len(qualifier),
                    match.end(),
                    referent,
                    None,
                    " ".join(qualifier.lower()[::-1].split()),
                    False,
                    True,
                    False,
                )
            )
        found.sort(key=lambda n: n.start)
        for before, number in zip(found, found[1:], strict=False):
            # "as much as 150,000 roubles ($2,500)", "as much as 80,000 roubles, roughly $1,400": the amount converted
            # in brackets or after a comma keeps the bound (its own "roughly" only says it was converted)
            own = number.qualifier
            if (
                number.currency
                and before.qualifier
                and (not own or _ABOUT_QUALIFIER.fullmatch(own) and not _ABOUT_QUALIFIER.fullmatch(before.qualifier))
                and _CONVERTED.fullmatch(text, before.end, number.start)
            ):
                number.qualifier = before.qualifier
        return found


# ((branch evr444r) the noun not the first half of a hyphened word: "the number of one-bedroom flats offered for rent in
# Tbilisi rose to 5,900" (round 442) counts flats, not "one")
_NUMBER_OF = re.compile(keyword_pattern("number|total|count", tail="", ignore_case=False) + r"\s+of\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\b(?!-)(?!.*\b(?:number|total|count)\s+of\b)")
_VEHICLE_NOUN = re.compile(r"cars|automobiles|vehicles|trucks|lorries|buses|coaches|vans")
_MORE_OF_THE_SAME = ("a further", "another")
_ALONE = keywords(r"alone")
_MORE_AFTER = re.compile(r" more\b(?![^.;,]{0,30}\bthan\b)")  # "1,200 more had come across" (not "1,200 more than ...")
_BULLET_MARKS = " -•*–"
# between an amount and the same in dollars: " roubles (", " roubles, ", " CFA francs (", " new francs, or "
_CONVERTED = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}?(?:[a-z]+\s*)?[(,]\s*(?:or\s+)?")
# (branch evr94b) a currency's name (no people noun) and the same sum in dollars after it: " baht, about $20"
_CONVERTED_AFTER = re.compile(
    rf"\s+(?!(?:{_PERSON_NOUNS})\b)(?:[A-Za-z]+\s+)?[A-Za-z]+\s*[(,]\s*(?:or\s+)?(?:(?:about|approximately|roughly|around|some|nearly)\s+)?"
    r"(?:(?:US\$|\$|USD\s?)\d|\d[\d.,]*\s+(?:US\s+)?dollars?\b)"
)
# a few words saying who the people are, then the verb counting them into a place: "returnees had crossed into"
_ENTERED_AFTER_WHO = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:had|have|has)\s+(?:already\s+)?(?:crossed\s+(?:in)?to|entered|arrived\s+in)\b")
_WHO_LEFT = re.compile(r"\b(?:returnees|deportees|expelled|deported|repatriated|leaving|returning)\b")
# (branch evr252q) the same, who they are told by a participle and the country they were put out of, the verb with no
# "had": "8,340 Dahomeyans expelled from Niger crossed the River Niger into Dahomey", "2,300 people of Eritrean origin
# expelled from Ethiopia have reached this Red Sea port" (rounds 189, 249)
_EXPELLED_FROM_THEN_ENTERED = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:expelled|deported|evicted)\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?,?\s+"
    r"(?:(?:had|have|has)\s+(?:already\s+)?)?(?:crossed\s+(?:the\s+(?:[\w-]+\s+){1,3}?)?(?:in)?to|entered|arrived\s+(?:in|at)|reached)\s"
)
_PER_TIME = re.compile(r"an?\s+(?:hour|day|week)\b", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:thousand|million|hundred))\S*\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# what joins a range's two numbers ("4 until 5 hours": a translated "bis")
_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|\bto\b|\bor\b|\buntil\b|\btill\b)", re.IGNORECASE)


def _first_form(
    text: str,
    candidates: list[int],
    anchor: int,
    start: int,
    end: int,
    spans: bool,
    dotted_thousands: bool,
    ranges: bool = True,
) -> _Number | None:
    """The first form (between/from, range, single) at the first candidate start that reads as a number.

    A range "A - B" can only match where the number read alone at that start ends before a
    range's joining word, so the single form is read first and the range tried only there (and not
    at all when `ranges` is false)."""
    between, from_to, range_form, single = _NUMBER_FORMS
    alone = [single.match(text, candidate, end) for candidate in candidates]  # read as numbers only at the end
    forms = [between, from_to] if spans else []
    for pattern in forms:
        for candidate in candidates:
            match = pattern.match(text, candidate, end)
            if match is not None and match.end() > anchor:
                number = _read_number(text, match, start, dotted_thousands)
                if number:
                    return number
    for candidate, match in zip(candidates, alone, strict=True):
        if ranges and match is not None and _RANGE_AFTER.match(text, match.end(), end):
            ranged = range_form.match(text, candidate, end)
            if ranged is not None and ranged.end() > anchor:
                number = _read_number(text, ranged, start, dotted_thousands)
                if number:
                    return number
    for match in alone:  # else the first start that reads as a number alone
        if match is not None and match.end() > anchor:
            number = _read_number(text, match, start, dotted_thousands)
            if number:
                return number
    return None


def _range_or_alone(text: str, at: int, start: int, end: int, dotted_thousands: bool) -> _Number | None:
    """`_first_form` at the one start `at` with nothing before it (most numbers), without its lists: the range there,
    else the number alone."""
    _between, _from_to, range_form, single = _NUMBER_FORMS
    alone = single.match(text, at, end)
    if alone is None:
        return None  # (a range is tried only where a number alone is read)
    if _RANGE_AFTER.match(text, alone.end(), end) and (ranged := range_form.match(text, at, end)) is not None:
        number = _read_number(text, ranged, start, dotted_thousands)
        if number:
            return number
    return _read_number(text, alone, start, dotted_thousands)


_GLUED_DIGITS = re.compile(r"[.,]\d")
_CLOCK_MINUTES = re.compile(r"h[0-5]\d(?!\d)")  # "16h50": a clock time as French writes it, translated
_ITEM_NUMBER = re.compile(r"[.)]\s+[A-Z]")
# (branch evr492r) one or two capitals and a hyphen glued to a number name a road, a form or a model, not a count:
# "on the R-215 road" (round 489: read as 215 cars in the queue), "the shoulder of federal road R-254" (round 318: read
# as 254 of something); "AI-95" petrol, "C-130" planes, "BR-174" in other rounds' texts
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{1,2}-$")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+")  # "2.1", "3.4.2" (not "4.300": a dotted thousand)
# (branch evr200q) money with its currency written before it, not the dollar ("$" is read as a fare's): "£5,000",
# "EUR 2,500 a month", "Rp 1,500 to Rp 3,000", "RMB 200 (about USD 32)"; no count of people
_CURRENCY_SIGNS = "£€¥₹₽₺₸₴₦"
_CURRENCY_CODE_ENDS = frozenset("RBYpsKFLDPNAhHST.XGQkWM")  # (the last letters of the codes: a cheap gate before the pattern)
# ((branch evr352r) and the ISO codes of the currencies of Africa, the Middle East, Asia and Latin America the rounds'
# texts price in: "charging asylum seekers between UGX 20,000 and UGX 50,000 for a seat" (round 348: read as two
# arrests), "SDG 300,000", "LBP 89,500", "COP 85,000", "Tk 4,500")
_CURRENCY_CODE_BEFORE = re.compile(
    r"\b(?:EUR|GBP|RMB|CNY|Rp|Rs|NOK|SEK|DKK|CHF|PLN|GEL|AMD|KZT|RUB|UAH|TRY|INR|MNT|KGS|UZS|CFA|FCFA|TL|K[Ss]h"
    r"|UGX|KES|TZS|SSP|SDG|ETB|RWF|CDF|XAF|XOF|NGN|GHS|ZAR|EGP|DZD|TND|LBP|JOD|SYP|IQD|IRR|AFN|PKR|BDT|Tk|MMK|THB|VND"
    r"|IDR|MYR|PHP|MXN|GTQ|HNL|NIO|CRC|COP|VES|BRL|ARS|CLP|BOB|HUF|RON|MDL|BYN|AZN|TJS|BGN|RSD|MKD|BAM|CZK|ILS|SAR|AED"
    r"|QAR|KWD|LYD|SOS|LKR|NPR|JPY|KRW|HTG|DOP)\.?\s?$"
)
_OTHER_DOLLAR_BEFORE = re.compile(r"(?<![A-Z])(?!US\$)[A-Z]{1,3}\$$")  # (branch evr204q) "HK$", "S$", "NT$" (not "US$")
# (branch evr380r) the refugees a country or a camp already hosted or held before the influx the report is about:
# "Egypt hosted some 60 000 refugees and asylum-seekers from Sudan before the conflict" (round 379), "Kutupalong
# registered camp, which held 34,000 registered refugees before 25 August" (rounds 271, 376), "Kyangwali already hosted
# some 36,000 refugees before this influx" (round 127), "Cameroon already hosted around 92,000 Central African refugees
# before December" (round 186), "Sudan already hosted some 150,000 Eritrean refugees" (round 212): a stock, no crossing
_HOSTED_BEFORE = re.compile(
    r"\b(?:already\s+)?(?:(?:has|had)\s+(?:already\s+)?)?(?:hosted|held|housed|sheltered)\s+"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over|roughly|approximately|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_BEFORE_THE_INFLUX = re.compile(
    r"[^.;:]{0,90}?\bbefore\s+(?:the|this|that|these|its|\d+|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b",
    re.IGNORECASE,
)
# (branch evr380r) people who wait to be registered where they came to: "Some 11,000 people are currently
# waiting to be registered" (round 377), "More than 8,000 people who have already arrived are waiting to be registered"
# (an earlier round): no crossing counted
_AWAITING_REGISTRATION_AFTER = re.compile(
    r"\s+(?:[\w’',-]+\s+){0,6}?(?:(?:are|were|is|was|remain|remained)\s+)?(?:(?:currently|still|now)\s+)?"
    r"(?:waiting|awaiting)\s+(?:to\s+be\s+registered|(?:for\s+)?registration)\b",
    re.IGNORECASE,
)
# (branch evr380r) a day and month or a clock time written with a dot, after a word that leads to a date or a time:
# "Seats left for 29.09 and 30.09: none", "On the flight of 28.09 we have 7 seats left", "On Saturday 24.09",
# "At 9.00 this morning there were about 140 cars" (round 378: read as departures of 29.09 and 28.09; round 379: 9
# exits); a fare of "$1.15" or "1.5 million" is no date (the currency and the multiplier are not among the words)
_DAY_MONTH_OR_CLOCK = re.compile(r"(?:[0-2]?\d|3[01])\.(?:0[1-9]|1[0-2])|(?:[01]?\d|2[0-4])\.(?:00|15|30|45)")
_DATE_OR_CLOCK_BEFORE = re.compile(
    r"(?<![\w$])(?:at|by|on|for|of|from|until|till|since|before|after|between|Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?"
    r"|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?),?\s+$",
    re.IGNORECASE,
)
_DATE_OR_CLOCK_AFTER = re.compile(
    r"\s*(?:and|to|-|–)\s*\d{1,2}\.\d\d(?!\d|\.\d|\s*(?:million|thousand|bn|m\b|%|per))"
    r"|\s+(?:this|that|in\s+the)\s+(?:morning|evening|afternoon)\b|\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs)\b",
    re.IGNORECASE,
)
_MULTIPLIER_AFTER_DOT = re.compile(r"\s*(?:million|thousand|billion|bn|mln|m\b|k\b|%|per|times|percent)", re.IGNORECASE)
_CLOCK_ZONE = re.compile(r" (?:GMT|UTC|Z|hrs|hours\s+(?:GMT|local)|local\s+time)\b")  # "0840 GMT", "1600 hrs"
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")  # (historical reports name earlier years: "the conquest of 1830")
# a year naming an event after it ("from the 1991 war", "since the 2015 crisis"), not a count
# ((branch evr324r) up to three words of its name between, and a boatlift, an airlift, an exodus or a pact: "During the
# 1965 Camarioca boatlift", "under the 1999 Union State treaty": rounds 304, 323)
_EVENT_AFTER = re.compile(  # ("under the 1985 Citizenship Act": a law named by its year, a word of its name between)
    r"\s+(?:[A-Z][a-z]+\s+){0,3}(?:war|wars|crisis|conflict|elections?|census|earthquake|floods?|uprising|revolution|coup|invasion"
    r"|famine|drought|tsunami|genocide|massacre|agreement|accords?|treaty|ceasefire|truce|law|decree|constitution|referendum"
    r"|troubles|riots|unrest|fighting|violence|estimates?|budget|boatlift|airlift|exodus|pact"  # (branch evr200q) "the 1993 troubles", "(2014 estimate)"
    r"|(?-i:Act|Law|Accords?|Agreement|Treaty|Constitution))\b"
)
_DIGIT = re.compile(r"\d")
_PEOPLE_AFTER_DOTTED = re.compile(
    r"\s+(?:of\s+(?:those|them|whom)\b|(?:[a-z][\w-]*\s+){0,2}?(?:people|persons|migrants|refugees|asylum[- ]seekers"
    r"|passengers|travell?ers|citizens|nationals|foreigners|returnees|deportees|children|minors|women|men)\b)"
)
_HAS_MULTIPLIER = re.compile(r"thousand|million|billion|mln|bn|thous|ths|lakh|crore|hundred|\d[km]$")
_MULTIPLIED_LOW = re.compile(r"thousand|million|billion|mln|bn|thous|ths|lakh|crore|\dk$")
_CURRENCY = re.compile(r"\s*(?:US\$|\$|USD)", re.IGNORECASE)


def _read_number(text: str, match: re.Match, start: int, dotted_thousands: bool) -> _Number | None:
    a = match.group("a")
    b = match.group("b") if "b" in match.re.groupindex else None  # not groupdict(): it builds a dict of every group
    at, to = match.span()
    before = text[at - 1] if at > start else ""
    after = text[to : to + 1]
    # (the patterns after the number open with the character after it: looked at first, as most numbers have a space)
    if before and before in ".,/:" or after and after in ":/" or after in ".," and _GLUED_DIGITS.match(text, to, to + 2):
        return None  # part of a time (2:34), a date (21/09) or a longer number
    if before and (
        before in _CURRENCY_SIGNS
        or before == " " and text[at - 2 : at - 1] in _CURRENCY_CODE_ENDS and _CURRENCY_CODE_BEFORE.search(text, max(start, at - 6), at)
    ):
        return None  # (branch evr200q) "£200", "EUR 2,500": money in another currency than the dollar
    if (a[0] == "$" or before == "$") and _OTHER_DOLLAR_BEFORE.search(text, max(start, at - 4), at + (a[0] == "$")):
        return None  # (branch evr204q) "HK$6,500", "S$50", "N$80": another country's dollar, no sum in US dollars
    if after == "h" and len(a) <= 2 and not b and _CLOCK_MINUTES.match(text, to):
        return None  # "(16h50)": a live post's time
    if after == " " and len(a) == 4 and not b and _CLOCK_ZONE.match(text, to) and a < "2400" and a[2] < "6":
        return None  # (branch evr121b) "0840 GMT -- Officials say ...": a bulletin's time
    if (
        not b and "." in a and len(a) <= 5 and _DAY_MONTH_OR_CLOCK.fullmatch(a)
        and (_DATE_OR_CLOCK_BEFORE.search(text, max(start, at - 24), at) or _DATE_OR_CLOCK_AFTER.match(text, to))
        and not _MULTIPLIER_AFTER_DOT.match(text, to)
    ):
        return None  # (branch evr380r) "Seats left for 29.09 and 30.09", "At 9.00 this morning": a date or a clock time
    if before == "-" and _CODE_BEFORE.search(text, max(start, at - 4), at):
        return None  # (branch evr492r) "the R-215 road", "federal road R-254": a road's or a model's code, no count
    if not b and after in ".)" and _ITEM_NUMBER.match(text, to) and not text[text.rfind("\n", 0, at) + 1 : at].strip():
        return None  # "1. Haitian nationals ...": a list item's number
    if (
        after == " " and not b and "." in a and text[to + 1 : to + 2].isupper() and _SECTION_NUMBER.fullmatch(a)
        and not text[text.rfind("\n", 0, at) + 1 : at].strip()
    ):
        return None  # (branch evr200q) "2.1 Between 28 December and ...": a numbered paragraph's label
    if not b and len(a) == 4 and _YEAR.fullmatch(a) and (
        _YEAR_BEFORE.search(text, max(start, at - 16), match.start("a")) or _EVENT_AFTER.match(text, to)
        or _DETERMINER_BEFORE_YEAR.search(text, max(start, at - 8), match.start("a")) and _FORECAST_AFTER_YEAR.match(text, to)
    ):  # "in February 2022", "since 2015", "displaced by the 1991 war": a year ("until 1988": read as a
        return None  # qualifier with its number, "until 2,000 a day", but a year all the same)
    if b and _YEAR.fullmatch(a) and _YEAR.fullmatch(b) and 0 < int(b) - int(a) <= 10 and (
        text[at : at + 4].lower() in ("betw", "from") or _YEAR_BEFORE.search(text, max(start, at - 16), at)
    ):
        return None  # "Between 2018 and 2019", "in 2015-2016": two years
    if not b and after == "s" and _YEAR.fullmatch(a) and not text[to + 1 : to + 2].isalnum():
        return None  # "the fastest pace since the early 2000s": a decade
    # (branch evr352r) a dotted thousand in a report that writes its thousands with commas, where the number counts
    # people, who come whole: "Since Monday, 5.600 of those who entered have been returned to Morocco" (round 349, a
    # translation that kept one Spanish "5.600" among its "6,000"s: read as 5.6), "1.500 migrants"
    dotted_people = (
        not dotted_thousands and not b and "." in a and _DOTTED_THOUSANDS.fullmatch(a) and _PEOPLE_AFTER_DOTTED.match(text, to)
    )
    try:
        low = _parse_number(a, dotted_thousands or bool(dotted_people))
        high = _parse_number(b, dotted_thousands) if b else None
    except ValueError:
        return None
    if b and _MULTIPLIER_END.search(b.lower()) and not _MULTIPLIED_LOW.search(a.lower()):
        multiplied = low * _MULTIPLIERS[_MULTIPLIER_END.search(b.lower()).group(1)]
        # (branch evr244q) "between eight hundred and a thousand", "between 800 and one thousand": the low end whole
        # already, where multiplying it would pass the high end (rounds 97, 243)
        low = low if low < high <= multiplied else multiplied
    elif b and low < 10 and b[-7:].lower() == "hundred" and _BARE_WORD_UNIT.fullmatch(a) and high % 100 == 0:
        low *= 100  # (branch evr244q) "eight or nine hundred", "two to three hundred": the hundreds said once, after both
    if high is not None and high <= low:
        return None
    if b and low <= 31 and a.isdigit() and _MONTH_BEFORE.search(text, max(start, at - 12), at):
        return None  # "the total since August 14 to 105,000": a day of the month, then the total, not a range
    if (
        not b
        and low <= 53
        and text.endswith(_DAY_OR_WEEK_ENDS, max(start, at - 9), at)
        and a.isdigit()
        and _DAY_OR_WEEK_LABEL.search(text, max(start, at - 20), at)
    ):
        return None  # "in the week of October 3 to 9", "in week 40": the window's last day or the week's number
    qualifier = (match.group("qual") or "").strip().lower()
    if not b and a.replace(",", "").isdecimal():  # "4,824", most numbers: digits, no multiplier, no currency
        return _Number(at, to, low, high, qualifier, False, False, False)
    is_word = not _DIGIT.search(a)
    has_multiplier = bool(_HAS_MULTIPLIER.search((b or a).lower()))
    currency = bool(_CURRENCY.match(a))
    return _Number(at, to, low, high, qualifier, is_word, has_multiplier, currency)


# (branch evr220q) wagons named beside a road's vehicles are on the road, not on the rails: "a line of some 90 wagons,
# buggies and automobiles", "a column of some 700 carts and wagons", "about 300 wagons, carts and buggies"
_ROAD_VEHICLE_WORDS = (
    r"(?:ox-?|bullock\s+|farm\s+)?(?:carts|buggies|automobiles|cars|motor-?cars|lorries|trucks|tractors|pickups|rickshaws|buses)"
)
_ROAD_VEHICLES_BESIDE = re.compile(rf"(?:\s*,\s*|\s+(?:and|or)\s+){_ROAD_VEHICLE_WORDS}\b")
_ROAD_VEHICLES_BEFORE = re.compile(rf"{_ROAD_VEHICLE_WORDS}\s+(?:and|or)\s+$")
_STAFF_OF = re.compile(r"\b(?:staff|crew|workforce|personnel)\s+of\s+(?:about\s+|around\s+|some\s+|only\s+|just\s+)?$")
_BOARDED = re.compile(r"(?:boarded|boarding|caught|took)\s")


def _unit_of(text: str, number: _Number, limit: int, opening: str) -> tuple[str | None, str, float]:
    """(unit class, unit word, factor) after the number; unit class None for a bare number. `opening` is the first
    character after it past the spaces (see `_figure`)."""
    if number.currency:
        return "USD", "USD", 1.0
    if opening in _RATE_OPENS and _RATE.match(text, number.end, limit):
        return None, "", 1.0  # "300 a day": a count per day, not a duration
    if opening == "-" and _MEASURE_ADJECTIVE.match(text, number.end, limit):
        return "skip", "metre", 1.0  # (branch evr408r) "the 113-metre bridge": a thing's size
    if _METRES_ATTACHED.match(text, number.end, limit):
        return "km", "metres", 0.001  # "a 500m queue" (million only before people, see _MILLION_OF)
    if opening.isalpha() and (named := _NATIONAL_VEHICLES_AFTER.match(text, number.end, limit)):
        return "vehicles", named.group("unit"), 1.0  # (branch evr368r) "28 Indian trucks brought 730 people": vehicles
    if text[number.end + 1 : number.end + 2].isupper() and (named := _NAMED_PLACES_COUNTED_AFTER.match(text, number.end, limit)):
        return "skip", named.group("unit"), 1.0  # (branch evr428r) "in at least 40 Russian cities": places counted
    if opening in "kKm" and _SPEED_AFTER.match(text, number.end, limit):
        return "skip", "speed", 1.0  # (branch evr480r) "winds near 180 mph", "a speed of 20-40 km/h": a speed
    if opening == "f" and _FOR_AFTER.match(text, number.end, limit) and _LANES_THEN_ANOTHER_BEFORE.search(
        text, max(0, number.start - 40), number.start
    ):
        return "skip", "lanes", 1.0  # (branch evr520r) "has 6 lanes for cars and 2 for buses": the second lanes' number
    if opening in "foktmsadbei" and number.low <= 31 and number.high is None and _SOLAR_HIJRI_MONTH_AFTER.match(text, number.end, limit):
        return "skip", "month", 1.0  # (branch evr520r) "Since Tuesday, 26 Mordad, 326 Iranian nationals": a day of Iran's calendar
    if 1300 <= number.low <= 1499 and number.high is None and _SOLAR_HIJRI_MONTH_BEFORE.search(text, max(0, number.start - 16), number.start):
        return "skip", "year", 1.0  # (branch evr520r) "24 Mordad 1400 (15 August 2021)": its year
    match = _UNIT_AFTER.match(text, number.end, limit)
    if match and match.group("unit") in _MONTH_NAMES:
        # "since Putin announced a mobilisation on 21 September", a day the time reading left aside: no count
        # ("5,000 last September" is a count and its time, read as before: a count is never a month's day on its own)
        if not match.group("adj") and number.low <= 31 and number.high is None:
            return "skip", match.group("unit"), 1.0
        match = None
    if match and match.group("adj").startswith(("board", "caught", "took")) and _BOARDED.match(match.group("adj")):
        match = None  # "5,100 boarded onward flights": people, who took the flights, not flights counted
    if match and (" and " in (adj := match.group("adj")) or " or " in adj) and not _ANY_UNIT_CLASS.match(match.group("unit")):
        # (branch evr396q) a measure's unit joined to the clause after it: "the line is now 20 km and people wait two
        # days" is 20 km, not 20 people (the words joined by "and" are read as one unit's adjectives, "cars and people")
        first = _UNIT_AFTER.match(text, number.end, match.start("adj") + len(adj.split()[0]))
        if first and not first.group("adj") and _ANY_UNIT_CLASS.match(first.group("unit")):
            match = first
    if match:
        word = match.group("unit")
        unit_class = _ANY_UNIT_CLASS.match(word)
        if word == "wagons" and (
            _ROAD_VEHICLES_BEFORE.search(match.group("adj")) or _ROAD_VEHICLES_BESIDE.match(text, match.end(), limit)
        ):
            return "vehicles", word, 1.0
        if unit_class is None:
            crossings_of_people = (
                word == "crossings"
                and number.low >= 100
                and (
                    _CROSSINGS_OF_PEOPLE.match(text, match.end(), limit)
                    or _COUNTED_JUST_BEFORE.search(text, max(0, number.start - 20), number.start)
                )
            )
            if word == "times" and number.low >= 100 and _times_crossed(text, number, match.end(), limit):
                return "persons", word, 1.0  # (branch evr368r) "entered Finland ... 47 310 times": crossings, counted
            if _NOT_COUNTED.fullmatch(word) and not crossings_of_people and not (
                word in ("families", "households") and " and " in match.group("adj")
            ):  # ((branch evr512r) households, but not "1,200 developers and their families": the people and theirs)
                return "skip", word, 1.0  # ("4,500 crossings into Kazakhstan" count people; "12 crossings into" the points)
            return "persons", word, 1.0
        _pattern, unit, factor = _UNIT_CLASS[int(unit_class.lastgroup[1:])]
        if unit == "hours" and _DETERMINER.search(match.group("adj")):
            return None, "", 1.0  # "9,000 the day before", "300 that week": a time after a count, not its unit
        if (
            unit == "hours"
            and _TIME_POINT_AFTER.match(text, match.end(), limit)
            and not _SPENT_BEFORE.search(text, max(0, number.start - 30), number.start)
        ):
            # (branch evr177q) "had waited on the quay up to 40 hours before boarding", "had stood between 9 and 11
            # hours before reaching the booth": a wait that ends at an event is still a wait
            if _WAITED_JUST_BEFORE.search(text, max(0, number.start - 40), number.start):
                return unit, word, factor
            if _KEPT_BEFORE.search(text, max(0, number.start - 40), number.start) and _BEFORE_LET_ON.match(text, match.end(), limit):
                return unit, word, factor  # (branch evr244q) "kept ... up to nine hours before they could be put aboard"
            # "arrive 4 hours before departure", "free change until 24 hours before departure": a time, not a count
            # ("a day after authorities said": when, not how long)
            return (None if number.is_word else "skip"), "", 1.0
        if unit == "hours" and number.high is None and _AND_A_HALF.match(text, match.end(), limit):
            factor *= (number.low + 0.5) / number.low  # "a day and a half": 36 hours
        return unit, word, factor
    if (
        _VEHICLE_BEFORE.search(text, max(0, number.start - 60), number.start)
        # (every match of the label holds its colon: none on the line before the number, no match)
        or text.find(":", line_start := text.rfind("\n", 0, number.start) + 1, number.start) >= 0
        and _VEHICLE_LABEL.match(text, line_start, number.start)
        or _VEHICLE_LINE_BEFORE.search(text, max(0, number.start - 100), number.start)
        or _AT_A_PLACE_AFTER.match(text, number.end, limit)
        and _VEHICLE_LIST_BEFORE.search(text, max(0, number.start - 240), number.start)
    ):
        return "vehicles", "vehicles", 1.0
    return None, "", 1.0


# (branch evr480r) a speed after the number: "A jam shown in yellow means a speed of 20-40 km/h" (round 479, read as a
# queue of 20-40 km), "winds near 180 mph (290 km/h)" (round 148, read as entries of 180), "the speed limit of 60 km/h"
# (texts of 26-475): no count, no queue's length
_SPEED_AFTER = re.compile(
    r"\s*(?:km/h|kph|mph|km\s+(?:per|an)\s+hour|kilomet(?:re|er)s\s+(?:per|an)\s+hour|miles\s+(?:per|an)\s+hour)(?![\w/])",
    re.IGNORECASE,
)


# (branch evr368r) road vehicles named by their country, which `_UNIT_AFTER`'s lower-case words leave out: "28 Indian
# trucks brought 730 people", "on 14 Indian trucks hired from Phuntsholing" (rounds 367 and another): vehicles, no people
_NATIONAL_VEHICLES_AFTER = re.compile(
    r"\s+[A-Z][a-z]+(?:an|ish|ese|i)\s+(?P<unit>trucks|lorries|buses|coaches|minibuses|cars|vehicles)\b"
)

# (branch evr428r) places counted with their country's or region's name before, which `_UNIT_AFTER`'s lower-case words
# leave out as `_NATIONAL_VEHICLES_AFTER`'s: "More than 2,400 people have been detained in protests ... in at least 40
# Russian cities" (round 424, read as 40 arrests; and "in 32 Russian cities", "in 14 Kurdish villages" in texts of
# 26-423): no people, as "in 38 cities" (`_NOT_COUNTED`)
_NAMED_PLACES_COUNTED_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,2}(?P<unit>cities|towns|villages|regions|provinces|districts|oblasts"
    r"|republics|municipalities|countries|states|settlements)\b"
)

# (branch evr368r) crossings told as how many times people crossed, as border guards count them: "Russian citizens
# entered Finland across the eastern land border 47 310 times", "exited Finland towards Russia 31 870 times", "received
# Russian travellers 263,000 times" (rounds 366, 226 label them): the verb of crossing before, in the clause, and the
# times closing it (not "at 20 times the usual price", "2,5 times more than", "three times a week": a multiple or a rate)
_TIMES_CROSSED_BEFORE = keywords(
    r"entered|exited|crossed|left|departed|arrived|received\s+(?:[\w’'-]+\s+){0,2}?(?:travell?ers|citizens|visitors|passengers)",
    tail=r"\b[^.;:!?\d]{0,80}$",
)
_TIMES_CROSSED_AFTER = re.compile(r"\s*(?:[.;,)]|$|\s(?:in|during|over|between|from|since|on|last|this|against)\b)")


def _times_crossed(text: str, number: _Number, end: int, limit: int) -> bool:
    """Whether "N times" after the number counts crossings (see `_TIMES_CROSSED_BEFORE`)."""
    return bool(
        _TIMES_CROSSED_AFTER.match(text, end, max(end, limit))
        and _TIMES_CROSSED_BEFORE.search(text, max(0, number.start - 100), number.start)
    )


_FARE_MULTIPLIED_BELOW = 20_000  # dollars said with "thousand" below this are fares ("3 thousand 500 dollars")


def _walk_back(known: dict[int, Any], index: int, settles: Callable[[int], tuple[bool, Any]]) -> Any:
    """What the nearest paragraph at or before `index` that settles it gives (`settles(i)`: whether
    paragraph i does, and what), None if none does; remembered in `known` for every paragraph walked
    back over, so that a long report is walked back over once, not once per figure (a megabyte that
    settles nothing took 45 s and more)."""
    passed = []
    while index >= 0 and index not in known:
        settled, value = settles(index)
        if settled:
            known[index] = value
            break
        passed.append(index)
        index -= 1
    found = known[index] if index >= 0 else None
    known.update(dict.fromkeys(passed, found))
    return found


@dataclass
class _Context:
    """What the extractor knows about one document while walking it."""

    doc: Document
    published: date
    trigger: date | None
    origin: str | None
    places: list[list[Mention]]
    adjectives: list[list[Mention]]
    times: list[list[TimeMention]]
    breaks: "_Breaks"
    folded: str  # the text `case_folded`, where a search's needed words are looked for first (`holds_any`)
    figures: list[Figure] = field(default_factory=list)
    demonyms: list[list[Mention]] = field(default_factory=list)  # per paragraph: the nationalities named ("Indians")
    reporters: dict[tuple, str] = field(default_factory=dict)  # per scope: figures in one clause share it
    lodgings: dict[int, bool] = field(default_factory=dict)
    comparisons: dict[int, list[tuple[int, ...]]] = field(default_factory=dict)
    arrivals: dict[int, "_ArrivalCues"] = field(default_factory=dict)
    quoted: tuple[tuple[int, int], str] = ((-1, -1), "")
    lists: dict[int, set[int]] = field(default_factory=dict)
    lead_ins: dict[tuple, "_LeadIn"] = field(default_factory=dict)
    plain: "_PlainLines | None" = None  # the lines `_lead_in` skips, made on first use
    stands_at: str | None = None  # the crossing the report stands at (`report_crossing`), found once
    filed_at: "tuple[str, Place | None] | None" = None  # its crossing or dateline's town (`crossing_or_dateline`), found once
    datelined: "tuple[int, re.Match] | None | bool" = None  # its dateline's paragraph and match (False: none), found once
    rows: dict[int, bool] = field(default_factory=dict)  # per paragraph: a list item or table row
    unlisted: dict[int, list[Mention]] = field(default_factory=dict)  # per paragraph: places not in a list of crossings
    sections: dict[int, "Mention | None"] = field(default_factory=dict)  # per paragraph: the place heading right above it
    days: list["date | None"] = field(default_factory=list)  # per paragraph: the day its chronicle's heading names (`_day_headings`)
    day_heading: list[int] = field(default_factory=list)  # per paragraph: which of those headings it is under (-1: none)
    crossings_through: dict[int, "Mention | None"] = field(default_factory=dict)  # per paragraph: the last crossing up to it
    asked_before: dict[int, str | None] = field(default_factory=dict)  # per paragraph: the last crossing a question up to it names
    asked_periods: dict[int, "Period | None"] = field(default_factory=dict)  # per paragraph: `asked_period`
    starts: list[int] = field(default_factory=list)  # where each kept paragraph starts
    named: dict[str, Place] | None = None  # every place named, by name (`places_named`)
    withdrawal_words: list[int] | None = None  # where words of taking a figure back are (`_withdrawal_words_at`)
    main_destination: str = ""  # the country the report names most after the origin
    named_crossings: dict[str, Place] = field(default_factory=dict)  # crossings named by the words around them
    headline: "Mention | None | bool" = None  # the crossing the headline names (False: none), found on first use
    as_of: "TimeMention | None | bool" = None  # the day the headline's "as of" names (False: none), found on first use
    asked: dict[str, str] = field(default_factory=dict)  # per Q&A question: the one crossing it names ("" if not one)
    asked_when: dict[str, "Period | None"] = field(default_factory=dict)  # per Q&A question: the day or window it names
    reported: "Period | None | bool" = None  # the window a "Reporting period: 4-9 December" line gives (False: none)
    situation_as_of: bool = False  # whether `as_of` is from a line "Situation as of ..." (branch evr408q)
    reported_said: bool = False  # whether `reported` is from a sentence or a data-collection line (branch evr408q)
    reported_titled: bool = False  # whether `reported` closes a heading's line after a comma (branch evr440q)
    told_after: dict[date, bool] = field(default_factory=dict)  # per day: whether the text dates days after it (`tells_after`)
    airport_head: str | None = None  # (branch evr496p) the city of the airport whose own report it is (`_reporting_airport_city`)
    airport_towns: dict[str, bool] = field(default_factory=dict)  # per town: whether the text names its airport (`_names_airport`)
    unknown_towns: dict[int, str] = field(default_factory=dict)  # per sentence start: the town it counts at (`_unknown_town`)

    def unknown_town(self, sentence: tuple[int, int]) -> str:
        """The town the gazetteer lacks that a sentence says its count was made at; found once per sentence."""
        town = self.unknown_towns.get(sentence[0])
        if town is None:
            town = self.unknown_towns[sentence[0]] = _unknown_town(self.doc.text, sentence)
        return town

    def listed_crossings(self, index: int) -> set[int]:
        """Starts of the crossings that paragraph `index` names in a list ("A and B checkpoints")."""
        if index not in self.lists:
            crossings = [m for m in self.places[index] if m.place.kind == "crossing"]
            listed = set()
            for first, second in zip(crossings, crossings[1:], strict=False):
                if (
                    first.place != second.place
                    and _CROSSING_LIST_JOIN.fullmatch(self.doc.text, first.end, second.start)
                    # (branch evr428p) not two counts each told at its own post: "the Zhaisan post ... let in 2 960
                    # people yesterday, and Syrym in West Kazakhstan region about 3 100" (round 427): a number between
                    # the two names makes no list
                    and not _DIGIT.search(self.doc.text, first.end, second.start)
                    # (branch evr464p) nor two counts when the second is fronted by its own post after ", and at",
                    # a count told before the first: "4 850 people crossed at Kairak, and at Zhaisan, in Aktobe
                    # region, some 3,100" (round 463; 209's "9,600 new arrivals at Galhamur, and at Danot 1,150 people
                    # crossed on Monday" the same, `_COUNT_AFTER_FRONT`)
                    and not self._count_fronted_by(first, second)
                ):
                    listed |= {first.start, second.start}
            for crossing in crossings:  # "through Siret, Isaccea and the other crossings", "reached Fassala and the Mbera
                # site": several, none of them alone
                if (
                    _AND_OTHER_CROSSINGS.match(self.doc.text, crossing.end)
                    or _NAME_AND_BEFORE.search(self.doc.text, max(0, crossing.start - 40), crossing.start)
                    or _AND_NAME_AFTER.match(self.doc.text, crossing.end)
                    and _THROUGH_BEFORE.search(self.doc.text, max(0, crossing.start - 12), crossing.start)
                    or _NAME_COMMA_BEFORE.search(self.doc.text, max(0, crossing.start - 40), crossing.start)
                    and _NAMES_TO_AND_AFTER.match(self.doc.text, crossing.end)
                ):  # ("landed in Berbera and Bosaso", "through Garoua-Boulai and Kentzou": beside a name the gazetteer lacks)
                    listed.add(crossing.start)
            self.lists[index] = listed
        return self.lists[index]

    def _count_fronted_by(self, first: Mention, second: Mention) -> bool:
        """(branch evr464p) Whether `second` fronts a count of its own after ", and at" (`_COUNT_AFTER_FRONT`), and
        a count stands before `first` in its sentence."""
        text = self.doc.text
        if not _AND_AT_JOIN.fullmatch(text, first.end, second.start) or not _COUNT_AFTER_FRONT.match(text, second.end):
            return False
        before = text[max(0, first.start - 120) : first.start]
        return bool(_DIGIT.search(before[max(before.rfind(". "), before.rfind("\n")) + 1 :]))

    def unlisted_places(self, index: int) -> list[Mention]:
        """The places of paragraph `index` but those named in a list of crossings."""
        places = self.unlisted.get(index)
        if places is None:
            listed = self.listed_crossings(index)
            places = [m for m in self.places[index] if m.start not in listed] if listed else self.places[index]
            self.unlisted[index] = places
        return places

    def section(self, index: int) -> Mention | None:
        """The place a line of its own names right above paragraph `index` ("Niger" or "NIGER:" in a
        digest): the heading of a section, whose figures are not the section's above; found once."""
        if index not in self.sections:
            gap_start = self.doc.paragraphs[index - 1][1] if index else 0
            lines = self.doc.text[gap_start : self.doc.paragraphs[index][0]].rstrip().rsplit("\n", 1)
            line_start = gap_start + (len(lines[0]) + 1 if len(lines) == 2 else 0)
            line = lines[-1].strip().rstrip(":").rstrip()
            named = [m for m in scan(self.doc.text, line_start, line_start + len(lines[-1])) if m.role == "name"] if line else []
            heading = len(named) == 1 and self.doc.text[named[0].start : named[0].end] == line
            self.sections[index] = named[0] if heading else None
        return self.sections[index]

    def last_crossing_before(self, position: int) -> Mention | None:
        """The last crossing the report names before `position` (not one of a list)."""
        index = self.paragraph_at(position, before=True)
        if index >= 0:
            crossings = [
                m for m in self.unlisted_places(index)
                if m.place.kind == "crossing" and m.start < position and not self.aside_crossing(m)
            ]
            if crossings:
                return crossings[-1]
        earlier = _walk_back(self.crossings_through, index - 1, self._last_crossing_in)
        return earlier if earlier is not None else self.headline_crossing()

    def _last_crossing_in(self, index: int) -> tuple[bool, Mention | None]:
        """Whether paragraph `index` names a crossing (not one of a list, nor one set off as elsewhere), and the
        last it names."""
        crossings = [
            m for m in self.unlisted_places(index)
            if m.place.kind == "crossing" and not self.aside_crossing(m)
        ]
        return bool(crossings), crossings[-1] if crossings else None

    def aside_crossing(self, mention: Mention) -> bool:
        """Whether a crossing is named aside from the one the report is about: set off by its distance or direction,
        or (under a headline naming another) as the other country's post ("The Azerbaijani border guards on the post
        "Samur""): a later figure that names no crossing is not its."""
        if _set_off_elsewhere(self.doc.text, mention):
            return True
        if (
            " and " in self.doc.text[max(0, mention.start - 16) : mention.start]
            and _AND_AT_BEFORE.search(self.doc.text, max(0, mention.start - 24), mention.start)
            and _COUNT_AFTER_FRONT.match(self.doc.text, mention.end)
        ):
            # (branch evr464p) a second post fronting a count of its own after ", and at" ("4 850 crossed from Russia at
            # Kairak, and at Zhaisan, in Aktobe region, some 3,100", round 463; "the figure was 3,150, and at Nuijamaa,
            # near Lappeenranta, about 1,900", round 236): an aside to the report's crossing, not the one a later line
            # or wait that names none is at ("This morning the line ... was under two kilometres")
            return True
        if self.doc.text.startswith("(", mention.start - 1) and _FROM_NAME_BRACKET.search(
            self.doc.text, max(0, mention.start - 50), mention.start
        ):  # (branch evr356p) "traders from Juana Méndez (Ouanaminthe)": the far side's town they came from
            return True
        before = self.doc.text[max(0, mention.start - 60) : mention.start]
        if "guards" not in before or not _GUARDS_POST_BEFORE.search(before):
            return False
        headline = self.headline_crossing()
        if headline is None or headline.place.name == mention.place.name:
            return False
        index = self.paragraph_at(mention.start)
        return any(mention.start - 60 <= m.start < mention.start for m in self.adjectives[index])

    def report_as_of(self) -> "TimeMention | None":
        """The day a bulletin's headline says its figures stand at ("Situation Report No. 2 (as of 18 June
        2024)"): the end of its running counts, when it was published later. Found once."""
        if self.as_of is None:
            first = self.doc.paragraphs[0][0] if self.doc.paragraphs else 0
            said = find_times(self.doc.text[: min(first, 400)], self.published, self.trigger)
            said += find_times(self.doc.title, self.published, self.trigger)
            # (with a trigger known, "as of 24 April" reads as the window from it to that day: its end)
            days = [t for t in said if t.as_of and t.period and t.period.end and t.period.end < self.published]
            if not days and (line := _SITUATION_AS_OF_LINE.search(self.doc.text, 0, 1000)):
                # (branch evr408q) a statement's line of its own: "Situation as of 19 March 2018, 6.00 pm:" over
                # numbered points in a press statement of the 20th (round 406)
                said = find_times(line.group(0), self.published, self.trigger)
                days = [t for t in said if t.as_of and t.period and t.period.end and t.period.end < self.published]
                self.situation_as_of = bool(days) and line.group(0).lstrip()[:4].lower() == "situ"
            self.as_of = days[0] if len(days) == 1 else False
        return self.as_of or None

    def report_crossing(self) -> str:
        """The crossing a report stands at, which its "here" means: the one crossing its headline, lead and first
        paragraphs name ("At Raja-Jooseppi, a one-lane crossing ... Our reporter spent two days there"), else none."""
        if self.stands_at is None:
            crossings = {m.place.name for i in range(min(3, len(self.doc.paragraphs))) for m in self.unlisted_places(i)
                         if m.place.kind == "crossing"
                         and not (AREA_OR_SITE_AFTER.match(self.doc.text, m.end) and canonical_place(m.place.name) is None)}
            headline = self.headline_crossing()
            if headline is not None:
                crossings.add(headline.place.name)
            self.stands_at = crossings.pop() if len(crossings) == 1 else ""
        return self.stands_at

    def dateline(self) -> "tuple[int, re.Match] | None":
        """The paragraph (of the first four) that opens with a dispatch's dateline in capitals ("HAIPHONG, Indochina,
        Aug. 27 (AP) --"), and the dateline's match; None if none does."""
        if self.datelined is None:
            text = self.doc.text
            self.datelined = next(
                ((index, found) for index, (start, end) in enumerate(self.doc.paragraphs[:4])
                 if (found := _DATELINE_CAPITALS.match(text, start))
                 or end - start < 80 and (found := _DATELINE_ALONE.fullmatch(text, start, end))),
                False,
            )
        return self.datelined or None

    def crossing_or_dateline(self) -> "tuple[str, Place | None]":
        """The crossing the report stands at or its dateline names ("" if none), and the town its dateline names."""
        if self.filed_at is None:
            town = _dateline_town(self)
            self.filed_at = (
                self.report_crossing() or _dateline_crossing(self) or "",
                (self.place_named(town) or _one_place_named(town)) if town else None,
            )
        return self.filed_at

    def headline_crossing(self) -> Mention | None:
        """The crossing the headline names ("The queue to Verkhny Lars: ..."), when the article's
        own paragraphs name none before: its "the checkpoint" is that one."""
        if self.headline is None:
            first = self.doc.paragraphs[0][0] if self.doc.paragraphs else 0
            crossings = [m for m in scan(self.doc.text, 0, min(first, 400)) if m.role == "name" and m.place.kind == "crossing"]
            self.headline = crossings[-1] if len(crossings) == 1 else False
        return self.headline or None

    def lead_in(self, index: int, sentence: tuple[int, int], position: int) -> "_LeadIn":
        """What introduces the list or table that a sentence of paragraph `index` is in (see
        `_lead_in`), cached per sentence; none for a paragraph that is no item or row."""
        if not self.in_list(index):
            return _NO_LEAD_IN
        key = (sentence, position) if "|" in self.doc.text[sentence[0] : sentence[1]] else sentence
        if key not in self.lead_ins:
            self.plain = self.plain or _PlainLines(self.doc.text)
            self.lead_ins[key] = _lead_in(self.doc.text, sentence, position, self.plain)
        return self.lead_ins[key]

    def heading(self, index: int) -> str:
        """The question that opens the post paragraph `index` is in, in a Q&A ("" if none)."""
        return self.doc.headings[index] if self.doc.headings else ""

    def asked_crossing(self, index: int) -> str:
        """The one crossing the question opening paragraph `index`'s post names ("" if none, or
        several), found once per question rather than for every number of its answer."""
        heading = self.heading(index)
        if not heading or not heading.endswith("?"):
            return ""
        if heading not in self.asked:
            crossing, names_a_place = self._crossing_in(heading)
            if not names_a_place:  # "Is anyone going the other way?": a follow-up, about the crossing asked of before
                crossing = _walk_back(self.asked_before, index - 1, self._crossing_asked_at) or ""
            self.asked[heading] = crossing
        return self.asked[heading]

    def _crossing_asked_at(self, index: int) -> tuple[bool, str]:
        """Whether the question heading paragraph `index` names one crossing, and its name."""
        crossing = self._crossing_in(self.doc.headings[index])[0]
        return bool(crossing), crossing

    def _crossing_in(self, question: str) -> tuple[str, bool]:
        """The one crossing `question` names ("" if none, or several), and whether it names any place."""
        if not question.endswith("?"):
            return "", False
        named = scan(question)
        asked = {m.place.name for m in named if m.role == "name" and m.place.kind == "crossing"}
        asked |= {name for name in self.named_crossings if re.search(rf"\b{re.escape(name)}\b", question)}
        names_a_place = bool(named or asked)
        return (asked.pop() if len(asked) == 1 else ""), names_a_place

    def asked_period(self, index: int) -> "Period | None":
        """The time the question opening paragraph `index`'s post names ("You were at the crossing on
        Thursday. How many got through that day?"), else the last an earlier question named (the
        interview's scene); None outside a Q&A or with none named."""
        if not self.doc.headings:
            return None
        return _walk_back(self.asked_periods, index, self._period_asked_at)

    def _period_asked_at(self, index: int) -> tuple[bool, "Period | None"]:
        """Whether the question heading paragraph `index` settles the time asked of, and that time."""
        heading = self.doc.headings[index]
        if not heading.endswith("?"):
            return False, None
        if heading not in self.asked_when:
            said = [t.period for t in find_times(heading, self.published, self.trigger) if t.period and not t.statement]
            self.asked_when[heading] = said[0] if said else None
        if self.asked_when[heading] is not None:
            return True, self.asked_when[heading]
        # "And how long are people waiting?": asked of now, not of the scene before (None, settled)
        return bool(_PRESENT.search(heading) and not _PAST.search(heading)), None

    def reporting_period(self) -> "Period | None":
        """The window a bulletin's "Reporting period: 4-9 December 2023" line names (a heading line,
        kept or not), which its "this period" means; found on first use."""
        if self.reported is None:
            line = (
                _REPORTING_PERIOD.search(self.doc.text)
                or _WEEK_LINE.search(self.doc.text, 0, 300)
                or _TITLE_ENDS_IN_WEEK.search(self.doc.text, 0, 800)
                or _PERIOD_NAMED_FIRST.search(self.doc.text, 0, 800)
                or _PERIOD_WRITTEN_FIRST.search(self.doc.text, 0, 800)
                or _PERIOD_COVERED_SENTENCE.search(self.doc.text, 0, 800)
            )
            when = line.group("when") if line else ""
            when = when.title() if when.isupper() else when  # (branch evr444q) "27 SEPTEMBER - 3 OCTOBER"
            said = find_times(when, self.published, self.trigger) if line else []
            self.reported_said = bool(line) and (line.re is _PERIOD_COVERED_SENTENCE or "ollection" in line.group(0))
            self.reported_titled = bool(line) and line.re is _TITLE_ENDS_IN_WEEK
            windows = [t.period for t in said if t.period and t.period.start]
            if len(windows) > 1 and all(w.start == w.end for w in windows) and windows[0].end < windows[-1].start:
                # (branch evr181q) "Reporting week: Monday 26 September - Sunday 2 October 2022": two days read one by
                # one bound the window
                windows = [Period(windows[0].start, windows[-1].end, f"{windows[0].how} - {windows[-1].how}")]
            elif line and len(windows) == 1 and windows[0].start == windows[0].end:
                # "1. Reporting period: 4 to 10 May 1992.": a heading's two days are its window (in a sentence "4 to
                # 10 May" need be none), as with "from" (a window to the day read, not from it to publication)
                said = find_times("from " + when, self.published, self.trigger)
                ended = [t.period for t in said if t.period and t.period.start and t.period.start < t.period.end == windows[0].end]
                windows = ended or windows
            self.reported = windows[0] if windows else False
        return self.reported or None

    def tells_after(self, day: date) -> bool:
        """Whether the text dates a past day or window wholly after `day` (not when it was said, nor a
        forecast): a bulletin that does is current to publication, not to its reporting period's end.
        Answered once per day (all the text's times are read for it: once per figure, a third of a
        second on a megabyte)."""
        if day not in self.told_after:
            self.told_after[day] = any(
                t.period and t.period.start and t.period.end and day < t.period.start <= t.period.end <= self.published
                and not t.statement
                for times in self.times
                for t in times
            )
        return self.told_after[day]

    def in_list(self, index: int) -> bool:
        """Whether paragraph `index` is a list item or a table row (most are neither)."""
        row = self.rows.get(index)
        if row is None:
            text = self.doc.text
            start = self.doc.paragraphs[index][0]
            end = text.find("\n", start)
            line = text[text.rfind("\n", 0, start) + 1 : end if end >= 0 else len(text)]
            row = self.rows[index] = bool((":" in line or line[:1] in "-•*" or " - " in line or "–" in line or "—" in line or "...." in line) and _LIST_ITEM.match(line) or table_row(line))  # (an item has its colon)
        return row

    def paragraph_at(self, position: int, before: bool = False) -> int:
        """Index of the kept paragraph holding `position` (-1 if none); with `before`, the last one
        starting at or before it."""
        index = bisect.bisect_right(self.starts, position) - 1
        if before or index < 0:
            return index
        return index if position < self.doc.paragraphs[index][1] else -1

    def demonyms_in(self, index: int, start: int, end: int) -> list[Mention]:
        """The nationalities paragraph `index` names between `start` and `end`."""
        return _mentions_in(self.demonyms[index], start, end) if self.demonyms else []

    def country_of(self, place: str) -> str:
        """The country a place lies in (a crossing: the country it leads into)."""
        named = self.places_named().get(place) or self.named_crossings.get(place)
        return named.country if named is not None and named.kind != "country" else _country_of(place)

    def place_named(self, name: str) -> Place | None:
        """The place of that name the report names (the gazetteer's or a crossing named by the words around it)."""
        return self.places_named().get(name) or self.named_crossings.get(name)

    def places_named(self) -> dict[str, Place]:
        """Every place the report names, by name, gathered once (also when it names none: gathering
        them again for each figure made a megabyte that names no place quadratic)."""
        if self.named is None:
            self.named = {m.place.name: m.place for group in self.places for m in group}
        return self.named

    def quote(self, sentence: tuple[int, int]) -> str:
        """The sentence as one line (figures of one sentence share it)."""
        if self.quoted[0] != sentence:
            self.quoted = (sentence, " ".join(self.doc.text[sentence[0] : sentence[1]].split()))
        return self.quoted[1]

    def comparison_cues(self, index: int) -> list[tuple[int, ...]]:
        """For each time in paragraph `index`, every place in the 40 characters before it where
        "than", "up from" and the like start (a search from any point finds the first one after it)."""
        cues = self.comparisons.get(index)
        if cues is None:
            cues = self.comparisons[index] = [_cue_starts(self.doc.text, t.start, self.folded) for t in self.times[index]]
        return cues

    def arrival_cues(self, mention: Mention) -> "_ArrivalCues":
        """The words just before a place that say whether people arrived there (cached per mention)."""
        cues = self.arrivals.get(mention.start)
        if cues is None:
            cues = self.arrivals[mention.start] = _arrival_cues(self.doc.text, mention)
        return cues

    def lodging(self, index: int) -> bool:
        """Whether paragraph `index` is about hotels or hostels."""
        if index not in self.lodgings:
            start, end = self.doc.paragraphs[index]
            self.lodgings[index] = holds_any(self.folded[start:end], _LODGING_NEEDS) and any(
                not _SHELTERED_IN_LODGING.search(self.doc.text, max(start, found.start() - 90), found.start())
                for found in _LODGING.finditer(self.doc.text, start, end)
            )
        return self.lodgings[index]


_TO_FIGHT = keywords(r"to\s+(?:join\s+the\s+(?:fight|fighting|war|battle)|fight)", tail=r"\b")
_OWN_COUNT_AFTER = re.compile(r"\s+(?:(?:about|some|near|nearly|over|more\s+than|another)\s+)?\d")  # a place, then its own count
_SENT_BACK_FROM = re.compile(
    r"\b(?:deported|expelled|repatriated|removed|sent\s+back|pushed\s+back|forced\s+back"
    # people coming home from a host country: "Afghans returned (home) from Pakistan" (Pakistan is no origin)
    r"|(?:returned|returning|returnees|returns|went\s+back|gone\s+back|came\s+back|coming\s+back)(?:\s+home)?"
    r"|(?:went|gone|going|came|coming|headed|heading)\s+home)(?:\s+\w+){0,2}?\s+from\s+(?:the\s+)?$"
)
# (branch evr80b) "52 refugees had gone back across the strait", naming no place: leaving the host they had come to
_GONE_BACK = keywords(r"(?:went|gone|going|goes|headed|heading|returned|returning)\s+back")
_WENT_BACK = keywords(r"(?:went|gone|going|goes|crossed|headed)\s+back", tail=r"\s+(?:across|over|home)\b")
_BACK_HOME_TO = keywords(
    r"(?:crossed|went|gone|going|came|coming|headed|heading|returned|returning)\s+(?:back\s+)?home|crossed\s+back|went\s+back"
    r"|gone\s+back|returned|returning",
    tail=r"\s+(?:in)?to\s+(?:the\s+)?$",
)
_INTO_BEFORE = re.compile(r"\binto\s+(?:the\s+)?$")
_ENTERED_COUNTRY_BEFORE = re.compile(r"\b(?:entered|enter|entering|enters|(?:crossed|crossing|fled|fleeing|came|coming)\s+into)\s+(?:the\s+)?$")
_FROM_COUNTRY = keywords(  # ("the conflict in Sudan": where people flee)
    r"from|out of|left|leave|leaving|fled|flee|fleeing|escap\w+|(?:citizens|nationals|people) of"
    r"|(?:war|conflict|fighting|violence|clashes|crisis) in",
    tail=r"\s+(?:the\s+)?$",
)


_PASSED_PEOPLE = re.compile(r"\s+(?:persons|people|citizens|travell?ers|foreigners|nationals)\b")
_CITIZENS_OF_BEFORE = re.compile(r"\b(?:citizens|nationals)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# (branch evr197p) "3 940 citizens of the RF": the Russian Federation as statements translated from Russian abbreviate it,
# which the gazetteer does not read as a place (a place there, "left the RF 47 thousand", would change what is counted)
_CITIZENS_OF_THE_RF = re.compile(r"\b(?:citizens|nationals)\s+of\s+the\s+RF\b")
_PEOPLE_AFTER = re.compile(
    r"\s+(?:citizens|nationals|refugees|migrants|asylum[- ]seekers|returnees|evacuees|travell?ers|tourists|families"
    r"|arrivals|visitors|passport\s+holders|men|women|conscripts|reservists)\b"
)


# after a nationality written as its adjective ("Lebanese"), the state, not its people: "the Lebanese army",
# "Lebanese General Security", "the Lebanese news agency" name the country people reach as often as not
_STATE_AFTER = re.compile(
    r"\s+(?:army|military|armed\s+forces|forces|troops|soldiers|police|government|authorities|ministry"
    r"|security|border\s+guards?|news\s+agency|media|gendarmes?|gendarmerie|coast\s+guards?|customs|immigration"  # "Togolese gendarmes"
    r"|(?!Refugees|Migrants|Citizens|Nationals)[A-Z][\w’'-]*"
    # (branch evr82b) a document the country issues, not its people: "having the Chinese residence permit"
    r"|residence\s+permits?|permits?|visas?|passports?)\b"
)


def _state_adjectives(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with "Lebanese" in "the Lebanese army" read as the adjective it is there, not as Lebanese people."""
    return [m._replace(role="adjective") if m.role == "demonym" and _STATE_AFTER.match(text, m.end) else m for m in mentions]


def infer_origin(doc: Document, mentions: list[Mention] | None = None) -> str | None:
    """The country people are leaving: the nationality the report names most ("Russians"),
    else the country it most often names after "from", "fled" or "left"."""
    end = doc.paragraphs[-1][1] if doc.paragraphs else len(doc.text)
    mentions = _state_adjectives(doc.text, scan(doc.text, 0, end)) if mentions is None else mentions
    counts = count_demonyms(mentions)
    for mention in mentions:  # "Russian citizens", "Venezuelan migrants" name a nationality too
        if mention.role == "adjective" and _PEOPLE_AFTER.match(doc.text, mention.end):
            counts[mention.place.name] = counts.get(mention.place.name, 0) + 1
        elif (
            mention.role == "name"
            and mention.place.kind == "country"
            and _CITIZENS_OF_BEFORE.search(doc.text, max(0, mention.start - 24), mention.start)
        ):  # (branch evr181q) translated: "the passage of the citizens of the Russian Federation", "2 100 citizens of
            # Kazakhstan": a nationality named by its state (not "of the Republic of ...": a statement's own people, as
            # often as those it counts)
            counts[mention.place.name] = counts.get(mention.place.name, 0) + 1
    if "RF" in doc.text and (abbreviated := len(_CITIZENS_OF_THE_RF.findall(doc.text, 0, end))):
        counts["Russia"] = counts.get("Russia", 0) + abbreviated
    # the places people come from: "arrived from Nagorno-Karabakh", "fled Sudan" (as much as a nationality named,
    # so that "Karabakh's Armenians ... arrived from Nagorno-Karabakh" does not make Armenia the origin)
    named_from: dict[str, int] = {}
    moved_from: dict[str, int] = {}  # the credits of `named_from` for a move ("from", "left"), not a nationality's "citizens of"
    home: set[str] = set()  # the countries `named_from` credits as where people go back home to
    for (start, _end), paragraph in zip(doc.paragraphs, _by_paragraph(doc, mentions), strict=True):
        for mention in paragraph:
            if (
                mention.role == "name"
                and mention.place.kind == "country"
                and doc.text.find("direction", max(start, mention.start - 40), mention.start) >= 0
                and _OPPOSITE_WAY.search(doc.text, max(start, mention.start - 40), mention.start)
            ):  # (branch evr82b) "In reverse direction, from China into Russia, ... returned 95": home, not the host
                if _INTO_BEFORE.search(doc.text, max(start, mention.start - 8), mention.start):
                    named_from[mention.place.country] = named_from.get(mention.place.country, 0) + 2
                    home.add(mention.place.country)
            elif (
                mention.role == "name"
                and mention.place.kind in ("country", "city")
                and (came_from := _FROM_COUNTRY.search(doc.text, max(start, mention.start - 20), mention.start))
                and not _SENT_BACK_FROM.search(doc.text, max(start, mention.start - 40), mention.start)
            ):  # (not "deported from the Dominican Republic": the country sending people back)
                named_from[mention.place.country] = named_from.get(mention.place.country, 0) + 1
                if not _CITIZENS_OF_BEFORE.search(came_from.group()):
                    moved_from[mention.place.country] = moved_from.get(mention.place.country, 0) + 1
            elif (
                mention.role == "name"
                and mention.place.kind == "country"
                and _BACK_HOME_TO.search(doc.text, max(start, mention.start - 30), mention.start)
            ):  # "Yazidis crossed back into Iraq('s Kurdistan region) from Syria": home, where they had fled from
                named_from[mention.place.country] = named_from.get(mention.place.country, 0) + 2
                home.add(mention.place.country)
    # (branch evr356p) a country the report names as where people go ("entered Georgia", "crossed into Georgia") is
    # not their origin on its demonym alone: "Georgians fast, 10 minutes" in a queue's thread is the host's officers
    # (round 353)
    named_into: dict[str, int] = {}
    for mention in mentions:
        if (
            mention.role == "name"
            and mention.place.kind == "country"
            and _ENTERED_COUNTRY_BEFORE.search(doc.text, max(0, mention.start - 24), mention.start)
        ):
            named_into[mention.place.country] = named_into.get(mention.place.country, 0) + 1
    if not counts and not named_from and doc.paragraphs:
        # "Weekly arrivals from Ukraine at Romanian crossing points" above a table: the headline's "from"
        for mention in mentions:
            if mention.start >= doc.paragraphs[0][0]:
                break
            if mention.role == "name" and mention.place.kind in ("country", "city"):
                if _FROM_COUNTRY.search(doc.text, max(0, mention.start - 20), mention.start):
                    named_from[mention.place.country] = named_from.get(mention.place.country, 0) + 1
    nationals = dict(counts)  # (the nationalities named, before the places left are added)
    if counts and named_from:
        for country, n in named_from.items():
            counts[country] = counts.get(country, 0) + n
    elif not counts:
        counts = named_from
    counts = {country: n for country, n in counts.items() if named_from.get(country) or named_into.get(country, 0) < n}
    # (branch evr504p) a country the report says people entered at least twice ("entered Georgia", "entered Mongolia"),
    # and names after "from" or "left" no more often, is the host, not the origin: a host's statement on its one crossing,
    # whose only moves out of the country are its way back ("2,118 persons left Georgia for the Russian Federation through
    # Dariali", "officers sent to Dariali from the Tbilisi ... checkpoints", round 493; "915 persons left Mongolia for the
    # Russian Federation through the port", "flights from Ulgii airport", and "citizens of Mongolia" going home, round
    # 506; and rounds 399, 449, 456, read as no origin before), when another country is left to be the origin and its
    # own nationals are named no more often than another's (not "Russians come back ... 5,300 people entered Russia
    # from Kazakhstan", round 442: their own country), and not a country people are said to go home to (`_OPPOSITE_WAY`,
    # `_BACK_HOME_TO`)
    entered_host = {
        country for country in counts
        if named_into.get(country, 0) >= 2
        and moved_from.get(country, 0) <= named_into[country]
        and country not in home
        and any(nationals.get(other, 0) >= nationals.get(country, 0) for other in counts if other != country)
    }
    if entered_host and len(entered_host) < len(counts):
        counts = {country: n for country, n in counts.items() if country not in entered_host}
    elif len(counts) == 1 and not nationals and not home and (
        (country := next(iter(counts))) and named_into.get(country, 0) >= 2 and moved_from.get(country, 0) < named_into[country]
    ):
        # (branch evr520p) or the one country a report names as left, naming no nationality at all, which it says more
        # often people entered: "71 320 persons entered Georgia through Dariali, and 8 960 persons left Georgia for the
        # Russian Federation" (round 522, a host's ombudsman on its one crossing, as rounds 493 and 506): the host, no
        # origin (read as the origin, it set Dariali aside as a way out and put the count at the country)
        return None
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _main_destination(mentions: list[Mention], origin: str | None) -> str:
    """The country other than the origin that the report names most (where its crossings lead);
    with no such country named, the country of the towns it names most ("Santo Domingo")."""
    tied = None
    for kinds in (("country",), ("city", "crossing")):
        counts: dict[str, int] = {}
        for m in mentions:
            if m.role == "name" and m.place.kind in kinds and m.place.country != origin:
                counts[m.place.country] = counts.get(m.place.country, 0) + 1
        if tied is not None:
            # (branch evr408p) countries named equally often, each in passing ("moving on to Thailand and Vietnam"),
            # in a report whose towns are mostly one other country's, named more often (Denpasar, Bali, Ngurah Rai: round
            # 406, which never names Indonesia): that country
            best = max(counts, key=counts.__getitem__) if counts else None
            # (most of the towns named: not Dubai's three among Larnaca's report's Yerevan, Istanbul and Tel Aviv, round 72)
            mostly = best is not None and counts[best] * 2 > sum(counts.values())
            return best if mostly and best not in tied[1] and counts[best] > tied[0] else tied[1][0]
        if counts:
            top = max(counts.values())
            leaders = [country for country, count in counts.items() if count == top]
            if len(leaders) == 1:
                return leaders[0]
            tied = (top, leaders)
    return ""


def _by_paragraph(doc: Document, spans: list) -> list[list]:
    """Items with .start/.end grouped by the kept paragraph that contains them."""
    starts = [start for start, _ in doc.paragraphs]
    grouped: list[list] = [[] for _ in doc.paragraphs]
    for item in spans:
        index = bisect.bisect_right(starts, item.start) - 1
        if index >= 0 and item.end <= doc.paragraphs[index][1]:
            grouped[index].append(item)
    return grouped


def extract_figures(
    doc: Document, published: date, trigger: date | None = None, origin: str | None = None
) -> list[Figure]:
    """Every movement-of-people figure in the document's kept paragraphs, in text order."""
    with paused_gc():
        return _bridges_as_written(doc.text, _extract_figures(doc, published, trigger, origin))


def _bridges_as_written(text: str, figures: list[Figure]) -> list[Figure]:
    """(branch evr388p) A bridge the crossings table names "X Bridge" that the text writes only with a lower-case
    bridge ("over the Allenby bridge", "At the Damiya bridge, 25 miles to the north") is the crossing X, as labels
    name it (the lower-case-bridge convention of round 73; rounds 73, 200, 384); written "the X Bridge" anywhere, it
    keeps the word."""
    named = {part for figure in figures for part in figure.place.split(" - ") if part.endswith(" Bridge")}
    renamed = {}
    for name in named:
        stem = re.escape(name.removesuffix(" Bridge"))
        if re.search(rf"\b{stem} bridges?\b", text) and not re.search(rf"\b{stem} Bridge", text):
            renamed[name] = name.removesuffix(" Bridge")
    if renamed:
        for figure in figures:
            figure.place = " - ".join(renamed.get(part, part) for part in figure.place.split(" - "))
    return figures


# (branch evr232q) a chronicle's or a live page's day headings, each on a line of its own: "◾️ MONDAY 26.09", "<h3>28
# September, 12:05</h3>", "Saturday 24 September" (rounds 107, 210, 220, 230): the entries under one are that day's
# ("this morning", "at noon", a queue with no date), not the page's last update's, nor a day an entry above names
# ((branch evr256q) the month in capitals too, as the weekday: "THURSDAY 22 SEPTEMBER" (rounds 245, 254))
_HEADING_MONTHS = "January February March April May June July August September October November December".split()
_MONTH_PREFIXES = [name[:3] for name in _HEADING_MONTHS]
_DAY_HEADING = re.compile(
    r"^[ \t]*(?:<[a-z][^>\n]*>[ \t]*){0,3}(?:[^\w\s<]{1,3}[ \t]*)?"
    # ((branch evr416q) or two days, the heading's last day the one its entries' weekdays fall on or before:
    # "SATURDAY-SUNDAY 24.-25.9.", "Saturday-Sunday 24-25 September" (round 412: "On Sunday, 1 050 passengers arrived"
    # was read a week back, from the heading above, Friday 23.9.)
    rf"(?:(?i:{WEEKDAY_NAME})(?:[ \t]*[-–][ \t]*(?i:{WEEKDAY_NAME}))?,?[ \t]+)?"
    r"(?:\d{1,2}\.?[ \t]*[-–][ \t]*)?"
    r"(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.?(?:\d{4})?|(?P<dn>\d{1,2})[ \t]+(?P<mn>(?i:" + "|".join(_HEADING_MONTHS) + r"))(?:[ \t]+\d{4})?"
    r"|(?P<mf>(?i:" + "|".join(_HEADING_MONTHS) + r"))[ \t]+(?P<df>\d{1,2})(?:,[ \t]+\d{4})?)"
    # ((branch evr396q) a post's time after "at", as a feed of dated posts stamps each: "September 24, 2022 at 23:10",
    # "12 March 2015 at 9:40 pm")
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]*(?i:[ap]\.?m\.?))?)?[ \t]*"
    # ((branch evr424q) a channel's post stamp in brackets, closed after the time: "[26.09.2022, 07:35]",
    # "[27.09, 09:20]" (rounds 377, 406, 421: Telegram channels and digests))
    r"(?:(?<=\d)[\])][ \t]*)?(?:</h[1-6]>)?[ \t]*$",
    re.MULTILINE,
)


# (branch evr464q) a forum post's stamp line: its number, its writer (what the forum adds in brackets) and the day and
# time it was posted, after the name: "#14  SaimaaSteve  (Imatra, member since 2016)  28 Sep 2022, 08:52" (round
# 460), "#14 sanya_spb - Sat 24 Sep 2022, 23:51" (414), "#61  Kotkan_Jussi  26.9.2022 at 21:14" (362), "#31 Lyokha_SPb
# - 25.09.2022, 08:47" (261, 353), "Posted by north_wind_spb » Sat 08 Oct 2022, 11:52" (396), "#41  Uralets_74
# (registered: 03.2011, posts: 2 184)  27.09.2022, 08:47" (187), "sanya_smr | 27.09.2022, 08:14" (373): the post's "yesterday", "this morning" and its undated queue are that day's, not the thread's last post's (as a day
# heading's entries; the year and the time are both asked for, a stamp's, so a sentence ending in a date is none)
_POST_STAMP = re.compile(
    r"^[ \t]*(?:#\d{1,5}[ \t]+|(?:Posted|Reply)[ \t]+(?:by|from)[ \t]+)?[\w.@'’-]{2,40}(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*(?:[-–|»][ \t]*|[ \t])"
    r"(?:(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?"
    r"(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?:19|20)\d\d"
    r"|(?P<dn>\d{1,2})[ \t]+(?P<mn>(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\.?,?[ \t]+(?:19|20)\d\d)"
    r"(?:,[ \t]*|[ \t]+(?:at[ \t]+)?)\d{1,2}:\d\d[ \t]*$",
    re.MULTILINE,
)


def _day_headings(doc: Document, end: int, published: date, under: list[int] | None = None) -> list["date | None"]:
    """Per kept paragraph, the day named by the last day heading above it, where the text has two such headings or
    more (a single dated line is a dateline); empty where it has fewer. ((branch evr424q) `under` gets, per
    paragraph, which heading it is under: a channel stamps each post, several a day)"""
    headings = []
    matches = list(_DAY_HEADING.finditer(doc.text, 0, end))
    if ":" in doc.text and len(stamps := list(_POST_STAMP.finditer(doc.text, 0, end))) > 1:
        # (branch evr464q) a forum's post stamps too, where there are several (one is a page's "Updated ..." line)
        matches = sorted(matches + stamps, key=lambda m: m.end())
    for match in matches:
        if match["d"]:
            day, month = int(match["d"]), int(match["m"])
        elif match.re is _POST_STAMP:
            day, month = int(match["dn"]), _MONTH_PREFIXES.index(match["mn"][:3].capitalize()) + 1
        else:
            day, month = int(match["dn"] or match["df"]), _HEADING_MONTHS.index((match["mn"] or match["mf"]).capitalize()) + 1
        try:
            named = date(published.year, month, day)
            if named > published:
                named = date(published.year - 1, month, day)
        except ValueError:
            continue
        if (published - named).days <= 60:
            headings.append((match.end(), named))
    if len({named for _, named in headings}) < 2:
        return []
    ends = [stop for stop, _ in headings]
    days: list["date | None"] = []
    for start, _ in doc.paragraphs:
        above = bisect.bisect_right(ends, start) - 1
        days.append(headings[above][1] if above >= 0 else None)
        if under is not None:
            under.append(above)
    return days


# (branch evr352p) a town naming a treaty, right before the instrument's word: "the 2002 Chisinau convention on legal
# assistance", "the Kumanovo agreement", "the Evian agreements", "the Hague Convention"
_INSTRUMENT_NAMED_AFTER = re.compile(r"\s+(?:[Cc]onventions?|[Aa]greements?|[Aa]ccords?|[Tt]reaty|[Pp]rotocols?)\b")


def _names_an_instrument(text: str, mention: Mention) -> bool:
    """(branch evr352p) Whether a place's name is the name of a treaty, convention or agreement signed there ("the
    Chisinau convention", "the Kumanovo agreement"): no place a figure was counted at."""
    return mention.place.kind == "city" and _INSTRUMENT_NAMED_AFTER.match(text, mention.end) is not None


# (branch evr404p) where the reporter who tells of a count is, not where it was made: "Our correspondent in Khaishi
# reports that 5,000 are waiting below the pass", "our reporter at the border town of X saw": round 403 (and the "told
# Al Rai" of a paper's name, gazetteer._scan)
# a sentence's end between two places (a seat and the crossing; a count and the crossing it went by)
_SENTENCE_STOP = re.compile(r"[.!?][\"'’”)]*\s")
_REPORTER_IN_BEFORE = re.compile(r"\b(?:correspondents?|reporters?|stringers?)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _reporters_seat(text: str, mention: Mention, group: list[Mention]) -> bool:
    """Whether a place is named only as where the reporter telling of a count is ("Our correspondent in Khaishi
    reports that 5,000 are waiting below the Chuberi pass"): a place the same sentence names another crossing after (a
    reporter "at the Masnaa crossing", "in Bagratashen" tells of the count made there: the live blogs of 53, 74, 241)."""
    window = text[max(0, mention.start - 30) : mention.start]
    if not ("orrespondent" in window or "eporter" in window or "tringer" in window) or not _REPORTER_IN_BEFORE.search(window):
        return False
    return any(
        other.start >= mention.end
        and other.place.kind == "crossing"
        and other.place != mention.place
        and _SENTENCE_STOP.search(text, mention.end, other.start) is None
        for other in group
    )


# (branch evr380p) a town whose name is also its district's, written as the district of a country named right after it
# ("crossed into Cox's Bazar District of Bangladesh", "into the Tororo district of Uganda": round 376, and the headers of
# 166, 277, 319): the figure is the district's, which the labels put at the country, so the town's mention is dropped and
# the country's after "of" is read
_DISTRICT_OF_COUNTRY = re.compile(r"\s+(?:[Dd]istrict|[Pp]rovince|[Rr]egion|[Gg]overnorate|[Oo]blast|[Pp]refecture)\s+of\s+(?:the\s+)?")


def _drop_districts_of_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without a town's written as the district of the country named right after it."""
    starts = {m.start: m for m in mentions if m.place.kind == "country"}
    kept = []
    for m in mentions:
        if m.place.kind in ("city", "crossing"):
            after = _DISTRICT_OF_COUNTRY.match(text, m.end)
            if after and after.end() in starts and starts[after.end()].place.name == m.place.country:
                continue
        kept.append(m)
    return kept


def _extract_figures(doc: Document, published: date, trigger: date | None, origin: str | None) -> list[Figure]:
    end = doc.paragraphs[-1][1] if doc.paragraphs else 0
    published = filed_day(doc.text, published)
    if trigger is None and doc.paragraphs:  # (branch evr79b) "since fighting broke out ... on June 19" in the lead
        lead = doc.text[doc.paragraphs[0][0] : doc.paragraphs[min(1, len(doc.paragraphs) - 1)][1]]
        trigger = event_day(lead, published, doc.text[:end])

    def times() -> list[list[TimeMention]]:
        return _by_paragraph(doc, find_times(cased_capitals(doc.text[:end]), published, trigger))

    # a long page's time expressions are found in a child meanwhile (as long as its places and numbers)
    with parallel.in_child(times, worth_a_fork=end >= parallel.MIN_CHARACTERS, prepare=compile_rules) as found_apart:
        mentions = _state_adjectives(doc.text, [m for m in doc.mentions if m.end <= end] if doc.mentions else scan(doc.text, 0, end))
        mentions = cities_as_crossings(doc.text, mentions)
        mentions = _drop_districts_of_countries(doc.text, mentions)
        origin = origin or infer_origin(doc, mentions)
        mentions = facing_away(mentions, origin)
        main_destination = _main_destination(mentions, origin)
        named = named_crossings(doc.text, end, mentions, main_destination)
        known = mentions
        if named:
            mentions = sorted(mentions + named, key=lambda m: m.start)
        sides = crossing_sides(doc.text, end, known, mentions)
        # (branch evr424p) a crossing's other side named beside it (after the sides the report ties, which read it as named)
        mentions = opposite_twins(doc.text, end, mentions)
        by_paragraph = _by_paragraph(doc, mentions)
        breaks = _Breaks.of(doc.text, end, _crossed_through_pairs(doc.text, mentions))
        numbers = _Numbers(doc.text, end, bool(_WRITES_DOTTED_THOUSANDS.search(doc.text, 0, end)))
        by_paragraph_times = found_apart()
    context = _Context(
        doc,
        published,
        trigger,
        origin,
        places=[
            [
                m for m in group
                if m.role == "name" and not _names_an_instrument(doc.text, m) and not _reporters_seat(doc.text, m, group)
            ]
            for group in by_paragraph
        ],
        adjectives=[[m for m in group if m.role == "adjective"] for group in by_paragraph],
        demonyms=[[m for m in group if m.role == "demonym"] for group in by_paragraph],
        times=by_paragraph_times if by_paragraph_times is not None else times(),
        breaks=breaks,
        folded=case_folded(doc.text),
        starts=[start for start, _ in doc.paragraphs],
        main_destination=main_destination,
        named_crossings={m.place.name: m.place for m in named if m.place.kind == "crossing"},
    )
    if days := _day_headings(doc, end, published, under := []):
        # the entries under a day heading read "today", "this morning", "yesterday" from that day
        context.days = days
        context.day_heading = under
        for index, day in enumerate(days):
            if day is not None and day != published:
                start, stop = doc.paragraphs[index]
                context.times[index] = [
                    m._replace(start=m.start + start, end=m.end + start)
                    for m in find_times(cased_capitals(doc.text[start:stop]), day, trigger)
                ]
    walk = partial(_walk, context, numbers)
    if any(heading.endswith("?") for heading in doc.headings):
        # a Q&A: its questions' crossings are read once, at their first answer, an order a split would change
        # (a live blog's posts, opened by times, ask nothing: what is read of them is the same in any order)
        figures = walk(0, len(doc.paragraphs), [])
    else:
        figures = parallel.walk_in_two([numbers.count(start, end) for start, end in doc.paragraphs], walk)
    return _one_name_a_place(_quoted_rounding_dropped(doc.text, _restated_dropped(doc.text, figures)), sides | AIRPORT_CITIES)


# (branch evr472r) a count told again, by the article or a word for the count before it, after the text has read it:
# "The 14,600 Russians who have arrived since ... are three times as many as ..." (round 469), "the figure of 52,180
# entries at Torkham since 15th August shows that ..." (round 469), "The NSS count of more than 40,000 entries since
# September 21 does not tell ..." (round 468), "Of the 95,000 who have crossed, tens of thousands are still waiting"
# (round 470; and rounds 363, 464, 467): the count the label has once, read again with another place or period. Only
# when a figure of the same quantity and value was read before it ("The 47 had been arrested at a hotel", round 392,
# after "the forced return ... of 47": a new count of the same people; "that about 10,000 people are waiting", round
# 261, after "$10,000 for a whole boat": no "that")
_RESTATED_BEFORE = re.compile(
    r"(?:\b[Tt]he|\b[Tt]his|\b[Tt]hose|\b[Tt]hese)\s+"
    r"(?:(?:[A-Z]{2,6}|official|reported|latest|same)\s+)?(?:(?:figure|count|number|tally|total)\s+of\s+)?"
    r"(?:(?:more\s+than|over|about|some|nearly|almost|around)\s+)?$"
)
_RESTATED_CUE = re.compile(r"[Tt]h(?:e|is|ose|ese)\b")
# (branch evr524r) a count a body reminds of, or says is "given above", told again with another word for it: "The State
# Border Guard reminds that the 2 036 departures and 1 412 entries given above do not include ..." (round 524, read as
# 2,036 departures_total in Russia and 1,412 entries in Belarus, beside the exits and entries labelled before), "The GABP
# reminds travellers that the 5 896 entries given above cover the road border ports only" (524), "The Ministry reminds
# that the 71,246 persons who entered since 21 September include only ..." (524), "The Revenue Service notes that the
# 9 618 persons who entered ..." (526), "RZD recalls that the 6 840 passengers carried ..." (503), "The GABP reminds that
# the 12 815 entries recorded since 21 September include only ..." (502), "KTZ recalls that the 38 640 passengers who
# arrived ..." (512): the count told before, at any quantity (a departure told again as "departures" is the exits read
# before), and the second of two counts recalled together ("the N departures and M entries"). Only when the text read
# a figure of that value before it
_RECALLED_BEFORE = re.compile(
    r"\b(?:reminds|recalls|notes|remind|recall)\s+(?:[a-z]+\s+)?that\s+the\s+"
    r"(?:\d[\d\s,.]{0,10}\s+[a-z]+\s+and\s+)?(?:(?:more\s+than|over|about|some|nearly|almost|around)\s+)?$"
)
_GIVEN_ABOVE_AFTER = re.compile(r"[^.\n]{0,40}?\b(?:given|mentioned|cited|quoted|shown)\s+above\b")
_GIVEN_ABOVE_BEFORE = re.compile(r"\b[Tt]he\s+(?:\d[\d\s,.]{0,10}\s+[a-z]+\s+and\s+)?$")


def _restated_dropped(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures less those whose number, after "The", "the figure of", "the count of", repeats the value of a figure
    read before it in the text: a count told again, not a new one."""
    dropped: set[int] = set()
    seen: set[tuple[str, float]] = set()
    values: set[float] = set()
    for figure in sorted(figures, key=lambda f: f.start):
        told = (figure.quantity, figure.value if figure.value is not None else figure.value_high)
        before = text[max(0, figure.start - 50) : figure.start]
        if told in seen and _RESTATED_CUE.search(before) and _RESTATED_BEFORE.search(before):
            dropped.add(id(figure))
        elif told[1] in values and (
            ("that the" in before and _RECALLED_BEFORE.search(before))
            or (
                "above" in text[figure.end : figure.end + 60]
                and _GIVEN_ABOVE_BEFORE.search(before)
                and _GIVEN_ABOVE_AFTER.match(text, figure.end, figure.end + 60)
            )
        ):
            dropped.add(id(figure))  # (branch evr524r) "reminds that the 2 036 departures and 1 412 entries given above"
        elif told[1] is not None:
            seen.add(told)
            values.add(told[1])
    return [figure for figure in figures if id(figure) not in dropped] if dropped else figures


# (branch evr520r) a count told again in a speaker's quote, in round thousands, after or before the text gives it
# exactly: "a total of 12.460 Afghan nationals have entered ... through Dogharoun" and the governor's "more than twelve
# thousand Afghans have come through Dogharoun" (round 523), "Almost fifteen thousand people have come to us in
# eighteen days" (523, its label: "told again, labelled once"), "Nearly ten thousand Russian citizens have come to
# Montenegro" (523), "More than 51 thousand citizens of Russia" (521), "More than 412 thousand people" beside "412 680
# persons" (521), "Since Monday more than five thousand eight hundred" (521), "more than nine thousand people came
# through Zhaisan" (520; and rounds 492, 508): LABELLING.md's "a figure ... told twice is labelled once", at its exact
# telling. Only a quoted count in thousands, within a tenth of a count of the same quantity the text tells in digits
_THOUSANDS_SAID = re.compile(r"\b(?:thousand|million)\b", re.IGNORECASE)


def _quoted_rounding_dropped(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures less those told in thousands inside a quotation that round a figure of the same quantity the text
    gives in digits (see `_THOUSANDS_SAID`)."""
    exact = [
        (f.quantity, f.value) for f in figures
        if f.value and f.value % 100 and not _THOUSANDS_SAID.search(text, f.start, f.end)
    ]
    if not exact:
        return figures
    dropped: set[int] = set()
    for figure in figures:
        value = figure.value if figure.value is not None else figure.value_high
        if not value or value % 100 or not _THOUSANDS_SAID.search(text, figure.start, figure.end):
            continue
        line = text[text.rfind("\n", 0, figure.start) + 1 : figure.start]
        if not (line.count('"') % 2 or line.count("\u201c") > line.count("\u201d")):
            continue  # not inside a quotation
        if any(quantity == figure.quantity and abs(told - value) <= told / 10 for quantity, told in exact):
            dropped.add(id(figure))
    return [figure for figure in figures if id(figure) not in dropped] if dropped else figures


def _one_name_a_place(figures: list[Figure], names: dict[str, str]) -> list[Figure]:
    """(branch evsides) Figures at a crossing's far side, as the report ties its two sides (`crossing_sides`), at the side
    it names without one: one crossing, one name in a report. Likewise figures read at an airport the gazetteer knows
    by hand (a wait at passport control in Vnukovo) are written at the city it serves (`AIRPORT_CITIES`): the rules
    read the airport, the table names its city. (branch evr177p) A route's end at such an airport ("from Vnukovo to
    Istanbul") is its city too ("Moscow - Istanbul"); a crossing's far side stays as the route writes it."""
    for figure in figures:
        place = figure.place
        if " - " in place:
            figure.place = " - ".join(AIRPORT_CITIES.get(end, end) for end in place.split(" - "))
        else:
            figure.place = names.get(place, place)
        if any(word in figure.quote for word in _FLYING_WORDS):  # (branch evr256p) "left Stansted for Tirana": London
            figure.place = " - ".join(airport_written_city(end) or end for end in figure.place.split(" - "))
    return figures


_FLYING_WORDS = ("flight", "flew", "flown", "landed", "irport")


def _walk(context: _Context, numbers: "_Numbers", first: int, last: int, figures: list[Figure]) -> list[Figure]:
    """`figures` (the document's figures before paragraph `first`) with those of paragraphs first..last-1 appended."""
    text = context.doc.text
    for index in range(first, last):
        start, end = context.doc.paragraphs[index]
        if not numbers.count(start, end):
            continue  # no digit or number word: no number ("that many" needs one before it in the paragraph)
        previous_value = None
        time_spans = [(t.start, t.end) for t in context.times[index]]
        for sentence in sentence_spans(text, start, end):
            for number in numbers.in_sentence(sentence[0], sentence[1], previous_value):
                if time_spans and any(number.start < e and s < number.end for s, e in time_spans):
                    continue
                figure = _figure(context, index, sentence, number, figures)
                if figure and context.days and (day := context.days[index]) and day != context.published and (
                    figure.period.start == figure.period.end == context.published and "publication date" in figure.period.how
                ):  # (branch evr232q) no time of its own under a day heading: that day's
                    figure.period = Period(day, day, f"{figure.period.how.replace('publication date', 'the day heading above')}")
                previous_value = number.low if number.high is None else previous_value
                if figure and not _history(figure, context.published):
                    figures.append(figure)
    return figures


_HISTORY = timedelta(days=3 * 365)
# (branch evr197q) a year, the event it names and ", when" just before a number: "recalling the 1991 Gulf War, when
# around one million", "as in 1956," when 180,000"
_EARLIER_EVENT_WHEN = re.compile(
    r"\b(?P<year>1[5-9]\d\d|20\d\d)\b(?:\s+[\w'’-]+){0,4}[,\"”]*\s+when\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|up\s+to)\s+)?$"
)


def _history(figure: Figure, published: date) -> bool:
    """Whether a figure's window ended years before its report: an earlier crisis told for comparison ("as it did
    for 180,000 Hungarians in 1956"), not this movement (no labelled figure's window ends two years before)."""
    return figure.period.end is not None and published - figure.period.end > _HISTORY


_ONWARD_WORDS = (
    r"moved on|travell?ed on|left again|departed again|gone on|onward|(?:left|departed|moved|travell?ed|gone)\s+(?:on\s+)?"
    r"(?:for|to)\s+(?:other|third)\s+countries"
    r"|continued\s+(?:on|(?:the|their|his|her)\s+(?:trip|journey|way))"  # "380 continued the trip to Uruguay" (translated)
    # (branch evr380r) "about 6,000 Bosnians have been sent on by train from Zagreb to Germany" (round 377)
    r"|(?:been|were|was|being)\s+sent\s+on\s+(?:by\s+(?:train|rail|bus|road|air|sea|ship|boat|ferry|lorry|truck)|to|towards)\b"
)
_ONWARD = keywords(_ONWARD_WORDS)
_RELOCATED = re.compile(
    # ((branch evr456r) and people going on by themselves: "318 persons have travelled on from Cúcuta to Bogotá,
    # Bucaramanga and other cities" (round 452, read as 318 exits from Colombia))
    r"\b(?:moved|relocated|transferred|transported|taken|bussed|flown|travell?ed|gone|went|continued|headed)\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+to\s+(?:the\s+)?(?P<b>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)

# (branch evr404r) on to a facility named by its town, or to the rest of the host
_TO_A_CENTRE_AT = re.compile(
    r"\bto\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:cent(?:er|re)|camp|settlement|shelter)\s+(?:at|in|near)\s+"
    r"(?P<b>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
_TO_OTHER_PARTS = re.compile(r"\bto\s+other\s+(?:parts|regions|areas|towns|cities|provinces|districts)\b")

# onward to regions named by their noun ("to Bandundu, Equateur and Kasai provinces", "to their home districts")
_TO_PROVINCES = re.compile(
    r"\bto\s+(?:(?:their|his|her)\s+(?:home\s+)?|(?:[A-Z][\w’'-]+(?:\s*,\s*|\s+and\s+|\s+)){1,6})"
    r"(?:provinces|regions|districts|states|governorates|counties|prefectures|departments)\b"
    # ((branch evr456r) and one region named by its noun: "40,000 of the new arrivals have gone on to Dohuk governorate"
    # (round 455, read as 40,000 exits from Syria), "to Kigoma region", "to Punjab province")
    r"|\bto\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:province|region|district|governorate|county|prefecture|department|oblast)\b"
)
# people registered as workers or residents somewhere: who lives there, not who moved ("520,000 Cambodians were
# registered to work in Thailand")
_REGISTERED_AS_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:were|are|was|is|have\s+been|had\s+been)\s+(?:officially\s+)?registered\s+"
    r"(?:to\s+(?:work|live|stay|reside)|as\s+(?:workers|residents|migrant\s+workers|refugees\s+in))\b"
)
_REGISTERED_AS_AFTER_NEEDS = words_needed(_REGISTERED_AS_AFTER)
# (branch evr516r) people an office registered as asylum seekers: "the Office of UNHCR in Cairo has registered about 4,200
# Sudanese nationals as asylum-seekers" (round 519), "The Commissioner for Refugees has so far registered 7 905 persons
# as asylum seekers" (500), "A total of 1 850 persons have been registered as asylum seekers" (308): asylum requests,
# no crossing (LABELLING.md; all three read as entries, none labelled; not "registered as refugees after crossing", which
# round 90 labels)
_REGISTERED_AS_ASYLUM_SEEKERS_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?P<passive>(?:were|are|was|is|have\s+been|has\s+been|had\s+been)\s+(?:officially\s+)?registered\s+)?"
    r"as\s+asylum[- ]seekers\b",
    re.IGNORECASE,
)
_REGISTERED_BEFORE = re.compile(r"\bregistered\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|a\s+total\s+of)\s+)?$")
# (branch evr404r) people who registered themselves with an office of the host where they stay: "1,700 Russians have
# registered with the migration service this week", "12,400 Russian citizens have registered with the Tunduk state
# registration service at their place of stay", "3,200 Russian IT specialists had registered with the local tax office",
# "1,800 Russians had registered with the consulates in Turkey", "8,712 of them had registered at the municipal offices"
# (rounds 241, 248, 255, 317, 354, 394; labelled no figure: a stay told to an office, no crossing counted; not "have
# registered at the post", "at Yida", "with the ... Emergency Management Agency", labelled entries)
_REGISTERED_AT_AN_OFFICE_AFTER = re.compile(
    # ((branch evr408r) and in the simple past, and the migration authorities: "9 340 Russian citizens registered with the
    # migration authorities in Kyrgyzstan between 21 September and 3 October" (round 407))
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:had|have|has)\s+(?:(?:now|already|so\s+far|also)\s+)?)?registered\s+"
    # ((branch evr456r) and a ministry's migration department, named by more words: "6 212 Russian nationals registered
    # with the Ministry of Foreign Affairs' migration department as of 10 October" (round 453, read as 6,212 entries))
    r"(?:(?:with|at)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,5}?(?:migration\s+(?:service|police|agency|office|department|directorate|authorit(?:y|ies))"
    r"|tax\s+(?:office|service|authorit(?:y|ies))|consulates?|registration\s+service|service\s+cent(?:re|er)s?|municipal\s+offices?"
    r"|(?:temporary\s+)?address)\b|for\s+(?:temporary\s+)?residence\b)",
    re.IGNORECASE,
)


def _moved_within_a_country(words: str) -> bool:
    """Whether a clause moves people "from A to B" between two towns or camps of one country (or that
    the gazetteer lacks), no country named at either end: a relocation, not a border crossed."""
    if _TO_PROVINCES.search(words):
        return True  # "onward transport for 11,200 persons to Bandundu, Equateur and Kasai provinces": inside the country
    if "other " in words and _TO_OTHER_PARTS.search(words):
        return True  # (branch evr404r) "transported by bus from Goris to other regions", "to other parts of Croatia"
    if (centre := _TO_A_CENTRE_AT.search(words)) and not any(
        m.place.kind == "country" for m in find_places(centre.group("b"))
    ):
        return True  # (branch evr404r) "sent on to the refugee center at Eglin Air Force Base": a facility of the host
    moved = _RELOCATED.search(words)
    if moved is None:
        return False
    ends = [find_places(moved.group(name)) for name in ("a", "b")]
    countries = {found[0].place.country for found in ends if found}
    return len(countries) <= 1 and not any(found and found[0].place.kind == "country" for found in ends)
# Casualties, arrests, onward moves and people held as one search (each needs its words): most clauses have none.
_IN_CUSTODY_WORDS = r"in jail|in prison|in custody|behind bars|in detention"
_IN_CUSTODY = keywords(_IN_CUSTODY_WORDS)
_CLAUSE_CUES = keywords("|".join((_CASUALTY_WORDS, _ARREST_WORDS, _ONWARD_WORDS, _IN_CUSTODY_WORDS)), tail="")
_CLAUSE_CUES_NEEDS = words_needed(_CLAUSE_CUES)
_OF_WHOM = keywords(r"of", tail=r"\s+(?:whom|them|those|these)\s+(?:\w+\s+){0,2}$")
# (branch evr360q) after "leaving" (`_LEAVING_BEFORE`), a country named: "..., leaving roughly 39,000 in Türkiye"
_LEFT_IN_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:still\s+)?in\s+(?:the\s+country\b|[A-Z])")
# "leaving a net 42,000 in the country", "a net of about 5,000": what stayed, whatever the verb ("leaving")
_NET_BEFORE = re.compile(
    r"\b(?:a|the)\s+net\s+(?:of\s+)?(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than)\s+)?$", re.IGNORECASE
)
# (branch evr157q) a balance of the two ways said as such: "the difference of entered and departed made 21 532 persons",
# "arrivals through Vaalimaa thus exceeded the departures by 7 167", "roughly 68 thousand more came in than went out"
# ((branch evr220q) and "crossed into": "215,000 ... crossed into Kazakhstan. Over the same period 147,000 ... left our
# territory, so the balance is about 68,000")
_IN_WORDS = r"arrivals?|arrived|entries|entered|entering|incoming|came\s+in|crossed\s+into"
_OUT_WORDS = r"departures?|departed|exits?|exited|left|leaving|outgoing|went\s+out"
_ABOUT = r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|an\s+estimated)\s+)?"
_BALANCE_VERB = r"made|was|amounted\s+to|came\s+to|stood\s+at|totall?ed"  # "the difference made / came to N"
_NET_BALANCE_BEFORE = re.compile(
    rf"\bdifference\s+(?:of|between)\s+(?:the\s+)?(?:(?:{_IN_WORDS})\s+and\s+(?:the\s+)?(?:{_OUT_WORDS})"
    rf"|(?:{_OUT_WORDS})\s+and\s+(?:the\s+)?(?:{_IN_WORDS}))\s+(?:[\w.]+\s+){{0,4}}?"
    rf"(?:{_BALANCE_VERB}|is|reached)\s+{_ABOUT}$"
    rf"|\b(?:arrivals|entries)\s+(?:[\w.]+\s+){{0,4}}?(?:exceeded|outnumbered)\s+(?:the\s+)?(?:departures|exits)\s+by\s+{_ABOUT}$",
    re.IGNORECASE,
)
_NET_BALANCE_AFTER = re.compile(
    # ((branch evr376q) the people and the country named between: "about 16 500 more Russian citizens entered Finland
    # than left it", round 372; "50,000 more Russians entered Georgia than left it", round 93)
    rf"\s+(?:[\w-]+\s+){{0,2}}?more\s+(?:people\s+|(?:[A-Z][a-z]+\s+)?(?:citizens|nationals|Russians|people)\s+)?"
    rf"(?:{_IN_WORDS}|crossed\s+in)(?:\s+[A-Z][a-z]+){{0,2}}\s+than\s+(?:{_OUT_WORDS}|crossed\s+out)\b",
    re.IGNORECASE,
)
# (branch evr173q) a balance named bare after the two ways were told: "Thus the difference made 26.915 persons.",
# "The positive balance made 6 247 persons." (not a negative balance, and only with entries and exits just before)
# (branch evr220q) the window or the sum named between, and the verb in the present: "The positive balance for the
# period made 56 120 persons", "Thus the balance makes 66 470 persons", "the positive balance of the day (the entered
# minus the exited) made 7 421", "so the balance is about 68,000"
_BALANCE_MADE = re.compile(
    r"\b(?:positive\s+|net\s+)?(?:difference|balance)"
    r"(?:\s+(?:for|of|in|over)\s+the\s+(?:period|day|week|month|same\s+(?:period|days?|time)))?(?:\s*\([^()]{1,60}\))?"
    rf"\s+(?:{_BALANCE_VERB}|makes|is)\s+{_ABOUT}$",
    re.IGNORECASE,
)
_IN_WAY = re.compile(rf"\b(?:{_IN_WORDS})\b", re.IGNORECASE)
_OUT_WAY = re.compile(rf"\b(?:{_OUT_WORDS})\b", re.IGNORECASE)


def _both_ways_before(text: str, at: int) -> bool:
    """Whether the 300 characters before `at` tell both a way in and a way out."""
    start = max(0, at - 300)
    return _IN_WAY.search(text, start, at) is not None and _OUT_WAY.search(text, start, at) is not None


# ((branch evr352q) or the present after "that" / "which": "That leaves roughly 63,000 Russians who arrived after the
# decree still in Kazakhstan" (round 351), a relative clause of when they came between the people and "still in")
_LEAVING_BEFORE = re.compile(rf"\b(?:leaving|(?:that|which|this)\s+leaves)\s+{_ABOUT}$", re.IGNORECASE)
# (branch evr464q) "the number of X now in Y is estimated at", "put the number of X at present in Y at": `_classify`
# ((branch evr468q) and "now present in", and the figure told by "is" or "has exceeded" with no "at": "The number of
# Kampuchean displaced persons at present in Thailand is 17,680" (round 467), "The number of Syrian refugees now
# present in the Kingdom has exceeded 330,000" (465); both read as a crossing before)
_NUMBER_NOW_IN_BEFORE = re.compile(
    r"\b[Nn]umber\s+of\s+(?:[\w’'-]+\s+){0,8}?(?:now|currently|presently|still|at\s+present)\s+(?:present\s+)?in\s+(?:the\s+)?"
    r"(?:country|republic|kingdom|territory|(?-i:[A-Z])[\w’'-]+)\b[^.;:!?\d]{0,60}?\s+"
    r"(?:(?:(?:is|was|stands?|stood)\s+)?(?:(?:estimated|put|given|reported|set|placed|officially\s+given)\s+)?at"
    r"|is|was|(?:has\s+|had\s+)?(?:exceeded|reached|passed|topped|risen\s+to|grown\s+to))\s+"
    r"(?:(?:about|some|around|roughly|approximately|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$"
)
_STILL_IN_AFTER = re.compile(
    # ((branch evr372r) "That leaves roughly 23,500 of the newcomers still in Georgia": a partitive before the "still")
    r"\s+(?:of\s+(?:the|these|those|them)(?:\s+[a-z][\w’'-]*)?\s+|\w+\s+)?(?:(?:who|that)\s+(?:arrived|came|entered|crossed)\b[^.,;:!?]{0,50}?\s+)?"
    r"(?:still\s+(?:in|inside|there|here)\b|(?:still\s+)?in\s+the\s+country\b)"
)
_ACCOUNTED_FOR = re.compile(r"\baccounted\s+for\s+(?:[\w’'-]+\s+){0,2}$")
_PARTITIVE = re.compile(r"\s*(?:of|among)\s+(?:them|those|these)\b", re.IGNORECASE)
_PARTITIVE_OPENS = opening_characters(_PARTITIVE)
# what part of the people counted before is still where they came to: "of them are still here"
_STILL_THERE = re.compile(
    r"\s*,?\s*(?:are|is|were|was|have)\s+(?:still|stayed|remained)\b|\s*,?\s*(?:remain|stay)(?:ed|s)?\b", re.IGNORECASE
)
# (branch evr356q) "N Ukrainian citizens are currently on the territory of Romania", "N of those who arrived since
# last Sunday are still in Lebanon": people in a country now (a place named, the country, or its territory), not a
# no-man's land, a camp or a queue; "... still in Djakarta waiting for a berth" are people waiting
_PRESENT_IN_AFTER = re.compile(
    # ((branch evr436q) six words before the clause of when they came: "88 251 citizens of the Russian Federation who
    # arrived after 21 September remain in Kazakhstan" (rounds 433, 390: the people named by a country's long name); four
    # with no such clause ("about 40 people from his old company are now in Yerevan": no count of those come))
    r"\s+(?:(?:[\w’'-]+\s+){0,6}?(?=(?:of\s+(?:those|the\s+[\w’'-]+)\s+)?who\s)|(?:[\w’'-]+\s+){0,4}?)"
    # ((branch evr524q) "who have come", and "at present" as "now": "about 37 200 of those who have come since 21
    # September remain in the country" (round 526), "some 98 000 persons who arrived from Ukraine since 24 February are
    # at present on the territory of the Republic of Moldova" (525; as "105.000 refugees from Kosovo are at present on
    # the territory of the Republic", 512, 482); read as entries)
    r"(?:(?:of\s+(?:those|the\s+[\w’'-]+)\s+)?who\s+(?:had\s+|have\s+)?(?:arrived|came|come|entered|crossed|fled)"
    r"\b[^.,;:!?]{0,90}?\s+)?(?:(?:are|were|is|was)(?:,\s+[^,.;:!?\n]{1,30},)?\s+(?:currently|still|now|at\s+present)\s+(?:(?:staying|living|residing)\s+)?"
    # ((branch evr516q) a clause of when they came of up to 90 characters (50 before): "around 25 300 of those who
    # arrived after the announcement of the mobilisation in the Russian Federation are still in the country", "About
    # 40,100 of those who arrived after the announcement of the mobilisation therefore remained in the country" (rounds
    # 516, 515; read as entries))
    # ((branch evr360q) "are currently staying in Mongolia" (round 358), "approximately 47.400 remain in Brazilian
    # territory" (359; as "of those who crossed remain in Kenya"): staying, remaining, in the country)
    r"|remain(?:s|ed)?\s+(?:(?:currently|still|now)\s+)?)"
    # ((branch evr428q) and "in the Kingdom": "more than 300,000 Syrians are now in the Kingdom" (round 426))
    # ((branch evr468q) and "the republic" in small letters, as "the country": "About 15,500 of those who arrived after
    # the mobilization announcement therefore remain in the republic" (round 464, read as entries; as "the number of
    # displaced Chechens now in the republic", 418, before the figure))
    # ((branch evr472q) and "on the island", "in the state": "roughly 21,000 of those who arrived after September 21 are
    # still on the island" (rounds 470, 397: Phuket), "about 9,000 of those who came after September 21 are still in
    # the state" (409: Goa), read as entries or people waiting)
    # ((branch evr476q) and "in the city", "in the town", "in the province": "some 11,000 Russians who arrived since the
    # mobilisation were still in the city as of Wednesday" (round 474: Semey), "about 3 000 of the newcomers are still in
    # the town" (445: Budva), "around 10 000 are still in the city and its suburbs" (430: Aktau), "about 30 000 Russian
    # citizens who came after the mobilisation are now in the city" (422: Almaty), "about 28,000 are still in the
    # province" (402: Antalya); read as entries, other or departures: those who came and stayed, at the town named)
    # ((branch evr488q) and "in national territory", "in the national territory", a government's own words for its
    # country: "1 720 of the Cubans who entered since 1 November are still in national territory" (round 467: Costa
    # Rica), "the IGM estimates that at least 1,500 remain in national territory" (486: Guatemala), "by 24.100 people,
    # who have therefore remained in the national territory" (485: Costa Rica); read as entries or not at all)
    r"(?:in\s+(?:the\s+(?:country|Netherlands|United\s+States|[Rr]epublic|Kingdom|state|city|town|province)\b|[A-Z][\w’'-]+"
    r"|(?:the\s+)?national\s+territory\b)"
    r"|on\s+the\s+island\b|(?:in|on)\s+the\s+territory\s+of\b"
    # ((branch evr524q) and "on Chadian territory", "on Thai soil": a country's land named by its adjective, "some
    # 29.000 of the persons who have arrived since 15 April are still on Chadian territory" (round 524), "some 4,660 of
    # the persons who crossed since 5 April remain on Thai soil" (490), "1,290 of those who crossed since Saturday
    # remain on Thai territory" (520); read as entries or exits)
    r"|on\s+[A-Z][\w’'-]+\s+(?:territory|soil)\b)"
)
# (branch evr360q) the day a count's figures were given out: "figures the ministry shared on Monday", "statistics
# released on Friday" (a weekday: a date is the period's own)
_RELEASED_ON = re.compile(
    r"\b(?:figures|data|statistics|numbers)\b[^.;:!?\d]{0,50}?\b(?:shared|released|published|issued|given|provided)\s+"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# (branch evr360q) a relative clause right after the count, up to a time: "of those who had come over on"
_THOSE_WHO = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:of|among)\s+(?:those|them|the\s+[\w’'-]+)\s+who\s+(?:had\s+|have\s+)?[^.;:!?,]{0,50}$")
# (branch evr428q) people gone back, told right after their count: "About 450 have gone back to Colombia", "300 returned
# home"
_BACK_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:(?:have|has|had)\s+)?(?:(?:went|gone|returned|crossed|headed|travelled)\s+back\b|returned\s+(?:home|to)\b)"
)
_NOW_PRESENT = re.compile(r"\b(?:are|is)\s+(?:currently|now)\b")  # (branch evr360q) in the country now
_WAITING_AFTER_PRESENT = re.compile(r"[^.;:!?]{0,40}?\b(?:waiting|stranded|hoping|awaiting|queu)", re.IGNORECASE)
# (branch evr332q) "N Venezuelans who entered through the posts have stayed in ...": those who came, then stayed
_CAME_WHO_STAYED = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}who\s+(?:(?:had|have)\s+)?(?:entered|crossed|arrived|came)\b[^.;:!?]{0,80}?"
    r"\s(?:have|has|had)\s+(?:since\s+)?(?:stayed|remained)\b",
    re.IGNORECASE,
)
# (branch evr440q) "about 23,000 Nicaraguans have entered Costa Rica and stayed" (round 438): those who came and
# stayed, the count's verb joined by "and" to the crossing's
_ENTERED_AND_STAYED = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}(?:have|has|had)\s+(?:entered|crossed\s+into|arrived\s+in)\s+(?:the\s+)?[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+)?\s+and\s+(?:have\s+|has\s+|had\s+)?(?:stayed|remained)\b"
)
# (branch evr444q) a count of those come named first, then the part still there: "of some 410,000 Russians who had
# crossed into the country since the decree, around 88,000 were still there", "Of the 3,000 who arrived, 1,200 remain"
_OF_THOSE_WHO_CAME_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:the\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|roughly\s+)?\d[\d,. ]*"
    r"(?:\s+(?:thousand|million))?\s+(?:[\w’'-]+\s+){0,3}?(?:who|that)\s+(?:had\s+|have\s+)?(?:crossed|arrived|came|come|entered|fled)\b"
    r"[^.;:!?]{0,120},\s*(?:(?:around|about|some|nearly|roughly|only|just|an\s+estimated|approximately)\s+)?$",
    re.IGNORECASE,
)
_STILL_HERE_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:(?:are|were|is|was)\s+(?:still|now)\s+(?:there|here)\b|(?:remain|stay)(?:s|ed)?\b)",
    re.IGNORECASE,
)
_STILL_WAITING = re.compile(r"\s+(?:waiting|queu\w*|stuck|stranded|camped|sitting|held)\b", re.IGNORECASE)


def _part_still_there(after: str, opening: str) -> bool:
    """(branch evr340q) "about 1,800 of them are still in the Republic, the remainder having returned or moved on to
    relatives in Britain": the count's own verb is that part's staying (those who moved on are the rest), so a verb
    of moving on later in the clause does not make it an exit (rounds 337 and 339 count "N of them are still in X")."""
    partitive = opening in _PARTITIVE_OPENS and _PARTITIVE.match(after)
    still = partitive and _STILL_THERE.match(after, partitive.end())
    return bool(still) and not _STILL_WAITING.match(after, still.end())


_CALLUP_OF = re.compile(
    r"\b(?:call[- ]?ups?|mobili[sz]ations?|conscription|draft)\s+of\s+(?:up\s+to\s+|some\s+|about\s+|around\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_WHEN_ASIDE = re.compile(r",\s+(?:when|after|before|as|since|while)\s[^,.;:]{0,120},")
# ((branch evr352r) the plural too, as a day's figures at two crossings are told: "Yesterday, Sunday, the figures were
# 842 at Nuijamaa and 1 415 at Vaalimaa" (round 349, after "1 106 ... entered Finland at Nuijamaa on Saturday and 1 870
# at Vaalimaa": both not read))
_THE_NUMBER = keywords(
    r"(?:the|its|their|this|that|these|those)\s+(?:(?:corresponding|comparable|equivalent)\s+)?"
    r"(?:number|figure|total|count|indicator)s?\b"
    r"|it\s+(?:was|stood at|reached)\s+(?:(?:closer|nearer)\s+to\s+|more\s+like\s+)?$"
    r"|there\s+(?:were|was)\s+$",
    tail="",
)
_AFTER_BEFORE = re.compile(r"\bafter\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$", re.IGNORECASE)
_REACHED_THE_POST = keywords(
    r"(?:reached|got\s+to|made\s+it\s+to|arrived\s+at)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:barrier|booths?|checkpoint|border\s+post|passport\s+control|crossing|post|gate)"
)
_STRONG_WAIT = keywords(
    r"wait\w*|awaiting|queue\w*|queuing|stood|standing|stuck|stranded|delays?|delayed|in line|in the line|(?:joined|joining|joins?)\s+the\s+line|been (?:here|there|in it)|sitting|sat"
)
_CROSSED_NO_WAY = keywords(r"crossed(?:\s+over)?", tail=r"(?!\s+(?:in|into|to|over|back|the)\b)\b")  # no way of its own
_AT_THE_LINE = ("wait_hours", "queue_length_km", "queue_vehicles", "flights_price_usd")  # a traveller's, not a count's
_JOINED_THE_LINE = keywords(r"(?:joined|joining|got\s+in(?:to)?|reached)\s+the\s+(?:line|queue)|(?:lined|queued)\s+up")  # the wait's start
_BOTH_POSTS = re.compile(  # "through (the) both points / all three crossings": more than one crossing, so the country
    r"\b(?:through|via|across|at)\s+(?:the\s+)?(?:both|all(?:\s+(?:two|three|four|five|\d))?)\s+(?:of\s+the\s+)?"
    r"(?:points|posts|crossings|checkpoints|crossing\s+points|border\s+(?:points|posts|crossings))\b",
    re.IGNORECASE,
)
# (branch evr82b: translated without the article too, "In reverse direction, from China into Russia, ... returned 95")
_OPPOSITE_WAY = keywords(
    r"(?:in\s+)?the\s+(?:other|opposite|reverse)\s+(?:way|direction)(?!\s+(?:round|around))"
    r"|in\s+(?:the\s+)?(?:return|back)\s+direction|in\s+(?:opposite|reverse)\s+direction"
)
_AWAY_WAY = keywords(  # the other way, or out: "in the direction of leaving", "in the direction out of Ukraine"
    r"in\s+the\s+(?:other|opposite|reverse)\s+(?:way|direction)|in\s+the\s+(?:return|back)\s+direction|in\s+the\s+direction\s+(?:of\s+(?:leaving|exit|departure)|out\s+of)"
    # fronted, the verb after it neutral: "Going the other way, about 500 passed the post"
    r"|(?:going|heading|travell?ing|moving)\s+the\s+(?:other|opposite|reverse)\s+(?:way|direction)"
)
_AWAY_WAY_NEEDS = words_needed(_AWAY_WAY)
_CROSSING_WORDS = keywords(r"cross\w*|border\w*|checkpoint\w*|jam\w*|queue\w*|booths?|passport\s+control")  # "reaching the booths took 40 hours"
# (branch evr208q) the formalities before the hours: "immigration processing took up to five hours", "the passport lines
# lasted up to three hours" (not after them: "the ferry takes 20 hours, and customs officers board it")
_FORMALITIES_BEFORE = keywords(r"(?:passport\s+(?:lines?|checks?)|immigration|customs)\b[^.;]{0,60}?\b(?:took|takes|lasted|lasts)")
_RETURN = keywords(
    # ((branch evr276q) an adverb between: "1,200 Angolans have returned voluntarily to Angola" (rounds 98, 232, 272))
    r"(?:returned|returning|went back|gone back|crossed back|headed back|went home)\s+(?:home\s+)?(?:(?:voluntarily|spontaneously|safely)\s+)?(?:in)?to|left for|departed for"
    r"|returned\s+in"  # (branch evr117b) translated: "900 persons returned in Ethiopia by Ferfer", gone home to it
    r"|(?:left|departed|headed|went|travell?ed)(?:\s+(?:the\s+)?[\w-]+){0,3}?\s+towards?"
    r"|(?:departures|returns|exits)\s+(?:back\s+)?to|back\s+(?:home\s+)?(?:in)?to",
    tail=r"\s+(?:the\s+)?$",
)


# a number between two capitalised words that are no day, month or place: part of a name ("North 24 Parganas")
_NAME_WORD_BEFORE = re.compile(
    r"(?<![.!?:]\s)(?<![.!?:])\b(?!(?:On|In|At|By|From|Since|Of|The|Between|About|Some|Over|Around|Nearly|Almost|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    rf"|{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sep|Sept|Oct|Nov|Dec)\s)[A-Z][a-z]+\s$"
)
_NAME_WORD_AFTER = re.compile(r"\s([A-Z][a-z]+)\b")


def _still_to_come(end: str, published: date) -> bool:
    """Whether "by the end of <end>" lies after publication: the year and the month always do (said before their end)."""
    return end in ("year", "month") or _END_MONTHS[end] >= published.month


_OUT_OF_BEFORE = keywords(r"out\s+of", tail=r"\s+(?:(?:about|roughly|some|nearly|around|almost|an\s+estimated)\s+)?$")
_PEOPLE_IN_AFTER = re.compile(r"(?:\s+million)?\s+(?:[A-Za-z-]+\s+){1,2}?(?:living\s+)?in\s+(?-i:[A-Z])")
# services laid on, not people: "had added 12 departures a day", "put on four extra sailings"
_SERVICE_NOUN = re.compile(r"\s+(?:(?:extra|more|additional|new|daily|weekly)\s+)?(?:departures|sailings|services|runs|trips)\b")
_SERVICE_NOUN_OPENS = opening_characters(_SERVICE_NOUN)
_SERVICES_ADDED = keywords(r"added|laid\s+on|put\s+on|scheduled|running", tail=r"\s+(?:\w+\s+)?$")


# (branch evr87b) and what people open or buy: "registered 1,363 new companies", "24,500 phones were registered with
# Russian passports", "530 new current accounts": no people moving
_BUSINESSES_AFTER = re.compile(
    r"\s+(?:[A-Z][A-Za-z]+\s+)?(?:individual\s+|private\s+|new\s+)?(?:entrepreneurs|businesses|companies|firms"
    r"|(?:mobile\s+)?phones|(?:prepaid\s+)?SIM[\s-]cards|(?:bank\s+|current\s+)?accounts)\b"
)
# a figure the report says was taken back: "replacing a withdrawn 112,000", "put departures at 78,000, but withdrew that
# figure", "an estimate that 10,000 a day were arriving was later disowned", "now says 98,000 ..., not the 112,000 it
# gave" (after a correction); the labels keep the figure that replaced it only
_WITHDRAWN_BEFORE = re.compile(
    r"\b(?:withdrawn|retracted|disowned|rescinded|discredited|erroneous)\s+(?:(?:earlier|initial|original|figure|estimate|count|total|number)\s+(?:of\s+)?)*$"
    r"|\b(?:withdrew|retracted|disowned|rescinded)\s+(?:(?:its|the|an?|that|earlier|initial)\s+)*(?:figure|estimate|count|total|number)\s+of\s+$"
)
_WITHDRAWN_AFTER = re.compile(
    r"\b(?:withdrew|withdrawn|retracted|disowned|rescinded|corrected|revised)\s+(?:that|the|this|its|the\s+earlier)\s+(?:figure|estimate|number|count|total|claim)"
    r"|\b(?:was|were|been|is)\s+(?:[a-z]+\s+){0,4}?(?:withdrawn|retracted|disowned|rescinded)\b"
)
_CORRECTED_NOT_THE = re.compile(r"\bnot\s+the\s+(?:earlier\s+|previous\s+|original\s+)?$")
_CORRECTION_CUE = re.compile(r"correct|revis|withdr|retract")
_WITHDRAWN_SENTENCE_WORDS = ("withdr", "retract", "disown", "rescind", "discredit", "erroneous", "corrected", "revised")


def _withdrawal_words_at(context: "_Context") -> list[int]:
    """Where the case-folded text holds a word of taking a figure back, sorted: found once a document with `str.find`
    (kept on the context), so that a number's sentence is looked up by bisection instead of searched word by word."""
    if context.withdrawal_words is None:
        context.withdrawal_words = positions_of(context.folded, _WITHDRAWN_SENTENCE_WORDS)
    return context.withdrawal_words


def _withdrawn(context: "_Context", index: int, sentence: tuple[int, int], number: "_Number", near: str) -> bool:
    """Whether the report says the figure was withdrawn, disowned or corrected away: no count, as the labels read it
    (`near`: the clause's words just before the number)."""
    text = context.doc.text
    if "not the" in near and _CORRECTED_NOT_THE.search(text, max(sentence[0], number.start - 30), number.start):
        return bool(_CORRECTION_CUE.search(context.folded, context.starts[index], number.start))
    cues = _withdrawal_words_at(context)
    first = bisect.bisect_left(cues, sentence[0])
    if first == len(cues) or cues[first] >= sentence[1]:
        return False
    if _WITHDRAWN_BEFORE.search(text, max(sentence[0], number.start - 60), number.start):
        return True
    after = _WITHDRAWN_AFTER.search(text, number.end, sentence[1])
    return after is not None and not _DIGIT.search(text, number.end, after.start())


_REGISTERED_AS_BUSINESSES = re.compile(
    r"\s+(?:[A-Z][A-Za-z]+\s+)?(?:have\s+|had\s+)?registered\s+as\s+(?:individual\s+|private\s+|sole\s+)?(?:entrepreneurs|businesses|companies|firms|traders)\b"
)
# (branch evr396r) a year's visitors, tourism told as a baseline: "the island, which had 900,000 visitors last year" (round
# 393), "In 2021 Kyrgyzstan received 184,000 visitors from Russia" (342), "Armenia received some 900,000 visitors from
# Russia in 2019" (348): the labels name each "a year before", no figure (not "230 visitors whose permits had expired flew
# back to Nadi yesterday": a day's movement, no year)
_VISITORS_AFTER = re.compile(r"\s+(?:(?:foreign|international|overseas|[A-Z][a-z]+(?:an|ian|ese|ish))\s+)?visitors\b")
_YEAR_OF_VISITORS = re.compile(
    r"\b(?:last|a|per|each|every|that|the\s+previous|the\s+whole\s+of)\s+year\b|\bannually\b|\byearly\b|\b(?:in|for|during|of)\s+(?:1[6-9]|20)\d\d\b",
    re.IGNORECASE,
)
_EVERY_YEAR = re.compile(r"\b(?:every|each|a|per)\s+year\b|\bannually\b|\byearly\b")
_YEAR_NAMED = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _yearly_of_earlier_years(context: "_Context", sentence: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the clause counts "every year" in a sentence naming only years before publication's (the years a
    yearly rate was of); such a rate is no count of the movement reported."""
    text = context.doc.text
    if not _EVERY_YEAR.search(text, *clause):
        return False
    years = [int(year) for year in _YEAR_NAMED.findall(text, *sentence)]
    return bool(years) and max(years) < context.published.year


# (branch evr436r) an age told as the oldest or the youngest, or as the age limit of a call-up: "the oldest of them was
# 59", "The maximum age for rank-and-file reservists is 35", "men over 50, the upper limit for most reservists" (rounds
# 435, 429: read as call-up counts), "the youngest was 19", "the oldest is 86" (texts of 26-431): an age, no count
_AGE_LIMIT_BEFORE = re.compile(
    r"\b(?:(?:maximum|minimum|upper|lower)\s+age(?:\s+limits?)?|age\s+limits?)(?:\s+(?:for|of)\s+(?:[\w’'-]+\s+){1,4}?)?\s*(?:is|was|of|at|:)\s+$"
    r"|\b(?:oldest|youngest)(?:\s+(?:of|among)\s+(?:them|those|the\s+[\w’'-]+))?\s+(?:was|is|were|being)\s+$",
    re.IGNORECASE,
)
_AGE_LIMIT_AFTER = re.compile(
    r",\s+(?:the|an?)\s+(?:(?:upper|lower|maximum|minimum)\s+)?age\s+limit\b"
    r"|,\s+the\s+(?:upper|lower)\s+limit\s+for\s+(?:[\w’'-]+\s+){0,2}?(?:reservists|conscripts|recruits|officers|soldiers|ranks|conscription|service|call-up|draft|men)\b",
    re.IGNORECASE,
)


# (branch evr452r) people named by an age they are over or under: "Women, children under 16 and men over 50 continue to
# enter without a prior visa" (round 448, read as entries 50), "most of them men under 40" (a text of 102-447, read as
# entries 40): who is let through or who came, an age, no count
_PERSON_OVER_AGE_BEFORE = re.compile(
    r"\b(?:men|women|boys|girls|children|minors|adults|males|females|people|persons|those|anyone|travell?ers|passengers"
    r"|citizens|reservists|nationals|applicants)(?:\s+(?:aged|who\s+are))?\s+(?:over|under|above|below|older\s+than|younger\s+than)"
    r"\s+(?:the\s+age\s+of\s+)?$"
)


def _age_or_serial_number(near: str, after: str, number: _Number, unit: str | None) -> bool:
    """Whether the number is a person's age said with "of" or the number a school, bulletin or phone line goes by:
    neither counts people (branch evr145q)."""
    if unit is not None or number.low >= 1000:
        return False
    if number.low < 120 and ("old" in near[-24:] or "young" in near[-24:] or "age" in near[-60:] or "limit" in after[:40]) and (
        _AGE_LIMIT_BEFORE.search(near) or _AGE_LIMIT_AFTER.match(after)
    ):
        return True
    if number.low < 120 and number.qualifier in ("over", "under", "above", "below", "older than", "younger than") and (
        _PERSON_OVER_AGE_BEFORE.search(f"{near}{number.qualifier} ")
    ):
        return True  # (branch evr452r) "children under 16 and men over 50 continue to enter": the ages of who may cross
    if number.qualifier:
        return False
    listed = (near.endswith(" and ") or near.endswith(", ")) and " of " in near[-16:]  # "of 4, 8 and 13": each an age
    if (near.endswith(" of ") or listed) and number.low < 120 and (
        of_age := _PERSON_OF_AGE_BEFORE.search(near)
    ):
        return of_age.group(1) is not None or _PERSON_OF_AGE_AFTER.match(after) is not None  # (a list's last age, as its first)
    if ("rt" in near[-12:] or "ion" in near[-12:] or "aph" in near[-13:] or "use" in near[-10:]) and _PROVISION_BEFORE.search(near):
        return True  # (branch evr197q) "under article 190 of the Criminal Code", "in paragraph 2": a law's or text's part
    if after.startswith(" of ") and _PROVISION_AFTER.match(after):
        return True  # (branch evr197q) "under part 1 of article 21.5": the same
    if after[:1] == " " and holds_any(after[:60], _STREET_WORDS) and _STREET_AFTER.match(after):
        return True  # (branch evr332r) "a help centre ... at 57 Abay Avenue": a house's number in a street
    if number.low < 1000 and holds_any(near[-24:].lower(), _STREET_BEFORE_NEEDS) and _STREET_BEFORE.search(near) and _ADDRESS_CLOSED_AFTER.match(after):
        return True  # (branch evr420r) "Kosta avenue 12, phone ...": the house's number after its street
    return ("No." in near or "Nos." in near or "No" in near[-4:] or "umber" in near or "№" in near) and _SERIAL_NUMBER_BEFORE.search(near) is not None


# (branch evr153q) no queue at a border runs 100 km (the longest labelled is 40 km): a length beyond is a road's, a
# railway's or a border's
_LONGEST_QUEUE_KM = 100


def _queue_km(number: _Number, unit_word: str) -> float:
    """The length in kilometres, as the unit word gives it ("200-mile": 322)."""
    word = unit_word.lower()
    return (number.high or number.low) * (1.609344 if word.startswith("mi") else 0.001 if word.startswith("met") else 1.0)


# (branch evr232q) people told as where they now live or shelter, after a report's counts (rounds 221, 222, 224, 225,
# 230, 231): "roughly 20,000 Russians are now staying in rented flats in Minsk", "About 7,600 are still in some 30
# shelters", "46,000 Netherlands nationals are still registered in Indonesia", "Around 600 people, most of them ethnic
# Chinese, are still sheltering at the stadium", "about 40,000 Russians already resident in the emirate", "30,000
# Cambodians who fled the July events and remain in temporary sites": a stock, no movement (not "of them are still
# here", those of a count who stayed; nor people still waiting, at the line or on the beach, nor those sheltering
# "waiting for seats on further flights")
_STAYING_AFTER = re.compile(
    r"\s+(?!of\s)(?:[\w’'-]+(?:\s+|(?=,))){0,3}?(?:,[^,.;]{0,60},\s*)?(?:(?:are|is|were|was)\s+(?:still|now|currently)\s+"
    r"(?:staying|living|registered|resident|sheltering|housed|accommodated|lodged"
    r"|in\s+(?:(?:some|about|around|the)\s+)?(?:\d+\s+)?(?:shelters|camps|hotels|flats|sites|centres|centers|hostels))\b"
    r"|already\s+(?:resident|living|settled)\b"
    # (branch evr236q) "about 2,800 French nationals remain registered in the Central African Republic",
    # "Approximately 2,500 American citizens remain registered with the Embassy" (rounds 234 and another)
    r"|remains?\s+(?:registered|resident)\b"
    # (branch evr236q) and after a clause of when they came: "about 40,000 Russians who came after February were already
    # living in Armenia before the mobilisation" (round 235, as 221's "already resident")
    r"|who\s+(?:came|arrived|moved)\b[^.;,]{0,40}?\s(?:are|were|is|was)\s+(?:already|still|now)\s+(?:living|resident|settled|staying)\b"
    r"|who\s+[^.;,]{0,50}?\sand\s+remain\s+in\s+(?:temporary\s+)?(?:sites|camps|shelters|centres|centers)\b)"
)
# (branch evr360r) those who came and are "still / currently / now staying in" a country: "about 1,5 million people who
# arrived from Ukraine are still staying in Poland", "Roughly 4,800 citizens of Russia who arrived after September 21
# are currently staying in Mongolia" (round 358 labels both net arrivals, as `_PRESENT_IN_AFTER`'s "are still in
# Lebanon"): the clause of their coming sets them apart from a stock (`_STAYING_AFTER`'s "staying in rented flats")
_CAME_STAYING_IN = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:who|that)\s+(?:had\s+|have\s+)?(?:arrived|came|entered|crossed|fled)\b[^.,;:!?]{0,50}?"
    r"\s+(?:are|were|is|was)\s+(?:currently|still|now)\s+staying\s+in\s+(?:the\s+)?(?=[A-Z])(?!(?:[A-Z][\w’'-]+\s+){0,2}"
    r"(?:Camp|Centre|Center|Hotel|Hostel|Shelter|Stadium|Hall|School)\b)"
)
# (branch evr368r) a week named by its number in the year, as border guards' releases do (rounds 366, and 220s-250s
# on Finland's eastern border): "In the same week 39, Russian citizens exited", "during week 39 (26.9.-2.10.2022)",
# "on week 38: ..." (not "in the past week 12 people crossed": people after the number)
_WEEK_NUMBER_AFTER = re.compile(r"\s*(?:[,(:;.)]|$)|\s+(?:of\s+)?(?:19|20)\d\d\b")
# (branch evr376r) two or more weeks named by their numbers (round 372, a Finnish minister's answer): "In weeks 36 and
# 37 the number ... was about 11 000-12 000 per week", "during weeks 36-37", "in weeks 35, 36 and 37" (not "in two
# weeks 36 people crossed", "over the past two weeks 30 to 40 people a day": "weeks" after a word of time or a stop,
# and the first number with another week's number after it)
_WEEKS_NUMBERED_BEFORE = re.compile(
    r"(?:(?:^|\b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]f|[Oo]ver|[Bb]etween|and|[Ii]n\s+both)\s+)(?:the\s+)?|^|[,(:;]\s*)"
    r"[Ww]eeks\s+(?:(?:[1-9]|[1-4]\d|5[0-3])\s*(?:,|and|or|to|[-–])\s*)*$"
)
_WEEKS_NUMBER_AND = re.compile(r"\s*(?:,|and|or|to|[-–])\s*(?:[1-9]|[1-4]\d|5[0-3])\b(?![\s\u00a0]?\d)")
# (branch evr416r) people now living in a place the text names, the town or the country or a name in capitals: "around
# 340 Russian citizens are now living in the town" (round 413, the town Naryn; LABELLING.md: "those still in a town the
# text names ... at the town"), "some 5,000 Russians are still living in Bishkek": the people still there, `net_arrivals`
# (not "now staying in rented flats", "now living in hotels", nor a camp, a centre or a hotel named in capitals)
_LIVING_IN_PLACE = re.compile(
    r"\s+(?!of\s)(?:[\w’'-]+\s+){0,3}?(?:are|were)\s+(?:still|now)\s+(?:living|staying|residing)\s+in\s+"
    r"(?:the\s+(?:town|city|country|capital|republic)\b|(?=[A-Z])(?!(?:[A-Z][\w’'-]+\s+){0,2}"
    r"(?:Camp|Centre|Center|Hotel|Hostel|Shelter|Stadium|Hall|School|Church|Mosque)\b)[A-Z][\w’'-]+)"
)
_STAYING_CUES = (" still ", " now ", "already ", " remain in ", " remain registered", " remains registered", " remain resident")
# (branch evr368r) people told as a night's shelter or as given housing (rounds 364, 365, 240, 197 read them; none
# labelled, LABELLING.md's "people housed or helped are no figure"): "Volunteers say 350 people slept there last night",
# "Last night 260 people stayed there", "183 persons spent the night there", "47 300 have been provided with housing",
# "about 150 people slept in the Arman cinema" (not "who crossed and slept in the car": the verb right after the
# people, none of "and", "who" between; nor "evacuees are being housed at", a stock some rounds label; nor people who
# spent the night waiting, `_SHELTERED_WAITING`)
_SHELTERED_AFTER = re.compile(
    r"\s+(?:(?!and\b|who\b|then\b)[\w’'-]+\s+){0,2}?(?:(?:had\s+|have\s+)?(?:slept|spent\s+the\s+night|stayed\s+(?:there|overnight|the\s+night)\b)"
    r"|(?:have|has|had)\s+been\s+(?:provided|given)\s+(?:with\s+)?(?:housing|shelter|accommodation)\b)"
)
_SHELTERED_CUES = ("slept", "the night", "stayed", "provided", "given")
# (people who spent the night waiting to cross are waiting: "About 1,200 people spent the night in the open waiting at
# the Malaba border post", "slept in their cars in the queue")
_SHELTERED_WAITING = re.compile(
    r"\b(?:waiting|awaiting|wait|queu\w*|in\s+the\s+open|border|checkpoint|crossing|frontier"
    r"|in\s+(?:their\s+|the\s+)?(?:cars|vehicles|trucks|lorries|buses))\b",
    re.IGNORECASE,
)
_WAITING_TO_GO = re.compile(r"\b(?:waiting|awaiting|wait|to\s+leave|for\s+(?:seats|places|evacuation|transport))\b")


# (branch evr408r) a count of traffic both ways: "101.527 persons, Romanian and foreign citizens, crossed the border in both
# directions", "through Vaalimaa passed on Monday in both directions 612 lorries", "some 4,000 a day in both directions
# before the decree" (rounds 407 and some 110 texts of earlier rounds, where the labels hold every such count no figure:
# a usual day, a volume of traffic, vehicles; not a way in or a way out)
_BOTH_WAYS_AFTER = re.compile(r"[^.;:!?\d]{0,110}?\b(?:in|into|on)\s+both\s+(?:directions|ways)\b|[^.;:!?\d]{0,40}?\bboth\s+ways\b", re.IGNORECASE)
_BOTH_WAYS_BEFORE = re.compile(r"\b(?:in|into|on)\s+both\s+(?:directions|ways)\b[^.;:!?\d]{0,40}$", re.IGNORECASE)


# (branch evr408r) a year in the name of a plan, a law, a census or a contest: "Funding: The 2015 Strategic Response Plan
# for Niger seeks US$ 348 million, of which 4 per cent had been received" (round 407: read as 2,015 entries), "the 1966
# Cuban Adjustment Act", "the 1951 Refugee Convention", "the 2017 Census", "the 2022 World Cup" (some 30 texts of earlier
# rounds): no count
_YEAR_OF_A_TITLE_AFTER = re.compile(
    r" (?:[A-Z][\w’'-]*\s+){0,4}(?:Plan|Appeal|Act|Programme|Program|Agreement|Accord|Convention|Census|Report|Budget"
    r"|Framework|Strategy|Law|Decree|Elections?|Olympics|Cup|Review|Overview)\b"
)


# (branch evr412r) a span of years, "2019-20", "2019/20", "1998-2000", "1962/63" (a season, a financial year, a war),
# and a year naming what happened or was agreed in it, after an article: "under the 1998 readmission agreement", "the
# 1994 genocide", "its 2016 response plan" (rounds 409, 408 and 31 others; lower case, as `_YEAR_OF_A_TITLE_AFTER` is not)
_YEAR_SPAN_TAIL = re.compile(r"[-–/](?:\d{2}|(?:18|19|20)\d{2})(?![\d,.]\d|\s*(?:%|per\s*cent|percent|thousand|million|lakh|crore)\b)")
_YEAR_SPAN_HEAD = re.compile(r"(?<![\d,.])(?:18|19|20)\d{2}[-–/]$")
_NAMED_YEAR_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.IGNORECASE)
_NAMED_YEAR_AFTER = re.compile(
    r"(?:[-–/](?:\d{2}|(?:18|19|20)\d{2}))?\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:agreements?|accords?|treaty|treaties|arrangements?|conventions?|protocols?|decrees?|laws?|acts?|ceasefire|truce"
    r"|deal|census|season|war|revolution|uprising|coup|genocide|earthquake|floods?|drought|famine|crisis|fighting|riots?"
    r"|exodus|elections?|appeal|plans?|programmes?|programs?|budget|financial\s+year|fiscal\s+year|figures?|series"
    r"|levels?|peak|record|rules?|regulations?|reforms?|invasion|offensive|massacre|troubles|plebiscite|referendum)\b"
)


# (branch evr472r) a law's name before its year, after a comma or "of": "Cases have been registered under the Foreigners
# Act, 1946" (round 469, read as 1,946 entries), "in accordance with the Refugees Act, 2006" (round 297), "measures taken
# under the Immigration Act, 1967" (round 222), "the Immigration Act of 1971"
_LAW_BEFORE_ITS_YEAR = re.compile(r"\b(?:Act|Law|Ordinance|Code|Decree|Proclamation|Order)(?:,| of) $")


def _year_span_or_named_year(text: str, number: _Number) -> bool:
    """Whether a four-digit number is a year that opens a span of years or names a thing of its year, or a two-digit
    one closes a span of years ("2019-20")."""
    if text[number.start - 1 : number.start] in ("-", "–", "/"):
        head = _YEAR_SPAN_HEAD.search(text, max(0, number.start - 5), number.start)
        if head is not None and (int(number.low) - int(text[head.start() : head.end() - 1])) % 100 in range(1, 11):
            return True  # the end of "2019-20", "1998-2000"
    if number.end - number.start == 2:
        return False
    tail = _YEAR_SPAN_TAIL.match(text, number.end) if text[number.end : number.end + 1] in ("-", "–", "/") else None
    if tail is not None and (int(text[number.end + 1 : tail.end()]) - int(number.low)) % 100 in range(1, 11):
        return True  # "2019-20", "1998-2000", "1994-96": a later year, within ten
    return bool(_NAMED_YEAR_BEFORE.search(text, max(0, number.start - 8), number.start) and _NAMED_YEAR_AFTER.match(text, number.end))


# (branch evr412r) one unit of a currency worth so many of another: "US$1 = 24,870 dong", "1 USD = 57.6 roubles",
# "€1 = 1.08 dollars" (round 408, a daily's rate line)
_EXCHANGE_RATE_BEFORE = re.compile(
    r"(?:\b(?:US|USD|EUR|GBP)\s?\$?\s?1|[$€£]\s?1|\b1\s+(?:USD|EUR|GBP|US\s+dollar|dollar|euro|pound)s?)\s*=\s*(?:[A-Z]{1,3}\$?\s?)?$"
)


def _both_ways(text: str, sentence: tuple[int, int], number: _Number) -> bool:
    """Whether the count's sentence says it counts traffic in both directions, just after it or just before it."""
    return bool(
        _BOTH_WAYS_AFTER.match(text, number.end, sentence[1])
        or _BOTH_WAYS_BEFORE.search(text, max(sentence[0], number.start - 60), number.start)
    )


# (branch evr440r) a post's staff, booths or lanes whose number was raised or cut: "the number of border police officers
# at the checkpoint has been increased by 40", "The number of passport control booths ... has been increased from 8 to
# 14" (round 436: read as other 40 and 14), "the number of working lanes ... increased from 6 to 10", "the number of
# staff at the Dariali crossing point has been increased by 60 officers" (texts of 26-435): no one crossing
_STAFF_OR_LANES_CHANGED = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,4}?(?:officers|officials|guards|booths|lanes|staff|personnel|inspectors|windows"
    r"|counters|desks|employees|workers|servicemen|cabins|posts)\b[^.;]{0,90}?\b(?:increased|raised|reduced|cut|doubled"
    r"|tripled|brought|expanded)\s+(?:(?:up|down)\s+)?(?:by|from|to)\s+(?:(?:about|some|another)\s+)?(?:\d[\d,]*\s+(?:to|and)\s+)?$",
    re.IGNORECASE,
)

# (branch evr444r) people signed up with a platform, a site or a portal: "89,300 persons have registered on the
# e-displaced.am platform for State assistance" (round 442, read as entries): a list of names, no crossing (LABELLING:
# "registrations that tell no crossing ... are no figure"; registered with UNHCR or at a post stays a count, and "had
# registered with the embassy ... to go home" stays read, as branch evr204q's test keeps it)
_SIGNED_UP_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:have|has|had)\s+)?(?:(?:now|already|so\s+far)\s+)?(?:been\s+)?registered\s+(?:on|with|at|through|via)"
    r"\s+(?:(?:the|a|an|its|their|our)\s+)?(?:[\w.’'-]+\s+){0,2}?(?:platform|website|web\s+site|portal|online\s+form|app"
    r"|hotline|tax\s+office)\b",
    re.IGNORECASE,
)

# (branch evr444r) people who received a paper, a permit or aid, the subject of "received" and not its object: "62 men of
# 1,900 inhabitants received papers on one day" (round 441, read as 62 entries: "received" is a verb of a place taking
# people in; "had received summonses", "received work permits", "received fuel vouchers" in texts of 26-439)
_RECEIVED_THINGS_AFTER = re.compile(
    r"\s+(?:(?!(?:who|that|crossed|arrived|entered|fled|left|came|reached)\b)[\w’',-]+\s+){0,4}?(?:(?:have|has|had)\s+)?"
    r"(?:(?:already|now|also|since|so\s+far)\s+)?received\s+(?:(?:their|the|a|an|his|her|individual|call-up|military|draft|work"
    r"|fuel|first|one-off|cash|temporary|residence|food|travel|mobilisation|mobilization|legal|medical|psychosocial|information"
    r"|humanitarian)\s+){0,2}(?:papers|summons(?:es)?|notices"
    r"|permits|vouchers|aid|assistance|treatment|payments?|cash|visas|passports|documents|letters|kits|rations|help|care"
    # ((branch evr456r) and a service of an aid agency: "1 450 persons have received information sessions since 26
    # September" (round 453, read as 1,450 entries), "received counselling", "received legal advice": people served)
    r"|information|sessions|counsell?ing|advice|support|services|consultations|referrals)\b",
    re.IGNORECASE,
)

# (branch evr444r) the vehicles people rode in, after "in", "on" or "aboard": "1,566 migrants ... have been returned to
# Honduras in 38 buses since Saturday" (round 443, read as other 38), "left on 12 buses", "aboard 5 coaches": the
# carriers of the people counted, not vehicles that crossed on their own
_RODE_IN_BEFORE = re.compile(
    r"\b(?:in|on|aboard|onto|into)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)


# (branch evr472q) "In the other direction, Russian citizens entered Russia 8.76 million times in July-September"
# (rounds 446, 471): people coming home counted inside their own country by its border service, entries there, though
# the sentence opens on the other way (not "came back into Russia", "returned into Russia" (rounds 110, 111): gone back,
# exits where they were counted)
_ENTERED = re.compile(r"\bentered\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


def _entered_the_origin(context: "_Context", words: str) -> bool:
    """Whether the clause's verb is a bare "entered" with the report's origin country as its object."""
    if not context.origin or "entered " not in words:
        return False
    return any(m.group("place").startswith(context.origin) for m in _ENTERED.finditer(words))


# (branch evr480r) visits counted as trips to a named place, as tourism offices and border services count them: "citizens
# of the Russian Federation made 206 754 international visitor trips to Georgia", "118 647 visitor trips to Georgia"
# (round 479), "Of the 351,600 trips to Georgia" (round 446), "2.3 million trips of Russian citizens to Kazakhstan"
# (round 100): entries into that place (not "made 130 trips" or "412 bus trips from Kornidzor": a vehicle's runs, no
# place reached named after them)
_TRIPS_TO_A_PLACE_AFTER = re.compile(
    r"\s+(?:(?:international|foreign|visitor|tourist|overseas|private|business)\s+){0,2}trips"
    r"\s+(?:of\s+(?:[\w’'-]+\s+){1,3}?(?:citizens|nationals|residents|travell?ers|tourists)\s+)?to\s+(?:the\s+)?[A-Z]"
)


# (branch evr480r) nights of lodging counted, as hotel statistics and shelters count them: "Accommodation establishments
# registered 412 600 overnight stays (nights) by guests", "The average length of stay was 6.3 nights" (round 479, read as
# other 412,600 and 6.3), "290 bed-nights this week" (round 192, read as other 290): no people moving nor waiting (bare
# "nights" only in a sentence of lodging: "waited 3 nights at the gate" is a wait)
_LODGING_NIGHTS_AFTER = re.compile(
    r"\s+(?:(?:bed|guest|room|hotel)[- ]nights|overnight\s+stays|(?P<nights>nights))\b", re.IGNORECASE
)
_LODGING_WORDS = re.compile(r"\b(?:stay|stays|guests?|hotels?|hostels?|accommodation|lodging|beds?|occupancy)\b")


def _classify(
    context: "_Context",
    index: int,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    number: _Number,
    unit: str | None,
    unit_word: str,
    previous: "Figure | None",
    opening: str,
) -> str | None:
    text = context.doc.text
    words = text[clause[0] : clause[1]]
    after = text[number.end : clause[1]]
    before = text[clause[0] : number.start]
    near = before[-70:]  # the cues below stand just before the number
    # the three case-folded, for `holds_any` in front of searches that cost several times as much
    folded_words = context.folded[clause[0] : clause[1]]
    folded_near = folded_words[len(before) - len(near) : len(before)]
    folded_after = folded_words[number.end - clause[0] :]
    if "both" in context.folded[max(sentence[0], number.start - 60) : min(sentence[1], number.end + 120)] and _both_ways(
        text, sentence, number
    ):
        return None  # (branch evr408r) "101,527 persons crossed the border in both directions": traffic both ways
    if (
        "asylum" in folded_after[:80]
        and (asylum := _REGISTERED_AS_ASYLUM_SEEKERS_AFTER.match(after))
        and (asylum.group("passive") or _REGISTERED_BEFORE.search(near))
    ):
        return None  # (branch evr516r) "has registered 7 905 persons as asylum seekers": asylum requests, no crossing
    if (
        "average" in folded_near
        and previous is not None
        and previous.start >= sentence[0]
        and previous.unit.startswith("persons")
        and unit in (None, "persons")
        and _APPOSED_AVERAGE_BEFORE.search(text, max(sentence[0], number.start - 50), number.start)
        and ("daily" in folded_near or _DAILY_AFTER.match(text, number.end, sentence[1]))
    ):
        return None  # (branch evr516r) "31,460 persons have entered, an average of about 4,500 a day": the count per day
    if unit is None and "|" in text[sentence[0] : number.start] and context.in_list(index) and table_row(text[sentence[0] : sentence[1]]):
        money = _MONEY_CELL.search(context.lead_in(index, sentence, number.start).header)
        if money:  # (branch evr508r) a fare table's cells, its currency in the header: no people counted
            return "flights_price_usd" if money.group("usd") and _FARE_CELL.search(money.string) else None
    if "number of" in folded_words and _STAFF_OR_LANES_CHANGED.search(before):
        return None  # (branch evr440r) "the number of officers at the checkpoint has been increased by 40": staff
    if "registered" in folded_after[:80] and _SIGNED_UP_AFTER.match(after):
        return None  # (branch evr444r) "89,300 persons have registered on the e-displaced.am platform": a sign-up
    if "received" in folded_after[:80] and _RECEIVED_THINGS_AFTER.match(after):
        return None  # (branch evr444r) "62 men of 1,900 inhabitants received papers": what they were handed
    if (
        number.end - number.start == 4
        and 1800 <= number.low <= 2099
        and after[1:2].isupper()
        and _YEAR_OF_A_TITLE_AFTER.match(after)
    ):
        return None  # (branch evr408r) "The 2015 Strategic Response Plan for Niger seeks ...": a year in a title
    if (
        number.end - number.start <= 4
        and number.high is None
        and not number.is_word
        and (number.end - number.start == 4 and 1800 <= number.low <= 2099 or number.end - number.start == 2)
        and _year_span_or_named_year(text, number)
    ):
        return None  # (branch evr412r) "in the 2019-20 season", "under the 1998 readmission agreement": years, no counts
    if (
        number.end - number.start == 4
        and 1800 <= number.low <= 2099
        and number.high is None
        and text[number.start - 2 : number.start] in (", ", "f ")
        and _LAW_BEFORE_ITS_YEAR.search(text, max(0, number.start - 16), number.start)
    ):
        return None  # (branch evr472r) "registered under the Foreigners Act, 1946": the year of a law's title, no count
    if "=" in near[-12:] and _EXCHANGE_RATE_BEFORE.search(near):
        return None  # (branch evr412r) "Exchange rate on November 16: US$1 = 24,870 dong": a rate, no count nor fare
    if "night" in folded_after[:24] and not number.is_word and _LODGING_NIGHTS_AFTER.match(after) and (
        not _LODGING_NIGHTS_AFTER.match(after).group("nights") or _LODGING_WORDS.search(context.folded, sentence[0], sentence[1])
    ):
        return None  # (branch evr480r) "412 600 overnight stays", "290 bed-nights", "a stay of 6.3 nights": lodging
    if _office_queue(context, sentence, number):
        return None  # (branch evr484r) "up to 600 people stood in line at the PSC of the Bostandyk district": a queue
        # for papers or money at an office in town, no queue at a border
    if "applications" in folded_near and _NUMBER_OF_APPLICATIONS_BEFORE.search(near):
        return None  # (branch evr476r) "Since Thursday, the number of such applications is 2 804": papers filed, no crossing
    if "reinforc" in context.folded[sentence[0] : sentence[1]] and (
        _SECURITY_MEN_AFTER.match(after) or " men" in after[:12] and _FORCE_BROUGHT_TO_BEFORE.search(near)
    ):
        return None  # (branch evr476r) "60 men of the National Public Security Force arrived to reinforce security"
    if (
        "allowance" in folded_near or "payment" in folded_near or "grant of" in folded_near or "stipend" in folded_near
    ) and _PAID_SUM_BEFORE.search(near):
        return None  # (branch evr476r) "receives a cash allowance of DM 10 on arrival": a sum handed out, no count nor fare
    if (
        near.endswith("(")
        and number.high is None
        and 1 <= number.low <= 31
        and _WEEKDAY_THEN_BRACKET.search(near)
        and _BRACKET_CLOSED.match(text, number.end)
    ):
        return None  # (branch evr424r) "On Tuesday (27), 1.240 Venezuelans entered": the day of the month, no count
    if near.endswith("(") and not number.is_word and _WORD_THEN_BRACKET.search(near):
        return None  # (branch evr352r) "three (3) temporary sites": the figure repeats the word, which is read for itself
    if (
        number.end - number.start == 4
        and after[:3].lstrip()[:1] in ("h", "H")
        and _MILITARY_CLOCK.fullmatch(text, number.start, number.end)
        and _MILITARY_CLOCK_AFTER.match(after)
        and _MILITARY_CLOCK_BEFORE.search(near)
    ):
        return None  # (branch evr364r) "At 2400 hours 20 April, 1,330 persons remained": the clock of a report, no wait
    if "hz" in (tail := text[number.end : min(sentence[1], number.end + 60)]) or "Hz" in tail or "hertz" in tail or " band" in tail:
        if _FREQUENCY_AFTER.match(tail):
            return None  # (branch evr384r) "on 15.40 and 17.88 megahertz in the 19 and 16 metre bands": the radio's
    if near.endswith(("week ", "Week ", "WEEK ")) and number.high is None and number.low <= 53 and _WEEK_NUMBER_AFTER.match(after):
        return None  # (branch evr368r) "In the same week 39, Russian citizens exited": the week's number, no count
    if (
        "eeks " in near
        and number.low <= 53
        and (number.high is None or number.high <= 53)
        and _WEEKS_NUMBERED_BEFORE.search(near)
        and (number.high is not None or not near.endswith("eeks ") or _WEEKS_NUMBER_AND.match(after))
    ):
        return None  # (branch evr376r) "In weeks 36 and 37 the number ...": the weeks' numbers, no count
    if ("ed " in near or "eld " in near) and _HOSTED_BEFORE.search(near) and (
        "lready" in near[-30:] or _BEFORE_THE_INFLUX.match(text, number.end, sentence[1])
    ):
        return None  # (branch evr380r) "Egypt hosted some 60 000 refugees ... before the conflict": a stock before, no crossing
    if "regist" in words and _AWAITING_REGISTRATION_AFTER.match(after):
        return None  # (branch evr380r) "Some 11,000 people are currently waiting to be registered": a queue for papers
        # after the crossing, no count of a crossing (the wait told after it is kept: "At Elegu the wait for registration
        # was as long as two days", round 52, is labelled a wait at the border)
    if near.endswith(_AIRCRAFT_BEFORE):
        return None  # (branch evr244q) "An El Al Boeing 747 ... landed", "A Boeing 747 of TAP carries 370": a type of aircraft
    if "Box" in near and _POST_BOX_BEFORE.search(near):
        return None  # (branch evr240q) "UNHCR Branch Office, P.O. Box 1898, Lusaka": an address, no count
    if text.startswith(_ORDINAL_ENDINGS, number.end) and not text[number.end + 2 : number.end + 3].isalpha():
        return None  # (branch evr240q) "the remainder came in on the 16th and 17th": a day (an ordinal), no count
    if (
        text.startswith(_OF_OPENINGS, sentence[0])
        and text[number.start - 3 : number.start].rstrip().endswith(_PART_DASHES)
        and previous is not None
        and previous.quantity in _MOVED
        and unit in (None, "persons")
        and previous.unit.startswith("persons")
        and _OF_THESE.match(text, sentence[0])
        and _PART_THROUGH_BEFORE.search(text[max(sentence[0], number.start - 100) : number.start])
        and _nearest_verb(text[number.end : sentence[1]], text[sentence[0] : number.start]) is None
    ):  # (branch evr240q) "... departed from Belarus 2 317 citizens of Russia. Of them through the checkpoint "Brest"
        # — 1 102 persons, through "Kamenny Log" — 694 persons": parts by crossing told without a verb, the whole's
        return previous.quantity
    opens_with_from = text.startswith("from", number.start) or text.startswith("From", number.start)
    near_cue = _NEAR_CUES.search(near)
    baseline_cue = near_cue and _BASELINE_BEFORE.search(near) or (opens_with_from and _RISE_FALL.search(near))
    if ("on a" in after or "in a" in after) and _NORMAL_TIME_AFTER.match(after) or (
        "n " in text[sentence[0] : sentence[0] + 6] and _NORMAL_TIME_OPENING.match(text, sentence[0])
    ) or (
        holds_any(context.folded[max(sentence[0], number.start - 160) : number.start], _NORMAL_TIME_INSIDE_NEEDS)
        and _NORMAL_TIME_INSIDE.search(text, max(sentence[0], number.start - 160), number.start)
    ):
        return None  # an undated baseline: no count of a time
    if (
        "Before" in text[sentence[0] : sentence[0] + 8]
        and _BEFORE_EVENT_OPENING.match(text, sentence[0], number.start)
        and _USUAL_LEVEL_BEFORE.search(text, sentence[0], number.start)
    ):
        return None  # (branch evr292q) "Before the decree a usual day saw about 4,500": the undated baseline
    if (
        "Before" in text[sentence[0] : sentence[0] + 8]
        and _BEFORE_EVENT_OPENING.match(text, sentence[0] + (text[sentence[0]] in "\"“'"), number.start)
        and (
            _DAILY_AFTER.match(text, number.end, sentence[1])
            or _DAILY_BEFORE.search(near)
            or _DAILY_IN_OPENING.search(text, max(sentence[0], number.start - 100), number.start)
            or _PERIODIC_AFTER.match(text, number.end, sentence[1])  # (branch evr428r) "... 150 ... in a month"
        )
    ):
        return None  # (branch evr388r) "Before the call-up, about 5,000 Russians a day were entering": the day before it
    if "efore the" in (around := text[max(sentence[0], number.start - 100) : min(sentence[1], number.end + 80)]) and (
        (
            _BEFORE_EVENT_NEAR.search(text, max(sentence[0], number.start - 100), number.start)
            and (_DAILY_AFTER.match(text, number.end, sentence[1]) or _DAILY_BEFORE.search(near)
                 or _DAILY_IN_OPENING.search(text, max(sentence[0], number.start - 100), number.start))
        )
        or _BEFORE_EVENT_TRAIL.match(text, number.end, sentence[1])
    ):
        return None  # (branch evr388r) "that before the mobilisation 5-6 thousand a day were entering": the same
    if (
        "year" in text[sentence[0] : number.start]
        and _YEAR_BACK_BEFORE.search(text, sentence[0], number.start)
        and (_DAILY_AFTER.match(text, number.end, sentence[1]) or _DAILY_BEFORE.search(near))
    ):
        return None  # (branch evr356r) "in the same period of last year about 5.000 crossed daily": a year back's usual day
    if (
        "last year" in text[max(sentence[0], number.start - 160) : number.start]
        and (last_year := _MONTH_LAST_YEAR_BEFORE.search(text, max(sentence[0], number.start - 160), number.start))
        and not _NOW_BETWEEN.search(last_year.group("between"))
    ):
        return None  # (branch evr476r) "For comparison, in October last year 2.870 Russians entered": a usual month before
    if (
        "omparison" in text[sentence[0] : sentence[0] + 24]
        and _COMPARISON_OPENING.match(text, sentence[0], number.start)
        and (
            _DAILY_AFTER.match(text, number.end, sentence[1])
            or _DAILY_BEFORE.search(near)
            or _AVERAGE_BEFORE.search(text, max(sentence[0], number.start - 80), number.start)
        )
    ):
        return None  # (branch evr360r) "For comparison, in March 2021 ... on average about 10 000 a day": a usual day
    if (
        "omparison" in text[sentence[0] : sentence[0] + 24]
        and _COMPARISON_OPENING.match(text, sentence[0], number.start)
        and (
            any(int(year) < context.published.year for year in _EARLIER_YEAR_NAMED.findall(text, sentence[0], number.start))
        )
    ):
        return None  # (branch evr424r) "For comparison, in February 2016 just 680 entered": an earlier year's count
    if (
        "omparison" in text[sentence[0] : number.start]
        and _COMPARISON_ASIDE.search(text, max(sentence[0], number.start - 130), number.start)
        and any(int(year) < context.published.year for year in _EARLIER_YEAR_NAMED.findall(text, sentence[0], number.start))
    ):
        return None  # (branch evr464r) "In September 2021, by comparison, around 9 000 entered": an earlier year's count
    if (
        ("against" in near[-24:] or "compared" in near[-30:] or "versus" in near[-24:])
        and _SET_AGAINST_BEFORE.search(near)
        and (earlier := _IN_AN_EARLIER_YEAR_AFTER.match(text, number.end, sentence[1]))
        and int(earlier.group(1)) < context.published.year
    ):
        return None  # (branch evr464r) "222 274 entered, against 64 119 in September 2021": the year before's count
    if "lanning" in near and _PLANNING_FIGURE_BEFORE.search(near):
        return None  # (branch evr464r) "the planning figure of 300,000 ... has been exceeded": a number planned for
    if ("'" in near or "’" in near) and _NORMAL_TIME_POSSESSIVE.search(near):
        return None  # "against an ordinary Sunday's 1,100": the same baseline, said as the time's
    if ("against" in folded_near or "compared" in folded_near) and _NORMAL_LEVEL_BEFORE.search(near):
        return None  # (branch evr252q) "against a normal daily figure closer to 1,500": an undated baseline
    if any(cue in folded_after[:110] for cue in _SENT_TO_SERVE_CUES) and _SENT_TO_SERVE_AFTER.match(after):
        return None  # (branch evr452r) "412 were called up and sent to units": soldiers sent to serve, no one crossing
    if any(cue in folded_after[:90] for cue in _CALLED_UP_WRONGLY_CUES) and _CALLED_UP_WRONGLY_AFTER.match(after):
        return None  # (branch evr488r) "176 men who were called up wrongly were sent home": a call-up undone, no crossing
    if " been " in after[:40] or " mark" in after[:8] or " target" in after[:10] or " quota" in after[:8] or " goal" in after[:8] or " figure" in after[:10]:
        if _TARGET_MET_AFTER.match(after):
            return None  # (branch evr452r) "the 300,000 had been reached": a target met
    if (
        ("enlistment" in context.folded[sentence[0] : number.start] or "commissariat" in context.folded[sentence[0] : number.start])
        and _ENLISTMENT_SOURCE_BEFORE.search(text, sentence[0], number.start)
        and not _OWN_CROSSING_AFTER.match(after)
        and not _called_up_of(text, number.start, number.end)
    ):
        return None  # (branch evr452r) "Regional enlistment offices report these totals: St Petersburg 8,000": call-ups
    if ("summons" in folded_after or "notices" in folded_after or "papers" in folded_after) and (
        _SUMMONSES_AFTER.match(after) or _SUMMONED_AFTER.match(after)
    ):
        return None  # "handed out about 60 summonses": papers served, not people (labelled by no round)
    if ("summons" in folded_near or "notices" in folded_near or "papers" in folded_near) and _SUMMONSES_TO_BEFORE.search(near):
        return None  # (branch evr153q) "handed out summonses to around 60 men": the men served, no one moving
    if " of " in near[-22:] and _GROUP_SIZE_BEFORE.search(near):
        return None  # "in groups of 20": how many at a time
    if (" and " in near[-12:] or "with " in near[-16:]) and _FAMILY_BEFORE.search(near) and _CHILDREN_AFTER.match(after):
        return None  # "crossed with his wife and 3 children": one traveller's family, not a count
    if (
        " who " in after[:50] or " hold" in after[:40] or " held " in after[:40] or " received " in after[:40]
        or " obtained " in after[:40] or " granted " in after[:50]
    ) and _HOLDERS_AFTER.match(after):
        return None  # "the 5 million Russians who held foreign passports": holders of papers, a stock, no movement
    tail = text[number.end : min(sentence[1], number.end + 140)]
    if " who " in tail[:60] and " staying in " in tail and (came := _CAME_STAYING_IN.match(tail)) and not _WAITING_AFTER_PRESENT.match(tail, came.end()):
        return "net_arrivals"  # (branch evr360r) "about 1,5 million people who arrived from Ukraine are still staying in Poland"
    if any(cue in tail for cue in _STAYING_CUES) and (staying := _STAYING_AFTER.match(tail)) and not _WAITING_TO_GO.search(tail, staying.end()):
        if _LIVING_IN_PLACE.match(tail):
            return "net_arrivals"  # (branch evr416r) "around 340 Russian citizens are now living in the town": still there
        return None  # (branch evr232q) "roughly 20,000 Russians are now staying in rented flats": a stock
    if any(cue in tail[:60] for cue in _SHELTERED_CUES) and _SHELTERED_AFTER.match(tail) and not _SHELTERED_WAITING.search(tail):
        return None  # (branch evr368r) "350 people slept there last night", "47 300 have been provided with housing"
    if ("%" in near or "cent" in near) and _SHARE_BEFORE.search(near):
        return None  # (branch evr86b) "reached 37 percent against the usual 8": the share it is set against
    if after[1:2].isupper() and _PAPERS_AFTER.match(after):
        return None  # (branch evr86b) "issued some 2,300 Israeli passports", "9,000 Schengen visas": papers, no people
    if (
        text.find("when ", max(sentence[0], number.start - 16), number.start) >= 0
        and (then := _EARLIER_EVENT_WHEN.search(text, max(sentence[0], number.start - 90), number.start))
        and int(then["year"]) <= context.published.year - 3
    ):
        return None  # (branch evr197q) "during the 1980 Mariel boatlift, when some 125,000 Cubans reached Florida": an
        # earlier crisis recalled, not this movement (as `_history`, where the year is no time of the count's)
    if ("IIN" in words or "identification" in folded_words) and (
        _ID_NUMBERS.search(text, max(clause[0], number.start - 60), number.start)
        or _ID_NUMBERS.search(text, number.end, min(clause[1], number.end + 100))
    ):
        return None  # (branch evr197q) "have issued about 6,000 individual identification numbers", "the IIN received
        # 4 thousand 120 foreign citizens": papers issued to people already in the country, no one moving ((branch
        # evr420r) up to 100 characters after, in the clause: "38 thousand 600 Russian citizens have received an
        # individual identification number" (round 418))
    if "inhabitant" in folded_after[:32] and _INHABITANTS_AFTER.match(after):
        return None  # (branch evr197q) "Betou had about 11,000 inhabitants", "live near 8 thousand inhabitants": a population
    if "resident" in folded_after[:24] and _RESIDENTS_AFTER.match(after) and _HAS_RESIDENTS_BEFORE.search(near):
        return None  # (branch evr260q) "which has some 12,000 residents": a population
    if "ha" in near[-24:] and _PLACE_HAS_PEOPLE_AFTER.match(after) and _PLACE_HAS_PEOPLE_BEFORE.search(near):
        return None  # (branch evr376r) "The city has 500 thousand people, it's not small": a population
    if _WHERE_PEOPLE_LIVE_AFTER.match(after) and _WHERE_PEOPLE_LIVE_BEFORE.search(text, max(sentence[0], number.start - 30), number.start):
        return None  # (branch evr404r) "the city, where about 320,000 people live, ...": a population
    if holds_any(folded_after[:24], _ANIMALS_AFTER_NEEDS) and _ANIMALS_AFTER.match(after):
        return None  # (branch evr260q) "about 3,000 camels and 11,000 sheep", "38,000 head of cattle": animals, no people
    if after.startswith(" of us"):
        return None  # (branch evr84b) "There were 30 of us against hundreds": the speaker's own group, no count
    if "registered for" in folded_after and _REGISTERED_FOR_AFTER.match(after):
        return None
    if "registered with" in folded_after and _REGISTERED_WITH_AFTER.match(after):
        return None
    if text.find("registered", max(sentence[0], number.start - 120), min(sentence[1], number.end + 60)) >= 0 and _registered_address(
        text, sentence, number
    ):
        return None  # (branch evr244q) "police registered 3,400 Russian citizens at temporary residence addresses"
    if unit in ("hours", "km", "vehicles") and holds_any(folded_words, _SHOP_QUEUE_NEEDS) and _SHOP_QUEUE.search(words):
        return None
    if "end of" in after and (end := _BY_THE_END_OF.match(after)) and _still_to_come(end["end"], context.published):
        return None
    if "eligible" in after and _ELIGIBLE_AFTER.match(after):
        return None
    if _BUSINESSES_AFTER.match(after):
        return None  # "12,000 Russian individual entrepreneurs have registered": businesses set up, no people moving
    if "registered as" in after and _REGISTERED_AS_BUSINESSES.match(after):
        return None  # "16,000 Russians registered as individual entrepreneurs": the same, said of the people
    if _withdrawn(context, index, sentence, number, near):
        return None
    if text.find("year", *clause) >= 0 and _yearly_of_earlier_years(context, sentence, clause):
        return None  # "Between 2018 and 2019 some 11,000 arrived every year": a yearly level of years gone, no count
    if "visitors" in after[:30] and _VISITORS_AFTER.match(after) and _YEAR_OF_VISITORS.search(text, *sentence):
        return None  # (branch evr396r) "the island, which had 900,000 visitors last year": tourism over a year, no crossing
    # "9,800 leaving Georgia in the week, against 7,100 arriving": the other way's count in the same time, no baseline
    other_way = bool(
        baseline_cue
        and previous is not None
        and previous.start >= sentence[0]
        and (moved := _VERB_RIGHT_AFTER.match(after))
        and next(q for q, pattern in _VERBS if pattern.match(after, moved.start("verb"))) != previous.quantity
    )
    if other_way:
        near_cue = baseline_cue = None
    if baseline_cue and previous is not None and (
        previous.start >= sentence[0]
        or _COMPARES_OPENING.match(text, sentence[0]) and context.paragraph_at(previous.start) == index
    ):
        return "baseline"  # "up from 313,000 on Sunday": the same count at an earlier time
    if ("now " in near or "currently " in near) and (hosts := _COUNTRY_NOW_HOSTS.search(near)):
        named = number.start - len(near) + hosts.start()
        if any(m.start == named and m.place.kind == "country" and m.role == "name" and text[m.start : m.end] == m.place.name for m in context.places[index]):
            return "net_arrivals"  # (branch evr392r) "Ethiopia now hosts some 161,000 Eritrean refugees": in the country
    if opening in _COMPARATIVE_AFTER_OPENS and _COMPARATIVE_AFTER.match(after) or near_cue and (
        _COMPARATIVE_BEFORE.search(near) or _BASELINE.search(near) or _STOCK.search(near)
    ):
        return None
    money_from = max(0, number.start - 40)  # (every match holds a bracket: none in the span, no match)
    if unit is None and text.find("(", money_from, number.start) >= 0 and _MONEY_THEN_BRACKET.search(text, money_from, number.start):
        return None  # "$420 (25,500)": the same sum in another currency, no count
    if unit is None and text.find("dollar", number.end, number.end + 50) + text.find("$", number.end, number.end + 40) > -2 and (
        _CONVERTED_AFTER.match(text, number.end)
    ):
        return None  # (branch evr94b) "400 baht, about $20", "400,000 sum, about 36 dollars": a sum in any currency
    if unit != "USD" and holds_any(folded_near, _CAPACITY_BEFORE_NEEDS) and (capacity := _CAPACITY_BEFORE.search(near)) and (
        not capacity.group().startswith(_LOAD_VERBS)
        or _PER_TRIP.search(after, 0, 60)
        # (branch evr424r) or the most it takes, told in the present: "The city sports palace takes up to 600 people"
        # (round 421), "the ferry carries up to 350 passengers", "Each tent holds up to 12" (LABELLING.md: capacities are
        # no figure; not an hour's nor a distance's "up to": "the crossing takes up to 9 hours" is a wait)
        or unit not in ("hours", "km") and (number.qualifier == "up to" or capacity.group().rstrip().endswith("up to"))
    ):
        return None  # "The crossing was designed for about 1,000 cars a day": a capacity, not a queue or a count
    if " per " in after[:40] or " each " in after[:40] or " a " in after[:40]:
        if _PER_VEHICLE_AFTER.match(after):
            return None  # (branch evr448r) "40 people per bus", "an average of 30 persons per car": one vehicle's load
    if unit not in ("hours", "km", "USD") and ("can " in near[-40:] or "could " in near[-40:]) and _CAN_CARRY_BEFORE.search(near):
        return None  # (branch evr448r) "The passenger ship Dobonsolo, which can carry 1,500 passengers": a ship's size
    if number.qualifier == "up to" and _HANDLED_BEFORE.search(near):
        return None  # "the post handled up to 2,000 cars a day": a capacity
    # (the comma read in the text: a clause may end at the age, "said one woman, 24, who crossed")
    if unit == "skip" or opening in _COMMA_AFTER_OPENS and _COMMA_AFTER.match(text, number.end) and _AGE.search(near) and number.low < 120 and not number.qualifier:
        return None
    if near.endswith(", ") and number.low < 120 and unit is None and not number.qualifier and _AGE_ENDS_CLAUSE.match(after) and (
        _KIN_NAMED_BEFORE.search(near) or _ROLE_NAMED_BEFORE.search(near) or _SAID_NAMED_BEFORE.search(near)
    ):
        return None  # (branch evr232q) "and his wife Laura, 28.": her age ((branch evr396r) "said a volunteer, Ana, 24.")
    if "speak" in after[:40] and _SPEAKERS_AFTER.match(after):
        return None  # (branch evr416r) "Israel already has about a million Russian speakers": a community, no movement
    if near.endswith("m ") and number.low < 120 and _OWN_AGE_BEFORE.search(near) and _OWN_AGE_AFTER.match(after):
        return None
    if near.endswith(", ") and after.startswith(")") and number.low < 120 and unit is None and _NAME_IN_BRACKET_BEFORE.search(near):
        return None  # (branch evr336r) "(Tamar, 22):": her age
    if unit is None and not number.qualifier and ("Conv" in after[:12] or "Agree" in after[:12] or "Proto" in after[:12] or "Trea" in after[:12] or "Accord" in after[:12]) and _INSTRUMENT_AFTER.match(after):
        return None  # (branch evr336r) "the 1951 Convention": a name, no count
    if _age_or_serial_number(near, after, number, unit):
        return None
    if near.endswith(("is ", "was ")) and number.low < 120 and unit is None and _OWN_AGE_AFTER.match(after) and (
        _KIN_AGE_BEFORE.search(near) or _WHO_IS_BEFORE.search(text, max(0, number.start - 12), number.start)
    ):
        return None  # (branch evr76b) "My brother is 31, he stayed": someone's age ((branch evr204q) "who is 71,")
    if ("bus" in after[:24] or "coach" in after[:24]) and (supplied := _BUSES_AFTER.match(after)) and (
        _SUPPLIED_BEFORE.search(near) or _FOR_TRANSPORT_AFTER.match(after, supplied.end())
    ):
        return None  # (branch evr360r) "The Institute has provided 29 buses to transport migrants": transport laid on
    if near[-1:] == "-" and near[-2:-1].isalpha() and unit is None and not number.qualifier:
        return None  # (branch evr360r) "the negative COVID-19 test", "on the A-310", "an Il-76": part of a name
    if unit is None and not number.qualifier and _INSTRUMENT_NUMBER_BEFORE.search(near):
        return None  # (branch evr360r) "required under Government Decree 15-2020": the number a law goes by
    if number.low < 100 and unit is None and not number.qualifier and _NUMBERED_PART_BEFORE.search(near):
        return None  # (branch evr360r) "waiting at Terminal 3": the terminal's name ((branch evr468r) "Village 8": a name)
    if near.endswith(("e's ", "e’s ")) and number.low < 120 and unit is None and not number.qualifier and _AGE_CONTRACTED_BEFORE.search(near) and _AGE_CLAUSE_AFTER.match(after):
        return None  # (branch evr360r) "A man from Engels, he's 31, an IT engineer": his age
    if unit is None and ("nths" in after[:9] or "cents" in after[:8]) and _MONTHS_OR_CENTS_AFTER.match(after):
        return None  # (branch evr204q) "an arms embargo of 13 months", "tickets at 50 cents each": a time or a sum
    if unit == "km" and _BORDER_LENGTH_AFTER.match(after):
        return None  # (branch evr76b) "guards the 398-km Manipur stretch of the border": a length of border, no queue
    if near.endswith(("plus ", "minus ")) and number.low < 60 and _WEATHER_AFTER.match(after):
        return None  # (branch evr76b) "tomorrow in Novosibirsk, plus 9 and rain": a temperature
    if near.endswith("with ") and _WITH_PEOPLE_BEFORE.search(near) and _WITH_PEOPLE_AFTER.match(after):
        return None
    if "out of" in near and _OUT_OF_BEFORE.search(near) and _PEOPLE_IN_AFTER.match(after):
        return None  # "up to 400,000 will have come, out of roughly one million Europeans in Algeria": the whole, a stock
    if opening in _SERVICE_NOUN_OPENS and _SERVICE_NOUN.match(after) and _SERVICES_ADDED.search(near):
        return None  # "bus companies said they had added 12 departures a day": services run, no people
    if (
        "accounted for" in near
        and previous is not None
        and _ACCOUNTED_FOR.search(near)
        and opening in _PARTITIVE_OPENS
        and _PARTITIVE.match(after)
        and context.paragraph_at(previous.start) == index
    ):
        return previous.quantity  # "Dagestan alone accounted for more than 100 of them": a part of the count before
    # (the name after first: a match at one place, where the name before is a search through `near`)
    if not number.qualifier and (name_after := _NAME_WORD_AFTER.match(after)) and _NAME_WORD_BEFORE.search(near):
        if not _NOT_A_TOWN.match(name_after.group(1)) and not scan(name_after.group(1)):  # (no place or nationality)
            return None  # "in North 24 Parganas and Nadia districts": a number inside a name, no count
    if (
        holds_any(folded_near, _AGED_NEEDS) and _AGED.search(near)
        or near.endswith(" of ") and number.low < 120 and _ONE_OF.search(near)
        or opening in _CLOCK_AFTER_OPENS and _CLOCK_AFTER.match(after)
        or number.qualifier and _DAYS_IN_A_ROW.search(near)
        or number.high is not None and number.high < 100 and _SEX_BEFORE.search(near)
        or unit == "vehicles" and _CARRYING_COUNT_BEFORE.search(near)
    ):  # "men aged 18 to 60", "in the 24 hours to 8 am", "the 10th straight day above 5,000", "nearly all of them
        # men between 18 and 50", "1,150 people in 420 cars passed": no counts (the cars carried the people counted)
        return None
    if number.qualifier in ("under", "over", "below") and number.low < 20 and _CHILDREN_BEFORE.search(near):
        return None  # "children under 5"
    if (
        number.qualifier in ("under", "over")
        and number.low <= 100
        and unit is None
        and _IS_BEFORE.search(near)
        and _CLAUSE_ENDS.match(after)
        and not _COUNT_SUBJECT.search(before)
    ):
        return None  # "about one in four of those registered is over 60": an age
    in_front = unit == "vehicles" and _IN_FRONT_OF.match(after)
    # ("a little over two hundred": hundreds in words are a count, as "two thousand")
    # ("costs 2,000 francs, about three dollars": a fare in words)
    if number.is_word and not number.has_multiplier and unit not in ("km", "hours", "USD") and not in_front and number.low < 100:
        # ("Maybe thirty cars in front of me": a queue, in words)
        # "four children", "five friends", "three abreast": not counts ("arrested four boatmen" is one)
        # ((branch evr204q) "five people were arrested on Wednesday", "two Russian men were detained": the arrest said
        # after them)
        return "arrests" if _ARRESTED_BEFORE.search(near) or "ed " in after[:60] and _ARRESTED_AFTER.match(after) else None
    if unit == "km":
        if _TRAVELLED.search(near):
            return None  # "walked the last 20 kilometres": a distance covered, not a queue
        rest = _UNIT_AFTER.sub("", after, count=1)
        is_distance = _DISTANCE.match(rest) and not _LENGTH_CUE.search(before) or _TRIP_AFTER.match(rest) or _SIZE_AFTER.match(rest)
        queue = _QUEUE.search(words) or _QUEUE.search(context.heading(index))  # "What about the queue?" / "About 15 km."
        if queue and not is_distance and _queue_km(number, unit_word) > _LONGEST_QUEUE_KM:
            return None  # (branch evr153q) "the line is about 1,250 km long", "along the 200-mile line": a railway, a border
        return "queue_length_km" if queue and not is_distance else None
    if unit == "hours":
        if near.endswith("within "):
            return None  # (branch evr204q) "within an hour the queue had wrapped twice", "must report within 24 hours": a
            # time something happened by, no wait
        if after[:1] == "-" and _LENGTH_OF_A_THING_AFTER.match(after):
            return None  # "since the 21-day lockdown began": how long the lockdown lasts, not a wait
        if " at " in after[:30] and _AT_THE_WATER_AFTER.match(after):
            return None  # (branch evr404r) "they wait up to six hours at the water points": a wait for water, in a camp
        if (
            _JOURNEY_AFTER.match(after) and not _STRONG_WAIT.search(near)
            or _JOURNEY_BEFORE.search(before)
            or "crossing" in near and _THE_CROSSING_TAKES.search(near) and not _STRONG_WAIT.search(words)
            or "crossing" in text[max(sentence[0], clause[0] - 40) : clause[0]]
            and _CROSSING_WHICH_TAKES.search(text, max(sentence[0], clause[0] - 40), number.start)
            and not _STRONG_WAIT.search(text, *sentence)
            or _TRAVELLED_IN.search(near)
            or " of " in near[-30:] and _RIDE_OF.search(near)
            or " on " in after[:40] and _ON_BOARD_AFTER.match(after) and not _STRONG_WAIT.search(near)
        ):
            return None  # ("had waited as long as 48 hours to reach the post": a wait, not a journey)
        waited = _STRONG_WAIT.search(words) or (_WAIT.search(words) and _CROSSING_WORDS.search(text, *sentence))
        waited = waited or _FORMALITIES_BEFORE.search(words)
        waited = waited or _STRONG_WAIT.search(context.heading(index))  # "How long are they waiting?" / "15 hours."
        if not waited and "according" in text[sentence[0] : number.start] and _ACCORDING_ASIDE.search(text, sentence[0], number.start):
            # (branch evr197q) "The time of waiting, according to the drivers, made from 6 until 9 hours": the wait told
            # before an attribution between commas
            waited = _STRONG_WAIT.search(text, sentence[0], number.start)
        # "reached the Finnish barrier on Sunday afternoon after nine hours": the time it took to get through
        waited = waited or _AFTER_BEFORE.search(near) and _REACHED_THE_POST.search(text, sentence[0], number.start)
        # "the wait reaches 12 hours at A, at B - about 8 hours": the same quantity, elided
        waited = waited or previous is not None and previous.quantity == "wait_hours" and previous.start >= sentence[0]
        if not waited and _SPENT_BEFORE.search(near) and (at := _HOURS_AT.match(after)):
            # "had spent between 20 and 30 hours at Upper Lars": hours spent at a crossing are a wait there
            where = number.end + at.end()
            waited = any(m.start == where and m.place.kind == "crossing" for m in context.places[index])
        # "the line stretched 2 km ..., and drivers said they had spent between five and eight hours in it": the line's wait
        waited = waited or _SPENT_BEFORE.search(near) and _IN_THE_LINE_AFTER.match(after) and (
            _QUEUE.search(text, *sentence)
            # (branch evr244q) "in it" of a line named in the sentence before: "the line stood at about 900 cars on
            # Thursday night. Drivers who crossed on Thursday told us they had spent between nine and eleven hours in it."
            or " it" in after[:12] and _QUEUE.search(text, max(context.doc.paragraphs[index][0], sentence[0] - 250), sentence[0])
        )
        # "spent between six and eight hours in the terminal before boarding": the wait to leave by sea, rail or air
        waited = waited or "spen" in near[-40:] and _SPENT_BEFORE.search(near) and _IN_THE_TERMINAL_AFTER.match(after)
        # (branch evr85b) "had spent up to 50 hours on the approach to the bridge": hours spent by the crossing, a wait
        waited = waited or "spen" in near[-40:] and _SPENT_BEFORE.search(near) and _BY_THE_CROSSING_AFTER.match(after)
        waited = waited or _held_for_checks(text, sentence, near, number.start)
        # (branch evr244q) hours or days people were kept, held or spent somewhere before they were let on board or
        # seen to: "kept in the lighters up to nine hours before they could be put aboard", "had spent between three and
        # four days at the Centre before going on board", "are held for up to two days ... before being interviewed"
        # (rounds 241, 242; the waits of 236-239 said with "waited")
        waited = waited or (
            "before" in after[:120] and _KEPT_BEFORE.search(near) is not None and _BEFORE_LET_ON.match(after) is not None
        )
        # (branch evr252q) "remained at the frontier post for up to 30 hours", "they remain there up to five days",
        # "some families remained up to 9 hours in the boats" (rounds 228, 248, 251): hours or days people stayed
        # before they could cross, a wait (not "can remain up to 90 days as tourists", "allowed to remain": a rule)
        waited = waited or "remain" in near and bool(remained := _REMAINED_UP_TO.search(near)) and (
            number.qualifier == "up to" or remained.group("upto") is not None
        )
        return "wait_hours" if waited else None
    if unit == "vehicles":
        if "turn" in folded_near[-40:] and _VEHICLES_TURNED_BACK_BEFORE.search(near) or (
            ("turn" in folded_after[:60] or "refus" in folded_after[:60] or "denied" in folded_after[:60] or "sent" in folded_after[:60])
            and _VEHICLES_TURNED_BACK_AFTER.match(after)
        ):
            return None  # (branch evr484r) "border guards have turned back more than 1 300 cars whose drivers tried to
            # leave" (round 481), "2 319 vehicles were turned back" (round 429; both read as queues): vehicles turned
            # back, as people turned back, are no figure (LABELLING.md)
        if _VEHICLES_PROVIDED.search(text, *sentence) and not _QUEUE.search(text, *sentence):
            return None  # (branch evr384r) "has put 60 buses at the disposal of relief agencies to carry patients": a
            # fleet laid on, no queue
        if _VEHICLES_CROSSED_AFTER.match(after):
            return None  # (branch evr400r) "3 900 vehicles passed the checkpoint": vehicles that crossed, no queue
        listed = after[:60]
        if ("," in listed or " - " in listed or "–" in listed or "—" in listed) and _VEHICLE_KINDS_CROSSED_AFTER.match(after):
            return None  # (branch evr476r) "3,860 cars, buses and trucks have crossed the bridge": vehicles crossed
        if not _QUEUE.search(text, *sentence) and (
            _VEHICLES_CROSSING_AFTER.match(after)
            or _WITH_THE_PEOPLE_BEFORE.search(near) and (
                _PEOPLE_CROSSED.search(text, sentence[0], number.start) or _VERB_BEFORE_VEHICLES.search(near)
            )
            or _CARRYING_GOODS_AFTER.match(after)
            or _LANES_AFTER.match(after)
        ):
            return None  # (branch evr412r) vehicles that crossed beside the people counted, "4 870 people entered
            # through Psou, along with 1 630 cars", "3,500 cars and trucks crossing on Thursday"; a cargo's trucks, "42
            # trucks carrying some 760 tonnes of rice"; a post's lanes, "has 6 lanes for cars": no queue
        if _CARRYING_PEOPLE_AFTER.match(after):
            return None  # (branch evr396r) "18 buses took 842 passengers across the border": the vehicles that carried the
            # people counted after them, no line at a border
        if near.endswith(("convoy of ", "convoys of ")):
            return None  # (branch evr204q) "A convoy of 25 trucks with food left", "the first convoy of 18 buses took
            # 1,000 refugees": vehicles sent together, no line at a border
        if _RODE_IN_BEFORE.search(near) and not _QUEUE.search(words) and _nearest_verb(after, before):
            return None  # (branch evr444r) "1,566 migrants ... have been returned to Honduras in 38 buses": what carried them
        if _QUEUE.search(words) or _AT_BORDER.search(words) or in_front:
            return "queue_vehicles"
        goods = _GOODS_VEHICLE.match(unit_word)
        # ("the 105,000 troops and 17,500 vehicles of the X Corps": an army's vehicles)
        military = "troops" in near or _MILITARY_VEHICLES.match(text, number.end, clause[1])
        moved = _nearest_verb(after, before)
        if not moved and not goods and not military and _QUEUE.search(text, *sentence):
            return "queue_vehicles"  # (branch evr83b) "A line of trucks stretched 12 km, and officers put the vehicles at 3,000"
        if not moved and not military and _after_a_queue(text, previous, sentence):
            return "queue_vehicles"
        if moved and not goods and not military and _PEOPLE_COUNTED.search(
            text, max(context.doc.paragraphs[index][0], number.start - 300), min(context.doc.paragraphs[index][1], number.end + 300)
        ):
            return None  # (branch evr240q) "entered 3 115 persons ... Passed 1 046 units of automobile transport", "passed
            # 2 845 vehicles and 311 motorcycles": where the paragraph counts the people, the vehicles beside them are no figure
        return "other" if moved and not goods and not military else None  # cars that crossed
    if unit == "USD":
        if "dollar" in after[:24] and _EXCHANGE_RATE_AFTER.match(after):
            return None  # (branch evr141q) "about 470 to the dollar": a currency's rate, no sum of dollars
        # (a fare in translated thousands, "about 3 thousand 500 dollars", is a fare; millions are budgets)
        if number.has_multiplier and (number.high or number.low) >= _FARE_MULTIPLIED_BELOW or _PER_GOODS_UNIT.match(after):
            return None
        if _RENT.search(text, *clause) and not _PRICE.search(text, *clause):
            return None  # "the rent of a one-room apartment grew to $31 a day": lodging, no fare (a fare said before)
        if _RENTED_HOME.search(text, *sentence) and not _PRICE.search(text, *sentence):
            return None  # (branch evr384r) "A furnished one-bedroom flat ... now costs 18,000 to 22,000 lira a month,
            # roughly $970 to $1,190": a rent told in the sentence, its dollars in another clause
        if _FUEL.search(text, *clause) and not _PRICE.search(text, *clause):
            return None
        if ("month" in near[-40:] or "night" in near[-40:] or "month" in after[:24] or "night" in after[:24]) and (
            _PER_STAY_BEFORE.search(near[-40:]) or _PER_STAY_AFTER.match(after)
        ):
            return None  # (branch evr416r) "Some owners ask 300 000 tenge a month, roughly $630": a rent, no fare
        if _FINED.search(near):
            return None  # "boats have been seized or fined up to $1,000 for each passenger": a penalty, no fare
        if (" for " in after[:12] or " to " in after[:12]) and _WHOLE_VEHICLE_PRICED_AFTER.match(after) or (
            "charter" in near and _CHARTER_COSTS_PAYER_BEFORE.search(near)
        ):
            return None  # (branch evr448r) "USD 70,000 for around 180 passengers", "paid $9,000 to charter a business
            # jet", "Each long-haul charter costs IOM around US$ 180,000": a whole plane's or boat's price, no one's fare
        priced = _PRICE.search(text[clause[0] - 200 if clause[0] > 200 else 0 : clause[1]])
        # "Q: What does a place on a bus to Cairo cost?" / "A: Drivers were asking $300."
        priced = priced or _PRICE.search(context.heading(index))
        # a table's cell: its lead-in (header cell, the line above the table) says what the dollars are
        # ("We checked the cheapest one-way fare ..." over "| Moscow - Tbilisi | $420 |")
        priced = priced or table_row(text[sentence[0] : sentence[1]]) and _PRICE.search(
            context.lead_in(index, sentence, number.start).text
        )
        priced = priced or _fee_for_carrying(text, sentence) or _fare_paid(text, clause, number)
        return "flights_price_usd" if priced else None
    if " of " in before[-30:] and _STAFF_OF.search(before):
        return None  # "built for a staff of 40", "a crew of 12": who works there, not people moving
    if number.is_word and not number.has_multiplier and number.low < 100:
        return None  # "four children", "five friends": anecdotes, not counts
    if unit is None:
        counted = _NUMBER_OF.search(before)
        if counted and _NOT_COUNTED.fullmatch(counted.group("noun")):
            return None  # "the number of flights to Yerevan doubled to about 40 a day": flights, not people
    if (
        holds_any(folded_near, _HELPED_BEFORE_NEEDS) and _HELPED_BEFORE.search(near)
        or holds_any(folded_after, _HELPED_AFTER_NEEDS) and _HELPED_AFTER.match(after)
        or _REACHED_WITH_AID.search(near) and _WITH_AID.match(after)
        or "for " in near[-24:] and _NEEDED_FOR.search(near)
        or "admitted" in near[-24:] and _ADMITTED_BEFORE.search(near) and _TO_CARE_AFTER.match(after)
    ):  # "delivered water to 12,000 new arrivals", "15,000 refugees received cash assistance", "has reached
        # 30,000 refugees with food aid", "shelter for about 1,000 people": people helped, not people moving
        return None
    if "in a" in folded_near and _USUAL_PERIOD_BEFORE.search(near):
        return None  # (branch evr372r) "In a usual September, by comparison, about 1,200 Russians a day entered": what
        # a normal time sees, a baseline, not this movement
    if (
        ("intercept" in folded_near or "interdict" in folded_near or "intercept" in folded_after or "interdict" in folded_after)
        and (_INTERCEPTED_BEFORE.search(near) or _INTERCEPTED_AFTER.match(after))
        and (_AT_SEA.search(text, *sentence) or "interdict" in folded_words)
        and not _RETURNED_ASHORE.match(text, number.end, sentence[1])
        and not _IN_ALL_OF_YEAR.match(text, sentence[0], number.start)
    ):  # (branch evr372r) "Coast Guard and Navy units interdicted 13,288 Haitians at sea", "cutters intercepted 1,925
        # Haitians", "21,000 Haitian migrants have been interdicted": stopped at sea, as picked up (below), out of the
        # country they put to sea from (not "intercepted around 600 people off Sfax and returned them to shore")
        return "exits"
    if (
        holds_any(folded_near, _THWARTED_BEFORE_NEEDS) and _THWARTED_BEFORE.search(near)
        or holds_any(folded_after, _THWARTED_AFTER_NEEDS) and _THWARTED_AFTER.match(after)
        or (" who " in after[:20] or " that " in after[:20] or " whose " in after[:20]) and _THWARTED_AFTER_CLAUSE.match(after)
        or ("allowed" in near or "refused" in near or " let " in near) and _REFUSED_ENTRY_BEFORE.search(near)
        or ("refus" in folded_after[:40] or "denied" in folded_after[:40]) and _REFUSED_AFTER.match(after)
        # (branch evr476r) and kept from leaving, told with "did not let" before or a longer subject after
        or (" let " in near[-24:] or " allow " in near[-24:] or " permit " in near[-24:]) and _NOT_LET_BEFORE.search(near)
        or " not " in folded_after[:100] and _NOT_ALLOWED_LONG_AFTER.match(after)
    ):
        return None  # "intercepted 600 off Sfax", "prevented the illegal entry of 1,850": no border crossed
    if (
        ("hous" in folded_near or "shelter" in folded_near or "hosting" in folded_near or "accommodat" in folded_near)
        and _HOUSING_BEFORE.search(near)
        or (
            "hous" in folded_after or "stay" in folded_after or "accommodat" in folded_after or "lodged" in folded_after
            or "sheltered" in folded_after
        )
        and _HOUSED_AFTER.match(after)
        and "waiting" not in context.folded[number.end : sentence[1]]  # ("... staying with relatives, waiting to cross")
    ):
        return None  # (branch evr412r) people housed (LABELLING.md): "The centre ... is currently hosting 1,320", "About
        # 6 500 of them are staying with host families in Uvira", "some 5,000 are at present housed in the stables"
    if (
        (after.startswith((" of them", " of whom")) or near.endswith(("of them ", "of whom ")))
        and _REFUSED_BEFORE_PART.search(text, sentence[0], number.start)
        and not _ARRESTED_JUST_BEFORE.search(near)
    ):
        return None  # (branch evr197q) "412 Russians were not allowed in, 187 of them because ...", "were not allowed to
        # enter Latvia 341 citizens of the RF, of them 296 persons who ...": a part of those refused, no one crossed
    if _MARCH_WORDS.search(after, 0, 40) and _MARCHED_AFTER.match(after):
        return None  # "an estimated 50,000 people marched through Budapest to the embassy": a protest, no border crossed
    if (
        _PROJECTED_BEFORE.search(near)
        or holds_any(folded_after, _HELD_AFTER_NEEDS) and _HELD_AFTER.match(after)
        or _WHO_THEY_WERE.match(after)
        or _PART_OF_WERE.match(after)
        or ("includ" in folded_near or "among" in folded_near)
        and _DEMOGRAPHIC_PART_BEFORE.search(near)
        and _DEMOGRAPHIC_AFTER.match(after)
        and (
            _COUNT_IN.search(text, sentence[0], number.start - len(near) + _DEMOGRAPHIC_PART_BEFORE.search(near).start())
            or _THE_FIGURE_INCLUDES.match(text, sentence[0], number.start)
        )
    ):
        # "expects up to 100,000 to arrive", "1,500 are held in detention centres", "Of the 5,000 ..., 1,200 were children"
        return None
    if (
        ("differen" in folded_near or "by" in folded_near[-16:]) and _NET_BALANCE_BEFORE.search(near)
        or " than " in folded_after[:60] and _NET_BALANCE_AFTER.match(after)
    ):
        return "net_arrivals"  # (branch evr157q) "the difference of entered and departed made 21 532": what stayed
    if ("balance" in near or "differen" in near) and _BALANCE_MADE.search(near) and _both_ways_before(text, number.start):
        return "net_arrivals"  # (branch evr173q) "... departed 3 165. The positive balance made 6 247 persons": what stayed
    if ("leaving" in near[-40:] or "leaves" in near[-40:]) and _LEAVING_BEFORE.search(near) and _STILL_IN_AFTER.match(after):
        return "net_arrivals"  # "147,000 have left again, leaving roughly 84,000 still in Kazakhstan": those who stayed
    if "interned" in near and _INTERNED_BEFORE.search(near):
        return "arrests"
    if "handled" in near[-40:] and _HANDLED_PEOPLE_BEFORE.search(near) and _PEOPLE_FROM_AFTER.match(after):
        return "entries"  # (branch evr352r) "Zvartnots ... handled 6,240 passengers from Russian cities on Wednesday"
    if holds_any(folded_words, _CLAUSE_CUES_NEEDS) and _CLAUSE_CUES.search(words):
        casualty = _CASUALTY.search(words)
        if (
            casualty
            and (aside := _CLOSED_ASIDE.search(words, number.end - clause[0]))
            and aside.start() - (number.end - clause[0]) <= 40
            and aside.start() < casualty.start()
            and "," not in words[number.end - clause[0] : aside.start()]
            and aside.end() > casualty.end()
        ):
            # (branch evr432r) the hurt told in an aside about who the people are, the verb after it: "1,240 Syrians,
            # most of them wounded people and their relatives, have been let in" (round 429): the movement is counted
            # (a casualty word after the aside still tells one: "14 persons, most of them wounded, died there")
            casualty = _CASUALTY.search(words, aside.end())
        if casualty and not (  # "2,500 have crossed, including dozens of wounded": the movement is counted
            casualty.start() > number.end - clause[0] and _ANY_VERB.search(words, number.end - clause[0], casualty.start())
        ):
            return None
        if _ARREST.search(words):
            if "pprehen" in words and _APPREHENDED_AT_THE_BORDER.search(words):
                return "entries"  # (branch evr236q) "agents apprehended 1,780 people who had crossed the river"
            if (
                (part := _PART_OF_ARRESTED_BEFORE.search(near)) is not None
                and _COUNT_IN.search(text, clause[0], number.start - len(near) + part.start())
                or _PART_OF_ARRESTED_AFTER.match(after) and _COUNT_IN.search(text, clause[0], number.start)
            ):
                return None  # (branch evr352r) "detained 11 persons near Blace, among them 3 foreign nationals": a part
            if _THINGS_SEIZED_AFTER.match(after):
                return None  # (branch evr352r) "found in possession of two (2) firearms and 120 rounds of ammunition"
            return "arrests"
        if _IN_CUSTODY.search(words):
            return None  # "21,499 of those remained in jail": people held, not people moving
        onward = _ONWARD.search(words)
        if onward and not _DIGIT.search(words, number.end - clause[0], onward.start()) and not _part_still_there(after, opening):
            if _moved_within_a_country(words):
                return None  # "2,400 were moved by boat from Renk to Malakal for onward transport": inside the country
            return "exits"  # (not "registered 79,000 ..., of whom 65,000 have moved on": the 79,000 came in)
    carried = _CARRIED_BEFORE.search(near)
    if carried and (out_of := _CARRIED_FROM.match(after)) and any(
        m.place.kind == "city" and m.place.country == context.origin for m in find_places(out_of.group("town"))
    ):
        return "exits"  # (out of the origin through its town, as "carried out of Hungnam by sea")
    if carried and not carried.group().startswith(("brought", "took")) and _CARRIED_OUT_OF_NAMED.match(after):
        return "exits"  # (branch evr236q) "aircraft flew 1,250 foreigners out of M'Poko to Libreville": out of the first
    if carried and (
        _CARRIED_TO.match(after) or _CARRIER_BEFORE.search(near) and not _ANY_VERB.search(after) and not (
            # ((branch evr416r) not carried out of a place named: "A charter airline said it carried about 2,300
            # passengers on its own routes out of Dorland", the exit below)
            not carried.group().startswith(("brought", "took")) and (out := _CARRIED_OUT_OF.match(after))
            and not _CARRIED_ON_TO.search(after, out.end())
        )
    ):  # "a flight brought 418 returnees from Jeddah to Addis Ababa": carried into the place named; "two ferries
        # brought 410 persons": into the place the report is at
        return "entries"
    if (
        carried and not carried.group().startswith(("brought", "took")) and (out := _CARRIED_OUT_OF.match(after))
        and not _CARRIED_ON_TO.search(after, out.end())
        or "away" in near[-14:] and _CARRIED_AWAY_BEFORE.search(near)
    ):
        return "exits"  # (`_CARRIED_OUT_OF`: carried out of where they were, by no verb of theirs)
    if previous is not None and previous.quantity == "entries" and _CARRIED_BEFORE.search(near) and _OF_THEM_AFTER.match(after):
        return "entries"  # "... have landed since September 21. On Sunday alone, four flights brought 410 of them"
    if (
        ("picked" in folded_words or "plucked" in folded_words or "rescued" in folded_words or "aboard" in folded_words)
        and (_PICKED_UP_BEFORE.search(near) or _PICKED_UP_AFTER.match(after))
        and _AT_SEA.search(text, *sentence)
        and not _TAKEN_ON_TO.match(after)  # "800 of the Cubans picked up ... had been taken to Guantanamo": counted there
    ):  # (branch evr197q) "the Coast Guard plucked 1,420 Cubans from rafts", "15,000 Haitians have been picked up at sea",
        # "cutters ... took aboard 512 people": out of the country they put to sea from, by no verb of theirs
        return "exits"
    if "admitted to" in after[:60] and _ADMITTED_FOR_CARE_AFTER.match(after):
        return None  # (branch evr404r) "62 children have been admitted to our therapeutic feeding programme": patients
    if "relocated" in folded_words and (
        _RELOCATED_PASSIVE_AFTER.match(after) or _RELOCATED_BEFORE.search(near)
    ) and not any(
        # (a country named by its name, not one a camp's or a town's name stands for: "to Nyarugusu")
        m.place.kind == "country" and text[m.start : m.end] == m.place.name
        for m in _mentions_in(context.places[index], number.end, clause[1])
    ):
        return None  # (branch evr400r) "6,480 refugees have been relocated from Nyumanzi to ... Pagirinya settlement": a
        # move inside the host, by an agency, no border crossed
    if _MOVED_BY_OTHERS_AFTER.match(after) and _moved_within_a_country(after):
        return None  # (branch evr404r) "1 200 people were taken by bus from Rozaje to Ulcinj": moved on inside the host
    if not unit_word and "trips" in folded_after[:48] and number.low >= 100 and _TRIPS_TO_A_PLACE_AFTER.match(after):
        return "entries"  # (branch evr480r) "made 206 754 visitor trips to Georgia": visits counted at the border
    noun = unit_word.lower()
    if noun in ("soldiers", "troops") and not _CALLUP.search(words) and not _origins_own(context, index, number):
        # ("585 Afghan soldiers arrived at Termez": the origin's soldiers fleeing across, counted as people crossing)
        return None  # "sent 60 additional soldiers to Pacaraima": forces deployed, not people fleeing
    if noun in _ENTRY_NOUNS and not _GROUP_OF.match(after):  # (a part, "1,200 of the arrivals held visas": below)
        if (
            noun in ("arrivals", "newcomers")
            and (" still " in after[:60] or " currently " in after[:60] or " now " in after[:60])
            and (present := _PRESENT_IN_AFTER.match(after))
            and not _WAITING_AFTER_PRESENT.match(after, present.end())
        ):
            # (branch evr488q) "An estimated 21,000 new arrivals are currently in Renk town" (round 414), "some 2 300 new
            # arrivals were still in Fassala" (485): those come who are still in the place now, `net_arrivals` (as
            # "of those who arrived ... are still in Lebanon", `_PRESENT_IN_AFTER`), not a count of arrivals
            return "net_arrivals"
        return "entries"
    if " ha" in after and (entered := _ENTERED_AFTER_WHO.match(after)) and _WHO_LEFT.search(after, 0, entered.end()) and not any(
        context.origin in (m.place.name, m.place.country)
        for m in _mentions_in(context.places[index], number.end + entered.end(), clause[1])
    ):  # (branch evr94b) "145,000 returnees had crossed into Ghana", "26,000 expelled Moroccans had crossed into
        # Morocco", "300,000 people leaving Nigeria had entered Benin": who they are yields to the verb that counts them
        return "entries"
    if ("expelled" in after[:80] or "deported" in after[:80] or "evicted" in after[:80]) and (
        entered := _EXPELLED_FROM_THEN_ENTERED.match(after)
    ) and not any(  # (the place the verb names, not a crossing post of the country left said after it)
        context.origin in (m.place.name, m.place.country)
        for m in _mentions_in(context.places[index], number.end + entered.end(), min(clause[1], number.end + entered.end() + 25))
    ):
        return "entries"
    if noun in ("departures", "exits", "returnees", "deportees"):
        return "exits"
    if _PART_BY_WHO.match(after) or context.in_list(index) and _PART_BY_WHO_LABEL.match(
        text, text.rfind("\n", 0, number.start) + 1, number.start
    ):  # "3,000 entered, 2,500 of them men", "- Of whom children: 703": who the people counted before were
        return None
    if holds_any(folded_near, _OF_WHOM_BEFORE_NEEDS) and _OF_WHOM_BEFORE.search(near) and (_WHO_THEY_ARE.match(after) or _WHO_NAMED.match(after)):
        # "96,400 arrivals, of whom 41,000 are Sudanese nationals", "of them 61 thousand Egyptian": who a part is
        return None
    if " who " in near and _OF_THOSE_WHO_BEFORE.search(near) and (_WHO_THEY_ARE.match(after) or _WHO_NAMED.match(after)):
        return None  # (branch evr420r) "Of those who entered, 9 830 citizens of the Russian Federation": who a part is
    if (
        _PART_BY_DOCUMENT_AFTER.match(after)
        and (_OF_THESE.match(text, sentence[0]) or holds_any(folded_near, _OF_WHOM_BEFORE_NEEDS) and _OF_WHOM_BEFORE.search(near))
    ):  # (branch evr420r) "Of those who came in, 6,912 held an Estonian residence permit, 2,305 a long-stay D-visa":
        # a part named by the papers its people held, as by their nationality (LABELLING.md: no figure)
        return None
    if near.endswith(("and ", ", ")) and holds_any(folded_near, _OF_WHOM_BEFORE_NEEDS) and _SECOND_PART_BY_WHO_BEFORE.search(
        near
    ) and _WHO_NAMED.match(after):
        return None  # (branch evr400r) "5,320 crossed, among them 3,610 Syrians and 1,710 Lebanese": the second part too
    if holds_any(folded_near, _AMONG_THE_COUNTED_NEEDS) and _AMONG_THE_COUNTED.search(near):
        return None  # "Among the arrivals are 9 people with gunshot wounds": a part of those counted, no count of its own
    if _ISSUED_AFTER.match(after) and _DOCUMENT_WORDS.search(text, *sentence):
        return None  # "residence permits ... with 10,000 issued last week": documents, not people
    if _POPULATION_BEFORE.search(before):
        return None  # "bringing the total number of Sudanese in the municipality to nearly 44,000": who is there now
    if "interview" in folded_near and _INTERVIEWED_BEFORE.search(near):
        return None  # (branch evr520r) "we interviewed 1 214 adults who came to Armenia": a survey's sample
    if "number" in near and _COMMUNITY_NUMBERS_BEFORE.search(text, max(sentence[0], number.start - 70), number.start):
        return None  # (branch evr252q) "The Russian community here, which numbers some 120,000 souls": a stock
    if (
        holds_any(folded_words, _INTERNAL_NEEDS)
        and (internal := _INTERNAL.search(words))
        and not _STILL_TO_BE.search(words, max(0, internal.start() - 40), internal.start())
        and not (
            internal.start() > number.end - clause[0]
            and _CROSSED_THEN_TAKEN.match(words, number.end - clause[0], internal.start())
        )
    ):
        return None  # "displaced 1,150 people inside the department", "relocated from the border to ... camp": no border crossed
    if (
        holds_any(folded_after, _LIVING_AFTER_NEEDS) and _LIVING_AFTER.match(after) and not _LIVING_THEN_MOVED.match(after)
        or holds_any(folded_after, _APPLIED_AFTER_NEEDS) and _APPLIED_AFTER.match(after)
        or holds_any(folded_after, _PROJECTED_AFTER_NEEDS) and _PROJECTED_AFTER.match(after)
        or holds_any(folded_after, _REGISTERED_AS_AFTER_NEEDS) and _REGISTERED_AS_AFTER.match(after)
        or "registered" in after[:70] and _REGISTERED_AT_AN_OFFICE_AFTER.match(after)
    ):
        return None  # people living somewhere, asking for asylum, or expected to move: not a movement counted
    if (
        context.lodging(index)
        and (_LODGING.search(text, *sentence) or not _AT_BORDER.search(text, *sentence))
        and not _ENTERED_THE_COUNTRY.search(text, *clause)
        and not (_CAME_BY_AIR.search(text, *sentence) and not _LODGING.search(text, *sentence))
        # ((branch evr428q) nor those gone back or still in the country, lodged as they may be: "About 450 have gone back
        # to Colombia since the start of the year", "An estimated 1,700 are still in Lago Agrio, most of them staying
        # with relatives or in rented rooms" (round 427))
        and not _BACK_AFTER.match(after)
        and not ((still_in := _PRESENT_IN_AFTER.match(after)) and not _WAITING_AFTER_PRESENT.match(after, still_in.end()))
    ):
        # a paragraph about hotels: guests arriving, not border entries (unless the sentence is at the border, not the
        # hotel: "border officials at Altanbulag say 3,800 crossed there. Most travel on to ..., where hotel rooms have run out")
        if _GUESTS_AFTER.match(after) or _GUESTS_BEFORE_ELIDED.search(near):
            return None  # (branch evr396r) "11 new guests from Russia today", "Yesterday 9 more guests, today 14": housed
        return "other"
    if _OF_WHOM.search(near) and _REMAIN.search(after):
        return "net_arrivals"  # "entered ..., of whom about 98 thousand remain"
    if (
        (" still " in after[:40] or " remain" in after[:40] or " stay" in after[:40])
        and _STILL_HERE_AFTER.match(after)
        and _OF_THOSE_WHO_CAME_BEFORE.search(text, max(sentence[0], number.start - 220), number.start)
    ):
        # (branch evr444q) "of some 410,000 Russians who had crossed into the country since the decree, around 88,000
        # were still there" (round 442): the part still there of those counted coming, written after them
        return "net_arrivals"
    if "net " in near[-30:] and _NET_BEFORE.search(near):
        return "net_arrivals"  # "97,000 entered and 54,000 left, leaving a net 43,000 in the country"
    if "leaving" in near[-30:] and _LEAVING_BEFORE.search(near) and _LEFT_IN_AFTER.match(after):
        # (branch evr360q) "Over the same period about 9,000 Russians left the country, ..., leaving roughly 39,000 in
        # Türkiye" (round 356; as "leaving roughly 84,000 still in Kazakhstan", 68): the balance, those who stayed
        return "net_arrivals"
    partitive = opening in _PARTITIVE_OPENS and _PARTITIVE.match(after)
    if partitive and (still := _STILL_THERE.match(after, partitive.end())):
        if _STILL_WAITING.match(after, still.end()):
            return "other"  # "... By noon 300 of them were still waiting at the gate": people waiting, not those who stayed
        return "net_arrivals"  # "250,000 have crossed ... About 105,000 of them are still here"
    if "number of" in folded_words and _NUMBER_NOW_IN_BEFORE.search(before):
        # (branch evr464q) the number of people in a country now, told before the figure: "The number of Hungarian
        # refugees at present in Austria is estimated at 61.500" (round 463), "the number of refugees from Eritrea now
        # in the Sudan is estimated at 28,000" (334), "put the number of displaced Chechens now in the republic at
        # 176,000" (418), "the number of Albanians now in Greece at about 18,000" (306): those who came and stayed, as
        # "are now in" after it is (`_PRESENT_IN_AFTER`)
        return "net_arrivals"
    if (
        " still " in after[:120] or " currently " in after[:120] or " now " in after[:120] or " remain" in after[:120]
        or " at present " in after[:120]  # (branch evr524q: "are at present on the territory of", `_PRESENT_IN_AFTER`)
    ) and (
        present := _PRESENT_IN_AFTER.match(after)
    ) and not _WAITING_AFTER_PRESENT.match(after, present.end()):
        # (branch evr356q) "approximately 89.400 Ukrainian citizens are currently on the territory of Romania" (round
        # 353), "only about 15,000 of those who arrived since last Sunday are still in Lebanon" (354; as "600,000
        # Belgians are now in the Netherlands", 334, "80,000 displaced persons from Myanmar are now in Thailand", 329):
        # the people in the country now, those who came and stayed
        return "net_arrivals"
    if " who " in after[:60] and ("stayed" in after or "remained" in after) and _CAME_WHO_STAYED.match(after):
        # (branch evr332q) "more than 18.500 Venezuelan citizens who entered through the Cúcuta posts have stayed in
        # Colombian territory" (round 330; as "of those who crossed remain in Kenya", rounds 306-327): the main verb,
        # after the clause of how they came, counts those who stayed
        return "net_arrivals"
    if " and " in after[:80] and _ENTERED_AND_STAYED.match(after):
        return "net_arrivals"  # (branch evr440q) "about 23,000 Nicaraguans have entered Costa Rica and stayed"
    if _people_waiting(context, number, clause):
        return "other"  # "forty thousand people stranded", "7,000 Afghans were waiting": waiting, not moving
    group = _GROUP_OF.match(after)
    if group:  # "9,000 of the new arrivals had applied for ...": what the part did, not how the whole came
        return _nearest_verb(after[group.end() :], "")
    if (
        previous is not None
        and unit in (None, "persons")
        and previous.unit.startswith("persons")
        and _OF_THESE.match(text, sentence[0])
        and _LOCATED_AFTER.match(after)
    ):  # "... have fled Ukraine. Of these, some 1.4 million are in Poland, 214,000 in Hungary": parts by country
        return "entries" if previous.quantity in ("departures_total", "exits", "entries") else previous.quantity
    # "the number who have fled has passed three million / reached 1 million": a count reaching a mark, not people passing
    exceeded = _COUNT_REACHED.search(before)
    if exceeded and _COUNT_SUBJECT.search(before, 0, exceeded.start()):
        before = before[: exceeded.start()]
    if context.in_list(index) and (
        _THING_LABEL.match(text, text.rfind("\n", 0, number.start) + 1, number.start)
        or _THING_CELL.match(context.lead_in(index, sentence, number.start).header)
        or _PART_CELL.match(context.lead_in(index, sentence, number.start).header)
    ):  # "3. Boats intercepted off the north coast: 3", "Boats landed at X: 42", "| Boats detected |": things;
        # "| Of whom deported |": a part of the row's count
        return None
    if _INTO_PLACE_AFTER.match(after) and scan(text, number.end, min(clause[1], number.end + 60)):
        return "entries"  # "..., and about 80,000 into South Sudan, most of them going home": the count went into it
    if _called_up_of(text, number.start, number.end):
        return "other"  # "the day Putin announced the call-up of 300,000 reservists": a call-up, whatever the sentence's verb
    if context.origin and "toward" in text[sentence[0] : number.start] and _going_home(context, index, sentence, number, after):
        return "exits"  # "Northbound, towards Russia, only about 70 travelled": back to the country people came from
    counted_noun = holds_any(folded_words[: len(before)], _NOUN_REACHED_NEEDS) and _NOUN_REACHED.search(before)
    if counted_noun:  # "Daily crossings into Poland averaged 90,000": what the subject counts
        return "entries" if counted_noun.group().split()[0].lower() in _ENTRY_NOUNS else "exits"
    verb = _nearest_verb(after, before)
    if verb == "entries" and holds_any(folded_words, _AWAY_WAY_NEEDS) and (away := _AWAY_WAY.search(words)) and not (
        away.start() > number.end - clause[0] and _DIGIT.search(words, number.end - clause[0], away.start())
    ) and not _entered_the_origin(context, words):
        # "in the opposite direction the border crossed 21 thousand 900", "crossed the border in the direction of
        # leaving" (translated, the way said apart from the verb); ((branch evr400q) not the other way of a later count:
        # "counted 3,420 Iraqi arrivals, against some 700 ... in the other direction" (round 399): the 700 went back)
        return "exits"
    if (
        verb == "entries"
        and previous is not None
        and previous.quantity == "exits"
        and _CROSSED_NO_WAY.search(words)
        and all(m.place.name == previous.place for m in _mentions_in(context.places[index], *clause))
        and _is_crossing(context, previous.place)
        and context.paragraph_at(previous.start) >= index - 1
    ):  # "165,000 have returned home through the Torkham crossing ... On Thursday alone 24,000 crossed", "... 237
        # crossed over at Torkham" (no place but that crossing): the same way
        return "exits"
    if (
        verb == "entries"
        and previous is not None
        and previous.quantity == "exits"
        and context.main_destination
        and _ALONE.search(text, sentence[0], number.start)
        and _is_crossing(context, previous.place)
        and context.paragraph_at(previous.start) >= index - 1
        and (named := _mentions_in(context.places[index], *clause))
        and all(m.place.kind == "country" and m.place.name != context.main_destination for m in named)
    ):  # "2,870 left Georgia through Sarpi ... On Sunday alone 610 crossed into Turkey": a day of those exits, told
        # from the far side
        return "exits"
    if verb == "exits" and "return" in after[:60] and _another_nations_homecoming(context, index, number, after):
        return "entries"  # (branch evr340q) "more than 41 000 Nigeriens have returned to the country" from Libya: into theirs
    if verb:
        return verb
    if _CALLUP.search(words) and _HELPERS_AFTER.match(after):
        return None  # (branch evr384r) "We have 14 volunteer lawyers and 22 hotline operators": the helpers, no call-up
    if " been " in after[:50] and _CALLED_UP_SO_FAR_AFTER.match(after):
        return None  # (branch evr404r) "more than four thousand men have been called up": those called up so far, no target
    if _CALLUP.search(words) or _STRONG_WAIT.search(after):
        return "other"  # a call-up, or people waiting at a border
    if _WAITED_BEFORE.search(before) and unit in (None, "persons"):
        return "other"  # "In Austria waited on Monday still about 4.000 people at the crossing" (translated, the verb first)
    lead = context.lead_in(index, sentence, number.start)
    lead_in = lead.text
    # (branch evr512q) a table's column whose own header names the way they went: "| Month | Arrived | Left | Balance
    # (stayed) |" under "Table 1. Arrivals and departures ..." (round 514), "Month   Entries   Exits" over aligned
    # columns (round 515): the column's own cell ("Left": exits; "Balance (stayed)": those who stayed), before the
    # caption or the line above, whose first noun ("Arrivals") read every column as entries
    cell = lead.header or (_aligned_cell(text, lead.start, number) if lead_in and "   " in lead_in else "")
    if cell and (kind := _COUNT_NOUN.search(cell) or _nearest_verb(cell, "")):
        return kind if isinstance(kind, str) else "entries" if kind.group(1).lower() in _ENTRY_NOUNS else "exits"
    # a table whose lead-in says nothing of what it counts: the page's title does ("Moldova: arrivals by crossing")
    titled = lead_in and table_row(text[sentence[0] : sentence[1]])
    for said in (lead_in, context.doc.title if titled else ""):
        noun = _COUNT_NOUN.search(said) if said else None
        verb = _nearest_verb(said, "") if said else None
        if noun or verb:
            return "entries" if noun and noun.group(1).lower() in _ENTRY_NOUNS else verb or "exits"
    if (
        lead_in
        and previous is not None
        and previous.quantity in ("entries", "exits")
        and previous.unit.startswith("persons")
        and unit in (None, "persons")
        and previous.start < lead.start
        and context.paragraph_at(previous.start, before=True) >= context.paragraph_at(lead.start, before=True) - 1
        and _POSTS_LEAD_IN.search(lead_in)
    ):  # (branch evr408r) "24.687 Ukrainian citizens entered Romania. / The highest values were recorded at the following
        # border crossing points: / - Siret: 14.210 Ukrainian citizens": the count just told, by crossing
        return previous.quantity
    if previous is not None and _THE_NUMBER.search(before) and previous.unit.startswith("persons"):
        if previous.quantity == "net_arrivals" and _PARTITIVE.match(text, previous.end):
            return "entries"  # "... 105,000 of them are still here. Yesterday it was 11,500": the arrivals they were part of
        return previous.quantity  # "on Saturday the number was 10 thousand": the count before, another day
    if (
        previous is not None
        and number.qualifier in _MORE_OF_THE_SAME
        and previous.quantity in ("entries", "exits")
        and not text[sentence[0] : number.start].strip(_BULLET_MARKS)  # opening the sentence
    ):  # "A further 1,100 people were counted at Chikwawa": more of the count before (not "..., and another 3,000
        # are nationals of other countries": a part)
        return previous.quantity
    heading = context.heading(index)
    if heading:  # "How many Russians have left since the call-up?" heads the answer that gives the number
        noun = _COUNT_NOUN.search(heading)
        verb = _nearest_verb(heading, "")
        if noun or verb:
            return "entries" if noun and noun.group(1).lower() in _ENTRY_NOUNS else verb or "exits"
    if (
        previous is not None
        and context.in_list(index)
        and index > 0
        and context.in_list(index - 1)
        and context.paragraph_at(previous.start) == index - 1
        and previous.unit.startswith("persons")
        and unit in (None, "persons")
        # (branch evr197q) not a transcript's turn, unless it says the number counted ("CORRESPONDENT: ... Damascus says
        # it has opened 60 schools" is no list's count; "LANE: ... told me they have counted some two thousand" is)
        and not (_SPEAKER_TURN.match(text, context.doc.paragraphs[index][0]) and not _COUNTED_BEFORE.search(before))
    ):
        return previous.quantity  # "- Georgia: about 69,000" after "- Kazakhstan: 200,000 entries": the list's count
    if (
        previous is not None
        and previous.start >= sentence[0]
        and unit in (None, "persons")
        and previous.unit.startswith("persons")
        and _AND_THEN.search(text, max(sentence[0], clause[0] - 6), clause[0])
    ):
        return previous.quantity  # "Georgia counted 53,000 arrivals, and Finland some 43,000": the same count
    if (
        previous is not None
        and unit in (None, "persons")
        and previous.unit.startswith("persons")
        and context.paragraph_at(previous.start) == index
        and (_COUNTED_BEFORE.search(before) or _AVERAGE_OF.search(before))
    ):  # "... 9,800 crossed into Slovakia. Hungary counted 12,300": the same count, another's;
        # "58,410 entered ... This represents a daily average of about 2,900": the same count, per day
        return previous.quantity
    if (
        previous is not None
        and unit in (None, "persons")
        and previous.quantity in ("entries", "exits")
        and (" counted" in after[:30] or " recorded" in after[:30] or " logged" in after[:30])
        and _WERE_COUNTED_AFTER.match(after)
        and context.paragraph_at(previous.start) >= index - 1
    ):  # "... 4,000 a day have been coming over. On Friday alone 5,200 were counted": the same count, another time
        return previous.quantity
    if previous is not None and unit in (None, "persons") and _one_day_of_the_count_before(context, index, sentence, number, previous):
        return previous.quantity  # "... 1 840 persons, and on Sunday alone 390": a day of the count before, no verb
    if (
        previous is not None
        and unit in (None, "persons")
        and previous.quantity in ("entries", "exits")
        and previous.unit.startswith("persons")
        and context.paragraph_at(previous.start) == index
        and _RUNNING_TOTAL_LEAD.match(text, sentence[0], number.start)
        and _RUNNING_TOTAL_END.match(text, number.end, sentence[1])
    ):  # (branch evr412r) "... 14 230 persons entered Poland. Since 24.02 - 97 410 persons.": a digest's running total
        return previous.quantity
    return None


# (branch evr412r) a sentence of a digest that is only a time and a number after a dash or colon, the count told just
# before carried on to another span: "Since 24.02 - 97 410 persons.", "Today until 7:00 - 24,8 thousand." (round 410,
# a border guard's posts), "Since the decree: 61 300 people."
_RUNNING_TOTAL_LEAD = re.compile(
    r"(?:(?:In\s+total\s+)?[Ss]ince|From|Today(?:\s+(?:until|till|by)\b)?|Yesterday|Overnight|In\s+total)\b[^,;!?\n]{0,25}?"
    r"\s[-–—:]\s*(?:(?:about|around|some|over|more\s+than|almost|nearly|up\s+to)\s+)?$"
)
_RUNNING_TOTAL_END = re.compile(r"\s*(?:(?:thousand|thous\.?)\s+)?(?:persons?|people|travell?ers|passengers)?\s*[.;]?\s*$")


# (branch evr145q) a day singled out of a count just told, before the number ("On Sunday alone 390", "Only in
# Wednesday - 1 150 persons", translated) or just after it ("of them 410 on Sunday alone")
_DAY_SINGLED_OUT = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday)\s+alone\b"
    r"|\b[Oo]nly\s+(?:in|on)\s+(?:the\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    # (branch evr157r) translated: "Only in the day of Wednesday (28 May) had approximately 900 person", "Only in the
    # day of 27 September ... 1 386 passengers" (the date in brackets, or the day's date, no number of the count's)
    r"|\b[Oo]nly\s+(?:in|on)\s+the\s+day\s+of\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?:\s*\(\d{1,2}\s+[A-Z][a-z]+\.?\))?"
    rf"|\d{{1,2}}\s+(?:{MONTH_ABBREVIATIONS})[a-z]*\b\.?)"
)
_DAY_SINGLED_OUT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)\s+alone\b"
)
# (branch evr452r) the share of the count just told that fell on one day, "of them" and the day ending the clause with
# no "alone": "about 6,500 people returned to Kyrgyzstan through Dostuk ..., 1,800 of them yesterday" (round 448,
# labelled, not read; "212 of them yesterday" in 428 and "640 of them yesterday" in 324 were read already): that day's
# crossings
_DAY_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:them|these|those)\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]+)|yesterday|today"
    r"|overnight|last\s+night)\s*(?:[.;]|,\s+(?:according|the|said|says)\b|$)"
)


def _one_day_of_the_count_before(
    context: "_Context", index: int, sentence: tuple[int, int], number: _Number, previous: "Figure"
) -> bool:
    """Whether a number with no verb of its own is one day's share of the crossings counted just before ("of them 410
    on Sunday alone", "Only in Wednesday - 1 thousand 150 persons"): the same count, that day (branch evr145q)."""
    text = context.doc.text
    return (
        previous.quantity in ("entries", "exits")
        and context.paragraph_at(previous.start) >= index - 1
        and (
            text.find("alone", number.end, number.end + 40) >= 0 and _DAY_SINGLED_OUT_AFTER.match(text, number.end) is not None
            or text.startswith(" of ", number.end) and _DAY_SHARE_AFTER.match(text, number.end) is not None
            or (
                text.find("alone", sentence[0], number.start) >= 0 or text.find("nly ", sentence[0], number.start) >= 0
            ) and _first_number_after_the_day(text, sentence[0], number.start)
        )
    )


def _first_number_after_the_day(text: str, start: int, at: int) -> bool:
    """Whether a day singled out stands before `at` with no other number between ("Only in Sunday ... 705 persons, the
    most since the year 2020": 705 the day's, not 2020)."""
    day = _DAY_SINGLED_OUT.search(text, start, at)
    return day is not None and not any(character.isdigit() for character in text[day.end() : at])


# ((branch evr404r) and "recorded", "logged": "about 28,000 refugees have crossed into the region ... Through Manyovu
# alone, 6,300 have been recorded since the beginning of May" (round 402))
# (branch evr404r) hours queued for water or food in a camp or a town: "Women told our teams they wait up to six hours
# at the water points to fill their jerrycans" (round 401), "In some sectors, people queue for four hours at the taps"
# (368; medical charities' releases): no wait to cross
_AT_THE_WATER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?at\s+(?:the\s+)?(?:[\w-]+\s+)?(?:water\s+(?:points?|taps?|tanks?|distributions?)|taps|wells?|boreholes?"
    r"|(?:hand\s*)?pumps?|(?:food|water|aid|ration)\s+distributions?(?:\s+points?)?|distribution\s+points?)\b"
)
_WERE_COUNTED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:counted|recorded|logged)\b")


# "some 300,000 Rohingya already living in camps", "joining 300,000 already there": people who live somewhere, not a movement;
# "890,000 people had been displaced inside Sudan": people who moved within their country, no border crossed
_LIVING_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:(?:already|now|still)\s+)?(?:living|residing|who\s+(?:live|lived|are\s+living)|already\s+(?:there|here)"
    r"|(?:been\s+)?(?:internally\s+displaced|displaced\s+(?:inside|within|internally)))\b",
    re.IGNORECASE,
)
_LIVING_AFTER_NEEDS = words_needed(_LIVING_AFTER)
# (branch evr197q) who they are, then that they went back: "around 2,500 Iraqis living in Jordan had crossed back into
# Iraq", "some 5,000 Iraqis living in Jordan have gone back" (not "had crossed into Algeria", read the wrong way)
# ((branch evr432r) and the verb with no "had" before it, "went / came / drove back", and the people by their work:
# "about 780 Syrians living in Turkey went back across the gate into Syria" (round 429, labelled exits); still not
# "had crossed into Algeria" (101's "about 350 Algerians living in Morocco had crossed into Algeria", labelled exits, is
# read as entries when let through: the direction is then wrong))
_LIVING_THEN_MOVED = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:living|residing|working)\s+(?:in|on)\s+[^.,;:]{1,40}?\s+(?:(?:had|have|has)\s+(?:\w+\s+)?)?"
    r"(?:(?:crossed|gone|went|come|came|travell?ed|moved|walked|headed|driven|drove)\s+back|returned)\b"
)
# (branch evr197q) people picked up at sea, the verb before them ("plucked 1,420 Cubans from rafts", "took aboard 512")
_PICKED_UP_BEFORE = re.compile(
    r"\b(?:picked\s+up|plucked|rescued|took\s+aboard|taken\s+aboard)\s+(?:(?:another|some|about|more\s+than|nearly)\s+)?$", re.IGNORECASE
)
# (the lead, merging evr197p and evr197q) those picked up then taken on somewhere: counted where they were taken
_TAKEN_ON_TO = re.compile(
    r"[^.;]{0,80}?\b(?:had|have|has)\s+been\s+(?:taken|ferried|brought|flown|carried|transferred)\s+(?:on\s+)?(?:to|into)\s+[A-Z]"
)
# (branch evr372r) people stopped at sea, the verb before or after them ("cutters intercepted 1,925 Haitians",
# "21,000 Haitian migrants have been interdicted")
_INTERCEPTED_BEFORE = re.compile(
    r"\b(?:intercepted|interdicted)\s+(?:(?:another|some|about|around|more\s+than|nearly|over)\s+)?$", re.IGNORECASE
)
_INTERCEPTED_AFTER = re.compile(
    r"\s+(?:(?!who\b|that\b|which\b)[\w’'-]+\s+){0,3}?(?:were|was|have\s+been|has\s+been|had\s+been|been)\s+(?:intercepted|interdicted)\b"
    r"(?!\s+(?:and\s+)?(?:returned|sent\s+back|taken\s+back))"
)
# brought back to the shore they left: no one left ("intercepted around 600 people off Sfax and returned them to shore")
_RETURNED_ASHORE = re.compile(r"[^.;]{0,60}?\b(?:(?:returned|brought|took|taken|sent)\s+(?:them\s+)?back\b|to\s+shore\b)")
# (branch evr372r) the count of a usual time, told for comparison: "In a usual September, by comparison, about 1,200"
_USUAL_PERIOD_BEFORE = re.compile(
    r"\b[Ii]n\s+an?\s+(?:usual|normal|typical|ordinary|average)\s+(?:day|week|fortnight|month|year|summer|winter|season"
    rf"|{MONTHS})\b"
    r"[^.;\d]{0,40}?(?:(?:some|about|around|roughly|nearly|only|just)\s+)?$"
)
# (an earlier whole year told for comparison: "In all of 1990, the Coast Guard intercepted 871 Haitians")
_IN_ALL_OF_YEAR = re.compile(r"\W*(?:in\s+)?all\s+of\s+(?:1[89]|20)\d\d\b", re.IGNORECASE)
_AT_SEA = re.compile(r"\bat\s+sea\b|\brafts?\b|\binner\s+tubes\b|\bStraits\b|\bcutters?\b|\bCoast\s+Guard\b|\bsailboats?\b|\bsloops?\b")
# or after them ("15,000 Haitians have been picked up at sea", "the number of Cubans picked up at sea"), in a sentence
# of the sea (`_AT_SEA`)
_PICKED_UP_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:(?:were|was|have\s+been|has\s+been|had\s+been|been)\s+)?(?:picked\s+up|plucked|rescued|taken\s+aboard)\b"
)
# a count right before "into" a place, with no verb of its own: "and about 80,000 into South Sudan"
_INTO_PLACE_AFTER = re.compile(r"\s+(?:(?:more|others?|people|refugees)\s+)?into\s+(?:the\s+)?[A-Z]")
# people helped, not people moving: "delivered water to 12,000", "vaccinated 8,000 children", "15,000 received cash
# assistance", "reached 30,000 refugees with food aid"
_HELPED_BEFORE = keywords(
    # (not "brought to more than 60,000 the number who have reached Austria": a running total)
    r"(?:delivered|provided|distributed|gave|given)\b[^.;]{0,50}?\bto|brought\s+(?!to\b)[^.;]{0,50}?\bto"
    r"|vaccinated|immuni[sz]ed|fed|treated|screened"
    # ((branch evr424r) and feeding told in the present: "The World Food Programme said it was feeding 95,000 of the
    # refugees" (round 421), "Caritas said it was feeding about 9,000 people a day" (LABELLING.md: people helped))
    r"|feeding|feeds"
    # ((branch evr260q) the campaign as the subject: "Measles vaccination reached 31,500 children" (round 259), as
    # "vaccinated 1,400 children" (rounds 72, 131, 156, 178))
    r"|(?:vaccination|immuni[sz]ation)s?\b[^.;]{0,40}?\b(?:reached|covered)"
    r"|assisted|supported|helped|registered\s+for\s+assistance|served",
    tail=r"\s+(?:(?:some|about|around|nearly|more\s+than|over|at\s+least)\s+)?$",
)
_HELPED_BEFORE_NEEDS = words_needed(_HELPED_BEFORE)
# a need, not a movement: "Needs: shelter, water and sanitation for about 1,000 people" (searched only past a "for")
_NEEDED_FOR = keywords(
    r"shelter|food|(?:drinking\s+)?water|sanitation|assistance|aid|supplies|tents|support",  # ((branch evr372r) "We have water for 5 000 people for now")
    tail=r"\b[^.;\d]{0,40}?\bfor\s+(?:(?:some|about|around|nearly|more\s+than|over|at\s+least)\s+)?$",
)
# (branch evr372r) people taken into care, not across a border: "MSF has admitted 310 children to its therapeutic
# feeding programme", "admitted 45 patients to the clinic"
_ADMITTED_BEFORE = re.compile(r"\badmitted\s+(?:(?:some|about|around|nearly|more\s+than|over|at\s+least)\s+)?$")
_TO_CARE_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:to|into|in)\s+(?:its|their|the|a|our|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:programmes?|programs?|hospitals?|clinics?|wards?|(?:health|feeding|nutrition|treatment)\s+(?:centres?|centers?|units?))\b"
)
# ((branch evr420r) up to six words of who they are before the verb, none of them a verb of moving: "3,950 vulnerable
# returnees and deportees received post-arrival assistance at the Transit Centre" (round 416))
_HELPED_AFTER = re.compile(
    r"\s+(?:(?!(?:crossed|entered|arrived|fled|left|returned|came|come|went|gone|moved|passed|were\s+(?:sent|taken|deported)))"
    r"[\w’'-]+\s+){0,6}?(?:have\s+|had\s+|has\s+)?(?:received|got|were\s+given|been\s+given)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aid|assistance|cash|food|vouchers|support|help|rations|supplies|blankets|medical|treatment|vaccin\w*)\b",
    re.IGNORECASE,
)
_HELPED_AFTER_NEEDS = words_needed(_HELPED_AFTER)
_REACHED_WITH_AID = keywords(r"reached", tail=r"\s+$")
_WITH_AID = re.compile(r"\s+[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,2}?(?:aid|assistance|food|cash|supplies|support|help|services)\b")
# the people present somewhere, counted: "the total number of Sudanese in the municipality to 44,000" (a stock)
_POPULATION_BEFORE = keywords(
    r"number|total|population",
    # ("The number of refugees in camps and on ships in Hong Kong now stands at 63,500": no determiner before camps)
    # ("The total number of Guatemalans now living in the 40 or so settlements ... is estimated at about 30,000")
    # ((branch evr248q) "the number of Koreans resident in Fukuoka Prefecture was about 170,000": the people living in a
    # place named, a stock (round 245; 244's Iraqis who "lived in the country" and 246's "in all municipality is living
    # about 3 800 person" alike))
    tail=r"\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:(?:(?:living|present|hosted|staying|sheltering)\s+)?in\s+(?:(?:the|this|that|its)\s+"
    r"(?:\d+\s+(?:or\s+so\s+)?)?(?:municipality|country|city|town|camps?|region|area|district|province|state|county|governorate|settlements?)|camps)"
    r"|(?:living|resident|settled)\s+in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)\b"
    r"[^.;]{0,50}?\b(?:to|at|is|was|stands\s+at|reached|of)\s+$",
)
# moves inside one country: "displaced 1,150 people inside the department", "relocated from the border to Um Rakuba camp"
_INTERNAL = keywords(
    r"displaced|relocated|moved|transferred|bussed|taken|evacuated",
    tail=r"\b[^.;]{0,60}?\b(?:(?:inside|within)\s+(?:the\s+|their\s+own\s+|its\s+|their\s+)?(?:country|department|province|region"
    r"|state|district|governorate|county|municipality|borders)\b|from\s+the\s+(?:border|frontier|crossing)s?\s+(?:area\s+)?to\b"
    r"|to\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+)?(?:camps?|settlements?|sites?|shelters?)\b)",  # "relocated to camps this week: 1,100"
)
_INTERNAL_NEEDS = words_needed(_INTERNAL)
# (branch evr432r) the border crossed first, then the move on to a camp told with "and": "In June, 9,430 people crossed
# the Mechi bridge into Nepal at Kakarbhitta and were taken to the camps in Jhapa district" (round 429), "412 migrants
# crossed the border irregularly and were transferred to the reception centre", "164 persons crossed near Kassala and
# were brought to Wad Sharifey" (texts of 26-427): the crossing is counted, the onward move is the host's own
_CROSSED_THEN_TAKEN = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:have\s+|had\s+|has\s+)?(?:crossed|entered|fled|arrived|came)\b[^.;]{0,80}?\s+and\s+"
    r"(?:(?:were|was|have\s+been|had\s+been|are\s+being|were\s+then|then)\s+)?(?:then\s+|later\s+|all\s+)?$"
)
# (branch evr400r) people relocated by others, no country named where they go: "6,480 refugees have been relocated from
# Nyumanzi to the newly opened Pagirinya settlement", "8,240 persons have been relocated to Mahama", "has so far
# relocated 6,784 persons from Kagunga to Nyarugusu", "more than 1,200 new arrivals have been relocated from Pagak to
# Leitchuor camp" (rounds 194, 273, 288, 314, 321, 328, 333, 357, 366, 395, 398: a move inside the host from a border
# area to a camp, labelled no figure; not "6,000 Russians have relocated to Armenia", who moved themselves)
_RELOCATED_PASSIVE_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:have|has|had)\s+(?:(?:now|so\s+far|already|also|since)\s+)?been|were|was|(?:are|is)\s+being)"
    r"\s+(?:[a-z]+ly\s+)?relocated\b"
)
# (branch evr404r) patients taken into care: "62 children have been admitted to our therapeutic feeding programme"
# (round 401), "128 were admitted to the MSF therapeutic feeding centre" (a medical charity's words; not "admitted to
# Canada", "admitted to national territory")
_ADMITTED_FOR_CARE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:have|has|had)\s+been|were|was|are|is)\s+admitted\s+to\s+(?:the\s+|our\s+|its\s+|their\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?|wards?|feeding|nutrition(?:al)?|therapeutic|intensive|treatment|health|medical)\b"
)
# (branch evr404r) people moved by others, said in the passive: "1 200 people were taken by bus from Rozaje to Ulcinj",
# "4,200 persons were moved by train from Slavonski Brod to ...", "about 9,500 have been sent on to the refugee center
# at Eglin" (rounds 184, 397, 401: a move inside the host, `_moved_within_a_country`, labelled no figure)
_MOVED_BY_OTHERS_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:have|has|had)\s+(?:(?:now|so\s+far|already|also|since)\s+)?been|were|was|(?:are|is)\s+being)"
    r"\s+(?:[a-z]+ly\s+)?(?:taken|transported|bussed|bused|moved|transferred|driven|ferried|sent)\b"
)
_RELOCATED_BEFORE = keywords(r"relocated", tail=r"\s+(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|another|a\s+further)\s+)?$")
# (branch evr90b) "3,500 wait at the centre to be registered and transferred to the camps": a move still to come, the
# count one of people waiting
_STILL_TO_BE = re.compile(r"\bto\s+be\s+(?:[\w-]+\s+and\s+)?$", re.IGNORECASE)
# People stopped before they crossed ("intercepted 600 off Sfax", "prevented the illegal entry of 1,850",
# "300 were turned back"): an attempt, no movement; "pushed back" and "deported" are exits (`_VERBS`)
_THWARTED_WORDS = (
    r"intercept(?:ed|s|ing)?|prevent(?:ed|s|ing)?|stopp(?:ed|ing)|thwart(?:ed|s|ing)?|foil(?:ed|s|ing)?"
    r"|turn(?:ed|s|ing)?\s+(?:back|away)|(?:refus|den)(?:ed|ied|ies|es|ying|ing)\s+entry\s+to|blocked|averted"
    # ((branch evr436r) and the way out refused, or passage: "the border guards refused exit to 23 men on that train"
    # (round 434, read as 23 departures); "denied passage to 80 families")
    r"|(?:refus|den)(?:ed|ied|ies|es|ying|ing)\s+(?:exit|passage|admission)\s+to"
)
_THWARTED_BEFORE = keywords(_THWARTED_WORDS, tail=r"\s+(?:(?!and\b|or\b)[\w’'-]+\s+){0,4}?$")
_THWARTED_BEFORE_NEEDS = words_needed(_THWARTED_BEFORE)
# translated: "not allowed to enter Latvia to 112 citizens", "the entry was refused in total to 604 persons" (searched
# only where "allowed", "refused" or " let " is near: their first letters would stop the scan above at most words)
# ((branch evr181q) "did not let through 176 citizens of Russia", "were not let through 212 citizens": refused, the same)
_REFUSED_ENTRY_BEFORE = re.compile(
    r"\b(?:not\s+allowed\s+to\s+enter|entry\s+(?:was|were|has\s+been)\s+refused|not\s+(?:been\s+)?let\s+through)"
    r"\s+(?:(?!and\b|or\b)[\w’'-]+\s+){0,4}?$"
)
_THWARTED_AFTER = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been|has\s+been|been|being)\s+(?:(?:also|later|then)\s+)?"
    + keyword_pattern(
        r"intercepted|stopped|turned\s+(?:back|away)|prevented|refused\s+entry|denied\s+entry|blocked"
        # (branch evr197q) "412 Russians were not allowed in", "about 90 people were refused at the posts", "410 people
        # had been refused exit" (not "were refused asylum": they crossed)
        r"|not\s+(?:allowed|permitted|let)\s+(?:in|through|out|to\s+(?:enter|leave|cross|pass))"
        r"|(?:refused|denied)\s+(?:exit|passage|admission|(?=(?:at|on|by)\s))"
    )
)
_THWARTED_AFTER_NEEDS = words_needed(_THWARTED_AFTER)
# (branch evr476r) people kept from leaving, told with "did not let" before the count, "Border guards did
# not let 17 men on the Saturday sailing leave" (round 458, read as 17 departures), or with a subject of four words or
# more before "were not allowed to": "in the past three days 44 men liable for military service were not allowed to
# leave the Russian Federation at the checkpoint" (round 472, read as 44 departures), "about 60 men of conscription age
# were not let out, they were turned back" (round 344, 60 departures): turned back, no figure
# (LABELLING.md); not "did not let through" nor "did not let out", read before (`_REFUSED_ENTRY_BEFORE`)
# ((branch evr512r) and "did not allow": "the Polish border guards at Terespol did not allow 538 citizens of Russia to
# enter" (round 514, read as 538 entries at Terespol; "who were not allowed to board", round 483, `_THWARTED_AFTER_CLAUSE`))
_NOT_LET_BEFORE = re.compile(
    r"\b(?:did\s+not|didn[’']t|would\s+not|wouldn[’']t|do\s+not|don[’']t)\s+(?:let|allow|permit)\s+"
    r"(?:(?:some|about|around|over|nearly|more\s+than|at\s+least|another|a\s+further)\s+)?$"
)
_NOT_ALLOWED_LONG_AFTER = re.compile(
    r"\s+(?:(?!and\b|or\b|but\b|while\b|who\b|that\b)[a-z][\w’'-]*\s+){4,7}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
    r"not\s+(?:allowed|permitted|let)\s+(?:to\s+(?:leave|exit|cross|pass|enter|board)|out|through|in)\b"
)
# (branch evr436r) the refused told with no "were", or counted as refusals (LABELLING.md: people turned back are no
# figure): "our lawyers recorded 63 men refused exit and 12 detained", "documented 38 refusals of exit", "186 such
# refusals" (round 434, read as arrests 63 and 38 from the detentions beside them), "2,100 Russians denied entry"
_REFUSED_AFTER = re.compile(
    r"\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:(?:refused|denied)\s+(?:exit|entry|passage|admission)\b|refusals\b|(?:exit|entry)\s+refusals\b)"
)
# (branch evr412r) people housed, no figure (LABELLING.md): a place housing them, "the centre, built for 1,000 people,
# is currently hosting 1,320" (round 408), "the school is sheltering about 600" (round 217); or they stay in a camp, a
# shelter or with hosts, "About 6 500 of them are staying with host families" (round 409), "some 5,000 are at present
# housed in the former military stables" (202; and 167, 325); a country's "is hosting" too (238, 280: none labelled),
# but not its simple "hosts", nor people "sheltering in the hills" at a border, nor those housed "waiting to cross"
# (174 labels "200 and 300 people are staying with relatives ..., waiting for a chance to cross" people waiting)
_HOUSING_BEFORE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:currently|now|still|already|at\s+present)\s+)?(?:hosting|housing|sheltering|accommodating)\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?$"
)
# ((branch evr484r) the people named in up to four words first, "At present 1,850 new arrivals from Russia are housed at
# 22 absorption centres" (round 482, read as 1,850 entries), and "sheltered": "about 800 of them are sheltered in the
# warehouses" (round 311, read as 800 departures))
_HOUSED_AFTER = re.compile(
    r"\s+(?:(?:people|persons|refugees|of\s+them|of\s+these|of\s+whom)\s+"
    r"|(?:(?!and\b|or\b|but\b|who\b|which\b|that\b)[A-Za-z][\w-]*\s+){1,4}?(?=(?:are|were|have|had)\s))?"
    r"(?:are|were|have\s+been|had\s+been)\s+"
    r"(?:(?:currently|now|still|already|at\s+present|temporarily)\s+)?"
    r"(?:housed|accommodated|lodged|sheltered|staying\s+(?:with\s+(?:host\s+families|relatives|friends|families)|in\s+(?:camps?|shelters?|schools?|hotels?)))\b"
)
# (branch evr412r) the people told by a relative clause first: "1,200 who arrived without documents were turned back at
# Karakaj" (round 408), "some 300 persons whose visas were irregular were refused entry" (not "... were turned back
# into Honduras", round 86: sent back out of a country, labelled an exit)
_THWARTED_AFTER_CLAUSE = re.compile(
    r"\s+(?:[\w’'-]+\s+)?(?:who|that|whose)\s+(?:[\w’'-]+,?\s+){1,6}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:turned\s+(?:back|away)|refused\s+entry|denied\s+entry|stopped|intercepted|not\s+(?:allowed|permitted|let)\s+(?:in|through))\b"
    r"(?!\s+(?:into|to|across|over)\b)"
    # ((branch evr512r) and kept from boarding, leaving or entering: "at least 60 men who were not allowed to board
    # flights at Sheremetyevo" (round 483, read as 60 departures; "did not allow ... to enter", round 514, `_NOT_LET_BEFORE`))
    r"|\s+(?:[\w’'-]+\s+)?(?:who|that|whose)\s+(?:[\w’'-]+,?\s+){0,3}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"not\s+(?:allowed|permitted)\s+to\s+(?:enter|leave|board|cross|exit)\b"
)
# (branch evr436r) but a part of them arrested is an arrest: "the border guards refused exit to 23 men ...; transport
# police detained 6 of them and drove them to the enlistment office" (round 434, labelled arrests 6, not read)
_ARRESTED_JUST_BEFORE = re.compile(
    r"\b(?:detained|arrested|apprehended|held|jailed|took\s+into\s+custody|taken\s+into\s+custody)\s+"
    r"(?:(?:about|some|around|nearly|almost|over|more\s+than|at\s+least)\s+)?$"
)
_REFUSED_BEFORE_PART = keywords(
    r"not\s+(?:allowed|permitted|let)\s+(?:in|through|to\s+enter)|refused\s+(?:entry|exit|passage|admission|at)"
    r"|denied\s+(?:entry|exit|passage)|turned\s+(?:back|away)"
)
_PROJECTED_BEFORE = keywords(
    r"expects?|expected|projects?|projected|forecasts?|anticipates?|(?:plans?|planning|prepar\w+|ready)\s+for"
    r"|(?:hopes?|hoping|hoped|aims?|aiming|aimed)\s+for|targets?|targeting"  # "hopes for 500,000 foreign arrivals a month"
    # "expects the figure to reach 85,000 by December": the count's level to come
    # ((branch evr240q) and what the number counts between: "expect the number of handovers to reach 5,000 by the end of
    # next week")
    r"|(?:expects?|expected|expecting)\s+(?:the|that|this)\s+(?:figure|number|total|count)(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"\s+to\s+(?:reach|exceed|top|hit|pass|rise\s+to|climb\s+to)"
    # "arrivals could exceed 10,000 a week by July", "Italy could not take in more than 5,000": a projection, a capacity
    r"|(?:could|would|may|might|will|can|cannot|can't)\s+(?:not\s+|never\s+)?"
    r"(?:exceed|reach|top|pass|surpass|hit|take\s+in|accept|absorb|host|handle|receive)",
    tail=r"\s+$",
)
# what a post or a place was built to take, not what crossed: "was designed for about 1,000 cars a day", "built to
# handle 500 trucks", "a capacity of 2,000 people"
_LOAD_VERBS = ("takes", "carries", "holds", "carry", "Takes", "Carries", "Holds", "Carry")
_PER_TRIP = re.compile(
    r"\b(?:per|a|each|every)\s+(?:trip|crossing|journey|run|sailing)\b|\bat\s+a\s+time\b"
    # (branch evr268q) "the buses carry 45 people each": what one of them holds (round 267)
    r"|^\s+(?:[^\W\d_]+\s+){1,2}each\b"
)
# (branch evr448r) people told per vehicle or per trip: "Buses ... will take passengers in turn, 40 people per bus"
# (round 444), "40 freight cars with an average of 30 persons per car" (round 361), "carries about 600 passengers per
# trip", "80 persons per trip" (rounds 293, 321, 345, 380: never labelled): one vehicle's load, not a count who crossed
_PER_VEHICLE_AFTER = re.compile(
    r"\s+(?:people|persons|passengers|refugees|migrants|travell?ers)\s+(?:per|a|each|in\s+each|on\s+each|in\s+every)\s+"
    r"(?:bus|coach|car|vehicle|boat|truck|lorry|minibus|van|flight|plane|train|carriage|wagon|trip|raft|dinghy|ferry|sailing)\b"
)
# (branch evr448r) what a ship, a ferry or a bus can carry: "The passenger ship Dobonsolo, which can carry 1,500 passengers,
# docked in Kupang" (round 447), "the ferry from Sochi, which can carry 700 passengers, landed about 480", "The ship, which
# can carry 2,500 passengers" (texts of 26-443): its size, not who came (not hours or km: "the crossing can take 9 hours")
_CAN_CARRY_BEFORE = re.compile(
    r"\b(?:can|could)\s+(?:(?:now|only|still|normally)\s+)?(?:carry|take|transport|seat)\s+"
    r"(?:(?:about|around|roughly|some|up\s+to|at\s+most|only|just)\s+)?$"
)
_CAPACITY_BEFORE = keywords(
    # ((branch evr396r) and "made for": "we were 45 people in a rubber boat made for 15" (round 393): the boat's size)
    r"(?:designed|built|planned|meant|intended|equipped|made)\s+(?:for|to\s+(?:handle|take|carry|process|serve|receive"
    # ((branch evr404r) and what a camp or a centre was made to hold: "The reception centre, designed to hold 1,000
    # people at a time, is now sheltering ..." (rounds 190, 346, 403: "designed to hold 800", "built to accommodate 2,000"))
    r"|hold|house|accommodate|shelter))"
    # (branch evr87b) "built for the passage of 400 vehicles per day": what it lets through (translated)
    r"(?:\s+the\s+(?:passage|transit|crossing|processing|handling|clearance)\s+of)?"
    r"|(?:a|its|the|total|daily)\s+capacity\s+(?:of|for)|(?:is|are|was|were)\s+able\s+to\s+(?:handle|take|process|receive)"
    r"|(?:licensed|certified|rated|approved|permitted)\s+to\s+(?:carry|take|hold)"  # (branch evr110b) "a ferry licensed to carry 250"
    # (branch evr232q) a post's or a shelter's size told by its own words (rounds 221, 224, 225, 229): "Vaalimaa is
    # dimensioned for roughly 10 000 travellers a day", "The design capacity of the checkpoint makes 1 000 automobiles
    # in day", "the throughput capacity is increased to 1 000", "30 shelters, which have room for around 8,000"
    r"|(?:dimensioned|sized)\s+for"
    # (branch evr240q) "the steamer, certified for 1,200 passengers, left with 2,150" (round 236), "The throughput of the
    # checkpoint is 2 500 vehicles per day" (round 239): the size of a ship or a post, as the capacities above
    r"|(?:licensed|certified|rated)\s+for"
    r"|(?:capacity|throughput)\s+(?:of\s+(?:the\s+)?(?:[\w\"“”«»’'-]+\s+){1,3}?)?(?:makes|made|is|was|are|were|stands\s+at|amounts\s+to"
    r"|(?:is|was|has\s+been|had\s+been)\s+(?:increased|raised|brought|expanded|lifted)\s+to)"
    r"|(?:have|has|had|having|with)\s+room\s+for"
    # (branch evr376r) room told without a verb, or as space: "Room for 12 people, 1 shower" (a hostel in a forum post, round
    # 373), "a reception point in the communal hall with space for 150 people": a place's size, no one counted
    r"|room\s+for|(?:have|has|had|having|with|is|was)\s+space\s+for"
    # (branch evr236q) the norm a post works to, translated: "The checkpoint by the norm passes 600 cars in a day" (round
    # 235; the capacities of rounds 221-229 above)
    r"|(?:by|according\s+to)\s+(?:the\s+)?norms?\s+(?:passes|pass|handles|processes|lets\s+through|serves)"
    # (branch evr268q) "the ship, of capacity of 1 200 passengers in normal times" (translated, round 267)
    r"|(?:of|with)\s+capacity\s+(?:of|for)"
    # (branch evr360r) what a camp or a hall can hold, told with "can" or "could": "a transit camp ... it can hold 5 000
    # people but has only received a few hundred", "the hall can accommodate 800" (rounds 15, 56, 87, 89, 356), and the
    # beds set up: "a hall has been set up with beds for 3,000": room for people, no one counted
    r"|(?:can|could)\s+(?:(?:now|only|still)\s+)?(?:hold|house|accommodate|shelter|sleep)|beds\s+for"
    # ((branch evr432r) and what a post can pass: "The crossing can handle about 1 500 vehicles a day" (round 430, read as
    # a queue of 1,500), "the terminal can process up to 8,000 passengers" (texts of 26-427): a capacity, no one counted)
    r"|(?:can|could)\s+(?:(?:now|only|still)\s+)?(?:handle|process|serve|clear|let\s+through)"
    # ((branch evr380r) and the most it cannot pass: "warned that the country could not shelter more than 150,000
    # refugees in total" (round 376), "cannot house more than 8,000 people")
    r"|(?:(?:can|could)\s+not|cannot|can[’']t|couldn[’']t)\s+(?:hold|house|accommodate|shelter|sleep)"
    r"|takes|carries|holds|carry",  # "The ferry takes about 40 people per trip" (with "per trip" after: `_PER_TRIP`)
    tail=r"\s+(?:(?:about|around|roughly|some|up\s+to|at\s+most|only|just)\s+)?$",
)
_CAPACITY_BEFORE_NEEDS = words_needed(_CAPACITY_BEFORE)
# "the post handled up to 2,000 cars a day": the most it takes (with "up to" read into the number), not a count
_HANDLED_BEFORE = keywords(
    # ("Thailand could shelter up to 100,000 people if needed": room for people, not people)
    r"handled|handles|(?:can|could)\s+(?:handle|process|shelter|house|host|accommodate|absorb|take\s+in)|processed|processes"
    # (branch evr232q) "halls ... in which can be placed up to 1 500 persons": the room, not people
    r"|(?:can|could)\s+be\s+(?:placed|accommodated|housed|sheltered|lodged)",
    tail=r"\s+$",
)
# (branch evr352r) a part of the people arrested, told after their count in the same clause: "police detained 11
# persons near Blace, among them 3 foreign nationals" (round 351), "detained 6 persons, including 2 citizens of the
# Republic of Moldova" (344), "detained 19 persons, among them 6 Chilean and Bolivian nationals" (295), "arrested 25
# people, 2 of them Lebanese" (the labels of 53, 170, 276, 295, 297, 331, 336, 344 and 351 keep the whole and say the
# part is no row); only where a count stands before the cue in the clause ("arrested about 80 of them" is a count)
_PART_OF_ARRESTED_BEFORE = re.compile(
    r"\b(?:among\s+(?:them|whom|those)|including|incl\.|of\s+(?:them|whom))\s+"
    r"(?:(?:some|about|around|at\s+least|at\s+most|up\s+to|nearly|almost|only)\s+)?\(?$",
    re.IGNORECASE,
)
_PART_OF_ARRESTED_AFTER = re.compile(r"\)?\s+(?:of\s+(?:them|whom|those)|among\s+them)\b", re.IGNORECASE)
_COUNT_IN = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|scores)\b",
    re.IGNORECASE,
)
# (branch evr352r) things seized with the people arrested, in the arrest's clause: "detained four (4) Ethiopian
# nationals at Moyale who were found in possession of two (2) firearms and 120 rounds of ammunition" (round 351;
# "seized 12 rifles", "3 kilograms of heroin"): no people
_THINGS_SEIZED_AFTER = re.compile(
    r"\)?\s+(?:[\w’'-]+\s+)?(?:rounds\s+of\s+(?:ammunition|ammo)|cartridges|bullets|grenades|firearms|pistols|rifles|guns"
    r"|weapons|kilo(?:gram)?s|kg|grams|tonnes|tons|packets|parcels|bags|sacks|litres|liters)\b",
    re.IGNORECASE,
)
# (branch evr352r) a number word with its figure in brackets after it, as statements and legal texts write them: "The
# arrivals are being hosted at three (3) temporary sites" (round 351: read as entries 3), "detained four (4) Ethiopian
# nationals", "twelve (12) injured" (rounds 348, 351 and five texts before): the word is read, by the rules for words
# ("arrested four boatmen" an arrest, "four children" no count), and its figure is no second reading
# (branch evr424r) a weekday's date of the month in brackets after it, as the Brazilian press writes it: "On Tuesday
# (27), 1.240 Venezuelans entered Brazil", "after 860 on Monday (26)" (round 422): the day, no count
_WEEKDAY_THEN_BRACKET = re.compile(rf"(?i:{WEEKDAY_NAME})(?:\s+(?:morning|afternoon|evening|night))?\s*\($")
_BRACKET_CLOSED = re.compile(r"\s*(?:th|st|nd|rd)?\)")
_WORD_THEN_BRACKET = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six"
    r"|seven|eight|nine))?\s+\($",
    re.IGNORECASE,
)
# (branch evr352r) the children, minors or women among a count told before them: "128 Hondurans, among them 37 minors,
# went back" (round 348), "47 people, including 19 children" (264), "The figure, given this morning by the delegate,
# includes some 1,500 minors" (349: read as entries 1,500): a part of the count (the labels keep the whole, no row for
# the part); where a count stands before the cue in the sentence, or the sentence opens on "the figure" or "the total"
_DEMOGRAPHIC_PART_BEFORE = re.compile(
    r"\b(?:including|includes|included|include|among\s+(?:them|whom|those))\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least|up\s+to|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_DEMOGRAPHIC_AFTER = re.compile(
    r"\s+(?:(?:unaccompanied|young|small|new-?born|pregnant|elderly|school-?age|underage)\s+)?"
    r"(?:children|minors|women|men|girls|boys|infants|babies|teenagers|adolescents|elderly|pensioners)\b",
    re.IGNORECASE,
)
_THE_FIGURE_INCLUDES = re.compile(r"\s*(?:The|This|That)\s+(?:figure|total|number|count)\b[^.;]{0,80}?\binclud", re.IGNORECASE)
# (branch evr352r) the number itself after "handled", people from somewhere after it (the verb's entry in `_VERB_WORDS`
# reads the numbers after it, whose text before holds the whole of it)
_HANDLED_PEOPLE_BEFORE = re.compile(
    r"\bhandled\s+(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?$", re.IGNORECASE
)
_PEOPLE_FROM_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:passengers|travell?ers|people|persons|arrivals)\s+(?:on\s+(?:[\w-]+\s+)?flights\s+)?from\b"
)
# people in custody now (a stock), not people arrested
_HELD_AFTER = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,2}?(?:are|is|remain|remained|were\s+still|are\s+still)\s+(?:being\s+)?"
    r"(?:held|kept|locked\s+up|in\s+detention|in\s+custody)\b"
)
_HELD_AFTER_NEEDS = words_needed(_HELD_AFTER)
# "1,500 of the 6,000 people who crossed on Monday were children": who a part of a count was
_PART_OF_WERE = re.compile(
    r"\s+of\s+(?:the|these|those|them)\b[^.;]{0,80}?\b(?:were|are)\s+(?:(?:unaccompanied|young|adult)\s+)?"
    r"(?:children|minors|women|men|girls|boys)\b"
)
# ((branch evr448r) and two words for the children, or the part's share after it: "Of the new arrivals at Pagak this
# week, 1,420 were unaccompanied or separated children" (rounds 447, 389), "Of the entered citizens, 8 120
# persons or 77.5 percent are male citizens" (round 446): who a part of a count is (LABELLING.md: no figure))
_WHO_ADJECTIVE = r"(?:unaccompanied|separated|young|adult|elderly|male|female)"
_WHO_THEY_WERE = re.compile(
    r"\s+(?:(?:persons|people)\s+)?(?:or\s+(?:about\s+|some\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+)?(?:were|are)\s+"
    rf"(?:{_WHO_ADJECTIVE}\s+(?:(?:or|and)\s+{_WHO_ADJECTIVE}\s+)?)?(?:children|minors|women|men|girls|boys|(?:male|female)\b)\b"
)

# "58,000 requested asylum", "96,000 Venezuelan asylum claims": applications, not people moving
_APPLIED_AFTER = re.compile(
    # ((branch evr420r) and refugee status or protection: "1,028 people had applied for refugee status in Mexico" (round
    # 416; LABELLING.md: asylum requests are no figure))
    r"\s*(?:[\w’'-]+\s+){0,2}?(?:requested|applied\s+for|sought|claimed|filed\s+for|lodged)\s+(?:for\s+)?"
    r"(?:asylum|refugee\s+status|(?:international\s+|temporary\s+)?protection)\b"
    r"|\s+(?:[\w’'-]+\s+){0,2}?(?:asylum|protection|refugee|residence)\s+(?:claims|applications|requests|petitions)\b",
    re.IGNORECASE,
)
_APPLIED_AFTER_NEEDS = words_needed(_APPLIED_AFTER)
# "515,000 Afghans could flee the country by the end of the year", "860,000 people expected to flee": a projection;
# "some 250,000 people have applied to leave": a wish to move, not a move
_PROJECTED_AFTER = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,2}?(?:could|may|might|would|will|(?:(?:is|are)\s+)?(?:expected|likely|projected|forecast)\s+to"
    r"|(?:(?:have|has|had)\s+)?(?:applied|asked|registered|signed\s+up)\s+to)"
    r"\s+(?:\w+\s+){0,2}?(?:flee|leave|arrive|cross|enter|return|move|come|deported|expelled|repatriated|returned|sent)\b",
    re.IGNORECASE,
)
_PROJECTED_AFTER_NEEDS = words_needed(_PROJECTED_AFTER)
# "up to 180,000 arrivals by the end of August" (said in early August), "20,000 more by the end of the year": a
# target or a plan, when the end named is still to come (see `_still_to_come`)
_BY_THE_END_OF = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,6}?by\s+the\s+end\s+of\s+(?:the\s+|this\s+)?(?P<end>year|month|summer|autumn|spring"
    rf"|{MONTHS})\b"
)
_END_MONTHS = {"summer": 8, "autumn": 11, "spring": 5} | {
    name: number for number, name in enumerate(calendar.month_name) if name
}
# "600,000 people in Russia are eligible under the Law of Return": who may come, not who came
_ELIGIBLE_AFTER = re.compile(r"\s*(?:[\w’'-]+\s+){0,4}?(?:are|were|is|was|would\s+be|will\s+be)\s+(?:\w+\s+)?eligible\b")
# "Transport from the border to Bardarash takes around 3 hours", "the bus ride to the camp lasts six hours", "the voyage
# took them six days", "The crossing of the gulf, some 300 km, takes 20 hours": a journey (a crossing with a length
# is a voyage, not the border's)
# (branch evr74b) "a bus ride of more than 20 hours", "a journey of two days": the road's length, right before it
_RIDE_OF = keywords(
    r"ride|journey|drive|trip|trek|walk|flight|voyage|sailing",
    tail=r"\s+of\s+(?:(?:more|less)\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+)?$",
)
_JOURNEY_BEFORE = keywords(
    r"transport|transfer|journey|trip|drive|ride|walk|flight|travel|voyage|sailing|passage|from\s+the\s+border\s+to"
    r"|crossing(?=[^.;:]{0,40}?\d\s*(?:km|kilomet(?:re|er)s|miles)\b)",
    tail=r"\b[^.;:]{0,50}?\b(?:takes?|took|taking|lasts?|lasted)\s+(?:them\s+|us\s+|him\s+|her\s+|me\s+)?$",
)
# (branch evr153q) "The 70-km crossing takes about eight hours", "the crossing took about 14 hours against the wind": the
# crossing as a noun (a determiner before it, not "crossing the border took") is a voyage's length, not a wait at a post
# (branch evr364r) the same told in a relative clause: "charge 100 baht a person for the crossing, which takes about
# 10 minutes" (rounds 340, 363): the boat's or raft's time over the river, no wait
_CROSSING_WHICH_TAKES = re.compile(
    r"\bcrossing,\s*which\s+(?:usually\s+|normally\s+|only\s+)?(?:takes?|took|lasts?|lasted)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_THE_CROSSING_TAKES = re.compile(
    r"\b(?:the|a|this|that|each|every|our|their|its)\s+(?:[\w-]+\s+)?crossing\s+(?:itself\s+)?"
    r"(?:takes?|took|taking|lasts?|lasted)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "The crossing takes about 24 hours on the older ships": the voyage, not a wait
_ON_BOARD_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?on\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:ships?|ferr(?:y|ies)|boats?|liners?|steamers?)\b")
# "We drove from Samara in a day": how long the road took, not the wait at the border
_TRAVELLED_IN = keywords(
    r"drove|driven|walked|cycled|rode|travell?ed|flew|came", tail=r"\s+(?:(?:here|all\s+the\s+way)\s+)?from\s+[A-Z][\w’'-]+\s+in\s+$"
)
# "it took them four days to reach the border": a journey's length, not a wait
_JOURNEY_AFTER = re.compile(
    r"\s*[\w’'-]*\s+(?:[\w’'-]+\s+){0,2}?to\s+(?:reach|get\s+to|arrive|travel|walk|drive)\b", re.IGNORECASE
)
# "forty thousand people stranded", "7,000 Afghans were waiting", "600 people, mostly Venezuelans, are now camped",
# "2,000 others were reported to be hiding": right after the count; "3,000 persons remain on the beach at Kagunga
# awaiting transport", "2,000 people spent Wednesday night in the open waiting": staying somewhere, waiting
_WAITING_AFTER = re.compile(
    r"\s*(?:[\w-]+(?:\s+|(?=,))){0,3}?(?:,[^,.;]{0,40},\s*)?(?:(?:were|are|was|is|remain(?:ed)?|been|left)\s+)?"
    r"(?:(?:now|still|also|reportedly|(?:reported|said|believed)\s+to\s+be)\s+)?"
    + keyword_pattern(r"stranded|stuck|waiting|awaiting|queuing|queueing|camped|sheltering|gathered|massed|huddled|lined\s+up|hiding")
    + r"|\s*(?:[\w-]+\s+){0,2}?(?:remain(?:ed|s)?|spent|spend|spending)\b[^.;,]{0,50}?\b(?:awaiting|waiting)\b"
    # ((branch evr400q) past a relative clause of how they came: "some 360 Palestinian refugees who fled Baghdad remain
    # stranded", "about 500 people who had left buses short of the line were waiting", "400 men who had left their cars
    # were waiting on foot" (rounds 177, 246, 399): those waiting, not the clause's leaving)
    + r"|\s+(?:[\w-]+\s+){0,3}?(?:who|that)\s+(?:had\s+|have\s+)?(?:[\w’'-]+\s+){1,7}?(?:were|are|remain(?:ed|s)?)\s+"
    r"(?:(?:now|still|also)\s+)?(?:stranded|stuck|waiting|queuing|queueing|camped)\b"
    # ((branch evr360q) "counted some 600 people on the South Sudanese side of the border post waiting to be screened"
    # (round 359), "between 300 and 400 persons remain on the Honduran side of the Corinto border post, in the
    # community of Corinto, Omoa, waiting to enter Guatemala" (356): a side of the border, then waiting, commas between)
    + r"|\s*(?:[\w-]+\s+){0,2}?(?:(?:were|are|was|is|remain(?:ed|s)?)\s+)?on\s+the\s+(?:[\w’'-]+\s+){1,2}?(?:side|bank)\b"
    r"[^.;:!?]{0,80}?\b(?:waiting|awaiting)\b"
    # ((branch evr520q) with no "waiting" after: "some 2,000 remained on the span, sitting in the sun" (round 416),
    # "between 2 500 and 3 000 persons remained on the bridge, on its Guatemalan and Mexican sections" (521), "about 400
    # persons, most of them on foot, remain on the Russian side before the checkpoint" (522): still on the bridge or
    # on the side they came from, not yet across (not "remain on the territory of Romania", "on the island of Vis")
    + r"|\s*(?:[\w-]+(?:\s+|(?=,))){0,3}?(?:,[^,.;]{0,40},\s*)?remain(?:ed|s)?\s+(?:still\s+)?on\s+the\s+"
    r"(?:bridge|span|[A-Z][\w’'-]+\s+side)\b(?!\s+of\s+the\s+(?:country|territory))"
)
_WAITING_AFTER_NEEDS = words_needed(_WAITING_AFTER)
# "the number of migrants camped under the bridge swelled to 14,000": the count of people waiting, named before it
# (branch evr78b) "in expectation stay more 30 thousand persons", "in anticipation of the crossing are 2,000": a
# translated wait named first
_WAITING_COUNT_BEFORE = keywords(
    r"(?:number|total|count)\s+of\s+(?:[\w-]+\s+){0,2}?(?:stranded|stuck|waiting|camped|sheltering|queuing|queueing)"
    r"|in\s+(?:expectation|anticipation)\b"
    # ((branch evr372r) translated, the verb "stand" right before the count: "At the barrier before the Russian post
    # stand now about 2 000 people on foot", "before the barrier at the moment stand about 400 persons" (rounds 235,
    # 254, 368))
    r"|stand(?:s|ing)?\s+(?:(?:now|still|already|currently|at\s+the\s+moment)\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    tail="",
)


# "1,100 Israelis stranded abroad have come home": "stranded" says who they were, the verb after it what they did
_WAITING_AUXILIARY = keywords(r"were|are|was|is|remain\w*|been|spent|spend\w*")
_MOVED_AFTER = keywords(
    r"(?:have|has|had)\s+(?:(?:now|since|also|already)\s+)?(?:come|returned|crossed|arrived|entered|left|reached|made\s+it)"
)


# "Northbound, towards Russia, only about 70 travelled": the way people go, named before the count
_HEADING_TOWARDS = keywords(r"towards?", tail=r"\s+(?=(?-i:[A-Z]))")
_TRAVELLED_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:travell?ed|went|crossed|headed|journeyed)\b")


def _going_home(context: "_Context", index: int, sentence: tuple[int, int], number: _Number, after: str) -> bool:
    """Whether the sentence sends the people counted "towards" the country they came from."""
    heading = _HEADING_TOWARDS.search(context.doc.text, sentence[0], number.start)
    if heading is None or not _TRAVELLED_AFTER.match(after):
        return False
    named = _mentions_in(context.places[index], heading.end(), number.start)
    return bool(named) and named[0].start == heading.end() and named[0].place.name == context.origin


_SAME_WINDOW = re.compile(r"\bsame\s+(?:\w+\s+)?(?:days|period|time|week|weekend|hours)\b")  # "over the same five days"


def _crossing_just_before(context: "_Context", index: int, quantity: str) -> str | None:
    """The crossing of the report's last figures of `quantity`, if one of the last three is there, in this paragraph or
    the one before."""
    through = [f for f in context.figures[-3:] if f.source == context.doc.path and f.quantity == quantity]
    if through and _is_crossing(context, through[-1].place) and context.paragraph_at(through[-1].start) >= index - 1:
        return through[-1].place
    return None


def _called_up_of(text: str, at: int, end: int | None = None) -> bool:
    """Whether the number at `at` (ending at `end`) is what a call-up calls up: "announced the call-up of 300,000
    reservists", "that 300,000 reservists would be called up", "ordered 300,000 reservists into the army"."""
    if " of " in text[max(0, at - 30) : at] and _CALLUP_OF.search(text, max(0, at - 30), at) is not None:
        return True
    if text.endswith(("up ", "ise ", "ize ", "draft ", "conscript "), 0, at) and _CALLUP_VERB_BEFORE.search(text, max(0, at - 24), at):
        return True  # "announced it would call up 300,000 reservists", "said it will mobilise 300,000 men"
    if end is None or not text.startswith(" reservists", end):
        return False
    # (branch evr204q) "since the decree of 21 September calling up 300,000 reservists, ...", "ordered that 300,000
    # reservists be drafted", "wants 300,000 reservists back in uniform": reservists a call-up named before them in
    # the sentence wants, none of them moving (not "has ordered 300,000 reservists to the front": the order's own
    # object, read as a call-up by its words and dated as said)
    return _RESERVISTS_CALLED.match(text, end) is not None or (
        not text.endswith("ordered ", 0, at)
        and _RESERVISTS_MOVED.match(text, end) is None
        and _CALLUP_CUE_BEFORE.search(text, max(0, at - 150), at) is not None
    )


# a call-up announced as what will be done, its count the object ("said it would call up 300,000"; not "wants to call
# up 300,000", a wish told now, nor "called up, 300 fled")
# (branch evr404r) the men already called up, told in the perfect: "The head of the republic says more than four
# thousand men have been called up" (round 401), "200,000 men had already been called up" (79, 368), "222,000 men had
# already been called up" (367): a tally of the call-up so far, labelled no figure (LABELLING.md labels the target only,
# "how many the state means to call up": "300,000 reservists would be called up" stays)
_CALLED_UP_SO_FAR_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:had|have|has)\s+(?:(?:now|already|so\s+far)\s+)?been\s+(?:called\s+up|mobili[sz]ed|drafted|conscripted)\b"
)
_CALLUP_VERB_BEFORE = re.compile(r"\b(?:would|will)\s+(?:call\s+up|mobili[sz]e|draft|conscript)\s+$")
# the reservists a call-up calls up, said after them (not "300 reservists crossed")
_RESERVISTS_CALLED = re.compile(
    r" reservists\s+(?:would|will|are\s+to|were\s+to)\s+be\s+(?:called\s+up|mobili[sz]ed|drafted|conscripted)"
    r"| reservists\s+into\s+(?:the\s+)?(?:army|armed\s+forces|military|ranks)"
)
# (branch evr204q) a call-up's own words before its reservists ("the decree ... calling up", "ordered ... that")
_CALLUP_CUE_BEFORE = keywords(r"mobili[sz]ation|decree|call(?:ing|ed|s)?[- ]up|ordered|drafted|conscription")
# reservists who moved: "300 reservists crossed", "200 reservists have fled"
_RESERVISTS_MOVED = re.compile(
    r" reservists\s+(?:(?:have|had|has|were|are|who)\s+)?(?:\w+ly\s+)?(?:crossed|fled|left|arrived|entered|came|went|reached"
    r"|gone|come|been|returned|deserted|escaped|landed|flown)\b"
)
# the call-up being ordered in the clause ("Six days after President Putin ordered 300,000 reservists into the army")
# ((branch evr360q) or the order's noun anywhere in the sentence before: "Six days after Putin's decree on 'partial'
# mobilisation, which the Defence Ministry says will call up 300,000 reservists" (rounds 356, 295): the decree's day;
# not a decree read now, "Putin's decree calls up 300,000 reservists" (round 55), dated as said)
# (branch evr500q) the state that calls up, named in a call-up's sentence: its target, not a region's quota
_STATE_CALLING_UP = keywords(
    r"ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry|defen[cs]e\s+minister|Shoigu|Kremlin|Moscow|Putin|President"
)
_CALLUP_ORDERED = keywords(r"ordered|announced|declared|decreed|signed|decree(?!\s+(?:calls|provides|foresees|envisages|says))")


# (branch evr352q) a source's clause between a day opening the sentence and its count: ", according to the police, "
_SOURCE_BETWEEN = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:according\s+to|(?:the\s+)?(?:police|officials|authorities)\s+said)\b"
    r"[^.;:!?\d]{0,80}?,\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?"
)


def _people_waiting(context: "_Context", number: "_Number", clause: tuple[int, int]) -> bool:
    """Whether the count is of people waiting: "7,000 Afghans were waiting", "the number ... camped ... rose to 14,000"
    (not "1,100 Israelis stranded abroad have come home": people who were waiting, counted as they moved)."""
    text = context.doc.text
    waiting = holds_any(context.folded[number.end : clause[1]], _WAITING_AFTER_NEEDS) and _WAITING_AFTER.match(text, number.end, clause[1])
    if waiting and not _WAITING_AUXILIARY.search(text, number.end, waiting.end()) and _MOVED_AFTER.search(text, waiting.end(), clause[1]):
        return False
    return bool(waiting or _WAITING_COUNT_BEFORE.search(text, clause[0], number.start) or _waiting_past_a_list(text, number))


# "at least 500 people on foot, on bicycles and even on scooters were waiting": how they came, listed between the
# count and its verb, runs past the clause's comma
_WAITING_PAST_A_LIST = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:people|men|women|travell?ers|pedestrians)\s+(?:on|in|by|with)\s+[^.;:!?\d]{0,80}?"
    r"\b(?:were|are)\s+(?:still\s+|now\s+)?(?:waiting|queu\w*|stuck|stranded|camped)\b"
)


def _waiting_past_a_list(text: str, number: "_Number") -> bool:
    """Whether a list of ways of coming ("on foot, on bicycles") stands between the count and "were waiting"."""
    return text.find("waiting", number.end, number.end + 140) >= 0 and bool(_WAITING_PAST_A_LIST.match(text, number.end))


_GROUP_OF = re.compile(
    r"\s*(?:of|among)\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:arrivals|refugees|migrants|people|travell?ers|newcomers|evacuees|[A-Z][a-z]+(?:ans|ians|ns|is|ese))\b"
)
# "2,500 of them men of fighting age", "of whom 40% were children": a breakdown, not a movement
_ISSUED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:issued|granted|approved|submitted|filed|lodged)\b")
_DOCUMENT_WORDS = keywords(r"permits?|visas?|passports?|applications?|requests?|documents?|identification\s+numbers?|residency")
_PART_BY_WHO = re.compile(
    r"\s*(?:of|among)\s+(?:them|whom|those|these)\s+(?:(?:were|are|was|is)\s+)?(?:(?:adult|young|elderly|unaccompanied)\s+)?"
    r"(?:men|women|children|boys|girls|minors|adults|students|pensioners|the\s+elderly)\b",
    re.IGNORECASE,
)
_PART_BY_WHO_LABEL = re.compile(
    r"\s*(?:[-•*–]\s*|\d{1,2}[.)]\s+)?(?:of\s+(?:whom|which|them|these)|among\s+them|including)\s+"
    r"(?:(?:adult|young|elderly|unaccompanied)\s+)?(?:men|women|children|boys|girls|minors|adults|the\s+elderly)\b[^:\n]{0,40}:\s*$",
    re.IGNORECASE,
)
_OF_WHOM_BEFORE = re.compile(  # ("Of these, 1,240 are Yemeni nationals")
    r"\b(?:of|among)\s+(?:whom|them|those|these),?\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.IGNORECASE
)
_OF_WHOM_BEFORE_NEEDS = words_needed(_OF_WHOM_BEFORE)
# (branch evr400r) the second of two parts named by who they are, after the first: "among them 3,610 Syrians and
# 1,710 Lebanese", "of whom 2,900 Congolese and 1,300 Zambians" (round 394; LABELLING.md: such parts are no figure)
# ((branch evr448r) the first part with its verb too: "Of these, some 38,000 are Egyptians and about 21,000 Tunisians
# returning home" (round 444, read as exits 21,000))
# ((branch evr512r) and after a clause of who came with its verb: "Among those who left were 1 370 women and 655 minor
# children" (round 514, the children read as departures; the first part as `_OF_THOSE_WHO_BEFORE` reads it))
_SECOND_PART_BY_WHO_BEFORE = re.compile(
    r"\b(?:[Oo]f|[Aa]mong)\s+(?:whom|them|those|these)(?:\s+who\s+(?:[\w’'-]+\s+){1,4}?(?:there\s+)?(?:are|were))?,?\s+"
    r"(?:(?:some|about|around|nearly)\s+)?\d[\d,. ]*\s+"
    r"(?:(?:are|were)\s+)?(?:(?:adult|young|elderly|foreign|unaccompanied)\s+)?(?:nationals|citizens|men|women|children|minors"
    r"|[A-Z][a-z]+(?:ians?|ans?|ese|is|ish|ch|ns))\s*(?:,|and)\s+(?:(?:some|about|around|nearly|another)\s+)?$"
)
# (branch evr420r) a partitive on a clause of who came, then the part: "Of those who entered, 9 830 citizens of the
# Russian Federation", "Among the Russians who crossed on Monday, 1,200 were women" (rounds 416, 407, 375, 247, 217
# open sentences so; only the part named by who its people are is dropped, not "about 4,500 remain on the island")
# ((branch evr512r) and with the verb for the comma: "Among those who entered are 4.220 unaccompanied minors", "Among
# those who left were 1 370 women", "Among those who entered there are 48 900 men" (rounds 508, 513, 514: read as
# entries or departures, against LABELLING.md's parts named by who their people are))
_OF_THOSE_WHO_BEFORE = re.compile(
    r"\b(?:[Oo]f|[Aa]mong)\s+(?:those|the\s+[\w-]+)\s+who\s+(?:[\w’'-]+\s+){0,7}?[\w’'-]+"
    r"(?:,|\s+(?:there\s+)?(?:are|were))\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?$"
)
# (branch evr420r) a part named by the papers its people held: "6,912 held an Estonian residence permit", "2,305 a
# long-stay D-visa", "of whom 800 had humanitarian visas"
_PART_BY_DOCUMENT_AFTER = re.compile(
    r"\s+(?:(?:held|had|carried|holding|with)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:[\w-]*visas?|(?:residence|work|temporary|humanitarian)\s+permits?|passports?)\b"
    # (the papers close the part: not "260 humanitarian-visa holders have crossed", nor "41 came on humanitarian visas",
    # round 332's labelled figures)
    r"(?=\s*(?:[,;.)]|and\b|or\b|each\b|issued\b|$))"
)
_AMONG_THE_COUNTED = re.compile(
    r"\b(?:among|of)\s+(?:the|these|those)\s+(?:new\s+|latest\s+|recent\s+)?(?:arrivals|refugees|newcomers|returnees|new\s+arrivals)"
    r"\s+(?:are|were|is|was)\s+(?:some\s+|about\s+|around\s+|nearly\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_AMONG_THE_COUNTED_NEEDS = words_needed(_AMONG_THE_COUNTED)
_WHO_THEY_ARE = re.compile(
    r"\s+(?:are|were|was|is)\s+(?:(?:[A-Z][a-z]+|adult|young|elderly|foreign|third-country)\s+)?"
    r"(?:nationals|citizens|passport\s+holders|men|women|children|minors|[A-Z][a-z]+(?:ans|ians|ns|is|ese))\b"
)
# "of them 61 thousand Egyptian", "among them 300 children": the part named by who its people are, no verb between
_WHO_NAMED = re.compile(
    r"\s+(?:(?:adult|young|elderly|foreign|unaccompanied|minor)\s+)?(?:nationals|citizens|men|women|children|minors"
    r"|[A-Z][a-z]+(?:ians?|ans?|ese|is|ish|ch|ns))\b(?!\s+(?:have|had|has|were|are|was|is)?\s*(?:crossed|arrived|entered|fled|left|gone|returned|stayed|remain))"
    # ((branch evr408r) nor a nationality then its noun, then the verb: "Of these, 181.700 Ukrainian citizens have left
    # Romania" (round 407) counts a part that left, as "Of these, 181.700 have left Romania" does)
    r"(?!\s+(?:citizens|nationals|people|persons|refugees)\s+(?:(?:have|had|has|were|are|was|is)\s+)?(?:(?:already|since|also|now)\s+)?"
    r"(?:crossed|arrived|entered|fled|left|gone|returned|departed|travell?ed|moved\s+on))"
)
# a list item whose label opens with a plural noun that is no people, vehicles or place: "Boats intercepted: 3"
_THINGS = (
    r"(?:[A-Z][a-z]+\s+)?(?:Boats|Vessels|Ships|Flights|Tonnes|Tons|Meals"
    r"|Tents|Shelters|Camps|Incidents|Operations|Attempts|Applications|Seizures|Cases|Kits|Items|Parcels|Planes)\b"
)
_THING_LABEL = re.compile(rf"\s*(?:[-•*–]\s*|\d{{1,2}}[.)]\s+)?{_THINGS}[^:\n]{{0,80}}:\s*$")
_THING_CELL = re.compile(_THINGS)  # a table's header cell "Boats detected": its column counts things
# (branch evr508r) a table's header cell that names a currency: "| Route | Fare, roubles | Fare, US$ | First free seats |"
# (round 511: ten rows, the fares in roubles and in dollars read as entries at the route's end; its cells hold no
# currency's sign, so no rule for prices sees them), "| Route | Avg one-way, USD | Avg one-way, RUB |" (round 390, there
# with "$" in the dollars' cells): its column holds prices, no people; a fare's column in dollars is the fare
_MONEY_CELL = re.compile(
    r"(?P<usd>\b(?:US\s?)?dollars?\b|(?-i:\bUSD\b|US\$)|(?<!\w)\$)"
    r"|\b(?:roubles?|rubles?|tenge|lari|drams?|euros?|liras?|manats?|hryvnias?)\b|(?-i:\b(?:RUB|KZT|GEL|AMD|EUR|TRY|AZN|KGS|UZS|UAH)\b)",
    re.IGNORECASE,
)
_FARE_CELL = re.compile(r"\b(?:fares?|prices?|costs?|one-way|tickets?|economy)\b", re.IGNORECASE)
_PART_CELL = re.compile(r"(?:of\s+(?:whom|which|them)|including|among\s+them)\b", re.IGNORECASE)
_DAYS_IN_A_ROW = keywords(r"(?:straight|consecutive|successive)\s+(?:days?|weeks?)|days?\s+in\s+a\s+row", tail=r"\s+$")
# ("two daughters aged 5 and 8", "children aged 7, 10 and 13": the ages after the first too)
# ((branch evr88b) "men of call-up age (18 to 35 in one version, 18 to 65 in another)": the ages in its brackets)
_AGED = keywords(
    r"aged|ages|age|between the ages of",
    tail=r"(?:\s+(?:of\s+)?(?:\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s+and\s+)?|\s*\((?:[^()]{0,60}?[,;]\s*)?)$",
)
_AGED_NEEDS = words_needed(_AGED)
# "a young man of 19", "a mother of 45", "a family of 12": one person's age or one household's size ((branch evr204q)
# "we have had men of 19 and men of 58 on the plane": the ages of the men, each)
_ONE_OF = keywords(
    r"man|woman|men|women|boy|girl|mother|father|son|daughter|widow|widower|teenager|student|pensioner|grandmother|grandfather|family",
    tail=r"\s+of\s+$",
)
_CARRYING_COUNT_BEFORE = re.compile(r"\d\s+(?:[\w’'-]+\s+){0,2}?(?:in|aboard|on\s+board)\s+$")
_SEX_BEFORE = keywords(r"men|women|males|females", tail=r"\s+$")  # before a range of ages
_CHILDREN_BEFORE = keywords(r"children|minors|boys|girls|infants|babies", tail=r"\s+$")  # "children under 5": an age
_CLOCK_AFTER = re.compile(  # ("at 8 hours of morning", "at 20 hours in the evening": the clock, translated)
    r"\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|:\d\d\b|\s*hours?\s+(?:of|in)\s+(?:the\s+)?(?:morning|evening|night)\b", re.IGNORECASE
)
_CLOCK_AFTER_OPENS = opening_characters(_CLOCK_AFTER)
# (branch evr364r) a military clock time, four digits and "hours": "at 2400 hours", "from 0600 hours", "until 1800 hrs"
_MILITARY_CLOCK = re.compile(r"(?:[01]\d|2[0-4])[0-5]\d")
_MILITARY_CLOCK_AFTER = re.compile(r"\s*(?:hours|hrs)\b(?!\s+(?:a|per|each|of|in\s+(?:a|the)\s+queue)\b)", re.IGNORECASE)
_MILITARY_CLOCK_BEFORE = keywords(r"at|by|until|till|from|since|before|after|between|and|to", tail=r"\s+$")
_OF_THESE = re.compile(r"\s*(?:Of|Among)\s+(?:these|them|those|whom)\b")
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
# (branch evr484r) vehicles turned back: the verb just before the count, or after it with "were"
_VEHICLES_TURNED_BACK_BEFORE = re.compile(
    r"\bturn(?:ed|s|ing)?\s+(?:back|away)\s+(?:(?:more\s+than|about|some|over|nearly|almost|around|at\s+least)\s+)?$"
)
_VEHICLES_TURNED_BACK_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:(?:also|later|then)\s+)?"
    r"(?:turned\s+(?:back|away)|refused\s+(?:entry|exit|passage)|denied\s+(?:entry|exit|passage)|sent\s+back)\b"
)
# (branch evr484r) a queue or a wait at an office in town, where people line up for papers or money, not at a border:
# "On 27 September up to 600 people stood in line at the PSC of the Bostandyk district of Almaty, and applicants waited
# 6-7 hours", "the average waiting time at PSCs is 40 minutes in Almaty" (round 480: five rows, a count of people and
# four waits), "Outside the Ameriabank branch on Northern Avenue about 150 people stood in line on Thursday to open
# accounts" (round 283, read as 150 departures); the office named within 100 characters of the number, a word of
# waiting as near, and no border, checkpoint or crossing in the sentence (a consulate or embassy is left out: a line
# outside one is also told as people trying to leave, and a migration office may stand at the border post itself)
_OFFICE_QUEUED_AT_NEEDS = ("psc", "service", "tson", "bank")  # (the gate: a word each match holds)
_OFFICE_QUEUED_AT = re.compile(
    r"\b(?:[Aa]t|[Oo]utside|[Ii]n\s+front\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:PSCs?|TsONs?|(?i:public\s+service\s+cent(?:re|er)s?)|\w*bank\s+branch(?:es)?|\w*bank\s+head\s+office)\b"
)
_OFFICE_WAIT = re.compile(r"(?i)stood\s+in\s+line|in\s+(?:the\s+)?line\b|queu\w*|wait\w*")
# (the number counts those in the line or tells the wait: "600 people", "6-7 hours", "40 minutes")
_QUEUED_OR_WAITED_AFTER = re.compile(r"\s*(?:people|persons|applicants|men|women|Russians|hours|minutes|mins|hrs)\b")
_BORDER_WORDS = re.compile(r"(?i)\b(?:border|checkpoints?|crossings?|frontier|customs)\b")


def _office_queue(context: "_Context", sentence: tuple[int, int], number: "_Number") -> bool:
    """Whether the number counts people queuing, or tells their wait, at an office in town (see _OFFICE_QUEUED_AT)."""
    start, end = max(sentence[0], number.start - 100), min(sentence[1], number.end + 100)
    if not holds_any(context.folded[start:end], _OFFICE_QUEUED_AT_NEEDS):
        return False
    text = context.doc.text
    if not _QUEUED_OR_WAITED_AFTER.match(text, number.end, end):
        return False  # ("the decree under which 300,000 reservists are to be called up, the queue outside the Public
        # Service Centre ...": another count in the sentence, round 170)
    office = _OFFICE_QUEUED_AT.search(text, start, end)
    return (
        office is not None
        and _OFFICE_WAIT.search(text, start, end) is not None
        and _BORDER_WORDS.search(text, sentence[0], sentence[1]) is None
    )
_PART_DASHES = ("—", "–", "-", ":")
_OF_OPENINGS = ("Of ", "Among ")
_POST_BOX_BEFORE = re.compile(r"\b(?:P\.?\s?O\.?\s+|Post\s+Office\s+|Postal\s+)?Box\s+(?:No\.?\s*)?$")
# (branch evr240q) a part's crossing and the dash or colon before its count: "through the checkpoint "Brest" (Warsaw
# bridge) — ", "via Veran: "
_PART_THROUGH_BEFORE = re.compile(r"\b(?:through|via)\s+[^.;]{1,80}?(?:\s[—–-]|:)\s*$")
_LOCATED_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|have\s+gone|went|have\s+stayed|remain|stayed)\s+)?(?:now\s+)?(?:in|to|into)\s+(?:the\s+)?(?=[A-Z])"
)
_COUNTED_BEFORE = keywords(r"counted|recorded|logged|tallied|reported", tail=r"\s+$")
_AVERAGE_OF = keywords(r"(?:daily|weekly)\s+average\s+of|average\s+of", tail=r"\s+$")
# (", on the day before yesterday - 2 thousand 65 persons": a dash before the number elides the verb, translated)
_WITH_ANOTHER = re.compile(r",\s*(?:with|while|whereas)\s+(?:[a-z]+\s+){0,2}\d")
_TIME_OF_NEXT = re.compile(  # "on Monday - 2,065", "on Monday - about 2,065", "by the same time left 2 thousand 900" (translated)
    r"\s(?:[-–—]|(?:left|exited|entered|arrived|came|crossed|returned)(?=\s))\s*(?:[a-z]+\s+){0,2}\d"
)
# (branch evr444q) a count of its own right after a time: "on Friday to 8,830", "on Friday: 8,830", "on Friday 8,830"
_COUNT_OF_NEXT = re.compile(r"\s*(?:to|:|[-–—])?\s*(?:about|some|around|nearly|almost|over|more\s+than|just\s+over)?\s*\d")
# (branch evr444q) only a comma and a hedge between an opening time and its count: "On Sunday July 10, about 35,000"
_OPENING_TIME_COMMA = re.compile(r"\s*,\s*(?:(?:about|some|around|nearly|almost|over|roughly|an\s+estimated|more\s+than)\s+)?")
# ((branch evr524q) up to five words between, not four: "1 163 ... entered through Altanbulag and 318 through
# Tsagaannuur, the largest number in a single day since the mobilization was announced" (round 524: the 318 read from
# the mobilization to publication; as "the most this year", round 440, and "the highest number for a single day since",
# rounds 502, 515))
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:most|highest|largest|biggest|busiest|lowest|fewest|greatest|record)\b(?:\s+[\w-]+){0,5}\s+(?:for\s+|in\s+|of\s+)?$",
    re.IGNORECASE,
)
_EVENT_WINDOW = re.compile(r"(?:after|since|following)\s+(?:the|its|his|her|their)\s", re.IGNORECASE)
_SUBCLAUSE_BETWEEN = re.compile(r"\b(?:after|when|that|which|who|whom|because|before|until|while|as)\s", re.IGNORECASE)
_SAME_TIME_WORDS = re.compile(r"\b(?:same|time|then|meanwhile|period)\b", re.IGNORECASE)
_AND_THEN = re.compile(r",\s*(?:and|while|whereas)\s$|\s[-–—]\s$")
# (branch evr197q) a transcript's speaker and the words spoken: "CORRESPONDENT: The Syrian Red Crescent has tents ...":
# no list item whose count the next turn's numbers carry on
_SPEAKER_TURN = re.compile(r"\s*[A-Z][A-Z .’'-]{2,40}(?:\s*\([^)\n]{1,60}\))?:\s+(?:[A-Z][a-z’']*|I)\s+[a-z]")
# ((branch evr236q) a crossing's other name in brackets before the colon, "- Nuijamaa (Brusnichnoye): 2 361", and a
# bulleted name with its number alone after it, no colon, "- Vaalimaa 25 310" (rounds 214, 232: a release's arrivals
# by crossing point))
_LIST_ITEM = re.compile(
    r"\s*(?:[-•*]\s*|\d{1,2}[.)]\s+)?[A-Z][\w .’'-]{1,80}:\s"
    # (branch evr408r) a bulleted item's name with its county or region in brackets, and a word on the way after:
    # "- Siret (Suceava county): 14.210", "- Isaccea (Tulcea county), by ferry from Orlivka: 2.930" (round 407)
    # ((branch evr468r) numbered too, a comma in the brackets and the count right after the colon: "1. Medyka - Shehyni
    # (road and pedestrian crossing, Podkarpackie Voivodeship): 25 300 persons;" (round 466: it and the items after it
    # not read; a contact's "6. CONTACTS. Consular duty officer (24 hours): (243) 12 34775" no item, round 203))
    r"|\s*[-•*]\s*[A-Z][\w .’'-]{1,60}\s\([\w .’'-]{1,40}\)(?:,\s[\w .’'-]{1,40})?:\s"
    r"|\s*\d{1,2}[.)]\s+[A-Z][\w ’'-]{1,60}\s\([\w .’'-]{1,40}(?:,\s[\w .’'-]{1,40})?\):\s(?=\d)"
    # ((branch evr464r) and a bulleted name with a word on the way after a comma, brackets in it: "- Záhony railway
    # station, on 6 trains from Chop (Csap): 4 216 persons;" (round 460: it and the items after it not read),
    # "- Vainikkala railway station, Allegro trains from St Petersburg: 536" (round 232))
    r"|\s*[-•*]\s*[A-Z][\w .’'-]{1,60},\s[\w .’'()-]{1,60}:\s"
    # and a dash for the colon before the count: "• Palanca — 3.412 persons" (round 281)
    r"|\s*[•*]\s*[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){0,2}\s[—–]\s(?=\d)"
    r"|\s*[-•*]\s*[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,2}(?::?\s+|\s\([\w .’'-]{1,60}\):\s+)(?=\d{1,3}(?:[ ,]\d{3})*\s*$)"
    # ((branch evr424r) and an item by day with no bullet: "27 September - 10,912" (`DATED_ITEM`, rounds 329, 420))
    r"|" + DATED_ITEM.pattern.replace("(?i)", "(?i:", 1) + ")"
    # ((branch evr468r) and the same after a bullet: "- Friday 13.11.2015 ........ 298" (round 467), "- 28.09.2022 - 10 412
    # persons, 2 986 light automobiles;" (round 218))
    r"|\s*[-•*–]\s+" + DATED_ITEM.pattern.replace("(?i)", "(?i:", 1) + ")"
    # ((branch evr480r) and numbered, as the places of round 468 are: "1. Monday, April 21 ........ 48 persons (2
    # vessels)" (round 479: the five days of a list of landings by day not read, lost for want of a lead-in; the same
    # items with a bullet, round 467, or a numbered place, round 468, were read))
    r"|\s*\d{1,2}[.)]\s+" + DATED_ITEM.pattern.replace("(?i)", "(?i:", 1) + ")"
    # ((branch evr472r) and a numbered or bulleted place with leader dots to its count: "1. Vaalimaa .......... 1 610"
    # (round 468: the five items of a list by crossing point not read; the same dots after a day, "- Friday 13.11.2015
    # ........ 298", round 467, are `DATED_ITEM`'s; the name's words hold no dot, so that the dots end it. Not an item
    # with no bullet, "Andau (Einser canal) ........ 2.400", "West Bengal ........ 27,30,000" (round 463): dropped as
    # headings, and read they took the lead-in's day and the state's country, against their labels)
    r"|\s*(?:[-•*]\s*|\d{1,2}[.)]\s+)[A-Z][\w’'()-]*(?:\s[\w’'()-]+){0,4}\s?\.{4,}\s*(?=\d)"
    # ((branch evr500r) and a place with no bullet, quoted or not, its leader dots to its count: "  Masnaa
    # ........ 198 300", "\"Kairak\" (West Kazakhstan region) ........ 57 215" (rounds 474, 479, 485, 500); kept
    # by the document's reader only when its name names a place (`_LEADER_ITEM` in document.py))
    r"|\s*\"?[A-Z][\w’'()-]*\"?(?:\s[\w’'()-]+){0,4}\s?\.{4,}\s*(?=\d)"
    # ((branch evr504r) and a place with no bullet, a bracket after it or not, a spaced dash to its count: "Terehova
    # (Latvian-Russian border) - 412", "Novosibirsk (Tolmachevo) - 8 120 passengers" (rounds 497, 507); kept by the
    # document's reader only when its name names a place (`_PLACE_ITEM` in document.py))
    r"|\s*[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2}(?:\s\([^()\n]{1,60}\))?\s[-–—]\s(?=\d)"
)
_LEAD_IN_LINES = 60  # a list or table may run to dozens of lines
# (branch evr408r) a lead-in that names the crossings a list goes through and no count of its own: "The highest values
# were recorded at the following border crossing points:", "The busiest crossing points:", "By checkpoint:" (rounds 407,
# 281): its items share out the count told just before it (`_classify`)
_POSTS_LEAD_IN = re.compile(
    r"\b(?:(?:border\s+)?crossing\s+points?|(?:border\s+)?crossings|checkpoints?|check-points?|border\s+(?:posts?|points?)"
    r"|points?\s+of\s+entry|ports?\s+of\s+entry|entry\s+points?)\b[^:]{0,60}:\s*$",
    re.IGNORECASE,
)


class _LeadIn(NamedTuple):
    text: str  # the words that say what the items count: the colon line, or the header cell and the line above the table
    start: int  # where the lead-in starts (-1 if none)
    header: str = ""  # a table's header cell above the number (a place, in a table with dates in its rows)
    dated: tuple[int, int] = (-1, -1)  # a header cell above the number that is a date or period ("7-13 March")


_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# a header cell that is nothing but a day, a span of days or a month: "7-13 March", "28 Feb - 6 Mar", "March 7-13"
_DATE_CELL = re.compile(
    rf"\s*(?:(?:\d{{1,2}}\s*(?:{_MONTH_WORD})?\s*(?:[-–]|to)\s*)?\d{{1,2}}\s*{_MONTH_WORD}"
    rf"|{_MONTH_WORD}\s*\d{{1,2}}(?:\s*(?:[-–]|to)\s*(?:{_MONTH_WORD}\s*)?\d{{1,2}})?|{_MONTH_WORD})"
    r"(?:,?\s+\d{4})?\s*",
    re.IGNORECASE,
)


def _cell_span(line: str, line_start: int, column: int) -> tuple[int, int] | None:
    """Where the cell after the `column`-th bar of a table line lies in the text (None if the line has no such cell)."""
    bar = -1
    for _ in range(column):
        bar = line.find("|", bar + 1)
        if bar < 0:
            return None
    end = line.find("|", bar + 1)
    return (line_start + bar + 1, line_start + (end if end >= 0 else len(line)))


_NO_LEAD_IN = _LeadIn("", -1)


def _heading_above(text: str, start: int) -> str:
    """The line above `start` (blank lines skipped) when it is a heading: no closing stop, no table row."""
    cursor = start
    while cursor > 0:
        line_start = text.rfind("\n", 0, cursor - 1) + 1
        line = text[line_start : cursor - 1].strip()
        if line:
            return "" if line.endswith((".", ":", "?", "!")) or table_row(line) else line
        cursor = line_start
    return ""


class _PlainLines:
    """Runs of lines that `_lead_in`, walking up a list or table, reads nothing from: with nothing found
    yet, blank lines, rows with a number (and no date in the column read) and items of a list; with a
    header cell found (column -1), blank lines and rows with a number. Counted once per line and column, so that the rows of a long table and the items of a long list skip
    the rows above them at once instead of reading up to `_LEAD_IN_LINES` of them for every number
    (a megabyte of table rows took 15 s)."""

    def __init__(self, text: str):
        self.text = text
        self.newlines = [match.start() for match in _NEWLINE.finditer(text)]
        self.runs: dict[tuple[int, int], int] = {}  # (line, column): plain lines ending with it, going up

    def skip(self, cursor: int, column: int, most: int) -> tuple[int, int]:
        """(how many, at most `most`, plain lines stand right above `cursor`, the cursor above them)."""
        line = bisect.bisect_left(self.newlines, cursor) - 1
        count = min(self._run(line, column), most) if line >= 0 else 0
        if not count:
            return 0, cursor
        top = line - count + 1
        return count, self.newlines[top - 1] + 1 if top > 0 else 0

    def _run(self, line: int, column: int) -> int:
        """Plain lines ending with line `line` (an index into `newlines`), going up (fewer past `_LEAD_IN_LINES`)."""
        first, passed = line, []
        while line >= 0 and (line, column) not in self.runs and len(passed) < _LEAD_IN_LINES:
            if not self._plain(line, column):
                self.runs[line, column] = 0
                break
            passed.append(line)
            line -= 1
        run = self.runs.get((line, column), 0) if line >= 0 else 0
        for at in reversed(passed):
            run += 1
            self.runs[at, column] = run
        return self.runs[first, column]

    def _plain(self, line: int, column: int) -> bool:
        """Whether `_lead_in` reads nothing from the line: with no header found and no rule below it, or
        with a header found (column -1); see there."""
        start = self.newlines[line - 1] + 1 if line else 0
        raw = self.text[start : self.newlines[line]]
        stripped = raw.strip()
        if not stripped:
            return True
        if stripped.endswith(":"):
            return False
        if table_row(stripped):
            cell = _cell_span(raw, start, column) if column > 0 else None
            return bool(_DIGIT.search(stripped)) and not (cell and _DATE_CELL.fullmatch(self.text, *cell))
        return column >= 0 and bool(_LIST_ITEM.match(stripped))


_NEWLINE = re.compile("\n")


_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a line of aligned columns: words one space apart


def _aligned_cell(text: str, lead_start: int, number: "_Number") -> str:
    """(branch evr512q) The header of the column a number stands in, in a table of columns aligned by spaces (no bars):
    the header line's cell (cells two or more spaces apart) whose characters overlap the number's most ("" if none, or
    the header line is no such line)."""
    line_end = text.find("\n", lead_start)
    header = text[lead_start : line_end if line_end >= 0 else len(text)]
    if "|" in header or "  " not in header.strip():
        return ""
    row_start = text.rfind("\n", 0, number.start) + 1
    if "|" in text[row_start : number.start]:
        return ""
    first, last = number.start - row_start, number.end - row_start
    best, most = "", 0
    for cell in _ALIGNED_CELL.finditer(header):
        overlap = min(cell.end(), last) - max(cell.start(), first)
        if overlap > most:
            best, most = cell.group(0), overlap
    return best


def _lead_in(text: str, sentence: tuple[int, int], position: int, plain: _PlainLines | None = None) -> _LeadIn:
    """What introduces the list or table that this sentence is an item or row of: the line ending
    in a colon before the list, or the table's header cell above the number at `position` together
    with the line above the table. `plain` skips the rows and items above with nothing to read."""
    line_start = text.rfind("\n", 0, sentence[0]) + 1
    line_end = text.find("\n", sentence[0])
    row = text[line_start : line_end if line_end >= 0 else len(text)]
    if not (_LIST_ITEM.match(row) or table_row(row)):
        return _NO_LEAD_IN
    column = row.count("|", 0, position - line_start)
    cursor, header, below_rule = line_start, None, False
    walked = 0
    while walked < _LEAD_IN_LINES:
        if plain is not None and (header is not None or not below_rule):
            skipped, cursor = plain.skip(cursor, column if header is None else -1, _LEAD_IN_LINES - walked)
            walked += skipped
            if walked == _LEAD_IN_LINES:
                break
        walked += 1
        previous_end = text.rfind("\n", 0, cursor)
        if previous_end < 0:
            break
        previous_start = text.rfind("\n", 0, previous_end) + 1
        line = text[previous_start:previous_end].strip()
        cursor = previous_start
        if not line:
            continue  # a blank line between the lead-in and its list
        on_rule, below_rule = below_rule, set(line) <= set("|-: ")
        if line.endswith(":"):
            if header:  # "The agency gave these figures for 23-30 September:" above "| Crossing | People crossed |"
                return _LeadIn(f"{header.text} / {line}", header.start, header.header, header.dated)
            return _LeadIn(line, previous_start)
        if table_row(line) and not _DIGIT.search(line):
            cells = line.strip("| ").split("|")
            if column and len(cells) >= column and not set(line) <= set("|-: "):
                header = _LeadIn(cells[column - 1].strip(), previous_start, cells[column - 1].strip())
            elif not column and not header and "|" not in line:  # "Country   Entries   Reported by" over aligned columns
                header = _LeadIn(line, previous_start)
        elif table_row(line) and column and not header:
            # "| Crossing | 7-13 March | 14-20 March |": a header row whose cells are the columns' periods
            raw = text[previous_start:previous_end]
            cell = _cell_span(raw, previous_start, column)
            if cell and _DATE_CELL.fullmatch(text, *cell):
                header = _LeadIn(text[slice(*cell)].strip(), previous_start, "", cell)
            elif cell and on_rule:  # "| County | New arrivals | Cumulative since 28 Nov 2010 |" over its rule: each
                # column dated by its own cell alone
                header = _LeadIn(text[slice(*cell)].strip(), previous_start, text[slice(*cell)].strip(), cell)
        elif not table_row(line) and (header or not _LIST_ITEM.match(line)):
            if header:  # the line above a table says what its cells count: "Figures are entries from Ukraine"
                # (a note with no number between the table and its title: the title too, last, as it dates the table)
                title = _heading_above(text, previous_start) if line.endswith(".") and not _DIGIT.search(line) else ""
                said = f"{header.text} / {line}" + (f" / {title}" if title else "")
                return _LeadIn(said, header.start, header.header, header.dated)
            if (
                _LIST_ITEM.match(row)
                and _DIGIT.search(line)
                and _ANY_VERB.search(line)
                and line.endswith(".")
                # (branch evr344r) not a transcript's turn, "CORRESPONDENT: Water is the biggest problem ... a 20-litre
                # jerrycan", under a turn that gave a count: no item of its list, its sizes and prices no parts of the
                # count (rounds 115, 174, 188, 199, 200, 205, 211, 230, 305, 309, 317, 341)
                and not _SPEAKER_TURN.match(row)
            ):
                # "The UN says 20,000 people crossed into Chad last week." above "- Adre: 4,500": the items are its parts
                return _LeadIn(line, previous_start)
            break
    return header or _NO_LEAD_IN


# what the people counted had fled, said of them before the clause's own verb: "people fleeing fighting in
# Darfur have reached", "Mozambicans who fled violence ... were returned"
_FLEEING_MODIFIER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:fleeing|escaping|(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:fled|escaped))\b"
)


# a relative clause of what people had done, then what was done to them: "who had reached the valley at Cukurca
# were pushed back", "that crossed on Monday were later deported"
_WHO_THEN_SENT_BACK = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:who|that)\s+(?:had\s+|have\s+|has\s+)?[^.;,]{0,80}?\b(?:were|was|have\s+been|had\s+been)"
    r"\s+(?:(?:later|then|also|quickly|immediately|soon)\s+)?"
    r"(?=(?:pushed|forced|sent|driven|turned|taken)\s+back|deported|expelled|returned|repatriated)"
)
# "About 140 Chileans who had crossed went back over the pass": the way they came in a relative clause, then back
_WHO_HAD_COME_THEN_BACK = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:who|that)\s+had\s+(?:crossed|come|arrived|entered|fled)\b[^.;,]{0,40}?\s+"
    r"(?=(?:went|gone|headed|turned|crossed|come)\s+back\b|returned\b)"
)
# (branch evr83b) "180 Russians who arrived since Saturday have already flown on from Abu Dhabi": those who came, then
# what they did next, as "480 of those who arrived ... have already left" ((branch evr448q) up to five words before
# "who": "about 11 900 citizens of the Russian Federation who arrived through the checkpoints ... have left", round 444)
_WHO_CAME_THEN_LEFT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,5}?(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:arrived|came|entered|crossed|landed)\b[^.;,]{0,60}?"
    r"\b(?:have|has|had)\s+(?:(?:already|since|now|also)\s+)?(?=left|gone|departed|moved\s+on|flown|flew)"
)
# (branch evr424q) the same with the clause's verb in the past perfect and the main verb in the simple past, no
# auxiliary: "3,050 people who had come in from Serbia left the country by rail", "about 900 travellers who had
# landed in Dubai flew on to Bangkok" (rounds 369, 421 (two texts)): what they did next, out
_WHO_HAD_COME_THEN_LEFT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,5}?(?:who|that)\s+had\s+(?:arrived|come|entered|crossed|landed)\b[^.;,]{0,60}?"
    r"\s(?<!\bthey\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bwho\s)(?<!\bwe\s)(?<!\band\s)"
    r"(?=(?:left|departed)\b|(?:flew|flown|moved|travell?ed)\s+on(?:ward)?\b)"
)
# a part of those counted before, then what the part did: "480 of those who arrived since the decree have already
# left", "a third of those who came in May have gone home"
_PART_WHO_THEN = re.compile(
    r"\s+of\s+(?:those|them|the\s+[\w-]+)\s+who\s+[^.;,]{0,80}?\b(?:have|has|had)\s+(?:(?:already|since|now|also)\s+)?"
    r"(?=left|gone|returned|departed|moved\s+on)"
)
# a relative clause of what people had done, then their choice: "who had entered in the first days chose to go back",
# "that arrived in May have decided to return"
_WHO_THEN_CHOSE = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:who|that)\s+(?:had\s+|have\s+|has\s+)?[^.;,]{0,80}?\b(?:(?:have|has|had)\s+)?"
    r"(?:chose|chosen|decided|opted|elected|preferred)\s+to\s+(?=(?:go|travel|head|fly|come)\s+back|return|leave)"
)
_FLEEING_WORD = re.compile(r"fleeing|escaping", re.IGNORECASE)
_VERB_BEFORE = keywords(r"arrived|entered|crossed|came|come", tail=r"\b[^.;,\d]{0,40}$")
_WAITED_BEFORE = keywords(r"waited|waiting|wait|stranded|stuck", tail=r"\s+(?:[\w’'-]+\s+){0,5}?$")
# (a time between, translated word order: "came since Saturday about 4.800", "came on Sunday 13.000")
_CAME_BEFORE = keywords(
    r"came|come|comes",
    tail=r"\s+(?:(?:still|also|already|again)\s+)?(?:(?:since|on|over|during)\s+(?:the\s+)?(?-i:[A-Z])[\w.]+\s+)?$",
)


_INTENDED = re.compile(r"\bto\s+$")
_BARE_CROSS = re.compile(r"cross(?:es)?\b")
_TO_BE_DONE = re.compile(r"\bto\s+be\s+$")


# a count of people seen crossing (the gerund, not the noun: "the crossing", "crossing points"; "crossing back" goes out)
_WAVED_BEFORE = keywords(r"checked|counted|waved|cleared|processed", tail=r"\s+$")
_WAVED_THROUGH_AFTER = re.compile(
    r"\s+(?:(?:of\s+(?:them|those)|more|people|persons|passengers|travell?ers|(?-i:[A-Z])[\w’'-]+)\s+)?through\b"
    r"(?!\s+(?:the\s+)?(?:night|day|week|weekend|month)\b)",
    re.IGNORECASE,
)
_LET_BEFORE = keywords(r"let|allowed|permitted", tail=r"\s+$")
_LET_CROSS_AFTER = re.compile(
    r"\s+(?:(?:of\s+(?:them|those)|more|people|persons|passengers|travell?ers|(?-i:[A-Z])[\w’'-]+)\s+)?(?:to\s+)?"
    r"(?:cross|enter|in|through|pass|over)\b"
)
# ((branch evr360r) the officers named by their post, and the post itself: "officers at Medyka cleared 14 360 persons",
# "On Monday the post cleared 214 people" (rounds 73, 358))
_OFFICERS_CLEARED = keywords(
    r"(?:(?:officers|guards|officials|staff|inspectors|police)(?:\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?"
    r"|they|the\s+(?:post|checkpoint|crossing\s+point|border\s+post))\s+(?:(?:had|have|has)\s+)?cleared",
    tail=r"\s+$",
)
_SAW_BEFORE = keywords(r"counted|recorded|registered|saw|watched|observed|tallied", tail=r"\s+$")
_SEEN_CROSSING = re.compile(r"\s+(?:(?!(?:the|a|this|that|its)\b)[\w’'-]+\s+){0,2}?crossing\b(?!\s+(?:points?|posts?|back|out)\b)")


def _after_a_queue(text: str, previous: "Figure | None", sentence: tuple[int, int]) -> bool:
    """(branch evr125q) "The line ran to about 9 km on Tuesday. Police counted 1,150 cars in it.": vehicles that
    nothing moves, counted just after a queue's length (in its sentence or the one before), are that queue's."""
    return (
        previous is not None
        and previous.quantity == "queue_length_km"
        and "\n" not in text[previous.end : sentence[0]]
        and text.count(". ", previous.end, sentence[0]) <= 1
    )


# (branch evr125q) "the train was held at Vainikkala for up to two hours", "passengers were kept aboard for 14 hours",
# "passport and customs control now takes between 5 and 8 hours", "the formalities of control last from 3 until 5 hours"
_HELD_FOR = re.compile(
    r"\b(?:(?:held|kept)(?:\s+(?!for\b)[\w’'-]+){0,5}?\s+(?:for\s+)?"
    # ((branch evr204q) "the customs search, which every family must pass, took as long as 11 hours": an aside between)
    r"|(?:checks?|control|formalities|inspections?|clearance|search(?:es)?)\b(?:,[^,.;]{0,80},)?[^,.;]{0,30}?\s(?:took|takes?|last(?:s|ed)?)\s+)"
    r"(?:(?:up\s+to|between|from|about|some|nearly|over|more\s+than)\s+)?$"
)
_CHECKS = keywords(
    r"checks?|checked|checking|customs|formalities|inspect\w*|control|quarantine|search\w*|border\w*|crossing|(?:check)?posts?|guards|officers"
)
_TALKS = keywords(r"talks|meetings?|negotiations|sessions?|conferences?|ceremon\w+|hearings?|services?")  # "talks were held for three hours"


def _held_for_checks(text: str, sentence: tuple[int, int], near: str, at: int) -> bool:
    """Hours that people, a train or a bus were held or that checks took at a border: a wait, which no word of
    waiting names ((branch evr204q) the checks' noun before an aside between commas, which `near` stops at: read from
    the sentence)."""
    if not ("held" in near or "kept" in near or "took" in near or "take" in near or "last" in near):
        return False
    held = _HELD_FOR.search(near) or _HELD_FOR.search(text, max(sentence[0], at - 160), at)
    return held is not None and _CHECKS.search(text, *sentence) is not None and not _TALKS.search(near)


@lru_cache(maxsize=256)  # (a paragraph's lead-in and heading are asked again for each of its numbers)
def _nearest_verb(after: str, before: str) -> str | None:
    """The movement verb just before the number ("has taken in 120,000"), else the closest after
    it, else the closest before it."""
    if _CAME_BEFORE.search(before, max(0, len(before) - 30)):
        return "entries"  # "Alone on Sunday came 13.000 persons" (translated, the verb first)
    if "crossing" in after[:40] and _SEEN_CROSSING.match(after) and _SAW_BEFORE.search(before, max(0, len(before) - 30)):
        return "entries"  # "officials at the bridge counted 3,200 Nicaraguans crossing": those seen coming over
    if "through" in after[:30] and _WAVED_THROUGH_AFTER.match(after) and _WAVED_BEFORE.search(before, max(0, len(before) - 12)):
        return "entries"  # "officers checked 610 of them through": let in, the verb split around the count
    last_words = before[-12:]
    if ("let " in last_words or "cleared " in last_words or "owed " in last_words or "tted " in last_words) and (
        _LET_BEFORE.search(before, max(0, len(before) - 12)) and _LET_CROSS_AFTER.match(after)
        or _OFFICERS_CLEARED.search(before, max(0, len(before) - 40))
    ):
        return "entries"  # (branch evr85b) "let 620 of them cross", "the officers cleared 310": let in by the post
    if before.endswith("with ") and "crossing" in after[:40] and _SEEN_CROSSING.match(after):
        return "entries"  # "Wednesday was the busiest day, with 420 crossing": those who crossed that day
    governing = _VERB_AT_END.search(before, max(0, len(before) - 40))
    if governing:
        for quantity, pattern in _VERBS:
            match = pattern.match(before, governing.start())
            if match and not before[match.end() :].strip():
                return quantity
    first = _ANY_VERB.search(after)
    modifier = first and _FLEEING_MODIFIER.match(after)
    if modifier:  # "13,000 people fleeing fighting in Darfur have reached Birao": the verb of the clause, not the modifier's
        first = _ANY_VERB.search(after, modifier.end()) or first
    relative = first and ("who " in after[:40] or "that " in after[:40])  # (most numbers have no relative clause after)
    sent_back = relative and (
        _WHO_THEN_SENT_BACK.match(after) or _WHO_THEN_CHOSE.match(after) or _WHO_HAD_COME_THEN_BACK.match(after)
        or _WHO_CAME_THEN_LEFT.match(after) or _WHO_HAD_COME_THEN_LEFT.match(after)
    )
    if sent_back:  # "1,500 Kurds who had reached the valley were pushed back across the border": what was done to
        # them, not what they had done before (and "3,000 who had entered chose to go back": what they did next)
        first = _ANY_VERB.search(after, sent_back.end()) or first
        if sent_back.re is _WHO_HAD_COME_THEN_LEFT and not after.startswith(("left", "departed"), sent_back.end()):
            return "exits"  # (branch evr424q) "who had landed in Dubai flew on to Bangkok": on, out of the place
    part_then = first and after.startswith(" of ") and _PART_WHO_THEN.match(after)
    if part_then:
        first = _ANY_VERB.search(after, part_then.end()) or first
    if first and _FLEEING_WORD.fullmatch(first.group()) and _VERB_BEFORE.search(before):
        first = None  # "have arrived to the municipality more of 4.700 persons ..., fleeing the combats" (translated)
    if first and _INTENDED.search(after, 0, first.start()) and _BARE_CROSS.match(after, first.start()):
        first = None  # "12,000 hope to cross the border": an intention, no movement
    if first and _TO_BE_DONE.search(after, max(0, first.start() - 8), first.start()):
        first = None  # (branch evr89b) "700 spent the night there, awaiting to be registered": still to be done
    if first and _WITH_ANOTHER.search(after, 0, first.start()):
        first = None  # "the total had reached 215,000, with 147,000 leaving": the verb of the other number
    if first:  # the earliest verb; where two kinds start at the same word, the first kind listed
        return next(quantity for quantity, pattern in _VERBS if pattern.match(after, first.start()))
    if not _ANY_VERB.search(before):
        return None  # no kind's verb anywhere before (one search instead of one per kind)
    best: tuple[int, str] | None = None
    for quantity, pattern in _VERBS:
        matches = list(pattern.finditer(before))
        if matches:
            distance = len(before) - matches[-1].end()
            if best is None or distance < best[0]:
                best = (distance, quantity)
    return best[1] if best else None


def _mentions_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def _mentions_outside_asides(mentions: list[Mention], text: str, sentence: tuple[int, int], after: int) -> list[Mention]:
    """Places in the sentence but for an aside after `after` on where some of the people went: "650 flew back out,
    most of them to Istanbul or Dubai" names no place the 650 left."""
    named = _mentions_in(mentions, *sentence)
    aside = named and _WHO_ASIDE.search(text, after, sentence[1])
    return [m for m in named if not aside.start() <= m.start < aside.end()] if aside else named


def _arrival_places_in(mentions: list[Mention], text: str, clause: tuple[int, int]) -> list[Mention]:
    """Places in the clause other than one people came "from": "two flights from Moscow brought 612 of them"
    names where the part set out, not where it was counted."""
    return [m for m in _mentions_in(mentions, *clause) if not _FROM_BEFORE.search(text, max(0, m.start - 10), m.start)]


# (branch evr396p) an area, site or district named by a place (see gazetteer `_AREA_NAMED`)


def _crossing_of_either_side(context: _Context, mention: Mention) -> str:
    """The crossing `mention` names, or, when it is a post the gazetteer does not know set "on the Kuwaiti side"
    ("on the Kuwaiti side at Nuwaiseeb", "at Sao Domingos on the Guinea-Bissau side of the post"), the crossing the
    report named before it: the two sides of one crossing are one place."""
    text = context.doc.text
    if (
        "side" in text[max(0, mention.start - 30) : mention.end + 30]
        and canonical_place(mention.place.name) is None
        and (_SIDE_AT.search(text, max(0, mention.start - 60), mention.start) or _ON_THE_SIDE.match(text, mention.end))
    ):
        earlier = context.last_crossing_before(mention.start)
        if (
            earlier is not None and earlier.place.name != mention.place.name and not _named_as_a_pair(text, mention, earlier)
            # (branch evr396p) not "the Mangaize site" people arrived at, which the gazetteer lacks: no post's other side
            and not (AREA_OR_SITE_AFTER.match(text, earlier.end) and canonical_place(earlier.place.name) is None)
        ):
            return earlier.place.name
    return mention.place.name


def _named_as_a_pair(text: str, one: Mention, other: Mention) -> bool:
    """Whether the report names the crossing by both its towns ("the Benapole-Petrapole crossing"), each then its own
    name for it."""
    a, b = one.place.name, other.place.name
    return f"{a}-{b}" in text or f"{b}-{a}" in text


_A_SIDE = r"on\s+the\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+side\b"  # "on the Kuwaiti side", "on the Guinea-Bissau side"
# ((branch evr98b) or the side of the crossing: "on the Algerian side of the crossing, at the Akid Lotfi post"; not
# "on the Bosnian side, at Bosanski Brod", which the labels keep at the side's post)
_SIDE_AT = re.compile(r"\b" + _A_SIDE + r"(?:\s+of\s+the\s+(?:crossing|bridge),)?\s+(?:at|in)\s+(?:the\s+)?$")
_ON_THE_SIDE = re.compile(r",?\s+" + _A_SIDE)


def _nearest(mentions: list[Mention], position: int) -> Mention | None:
    return min(mentions, key=lambda m: abs(m.start - position), default=None)


# ("the majority through the lake port of Kagunga": no "of them" needed; "most of them through the Kornidzor
# checkpoint on the Hakari bridge": the part's route, up to four words on, names no place of the whole)
_PART_VIA = keywords(
    r"most|many|some|half|part|all|(?:the\s+)?majority",
    tail=r"(?:\s+of\s+(?:them|whom)\s+(?:[\w-]+\s+){0,4}?|\s+)(?:through|via|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:of\s+)?$",
)
_THE_CROSSING = keywords(
    # (branch evr91b) or the crossing crossed: "46,000 had crossed the bridge into India"
    r"through|at|via|by|over|across|crossed",
    tail=r"\s+the\s+(?:(?:same\s+)?(?:checkpoint|crossing|border post|post|bridge|gates?|tunnel)"
    # (branch evr157p) translated: "through the same point", "by the same step" (Spanish "paso")
    r"|same\s+(?:(?:border\s+)?(?:crossing\s+)?point|step|port))\b",  # ((branch evr284p) "by the same port", rounds 152 and 281)
)
_THE_CROSSING_NEEDS = words_needed(_THE_CROSSING)
# (branch evr92b) "left Kazakhstan through this checkpoint", "went back across the same bridge": out through the crossing
# named before, pointed at from where the report stands or named again
_THROUGH_THIS_CROSSING = keywords(
    r"through|via|by|over|across",
    tail=r"\s+(?:(?:this|that|the(?:\s+same)?)\s+(?:checkpoint|crossing|border\s+post|post|bridge|gates?|tunnel)"
    r"|(?:this|that|the)\s+same\s+(?:(?:border\s+)?(?:crossing\s+)?point|step|port))\b",  # (branch evr157p; evr284p, as above)
)
_THROUGH_THIS_CROSSING_NEEDS = words_needed(_THROUGH_THIS_CROSSING)
# (branch evr92b) a fare said to stand now: "is now sold for", "now costs", "now asks"
_NOW_PRICED = re.compile(r"\bnow\s+(?:(?:being\s+)?sold|costs?|asks?|charged?|goes|selling|priced|fetch(?:es)?|runs?)\b")
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s*")
# "Bab al-Hawa and Bab al-Salam", "at Hamdayet, in Kassala state, and at Lugdi"
# "At Silene, the smaller crossing further south, ...", "At the Damiya bridge, 30 km to the north, ...": a crossing
# placed by its distance or direction from the one the report is about, an aside
_ELSEWHERE_BEFORE = re.compile(
    r"(?:(?:^|[.!?]\s+)(?:Farther|Further)\s+(?:north|south|east|west|up|down)(?:stream|river)?,[^.!?;]{0,60}?"
    r"|\bthe\s+smaller\s+(?:border\s+)?(?:post|crossing|checkpoint)\s+(?:of|at)\s+"
    # (branch evr368p) or only the way a line points, "standing in line on the Russian side, from Veseloyarsk in the
    # direction of Rubtsovsk": no post a later queue, wait or count is at
    r"|\bin\s+the\s+direction\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?)$"
)
_ELSEWHERE_AFTER = re.compile(
    r"(?:\s+(?:bridge|crossing|checkpoint|post))?,\s+(?:[^,.;!?]{0,40}?\s)?"
    r"(?:\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|miles)\s+(?:to\s+the\s+|up\s+|down\s+|away|north|south|east|west)"
    r"|(?:further|farther)\s+(?:north|south|east|west|up|down)"
    r"|(?:to|in)\s+the\s+(?:north|south|east|west)\b)"
)


_GUARDS_POST_BEFORE = re.compile(r"\bguards\s+(?:on|at)\s+the\s+(?:post|checkpoint|crossing)\s+[«\"“]?$")


def _set_off_elsewhere(text: str, mention: Mention) -> bool:
    """Whether a crossing is named as an aside placed away from the report's own ("Silene, the smaller crossing
    further south"; branch evr153p: "Farther south, gendarmes at Bodrum reported ...", "the smaller post of Mokambo"):
    a later figure that names no crossing is not its."""
    if text.find(",", mention.end, mention.end + 12) >= 0 and _ELSEWHERE_AFTER.match(text, mention.end) is not None:
        return True
    before = text[max(0, mention.start - 90) : mention.start]
    return ("rther " in before or "the smaller " in before or " direction of " in before) and _ELSEWHERE_BEFORE.search(before) is not None


_AND_OTHER_CROSSINGS = re.compile(  # "Siret, Isaccea and the other crossings", "Fassala and the Mbera site"
    r"(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)*,?\s+(?:and|or)\s+(?:the\s+)?(?:other\s+"
    r"(?:crossings?|checkpoints?|crossing\s+points?|border\s+(?:points?|posts?|crossings?)"
    # (branch evr376p) "through Elegu, Kuluba and other entry points": the report's word for its posts
    r"|entry\s+points?|points?\s+of\s+entry|entry\s+posts?|frontier\s+posts?)"
    r"|[A-Z][\w’'-]+\s+(?:site|camp|settlement|crossing|checkpoint|border\s+(?:point|post)|transit\s+cent(?:re|er)))\b"
)
_AND_NAME_AFTER = re.compile(r"\s+(?:and|or)\s+[A-Z][\w’'-]+\b(?!\s+(?:said|says|told))")
_NAME_AND_BEFORE = re.compile(r"\b(?:in|at|to|into|through)\s+[A-Z][\w’'-]+\s+(?:and|or)\s+$")
# (branch evr85b) "across Terespol, Bobrowniki and Kukuryki together": a name inside a list of three or more names
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s+$")
_NAMES_TO_AND_AFTER = re.compile(r"(?:,\s+[A-Z][\w’'-]+)*,?\s+(?:and|or)\s+[A-Z][\w’'-]+\b(?!\s+(?:said|says|told))")
# ("through Spielfeld and the smaller crossing at Bad Radkersburg": the second named after its noun)
_CROSSING_LIST_JOIN = re.compile(
    r"(?:,[^,.;]{0,30})?\s*(?:,|,?\s+and|,?\s+or)\s*(?:(?:at|through|via)\s+"
    r"|the\s+(?:[\w-]+\s+)?(?:crossing|checkpoint|border\s+post|post)\s+(?:at|of)\s+"
    # (branch evr512p) or the last named with its article: "Vaalimaa, Nuijamaa, Imatra and the Vainikkala rail
    # crossing" (round 512), "including the railway crossing at Svilengrad and the Malko Tarnovo post" (round 326)
    r"|the\s+)?"
)
_LANDMARK = keywords(r"near|outside|close to", tail=r"\s+$")  # "the post near Uralsk"
# (branch evr260p) not where people crossed near the town: "600 crossed the mountains near Baneh", "came over further
# north near Normandia", "came over the fence near Lobatse", "came across the Shashe near the village of Mphoeng"
# "crossed the Moei River near Mae Ramat" (rounds 134, 205, 242, 253, 258): the town is where they crossed
_CROSSED_NEAR = keywords(
    r"crossed|came\s+(?:over|across)|slipped\s+(?:over|across|into)",
    tail=r"(?:\s+[\w’'-]+){0,3}?\s+near\s+(?:the\s+(?:border\s+)?(?:town|village)\s+of\s+)?$",
)
# "fled into Kenya, escaping fighting around the border town of Moyale": a landmark, whatever it is
_NEAR_THE_TOWN_OF = keywords(
    r"around|near|outside|close\s+to", tail=r"\s+the\s+(?:border\s+)?(?:town|city|village)\s+of\s+$"
)
# (branch evr189p) not where the town is named right after the country people crossed into: "crossed into Thailand
# near the border village of Ban Laem" is where they crossed
_INTO_NEAR_THE_TOWN_OF = keywords(
    r"into",
    tail=r"\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:around|near)\s+the\s+(?:border\s+)?(?:town|city|village)\s+of\s+$",
)
_THROUGH_BEFORE = keywords(r"through|via", tail=r"\s+(?:the\s+)?$")


def _way_in_the_other_way(context: "_Context", clause_places: list[Mention], m: Mention) -> bool:
    """(branch evr324p) Whether the crossing `m`, which the gazetteer keys as leading into the people's own country, is
    named after "through / via" in a clause whose count came into the country it leads out of ("20,000 Syrians entered
    Lebanon through Masnaa"): the crossing they came through the other way, not a way home."""
    exit_country = CROSSING_EXIT_COUNTRY.get(m.place.name)
    text = context.doc.text
    return bool(
        m.place.kind == "crossing"
        and exit_country
        and _THROUGH_BEFORE.search(text, max(0, m.start - 12), m.start)
        and (
            any(o.place.name == exit_country and o.end <= m.start and context.arrival_cues(o).destination for o in clause_places)
            # (branch evr444p) or with no country named before it as where they went: "2,900 Syrians entered through
            # Masnaa and 3,600 left for Syria" (round 440), into the country the crossing leads out of, as when named
            or not any(o.place.kind == "country" and o.end <= m.start and context.arrival_cues(o).destination for o in clause_places)
        )
    )
# (branch evr79b) "returned across Kuchurgan", "crossed back towards Karasuk": out through the crossing
_VIA_BEFORE = keywords(r"through|via|at|across|back\s+(?:to|towards)", tail=r"\s+(?:the\s+)?$")
_OPENING_QUOTES = "\"«“"  # (a crossing's name in quotes: 'through "Sarpi"', "through «Keles»")
# "through the post «Keles»", "via the railway checkpoint Keles" (translated): the noun between, the name after it
_VIA_THE_POST_BEFORE = keywords(
    r"through|via", tail=r"\s+the\s+(?:[a-z]+\s+){0,2}?(?:post|checkpoint|crossing|point|border\s+point)\s+[«\"“]?$"
)
# (branch evr137q) "returned to their country by Las Tablillas", "turned back over Medzitlija" (translated): a crossing
# named right after a verb of going and "by" or "over" is the way they went
_MOVED_BY_BEFORE = keywords(
    r"(?:returned|crossed|passed|went|gone|turned\s+back|came|left)(?:\s+to\s+their\s+(?:country|homes?))?", tail=r"\s+(?:by|over)\s+$"
)
_LOCATIVE = keywords(r"at|near|on", tail=r"\s+(?:the\s+)?(?:border\s+with\s+)?$")
_STRONG_DESTINATION = keywords(
    r"into|entered|entering|reached|arrived in|arriving in|to", tail=r"\s+(?:the\s+)?(?:[A-Z]\w+\s+of\s+(?:the\s+)?)?$"
)
_DESTINATION = keywords(r"into|to|entered|entering|reached|reach|in|at", tail=r"\s+(?:the\s+)?$")
_ONWARD_TO = re.compile(r"\b(?:for|to|towards)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,|\s+or|\s+and)\s+)*$")
# (branch evr98b) or a later one of a list after it: "flying on to Dubai, Istanbul or Tbilisi"; or where most of those
# counted went: "flew out ..., almost all to Central Asia and Turkey"
# (branch evr248p) and with the towns they went on from between: "flying on from Almaty and Astana to Turkey" (rounds
# 246, 242 "flown on from Gaborone to Lusaka")
_GONE_ON_TO = re.compile(
    r"\b(?:on|onwards?|(?:all|most|many)(?:\s+of\s+them)?)"
    r"(?:\s+from\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s+(?:and|or)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?)?"
    r"\s+(?:to|for|towards)\s+(?:the\s+)?"
    # (a list's item may be a country of three words with its article: "to Turkey, the United Arab Emirates and Armenia")
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?)*$"
)


def _gone_on_to(text: str, mention: Mention) -> bool:
    """Whether the place is where people went on to next ("flying on to Turkey", "moved onward to Serbia"): a later
    sentence's count that names no place is not of it."""
    start = max(0, mention.start - 60)
    if (text.find("to", start, mention.start) >= 0 or text.find("for", start, mention.start) >= 0) and _GONE_ON_TO.search(
        text, start, mention.start
    ):
        return True
    # (branch evr248p) a list after the towns gone on from is longer: looked for only where "on from" stands before
    wider = max(0, mention.start - 110)
    return text.find(" on from ", wider, mention.start) >= 0 and bool(_GONE_ON_TO.search(text, wider, mention.start))


# (branch evr476p) "went on to", "travelled on to", "flying on to" a place, past the count's clause: where those counted
# (or others of the sentence) went next, not where they were counted ("Its interior ministry recorded 78,400 entries
# ...; many of those who left went on to Armenia and Turkey" after "Georgia ... kept the most open statistics", round
# 474; "Its interior ministry said ... that more than 250,000 Russian citizens had entered the country ..., and that
# 178,000 had left it ..., many flying on to Turkey, the UAE or Armenia" after "Kazakhstan gives the most detail",
# round 368)
_WENT_ON_TO = re.compile(
    r"\b(?:went|gone|going|travell?ed|travell?ing|moved|moving|flew|flown|flying|headed|heading|continued|continuing)\s+"
    r"on(?:wards?)?\s+(?:to|for|towards)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?){0,4}$"
)


def _went_on_to(text: str, mention: Mention) -> bool:
    start = max(0, mention.start - 90)
    return text.find(" on ", start, mention.start) >= 0 and _WENT_ON_TO.search(text, start, mention.start) is not None


# (branch evr520p) the countries an exit's sentence says people went on to after its count, "2.150 refugees have gone on
# to Switzerland in special trains sent to Vienna by the Swiss Confederation" (round 523), and those it lists as among the
# countries gone on to, "Some 1,850 have already been moved on to Western countries, among them France, Switzerland,
# Belgium and Sweden" (round 375): no mention of them there (not the Swiss adjective either) is the country left, which
# the labels give (Austria, Yugoslavia), as for "gone on to other countries"
_AMONG_COUNTRIES_GONE_ON_TO = re.compile(
    r"\bon\s+to\s+(?:[A-Z][\w’'-]+\s+|other\s+|third\s+)?countries,\s+(?:among\s+them|including|such\s+as|chiefly|mainly|mostly)\s+"
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:,\s+|,?\s+(?:and|or)\s+)){0,6}$"
)


def _countries_gone_on_to(text: str, mentions: list[Mention], number: "_Number") -> set[str]:
    """The countries `mentions` (a sentence's) name after the count `number` as where people went on to (`_WENT_ON_TO`,
    or listed after "on to ... countries, among them")."""
    return {
        m.place.name
        for m in mentions
        if m.role == "name"
        and m.place.kind == "country"
        and m.start > number.end
        and (_went_on_to(text, m) or _AMONG_COUNTRIES_GONE_ON_TO.search(text, max(number.end, m.start - 120), m.start))
    }


# (branch evr204p) "from St. Petersburg to Tel Aviv", "across to St. Lawrence Island": a name opening with the
# abbreviation of Saint, whose stop ends no name
_SAINT = r"(?:St\.\s)?"
_TO_PLACE = re.compile(rf"\b(?:to|for)\s+({_SAINT}[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)")
_CITY_BEFORE_TO = re.compile(r"\b([A-Z][\w’'-]+)\s+$")  # a fare's "Moscow to Yerevan" with no "from"
_OUT_OF_PLACE = re.compile(rf"\b(?:out of|from|leaving)\s+({_SAINT}[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)")
# (branch evr200p) "From Kirkenes, a one-way ticket to Oslo ...", "From Moscow, seats to Istanbul now go for ...": a
# sentence opening on the town its fares start from, set off by a comma
_FROM_OPENING = re.compile(rf"\s*From\s+({_SAINT}[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?),\s")
_LOWER = r"[a-zß-öø-ÿ’']"  # a lower-case letter of a town's name, Latin-1's too (no "÷"), or its apostrophe
_ROUTE = re.compile(
    r"\b(?:[Ff]rom|out of|between)\s+"
    # (branch evr181p) "from the Dongo side down to Betou", "from the outskirts of Bissau to Ziguinchor", "from the edge
    # of Famagusta to Larnaca": the town a ride starts from, named inside its side or its edge
    r"(?:the\s+(?:(?:outskirts|edge|centre|center)\s+of\s+|(?=[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\s+side\b)))?"
    rf"({_SAINT}[A-Z][\w’' -]+?)(?:\s+side(?:\s+(?:down|up|across|over))?)?\s+(?:to|and|for)\s+"
    r"(?:the\s+(?:railroad|railway|railhead|station|port|harbou?r)\s+at\s+)?"  # (branch evr129q) "to the railroad at Marfa": the town
    rf"({_SAINT}[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){{0,2}})"  # (branch evr181p) "to Shah Porir Dwip": a town of three words whole
    r"|\b([A-Z][\w’']+(?:\s[A-Z][\w’']+)?)\s*[–—]\s*([A-Z][\w’']+(?:\s[A-Z][\w’']+)?)"  # "Flights Moscow–Istanbul"
    # "the bus Barnaul - Pavlodar", (branch evr125p) "Yuzhno-Sakhalinsk - Seoul": a hyphenated town whole
    # (branch evr344p) "the bus Managua - San José", "Helsinki - Travemünde": a town's lower-case letters with those of
    # Latin-1 ("é", "ü", "ñ"), so that no end is cut at its accent ("San Jos")
    rf"|(?<![\w’'-])([A-Z]{_LOWER}+(?:-[A-Z]{_LOWER}+)*(?:\s[A-Z]{_LOWER}+)?)\s+-\s+([A-Z]{_LOWER}+(?:-[A-Z]{_LOWER}+)*(?:\s[A-Z]{_LOWER}+)?)"
)


def _route_before(text: str, first: re.Match, number: _Number) -> re.Match | None:
    """The last route of a list of fares that starts after `first` and before the fare, when the fare follows it
    with no ";" between (its own item); None if none."""
    last = None
    for route in _ROUTE.finditer(text, first.end(), number.start):
        last = route
    if last is None or text.find(";", last.end(), number.start) >= 0:
        return None
    ends = [find_places(part) for part in last.groups() if part]
    return last if ends and all(ends) else None


def _opening_start(text: str, sentence: tuple[int, int], to: re.Match) -> str:
    """'Start - End' for a fare whose sentence opens "From <town>," (a town: not a country or a region) before the "to"
    it names its end by; "" if not so."""
    opened = _FROM_OPENING.match(text, sentence[0], to.start())
    if opened is None or any(m.place.kind not in ("city", "crossing") for m in find_places(opened.group(1))):
        return ""
    start, ends = _route_end(opened.group(1)), find_places(to.group(1))
    end = ends[0].place.name if ends else _route_end(to.group(1))
    return f"{start} - {end}" if start and end and start != end else ""


def _routes(text: str, start: int, end: int) -> Iterator[re.Match]:
    """`_ROUTE`'s matches in text[start:end], less a side named by its people ("from the Syrian side to Turkey": a
    country's side, not a town's)."""
    for route in _ROUTE.finditer(text, start, end):
        first = route.start(1)
        if first < 0 or not text.endswith("the ", 0, first) or not any(m.place.kind == "country" for m in scan(route[1])):
            yield route


_BARE_CROSSED = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:crossed|crossing|(?:came|come|went|got|passed)\s+(?:through|across|over))"  # "2,400 came through"
    r"(?:\s+(?:there|back))?(?=\s*[,.;]|\s+(?:on|by|since|during|yesterday|today|so\s+far|this|last)\b)"
)
_CROSSED_THERE = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:crossed|arrived|came|entered)(?:\s+back)?\s+(?:there|here)\b")
_BACK_ACROSS = re.compile(r"\bback\s+(?:across|over)\s+the\s+(?:river|bridge|ford)\b")
_WHO_BEFORE = re.compile(r"\bwho\s+(?:had\s+|have\s+|has\s+)?$")
_SENT_BACK = keywords(
    r"back across the border|pushed back|sent back|forced back|deported|expelled|repatriated|removed to|towed\s+back|back\s+out\s+to\s+sea"
    r"|(?:gone|went|going|headed|returned|returning)\s+(?:\w+\s+)?home"  # "Turkey said 7,621 Syrians had gone home"
    r"|returned\s+voluntarily|voluntar(?:y|ily)\s+return\w*"  # (out of Turkey)
    r"|returned\s+(?:[\w’'-]+\s+){1,3}?across\s+the\s+(?:border|frontier)"  # "Mexico returned 46 Guatemalans across the border"
)
# "left the country", "flew out of the country's airports": out of the country the sentence named
_LEFT_THE_COUNTRY = keywords(r"(?:left|leaving|leave|leaves|exited|departed|out\s+of)\s+the\s+country")
_TOWARDS = re.compile(r"\b(?:to|for|into|towards)\s+$")  # a country named as where people go, not where they leave
# (branch evr484p) "left the territory of the republic", "left the territory of the Republic to the Russian Federation":
# statements translated from Russian or Uzbek name the country reporting as "the republic", unnamed (a name after it,
# "left the Republic of Moldova", is read as that place)
_LEFT_THE_REPUBLIC = keywords(r"(?:left|leaving|exited|departed\s+from)\s+the\s+(?:territory\s+of\s+the\s+)?republic(?!\s+of\b)")
_REPUBLIC_NAMED = re.compile(r"\bRepublic\s+of\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def _republic_before(text: str, position: int, origin: str | None) -> str:
    """The country the last "Republic of X" before `position` names, not the origin ("" if none)."""
    named = ""
    for m in _REPUBLIC_NAMED.finditer(text, 0, position):
        country = canonical_country(m.group(1)) or canonical_country(m.group(1).split()[0])
        if country and country != origin:
            named = country
    return named


# (branch evr177p) "on the Nigerien bank at Gaya", "on the Chadian bank at the N'Djamena river landings": a river's far
# bank is a town of its own, not the crossing's other side (a land post "on the Kuwaiti side at Nuwaiseeb" stays one)
_BANK_AT = re.compile(
    # ((branch evr252p) and the river's: "were waiting on the river bank at Gaya, on the Niger side", round 249)
    r"\b[Oo]n\s+the\s+(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|river)\s+bank\s+(?:at|in)\s+(?:the\s+)?(?P<town>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def _town_on_a_bank(text: str, sentence: tuple[int, int], sentence_places: list[Mention]) -> str:
    """The town the sentence names "on the ... bank at", where people wait (as written where the gazetteer lacks it);
    "" for none, or for a country or region there."""
    if text.find(" bank ", *sentence) < 0:
        return ""
    match = _BANK_AT.search(text, *sentence)
    if match is None:
        return ""
    named = [m for m in sentence_places if m.start == match.start("town")]
    if named:
        return named[0].place.name if named[0].place.kind in ("city", "crossing") else ""
    return "" if scan(match.group("town")) else match.group("town")


_SIDE_OF = re.compile(r"o(?<!\w.)" + _A_SIDE[1:])  # (opening with the o: a search skips to them)
# (branch evr236p) "waiting on the Dominican side", "gathered on the Central African bank": a side or bank named by its
# country's adjective alone (not "the Afghan side of the Chaman crossing", nor "the Nigerien bank at Gaya")
_SIDE_OR_BANK_ALONE = re.compile(
    r"o(?<!\w.)n\s+the\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:side|bank|shore)\b(?!\s+(?:of|at|in|opposite|near|facing)\b)"
)
_AT_OR_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?$")


def _side_town_named_before(text: str, clause: tuple[int, int], before: list[Mention]) -> str:
    """(branch evr236p) The town of the side or bank people wait on, named before the count in its paragraph: "At
    Dajabon, ... about 450 people were waiting on the Dominican side ... to cross to Ouanaminthe" (Dajabon, not the
    crossing they wait to pass); "Pirogue owners in Bangui ... Up to 3,000 more were gathered on the Central African bank
    waiting to cross" (Bangui); only a town named after "in" or "at" (not "villages around Mamfe", "on the Dagestan
    side"), and not a region; "" where the paragraph names none (then the crossing), or where the side names its own
    place ("on the Cameroonian side opposite Agbokim", "near Koindu")."""
    side = _SIDE_OR_BANK_ALONE.search(text, *clause)
    if side is None:
        return ""
    named = scan(side.group(1))
    if len(named) != 1 or named[0].place.kind != "country":
        return ""
    country = named[0].place.name
    towns = [
        m for m in before
        if m.place.kind == "city" and m.place.country == country and m.place.name not in REGIONS
        and _AT_OR_IN_BEFORE.search(text, max(0, m.start - 8), m.start)
    ]
    return towns[-1].place.name if towns else ""
# "the port received yesterday about 11 thousand", "the crossing saw 3,000": the crossing as the subject that counted them
_THE_POST_DID = keywords(
    r"the\s+(?:land\s+)?(?:checkpoint|crossing|border\s+post|post|port|crossing\s+point|terminal)",
    tail=r"\s+(?:(?:has|had|have)\s+)?(?:received|registered|recorded|saw|handled|processed|counted|welcomed)\b",
)
_DEPARTED_FROM = keywords(r"departed|left|sailed|flew", tail=r"\s+from\s+(?:the\s+)?$")
_THE_CROSSING_ALONE = keywords(r"the", tail=r"\s+(?:checkpoint|crossing|border post|post|bridge|gates?|tunnel)\b")
_THE_CROSSING_OR_ALONE_NEEDS = words_needed(_THE_CROSSING, _THE_CROSSING_ALONE)


# (session of 1 Dec, late) "a one-way Moscow-Kuala Lumpur ticket", "Kazan-Bishkek tickets": a route written with a bare
# hyphen, when its ends are places the gazetteer knows (or one is and the other a town it lacks, "Moscow-Sharjah") and
# the whole is not one place ("Tornio-Haparanda")
_HYPHEN_ROUTE = re.compile(rf"\b([A-Z]{_LOWER}+(?:\s[A-Z]{_LOWER}+)?)-([A-Z]{_LOWER}+(?:\s[A-Z]{_LOWER}+)?)\b")


def _hyphen_route(text: str, start: int, end: int) -> str:
    """'A - B' for the first route in text[start:end] written "A-B" whose ends are both places, or one a place and
    the other a town the gazetteer lacks ("Moscow-Sharjah", branch evr110b); "" if none."""
    for route in _HYPHEN_ROUTE.finditer(text, start, end):
        whole = find_places(route[0])
        ends = [find_places(part) for part in route.groups()]
        if len(whole) == 1 and whole[0].end - whole[0].start == len(route[0]):
            continue  # one place's hyphenated name
        if all(len(found) == 1 for found in ends):
            first, second = ends[0][0].place.name, ends[1][0].place.name
            if first != second:
                return f"{first} - {second}"
        elif sorted(map(len, ends)) == [0, 1] and all(names := [_route_end(part) for part in route.groups()]):
            return " - ".join(names)
    return ""


_NOT_A_TOWN = re.compile(
    r"(?:The|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
    r"|(?:St|Mt|Ft)\.?$"  # ((branch evr208p) a name's abbreviation cut off by its stop: "to take a man across to St.")
)


# (branch evr88b) "a taxi from Almaty to the checkpoint costs $39": to the crossing the report named before (branch
# evr145p: "from Orenburg to this barrier")
_FROM_TOWN_TO_THE_CROSSING = re.compile(
    r"\bfrom\s+(the\s+(?:city|town)|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+to\s+(?:the|this)\s+(?:border\s+)?"
    r"(?:checkpoint|crossing|post|bridge|barrier|river"
    # (branch evr380p) or the queue before it: "a taxi from Vladikavkaz to the back of the queue", "from Orenburg to the
    # end of the line", "Taxi from Vladikavkaz to the column" (rounds 172, 240, 377): the ride ends at the crossing queued for
    r"|(?:(?:back|end|tail|rear)\s+of\s+the\s+)?(?:queue|line|column))\b"
)


def _ride_to_the_crossing(context: "_Context", sentence: tuple[int, int], position: int) -> str:
    """'Town - Crossing' for a fare from a town to "the checkpoint" (or "the river" a crossing is on), the crossing named
    last before it (branch evr125p: a town the gazetteer lacks as the text names it, "from Petrozavodsk to the
    crossing")."""
    ride = _FROM_TOWN_TO_THE_CROSSING.search(context.doc.text, *sentence)
    if ride and ride.group(1).startswith("the"):
        # (branch evr153p) "Drivers in Pskov ask $150 for a ride from the city to the checkpoint": the city is the one
        # the sentence named before
        index = context.paragraph_at(position)
        towns = [
            m for m in (context.places[index] if index >= 0 else [])
            if sentence[0] <= m.start < ride.start() and m.place.kind == "city"
        ]
        start = towns[-1].place.name if towns else ""
    else:
        start = _route_end(ride.group(1)) if ride else ""
    crossing = context.last_crossing_before(position) if start else None
    return f"{start} - {crossing.place.name}" if crossing is not None else ""


# (branch evr236p) a ride to a post named in the same words: "to the barrier at Verkhny Lars", "to the border at
# Dajabon", "to the Varshavka post"
_TO_THE_POST_AT = re.compile(
    # ((branch evr292p) or "as far as" it: "asking up to 200 dollars a seat to take people as far as the Upper Lars
    # checkpoint", round 290; "a place on the back of a truck as far as the pass", round 126)
    r"\b(?:to|as\s+far\s+as)\s+the\s+(?:border|frontier|barrier|checkpoint|crossing|post|gate)(?:\s+(?:post|crossing|checkpoint))?\s+(?:at|of)\s+"
    r"([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
    r"|\b(?:to|as\s+far\s+as)\s+the\s+([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+(?:post|checkpoint|crossing|border\s+post)\b"
)
_NAME_HERE = re.compile(r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?")
_IN_OPENING = re.compile(r"\s*In\s+([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?),?\s")


# (branch evr268p) and a stop told as a change or a connection: "with a connection through Istanbul or Tashkent", "with a
# change in Baku", "connecting in Minsk"
_VIA_STOP = re.compile(
    r"\b(?:via|with\s+an?\s+(?:change|connection|connecting\s+flight|stop(?:over)?)\s+(?:in|at|through)|connecting\s+(?:in|at|through)"
    # ((branch evr292p) and a sentence opening with them: "Connections through Istanbul or Yerevan cost between $1,200 and
    # $1,800", rounds 244 and 291)
    r"|[Cc]onnections?\s+(?:in|at|through))"
    r"\s+(?:[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?,?\s+(?:or|and)\s+)?$"
)
_VIA_STOP_NEEDS = ("via ", "change ", "connecti", "Connecti", "stop")  # (a plain substring before the expression)


# (branch evr236p) a fare "for the crossing" and nothing more, sold by boatmen or owners in a town: "Pirogue owners in
# Bangui were charging ... about 10 dollars, for the crossing"
_FOR_THE_CROSSING = re.compile(r"\bfor\s+the\s+crossing\b(?!\s+(?:from|to|of|at|over|across)\b)")


def _crossing_sold_in_a_town(context: "_Context", sentence: tuple[int, int], position: int) -> str:
    """(branch evr236p) 'Town - Crossing' for a fare "for the crossing" whose sellers are in a town ("Pirogue owners in
    Bangui were charging 5,000 CFA francs, about 10 dollars, for the crossing": Bangui - Zongo, the crossing the report
    named last before it), else ""."""
    text = context.doc.text
    if _FOR_THE_CROSSING.search(text, *sentence) is None:
        return ""
    sellers = _SELLERS_IN.search(text, sentence[0], position)
    if sellers is None or sellers.group("there"):
        return ""
    town = _NAME_HERE.match(text, sellers.end() - 1)
    named = find_places(town.group(0)) if town else []
    if not named or named[0].place.kind != "city":
        return ""
    crossing = context.last_crossing_before(position)
    if crossing is None or crossing.place.name == named[0].place.name or crossing.place.country == named[0].place.country:
        return ""
    return f"{named[0].place.name} - {crossing.place.name}"


def _ride_to_the_post_at(text: str, sentence: tuple[int, int], position: int) -> str:
    """(branch evr236p) 'Town - Post' for a fare to a crossing its own words name ("Drivers in Vladikavkaz are asking
    30,000 roubles, about $520, to take a passenger to the barrier at Verkhny Lars"; "for the trip from Santiago to the
    border at Dajabon"; "Seat in a car, Chelyabinsk to the Varshavka post, ... 7,000 roubles"): the start is the town
    after "from", else the sellers' town ("Drivers in X"), else the town right before "to", else the town the
    sentence opens in ("In Troitsk, ..."); "" if either end is missing. The post is written as the gazetteer holds it
    (a town where it holds a town: Dajabon, not the crossing Ouanaminthe), else as the text names it."""
    ride = _TO_THE_POST_AT.search(text, *sentence)
    if ride is None:
        return ""
    end = _route_end(ride.group(1) or ride.group(2))
    start = ""
    if (out := _OUT_OF_PLACE.search(text, sentence[0], ride.start())) and out.group(0).startswith("from"):
        start = _route_end(out.group(1))
    elif (sellers := _SELLERS_IN.search(text, sentence[0], ride.start())) and not sellers.group("there"):
        town = _NAME_HERE.match(text, sellers.end() - 1)
        start = _route_end(town.group(0)) if town else ""
    elif bare := _CITY_BEFORE_TO.search(text, max(sentence[0], ride.start() - 30), ride.start()):
        start = _route_end(bare.group(1))
    elif opening := _IN_OPENING.match(text, sentence[0]):
        start = _route_end(opening.group(1))
    if not start or not end or start == end:
        return ""
    return f"{start} - {end}"


def _fare_from_the_dateline(context: _Context, sentence: tuple[int, int], destination: Mention) -> str:
    """The route from a dispatch's dateline town to the one place a fare's sentence names after "to" ("KINGSTOWN, St
    Vincent -" over "a seat on a boat to Saint Lucia" is Kingstown - Saint Lucia), else "": the fare is paid where the
    report is filed."""
    text = context.doc.text
    if not text.endswith("to ", 0, destination.start) or destination.place.kind == "crossing":
        return ""
    town = _dateline_town(context)
    if not town or town.casefold() == destination.place.name.casefold() or town.casefold() in destination.place.name.casefold():
        return ""
    return f"{town} - {destination.place.name}"


# (branch evr360p) flights named by their start alone in the sentence before a fare: "Direct flights from Moscow were
# sold out until Oct. 4. A one-way economy ticket ... was offered at 18,500 dirhams, about $5,000" under "DUBAI, Sept 29
# (GENS) -" (round 359, read at Moscow: the fare routes cut to one town of rounds 352-355)
_FLIGHTS_FROM = re.compile(r"\b(?:[Ff]lights|[Pp]lanes|[Ss]eats|[Tt]ickets)\s+(?:\w+\s+)?from\s+(?P<start>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\b(?!\s+(?:to|for)\b)")


def _flights_from_before_to_the_dateline(context: _Context, index: int, sentence: tuple[int, int]) -> str:
    """The route from the one city the paragraph's flights are said to leave before a fare's sentence naming no place
    to the dispatch's dateline town in another country, else "": the fare is for a seat to where the report is filed."""
    text = context.doc.text
    starts = list(_FLIGHTS_FROM.finditer(text, context.doc.paragraphs[index][0], sentence[0]))
    if len(starts) != 1:
        return ""
    named = find_places(starts[0].group("start"))
    town = _dateline_town(context)
    if len(named) != 1 or named[0].place.kind != "city" or not town:
        return ""
    filed = context.place_named(town) or next((m.place for m in find_places(town)), None)
    if filed is None or filed.kind != "city" or filed.country == named[0].place.country:
        return ""
    return f"{named[0].place.name} - {town}"


def _fare_from_the_headline_city(context: _Context, destination: Mention) -> str:
    """(branch evr169p) The route from the first city a report's headline (else its first paragraph) names, in the
    country people leave (any, for a report with no origin), to the one city a fare's sentence names after "to"
    ("Yekaterinburg, 29 September 2022. Koltsovo International Airport reports" over "The average fare to Istanbul ...
    USD 1,590"; "how Yekaterinburg men are leaving" over "The cheapest one-way seat to Astana"), else "": the fare is
    paid where the report's people leave from."""
    text = context.doc.text
    if destination.place.kind != "city" or not text.endswith("to ", 0, destination.start) or not context.doc.paragraphs:
        return ""
    cities = [m.place for m in (*find_places(context.doc.title), *context.places[0]) if m.place.kind == "city"]
    home = cities[0] if cities else None
    if home is None or home.country != (context.origin or home.country) or home.name == destination.place.name:
        return ""
    return f"{home.name} - {destination.place.name}"


# (branch evr516p) the sellers of a seat in a town, right before its name: "Travel agents in Moscow quote one-way economy
# fares via Dubai at about US$1,150" (round 519)
_AGENTS_IN_BEFORE = re.compile(r"\b(?:[Aa]gents|[Aa]gencies|[Cc]ompanies|[Oo]perators|[Cc]arriers|[Ff]irms)\s+in\s+$")


def _fare_to_the_headline_city(context: _Context, start: Mention, stopped: bool = False) -> str:
    """(branch evr228p) The route from the one city a fare's sentence names after "from", in the country people leave, to
    the first city the report's headline (else its first paragraph) names in another country ("Through Minsk to
    nowhere" over "A seat on an overnight coach from Moscow now costs ... $110"; "Russians land in Dubai" over "From St
    Petersburg, one-way fares ranged from $2,300 to $3,100"), else "": the mirror of `_fare_from_the_headline_city`."""
    text = context.doc.text
    # (branch evr236p) a report that names no country people leave: the start's own ("Seats from Moscow sold out as
    # Russians keep landing at Ben Gurion" over "From St. Petersburg, connections via Yerevan or Baku were listed at
    # between $1,100 and $1,500")
    origin = context.origin or start.place.country
    if start.place.kind != "city" or not origin or start.place.country != origin or not context.doc.paragraphs:
        return ""
    if not (
        text.endswith("from ", 0, start.start)
        or text.endswith("From ", 0, start.start)
        # (branch evr516p) or, where the fare's sentence names a stop on the way, the town its sellers are in: "Travel
        # agents in Moscow quote one-way economy fares via Dubai at about US$1,150" under "Russian arrivals in Phuket"
        # (round 519) is Moscow - Phuket, not Moscow - Dubai from "35 flights a week between Moscow and Dubai with
        # same-day connections to Phuket" before it; a stop is no end of the route (as round 397's "Connecting tickets
        # via Dubai or Doha" on Moscow - Phuket is labelled)
        or stopped and text.endswith(" in ", 0, start.start) and _AGENTS_IN_BEFORE.search(text, max(0, start.start - 24), start.start)
    ):
        return ""
    # ((branch evr516p) with a stop named, the first paragraph that names a place, where a note's head is no paragraph:
    # "1. Summary", then "Russia remained Phuket's largest source market", round 519)
    first = next((places for places in context.places[:2] if places), []) if stopped else context.places[0]
    cities = [
        m.place for m in (*find_places(context.doc.title), *first)
        if m.place.kind == "city" and not (m in first and _VIA_STOP.search(text, max(0, m.start - 40), m.start))
    ]  # (not a stop on the way, "connections via Yerevan")
    there = next((city for city in cities if city.country and city.country != origin), None)
    return f"{start.place.name} - {there.name}" if there is not None else ""


def _fare_from_the_dateline_to_a_town(context: _Context, sentence: tuple[int, int], before: int) -> str:
    """(branch evr208p) As `_fare_from_the_dateline`, for a sentence naming no place the gazetteer knows: the route from
    the dateline's town to the town written after "to" before the fare ("PIRAEUS, May 3 -" over "A berth to Limassol
    costs $40"), else ""."""
    text = context.doc.text
    to = _TO_PLACE.search(text, sentence[0], before)
    if to is None or not text.startswith("to ", to.start()) or not (end := _route_end(to.group(1))):
        return ""
    town = _dateline_town(context)
    return f"{town} - {end}" if town and town.casefold() != end.casefold() else ""


def _fare_from_the_airport_before(context: _Context, index: int, sentence: tuple[int, int], destination: Mention) -> str:
    """(branch evr208p) The route from the city whose airport the fare's paragraph names before it to the one city its
    sentence names after "to" ("Nicosia airport says 1,200 have flown out ... A single to London costs $175" is Nicosia
    - London), else "": a seat named by where it goes alone is sold where the paragraph's flights leave from."""
    if destination.place.kind != "city" or not context.doc.text.endswith("to ", 0, destination.start):
        return ""
    home = _last_airport_city(context, index, sentence[0], paragraphs=1, own_named=False)
    if (home is None or home == destination.place.name) and index > 0 and context.doc.text.find("airport", context.starts[index - 1], sentence[0]) >= 0:
        # (branch evr480p) or the paragraphs before it, when the fare's paragraph names no airport city (but the
        # destination's) and it or the one before speaks of "the airport": "the international terminal of Vladivostok airport ... Tickets are now the
        # problem. According to the aggregator data quoted by the airport ... A one-way economy ticket to Seoul ...
        # about $1,650" is Vladivostok - Seoul (round 478); "Yemelyanovo airport ... The airport's press service said
        # ... the cheapest one-way ticket to Almaty ... about $1,370" is Krasnoyarsk - Almaty (round 193): a seat sold
        # abroad, from the city whose airport the report is about
        # (the destination's own airport, "all seats on Seoul flights", is where the seat goes, not where it is sold)
        home = next(
            (
                city for earlier in range(index - 1, max(-1, index - 4), -1)
                if (city := _last_airport_city(context, earlier, sentence[0], paragraphs=1)) and city != destination.place.name
            ),
            None,
        )
        found = context.place_named(home) if home else None
        if found is None or found.country == destination.place.country:
            return ""
    return f"{home} - {destination.place.name}" if home and home != destination.place.name else ""


def _fare_other_end(context: _Context, paragraph_places: list[Mention], index: int, sentence: tuple[int, int], one: Mention) -> str:
    """(branch evr248p) The route of a fare whose sentence names one town, the one end, when its paragraph named one other
    town before it, where the people were brought: "Of those who reached Salonica, some 400 have taken passage to
    Brindisi ... The deck passage to Brindisi costs 30 drachmas" is Salonica - Brindisi (the fare "to" the town named);
    "... 7,300 people reached Lampedusa ... Smugglers in Sfax now ask 2,500 to 3,500 dinars for a seat on an iron boat"
    is Sfax - Lampedusa (sold "in" the town named); else ""."""
    text = context.doc.text
    if one.place.kind != "city":
        return ""
    into = text.endswith("to ", 0, one.start)
    if not into and not (text.endswith("in ", 0, one.start) and _SELLERS_IN.search(text, max(sentence[0], one.start - 30), one.end)):
        return ""
    others = {
        m.place.name
        for m in _mentions_in(paragraph_places, context.doc.paragraphs[index][0], sentence[0])
        if m.place.kind == "city" and m.place.name != one.place.name and _REACHED_BEFORE.search(text, max(0, m.start - 20), m.start)
    }
    if len(others) != 1:
        return ""
    (other,) = others
    return f"{other} - {one.place.name}" if into else f"{one.place.name} - {other}"


_REACHED_BEFORE = re.compile(r"\b(?:reached|landed\s+(?:at|in|on)|arrived\s+(?:at|in))\s+$")


def _fare_on_the_route_before(context: _Context, index: int, sentence: tuple[int, int], start: Mention) -> str:
    """(branch evr292p) The route of a fare whose sentence names one town, a start in the country people leave, when its
    paragraph named a route just before it to a town in another country: "a one-way ticket from Moscow to Bishkek now
    costs ... From Novosibirsk the price reaches up to 650 dollars" is Novosibirsk - Bishkek (round 288); "flights between
    Moscow and Tel Aviv ... Travel agents in Moscow said one-way tickets were still selling for as much as $3,000" is
    Moscow - Tel Aviv (round 291): the same way, from the start named; else ""."""
    origin = context.origin
    if start.place.kind != "city" or not origin or start.place.country != origin:
        return ""
    routes = list(_routes(context.doc.text, context.doc.paragraphs[index][0], sentence[0]))
    if not routes and index > 0 and context.doc.text.find("$", *sentence) >= 0:
        # (branch evr384p) or the paragraph before it, ending on that route: "a one-way ticket from Moscow to Bishkek for
        # this week costs between $650 and $900 ..." then '"I paid $780 ... for a seat from Moscow on Saturday," said
        # Artyom' (round 380): the same way, told in the next paragraph's quote
        routes = list(_routes(context.doc.text, *context.doc.paragraphs[index - 1]))
    ends = [find_places(part) for part in routes[-1].groups() if part] if routes else []
    if len(ends) != 2 or not all(ends):
        return ""
    end = ends[1][0].place
    if end.kind != "city" or not end.country or end.country == origin:
        return ""
    return f"{start.place.name} - {end.name}"


def _fare_to_a_town_opening_after_a_fare(context: _Context, index: int, sentence: tuple[int, int], destination: Mention) -> str:
    """(branch evr480p) The route of a fare whose sentence opens on the one town it names, abroad ("For Istanbul,
    brokers quoted up to $2,200 a seat", round 198; "For Bangkok, travel agencies on Svetlanskaya Street quoted ...
    $2,570-3,040", round 478; "Tashkent for the weekend was offered from ... ($1,070-1,210)", round 193), when a fare
    earlier in its paragraph was read on a route from a town at home ("Moscow - Dubai", "Vladivostok - Seoul",
    "Krasnoyarsk - Almaty"): the next destination on the list, sold from the same start; else ""."""
    text = context.doc.text
    if destination.place.kind != "city" or text[sentence[0] : destination.start].strip() not in ("", "For", "As for"):
        return ""
    fare = next((f for f in reversed(context.figures[-6:]) if f.quantity == "flights_price_usd" and f.source == context.doc.path), None)
    if fare is None or fare.start < context.starts[index] or fare.place.count(" - ") != 1:
        return ""
    start, end = fare.place.split(" - ")
    home = context.place_named(start)
    if (
        home is None
        or home.kind != "city"
        or home.country == destination.place.country
        or end == destination.place.name
        or (context.origin and home.country != context.origin)
    ):
        return ""
    return f"{start} - {destination.place.name}"


def _route_end(name: str) -> str:
    """One end of a fare's route: the place the gazetteer knows, else the town as the text names it
    (capitalised words, not a day or a month); "" if neither."""
    known = find_places(name)
    if known:
        return known[0].place.name
    words = name.split()
    if (
        words
        and words[0][:1].isupper()
        # (an article or particle inside a name: "Sharm el-Sheikh", "Foz do Iguacu", "Ciudad del Este")
        and all(word[:1].isupper() or word[:3] in ("al-", "el-") or word in _NAME_PARTICLES for word in words)
        and not _NOT_A_TOWN.match(name)
    ):
        return name
    return ""


# a ride's two ends said apart: "from Kyzyl, the Tuvan capital, to Ulaangom", "at Berg ... for the ride into Vienna",
# "Taxi till border from Orenburg" (the border: the crossing named before)
# (the ride "at the tunnel exit", "from the border": from the crossing named before; "to the Veseloyarsk checkpoint")
# ("At the crossing, taxi drivers are asking ... for the ride into central Tashkent": opening the sentence; a town's part)
# ("Taxi drivers in Nablus", "drivers at the Plattsburgh bus station": where the drivers wait is where the ride starts;
# "down to the bridge", "to the end of Roxham Road": the crossing named before, the road's end)
# (branch evr80b) boatmen, ferrymen and smugglers as drivers: "Boatmen in Talaimannar ... for the passage to Rameswaram"
# (branch evr125p) and owners: "Lorry owners in Luuq are charging ... for a place on the run to Mandera"
_RIDE_START = re.compile(
    r"\b(?:from|out of|[Aa]t|(?:(?<=[Dd]rivers\s)|(?<=[Bb]oatmen\s)|(?<=[Ff]errymen\s)|(?<=[Ss]mugglers\s)|(?<=[Oo]wners\s)"
    # (branch evr185p) "Cross-border bus companies in Harare now charge", "Travel agencies in Ufa quoted a seat": the
    # companies that sell the seats work from their town as drivers do
    r"|(?<=[Cc]ompanies\s)|(?<=[Aa]gencies\s)|(?<=[Ff]irms\s)"
    # (branch evr208p) "Fishermen at Ostend have been asking", "Brokers in Cap-Haitien tell us seats ...", "Guides in
    # the Kilkis villages were asking": whoever sells the places works from the town they are in, as drivers do
    r"|(?<=[Ff]ishermen\s)|(?<=[Bb]rokers\s)|(?<=[Gg]uides\s)|(?<=[Aa]gents\s))(?:in|at)\s+(?:the\s+)?(?=[A-Z])"
    # (branch evr185p) "At the Cúcuta bus terminal, a seat to Bogotá": the town of the station the seats are sold at
    r"|[Aa]t\s+the(?=\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\s+(?:bus|coach|railway|train|ferry|taxi)\s+(?:station|terminal|stand|depot)\b)"
    # (branch evr185p) "In Goris, taxi drivers now ask ... for the ride to Yerevan": a sentence opening in the town the
    # ride starts from (a town: not a country or a region, see `_fare_ride`)
    r"|(?<![\w,;:] )(?<![\w-])(?P<opening>In)(?=\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?,)"
    # (branch evr157p) "A driver in Chita took 8,000 roubles", "bus operators in Osijek", "The carters of Silistra demand":
    # the town the sellers of seats work from
    r"|(?:(?<=[Dd]river\s)|(?<=[Oo]perators\s)|(?<=[Cc]arters\s)|(?<=[Bb]oatmen\s)|(?<=[Dd]rivers\s))(?:in|of)(?=\s+[A-Z])"
    # (branch evr169p) "Carriers in St Petersburg put on extra runs", "The transporters of Kraké demand": carriers and
    # transporters sell seats from their town as drivers do
    r"|(?:(?<=[Cc]arriers\s)|(?<=[Tt]ransporters\s))(?:in|of|at)(?=\s+[A-Z])"
    # (branch evr189p) "A Maribor taxi driver ... for the short run to the border", "paid a Tripoli taxi driver": the town
    # named before the driver's vehicle, where the driver works (a town: not "a Hungarian taxi driver", see `_fare_ride`)
    r"|\b(?P<owned>[Aa]n?|[Tt]he)(?=\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\s+(?:taxi|bus|minibus|lorry|truck|cab|coach|boat)[\s-]"
    r"(?:drivers?|owners?|operators?)\b)"
    # (branch evr83b) "The bus of Tripoli until the frontier": the start after "of", translated ("le bus de Tripoli")
    r"|(?:(?<=bus\s)|(?<=coach\s)|(?<=train\s)|(?<=taxi\s)|(?<=ferry\s)|(?<=boat\s))of(?=\s+[A-Z])"
    # (branch evr84b) "the journey starts in Pskov, ..., where drivers advertise a seat to Rezekne": where the ride begins
    r"|(?:(?<=starts\s)|(?<=begins\s)|(?<=started\s)|(?<=began\s))(?:in|at|from)(?=\s+[A-Z])"
    # (branch evr74b) "One reader in Kazan writes that the cheapest seat ... to Tashkent": where the buyer is
    r"|(?:(?<=reader\s)|(?<=readers\s)|(?<=traveller\s)|(?<=travellers\s)|(?<=passenger\s)|(?<=passengers\s))in(?=\s+[A-Z]))\s*"
    # ((branch evr400p) or "from the port", "from the post", "from the frontier": the port of entry named before, as
    # "from the border" is, "Taxi drivers now charge ... USD 30, per passenger from the port to Ulgii")
    r"(?:(?P<border>the\s+(?:border|checkpoint|crossing|tunnel|bridge|port|post|frontier))\b"
    r"|(?:the\s+(?:town|city|village)\s+of\s+)?(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?))"  # ("from the town of Tete")
)
# ((branch evr208p) "a place in a smack bound for Folkestone": the end, a town the gazetteer may lack, as after "to")
_RIDE_END = re.compile(  # (branch evr82b: "a seat in a shared jeep from Kalay towards the border")
    # (branch evr384p) "for a seat in a car across the checkpoint" (round 382): the crossing crossed ends the ride as
    # "to the checkpoint" does
    r"\b(?:to|into|till|until|towards?|as\s+far\s+as|bound\s+for|(?P<for>for)|across(?=\s+the\s+(?:crossing|checkpoint|post)\b))\s+(?:(?P<border>(?:the\s+)?(?:border|bridge|frontier|fence|pass))\b"  # ("to the fence": the line crossed)
    # (branch evr157p) "for the 130 km to the crossing", "a seat to the post", "the 30 km to the end of the line": the
    # crossing the report is about, or the queue before it
    r"|(?P<post>(?:(?<=to\s)|(?<=across\s))the\s+(?:(?:crossing|checkpoint|post)\b(?!\s+office)|end\s+of\s+the\s+(?:line|queue)\b))"
    # (branch evr90b) "to the Ethiopian town of Adigrat", "to the border city of Kilis": the town, not its country's adjective
    r"|(?:the\s+)?(?:(?:central|downtown)\s+|end\s+of\s+|(?:[A-Z][\w’'-]+\s+)?(?:border\s+)?(?:town|city|village)\s+of\s+)?"
    r"(?![A-Z]{3}\s*\d)(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"  # (branch evr157p: not "to SDG 300,000", a currency)
    r"(?P<crossing>\s+(?:checkpoint|crossing|border\s+post|post|tunnel|bridge)\b)?)"
)


# "the same flight", "the same one-way seat": the ride of the fare told before
_THE_SAME_RIDE = re.compile(
    r"\bthe\s+same\s+(?:[\w-]+\s+){0,2}?(?:flights?|seats?|tickets?|fares?|routes?|trips?|journey|ride|passage)\b", re.IGNORECASE
)


_ADJECTIVE_ENDING = re.compile(r"(?:ian|ean|ese|ish)$")


def _town_before_vehicle(name: str) -> bool:
    """Whether a name before a vehicle ("a Maribor taxi driver") is a town's: one the gazetteer knows as a city, or one it
    does not know that is not written as an adjective ("a Hungarian taxi driver", "a Zairean lorry driver")."""
    known = scan(name)
    if known:
        return all(m.role == "name" and m.place.kind == "city" for m in known)
    return not _ADJECTIVE_ENDING.search(name)


# (branch evr197p) those who sell a fare's seats, and where: "Taxi drivers in Beirut", "Boatmen there"
_SELLERS_IN_TOWN = re.compile(  # (branch evr392p) sellers of seats in a town: "Minibus companies in St. Petersburg"
    r"\b(?:[Dd]rivers|[Bb]oatmen|[Ff]errymen|[Oo]perators|[Cc]arriers|[Cc]ompanies|[Aa]gencies|[Ff]irms|[Aa]gents)"
    rf"\s+in\s+(?P<town>{_SAINT}[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+(?:are|were|have|had|now|say|said|sell|offer|advertise|charge|ask)"
)
_SELLERS_IN = re.compile(
    r"\b(?:[Dd]rivers|[Bb]oatmen|[Ff]errymen|[Ss]mugglers|[Oo]wners|[Oo]perators|[Cc]arriers|[Tt]ransporters|[Gg]uides)"
    r"\s+(?:(?:in|at|of)\s+(?:the\s+)?[A-Z]|(?P<there>there)\b)"
)
# the town a paragraph last puts its people at, which "there" stands for: "on the Burmese bank near Maungdaw", "From
# Aivali, farther north", "In Java, the last South Ossetian town"
_TOWN_THERE = re.compile(
    r"\b(?:[Ff]rom|[Ii]n|[Aa]t|[Nn]ear)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|village|port|city)\s+of\s+)?"
    r"([A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)\b(?![’'-])"
)


def _sellers_there(text: str, sentence: tuple[int, int], context: "_Context", position: int) -> str:
    """(branch evr197p) The start of a fare that "Boatmen there" or "Minibus drivers there" ask before `position`: the
    town (not a country) its paragraph last names after "in", "at", "from" or "near" before the sentence, as written
    (a crossing's far side: "near Maungdaw", the Teknaf crossing's Burmese town); "" if none."""
    sellers = _SELLERS_IN.search(text, sentence[0], position) if text.find(" there", sentence[0], position) >= 0 else None
    if sellers is None or not sellers.group("there"):
        return ""
    for town in reversed(list(_TOWN_THERE.finditer(text, context.doc.paragraphs[context.paragraph_at(sentence[0])][0], sentence[0]))):
        name = town.group(1)
        known = find_places(name)
        if known and known[0].place.kind == "country" or _NOT_A_TOWN.match(name):
            continue
        return name if known and known[0].place.kind == "crossing" else _route_end(name)
    return ""


# (branch evr268p) the words after a two-word name that may be the rest of it: "to Sha Tau Kok", "to Sher Khan Bandar"
_MORE_OF_A_NAME = re.compile(r"\s[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?")


def _whole_name(text: str, match: re.Match) -> str:
    """(branch evr268p) A ride's end or start as `_RIDE_START` or `_RIDE_END` caught it, its two words at most, or with
    the capitalised words after them when those make a name the gazetteer knows and the two words alone do not ("the
    passage to Sha Tau Kok", not "Sha Tau")."""
    name, end = match.group("name"), match.end("name")
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].isupper() or find_places(name):
        return name
    more = _MORE_OF_A_NAME.match(text, end)
    words = more.group(0).split() if more else []
    for count in range(len(words), 0, -1):
        longer = " ".join((name, *words[:count]))
        known = find_places(longer)
        if known and known[0].start == 0 and known[0].end == len(longer):
            return longer
    return name


def _fare_ride(text: str, sentence: tuple[int, int], context: "_Context", position: int) -> str:
    """A fare's route from a start and an end its sentence names apart; "" unless both are places."""
    start = _sellers_there(text, sentence, context, position)
    for match in [] if start else _RIDE_START.finditer(text, *sentence):
        if match.group("border"):
            crossing = context.last_crossing_before(match.start())
            start = _crossing_of_either_side(context, crossing) if crossing is not None else ""
        elif match.group("opening") and any(m.place.kind not in ("city", "crossing") for m in find_places(match.group("name"))):
            continue  # ("In Georgia, a seat to Istanbul ...": a country is no start of a ride)
        elif match.group("owned") and not _town_before_vehicle(match.group("name")):
            continue  # ("a Hungarian taxi driver": an adjective or a country is no start of a ride)
        else:
            start = _route_end(_whole_name(text, match))
        if start:
            break
    end = ""
    for match in _RIDE_END.finditer(text, *sentence):
        if match.group("for"):
            # (branch evr185p) "charge 12,000 roubles ... for Helsinki": a city the gazetteer knows, after "for"
            known = find_places(match.group("name") or "") if not match.group("crossing") else []
            end = known[0].place.name if known and known[0].place.kind == "city" else ""
        elif match.group("border") or match.group("post"):
            crossing = context.last_crossing_before(position)  # (its far side's post: the crossing, as a queue's)
            end = _crossing_of_either_side(context, crossing) if crossing is not None else ""
        elif match.group("crossing"):  # "to the Veseloyarsk checkpoint": the crossing as the text names it
            end = context.place_named(match.group("name")) and context.place_named(match.group("name")).name or ""
        else:
            end = _route_end(_whole_name(text, match))
        if end:
            break
    return f"{start} - {end}" if start and end and start != end else ""


# (branch evr125p) "Boatmen were charging $4 for the crossing", "a place in a pirogue": a boat over the report's river
_BOAT_FARE = re.compile(r"\bfor\s+the\s+(?:[\w-]+\s+)?(?:crossing|row|passage)\b|\b(?:boat|canoe|pirogue|dinghy|dugout)")
# (branch evr220p) a place on a ship: "a deck seat", "an economy berth", "a place in the cabin", "on deck"
_SHIP_FARE = re.compile(r"\b(?:deck|berths?|cabins?|sailing|ferry)\b")
# "came across the Mekong from the Laotian town of Houei Sai", "gathered on the Congolese shore at Tchomia"
_FAR_SHORE = re.compile(
    r"\b(?:from|(?:shore|bank|side)\s+(?:at|of))\s+(?:the\s+(?:[A-Z][\w’'-]+\s+)?(?:town|village|city|port)\s+of\s+)?"
    r"([A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)\b"
)


def _boat_over_the_crossing(context: "_Context", sentence: tuple[int, int]) -> str:
    """'Far shore - Crossing' for a boat fare whose sentence names no route: from the last town named before as where
    people came from or waited on the other shore, to the crossing the report stands at; "" if either is missing."""
    text = context.doc.text
    near = context.report_crossing() if _BOAT_FARE.search(text, *sentence) else ""
    if not near and _SHIP_FARE.search(text, *sentence):
        near = _dateline_town(context) or ""  # (branch evr220p) "TRABZON -" over "A deck seat ... went for $380": the port
    for shore in reversed(list(_FAR_SHORE.finditer(text, 0, sentence[0])) if near else []):
        known = find_places(shore.group(1))
        if known and (known[0].place.kind == "country" or known[0].place.name == near) or not known and scan(shore.group(1)):
            continue  # (nor a people: "translated from French")
        far = _route_end(shore.group(1))
        if far and far not in _NOT_TOWNS:
            return f"{far} - {near}"
    return ""


_NAME_PARTICLES = ("de", "del", "da", "do", "dos", "das", "du", "la", "el", "al")
_BETWEEN_THE_TWO = re.compile(r"\bbetween\s+the\s+two\s+(?:capitals|cities|towns)\b")


def _two_towns(context: "_Context", index: int, sentence: tuple[int, int], before: int) -> str:
    """(branch evr82b) "seats on the overnight coach between the two capitals": a ride whose ends were named before,
    the origin's town and the host's named last before it, in the way people leave; "" unless both are named."""
    if not _BETWEEN_THE_TWO.search(context.doc.text, *sentence):
        return ""
    left = host = ""
    for earlier in range(index, -1, -1):
        for m in reversed(context.places[earlier]):
            if m.start < before and m.place.kind == "city":
                if m.place.country == context.origin:
                    left = left or m.place.name
                elif m.place.country == context.main_destination:
                    host = host or m.place.name
        if left and host:
            return f"{left} - {host}"
    return ""


# (branch evr428p) "<place> in Kostanay region", "in the Tabora Region", "in Kassala State": where the place named before
# lies, told just before a relative clause's comma
_ALONE_AFTER = re.compile(r"\s+alone\b")  # (branch evr428p) "through Salla alone": a place singled out
_SINGLED_BY = re.compile(r"\b(?:at|through|in|for|via|over)\s+(?:the\s+)?$")
_LOCATED_IN_BEFORE = re.compile(
    r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*){0,2}\s+(?:[Rr]egion|[Pp]rovince|[Ss]tate|[Dd]istrict|[Oo]blast|"
    r"[Cc]ounty|[Gg]overnorate|[Dd]epartment|[Pp]refecture)(?=,\s*(?:which|where|who)\s$)"
)


def _antecedent(text: str, clause: tuple[int, int], position: int, places: list[Mention]) -> Mention | None:
    """The place a relative clause is about: the one named just before ", which", ", where", ", who"."""
    pronoun = _RELATIVE.search(text, max(0, clause[0] - 12), clause[0])
    if pronoun is None or "," in text[clause[0] : position]:
        return None  # past the next comma the relative clause has ended
    located = _LOCATED_IN_BEFORE.search(text, max(0, pronoun.start() - 60), pronoun.end())
    if located is not None:
        # (branch evr428p) "The busiest post remains Kairak in Kostanay region, where 5 430 people crossed into
        # Kazakhstan", "Hamdayet in Kassala state, where about 18 000 have arrived": the clause is about the crossing or
        # town the region locates, not the region nor the country entered (round 427; round 354 writes the same)
        head = next((m for m in reversed(places) if located.start() - 2 <= m.end <= located.start()), None)
        if head is not None and head.place.kind in ("crossing", "city"):
            return head
    return next((m for m in reversed(places) if pronoun.start() - 2 <= m.end <= pronoun.start()), None)


def _common_place(mentions: list[Mention]) -> str:
    names = {m.place.name for m in mentions}
    if len(names) == 1:
        return names.pop()
    countries = {m.place.country for m in mentions}
    return countries.pop() if len(countries) == 1 else ""


_FROM_OR_OF_BEFORE = re.compile(r"\b(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
_TOTAL_ROW = re.compile(r"\s*\|\s*(?:Total|All)\b", re.IGNORECASE)
_NAME_CELL = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")  # a header cell that is a bare name: "Otaci", "Vysne Nemecke"
_SIDE_AFTER = re.compile(r"\s+side\b")  # "on the Sudanese side": a country's side, no place of the answer's own
_ENTERED_UNLAWFULLY = keywords(
    r"(?:illegal|irregular|unlawful|unauthori[sz]ed)\s+(?:entry|entries|crossings?|border\s+crossings?)"
    r"|(?:entered|entering|enter|crossed|crossing|cross)\s+(?:\w+\s+){0,3}?(?:illegally|irregularly|unlawfully|without\s+(?:papers|documents|visas?|permission))"
)
# (branch evr260p) people held after they crossed, told after the count: "detained seventeen armed men who crossed the
# frontier with rifles", "arrested seven men on Thursday who they say crossed with machetes", "detained 212 former
# soldiers ... who crossed the frontier carrying arms" (rounds 232, 256, 259): over already, held by the country entered
# (not "who tried to cross", whom either side's guards may stop)
_WHO_CROSSED = keywords(r"who\s+(?:(?:they|police|officials|authorities)\s+(?:say|said)\s+)?(?:had\s+|have\s+)?crossed")
# (branch evr284p) but armed men who tried to cross, told after the count: "detained 6 persons carrying weapons who
# attempted to cross together with the villagers", "14 armed men who tried to cross with the civilians", "17 armed men who
# were attempting to recross the frontier" (rounds 226, 244, 268, 282): fighters the country they try to enter disarms and
# holds (unarmed men who "tried to cross the border on foot" stay either side's, round 278)
_TRIED_TO_CROSS = keywords(r"(?:tried|attempted|attempting|trying)\s+to\s+(?:re)?cross")
_ARMED = keywords(r"armed|arms|weapons?|rifles?|guns?|machetes?")
# "arrested two suspected people smugglers near Leibnitz": caught where they bring people in, the country entered
_SMUGGLERS = keywords(
    r"smugglers?|traffickers?"  # and people caught taking others over: "arrested 9 for ferrying people across the river"
    r"|(?:transport|ferry|ferri|carry|carri|smuggl)(?:s|ed|ing)?\s+(?:\w+\s+)?(?:persons|people|migrants|refugees)\s+(?:across|over)"
    # (branch evr89b) the crime named: "accused of trafficking of migrants", "for people smuggling", "migrant smuggling"
    r"|(?:trafficking|smuggling)\s+(?:of\s+|in\s+)?(?:persons|people|migrants|refugees)|(?:people|migrant|human)\s+smuggling"
)
# (branch evr352p) people caught taking others of a nation over, named by their demonym: "the Police arrested two drivers
# who were taking Venezuelans across the shore of the lake", "detained a boatman ferrying Afghans over the river" (the
# arrests of the country reached, as `_SMUGGLERS`'s "ferrying people across")
_TAKING_NATIONALS_ACROSS = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|guid(?:e|es|ed|ing)|driv(?:e|es|ing)|drove|bring(?:s|ing)?|brought|transport(?:s|ed|ing)?"
    r"|ferr(?:y|ies|ied|ying)|carr(?:y|ies|ied|ying)|smuggl(?:e|es|ed|ing))\s+[A-Z][a-z]+(?:ans|ians|is|ese|s)\s+(?:across|over)\b"
)
# "detained 1,500 men among the arrivals", "selling forged papers to new arrivals", "detained 11 as they landed":
# held where they came in, the country entered
_AMONG_ARRIVALS = keywords(
    r"(?:among|to|from|of)\s+(?:the\s+)?(?:new\s+|recent\s+)?arrivals|on\s+(?:their\s+)?arrival|as\s+they\s+(?:arrived|landed|came\s+ashore)"
)
# where an arrest happened: "in Santo Domingo and", "In Dakar, police said they had arrested 34" (opening the sentence)
# ((branch evr220p) and a town after what it is, as translations write it: "at the station Uralsk", "in the airport
# Dushanbe", "in the settlement Stepantsminda")
_LOCATED_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Aa]cross)\s+(?:the\s+)?(?:(?:station|airport|port|settlement|village)\s+(?:of\s+)?)?"
    r"(?:[A-Z][\w’'.-]*\s+(?:and\s+)?)*$"
)


def _asked_place(context: _Context, index: int, sentence: tuple[int, int]) -> str:
    """In a transcript, the one crossing the question names, when the answer names no place of its
    own other than where people come from ("new arrivals from Sudan") or a country's side."""
    asked = context.asked_crossing(index)
    if not asked:
        return ""
    text = context.doc.text
    own = [
        m
        for m in _mentions_in(context.unlisted_places(index), *sentence)
        if not _FROM_OR_OF_BEFORE.search(text, max(0, m.start - 12), m.start) and not _SIDE_AFTER.match(text, m.end, m.end + 8)
    ]
    return "" if own else asked


def _is_crossing(context: _Context, name: str) -> bool:
    """Whether `name` is a crossing: one the report names, or the gazetteer's (named only in a question heading)."""
    if not name:
        return False
    place = context.place_named(name)
    if place is not None:
        return place.kind == "crossing"
    return any(m.place.kind == "crossing" and m.place.name == name for m in scan(name))


# forces named by the city or region they belong to: "Saratov traffic police", "the border guards of the Pskov region"
_FORCES_OF = re.compile(
    # ((branch evr252p) and a force whose own name holds its city's: "Dubai Police said they had arrested four")
    r"\b(?!(?:The|A|An|Its|Their)\s)(?P<before>[A-Z][\w’'-]+)\s+(?:(?:traffic|border|regional|city|local|district)\s+)?(?:[Pp]olice|border\s+guards|guards|militia)\b"
    r"|\b(?:police|border\s+guards|guards|militia|(?:border\s+)?directorate)\s+of\s+(?:the\s+)?"
    r"(?:(?:region|province|district|county|prefecture)\s+of\s+)?(?P<after>[A-Z][\w’'-]+)"  # (evr173p) "of the region of Kigoma"
    # (branch evr157p) "the police in Zupanja arrested", "Police of Mukdahan station", "gendarmes at Fassala", "patrol
    # police on the territory of Stepantsminda": the forces of a town or a crossing's post
    r"|\b(?:[Pp]olice|[Gg]endarmes|[Gg]endarmerie|border\s+guards)\s+(?:in|at|of|on\s+the\s+territory\s+of)\s+(?P<at>[A-Z][\w’'-]+)"
    # (branch evr220p) the town set before them: "in the settlement Stepantsminda the patrol police detained"
    r"|\b[Ii]n\s+the\s+(?:settlement|village|town)\s+(?:of\s+)?(?P<framed>[A-Z][\w’'-]+),?\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:police|gendarmes|gendarmerie|border\s+guards)\b"
)
# (branch evr256p) a force named by its country's adjective right before the verb of arrest and the count: "the
# Nicaraguan Army detained 63", "Turkish troops have arrested some 40"
_FORCE_BEFORE_COUNT = re.compile(
    r"\s+(?:[Aa]rmy|[Nn]avy|[Pp]olice|[Cc]oast\s+[Gg]uard|[Bb]order\s+[Gg]uards?|[Bb]order\s+[Pp]olice|troops|soldiers)"
    r"\s+(?:(?:have|has|had)\s+)?(?:detained|arrested|apprehended|intercepted)\s+(?:(?:some|about|around|nearly|more\s+than)\s+)?"
)
_BARE_FORCES = re.compile(r"\s*(?:The\s+)?(?:Police|Border\s+guards|Guards)\b")


def _origins_people_held(context: _Context, index: int, number: _Number, origin: str | None) -> bool:
    """Whether the people held are named right after the count as the origin's ("detained 11 Russian citizens", "38
    Venezuelans"): foreigners held where they are, by the country the report is about, not by their own."""
    if not origin:
        return False
    reach = number.end + 30
    return any(m.place.name == origin for m in _mentions_in(context.demonyms[index], number.end, reach)) or any(
        m.place.name == origin and _NATIONALS_AFTER.match(context.doc.text, m.end)
        for m in _mentions_in(context.adjectives[index], number.end, reach)
    ) or any(  # (branch evr344p) "arrested 17 Myanmar nationals": a country's own name written as its adjective
        m.place.name == origin and m.place.kind == "country" and _NATIONALS_AFTER.match(context.doc.text, m.end)
        for m in _mentions_in(context.places[index], number.end, reach)
    ) or any(  # (branch evr220p) "detained 2 citizens of the Russian Federation", "19 citizens of Russia"
        m.place.name == origin and _CITIZENS_OF_BEFORE.search(context.doc.text, max(number.end, m.start - 24), m.start)
        for m in _mentions_in(context.places[index], number.end, reach + 12)
    ) or origin == "Russia" and bool(_CITIZENS_OF_THE_RF.search(context.doc.text, number.end, reach))


# ((branch evr197p) and the origin's soldiers: "detained 12 Iraqi soldiers who had come across with the refugees")
# ((branch evr220p) and its boatmen or fishermen: "arrested 5 persons, Sri Lankan boatmen")
_NATIONALS_AFTER = re.compile(
    r"\s+(?:citizens|nationals|migrants|men|women|people|persons|refugees|soldiers|deserters|boatmen|fishermen|sailors|crewmen)\b"
)


def _side_held_on(context: _Context, index: int, clause: tuple[int, int], number: _Number) -> str:
    """(branch evr197p) The country whose side or bank of the border the arrests' clause puts them on after the count
    ("detained 47 people trying to cross on the Tajik bank", "arrested 14 boatmen on the Bangladesh side"), else ""."""
    text = context.doc.text
    if text.find(" on the ", number.end, clause[1]) < 0:
        return ""
    for m in _mentions_in(context.places[index] + context.adjectives[index], number.end, clause[1]):
        if (m.role == "adjective" or m.place.kind == "country") and text.endswith(" on the ", 0, m.start) and _SIDE_OR_BANK_AFTER.match(text, m.end):
            return m.place.name
    return ""


_SIDE_OR_BANK_AFTER = re.compile(r"\s+(?:side|bank|shore)\b")


def _city_held_in(context: _Context, index: int, clause: tuple[int, int], number: _Number) -> str:
    """(branch evr228p) The country of the one city the arrests' clause names after the count as where they were made ("in
    Havana", "at Bujumbura"), else "": held there, whoever's people they were."""
    text = context.doc.text
    cities = {
        m.place.country
        for m in _mentions_in(context.places[index], number.end, clause[1])
        if m.place.kind == "city" and m.place.country and text.endswith((" in ", " at "), 0, m.start)
    }
    return cities.pop() if len(cities) == 1 else ""


def _hosts_people_held(context: _Context, index: int, number: _Number) -> bool:
    """(branch evr197p) Whether the people held are named right after the count as the people of the country the report
    is about ("arrested 5 Jamaicans", "detained 31 Thai boat owners", "nine Hong Kong residents", "3 Florida boat
    captains"): its own people, held at home, not where the report's people come from. Not where that country's
    people are the ones the report names most ("arrested 57 Haitians" in a report on Haitians expelled home from the
    Dominican Republic: held where they were expelled from)."""
    host = context.main_destination
    if not host:
        return False
    text = context.doc.text
    near = [m for m in context.demonyms[index] + context.adjectives[index] + context.places[index] if number.end < m.start <= number.end + 10]
    if not any(
        m.place.country == host
        and _WORDS_BETWEEN.fullmatch(text, number.end, m.start)
        and (m.role == "demonym" or _LOCALS_AFTER.match(text, m.end))
        for m in near
    ):
        return False
    named = Counter(m.place.name for paragraph in context.demonyms for m in paragraph)
    return named[host] == 0 or named[host] < max(named.values())


_WORDS_BETWEEN = re.compile(r"\s+(?:[a-z]+\s+)?")  # "5 Jamaicans", "3 armed Thai boat owners"
# the people a place or nationality names: "Hong Kong residents", "Thai boat owners", "Florida boat captains"
_LOCALS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:residents|citizens|nationals|men|women|people|persons|villagers|owners|captains|boatmen"
    r"|fishermen|drivers|smugglers|traffickers|crew(?:men)?)\b"
)


# (branch evr472p) people held as they tried to enter a country the sentence names after the count: "In the past three
# days, Khyber Levies and police have detained 27 persons who tried to enter Pakistan through unfrequented routes"
# (round 469, read at the origin, Afghanistan), "Since 1 July they have disarmed and detained 17 armed men who tried to
# enter Guinean territory" (round 325, read at Liberia): the arrests of the country they tried to enter, whose forces
# held them (not when the sentence names the origin's own forces or places before the count: those held on the way out)
_TRIED_TO_ENTER = re.compile(
    r"\s(?:who|that)\s+(?:had\s+|have\s+)?(?:tried|attempted|were\s+trying|was\s+trying|were\s+attempting)\s+to\s+(?:re-?)?enter\s+(?:the\s+)?$"
)


def _country_they_tried_to_enter(
    context: _Context, index: int, sentence: tuple[int, int], number: _Number, origin: str | None
) -> str | None:
    """(branch evr472p) The country named as the one the people held after the count "tried to enter", if any."""
    text = context.doc.text
    before = [*context.unlisted_places(index), *context.adjectives[index]]
    if origin and any(m.place.name == origin for m in _mentions_in(before, sentence[0], number.start)):
        return None
    for m in sorted(_mentions_in(before, number.end, sentence[1]), key=lambda m: m.start):
        if m.place.kind != "country" or m.place.name == origin or m.start - number.end > 160:
            continue
        if _TRIED_TO_ENTER.search(text, max(number.end, m.start - 70), m.start) and (
            m.role == "name" or text.startswith(" territory", m.end)
        ):
            return m.place.name
    return None


def _origins_guards(context: _Context, index: int, sentence: tuple[int, int], number: _Number, origin: str) -> bool:
    """Whether the sentence opens with the origin's own guards or police as the subject of the arrests ("Romanian border
    guards detained 75", in a report from the country people reach: the arrests were made on the origin's side)."""
    text = context.doc.text
    return any(
        m.place.name == origin
        and _SUBJECT_START.fullmatch(text, sentence[0], m.start)
        and _GUARDS_AFTER.match(text, m.end, number.start)
        for m in _mentions_in(context.adjectives[index], sentence[0], number.start)
    )


# the forces an adjective names, then their arrest ("border guards detained", "police have arrested")
_GUARDS_AFTER = re.compile(
    r"\s+(?:border\s+|frontier\s+|security\s+|riot\s+)?(?:guards|police|troops|soldiers|forces|officers)\s+"
    r"(?:(?:have|had|has)\s+)?(?:detained|arrested|caught|seized)\b"
)
# (branch evr173p) the same for police and guards alone, who arrest at home (troops arrest abroad too: "French troops
# arrested 17 men near Souk Ahras" are Algeria's arrests)
_POLICE_AFTER = re.compile(
    r"\s+(?:border\s+|frontier\s+|riot\s+)?(?:guards|police|gendarmes|gendarmerie)\s+"
    # (branch evr185p) "The Finnish police at Terijoki arrested 12", "South African police said they had arrested 47":
    # their post's town, or their own word for it, between the forces and their arrest
    # ((branch evr208p) a name with a particle inside: "Peruvian police in Madre de Dios detained 63")
    r"(?:(?:at|in)\s+[A-Z][\w’'-]+(?:\s(?:(?:de|del|da|do|dos|das|du|la|el)\s)?[A-Z][\w’'-]+)?\s+)?"
    r"(?:said\s+(?:on\s+\w+\s+)?(?:that\s+)?they\s+)?"
    # ((branch evr240p) an adverb between: "the Beninese gendarmes also detained twelve young men")
    r"(?:(?:have|had|has)\s+)?(?:(?:also|later|then|again|reportedly|subsequently)\s+)?(?:detained|arrested)\b"
)

# (branch evr208p) a force whose own name holds its country's name: "the Royal Bahamas Police Force arrested", "the
# Cyprus Police arrested", "the Japan Coast Guard arrested"
_FORCE_NAMED_AFTER = re.compile(
    r"\s+(?:(?:Border|National|Marine|State)\s+)?(?:Police(?:\s+(?:Force|Service))?|Coast\s+Guard|Border\s+Guard|Gendarmerie"
    r"|Defen[cs]e\s+Force)\s+(?:(?:have|had|has)\s+)?(?:detained|arrested)\b"
)

# (branch evr288p) the same with the country after the force's title: "the National Police of Peru detained 24", "the
# Border Guard of Poland arrested"; ((branch evr308p) and a country's armed forces: "units of the Armed Forces of Honduras
# detained 14 armed men", "the Armed Forces of the Philippines arrested")
_FORCE_OF_BEFORE = re.compile(
    r"(?:Police(?:\s+(?:Force|Service))?|Coast\s+Guard|Border\s+Guard|Gendarmerie|Armed\s+Forces)\s+of\s+(?:the\s+)?$"
)
_ARREST_VERB_AFTER = re.compile(r"\s+(?:(?:have|had|has)\s+)?(?:detained|arrested)\b")


# (branch evr216p) the arrest told in the passive after the count, then the forces that made it: "Three emigrants were
# detained by Polish customs officers", "12 men had been arrested by the Turkish gendarmerie"
_HELD_BY = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:were|was|(?:had|have|has)\s+been)\s+(?:detained|arrested|apprehended)\s+by\s+(?:the\s+)?"
)
_FORCES_AFTER = re.compile(
    r"\s+(?:(?:customs|border|frontier|riot|security|coast)\s+)?(?:officers|officials|guards|police|gendarmes|gendarmerie|troops|soldiers)\b"
)


# (branch evr312p) the adjectives of states gone since, which the gazetteer (today's countries) does not read, for the
# arrests their forces made: "Czechoslovak border guards detained 26 East Germans" (rounds 61, 158, 177 and 311, all read
# at the far bank or the report's country); only here, as a force's country (a gazetteer entry took "Czechoslovak
# frontier police said 2,300 crossed" from the dateline's town too, round 113)
_FORMER_STATES = {"Czechoslovak": "Czechoslovakia"}
_FORMER_STATE_AFTER = re.compile(r"(?:ian)?(?=\s)")


def _former_state_forces(text: str, sentence: tuple[int, int], number: _Number) -> str:
    """The gone state whose adjective names the police or guards whose arrest verb comes just before `number`, else ""."""
    for adjective, state in _FORMER_STATES.items():
        at = text.find(adjective, sentence[0], number.start)
        while at >= 0:
            if (
                (end := _FORMER_STATE_AFTER.match(text, at + len(adjective)))
                and (guards := _POLICE_AFTER.match(text, end.end(), number.start))
                and number.start - guards.end() <= 12
            ):
                return state
            at = text.find(adjective, at + 1, number.start)
    return _own_named_forces(text, sentence, number)


# (branch evr332p) a country's force named by its own name, with no country word: "Carabineros arrested 6 people",
# "On Sunday, Carabineros also detained 11", "the Carabineros have detained 19" (Chile's police; rounds 142, 295 and 331,
# read at the far bank Bolivia or not read): the force's country, only as the subject of an arrest just before the count
# (branch evr340p) and Ireland's police, "The Garda Síochána arrested three men" (round 209) and "Gardai at Carrickcarnon
# detained four men" (round 339, read at the far side United Kingdom), and the United States' Border Patrol, "U.S. Border
# Patrol agents in Champlain arrested two men" (round 336, read at Canada, the country the report is about; round 173's
# "The Border Patrol arrested 5 men" found already): with their agents or officers and their post's town between
_FORCES_BY_NAME = {
    "Carabineros": "Chile", "Garda Síochána": "Ireland", "Garda Siochana": "Ireland", "Gardaí": "Ireland",
    "Gardai": "Ireland", "Border Patrol": "United States",
}
_NAMED_FORCE_ARREST = re.compile(
    r"(?:\s+(?:agents|officers))?"
    r"(?:\s+(?:at|in)\s+[A-Z][\w’'-]+(?:\s(?:(?:de|del|da|do|dos|das|du|la|el)\s)?[A-Z][\w’'-]+)?)?"
    r"\s+(?:(?:have|had|has)\s+)?(?:(?:also|later|then|again|reportedly|subsequently)\s+)?(?:detained|arrested)\b"
)


def _own_named_forces(text: str, sentence: tuple[int, int], number: _Number) -> str:
    """The country whose force, named by its own name, made the arrest whose verb comes just before `number`, else ""."""
    for force, country in _FORCES_BY_NAME.items():
        at = text.find(force, sentence[0], number.start)
        while at >= 0:
            if (verb := _NAMED_FORCE_ARREST.match(text, at + len(force), number.start)) and number.start - verb.end() <= 12:
                return country
            at = text.find(force, at + 1, number.start)
    return ""


# (branch evr452p, from reading rounds 448-451) what the count's sentence says after it of people held for a call-up:
# handed or taken to an enlistment office or military commissariat, or held on suspicion of evading mobilisation
_HELD_FOR_THE_CALL_UP = re.compile(
    r"\b(?:(?:handed|taken|sent|driven|drove|brought|transferred|delivered|escorted)\s+(?:(?:them|him)\s+)?(?:over\s+|away\s+|back\s+)?"
    r"to\s+(?:the\s+|an?\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?:enlistment|recruitment|recruiting|draft|conscription)\s+offices?"
    r"|(?:military\s+)?commissariats?|voenkomats?"
    r"|(?:on\s+suspicion\s+of|for|accused\s+of|charged\s+with)\s+(?:draft\s+)?evad\w+\s+(?:the\s+)?(?:mobili[sz]ation|draft|call[\s-]up|conscription|military\s+service))",
    re.IGNORECASE,
)
# "detained four men and took them to Vladikavkaz", "detained and taken away to Isilkul": the town people held were taken to
_TAKEN_TO_BEFORE = re.compile(
    r"\b(?:took|taken|driven|drove|sent|brought|transferred|escorted)\s+(?:(?:them|him)\s+)?(?:away\s+|back\s+)?to\s+$"
)


def _held_for_the_origins_call_up(context: _Context, index: int, sentence: tuple[int, int], number: _Number, origin: str) -> bool:
    """(branch evr452p, from reading rounds 448-451) Whether arrests were made by the origin calling its people up,
    whoever's post they were made at: "At Torfyanovka 5 men were detained by border guards and handed to the Vyborg
    enlistment office" (round 448), "37 men who were detained at border posts on suspicion of evading mobilization"
    (419), "border guards at Upper Lars detained four men and took them to Vladikavkaz" (382, 434: a town of the
    origin). A call-up is the origin's alone, so are the arrests that serve it: not the host's whose crossing the
    sentence names. Not where the sentence names another
    country's force or a town of another country they were held in ("The Belarusian Interior Ministry said police
    detained 11 Russian citizens in Minsk ... and handed them over to Russian military commissariats", round 215:
    Belarus's arrests, made where they were made)."""
    text = context.doc.text
    if any(
        m.place.kind == "country" and m.place.name != origin
        for m in _mentions_in(context.places[index] + context.adjectives[index], sentence[0], number.start)
    ) or any(
        m.place.kind == "city" and context.country_of(m.place.name) != origin and text.endswith(("in ", "at "), max(0, m.start - 3), m.start)
        for m in _mentions_in(context.places[index], *sentence)
    ):
        return False
    if _HELD_FOR_THE_CALL_UP.search(text, number.end, sentence[1]):
        return True
    return any(
        m.place.kind == "city"
        and context.country_of(m.place.name) == origin
        and _TAKEN_TO_BEFORE.search(text, max(number.end, m.start - 30), m.start)
        for m in _mentions_in(context.places[index], number.end, sentence[1])
    )


def _adjective_forces(context: _Context, index: int, sentence: tuple[int, int], number: _Number) -> str:
    """(branch evr173p) The country whose adjective names the police or guards whose arrest verb comes just before the
    count, wherever in the sentence ("...: Jordanian police arrested 4 men", "Upstream at Candelaria, Argentine
    gendarmes arrested 35"), or (branch evr216p) who made the arrest told in the passive after it ("3 were detained by
    Polish customs officers"), else ""."""
    text = context.doc.text
    near = text[max(sentence[0], number.start - 24) : number.start]
    if "detained" not in near and "arrested" not in near:
        if " by " in text[number.end : number.end + 60]:
            for m in _mentions_in(context.adjectives[index], number.end, min(sentence[1], number.end + 80)):
                if _HELD_BY.fullmatch(text, number.end, m.start) and _FORCES_AFTER.match(text, m.end):
                    return m.place.name
        return ""
    for m in _mentions_in(context.adjectives[index], sentence[0], number.start):
        if (guards := _POLICE_AFTER.match(text, m.end, number.start)) and number.start - guards.end() <= 12:
            return m.place.name
    for m in _mentions_in(context.places[index], sentence[0], number.start):
        if m.place.kind == "country" and (force := _FORCE_NAMED_AFTER.match(text, m.end, number.start)) and number.start - force.end() <= 12:
            return m.place.name  # (branch evr208p) "The Royal Barbados Police Force detained two persons": Barbados's
        if (
            m.place.kind == "country"
            and " of " in text[max(0, m.start - 9) : m.start]
            and _FORCE_OF_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
            and (verb := _ARREST_VERB_AFTER.match(text, m.end, number.start))
            and number.start - verb.end() <= 12
        ):
            return m.place.name  # (branch evr288p) "The National Police of Peru detained 24 foreign citizens": Peru's
    return _former_state_forces(text, sentence, number)


def _people_of(context: _Context, index: int, number: _Number) -> str:
    """The country whose adjective names the people counted, right after the number ("585 Afghan soldiers", "more than
    8,000 Tajik citizens"), else ""."""
    return next(
        (m.place.name for m in _mentions_in(context.adjectives[index], number.end, number.end + 30) if m.start - number.end <= 10),
        "",
    )


def _people_sent(context: _Context, index: int, number: _Number) -> str:
    """(branch evr416p) The country the people counted are of, by the adjective or the plural noun right after the number
    ("1,385 Haitians", "600 Afghan nationals"), else ""."""
    return _people_of(context, index, number) or next(
        (m.place.name for m in _mentions_in(context.demonyms[index], number.end, number.end + 30) if m.start - number.end <= 10),
        "",
    )


def _origins_own(context: _Context, index: int, number: _Number) -> bool:
    """Whether the people counted are the origin's ("585 Afghan soldiers" in a report on Afghans fleeing: crossing out
    of it)."""
    return bool(context.origin) and _people_of(context, index, number) == context.origin


# a protest after the count ("50,000 people marched through Budapest", "thousands rallied"): no movement across a border
_MARCH_WORDS = re.compile(r"march|rall|demonstrat|protest")
# (the count's own verb: not "detained 14 persons who protested", arrests of protesters)
_MARCHED_AFTER = re.compile(r"(?:\s+(?!who\b|that\b)[\w-]+){0,2}?\s+(?:marched|rallied|demonstrated|protested)\b")


_AT_THE_POST_BEFORE = re.compile(r"\b[Aa]t\s+the\s+(?:checkpoint|crossing(?:\s+point)?|post)\s+[\"«“]?$")


def _arrests_at_a_post(
    context: _Context, places: list[Mention], sentence: tuple[int, int], clause: tuple[int, int], number: _Number
) -> str:
    """(branch evr157p) The country of the crossing post the arrests' clause puts them at or in ("apprehended 14 persons
    at Teknaf"), by `_post_side`, when there is one, else ""."""
    text = context.doc.text
    posts = [
        m for m in _mentions_in(places, *clause)
        if m.place.kind == "crossing"
        and (
            _LOCATED_BEFORE.search(text, max(clause[0], m.start - 40), m.start)
            # (branch evr296p) the post named after its kind, as translated reports write it: 'at the checkpoint "Kyakhta"'
            or _AT_THE_POST_BEFORE.search(text, max(clause[0], m.start - 40), m.start)
        )
    ]
    if len(posts) != 1:
        return ""
    written = text[posts[0].start : posts[0].end]
    side = _post_side(context, sentence, number.start, written, posts[0].place)
    if side or post_country(written, posts[0].place) is not None:
        return side
    # (branch evr516p) a post named by the side's town the world's towns lack ("detained at Ak-Zhol", Kordai's Kyrgyz
    # side, round 516; "arrested six people at Elegu", Nimule's Ugandan side, round 183): of the crossing's two
    # countries, the one the report is about, where its own police make the arrests, not the origin the figure fell
    # back to (none where the sentence names a side or another country before the count, as `_post_side` reads it)
    host = context.main_destination
    crossing = posts[0].place
    if not host or host == context.origin or host not in (crossing.country, CROSSING_EXIT_COUNTRY.get(crossing.name)):
        return ""
    if "side" in text[sentence[0] : sentence[1]] and _SIDE_WORD.search(text, *sentence):
        return ""
    index = context.paragraph_at(sentence[0])
    if any(
        m.place.kind == "country" and m.place.name != host
        for m in context.places[index] + context.adjectives[index] if sentence[0] <= m.start < number.start
    ):
        return ""
    # (nor where the paragraph names the origin's force before it: "detained by FSB border officers at the border ...
    # Nine of them were detained ... at Upper Lars", round 513, Russia's)
    if any(m.place.name == context.origin and m.start < number.start for m in context.adjectives[index]):
        return ""
    return host


_SIDE_WORD = re.compile(r"\bsides?\b", re.IGNORECASE)


def _post_side(context: _Context, sentence: tuple[int, int], before: int, written: str, crossing: Place) -> str:
    """The country of a crossing's post named as `written`: the town's own (a crossing is named by either side's town),
    else, where the crossing is named by its own name, the country it leads into; "" where the sentence names a side
    or, before `before`, another country ("Police at the Kazanskoye post on the Russian side", "Refugees arriving at
    Ciudad Cuauhtemoc report that the Guatemalan army detained ...")."""
    text = context.doc.text
    if "side" in text[sentence[0] : sentence[1]] and _SIDE_WORD.search(text, *sentence):
        return ""  # ((branch evr296p) the word, not "outside the checkpoint")
    own = post_country(written, crossing)
    index = context.paragraph_at(sentence[0])
    others = [m for m in context.places[index] + context.adjectives[index] if sentence[0] <= m.start < before]
    if own is None or any(m.place.kind == "country" and m.place.name != own for m in others):
        return ""
    return own


# (branch evr248p) a force named by its title alone, with no country's name or adjective, making the arrest the count
# follows: "the Civil Guard detained", "the gendarmerie detained", "the National Guard said ... it had arrested", "the
# Fuerza Publica arrested", "the security forces detained" (rounds 225, 232, 244, 245 and 247)
# (branch evr472p) and "the National Police", "the Federal Police": "Yesterday, the National Police detained 19 persons on
# the informal trails (trochas) along the Táchira river" in a report on Venezuelans reaching Colombia (round 468, read at
# the origin), "In the past week the National Police detained 23 persons of Colombian nationality" in one on Ecuador
# (round 290), "On Friday, the Federal Police detained 45 persons on the bridge" in one on Mexico (round 459)
_TITLED_FORCE = re.compile(
    r"\b(?:the|The)\s+(?:Civil\s+Guard|National\s+Guard|Rural\s+Guard|Guardia\s+Civil|Fuerza\s+P[uú]blica|[Gg]endarmerie"
    r"|[Ss]ecurity\s+forces|(?:National|Federal)\s+Police)\s+(?:[^.;!?]{0,40}?\s)?(?:(?:have|has|had)\s+)?(?:disarmed\s+and\s+)?(?:detained|arrested)\s+$"
)
_FORCE_CUES = ("Guard", "endarmerie", "forces", "Fuerza", "Guardia", "l Police")


def _host_force_unnamed(text: str, sentence: tuple[int, int], number: "_Number") -> bool:
    """Whether the count's arrest is made by a force its sentence names by its title alone ("the Civil Guard")."""
    start = max(sentence[0], number.start - 90)
    segment = text[start : number.start]
    return any(cue in segment for cue in _FORCE_CUES) and bool(_TITLED_FORCE.search(text, start, number.start))


def _leads_with_the_host(context: _Context) -> bool:
    """Whether the report's first two paragraphs name the country people reach, or one of its cities (its subject, not
    a country read from "the agreements of Geneva" further down; a crossing's country is read from it)."""
    host = context.main_destination
    return any(
        m.place.name == host or m.place.kind == "city" and m.place.country == host
        for index in range(min(2, len(context.doc.paragraphs)))
        for m in (*context.places[index], *context.adjectives[index], *context.demonyms[index])
    )


_NEXT_CAPITALISED = re.compile(r"[ .-]+[A-Z]")  # a name read in part: "Police in St| Petersburg", "of North| Ossetia"
_FORCE_TITLES = frozenset(  # (branch evr392p) a force's own title before "Police", no place's name
    "Federal National State Border Military Royal Metropolitan Traffic Secret Commonwealth Riot Highway Railway Transport "
    "Tourist Civil Judicial Criminal Municipal Regional City Local District Provincial County Frontier Special Immigration "
    "Marine Port Airport Religious Mounted Auxiliary Central General".split()
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")  # (branch evr392p) "East Aceh", read whole
_POINTS_OF_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Central"})


def _local_forces_country(context: _Context) -> str:
    """(branch evr392p) The country whose local forces a region no table holds names ("Mizoram Police", "Police in East
    Aceh"): the one the dateline names, else the country reached when the report leads with it; "" otherwise."""
    if filed := _filed_from(context):
        return filed
    return context.main_destination if context.main_destination and _leads_with_the_host(context) else ""


def _forces_country(context: _Context, index: int, sentence: tuple[int, int], number: _Number) -> str:
    """The country of a city or region whose forces the sentence names before `number` (a bare "Police" opening
    it: the forces the paragraph named before), else ""."""
    text = context.doc.text
    spans = [(sentence[0], number.start)]
    if _BARE_FORCES.match(text, sentence[0]):
        spans.append((context.doc.paragraphs[index][0], sentence[0]))
    for span in spans:
        for found in _FORCES_OF.finditer(text, *span):
            at = found.group("at") or found.group("framed")
            name = found.group("before") or found.group("after") or at
            named = find_places(name)
            if len(named) == 1 and named[0].place.kind == "city" and named[0].place.country:
                return named[0].place.country
            if found.group("before") and found.group(0).endswith("Police"):
                if (
                    not named and name not in _NOT_TOWNS and context.place_named(name) is None and not scan(name)
                    and name not in _FORCE_TITLES  # (not "Federal Police", "National Police")
                    and re.search(rf"\b(?:in|into|to|across|from|between|entered|entering|reached|reaching)\s+"
                                  rf"{re.escape(name)}\b(?!\s+[Pp]olice|\s+[A-Z])", text) is not None
                    and (local := _local_forces_country(context))
                ):
                    # (branch evr392p) "Mizoram Police on Sunday detained four men from Myanmar": the force of a region
                    # no table holds that the report names as a place elsewhere ("have entered Mizoram"): the local
                    # forces of the country the report is filed from, or of the one it is about
                    return local
                continue  # ("Commonwealth Police", "Federal Police": a force's title, no town's name)
            if len(named) == 1 and named[0].place.kind == "country" and (found.group("after") or found.group("before")):
                return named[0].place.name  # (branch evr252p) "the police of Kazakhstan detained 4": Kazakhstan's
            if not named and (town := context.place_named(name)) is not None and town.kind == "city" and town.country:
                return town.country  # (branch evr173p) "The Lille police": a town the report names, the gazetteer lacks
            if not named and (country := town_country(name, lambda: {p.country for p in context.places_named().values()})):
                return country  # (branch evr173p) "The police of the region of Kigoma": a world town in a country named
            if len(named) == 1 and at and named[0].place.kind == "crossing":
                return _post_side(context, sentence, number.start, at, named[0].place)
            if len(named) == 1 and found.group("before") and named[0].place.kind == "crossing":
                # (branch evr360p) the post's town set before its forces, "Teknaf police say they arrested nine brokers"
                # (round 358, read at the far side the people came from): as "police in Teknaf", its side's country
                return _post_side(context, sentence, number.start, found.group("before"), named[0].place)
            if (
                not named and (at or found.group("after")) and name not in _NOT_TOWNS
                and _NEXT_CAPITALISED.match(text, found.end())
                and (whole := _CAPITALISED_RUN.match(text, found.start("at") if at else found.start("after")))
                and whole.group(0).split()[0] in _POINTS_OF_COMPASS
                and not scan(whole.group(0)) and (local := _local_forces_country(context))
            ):
                # (branch evr392p) "Police in East Aceh said they had detained four men": a district named by its point
                # of the compass and a region no table holds, the local forces of the country the report is filed from
                return local
            if (
                not named and (at or found.group("after")) and context.main_destination and name not in _NOT_TOWNS
                and not _NEXT_CAPITALISED.match(text, found.end()) and not scan(name) and _leads_with_the_host(context)
            ):
                # (branch evr220p) "Police in Jhapa", "The gendarmerie of Bol": the forces of a town or district no
                # table holds, the local forces of the country the report is about
                return context.main_destination
    return ""


_OPPOSITE_POST = re.compile(  # (branch evr83b: "opposite the Hungarian post of Hegyeshalom", the post named after "of")
    r"\b(?:opposite|facing|across\s+from|corresponds?\s+to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:(?:post|checkpoint|crossing)\s+of\s+)?$",
    re.IGNORECASE,
)


# (branch evr248p) a sentence opening on the place it tells of, then an aside on where that place lies: "At Kairak, on
# the main road from Troitsk in Kostanay region, the line ...", "At Gornja Radgona, across the Mura bridge from
# Radkersburg, some 430 persons were admitted" (rounds 247 and 244; 174's "At Zokhawthar, across the bridge from
# Rihkhawdar, ...")
# (branch evr444p) also after a speaker's label in a transcript: "CORRESPONDENT: At Mashtakovo, on the Sol-Iletsk road
# about 70 kilometres from here, it is worse" (round 440), as `_AT_OPENING_WHERE` is read
_AT_OPENING_ASIDE = re.compile(
    r"(?:^|[.!?>:]\s*|\n)\s*At\s+(?:the\s+)?[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){0,2},\s+"
    r"(?:on|across|along|beyond|off|up|down)\s+(?:the\s+)?[^,.;!?]{0,70}$"
)
# (branch evr360p) a sentence opening on the place it tells of, after a short lead in, then a clause on it ("where",
# "which") naming other places: "Further south, at Zhanibek, where the road comes from Pallasovka in the Volgograd
# region, more than 11,000 people have crossed" (round 356, read at Volgograd; 353's "At Mwanza, which lies some 90 km
# west of Blantyre on the Tete road" the same class)
_AT_OPENING_WHERE = re.compile(
    r"(?:^|[.!?>:]\s*|\n)\s*(?:(?:Further|Farther|Higher|Lower)\s+(?:north|south|east|west|up|down|upstream|downstream)"
    r"(?:\s+\w+)?,\s+)?[Aa]t\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){0,2}),\s+(?:where|which)\s+[^,.;!?]{0,90}$"
)
_ASIDE_CLOSE = re.compile(r"[^,.;!?]{0,60},")
# (branch evr472p) a sentence opening on the town it tells of, then an aside naming the region the town lies in: "In
# Khujand, the centre of Sughd region, nearly two thousand Russian passengers arrived" (round 469, read at Tajikistan,
# the region's country); as `_AT_OPENING_ASIDE` reads "At Kairak, on the main road from Troitsk in Kostanay region"
# (rounds 247, 244, 174) and a crossing already wins over "At Kairak, in Kostanay region" (rounds 282, 307)
_TOWN_REGION_ASIDE = re.compile(
    r"\s*(?:In|At)\s+(?P<town>[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){0,2}),\s+"
    r"(?:(?:the|a)\s+(?:(?:administrative|regional|provincial|district)\s+)?(?:centre|center|capital|seat|main\s+town)\s+of|in)\s+"
    r"(?:the\s+)?(?P<region>[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){0,2})\s+"
    r"(?:region|oblast|province|district|county|state|governorate|prefecture)\s*,"
)


# (branch evr252p) the town a road to the post comes from, named after the post: 'Through the checkpoint "Kairak"
# (Kostanay region) on the road from the city Troitsk yesterday entered more than 2 thousand' (round 250; 247's "At
# Kairak, on the main road from Troitsk in Kostanay region, ..." is `_AT_OPENING_ASIDE`'s): where they drove from, not
# the post they were counted at
_ROAD_FROM = re.compile(r"\broad\s+from\s+(?:the\s+)?(?:(?:city|town|village)\s+(?:of\s+)?)?$")


# (branch evr252p) the road or the town a digest's item headed by its crossing in capitals names in brackets after it:
# "3) KAIRAK (Troitsk - Kostanay) - our friends from Kostanay report the queue of 1 846 cars", "2) ZHANA ZHOL (from
# Isilkul, Omsk). Queue is smaller" (round 248): the item's crossing is the heading's
_ITEM_IN_CAPITALS_ASIDE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+)*[ \t]+\((?:road\s+|from\s+)?$")


def _opposite_post(text: str, mention: Mention) -> bool:
    """Whether `mention` is the post across the line from the place just named ("opposite Kazakhstan's Syrym"), or
    (branch evr248p) named in an aside on where the place a sentence opens on lies ("At Kairak, on the main road from
    Troitsk, ...")."""
    before = text[max(0, mention.start - 40) : mention.start].lower()
    if ("opposite" in before or "facing" in before or "across" in before or "correspond" in before) and _OPPOSITE_POST.search(before):
        return True
    if "road from" in before and _ROAD_FROM.search(before):
        return True  # (branch evr252p) 'the checkpoint "Kairak" (Kostanay region) on the road from the city Troitsk'
    if "(" in before and _ITEM_IN_CAPITALS_ASIDE.search(text, max(0, mention.start - 40), mention.start):
        return True  # (branch evr252p) "3) KAIRAK (Troitsk - Kostanay) - ...", "2) ZHANA ZHOL (from Isilkul, Omsk)."
    start = max(0, mention.start - 120)
    return (
        text.find("At ", start, mention.start) >= 0
        and bool(_AT_OPENING_ASIDE.search(text, start, mention.start))
        and bool(_ASIDE_CLOSE.match(text, mention.end))
    )


# (branch evr464p) people waiting across the line "opposite" a post, no other post or town named before it in their
# sentence: "15,000-20,000 people are waiting on the Myanmar bank of the Naf River opposite Shah Porir Dwip", "At least
# 5 000 people are gathered at the zero line opposite Anjuman Para" (round 460; 439's "waiting ... on the Myanmar side
# opposite Anjuman Para", 430's "on the Myanmar bank of the Moei River opposite Mae Sot", 411's "on the Lao bank opposite
# Si Chiang Mai"): the post they wait to cross at, as the labels keep them, not one the report named before ("at the
# Ozinki checkpoint, opposite Kazakhstan's Syrym" stays the queue's Ozinki)
_WAITING_OPPOSITE = re.compile(r"\bopposite\s+(?:the\s+(?:town|village|post|crossing|landing|jetty)\s+(?:of\s+)?)?$")


def _waiting_opposite(text: str, mention: Mention, sentence_places: list[Mention]) -> bool:
    """(branch evr464p) Whether people waiting are told to be "opposite" `mention`, with no other crossing or town
    named before it in their sentence (`_WAITING_OPPOSITE`)."""
    if not _WAITING_OPPOSITE.search(text, max(0, mention.start - 40), mention.start):
        return False
    return not any(m.start < mention.start and m.place.kind in ("crossing", "city") and m.place.name != mention.place.name for m in sentence_places)


def _opening_before_a_where(context: _Context, sentence: tuple[int, int], mentions: list[Mention]) -> str | None:
    """(branch evr360p) The crossing or town a sentence opens on, "(Further south,) at <place>, where ...", when every
    place in `mentions` is named in that "where" or "which" clause (set off by commas), else None."""
    text = context.doc.text
    first = min(m.start for m in mentions)
    if first - sentence[0] > 200 or text.find("at ", sentence[0], first) < 0 and text.find("At ", sentence[0], first) < 0:
        return None
    opening = _AT_OPENING_WHERE.search(text, max(0, sentence[0] - 3), first)
    if opening is None:
        return None
    if not _ASIDE_CLOSE.match(text, max(m.end for m in mentions)):
        return None
    place = context.place_named(opening.group("name"))
    if place is None or place.kind not in ("crossing", "city") or place.country == context.origin:
        return None
    return place.name


def _crossing_here(context: _Context, index: int, number: _Number) -> str:
    """(branch evr197p) The crossing "here" after a count means where the report stands at none (its opening names
    several, or a crossing by both its sides): the nearest its paragraph names before the count, not a post across the
    line ("facing the Ethiopian town of Humera", "across the river from Metema") nor one named as the origin's ("the
    Nicaraguan post at Sapoa"), nor (branch evr352p) a town a distance is measured from ("30 kilometres from Troitsk")."""
    text = context.doc.text
    origins = [m.end for m in context.adjectives[index] if m.place.name == context.origin and m.end <= number.start]
    crossings = [
        m for m in context.unlisted_places(index)
        if m.place.kind == "crossing" and m.end <= number.start and not _opposite_post(text, m)
        and not text.endswith("from ", max(0, m.start - 5), m.start)  # ("across the river from Metema")
        # (branch evr352p) nor a town a distance is measured from: "the Kairak checkpoint, ... about 30 kilometres from
        # the city of Troitsk. ... On Monday 3,420 people were registered here" (Troitsk is also a crossing's name)
        and not _DISTANCE_FROM.search(text, max(0, m.start - 40), m.start)
        and not context.aside_crossing(m) and not any(0 <= m.start - end <= 20 for end in origins)
    ]
    return crossings[-1].place.name if crossings else ""


_MOVED = ("entries", "exits", "exits onward", "departures_total", "net_arrivals")
# "entered Finland here", "crossed back here": the place the report stands at (not "here in Tbilisi", "from here")
# "6,000 passengers landed here", "1,200 arrived here on Monday": in the town the dispatch is filed from
# (branch evr91b) and a ship's arrival: "a freighter carrying 17,000 docked here", "the ferry with 900 berthed here"
_MOVED_HERE = re.compile(
    r"\b(?:landed|arrived|came\s+ashore|disembarked|crossed|entered|poured\s+in|docked|berthed|moored|tied\s+up)\s+here\b"
)
_HERE_AFTER = re.compile(r"\b(?<!from\s)here\b(?!\s+(?:in|at|on|to)\b)")
# (branch evr197p) the same after the count, "here on Sunday" too (a day, not "here on the border")
_HERE_AFTER_COUNT = re.compile(r"\b(?<!from\s)here\b(?!\s+(?:in|at|to)\b|\s+on\s+(?:the|a|an|this|our)\b)")
_CAME_HOME = re.compile(
    r"\b(?:came|come|coming|returned|returning|went|gone|travell?ed|flew|headed)\s+(?:back\s+)?home\b"
    # (branch evr340q) "have returned to the country", "returned to their country": home, said with no "home"
    r"|\breturned\s+(?:back\s+)?to\s+(?:the|their)\s+(?:own\s+)?(?:home\s+)?country\b"
)
# (branch evr340q) the count's own verb a homecoming, right after the people counted: "more than 41 000 Nigeriens have
# returned to the country", "more than 350,000 Yemenis have returned home" (not "... returned home through Nemba" told of
# the origin's own people: back to the origin)
_RETURNED_HOME_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:have|has|had)?\s*(?:already\s+|now\s+)?returned\s+(?:back\s+)?"
    r"(?:home\b|to\s+(?:the|their)\s+(?:own\s+)?(?:home\s+)?country\b)",
    re.IGNORECASE,
)


def _another_nations_homecoming(context: "_Context", index: int, number: "_Number", after: str) -> bool:
    """(branch evr340q) Whether people of a nation other than the origin's are counted going home (rounds 87, 125,
    336): "more than 41 000 Nigeriens have returned to the country" in a report on people leaving Libya come into
    Niger, not out of Libya back to it."""
    if not context.origin or not _RETURNED_HOME_AFTER.match(after):
        return False
    people = _nation_counted(context, index, number)
    return people is not None and people.kind == "country" and people.name != context.origin


def _nation_counted(context: "_Context", index: int, number: "_Number") -> Place | None:
    """(branch evr340q) The nation of the people counted, named right after the count by its adjective or its people:
    "more than 41 000 Nigeriens", "2,640 Chadian workers"."""
    near = _mentions_in(context.adjectives[index], number.end, number.end + 30) + context.demonyms_in(index, number.end, number.end + 30)
    return next((m.place for m in near if m.start - number.end <= 10), None)
# "border guards there registered 410", "officials there counted": the counters at a place named before
# (branch evr232p) "crossed into Finland there", "have entered Norway there", "were landed there": "there" after the
# count, standing for the crossing or town named before it (not "there were", "there is")
_THERE_AFTER = re.compile(
    r"\b(?:into|entered|reached|in|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+there\b"
    r"|\b(?:landed|arrived|crossed|entered|passed|registered|counted|disembarked|came(?:\s+(?:in|through|across))?)\s+there\b"
)


def _there_after_the_count(
    context: _Context, sentence: tuple[int, int], clause: tuple[int, int], number: _Number, before: list[Mention]
) -> str | None:
    """The place "there" after a count of people moving stands for: the last crossing named before the count in its
    paragraph ("At the Nuijamaa road crossing ... On Thursday 3,412 Russian citizens crossed into Finland there"; "at
    Lotta, the road leads to Finland's Raja-Jooseppi ... 640 people entered Finland there"), else the last town its own
    sentence names before it ("A cable from Castries says that 310 refugees were landed there"); not the country the
    clause names."""
    text = context.doc.text
    end = min(clause[1], number.end + 60)  # (its own verb's: not "..., bringing the number who have arrived there to")
    if text.find(" there", number.end, end) < 0 or not _THERE_AFTER.search(text, number.end, end):
        return None
    crossing = _nearest([m for m in before if m.place.kind == "crossing" and not context.aside_crossing(m)], number.start)
    if crossing is not None:
        return _crossing_of_either_side(context, crossing)
    town = _nearest(
        [
            m
            for m in before
            if m.place.kind == "city" and m.start >= sentence[0] and not _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)
        ],
        number.start,
    )  # (not "310 refugees from Martinique": where they came from)
    return town.place.name if town is not None else None


_THERE_BEFORE = re.compile(r"\b(?:guards|officials|officers|police|staff|workers|authorities|volunteers|teams)\s+there\b")
# (branch evr352p) those who wait, "there": "Drivers there said they had waited up to nine hours", "families there had
# waited for as long as 20 hours", "people there told me they had waited up to 12 hours" (a queue's or wait's counters)
_WAITERS_THERE = re.compile(
    r"\b(?:drivers|motorists|truckers|travell?ers|passengers|people|families|refugees|migrants)\s+there\b(?!\s+(?:is|are|was|were)\b)",
    re.IGNORECASE,
)
_WAITS = ("queue_length_km", "queue_vehicles", "wait_hours", "people waiting")
# "Officials here registered 1,870", "the transit point on this side registered 1,120": the counters where the report stands
_HERE_BEFORE = re.compile(r"\b(?:(?<!from\s)here|on\s+this\s+side)\b(?!\s+(?:in|at|on|to|of)\b)")


# (branch evr76b) "a driver from Gusev told us", "travellers from Orsk said": where the one who tells of a queue lives or
# set off, not the queue's crossing
_SPEAKER_FROM = re.compile(
    r"\b(?:drivers?|residents?|travell?ers?|motorists?|truckers?|men|man|women|woman|locals?|people|family|families|someone)"
    r"\s+from\s+(?:the\s+)?$"
)


def _from_a_speakers_town(text: str, mention: Mention) -> bool:
    """Whether `mention` names the town of someone who tells of a queue ("a driver from Gusev")."""
    return text.find("from", max(0, mention.start - 12), mention.start) >= 0 and bool(
        _SPEAKER_FROM.search(text, max(0, mention.start - 30), mention.start)
    )


# (branch evr91b) a government speaking from its capital (not the police of a town, who count where they are)
_GOVERNMENT_IN = re.compile(r"\b(?:officials|ministry|government|diplomats|spokes(?:man|woman|person))\s+in\s+$", re.IGNORECASE)
# (branch evr141p) a body of government that counts for its region or country, named by the town it sits in: "the
# provincial government in Kupang", "The Royal Social Board in Stockholm", "the administration of the Aktobe region";
# "the Pavlodar regional administration", "Quebec's immigration ministry"
_BODY_IN_TOWN = re.compile(
    r"\b(?:government|administration|ministry|board|commission|governorate)\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE
)
_TOWNS_BODY = re.compile(
    r"(?:’s|'s)?\s+(?:(?:regional|provincial|immigration)\s+)?(?:administration|government|ministry|akimat)\b"
)


def _seat_of_a_counting_body(text: str, town: Mention) -> bool:
    """Whether `town` names only where a regional or national body that gives a count sits ("the Pavlodar regional
    administration said 6,300 had entered"): the count is its country's, not the town's."""
    return bool(_TOWNS_BODY.match(text, town.end) or _BODY_IN_TOWN.search(text, max(0, town.start - 40), town.start))


_TOWN_JOINED = re.compile(r"\s*(?:,|and|or|(?:(?:down|up|along|round)\s+)?to)\s+$")


def _towns_named_together(text: str, town: Mention, clause_places: list[Mention]) -> str:
    """The country of two of its towns the clause names side by side ("landed in Brindisi and Otranto", "the coast
    from Brindisi down to Otranto"): a count for both is neither town's but the country's."""
    for other in clause_places:
        if other is town or other.place.kind != "city" or other.place.country != town.place.country:
            continue
        first, second = (other, town) if other.start < town.start else (town, other)
        if second.start - first.end <= 12 and _TOWN_JOINED.match(text, first.end, second.start):
            return town.place.country
    return ""


def _into_a_country(text: str, clause_places: list[Mention], number: _Number) -> bool:
    """Whether the clause says the count went "into <country>" after the number ("officials here say 28,000 have crossed
    into Ivory Coast": the country's count, told by the officials where the report stands)."""
    return any(m.place.kind == "country" and m.start > number.end and text.endswith("into ", 0, m.start) for m in clause_places)


# "At this dusty border post, ...", "officers at this border post said": the post the report stands at
# ((branch evr520p) or "our" one, in the words of those who keep it: "In all since Wednesday through our checkpoint passed
# more than 6 thousand persons" (round 314, volunteers at Yarag-Kazmalyar), "17 860 people in all entered Finland through
# our crossing" (round 523, Virolahti's page on Vaalimaa); one post, not "through our crossings" or "crossing points")
_AT_THIS_POST = re.compile(
    r"\b(?:[Aa]t|[Tt]hrough)\s+(?:this|our)\s+(?:[\w-]+\s+)?(?:border\s+|frontier\s+)?(?:post|crossing|checkpoint)\b(?!\s+points)"
)
_CLOSED_ASIDE = re.compile(r",\s+(?:most|many|all|some|half|nearly\s+all|almost\s+all)\s+of\s+them\b[^,]*,")
_OVER_THIS_POST = re.compile(
    r"\b(?:at|through|over|across|via|for)\s+(?:this|our)\s+(?:[\w-]+\s+)?(?:border\s+|frontier\s+)?(?:post|crossing|checkpoint|bridge)\b(?!\s+points)"
    # (branch evr240p) or the dateline's town, port or city: "have crossed into Costa Rica at this river town since Jan. 9",
    # "6,432 passengers arrived at this port", "had crossed the Mekong to this river town", "streamed through this border
    # town"
    r"|\b(?:at|through|to|into|in)\s+this\s+(?:[\w-]+\s+){0,2}?(?:town|port|city)\b"
)


# (branch evr137p) "crossed there", "have landed there since": the place named before the count, not a country after it
# ((branch evr197p) the country entered between: "7,300 people crossed into Moldova there", only whose side it is)
_MOVED_THERE = re.compile(
    r"\b(?:landed|arrived|came(?:\s+(?:in|over|through|ashore))?|disembarked|crossed(?:\s+over)?|entered|registered)"
    r"(?:\s+(?:into|to)\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)?\s+there\b"
)


# (branch evr372p) "the sub-prefect there counted 1,800 people arriving", "guards there registered 410": those who count
# at the place named before, whose "there" is that place (round 370; rounds 75 and 77 write the same)
_COUNTERS_THERE = re.compile(
    r"\b(?:officials?|officers?|authorities|police|(?:border\s+)?guards|gendarmes|(?:sub-)?prefect|governor|commissioner|mayor"
    r"|administrator|chief|staff|workers|volunteers)\s+there\s+(?:(?:said|says?|told\s+\w+)\s+(?:that\s+)?(?:\w+\s+){0,3})?"
    r"(?:counted|registered|recorded|received|logged|put\s+(?:the\s+\w+\s+)?at|estimated?)?\s*(?:\w+\s+){0,2}$"
)


def _place_there_stands_for(context: _Context, index: int, clause: tuple[int, int], number: _Number) -> str:
    """The crossing, else the town, that "there" after a count stands for: the nearest named before the count in its
    paragraph (not one people came "from"), where a country named in the sentence ("Kazakhstan's border service",
    "into Kazakhstan") is only whose side it is; "" when no "there" follows the count's own verb."""
    text = context.doc.text
    end = min(clause[1], number.end + 40)  # the count's own verb ("bringing the number who have arrived there": another's)
    if (text.find(" there", number.end, end) < 0 or not _MOVED_THERE.search(text, number.end, end)) and not (
        text.find(" there ", clause[0], number.start) >= 0 and _COUNTERS_THERE.search(text, clause[0], number.start)
    ):
        return ""
    before = [
        m
        for m in context.places[index]
        if m.end <= number.start and m.place.kind != "country" and not _FROM_OR_OF_BEFORE.search(text, max(0, m.start - 12), m.start)
    ]
    crossings = [m for m in before if m.place.kind == "crossing"]
    there = _nearest(crossings or before, number.start)
    return there.place.name if there is not None else ""


def _place_of_the_difference(context: _Context, sentence: tuple[int, int], number: _Number) -> str:
    """(branch evr197p) The place of the arrivals counted just before a net count given as their "difference" with the
    departures ("The difference made 24 420 persons"): the two counts' place; "" if the sentence says no difference or
    no arrivals were counted just before it."""
    text = context.doc.text
    if text.find("difference", sentence[0], number.start) < 0:
        return ""
    counted = [f for f in context.figures[-3:] if f.source == context.doc.path and f.quantity == "entries" and f.place]
    return counted[-1].place if counted else ""


def _this_post(context: _Context, sentence: tuple[int, int], clause: tuple[int, int], number: _Number) -> str:
    """The crossing a report stands at, or its dateline's town, for a count its sentence says was made "at this border
    post" before the count, or (branch evr197p) its clause after it ("crossed into Russia over this bridge", "came
    through this checkpoint"); "" if the sentence says not so or the report names neither."""
    text = context.doc.text
    if not (
        (text.find("this ", sentence[0], number.start) >= 0 or text.find("our ", sentence[0], number.start) >= 0)
        and _AT_THIS_POST.search(text, sentence[0], number.start)
        or (text.find("this ", number.end, clause[1]) >= 0 or text.find("our ", number.end, clause[1]) >= 0)
        and (over := _OVER_THIS_POST.search(text, number.end, clause[1]))
        # (not "12,000 have fled ..., with most arriving through this post"; (branch evr240p) but past an aside closed
        # before the verb: "More than 1,200 Nicaraguans, most of them young men, have crossed ... at this river town")
        and "," not in _CLOSED_ASIDE.sub("", text[number.end : over.start()])
    ):
        return ""
    # (branch evr276p) the crossing its paragraph named last before the count, in a report on several ("2. Tsagaannuur
    # port ... entered through the Tsagaannuur port. Since 21 September, 185 citizens exited back ... through this port",
    # under the Altanbulag port's paragraph): "this" points back to it, not to the report's first crossing (nor to one
    # people came from: "The trains from Ghevgheli brought 1,850 refugees into this city", round 247's Salonica)
    index = context.paragraph_at(sentence[0])
    named = [
        m for m in context.unlisted_places(index)
        if m.place.kind in ("crossing", "city") and m.start < number.start
        and not _FROM_OR_OF_BEFORE.search(text, max(0, m.start - 12), m.start)
    ]
    if named and named[-1].place.kind == "crossing":
        return named[-1].place.name
    return context.report_crossing() or _dateline_town(context) or ""


# (branch evr228p) a count its sentence says is the whole country's, after counts at its crossings: "In total ... arrived
# 19 760", "As a whole ... through all checkpoints of the Republic entered", "Across the whole country, ... came in",
# "entered the country in total"
_COUNTRY_WIDE = keywords(
    r"in\s+total|as\s+a\s+whole|(?:across|throughout)\s+the\s+whole\s+(?:country|republic)"
    r"|(?:through|via|at|across)\s+all\s+(?:the\s+|its\s+)?(?:border\s+)?(?:checkpoints|check\s*points|crossings|crossing\s+points|border\s+posts|posts)"
    # (branch evr432p) a translation's "into our country" (round 98: "since the 1 January crossed the border into our
    # country more of 4 thousand 800", under a dateline town): the country's, not the dateline town's
    r"|into\s+our\s+country"
)

# ((branch evr504p) or "this" one: "In total, around 53 000 citizens ... have entered Georgia through this crossing point",
# round 456, once its origin is read)
_THE_POST_BEFORE = re.compile(r"(?<!all\s)\b(?:the|this)\s+(?:checkpoint|crossing|border\s+post|post|bridge)\b(?!\s+points)")
_TOWARDS_BEFORE = re.compile(r"\b(?:to|into|towards)\s+(?:the\s+)?$")


# (branch evr524p) the words a ministry puts between "all the" and the posts it counts the whole country's traffic at:
# "migration control points", "land, air and sea posts", "official crossings" (rounds 525, 526, 186, 493), at most six
_POSTS_OF_ALL_KINDS = (
    r"(?:country[’']s\s+)?(?:(?:migration|control|entry|official|land|air|sea|river|road|rail|border|crossing)(?:,\s+|\s+and\s+|\s+)){1,6}"
    r"(?:points|posts|crossings|checkpoints)\b"
)


# (branch evr412p) a count its own clause puts at several crossings at once: "at the two bridges", "through the three
# posts", "crossed the bridges at Sremska Raca and Karakaj", "through the crossings at Vaalimaa and Nuijamaa" (rounds
# 408, 95...): none of them's, the country's (as `_BOTH_POSTS`, which reads "both / all three" for the way back)
_SEVERAL_POSTS = re.compile(
    r"\b(?:through|via|across|at|over|by)\s+(?:the\s+)?(?:two|three|four|five|both|all(?:\s+(?:two|three|four|five|\d))?)\s+"
    r"(?:of\s+the\s+)?(?:main\s+|road\s+|border\s+)?(?:points|posts|crossings|checkpoints|bridges|crossing\s+points|border\s+(?:points|posts|crossings))\b"
    r"|\b(?:bridges|crossings|checkpoints|posts|crossing\s+points|border\s+points)\s+(?:at|of)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+[A-Z]"
    # (branch evr524p) or all of the country's posts, in the words of a ministry: "and 32.918 through all the migration
    # control points of the country" (round 526), "through all the official crossings" (rounds 186, 493): the country's
    r"|\b(?:through|via|across|at)\s+all\s+(?:the\s+|its\s+)?" + _POSTS_OF_ALL_KINDS
)


# (branch evr516p) or a sentence that opens on several crossings at once, before its count: "At all three road border
# crossing points of the eastern border together, Narva-1, Koidula and Luhamaa, the number ... was 8 940" (round 518),
# as "Across all three road crossings with Russia, more than 9 000 ... entered Estonia" (round 320), "Across all five
# road posts of the West Kazakhstan region 8,420 Russians came in" (222) and "Across all border points, ... registered
# between 9,000 and 10,000" (151) are labelled: the country's, none of the posts the opening goes on to list
_SEVERAL_POSTS_OPENERS = ("At ", "Across ", "Through ", "Via ", "Over ")
_SEVERAL_POSTS_OPENING = re.compile(
    r"(?:At|Across|Through|Via|Over)\s+(?:the\s+)?(?:two|three|four|five|both|all(?:\s+(?:two|three|four|five|\d))?)\s+"
    r"(?:of\s+the\s+)?(?:(?:main|road|land|rail|border)\s+){0,2}(?:points|posts|crossings|checkpoints|bridges|crossing\s+points)\b"
    # (branch evr524p) "At all the country's land, air and sea posts together, a total of more than 47 000 ... have
    # entered" (round 525), as "through all the migration control points of the country" (526) after its count
    r"|(?:At|Across|Through|Via)\s+all\s+(?:the\s+|its\s+)?" + _POSTS_OF_ALL_KINDS
)
_COUNT_NUMBER = re.compile(r"(?<![\w-])\d")  # a number of its own, not a post's ("Narva-1")


def _at_several_posts(
    context: _Context, clause: tuple[int, int], named: list[Mention], number: _Number, sentence: tuple[int, int] | None = None
) -> str:
    """The country of a count its clause puts at several crossings at once (`_SEVERAL_POSTS` after it, with no other
    number between: not "10,214 entered through all checkpoints, 6,380 of them through Dariali" for the 6,380; or
    `_SEVERAL_POSTS_OPENING` opening its `sentence`, with no other number before it): the one country the clause names
    other than the origin, else the country the report is about; "" where the clause says no such thing."""
    text = context.doc.text
    several = _SEVERAL_POSTS.search(text, number.end, clause[1])
    if several is None or any(character.isdigit() for character in text[number.end : several.start()]):
        if (
            sentence is None
            or not text.startswith(_SEVERAL_POSTS_OPENERS, sentence[0])
            or (opening := _SEVERAL_POSTS_OPENING.match(text, sentence[0], number.start)) is None
            or _COUNT_NUMBER.search(text, opening.end(), number.start)
        ):
            return ""
    if ("egion" in (own := text[clause[0] : clause[1]]) or "District" in own) and any(m.place.kind == "city" and seat_entered(text, m) for m in named if m.role == "name"):
        # (branch evr520p) "more than 56 thousand persons have entered Aktobe region through the two crossing points"
        # (round 520), as "entered Pavlodar region through the checkpoints "Sharbakty", "Ertis" and "Zhelezinka"" (round
        # 444) is labelled: a region entered named for its seat town is that town's (LABELLING), the posts together no less
        return ""
    countries = {m.place.name for m in named if m.role == "name" and m.place.kind == "country" and m.place.name != context.origin}
    if len(countries) > 1:
        return ""
    return countries.pop() if countries else context.main_destination


def _country_wide(context: _Context, sentence: tuple[int, int], named: list[Mention], quantity: str) -> str:
    """The country a count is of that its sentence calls the whole country's (`_COUNTRY_WIDE`) and that names no crossing
    or town: the one country it names other than the origin, else (for arrivals, or exits naming no country) the
    country the report is about; "" if the sentence says no such thing."""
    if _COUNTRY_WIDE.search(context.doc.text, *sentence) is None:
        return ""
    text = context.doc.text
    if any(m.place.kind != "country" for m in named if m.role == "name") or _THE_POST_BEFORE.search(text, *sentence):
        return ""  # ("In total 3,000 crossed at Medyka", "in total ... through the checkpoint went out": the crossing's)
    if quantity == "exits" and any(
        m.place.name == context.origin and not _TOWARDS_BEFORE.search(text, max(0, m.start - 16), m.start) for m in named
    ):
        return ""  # ("200 thousand left Russia in total": the origin's departures, not exits out of the host)
    countries = {m.place.name for m in named if m.role == "name" and m.place.name != context.origin}
    if len(countries) > 1:
        return ""
    return countries.pop() if countries else context.main_destination


# (branch evr228p) the town a wait's own words put it at, right after its hours: "waited up to six hours in the terminal at
# Paphos", "as long as eight hours on the quay at Tangier", "seven hours at the island's airport in Momote"
_WAITED_AT_TOWN = re.compile(
    r"\s+(?:hours?|days?)\b(?:\s+(?:on|in|at|outside)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?)?"
    r"\s*(?:at|in)\s+(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)(?![\w’'-]|\s*\d)"
)
_NOT_WAITED_AT = {"Terminal", "Hall", "Gate", "Camp", "Block", "Building", "Zone", "Sector", "Area", "Room"}


def _town_waited_at(context: _Context, clause_places: list[Mention], clause: tuple[int, int], number: _Number) -> str:
    """The town or crossing a wait's clause names right after its hours with "at" or "in" (after the spot it names: "on
    the pier at", "in the terminal at", "at the island's airport in"), as the place the report knows it by, or as
    written if no table holds it; "" if none or a country ("waited six hours in Cyprus" is no town's)."""
    text = context.doc.text
    waited = _WAITED_AT_TOWN.match(text, number.end, clause[1])
    if waited is None:
        return ""
    at = waited.start("name")
    known = next((m for m in clause_places if m.start == at), None)
    if known is not None:
        return known.place.name if known.role == "name" and known.place.kind != "country" else ""
    name = waited.group("name")
    return name if name.split()[0] not in _NOT_WAITED_AT and _lacked_town(name) else ""


# (branch evr232p) a town a distance is measured from: "located 130 kilometers from the city of Khujand", "some 40 km
# from Osh", "20 miles north of Kabul"
_DISTANCE_FROM = re.compile(
    r"\b(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+)?"
    r"(?:from|of)\s+(?:the\s+(?:city|town|village|capital)\s+of\s+)?$"
)


# (branch evr376p) "Since 24 March 1999, when the intervention against the FR Yugoslavia began,": the event's aside
_SINCE_WHEN_ASIDE = re.compile(r"\b[Ss]ince\s+[^,.;]{1,40},\s+when\s+[^,;]{1,120},")
# (branch evr240p) the place of an event a "since" after the count names: "since the army crackdown in Dacca", "since the
# fall of Kabul"
_SINCE_EVENT_AT = re.compile(r"\bsince\s+the\s+(?:[\w’'-]+\s+){1,4}?(?:in|at|of)\s+(?:the\s+)?$")


def _distance_points(context: _Context, places: list[Mention], sentence: tuple[int, int]) -> set[int]:
    """Starts of the towns in `sentence` named as the point a distance is measured from (`_DISTANCE_FROM`), when the
    sentence names another place; empty if none."""
    text = context.doc.text
    named = _mentions_in(places, *sentence)
    far = {m.start for m in named if m.place.kind == "city" and _DISTANCE_FROM.search(text, max(sentence[0], m.start - 40), m.start)}
    return far if far and any(m.start not in far for m in named) else set()


# (branch evr368p) "the east coast took in", "along the whole coast": a coast, wider than any town named before
_A_WHOLE_COAST = re.compile(
    r"\b[Tt]he\s+(?:whole\s+|entire\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)[- ]?(?:east|west)(?:ern)?\s+)?"
    r"coast(?:\s+(?:alone|itself))?(?:[,;.]|\s+(?:took|takes|has|have|had|received|receives|saw|sees|was|is|got|gets)\b)"
)  # (the coast as the subject, not "fisher-folk from the coast villages")


# (branch evr380p) a count that "came through" and no more, in a sentence that names no place, whose paragraph names
# only countries before it ("The Russian authorities said it was closed ... On Thursday ... some 4,200 people came
# through.", round 376; a correspondent's answer about "the checkpoint" the report named before): the crossing the report
# named last, not the country of the authorities
_CAME_THROUGH_AND_NO_MORE = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:came|passed|got|went|have\s+come|had\s+come)\s+through\s*[.;]")


# (branch evr416p) people still "in the country" right after their count: "Some 47.000 Ukrainians remain in the country"
_REMAIN_IN_THE_COUNTRY = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:remain|remained|remaining|stay|stayed|staying|are\s+(?:still|now))\s+in\s+the\s+country\b"
)


# (branch evr468r) a list's lead-in that counts through one crossing: "... entered Norway through Storskog this week:"
# ((round 218) and the crossing quoted after its kind: "Through the border-crossing point "Dariali" into Georgia entered:")
_THROUGH_OR_AT = re.compile(r"\b(?:through|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\"“]?$", re.IGNORECASE)
# an item of a list by day, bulleted or not: "Monday 26.09.: 431", "- Friday 13.11.2015 ........ 298" ((branch evr480r)
# or numbered, as `_LIST_ITEM` reads it: "1. Monday, April 21 ........ 48 persons", round 479)
_BY_DAY_ITEM = re.compile(r"(?:\s*(?:[-•*–]|\d{1,2}[.)])\s+)?" + DATED_ITEM.pattern.replace("(?i)", "(?i:", 1) + ")")


def _crossing_led_in(lead_in: str) -> str:
    """The one crossing a list's lead-in names after "through" or "at" ("" if none, or several)."""
    crossings = {m.place.name for m in scan(lead_in) if m.role == "name" and m.place.kind == "crossing"}
    if len(crossings) != 1:
        return ""
    for m in scan(lead_in):
        if m.role == "name" and m.place.kind == "crossing" and _THROUGH_OR_AT.search(lead_in, max(0, m.start - 60), m.start):
            return m.place.name
    return ""


def _place(
    context: _Context, index: int, sentence: tuple[int, int], clause: tuple[int, int], number: _Number, quantity: str
) -> str:
    text = context.doc.text
    origin = context.origin
    # "through the Bab al-Hawa and Bab al-Salam gates": a figure for several crossings is none of them's
    paragraph_places = context.unlisted_places(index)
    if text.find(" from ", *sentence) >= 0 and (far := _distance_points(context, paragraph_places, sentence)):
        # (branch evr232p) "the checkpoint "Fotehobod", which is located 130 kilometers from the city of Khujand": a town
        # the sentence measures a distance from is not where its count was made, when the sentence names another place
        paragraph_places = [m for m in paragraph_places if m.start not in far]
    if text.find(",", sentence[0], number.start) >= 0 and (aside := _TOWN_REGION_ASIDE.match(text, sentence[0], number.start)):
        # (branch evr472p) "In Khujand, the centre of Sughd region, nearly two thousand ... arrived": the town the
        # sentence opens on, not the region (a mention of its country) the aside on where it lies names
        if any(m.start == aside.start("town") and m.place.kind in ("city", "crossing") for m in paragraph_places):
            paragraph_places = [m for m in paragraph_places if not aside.start("region") <= m.start < aside.end("region")]
    if text.find(" since the ", number.end, sentence[1]) >= 0:
        # (branch evr240p) "13,400 were counted through, the largest number since the army crackdown in Dacca": the place
        # of the event a "since" after the count names is not where the count was made
        paragraph_places = [
            m for m in paragraph_places if not (number.end < m.start < sentence[1] and _SINCE_EVENT_AT.search(text, max(number.end, m.start - 60), m.start))
        ]
    if text.find("when", sentence[0], number.start) >= 0 and (when := _SINCE_WHEN_ASIDE.search(text, sentence[0], number.start)):
        # (branch evr376p) "Since 24 March, when NATO's strikes against the FR Yugoslavia began, 152,000 have entered":
        # the place of the event a "since ..., when" aside names is not where the count was made
        paragraph_places = [m for m in paragraph_places if not when.start() <= m.start < when.end()]
    aside = _WHO_ASIDE.search(text, number.end, clause[1])
    if aside is None and any(text.find(word, number.end, clause[1]) >= 0 for word in ("of whom", "including", "of them", "among")):
        # (branch evr392p) "6,720 Russian citizens entered Georgia, of whom 5,980 entered through the Dariali crossing",
        # "2,300 entered Chad, including 800 through Adre": the part's place, not the whole's
        aside = _PART_ASIDE.search(text, number.end, clause[1])
    if aside:  # ("1,250 were registered at Endabaguna, most of them crossing near Badme": the part's place, not theirs)
        paragraph_places = [m for m in paragraph_places if not aside.start() <= m.start < aside.end()]
    reach = _section_reach(context, index)
    scopes = [
        _mentions_in(paragraph_places, *clause),
        _mentions_in(paragraph_places, *sentence),
        [m for m in paragraph_places if m.end <= number.start],
        *[context.unlisted_places(i) for i in reach],
    ]
    if (
        quantity == "net_arrivals"
        and text.find(" the country", number.end, clause[1]) >= 0
        and _REMAIN_IN_THE_COUNTRY.match(text, number.end, clause[1])
        and context.main_destination
        and context.main_destination != origin
        and not any(m.role == "name" and m.place.kind == "country" for m in scopes[1])
    ):
        # (branch evr416p) "Some 47.000 Ukrainians remain in the country" after "about 56.000 have already left Moldova
        # for Romania" (round 414): the country the report is about, not the one named last as where others went on to
        return context.main_destination
    if quantity == "net_arrivals" and (present := _PRESENT_IN_AFTER.match(text, number.end, clause[1])):
        # (branch evr356q) "so that approximately 89.400 Ukrainian citizens are currently on the territory of Romania"
        # (round 353): the country they are in now, not one named before it ("in transit towards Hungary, Bulgaria")
        named = [m for m in scopes[1] if m.role == "name" and present.end() - 40 <= m.start <= present.end() + 2]
        if named:
            return max(named, key=lambda m: m.start).place.name  # the last: "from Myanmar are now in Thailand"
        if present.group().endswith(("city", "town", "province")):
            # (branch evr476q) "still in the city", "in the town", "in the province", the town unnamed: the first town the
            # sentence names, where they came ("Semey's city akimat estimates that some 11,000 ... were still in the
            # city", round 474; "have already flown on from Antalya to Dubai, Belgrade or Yerevan, while about 28,000 are
            # still in the province", 402; "from Aktau airport, mostly to Istanbul, ..., and around 10 000 are still in
            # the city", 430), not the last, where others went on to; the town named right after it first ("About
            # 15,000 of the new arrivals are now in the city of Mazar-i-Sharif", round 422)
            towns = [m for m in scopes[1] if m.role == "name" and m.place.kind == "city"]
            named_after = [m for m in towns if present.end() < m.start <= present.end() + 4]
            if named_after or towns:
                return min(named_after or towns, key=lambda m: m.start).place.name
        if present.group().endswith("national territory") and context.main_destination and context.main_destination != origin:
            # (branch evr488q) "at least 1,500 remain in national territory" (rounds 467, 485, 486): the country the
            # report is about, whose officials speak of it as their own
            return context.main_destination
    section = context.section(reach[-1] + 1 if reach else index)
    if section is not None:
        scopes.append([section])  # "Niger" heading the section: where its figures that name no place are
    lead = context.lead_in(index, sentence, number.start)
    header = lead.header
    if (
        quantity in _MOVED
        and not header
        and not scopes[1]
        and ("hrough " in lead.text or " at " in lead.text)
        and _BY_DAY_ITEM.match(text, text.rfind("\n", 0, number.start) + 1)
        and (through := _crossing_led_in(lead.text))
    ):
        # (branch evr468r) an item by day that names no place, under "Russian citizens who have entered Norway through
        # Storskog this week:" (round 467, and its "... entered Costa Rica through Paso Canoas, by day:"; round 218's
        # "Through the border-crossing point "Dariali" into Georgia entered:"): the crossing the lead-in counts through,
        # not the country it names
        return through
    if header:
        named = [m for m in scan(header) if m.role == "name"]
        if len(named) == 1 and (named[0].start, named[0].end) == (0, len(header)):  # the cell is a place's name
            return named[0].place.name  # "| 3 March | 98,500 |" under "Poland": a table with places in its columns
        if context.place_named(header) is not None:
            return header  # "| 27 February | 5,100 |" under "Vysne Nemecke", a crossing the table's lead-in speaks of
        if _NAME_CELL.fullmatch(header) and not _TOTAL_ROW.match(f"| {header}"):
            row = text[lead.start : text.find("\n", lead.start)]
            if any(m.place.kind == "crossing" for m in scan(row) if m.role == "name"):
                return header  # "| Date | Palanca | Otaci |": a name beside a crossing's in the header row is another
    if (
        quantity not in ("exits", "departures_total")
        and context.in_list(index)
        and _TOTAL_ROW.match(text, text.rfind("\n", 0, number.start) + 1)
    ):
        # "| Total | 8,520 |" under rows of islands, crossings or regions of one country: that country's arrivals
        above = itertools.takewhile(context.in_list, range(index - 1, -1, -1))
        countries = {m.place.country for i in above for m in context.unlisted_places(i)}
        if len(countries) == 1 and "" not in countries:
            return countries.pop()
    if quantity in ("entries", "exits", "net_arrivals") and (whole := _country_wide(context, sentence, scopes[1], quantity)):
        return whole  # (branch evr228p) "As a whole ... through all checkpoints of the Republic entered 49 850": the country's
    if quantity in ("entries", "exits") and (whole := _at_several_posts(context, clause, scopes[0], number, sentence)):
        return whole  # (branch evr412p) "14,500 crossed the bridges at Sremska Raca and Karakaj": no one crossing's
    if quantity == "wait_hours" and (waited_at := _town_waited_at(context, scopes[0], clause, number)):
        return waited_at  # (branch evr228p) "waited as long as 20 hours on the beach at Moliro": the wait's own town
    if quantity not in _COUNTRY_QUANTITIES and all(m.place.name == origin for m in scopes[1]) and (town := context.unknown_town(sentence)):
        return town  # "At Elvas, 2,100 have come in", "crossed near Sabderat": a town the gazetteer lacks, not the country
    if (
        quantity in _MOVED
        and all(m.place.name == origin or m.start > number.end for m in scopes[1])
        and (town := _town_set_off_before(text, sentence, number))
    ):
        return town  # (branch evr125p) "Further south, at Ntoroko, some 1,100 arrived": not the country
    if (
        quantity in ("entries", "exits")
        and all(m.role != "name" for m in scopes[1])
        and (town := _unknown_town_named_at(text, (sentence[0], clause[1])))
    ):
        return town  # (branch evr129p) "150 waded across at Parakarungu in the past days": the town, not the country
    if (
        quantity in ("entries", "exits")
        and (" through " in (tail := text[number.end : clause[1]]) or " at " in tail or " via " in tail)
        and (way_in := _way_into_a_country(context, number, clause))
    ):
        return way_in  # (branch evr368p) "600 have entered Kenya through Sololo", "crossed into Lithuania at the Kena
        # railway checkpoint": the town the gazetteer lacks that the count came in by, not the country it entered
    if quantity == "net_arrivals" and (counted := _place_of_the_difference(context, sentence, number)):
        return counted  # (branch evr197p) "... entered 41 270 ... exited 16 850 persons. The difference made 24 420"
    if quantity in _MOVED and (there := _place_there_stands_for(context, index, clause, number)):
        return there  # (branch evr137p) "the nearest road crossing, Sagarchin ... 4,000 people crossed there into Kazakhstan"
    if (
        quantity in ("entries", "exits")
        and not scopes[1]
        and _CAME_THROUGH_AND_NO_MORE.match(text, number.end, sentence[1])
        and all(m.place.kind == "country" for m in paragraph_places if m.start < number.start)
        and (crossing := context.last_crossing_before(number.start)) is not None
    ):
        return crossing.place.name  # (branch evr380p) "On Thursday, the last day before it was closed, some 4,200 came through."
    antecedent = _antecedent(text, clause, number.start, paragraph_places)
    if antecedent is not None and quantity not in ("arrests", "flights_price_usd"):
        # (branch evr84b: not a fare, whose route the clause names: "starts in Balti, where drivers sell a seat to Ungheni")
        return antecedent.place.name  # "Macedonia, which has taken in 120,000", "at Morina, where ... counted"
    asked = _asked_place(context, index, sentence)
    if asked:
        return asked  # "Q: What are you seeing at Adre this week?" / "A: Since Monday we have registered 3,100 ..."
    if (
        quantity in _MOVED
        and context.report_crossing()
        and (
            _HERE_AFTER.search(text, number.end, clause[1])
            or _HERE_BEFORE.search(text, clause[0], number.start) and not _into_a_country(text, scopes[0], number)
        )
    ):
        # "612 Russians entered Finland here", "174 crossed back into Russia here": where the report stands (in a
        # transcript, the crossing the question names, above)
        return context.report_crossing()
    if (
        quantity in _MOVED
        and not context.report_crossing()
        and text.find("here", number.end, clause[1]) >= 0
        and (here := _HERE_AFTER_COUNT.search(text, number.end, clause[1]))
        and "," not in text[number.end : here.start()]
        and (crossing := _crossing_here(context, index, number))
    ):
        return crossing  # (branch evr197p) "Hamdayet ... remains the main crossing. COR registered 4,000 new arrivals here"
    if quantity in _MOVED and (post := _this_post(context, sentence, clause, number)):
        return post  # (branch evr117b) "LIBOI, Kenya - ... At this dusty border post, officers counted 2,600": the report's
    if quantity in _MOVED and text.find(" here", number.end, clause[1]) >= 0 and _MOVED_HERE.search(text, number.end, clause[1]):
        town = _dateline_town(context)
        if town:
            return town  # (branch evr87b) "KEELUNG, Formosa, May 20 -" over "6,000 passengers landed here": the dateline's town
        if text.find("landed", number.end, clause[1]) >= 0 and (city := _last_airport_city(context, index, number.start)):
            # (branch evr252p) "Our correspondent spent the day at Tashkent International Airport. ... some five thousand
            # eight hundred passengers from Russia landed here yesterday": with no dateline, the airport named before
            return city
    if (
        quantity in _MOVED
        and text.find("here", clause[0], number.start) >= 0
        and _HERE_BEFORE.search(text, clause[0], number.start)
        and not context.report_crossing()
        and not _into_a_country(text, scopes[0], number)
        and not _dateline_town(context)
        and (city := _last_airport_city(context, index, number.start))
    ):
        # (branch evr324p) "Our reporter is at Nikola Tesla Airport. ... the airport here received 1,870 passengers",
        # "we begin at Ben Gurion airport ... Officials here tell me they are processing 400 a day": with no dateline,
        # the city of the airport the report stands at, not the country
        return city
    if (
        quantity == "entries"
        and ("home" in (tail := text[number.end : clause[1]]) or "countr" in tail)
        and _CAME_HOME.search(text, number.end, clause[1])
    ):
        home = _people_of(context, index, number) or (
            # (branch evr340q) or their people's name, when the count's own verb is the homecoming: "more than 41 000
            # Nigeriens have returned to the country" (not "1,100 Russians entered ..., many of them people who had gone home")
            nation.name
            if _RETURNED_HOME_AFTER.match(text, number.end) and (nation := _nation_counted(context, index, number))
            else ""
        )
        if home:
            return home  # "more than 8,000 Tajik citizens working in Russia came home": into their own country
    if quantity in _MOVED and (there := _there_after_the_count(context, sentence, clause, number, scopes[2])):
        return there  # (branch evr232p) "At the Nuijamaa road crossing ... 3,412 Russians crossed into Finland there"
    if quantity in _MOVED and "there" in text[clause[0] : number.start] and _THERE_BEFORE.search(text, clause[0], number.start):
        # "The main road crossing at Artand ... Hungarian border guards there registered 410": the crossing "there"
        # stands for, named in the paragraph before the sentence
        there = _nearest([m for m in scopes[2] if m.place.kind == "crossing" and m.end <= sentence[0]], sentence[0])
        if there is not None:
            return there.place.name
    if (
        quantity in _WAITS
        and "there" in text[clause[0] : number.start]
        and (_THERE_BEFORE.search(text, clause[0], number.start) or _WAITERS_THERE.search(text, clause[0], number.start))
    ):
        # (branch evr352p) "Further east, at Zhaisan ..., 1 920 Russians crossed. Drivers there said they had waited up to
        # nine hours": the crossing "there" stands for, named in the paragraph before the sentence (even one set off as
        # further along the border), not a crossing the report named earlier
        there = _nearest([m for m in scopes[2] if m.place.kind == "crossing" and m.end <= sentence[0]], sentence[0])
        if there is not None:
            return _crossing_of_either_side(context, there)
    if quantity in ("queue_length_km", "queue_vehicles", "wait_hours", "vehicles crossing", "people waiting"):
        side = _SIDE_OF.search(text, *clause)
        if quantity == "people waiting" and text.find("gathered ", number.end, clause[1]) >= 0 and (
            gathered_at := _GATHERED_AT_TOWN.match(text, number.end, clause[1])
        ) and (town := _town_at(context, index, gathered_at.end())) and not any(
            m.place.kind == "crossing" and m.start > gathered_at.end() for m in scopes[0]
        ):
            # (branch evr500p) "up to 5,000 persons are gathered on the shore around Nyanza-Lac, waiting for boats",
            # "about 1,500 people are gathered on the shore at Kilwa" (rounds 496, 499; 304's too), "were gathered on Monday at
            # Ouatagouna", "gathered at Nobili on Tuesday", "gathered at Danane, on the Ivorian side" (191, 239, 489): the
            # town they gather at, named right after, not the crossing or landing named before (not past a crossing the
            # clause goes on to name, "near Pogee, on the South Sudanese side of the Ngomoromo crossing", round 127, nor on
            # a shore a nationality qualifies, "on the Congolese shore at Tchomia", labelled at the landing, 127)
            return town
        if quantity == "people waiting" and (bank := _town_on_a_bank(text, sentence, scopes[1])):
            return bank  # (branch evr177p) "On the Nigerien bank at Gaya, about 500 were waiting": the bank's town
        if quantity == "people waiting" and (text.find(" side", *clause) >= 0 or text.find(" bank", *clause) >= 0 or text.find(" shore", *clause) >= 0) and (
            town := _side_town_named_before(text, clause, scopes[2])
        ):
            return town  # (branch evr236p) "At Dajabon, 450 were waiting on the Dominican side to cross to Ouanaminthe"
        if quantity == "people waiting" and side:
            named = scan(side.group(1))
            if named and all(m.place.kind == "country" for m in named):
                # "waiting on the Pakistani side of the Chaman crossing": the crossing the clause names, else
                # ("15,000 were waiting ... on the Myanmar side") the crossing they wait to cross, named before
                crossing = _nearest([m for m in scopes[0] if m.place.kind == "crossing"], number.start)
                crossing = crossing or context.last_crossing_before(number.start)
                if crossing is not None:
                    return _crossing_of_either_side(context, crossing)
                if context.asked_crossing(index):
                    return context.asked_crossing(index)  # "at the Chacalluta crossing?" / "camped on the Chilean side"
            if named:
                return named[0].place.name  # "waiting on the Afghan side of the Chaman crossing"
        if quantity == "people waiting" and (opening := _opening_town_waited_in(text, sentence, clause, number, scopes[1])):
            return opening  # (branch evr185p) "In Stepanakert, ..., at least 5,000 people were waiting": not a crossing named before
        if quantity == "people waiting" and text.find(" in ", number.end, clause[1]) >= 0 and (
            waited_in := _WAITING_IN_TOWN.match(text, number.end, clause[1])
        ) and (town := _town_at(context, index, waited_in.end())):
            return town  # (branch evr244p) "About 70 are waiting in Francistown for seats": there, not at a crossing before
        named_here = [  # (not "on the Chilean side": a side of the crossing, which the queue is at)
            m for m in scopes[1]
            if m.place.country != origin and _LOCATIVE.search(text, max(0, m.start - 30), m.start) and not text.startswith(" side", m.end)
        ]
        for scope in scopes[:3] if named_here else scopes:  # a country named here beats a crossing named before
            if scope is scopes[2] and (hub := next((m for m in reversed(scopes[1]) if _is_hub(text, m)), None)):
                # (branch evr98b) "At the Kingstown ferry terminal, 600 people were waiting": the terminal its own sentence
                # names, not a crossing named in a sentence before
                return hub.place.name
            crossings = [
                m for m in scope
                if m.place.kind == "crossing" and not _another_numbers(text, m, number)
                # ("at the Ozinki checkpoint, opposite Kazakhstan's Syrym", "..., which on the Latvian side corresponds to
                # the point Grebneva": the post on the other side, not the queue's)
                and not (_opposite_post(text, m) and not (quantity == "people waiting" and _waiting_opposite(text, m, scopes[1])))
                # (nor, from a sentence before, "At the Damiya bridge, 30 km to the north": an aside, not the queue's)
                and (scope is scopes[0] or scope is scopes[1] or not context.aside_crossing(m))
                and not _from_a_speakers_town(text, m)
                # (branch evr244p) not where a line "stretches back towards", past the post its sentence names before:
                # "the line on the Russian side at Mashtakovo is some 1,400 cars, and it now stretches close to eleven
                # kilometres back towards Ozinki" (alone, "stretched 7 km back towards Isilkul" is Isilkul's queue)
                and not (
                    text.find("toward", max(0, m.start - 9), m.start) >= 0
                    and _TOWARDS_JUST_BEFORE.search(text, max(0, m.start - 9), m.start)
                    and any(o.place.kind == "crossing" and o.place.name != m.place.name and o.end <= m.start for o in scopes[1])
                )
                # (branch evr308p) nor where a line reaches "from the checkpoint": "The congestion is stretched up to 20
                # kilometers, from the checkpoint to the area of the village Chmi" is the checkpoint's queue
                and not (
                    text.find("from the ", max(0, m.start - 80), m.start) >= 0
                    and _FROM_THE_POST_TO.search(text, max(0, m.start - 80), m.start)
                )
                # (branch evr328p) nor the place a line reaches back to: "it stretched some 14 kilometres back along the
                # road to Svilengrad", "It stretches for 8 km from the checkpoint, practically to the turn to the village
                # of Kupriyanovka": the line's tail, not its post
                and not _line_reaches_back_to(text, m.start)
            ]
            if crossings:
                return _crossing_of_either_side(context, _nearest(crossings, number.start))
        hub = _hub_before(context, index, sentence[1], 1 if quantity == "people waiting" else 4)
        if hub is not None:
            return hub  # "A reader writes from Sheremetyevo: 'Departure passport control took us three hours'"
        if quantity == "people waiting":
            return _town_waited_in(scopes[1]) or origin or ""
        if holds_any(context.folded[slice(*sentence)], _THE_CROSSING_OR_ALONE_NEEDS) and (
            _THE_CROSSING.search(text, *sentence) or _THE_CROSSING_ALONE.search(text, *sentence)
        ):
            earlier = _last_post_before(context, number.start)  # "at the gate": the crossing named before
            if earlier is not None and context.paragraph_at(earlier.start) < index - 2:
                # "With one lane of the crossing closed" paragraphs after another crossing's passing mention, in a
                # report datelined "SPIELFELD, Austria, Oct 22 -": the crossing the report is filed from
                return _dateline_crossing(context) or earlier.place.name
            if earlier is not None:
                return earlier.place.name
        earlier = _last_post_before(context, number.start)
        if (
            quantity == "wait_hours" and earlier is None and _AIRPORT_DESKS.search(text, *clause)
            and (city := _last_airport_city(context, index, number.start))
        ):
            return city  # "stood three hours at passport control" after arrivals at Antalya airport: a wait there
        if quantity in ("queue_length_km", "queue_vehicles", "wait_hours") and earlier is not None and not named_here:
            # "the wait has stretched to two days" under the headline "The queue to Verkhny Lars", no crossing named since;
            # "Those who made it into Georgia on Tuesday had spent between two and three days in the queue": a queue
            # or a wait is at a crossing, the one named before, not in the country entered
            return earlier.place.name
    if quantity == "arrests":
        if origin and _origins_guards(context, index, sentence, number, origin):
            return origin  # "Romanian border guards detained at least 75 people trying to cross": arrests on their side
        if forces_of := _adjective_forces(context, index, sentence, number):
            return forces_of  # (branch evr173p) "Upstream at Candelaria, Argentine gendarmes arrested 35": Argentina's
        if origin and _held_for_the_origins_call_up(context, index, sentence, number, origin):
            return origin  # (branch evr452p) "detained 5 men ... and handed them to the enlistment office": the origin's
        if side := _side_held_on(context, index, clause, number):
            return side  # (branch evr197p) "arrested 14 boatmen on the Bangladesh side", "on the Tajik bank": that side's
        if "enter " in text[number.end : sentence[1]] and (entered := _country_they_tried_to_enter(context, index, sentence, number, origin)):
            return entered  # (branch evr472p) "detained 27 persons who tried to enter Pakistan": the country they tried to enter
        if _hosts_people_held(context, index, number):
            # (branch evr197p) "detained 31 Thai boat owners" in a report on Thailand; ((branch evr228p) unless the clause
            # names the city they were held in: "Two American citizens were detained by rebel soldiers in Havana")
            return _city_held_in(context, index, clause, number) or context.main_destination
        if (
            context.main_destination
            and _host_force_unnamed(text, sentence, number)
            and not any(m.place.kind == "country" for m in _mentions_in(paragraph_places + context.adjectives[index], sentence[0], number.start))
            and _leads_with_the_host(context)
        ):
            # (branch evr248p) "the Civil Guard detained fourteen persons in the canton of La Cruz", "the gendarmerie
            # detained 17 armed men who were attempting to recross the frontier into Austria": a force named by its
            # title alone, in a report that leads with the country reached, is that country's (without the lead, round
            # 175's Greek "gendarmerie" in a report on children taken into Albania would be Albania's)
            return context.main_destination
        if (
            context.main_destination
            and not any(m.place.kind == "country" for m in _mentions_in(paragraph_places, *sentence))
        ):
            if _ENTERED_UNLAWFULLY.search(text, *sentence):
                # "Police in Musina arrested 318 people for illegal entry", "detained 37 who had crossed without papers
                # ... and took them to ... San José": the arrests of the country entered, wherever made or taken
                return context.main_destination
            told = text[number.end : sentence[1]]
            if "crossed" in told and _WHO_CROSSED.search(text, number.end, sentence[1]) or (
                ("to cross" in told or "to recross" in told)
                and _TRIED_TO_CROSS.search(text, number.end, sentence[1])
                and _ARMED.search(text, number.end, sentence[1])
            ):  # ((branch evr284p) or armed men who tried to cross: "detained 6 persons carrying weapons who attempted to cross")
                # (branch evr260p) "detained seventeen armed men who crossed the frontier with rifles": the country
                # entered, or the one whose adjective names who held them ("The Argentine authorities have detained six
                # ... who crossed", "Brazilian soldiers disarmed and detained nine ... who had crossed")
                holders = [m for m in _mentions_in(context.adjectives[index], sentence[0], number.start) if m.place.name != origin]
                return holders[0].place.name if holders else context.main_destination
        named = [
            m
            for m in _mentions_in(paragraph_places, *clause)
            if m.place.kind in ("country", "city") and _LOCATED_BEFORE.search(text, max(clause[0], m.start - 40), m.start)
        ]
        if len(named) == 1 and named[0].place.kind == "city" and _AND_NAME.match(text, named[0].end):
            return named[0].place.country  # "in Santo Domingo and Santiago": several cities, one country
        subject = next(
            (
                m
                for m in _mentions_in(paragraph_places, sentence[0], number.start)
                if m.place.kind == "country"
                and m.place.name != origin
                and (
                    _SUBJECT_START.fullmatch(text, sentence[0], m.start)
                    or text.startswith("’s", m.end)
                    or text.startswith("'s", m.end)
                )
            ),
            None,
        )  # "Turkey, meanwhile, said it had detained 1,490 Afghan migrants in its eastern provinces": Turkey's arrests
        if subject is None:  # "WARSAW - Polish border guards said they had ... detained 17 people"
            subject = next(
                (
                    m
                    for m in _mentions_in(context.adjectives[index], sentence[0], number.start)
                    if m.place.name != origin and _SUBJECT_START.fullmatch(text, sentence[0], m.start)
                    # ((branch evr252p) not where a force named by its place makes the arrest after it: 'Russian
                    # "drivers" ... take people through the border ..., and the police of Kazakhstan detained 4')
                    and not ("olice" in text[m.end : number.start] and _FORCES_OF.search(text, m.end, number.start))
                ),
                None,
            )
        if subject is None:  # (branch evr256p) "On Tuesday the Nicaraguan Army detained 63": the army's country
            subject = next(
                (
                    m
                    for m in _mentions_in(context.adjectives[index], sentence[0], number.start)
                    if m.place.name != origin and _FORCE_BEFORE_COUNT.fullmatch(text, m.end, number.start)
                ),
                None,
            )
        forces = _forces_country(context, index, sentence, number)
        if subject is None and forces and not any(m.place.kind == "country" for m in named):
            # "the border guards of the Pskov region detained three men", "Saratov traffic police say ... Police also
            # detained four men who tried to walk into Kazakhstan": the arrests of the country whose forces made them
            return forces
        if not named and subject is None and (post := _arrests_at_a_post(context, paragraph_places, sentence, clause, number)):
            return post  # (branch evr157p) "Patrol police detained 3 men in Stepantsminda": the country of the post's side
        if (
            not named
            and subject is None
            and context.main_destination
            and _AT_BORDER.search(text, *clause)
            and not any(
                m.place.name == origin
                for m in _mentions_in(paragraph_places + context.adjectives[index], sentence[0], number.start)
            )
        ):
            # "our border guards detained 171 people at the border with Belarus": the country guarding its border,
            # not the one people came from (arrests of protesters with no border named stay the origin's)
            return context.main_destination
        if not named and subject is None and context.main_destination and (
            _SMUGGLERS.search(text, *clause)
            or _TAKING_NATIONALS_ACROSS.search(text, *clause)
            or _AMONG_ARRIVALS.search(text, *sentence)
            or _origins_people_held(context, index, number, origin)
        ):
            return context.main_destination
        if (
            not _mentions_in(paragraph_places, *sentence)
            and not _NAMED_TOWN.search(text, sentence[0], number.start)
            and not _MARCH_WORDS.search(text, *sentence)
            and (filed := _filed_from(context))
            and all(m.place.name == filed for m in context.adjectives[index])
        ):  # (branch evr117b) "ULUDERE, Turkey -" over "Gendarmes detained 22 among the refugees": a sentence naming no
            # place, in a paragraph naming no other country's side or police, tells of arrests where the report is filed
            return filed
        if (
            not named
            and subject is None
            and origin
            and not any(m.place.kind == "country" for m in _mentions_in(paragraph_places, *sentence))
            and (letterhead := _letterhead_country(text))
            and letterhead != origin
            # (not "the Azerbaijani side has detained at least 3" under "GOVERNMENT OF THE REPUBLIC OF ARMENIA", round 364)
            and all(m.place.name == letterhead for m in _mentions_in(context.adjectives[index], *sentence))
        ):
            # (branch evr508p) arrests told with no place, side or force of another country named, under a government's
            # letterhead: "REPUBLIC OF ZAIRE" ... "Since Friday they have detained 310 armed men", "GOVERNMENT OF THE
            # PEOPLE'S REPUBLIC OF BANGLADESH" ... "BGB and the police have detained 11 boatmen" (rounds 511 and 508,
            # both read as the origin's): the arrests of the government writing, as a dispatch's dateline has it
            return letterhead
        return _common_place(named) or (subject.place.name if subject else "") or origin or ""
    if quantity == "other" and not context.lodging(index):
        return origin or ""  # a call-up or sign-up count belongs to the country calling up
    if quantity == "flights_price_usd":
        # the fare's own clause first ("..., and a ticket to Dubai costs $3,000"), then its sentence; a
        # destination alone takes its start from before it ("Flights out of Moscow ... A ticket to Istanbul")
        opening = context.doc.paragraphs[max(0, index - 1)][0]
        for scope in (clause, sentence):
            route = next(_routes(text, *scope), None)
            if route is not None and route.end() < number.start and text.find(" - ", route.end(), number.start) >= 0:
                # (branch evr232p) a list of fares, each after its route: "Moscow - Yerevan - 98 000 rubles (about 1 680
                # US dollars); Moscow - Tashkent - 68 500 rubles (about 1 175 US dollars)": the route right before the
                # fare, with no other fare between
                route = _route_before(text, route, number) or route
            ends = [find_places(part) for part in route.groups() if part] if route else []
            if ends and all(ends):
                if (
                    any(end[0].place.kind == "country" for end in ends)
                    and text.find("-", route.end(), scope[1]) >= 0
                    and (hyphened := _hyphen_route(text, route.end(), scope[1]))
                    and all(context.place_named(end) is None or context.place_named(end).kind != "country" for end in hyphened.split(" - "))
                ):
                    # (branch evr232p) "flights a day between Russia and Bishkek, yet a one-way Moscow-Bishkek ticket
                    # cost ... $1,070": the town-to-town route written after it, not the corridor named by its country
                    return hyphened
                return f"{ends[0][0].place.name} - {ends[1][0].place.name}"
            if text.find("-", *scope) >= 0 and (hyphened := _hyphen_route(text, *scope)):
                return hyphened
            to = _TO_PLACE.search(text, *scope)
            if to and text.startswith("to", to.start()) and (bare := _CITY_BEFORE_TO.search(text, max(scope[0], to.start() - 30), to.start())):
                starts, ends = find_places(bare.group(1)), find_places(to.group(1))
                end = ends[0].place.name if ends else _route_end(to.group(1))  # (a town the gazetteer lacks: "Gdansk")
                if starts and end and starts[0].place.kind == "city":
                    return f"{starts[0].place.name} - {end}"  # "seats the other way, Moscow to Yerevan"
            if route and all(own := [_route_end(part) for part in route.groups() if part]):
                return " - ".join(own)  # "for the trip from Derbent to Baku": its own route, not a start named before
            if to and text.startswith("From", sentence[0], sentence[0] + 8) and (opened := _opening_start(text, sentence, to)):
                return opened  # (branch evr200p) "From Kirkenes, a ticket to Oslo": not a start named in a sentence before
            start_from = _OUT_OF_PLACE.search(text, opening, scope[0])
            if start_from and _SELLERS_IN.search(text, sentence[0], number.start):
                start_from = None  # (branch evr197p) "Taxi drivers in Beirut are asking ...": the sentence's own start
            if (
                to
                and text.startswith("to", to.start())
                and (sellers := _SELLERS_IN_TOWN.search(text, scope[0], to.start()))
                and to.start() < number.start
                and (starts := find_places(sellers.group("town")))
                and starts[0].place.kind == "city"
                and (ends := find_places(to.group(1)))
                and ends[0].place.name != starts[0].place.name
            ):
                # (branch evr392p) "Minibus companies in St. Petersburg are advertising seats to Helsinki for 90 euros":
                # the town the sellers work in is where the seat they sell starts, not a fare of that town alone
                return f"{starts[0].place.name} - {ends[0].place.name}"
            if to and start_from and (ends := find_places(to.group(1))) and (starts := find_places(start_from.group(1))):
                if starts[0].place.name != ends[0].place.name:  # (not the place the fare goes to, named as a start before)
                    return f"{starts[0].place.name} - {ends[0].place.name}"
        if text.find(" for the crossing", *sentence) >= 0 and (ride := _crossing_sold_in_a_town(context, sentence, number.start)):
            return ride  # (branch evr236p) "Pirogue owners in Bangui were charging ... about 10 dollars, for the crossing"
        if (text.find(" to the ", *sentence) >= 0 or text.find(" as far as the ", *sentence) >= 0) and (
            ride := _ride_to_the_post_at(text, sentence, number.start)
        ):
            return ride  # (branch evr236p) "Drivers in Vladikavkaz are asking $520 to take a passenger to the barrier at Verkhny Lars"
        if (text.find(" to the ", *sentence) >= 0 or text.find(" to this ", *sentence) >= 0) and (
            ride := _ride_to_the_crossing(context, sentence, number.start)
        ):
            return ride
        route = next(_routes(text, *sentence), None)  # "between Paso Canoas and Los Chiles": towns the gazetteer lacks
        ends = [_route_end(part) for part in route.groups() if part] if route else []
        if ends and all(ends):
            return " - ".join(ends)
        if ride := _fare_ride(text, sentence, context, number.start):
            return ride
        if text.find("between the two ", *sentence) >= 0 and (towns := _two_towns(context, index, sentence, number.start)):
            return towns
        named = _mentions_in(paragraph_places, *sentence)
        stops = (
            [m for m in named if _VIA_STOP.search(text, max(sentence[0], m.start - 40), m.start)]
            if any(text.find(word, *sentence) >= 0 for word in _VIA_STOP_NEEDS)
            else []
        )
        if len(named) > 1 and stops:
            # (branch evr236p) "From St. Petersburg, connections via Yerevan or Baku were listed at $1,100": the stops
            # a connection makes are not its ends
            named = [m for m in named if m not in stops] or named
        if not named and text.find("same", *sentence) >= 0 and _THE_SAME_RIDE.search(text, *sentence):
            fare = next((f for f in reversed(context.figures) if f.quantity == "flights_price_usd" and f.source == context.doc.path), None)
            if fare is not None and fare.place:
                return fare.place  # (branch evr86b) "On Tuesday the same flight was listed at $265": the route before's
        # (a place only in another clause is not the fare's: "A seat now costs $100, and the trip through Anbar is ...")
        # ((branch evr268p) nor a stop on the way: "Direct flights from Moscow to Almaty were sold out ... The few
        # remaining seats, with a connection through Istanbul or Tashkent, were offered at up to $2,900": Moscow - Almaty)
        if not [m for m in _mentions_in(paragraph_places, *clause) if m not in stops]:  # "Direct flights from Moscow to Yerevan are fully booked. ... seats on Sunday's flights were being
            # offered at $1,640": a fare naming no place is on the route the paragraph named just before
            routes = list(_routes(text, context.doc.paragraphs[index][0], sentence[0]))
            ends = [find_places(part) for part in routes[-1].groups() if part] if routes else []
            if ends and all(ends):
                return f"{ends[0][0].place.name} - {ends[1][0].place.name}"
            # (branch evr74b) "The bus from Sabroom to Agartala ... now runs full. The fare is 18 rupees": towns the
            # gazetteer lacks, as the text names them
            if routes and all(own := [_route_end(part) for part in routes[-1].groups() if part]):
                return " - ".join(own)
            if not routes and (route := _flights_from_before_to_the_dateline(context, index, sentence)):
                return route  # (branch evr360p) "DUBAI, Sept 29 -", "Direct flights from Moscow were sold out. A ticket ..."
        if all(m.place.kind == "country" for m in named) and (boat := _boat_over_the_crossing(context, sentence)):
            return boat
        if named and (route := _fare_from_the_dateline(context, sentence, named[0])):
            return route  # (branch evr141p) "DUSHANBE, Feb. 22 -" over "A one-way ticket to Moscow costs ...": from there
        if len(named) == 1 and (route := _fare_from_the_headline_city(context, named[0])):
            return route
        if len(named) == 1 and (route := _fare_to_the_headline_city(context, named[0], bool(stops))):
            return route  # (branch evr228p) "Through Minsk ..." over "A seat on a coach from Moscow now costs ... $110"
        if not named and (route := _fare_from_the_dateline_to_a_town(context, sentence, number.start)):
            return route  # (branch evr208p) "CONSTANTINOPLE, Nov. 17 -" over "A berth to Varna ... some 30 dollars"
        if len(named) == 1 and (route := _fare_from_the_airport_before(context, index, sentence, named[0])):
            return route  # (branch evr208p) "Batumi airport said ... The cheapest seat to Istanbul cost $400": from there
        if len(named) == 1 and (route := _fare_other_end(context, paragraph_places, index, sentence, named[0])):
            return route  # (branch evr248p) "reached Salonica ... The deck passage to Brindisi costs": Salonica - Brindisi
        if len(named) == 1 and (route := _fare_on_the_route_before(context, index, sentence, named[0])):
            return route  # (branch evr292p) "from Moscow to Bishkek ... From Novosibirsk the price": Novosibirsk - Bishkek
        if len(named) == 1 and (route := _fare_to_a_town_opening_after_a_fare(context, index, sentence, named[0])):
            return route  # (branch evr480p) "... Moscow - Dubai ... $3,100. For Istanbul, brokers quoted up to $2,200"
        return named[0].place.name if named else origin or ""
    if (
        quantity in ("departures_total", "exits", "exits onward")
        and "republic" in context.folded[slice(*clause)]
        and _LEFT_THE_REPUBLIC.search(text, *clause)
        and not any(m.place.kind == "crossing" for m in scopes[0])
        and (republic := _republic_before(text, number.start, origin))
    ):
        # (branch evr484p) "41 960 citizens of the Russian Federation left the territory of the republic, including
        # onward to third countries (Republic of Turkey, ...)" (round 483), "In the reverse direction in the same
        # period left the territory of the Republic to the Russian Federation and third countries 16 880" (round
        # 165): out of the country the statement reports on, the republic the text last named in full before ("the
        # territory of the Republic of Uzbekistan"), not a country they went on to nor a crossing named before (a
        # crossing the clause names still wins: "left the Republic ... through the Roki tunnel")
        return republic
    if quantity in ("departures_total", "exits"):
        for mention in _mentions_in(paragraph_places, *clause):
            if _LEFT_PLACE.search(text, max(clause[0], mention.start - 30), mention.start):
                # "left Minsk for Erbil": exits are counted by country; "returned home from Pakistan through the
                # Torkham crossing": out of a host country through the crossing (the origin stays: "left Russia
                # through Upper Lars" is a total out of Russia)
                # ((branch evr197p) or before it, as statements translated from Russian write it: 'through "Sarpi" exited
                # from Georgia', "through the same checkpoint exited from Georgia")
                via = [
                    m for m in _mentions_in(paragraph_places, *clause)
                    if m.place.kind == "crossing" and m is not mention
                    and _VIA_BEFORE.search(text, max(clause[0], m.start - 20), m.start - (text[m.start - 1] in _OPENING_QUOTES))
                ]
                if via and mention.place.country != origin:
                    return via[0].place.name
                if (
                    not via
                    and mention.place.country != origin
                    and holds_any(context.folded[slice(*clause)], _THROUGH_THIS_CROSSING_NEEDS)
                    and _THROUGH_THIS_CROSSING.search(text, *clause)
                    and (earlier := context.last_crossing_before(number.start)) is not None
                ):
                    return earlier.place.name  # "left Kazakhstan through this checkpoint": out through the one named before
                return mention.place.country if mention.place.kind == "city" else mention.place.name
        for mention in _mentions_in(paragraph_places, *clause):
            if mention.place.kind == "crossing" and _VIA_BEFORE.search(text, max(clause[0], mention.start - 20), mention.start):
                return mention.place.name  # "deported through Torkham", "crossed back at the bridge": out through it
        if holds_any(context.folded[slice(*clause)], _THE_CROSSING_NEEDS) and _THE_CROSSING.search(text, *clause) and (earlier := context.last_crossing_before(number.start)) is not None:
            return earlier.place.name  # "left the country through the same post": out through the one named before
        row_start, row_end = text.rfind("\n", 0, number.start) + 1, text.find("\n", number.start)
        if context.in_list(index) and table_row(text[row_start : row_end if row_end >= 0 else len(text)]):
            row = _mentions_in(paragraph_places, row_start, number.start)
            if row and row[0].place.kind == "crossing":  # "| Islam Qala | 14,820 |" under "Afghans returning from
                return row[0].place.name  # Iran, by crossing point": out through the row's crossing
        crossed = _crossing_crossed(context, index, sentence, clause, number, scopes[1])
        if crossed:
            return crossed  # "Jordan reopened the Jaber crossing. By noon 450 had crossed back": there
        if "the country" in text[clause[0] : clause[1]] and (left := _LEFT_THE_COUNTRY.search(text, *clause)):
            # "Kazakhstan's interior ministry said 41,300 Russians left the country": the host named before, not the origin
            # (in the sentence, else earlier in the paragraph: "... entered South Korea ... About 380 Russians left the country")
            for named_from in (sentence[0], context.starts[index]):
                named = _mentions_in(paragraph_places + context.adjectives[index], named_from, left.start())
                host = [
                    m for m in named
                    if m.place.kind == "country" and m.place.name != origin and not _TOWARDS.search(text, max(0, m.start - 12), m.start)
                    # ((branch evr420p) not a neighbour named by its border: "3 120 came through the Bagratashen
                    # checkpoint on the Georgian border. On the same day 2 600 left the country": Armenia's exits)
                    and not _ITS_BORDER_AFTER.match(text, m.end)
                ]
                if host:
                    return max(host, key=lambda m: m.start).place.name
        if (sent := _SENT_BACK.search(text, *clause)) and not _WHO_BEFORE.search(text, number.end, sent.start()):
            # "Iran deported 1,200 Afghans back across the border": out of Iran (not "330 departed, mostly drivers and
            # persons who returned home": who they were)
            # (or the country of the body that says so: "The Turkish interior ministry said 58,000 Syrians had returned")
            named = _mentions_in(paragraph_places, *sentence) + _mentions_in(context.adjectives[index], *sentence)
            host = [m for m in named if m.place.kind == "country" and m.place.name != origin]
            if host and origin and (people := _people_sent(context, index, number)) and people != origin and all(
                m.place.name == people for m in host
            ) and not any(m.place.kind == "crossing" for m in named):
                # (branch evr416p) "the DGM deported 1,385 Haitians on Monday, of whom 612 were handed over to Haitian
                # authorities" (round 413) in a report on people sent out of the Dominican Republic: the country the
                # people sent back are of is where they go, not the one sending them
                return origin
            if host:
                return host[0].place.name
            if context.main_destination:
                return context.main_destination  # "1. Haitians repatriated ...: 4,912" in a bulletin from the country sending them
        if _ALONE.search(text, sentence[0], number.start) and (through := _crossing_just_before(context, index, quantity)):
            return through  # "2,870 left through Sarpi ... On Sunday alone 610 crossed into Turkey": there
        if text.find("same", *sentence) >= 0 and _SAME_WINDOW.search(text, *sentence) and (through := _crossing_just_before(context, index, "entries")):
            return through  # "1,460 crossed into Mongolia at Sukhbaatar ... towards Russia about 70 over the same five days"
        if "back" in text[number.end : clause[1]] and _BACK_ACROSS.search(text, number.end, clause[1]) and (
            earlier := context.last_crossing_before(number.start)
        ) is not None:
            return earlier.place.name  # "1,500 have gone back across the river into Burundi": out through the crossing named before
        return origin or ""
    # entries, net arrivals, other arrivals, and exits onward or back home: the country people
    # had arrived in, never the one they came from
    if (
        quantity == "entries"
        and text.find(" the country", number.end, clause[1]) >= 0
        and _WHO_ENTERED_THE_COUNTRY.match(text, number.end, clause[1])
        and (country := _the_country_entered(context, index, paragraph_places, sentence, clause, number))
    ):
        # (branch evr484p) "Since the decree, close to 98,000 Russian citizens have entered the country by land and air"
        # after "... entered Georgia through the Kazbegi checkpoint" (round 252), "Of the 68,900 Russians who entered the
        # country between Sept. 21 and Monday, 58,400 came by road over the Upper Lars crossing" (round 346), "Yesterday,
        # 29 September, 4 930 citizens of the Russian Federation entered the country" after a list by checkpoint (round
        # 482): the country, the one the paragraph named last before the count, else the one the report is about; not a
        # crossing or town named before (as for "have entered the country" with fewer words between, evr476p above)
        return country
    the_post = not scopes[0] and (
        _THE_POST_DID.search(text, *clause)
        or quantity == "entries"
        and text[clause[0] : number.start].rstrip().endswith(_CARRIED_VERBS)
        and _CARRIER_BEFORE.search(text, clause[0], number.start)
    )
    if holds_any(context.folded[slice(*clause)], _THE_CROSSING_NEEDS) and _THE_CROSSING.search(text, *clause) or the_post:
        # "through the checkpoint", "the port received 11 thousand", "two ferries brought 410": the crossing named before
        for scope in scopes:  # (not one people came from, "ferries from Makhachkala and the port of Olya", but one
            # they left from, "departed from the Aktau port")
            crossings = [
                m for m in scope
                if m.place.kind == "crossing"
                and (not context.arrival_cues(m).excluded or _DEPARTED_FROM.search(text, max(0, m.start - 20), m.start))
            ]
            if len(crossings) > 1:  # (branch evr252p) not the town the road to it comes from, named after it
                crossings = [m for m in crossings if not _opposite_post(text, m)] or crossings
            if crossings:
                return _nearest(crossings, number.start).place.name
    if quantity == "entries" and not _part_of_the_count_before(context, sentence, number, scopes[1]):
        crossed = _crossing_crossed(context, index, sentence, clause, number, scopes[1])
        if crossed:
            return crossed
    # "another 1,200", "On Tuesday alone, officials counted 1,100 arrivals": more of, or a part of, the count before
    more_or_part = (
        number.qualifier in _MORE_OF_THE_SAME
        or _ALONE.search(text, sentence[0], number.start)
        or quantity in ("entries", "exits") and text.startswith(" more", number.end) and _MORE_AFTER.match(text, number.end)
    )
    if more_or_part and not [
        m for m in scopes[1]
        if m.place.name != origin and _names_more(text, m, number, clause)
        # (branch evr83b) "another 470 arrived on flights from Istanbul and Belgrade": where they set out, not came
        and not (m.start > number.end and context.arrival_cues(m).excluded)
    ]:
        recent = [
            f
            for f in context.figures[-20:]
            if f.source == context.doc.path and f.place and f.unit.startswith("persons")
        ]
        same_kind = [f for f in recent if f.quantity == quantity]
        if same_kind or recent:
            return (same_kind or recent)[-1].place
    if (
        quantity == "entries"
        and not scopes[1]
        and not _SOME_PLACE_NAMED.search(text, *clause)
        # ((branch evr476p) not "have entered the country": the country, not the crossing of the count before; still
        # "crossed into the country there", round 438: the crossing "there" stands for)
        and not (
            text.find(" the country", number.end, clause[1]) >= 0
            and (country := _INTO_THE_COUNTRY.match(text, number.end, clause[1]))
            and not text.startswith(" there", country.end())
        )
    ):
        before_here = [
            f for f in context.figures[-3:]
            if f.source == context.doc.path and f.quantity == "entries" and f.place and not f.earlier_level
            and (context.paragraph_at(f.start) == index and f.start < sentence[0] or _ARRIVALS_NOUN.match(text, number.end) and _next_item(context, context.paragraph_at(f.start), index))
        ]
        if before_here and context.place_named(before_here[-1].place) is not None and context.place_named(before_here[-1].place).kind == "crossing":
            return before_here[-1].place  # "At Metema ... 15,000 have arrived. Around 1,000 a day are still coming."
    # ("1,018 waded ashore on Langkawi, a day after about 600 landed in Indonesia": the landing of the next number)
    next_number = _DIGIT.search(text, number.end, sentence[1])
    landed_by = next_number.start() if next_number else sentence[1]
    if quantity == "entries" and holds_any(context.folded[number.end : landed_by], _LANDED_AT_NEEDS) and (
        landed := _LANDED_AT.search(text, number.end, landed_by)
    ):
        name = _route_end(landed.group("name"))
        airport = next((m for m in scopes[1] if m.start == landed.start("name")), None)
        if airport is not None and airport.end > landed.end("name") and airport.place.kind in ("crossing", "city"):
            name = airport.place.name  # (branch evr288p) "landed at Shah Porir Dwip", "at Hat Lek and Klong Yai": the known name whole
        if airport is not None and names_an_airport(text[airport.start : airport.end], airport.place):
            name = airport.place.name  # (branch evair) "landed at Sabiha Gokcen": at the city it serves
        if name and _ANOTHER_WAY_IN.match(text, landed.end()) and (country := context.country_of(name)):
            return country  # "have landed at Marseille or been flown into the airport at Marignane": two ways in
        if name:
            return name
    if quantity in ("entries", "exits") and text.find("all ", number.end, sentence[1]) >= 0:
        # (branch evr400p) "42 500 persons have entered the Republic of Armenia since Sunday, all of them through the
        # Kornidzor checkpoint", "1,097 were deported, all of them handed over at the Simon Bolivar bridge": the crossing
        # the whole count came by, set off after the country it entered (no other number between)
        every = next(
            (
                m for m in scopes[1]
                if m.start > number.end and m.place.kind == "crossing"
                and _ALL_OF_THEM_BY.search(text, max(number.end, m.start - 60), m.start)
                and not _DIGIT.search(text, number.end, m.start)
            ),
            None,
        )
        if every is not None:
            return every.place.name
    if quantity == "entries":  # "2,900 came through Tine and 4,100 through Adre": the crossing right after the number
        attached = next(
            (m for m in scopes[0] if m.start > number.end and _THROUGH_AFTER.fullmatch(text, number.end, m.start)), None
        )
        if attached is not None and attached.place.kind == "crossing":
            return attached.place.name
    if quantity in ("entries", "net_arrivals") and not scopes[0] and _on_the_island_state(context, clause):
        return context.main_destination  # "7,500 had arrived on the island since the order" in a report on Cyprus
    if quantity == "entries" and (into_the_country := _INTO_THE_COUNTRY.match(text, number.end, clause[1])):
        owner = next(
            (
                m
                for m in _mentions_in(paragraph_places, sentence[0], number.start)
                if m.place.name == origin and text.startswith(("’s", "'s"), m.end)
            ),
            None,
        )
        if owner is not None and not _THROUGH_AFTER_COUNTRY.match(text, into_the_country.end()):
            # "Slovenia's police said 12,600 people entered the country from Croatia": the country whose officials
            # count, even the one the report's people came from (other countries are not passed over)
            return owner.place.name
        named = [m for m in _mentions_in(paragraph_places, sentence[0], number.start) if m.place.name != origin]
        countries = {m.place.name for m in named if m.place.kind == "country"}
        if (
            owner is None
            and len(countries) == 1
            and all(m.place.country in countries for m in named)
            and not _THROUGH_AFTER_COUNTRY.match(text, into_the_country.end())
        ):  # "Montenegro ...: police in Podgorica said 1,900 had entered the country": the country, not its police's town
            return countries.pop()
        if not named and owner is None and not _THROUGH_AFTER_COUNTRY.match(text, into_the_country.end()):
            # (branch evr384p) "Start with Uzbekistan. ... about 98,000 Russian citizens entered the country, the bulk of
            # them by air into Tashkent and Samarkand" (round 381): "the country" is the one the paragraph named last
            # before the sentence, not a town of it the clause names after the count as the way most came
            before = [m for m in paragraph_places if m.end <= sentence[0] and m.place.kind == "country"]
            country = before[-1].place.name if before else ""
            after = [m for m in _mentions_in(paragraph_places, number.end, clause[1])]
            if country and country != origin and all(country in (m.place.name, m.place.country) for m in after):
                return country
    if (
        quantity == "entries"
        and text.find("passeng", *clause) >= 0
        and all(origin in (m.place.name, m.place.country) for m in scopes[1])
        and (city := _reporting_airport_city(context))
    ):
        # (branch evr496p) "Zvartnots International Airport / Press Service ... Yesterday, 29 September, 3,370 passengers
        # arrived on flights from Russian airports", "the State Unitary Enterprise "Dushanbe International Airport"
        # informs ... Yesterday, 2 October, 2 215 passengers arrived from Russia" (rounds 492, 494; the airport's
        # spokesman, "we received 5,870 passengers", round 360): passengers who come in, their sentence naming no place
        # but the one they left, come in at the airport whose own report it is, written at its city, not the country
        # (nor a country named in the paragraph before for who they were: "citizens of the Republic of Tajikistan")
        return city
    if quantity in ("entries", "net_arrivals") and not scopes[0] and (opening := _opening_place(context, sentence, scopes[1])):
        return opening  # "At Nongoa, where canoes ferry people over, Guinean Red Cross volunteers counted 3,900"
    adjective_scopes = [
        _mentions_in(context.adjectives[index], *clause),
        _mentions_in(context.adjectives[index], *sentence),
    ]
    earlier_adjectives = [
        [m for m in context.adjectives[index] if m.end <= sentence[0]],
        *[context.adjectives[i] for i in reach],
    ]
    ordered = [scopes[0], adjective_scopes[0], scopes[1], adjective_scopes[1], *scopes[2:], *earlier_adjectives]
    # "23,800 crossed from Poland into Ukraine, while 21,600 arrived from Ukraine": not into the place they came from
    came_from = {m.place.name for m in scopes[0] if m.start > number.end and context.arrival_cues(m).excluded}
    # (branch evr84b) "crossed from Zabaikalsk into the Chinese city of Manzhouli": a crossing named by both its sides,
    # crossed, not left
    if came_from:
        came_from -= {
            m.place.name for m in scopes[0] if m.place.kind == "crossing" and m.start > number.end and not context.arrival_cues(m).excluded
        }
    # (branch evr520p) an exit gone on to countries its sentence names after the count ("2.150 refugees have gone on to
    # Switzerland ... sent to Vienna by the Swiss Confederation", round 523; "moved on to Western countries, among them
    # France, ...", 375; "sent on to third countries, chiefly France, Belgium and Switzerland", 431): the host's, the
    # country the report is about, where the clause names no crossing; none of those countries' mentions after the count
    onward = (
        _countries_gone_on_to(text, scopes[1], number)
        if quantity in ("exits", "exits onward") and (text.find(" on to ", number.end, sentence[1]) >= 0 or text.find(" ON TO ", number.end, sentence[1]) >= 0)
        else ()
    )
    if (
        onward
        and (host := context.main_destination)
        and host not in onward
        and host != origin
        and all(m.place.kind == "country" or m.place.kind == "city" and m.start > number.end + 12 for m in scopes[0])
    ):
        return host  # (the country left, which the report is about: not a town named after, "trains sent to Vienna")
    for scope in ordered:
        arrived = []
        for m in scope:
            cues = context.arrival_cues(m)
            if (
                not cues.excluded
                and m.place.name not in came_from
                and not (onward and m.start > number.end and m.place.name in onward)
                and (
                    m.place.country != origin
                    or cues.destination and quantity != "exits onward"
                    or scope is scopes[0] and quantity == "entries" and _way_in_the_other_way(context, scope, m)
                )
                and not _another_numbers(text, m, number)
                # ("have left again, many for Turkey or Armenia": where they went next, not the country left)
                and not (quantity == "exits onward" and _ONWARD_TO.search(text, max(0, m.start - 60), m.start))
                # ("45,000 of them are still in a camp near Ruweished": those who stayed in the country, not at the post)
                and not (quantity == "net_arrivals" and _LANDMARK.search(text, max(0, m.start - 12), m.start))
                # ("164,000 left again, most of them flying on to Turkey", then "98,000 came in": not where they went on to)
                and not (scope is not scopes[0] and scope is not scopes[1] and _gone_on_to(text, m))
                # ((branch evr476p) nor, in the count's sentence, past its clause, where people went on to (`_WENT_ON_TO`):
                # "Its interior ministry recorded 78,400 entries ...; many of those who left went on to Armenia", round 474)
                and not (scope is scopes[1] and m.start > clause[1] and quantity != "exits onward" and _went_on_to(text, m))
            ):
                arrived.append(m)
        if arrived and scope is scopes[0] and quantity in _MOVED and (opening := _opening_before_a_where(context, sentence, arrived)):
            # (branch evr360p) the count's clause holds the aside's places ("at Zhanibek, where the road comes from
            # Pallasovka in the Volgograd region, more than 11,000 have crossed"): the place the sentence opens on
            return opening
        if len(arrived) > 1:
            arrived = [m for m in arrived if not _region_of_crossing(text, m)] or arrived
            # (branch evr83b) "At Nickelsdorf, opposite the Hungarian post of Hegyeshalom, 4,300 came through": the
            # other side's post, named aside, is not where they were counted
            arrived = [m for m in arrived if not _opposite_post(text, m)] or arrived
        if arrived:
            if any(scope is earlier for earlier in scopes[2:]):
                # from an earlier sentence or paragraph, a crossing is where those people came through;
                # the country they came into is where this figure's are
                use_cue = scope is not scopes[2]  # earlier in the same paragraph, the nearest place wins outright
                countries = [m for m in arrived if m.place.kind == "country"]
                if countries:
                    return min(countries, key=lambda m: _arrival_rank(context, m, number.start, use_cue)).place.name
                crossings = [m for m in arrived if m.place.kind == "crossing"]
                if crossings and scope is not scopes[2]:  # a crossing named in an earlier paragraph: its country
                    crossing = min(crossings, key=lambda m: _arrival_rank(context, m, number.start, use_cue)).place
                    if (
                        quantity in _MOVED
                        and _filed_from_the_crossing(context, crossing)
                        and not _SINCE_WORD.search(text, sentence[0], sentence[1])
                    ):  # (branch evr356p) "KEY WEST, Fla. (AP) -", then "4,588 came ashore Thursday" (not a total "since
                        # the rising", which the province's or the country's officials keep)
                        return crossing.name
                    return crossing.country or crossing.name  # (the crossing itself when its country is not known)
            use_cue = scope is not scopes[2]
            chosen = min(arrived, key=lambda m: _arrival_rank(context, m, number.start, use_cue))
            if chosen.place.kind == "city" and scope is scopes[0] and (country := _towns_named_together(text, chosen, scope)):
                return country
            if chosen.place.name in CAPITAL_CITIES and _GOVERNMENT_IN.search(text, max(0, chosen.start - 40), chosen.start):
                return chosen.place.country  # "officials in Rome say 4,000 more arrived": the government's count, the country's
            if chosen.place.kind == "city" and _seat_of_a_counting_body(text, chosen):
                return chosen.place.country  # (branch evr141p) "the Pavlodar regional administration said 6,300 had entered"
            if scope is not scopes[0] and scope is not scopes[1] and quantity in _MOVED and (town := _filed_from_a_town(context, chosen)):
                return town  # (branch evr137p) "TAN CHAU, South Vietnam -", then "On Monday alone 6,400 came ashore"
            if chosen.place.kind == "city" and scope is not scopes[0] and scope is not scopes[1] and _is_dateline(text, chosen):
                return _dateline_country(context, chosen)  # "NOUAKCHOTT, Feb 10 (Reuters) -", then a later sentence
            if chosen.place.name in REGIONS and quantity in ("entries", "net_arrivals") and not _from_a_region_alongside(context, chosen, came_from):
                return chosen.place.country  # "crossed from South Ossetia into North Ossetia": into Russia
            if (
                chosen.place.kind == "city" and chosen.place.country and scope is not scopes[0] and scope is not scopes[1]
                and text.find(" coast", *clause) >= 0 and _A_WHOLE_COAST.search(text, *clause)
            ):
                # (branch evr368p) "the east coast took in some 24,000 boat people during May": a coast is more than the
                # island or town named in a sentence before; its country's
                return chosen.place.country
            return chosen.place.name
    # nothing named near: the country the report is about (the one it names most after the origin)
    return context.main_destination if quantity in ("entries", "net_arrivals") else ""


def _reporting_airport_city(context: _Context) -> str | None:
    """(branch evr496p) The city of the one airport (outside the origin) named in the report's head or first paragraph,
    as an airport's own statement or its spokesman's words open ("Zvartnots International Airport / Press Service",
    "The press service of ... "Dushanbe International Airport" informs"); None when none or several are named so."""
    if context.airport_head is None:
        text = context.doc.text
        head_end = context.doc.paragraphs[0][1] if context.doc.paragraphs else min(len(text), 600)
        cities = set()
        if text.find("irport", 0, head_end) >= 0:
            for m in scan(text, 0, head_end):
                if (
                    m.place.kind == "city"
                    and m.place.country != context.origin
                    and (_AIRPORT_OF_CITY.match(text, m.end) or names_an_airport(text[m.start : m.end], m.place))
                ):
                    cities.add(m.place.name)
        context.airport_head = cities.pop() if len(cities) == 1 else ""
    return context.airport_head or None


def _from_a_region_alongside(context: _Context, into: Mention, came_from: set[str]) -> bool:
    """(branch evr420p) Whether the clause says the people came into the region `into` from another region of the
    same country: "crossed into Ingushetia from Chechnya" (round 418) is a move inside Russia, the region's figure (the
    labels' place), not the country's; "from South Ossetia into North Ossetia" stays Russia's (Georgia's region)."""
    country = into.place.country
    for name in came_from:
        named = context.place_named(name)
        if named is not None and name != into.place.name and name in REGIONS and named.country == country:
            return True
    return False


_ITS_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b")  # "on the Georgian border", "the Turkey frontier"
_OPENING_AT = re.compile(r"\s*(?:At|In)\s+")
# (branch evr110b) "At Elvas, another 2,100 came in", "1,500 crossed near Sabderat", "at the Amirabad port": where a
# sentence that names no place the gazetteer knows says its people were counted
# (branch evr181p) and "In Marsh Harbour, families waited", "On the beach at Pesalai, ... about 1,000 people were camped":
# a sentence opening in a town, or on a part of it
# (branch evr264p) a name with accented letters too ("At Cerbère, on the coast, between 8,000 and 10,000 people came
# through", "at Saint-Médard,"), as the gazetteer lacks it: the town, not the country (before, "[a-z]" stopped at "è")
_UNKNOWN_TOWN_OPENING = re.compile(
    # (branch evr185p) "In the western CAR town of Bouar, some 5,000 ... were waiting": the town named after "town of"
    r"\s*(?:At|In|On\s+the\s+[a-z]+\s+(?:at|of))\s+(?:the\s+(?:(?:[\w-]+\s+){0,3}?(?:town|city|village)\s+of\s+)?)?([A-Z][a-zß-öø-ÿĀ-ž]+(?:[- ][A-Z][a-zß-öø-ÿĀ-ž]+)?)(?:\s+(?:base|camp|port|airport|harbour|crossing|checkpoint|post|bridge))?,"
)
_UNKNOWN_TOWN = re.compile(
    # ((branch evr380p) with the lower-case joints of a Spanish or Portuguese town's name: "near Gracias a Dios" (rounds
    # 162, 379), "near San Juan de la Frontera", not its first word alone)
    r"\bnear\s+([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:\s(?:a|de|del|de\s+la|de\s+las|de\s+los|do|da|dos|das)\s+[A-Z][a-z]+)?)\b(?![’'-]| [A-Z]| and [A-Z])"
    r"|\bat\s+(?:the\s+)?([A-Z][a-z]+)\s+(?:port|airport|harbour|crossing|checkpoint|border\s+post|bridge)\b"
)
# (branch evr125p) "Further south, at Ntoroko, some 1,100 arrived", "landed 2,150 at Venice, where ...", "at the oasis
# of Figuig,": a town the sentence sets off by a comma after "at", where its count was made
_AT_TOWN_SET_OFF = re.compile(r"\bat\s+(?:the\s+(?:village|town|oasis|port|city)\s+of\s+)?([A-Z][a-zß-öø-ÿĀ-ž]+(?:[- ][A-Z][a-zß-öø-ÿĀ-ž]+)?),")


def _town_set_off_before(text: str, sentence: tuple[int, int], number: _Number) -> str:
    """The town the gazetteer lacks that "at <Name>," names before a count of people moving, where they were
    counted rather than the report's country; "" if none (people waiting "at Tchomia," wait at the crossing)."""
    if text.find(" at ", sentence[0], number.start) < 0:
        return ""
    names = [found.group(1) for found in _AT_TOWN_SET_OFF.finditer(text, sentence[0], number.start)]
    return next((name for name in names if _lacked_town(name)), "")


# (branch evr129p) "waded across at Parakarungu in the past days", "1,450 landed at Luganville wharf": a town named
# after "at" anywhere in the sentence, not only set off by a comma before the count ("from <Name>": another town)
_AT_UNKNOWN_TOWN = re.compile(
    r"(?<!site )(?<!station )(?<!centre )(?<!center )(?<!camp )\b(at|from|At)\s+([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\b(?![’'-]| [A-Z]| and [A-Z]| camp\b)"
)  # (not a reception site's name, "the reception station at Lajas Blancas": its arrivals are the country's)


def _unknown_town_named_at(text: str, span: tuple[int, int]) -> str:
    """The one town the gazetteer lacks that a sentence naming no known place says "at <Name>" of, up to the end of
    the count's clause: where its count was made rather than the country; "" if none, or another is named "from"."""
    # ((branch evr240p) or opening the sentence with no comma after the name: "At Landskrona more than 400 were landed on
    # Sunday", as "At Landskrona, more than 400 ..." is read)
    if text.find(" at ", *span) < 0 and not text.startswith("At ", span[0]):
        return ""
    named = {found.group(2): found.group(1).lower() for found in _AT_UNKNOWN_TOWN.finditer(text, *span)}
    towns = [name for name in named if _lacked_town(name)]
    return towns[0] if len(towns) == 1 and named[towns[0]] == "at" else ""


# (branch evr368p) "have entered Kenya through Sololo and Dabel", "crossed into Lithuania at the Kena railway
# checkpoint", "entered Uganda through Kisoro District": a country entered, then the town the count came in by
_INTO_A_COUNTRY_BY_TOWN = re.compile(
    r"\b(?:entered|(?:crossed|came|come|walked|fled)\s+(?:over\s+)?into)\s+([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+"
    r"(?:through|at|via)\s+(?:the\s+)?([A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)*)(?![’'\w-])"
)
# the words that end a town's name as written: "Kisoro District", "the Kena Railway Checkpoint"
_TOWNS_NOUN = re.compile(r"[- ](?:District|Railway|Road|Border|Crossing|Checkpoint|Post|Bridge|Port|Airport)\b.*")
# (a region's or a country's part is no town: "through the Kameng Frontier Division", "the International Bridge of
# Rumichaca"; nor several towns: "through Woodlands and Tuas combined")
_NOT_A_TOWN_AFTER = re.compile(r"\s+(?:of\b|and\s+[A-Z]|or\s+[A-Z])")
_NOT_A_TOWNS_WORD = re.compile(
    r"(?:^|[- ])(?:Frontier|Division|Region|Province|State|Territory|Oblast|County|International|National|Binational"
    r"|Second|First|Third|New|Old|Centre|Center|Attention|Service)\b"
)  # (nor an office or a link named by its nouns: "the Binational Border Attention Centre", "the Second Link")


def _way_into_a_country(context: "_Context", number: _Number, clause: tuple[int, int]) -> str:
    """The town the gazetteer lacks that a count went into a country by ("600 have entered Kenya through Sololo"),
    named right after the country in the count's clause; "" if none, or the name is a place, people or month it knows."""
    text = context.doc.text
    found = _INTO_A_COUNTRY_BY_TOWN.search(text, number.end, clause[1])
    if found is None or found.start() - number.end > 60:
        return ""
    country = scan(found.group(1))
    if len(country) != 1 or country[0].place.kind != "country" or country[0].role != "name":
        return ""
    if _NOT_A_TOWN_AFTER.match(text, found.end(2)) or _NOT_A_TOWNS_WORD.search(found.group(2)):
        return ""
    name = _TOWNS_NOUN.sub("", found.group(2))
    if name.isupper():
        return ""  # (an acronym, "through the CEBAF", is no town)
    # (not a name it knows, nor its first words: "through Verkhny Lars", "at the Simon Bolivar bridge")
    if not _lacked_town(name) or context.place_named(name) is not None or scan(text, found.start(2), found.end(2)):
        return ""
    return name


_NOT_TOWNS = _MONTH_NAMES | {day.title() for day in WEEKDAYS} | {"Christmas", "Easter", "Ramadan"}


def _lacked_town(name: str) -> bool:
    """Whether a capitalised name read where a town stands ("at Elvas,", "by Ferfer") is one the gazetteer lacks, kept as
    written: no place, nationality or adjective it knows ("at Kazakh" is no town), nor a month, weekday or feast."""
    return name not in _NOT_TOWNS and not scan(name)


_COUNTRY_QUANTITIES = ("arrests", "flights_price_usd", "departures_total")  # a country's, or a route's


def _unknown_town(text: str, sentence: tuple[int, int]) -> str:
    """The town a sentence naming no known place says its count was made at ("At Elvas, ...", "crossed near
    Sabderat"): a name the gazetteer lacks, kept as written rather than falling back to the country; "" if none."""
    opening = _UNKNOWN_TOWN_OPENING.match(text, sentence[0]) if text.startswith(("At ", "In ", "On "), sentence[0]) else None
    names = [opening.group(1)] if opening else []
    if text.find("near ", *sentence) >= 0 or text.find(" at ", *sentence) >= 0:
        names += [found.group(1) or found.group(2) for found in _UNKNOWN_TOWN.finditer(text, *sentence)]
    return next((name for name in names if _lacked_town(name)), "")


# (branch evr153p) people come into a town's region, not the town: "arrived to the territory of the Rostov region",
# "entered the region" after "Pavlodar region police said"
_INTO_THE_REGION = re.compile(
    r"\b(?:into|entered|to)\s+(?:the\s+territory\s+of\s+)?the\s+(?:([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+)?"
    r"(?:region|area|oblast|province)\b"
)
_TOWNS_REGION_AFTER = re.compile(r"(?:['’]s)?\s+(?:region|regional|area|oblast|province)\b")
# (branch evr153p) the town of the office that gives a count, not where people came: "The prefecture in Mamoudzou said",
# "an official in Ankara said"
_SEAT_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}(?:in|at)\s+$")
_SEAT_SAID = re.compile(r"\b(?:said|says|reported|reports|estimated|estimates|announced|states|stated)\b")
_SEAT_SAID_AFTER = re.compile(r"\s+" + _SEAT_SAID.pattern)
_SEAT_INTO_THE_COUNTRY = re.compile(r"\b(?:entered|into|reached)\s+the\s+country\b")
_SEAT_WAY_IN_BEFORE = re.compile(r"\b(?:into|on|in|to|at)\s+(?:the\s+)?$")


def _into_the_towns_region(
    context: _Context, index: int, sentence: tuple[int, int], clause: tuple[int, int], place: str
) -> str:
    """The country of a town whose region, not the town itself, people came into ("arrived to the territory of the Rostov
    region", "Kigoma's regional commissioner said 20,000 have crossed into the region"), else "": the labels put a
    region's figures at its country (branch evr153p)."""
    text = context.doc.text
    town = context.place_named(place)
    into = _INTO_THE_REGION.search(text, *clause) if town is not None and town.kind == "city" and town.country else None
    if into is None:
        return ""
    if into.group(1) and into.group().startswith(("into", "entered")) and into.group().endswith(("region", "Region")):
        return ""  # (branch evr412p) "crossed into the Kara region": the seat town (LABELLING.md, a region entered)
    start, end = into.span(1) if into.group(1) else (sentence[0], into.start())
    for mention in context.places[index]:
        if mention.place.name == place and start <= mention.start and mention.end <= end and _TOWNS_REGION_AFTER.match(text, mention.end):
            return town.country
    return ""


def _past_the_speakers_seat(
    context: _Context, index: int, sentence: tuple[int, int], clause: tuple[int, int], number: _Number, place: str
) -> str:
    """Where people came when the town read is only the seat of the office that counted them ("The prefecture in
    Mamoudzou said 1,300 had come ashore on Mayotte", "an official in Ankara said 26,000 had entered the country"): the
    place the clause names after the count with "into / on / in", else ("entered the country") the town's country; ""
    if the town is not such a seat or the clause names no way in (branch evr153p). `_place` already gives a regional or
    national body's town its country (`_seat_of_a_counting_body`); this reads the offices that speak from a town about
    a place the clause names after the count."""
    text = context.doc.text
    town = context.place_named(place)
    if town is None or town.kind != "city" or not town.country or not _SEAT_SAID.search(text, sentence[0], number.start):
        return ""
    mentions = [m for m in context.places[index] if sentence[0] <= m.start and m.end <= clause[1]]
    seat = [
        m for m in mentions
        if m.place.name == place and m.end <= number.start and _SEAT_SAID_AFTER.match(text, m.end)
        and _SEAT_BEFORE.search(text, max(sentence[0], m.start - 40), m.start)
    ]
    if not seat or any(m.place.name == place and m.start > number.end for m in mentions):
        return ""
    for mention in mentions:
        if mention.start > number.end and mention.place.name != context.origin and _SEAT_WAY_IN_BEFORE.search(text, max(clause[0], mention.start - 12), mention.start):
            return mention.place.name
    # (not a count the office made where it is: "the reception center at Sasebo reported it had processed 58,000")
    return town.country if _SEAT_INTO_THE_COUNTRY.search(text, number.end, clause[1]) else ""


def _opening_place(context: _Context, sentence: tuple[int, int], named: list[Mention]) -> str | None:
    """The crossing or town a sentence opens with, "At <place>, ...", for a count whose clause names none: where it
    was counted, before a nationality of the counters ("Guinean volunteers") or a place named further on."""
    text = context.doc.text
    opening = _OPENING_AT.match(text, sentence[0])
    if opening is None or not named or named[0].start != opening.end():
        return None
    place = named[0]
    if place.place.kind not in ("crossing", "city") or place.place.country == context.origin or not text.startswith(",", place.end):
        return None
    return place.place.name


_REGION_AFTER = re.compile(r"\s+(?:county|district|region|province|state|governorate)\b")
_CROSSING_IN_BEFORE = re.compile(
    r"\b(?:crossing(?:\s+point)?|checkpoint|border\s+(?:post|point|station)|post|gate|bridge)\s+in\s+(?:the\s+)?$"
)


def _dateline_country(context: _Context, dateline: Mention) -> str:
    """Where a later sentence's figure that names no place is, when the dateline's city is the nearest
    place: its country, when the story names that country; else ("GENEVA -" above a story about Chad)
    the country the story is about."""
    country = dateline.place.country
    if context.place_named(country) is not None or not context.main_destination:
        return country
    return context.main_destination


def _region_of_crossing(text: str, mention: Mention) -> bool:
    """Whether the place is where the crossing just named lies ("Joda border point in Renk county"):
    the figure is the crossing's, not the county's, though the text names the county a crossing elsewhere."""
    return bool(
        _REGION_AFTER.match(text, mention.end)
        and _CROSSING_IN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    )


# (branch evr80b) "HONIARA, Solomon Islands, 16 October 1992 --": a typewriter's double hyphen for the dash
_DATELINE_TAIL = re.compile(r"(?:,[^-–—\n.;:]{0,40}?)?\s*(?:\([A-Za-z ]{2,20}\)\s*)?(?:--|[-–—])\s")


# ((branch evr208p) and the old wires' stop and dashes with no space: "CONSTANTINOPLE, Nov. 17.--(Associated Press.)--")
_DATELINE_CAPITALS = re.compile(r"([A-Z][A-Z .'’-]{2,}),[^\n]{0,60}?(?:\s(?:--|[-–—])\s|\.--)")  # ("HAIPHONG, Indochina, Aug. 27 (AP) --")
# (branch evr268p) and a dateline set as its own paragraph, with no dash, as older papers print it: "LISBON, Friday, July
# 12, 1940.", "NDOLA, Northern Rhodesia, Thursday, December 14.", "SALONIKA, Aug. 26." (a town, an optional country, then
# a day or a month)
_DATELINE_ALONE = re.compile(
    r"([A-Z][A-Z .'’-]{2,}),(?:\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,)?\s"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d)"
    r"[^\n]{0,50}"
)


def _dateline_crossing(context: _Context) -> str | None:
    """The crossing a dispatch's dateline names ("SPIELFELD, Austria, Oct 22 (...) -"), if any."""
    if (dateline := context.dateline()) is None:
        return None
    name = dateline[1].group(1).strip().casefold()
    crossings = (m.place.name for places in context.places for m in places if m.place.kind == "crossing")
    return next((crossing for crossing in crossings if crossing.casefold() == name), None)


# "waiting on the jetty here", "the crossing here": the reporter's own place, which the dateline names
_HERE = re.compile(r"\b(?:jetty|quay|pier|wharf|dock|beach|shore|bank|riverbank|bridge|border|frontier|crossing|checkpoint|post|gate)\s+here\b")
# (branch evr84b) "About 700 people were waiting at the terminal" in a report datelined "ROSEAU, Dominica, ... -": the
# terminal of the town the reporter stands in, as "on the jetty here"
_AT_THE_TERMINAL = re.compile(r"\bat\s+the\s+(?:(?:ferry|sea|passenger|port|airport)\s+)?terminal\b")


def _dateline_town(context: _Context) -> str | None:
    """The town a dispatch's dateline names in capitals ("LITTLE BAY, Montserrat, Aug 13 -"), as the labels spell it."""
    if (dateline := context.dateline()) is None:
        return None
    town = " ".join(word[:1] + word[1:].lower() for word in dateline[1].group(1).split())
    # (branch evr236p) a city the gazetteer holds under a spelling since given up ("MANAOS, Brazil, Sept. 14"): by the
    # name the labels write (Manaus), as the same word is in the body
    for written in (town, "-".join(part[:1].upper() + part[1:] for part in town.split("-")) if "-" in town else None):
        # ((branch evr240p) each part of a hyphened name too: "NEW-YORK, Thursday, May 20, 1847", New York)
        known = find_places(written) if written else []
        if len(known) == 1 and known[0].place.kind == "city" and (known[0].start, known[0].end) == (0, len(town)):
            return known[0].place.name
    return town


def _waiting_here(context: _Context, index: int, clause: tuple[int, int], quantity: str, number: "_Number | None" = None) -> str | None:
    """Where people wait when the clause says "here" (the dateline's town: "LITTLE BAY, Montserrat, Aug 13 -" over
    "300 people were waiting on the jetty here"), or, for a wait naming no place, where the people waiting counted
    just before in its paragraph were ("Some said they had been there nine hours")."""
    text = context.doc.text
    if (
        text.find(" here", *clause) >= 0 and _HERE.search(text, *clause)
        or text.find("terminal", *clause) >= 0 and _AT_THE_TERMINAL.search(text, *clause)
    ):
        town = _dateline_town(context)
        if town:
            return town
    before = context.figures[-1] if context.figures else None
    if quantity == "wait_hours" and number is not None and _WAITED_AT_TOWN.match(text, number.end, clause[1]):
        return None  # (branch evr252p) "had waited up to three days at Gaya": the wait names its own town
    if quantity == "wait_hours" and before is not None and before.quantity == "other" and before.source == context.doc.path:
        waited = _WAITING_AFTER.match(text, before.end, before.end + 120) or _WAITING_PAST_A_LIST.match(text, before.end)
        if (
            waited
            and context.paragraph_at(before.start) == index
            # (branch evr336p) "1,500 are waiting at Palanca. The waiting time at the Otaci point is up to 8 hours": a
            # wait whose clause names another place after "at" is that place's (round 332; plain English), not one
            # reached ("Families reaching Kousseri say they waited up to 48 hours on the bank")
            and not any(
                m.place.name != before.place and text.endswith(("at ", "at the "), 0, m.start)
                for m in _mentions_in(context.places[index], *clause)
            )
        ):
            return before.place
    if (
        quantity == "wait_hours"
        and before is not None
        and before.quantity in ("queue_length_km", "queue_vehicles")
        and before.source == context.doc.path
        and before.place
        and context.paragraph_at(before.start) == index
        and not _mentions_in(context.places[index], *clause)
        and (line := context.place_named(before.place)) is not None
        and line.kind == "crossing"
    ):
        # (branch evr244p) "the line ... at Mashtakovo ... stretches close to eleven kilometres back towards Ozinki.
        # Everyone we spoke to had waited between sixteen and twenty-two hours": a wait in the line just told, its post
        return before.place
    return None


# "In Belfast, the army said", "Police in Salisbury said", (branch evr121b) "sheltering in foreign embassies in Santiago":
# a town the gazetteer may lack
_NAMED_TOWN = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+[A-Z][a-z]")


def _filed_from(context: _Context) -> str:
    """The country a dispatch's dateline names ("ULUDERE, Turkey, Sept. 2 (Reuter) -", "PUERTO BARRIOS, Guatemala -"), or
    its town's: arrests that name no place or country were made where the report is filed from, by that country's
    police (not the origin's, which the people held had left); "" with no dateline."""
    if (dateline := context.dateline()) is None:
        return ""
    index, found = dateline
    named = [m.place for m in _mentions_in(context.places[index], found.start(), found.end())]
    return next((p.name for p in named if p.kind == "country"), "") or next((p.country for p in named if p.country), "")


def _waiting_where_the_report_stands(
    context: _Context, index: int, sentence: tuple[int, int], number: _Number, place: str
) -> str | None:
    """(branch evr121b) The crossing the report stands at, else its dateline's town, for people waiting whose sentence
    names no town or crossing and who would fall on a country not named before them: "At least 2,000 more were
    waiting on the Albina bank" or "in the terminal" in a dispatch from Saint-Laurent or Quito wait there, as the
    labels put them, not in Suriname or Ecuador at large ("Since Russia said it would call up 300,000" stays Russia's)."""
    named = context.place_named(place) if place else None
    if place and place not in (context.origin, context.main_destination) and (named is None or named.kind != "country"):
        return None
    mentions = _mentions_in(context.places[index], *sentence)
    if any(m.place.kind != "country" or m.place.name == place and m.end <= number.start for m in mentions):
        return None
    if _NAMED_TOWN.search(context.doc.text, *sentence):
        return None
    crossing, dateline = context.crossing_or_dateline()
    if crossing:
        return crossing
    if dateline is not None and dateline.kind == "city" and dateline.country == (place or dateline.country):
        return dateline.name  # (not "waiting at mission stations inside the enclave" under a dateline across the border)
    return None


# (branch evr216p) a town or post set before the count as the frame of its clause: "At Andijan, 1,260 passengers came
# in", "In Algiers, nearly 3,000 cars are lined up", "further down, at Boca de Cupe, about 250 arrived"
_FRAMED_QUANTITIES = ("entries", "exits", "queue_vehicles", "queue_length_km", "wait_hours")
_FRAME = re.compile(
    r"(?:^|[,;:.]\s+|\n)(?:[Aa]t|[Ii]n)\s+(?P<name>[A-Z][\w’'-]+(?:\s(?:(?:de|del|da|do|la|el)\s)?[A-Z][\w’'-]+){0,2}),\s+"
    r"(?:(?:about|some|nearly|almost|around|roughly|another|over|more\s+than|at\s+least|up\s+to|close\s+to)\s+)?$"
)


# (branch evr464p) a second count fronted by its own post after ", and at", a count told before the first: "4 850 people
# crossed from Russia at Kairak, and at Zhaisan, in Aktobe region, some 3,100" (round 463), "our teams registered 9,600
# new arrivals at Galhamur, and at Danot 1,150 people crossed on Monday" (round 209), "At Vaalimaa alone the figure was
# 3,150, and at Nuijamaa, near Lappeenranta, about 1,900" (round 236): two counts each at its own post, no list of posts
# (`listed_crossings`), and the second post an aside to the report's (`aside_crossing`)
_AND_AT_JOIN = re.compile(r",\s+and\s+(?:at|in|through)\s+(?:the\s+)?")
_AND_AT_BEFORE = re.compile(r",\s+and\s+(?:at|in|through)\s+(?:the\s+)?$")
_COUNT_AFTER_FRONT = re.compile(
    r"(?:,\s+[^,.;:!?\d]{1,40},)?\s+(?:(?:about|some|nearly|almost|around|roughly|another|over|more\s+than|at\s+least"
    r"|up\s+to|close\s+to)\s+)?\d"
)


def _framed_by_a_town(context: _Context, index: int, sentence: tuple[int, int], number: _Number) -> str:
    """(branch evr216p) The town or crossing an "At X," or "In X," opening the sentence or a clause of it names right
    before the count ("At Andijan, 1,260 passengers from Russia came in"; a world town in a country the report names
    when the gazetteer lacks it), else ""."""
    text = context.doc.text
    start = max(sentence[0], number.start - 60)
    if "," not in text[max(start, number.start - 16) : number.start] or not (
        found := _FRAME.search(text[start : number.start])
    ):
        return ""
    name = found.group("name")
    named = context.place_named(name)
    if named is not None:
        return name if named.kind in ("city", "crossing") else ""
    if not find_places(name) and town_country(name, lambda: {p.country for p in context.places_named().values()}):
        return name
    return ""


def _one_place_named(name: str) -> "Place | None":
    """The one place the gazetteer reads `name` as, else None."""
    found = find_places(name)
    return found[0].place if len(found) == 1 else None


def _filed_from_a_town(context: _Context, chosen: Mention) -> str:
    """The town a dispatch is filed from, when a later figure naming no place would take its dateline's city or country
    and that town is no capital ("TAN CHAU, South Vietnam -", "NACHOD, Czechoslovakia -"): a border town or port
    filed from is where the people it counts came in; a capital ("NOUAKCHOTT -") speaks for the country; "" else."""
    if (dateline := context.dateline()) is None:
        return ""
    found = dateline[1]
    if not found.start() <= chosen.start < found.end():
        return ""
    town = _dateline_town(context)
    placed = context.place_named(town) if town else None
    if not town or (placed.name if placed else town) in CAPITAL_CITIES:
        return ""
    return placed.name if placed is not None and placed.kind == "city" else town


_SINCE_WORD = re.compile(r"\b[Ss]ince\b")


def _filed_from_the_crossing(context: _Context, crossing: Place) -> bool:
    """(branch evr356p) Whether the dispatch's dateline names this crossing or port ("KEY WEST, Fla. (AP) -", round 355):
    a later sentence's people counted with no place named came in there, as `_filed_from_a_town` has it for a town,
    not in its country at large."""
    if (dateline := context.dateline()) is None:
        return False
    found = dateline[1]
    return any(
        m.role == "name" and m.place.name == crossing.name and found.start() <= m.start < found.end(1)
        for m in context.places[dateline[0]]
    )


def _is_dateline(text: str, mention: Mention) -> bool:
    """Whether the place opens a line as a dateline ("NOUAKCHOTT, Feb 10 (Reuters) -", "Kisoro, Uganda -"):
    where the reporter was, which holds for its own sentence only; figures of later sentences that name no
    place are the country's, as the labelled sets read them, when the town is its capital (`_filed_from_a_town`)."""
    return (mention.start == 0 or text[mention.start - 1] == "\n") and bool(_DATELINE_TAIL.match(text, mention.end))


def _section_reach(context: _Context, index: int) -> list[int]:
    """The paragraphs before `index` whose places a figure naming none may take (the two before it),
    up to a place heading a section of its own: a digest's "Niger" ends "Chad"'s reach."""
    reach = []
    above = index - 1
    if above >= 0 and context.doc.text.find("....", *context.doc.paragraphs[above]) >= 0 and not context.in_list(index):
        # (branch evr500r) prose after a list whose items lead dots to their counts ("Lithuania ........ 3 100", then
        # "Over the same period, some 35 800 ... left the EU"): the list's items each name a part's place, not the
        # whole's; the two paragraphs above the list (round 485, its found row at the EU lost to the last item once the
        # list was read; a list with bullets the same)
        while above >= 0 and context.in_list(above) and context.section(above + 1) is None:
            above -= 1
    for i in range(above, max(-1, above - 2), -1):
        if context.section(i + 1) is not None:
            break
        reach.append(i)
    return reach


def _part_of_the_count_before(context: _Context, sentence: tuple[int, int], number: _Number, named: list[Mention]) -> bool:
    """Whether a sentence naming no place counts a part of the same count before ("1,200 have crossed into Moreh ...
    On Thursday alone about 260 came across"): the count's place, not a crossing named between (branch evr76b); not
    one that says "there" ("On Saturday alone 10,000 crossed there": the crossing named before)."""
    text = context.doc.text
    return (
        not named
        and text.find("alone", sentence[0], number.start) >= 0
        and text.find("there", number.end, sentence[1]) < 0
        and _ALONE.search(text, sentence[0], number.start) is not None
        and any(f.source == context.doc.path and f.quantity == "entries" and f.place for f in context.figures[-20:])
    )


def _crossing_crossed(
    context: _Context, index: int, sentence: tuple[int, int], clause: tuple[int, int], number: _Number, places: list[Mention]
) -> str:
    """The crossing named before, for a sentence that names no place of its own (`places`, those
    people did not come from) and says people crossed with no place: "since the crossing opened, 2,500
    have crossed"; "the queue to cross the bridge ... By noon 35,000 have crossed"; "2,400 travellers
    from Russia crossed there"; "By noon 450 had crossed back". "there" says so even beside a country
    the sentence names after it ("450 had crossed there into Egypt": at the crossing; not in "Montenegro
    said 60,000 had arrived there"). "" if none."""
    text = context.doc.text
    own = [m for m in places if not _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)]
    there = _CROSSED_THERE.match(text, number.end, clause[1]) and not any(m.start < number.start for m in own)
    if own and not there:
        return ""
    # (the clause with the mark that closes it: "24,000 people crossed, and trucks ...")
    if there or _THE_CROSSING_ALONE.search(text, *sentence) or _BARE_CROSSED.search(text, number.end, clause[1] + 1):
        earlier = context.last_crossing_before(number.start)
        at = context.paragraph_at(earlier.start, before=True) if earlier is not None else -2
        near = at == index or at == index - 1 and context.section(index) is None  # not across a digest's heading
        if earlier is not None and at != index and _country_count_before(context, index, number, earlier):
            return ""  # (branch evr432p) the country counted just before in the paragraph, not a crossing named above it
        if near or earlier is not None and earlier is context.headline_crossing():  # or the headline's, none since
            return _place_of_the_count_by(context, index, earlier) or earlier.place.name
    return ""


def _country_count_before(context: _Context, index: int, number: _Number, crossing: Mention) -> bool:
    """(branch evr432p) Whether the count just before a bare "came across" in its own paragraph was placed at a
    country, the crossing being named only in an earlier paragraph: "About 3,200 came over the Andau bridge." then
    "The ministry said 104,300 refugees have entered Austria since Nov. 4. Over the weekend 9,400 came across": the
    weekend's count is the country's, as the total before it, not the bridge's (round 415 once read in ordinary case)."""
    before = [
        f for f in context.figures[-4:]
        if f.source == context.doc.path and f.quantity == "entries" and f.place and f.start < number.start
        and context.paragraph_at(f.start) == index
    ]
    if not before or before[-1].place == crossing.place.name:
        return False
    place = context.place_named(before[-1].place)
    return place is not None and place.kind == "country"


def _place_of_the_count_by(context: _Context, index: int, crossing: Mention) -> str:
    """(branch evr400p) The town a count before in the paragraph was placed at, in the very sentence that names the
    crossing a bare "crossed" stands for: "about 1,200 people crossed into Mae Sot over the first Friendship Bridge on
    Saturday. On Sunday another 870 people crossed": where those were counted, the town, not the bridge it names as
    the way; "" if none (or the count before was at that crossing or at a country)."""
    text = context.doc.text
    before = [
        f for f in context.figures[-4:]
        if f.source == context.doc.path and f.quantity == "entries" and f.place and context.paragraph_at(f.start) == index
    ]
    if not before or before[-1].place == crossing.place.name:
        return ""
    # (the counts since at that town too: "On Sunday another 870 people crossed, and by 8 a.m. on Monday at least 650
    # more had come over", "In all, some 2,720 people have crossed since Saturday")
    same = list(itertools.takewhile(lambda f: f.place == before[-1].place, reversed(before)))
    count = next((f for f in same if not _SENTENCE_STOP.search(text, *sorted((f.start, crossing.start)))), None)
    if count is None:
        return ""
    town = context.place_named(count.place)
    if town is None or town == crossing.place or _folded_name(town.name) == _folded_name(crossing.place.name) or town.kind not in ("city", "crossing") or (crossing.place.country and town.country != crossing.place.country):
        return ""
    return count.place


_ALL_OF_THEM_BY = re.compile(r",\s*all(?:\s+of\s+them)?\s+(?:[a-z]+\s+)?(?:through|via|across|over|at)\s+(?:the\s+)?$")
_THROUGH_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:through|via|at)\s+(?:the\s+)?")  # "and 400 at Otaci"


def _another_numbers(text: str, mention: Mention, number: _Number) -> bool:
    """Whether a place named after the number belongs to a later number: "... entered Romania, 2,300
    of them through Siret" (Siret is the 2,300's), "Hungary has received 250,000 and Moldova 330,000"."""
    if mention.start < number.end:
        return False
    return bool(
        _NUMBER_AFTER.match(text, mention.end)
        or _NUMBER_PART_VIA.search(text, max(number.end, mention.start - 60), mention.start)
        # (branch evr512p) or joined by "and" to a count of its own, after this count's own way in: "24 310 passengers
        # came through Petropavl and 14 330 through Iletsk" (round 512: Iletsk is the 14 330's; not "41 800 people and
        # 9 300 vehicles have entered through Bagratashen", one way in for both, nor past a part's count between)
        or text.find(" and ", number.end, mention.start) >= 0
        and (joined := _AND_COUNT_VIA.search(text, max(number.end, mention.start - 60), mention.start)) is not None
        and not _DIGIT.search(text, number.end, joined.start())
        and _OWN_WAY_BEFORE_AND.search(text, number.end, joined.start()) is not None
        # "came 3 thousand 400 citizens of Russia, to Russia by the same time left 2 thousand 900" (translated): a
        # place fronted after a comma, the way of the count that follows it
        or _COMMA_TO_BEFORE.search(text, max(number.end, mention.start - 12), mention.start)
        and _COUNT_LATER.match(text, mention.end)
    )


_FOR_TRAVEL_DAY = re.compile(r"\bfor\s+(?:the\s+)?$")  # "a ticket for (the) Saturday": the travel day
# (branch evr197q) the travel day in its other forms: "for this Friday", "For Wednesday,", "for travel this weekend",
# "for the same week", "on charters leaving on Friday and Saturday"; "on Wednesday's flight" (`_TRAVEL_DAY_OWNS`)
_TRAVEL_DAY_BEFORE = re.compile(
    r"\b(?:[Ff]or\s+(?:travel\s+(?:on\s+)?)?|(?:leaving|departing|flying|sailing)\s+(?:on\s+)?)(?:the\s+same\s+|this\s+(?:coming\s+)?|next\s+|the\s+)?$"
)
_TRAVEL_DAY_OWNS = re.compile(r"['’]s\s+(?:[^\s.,;]+\s+){0,4}?(?:flights?|bus|train|ferry|sailing|departures?)\b")
# ("the July price"; (branch evr85b) "about $2, but two weeks ago it was a tenth of that": the time of the price before)
_PRICE_OF_THEN = re.compile(r"\s+(?:(?:price|fare|level|rate)s?\b|(?:it|the\s+(?:price|fare))\s+(?:was|cost|stood)\b)")
_THEN_COMPARED = re.compile(r"\b(?:twice|times|what\s+it|before|than|up\s+from|used\s+to|(?:price|fare)\s+was)\b")
# ((branch evr88b) "are asking $430 - a week ago the same trip cost 6,000 roubles": the time of the trip compared)
_SAME_TRIP_AFTER = re.compile(r"\s+the\s+same\s+(?:trip|ride|journey|seat|ticket|flight|route|fare)\b")


# (branch evr125q) "a seat that cost 9,000 roubles in August now sells for ...", "...; the same seat cost 2,000 roubles
# in August", "has gone up to $65 from 28 dollars in June": the time of the price it is compared with
_EARLIER_PRICE = re.compile(
    r"(?:\b(?:that|which|the\s+same\s+(?:trip|ride|journey|seat|ticket|flight|route|fare|place))\s+(?:had\s+)?cost\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}"
    r"|\bfrom\s+(?:about\s+|around\s+)?\S{0,3}\d[\d,.]*(?:\s+[A-Za-z]+){0,2}\s+"
    # ((branch evr428q) a price it is set against, its time after it: "was selling for 389 000 tenge, about $815,
    # against roughly 110 000 tenge in early September", "compared with $300 in August" (the earlier price's time)
    r"|\b(?:against|compared\s+(?:with|to)|versus|up\s+from)\s+(?:(?:about|around|roughly|some|just|only|an?\s+average\s+of)\s+)?"
    r"\S{0,3}\d(?:[\d,.]|\s(?=\d{3}\b))*(?:\s+[A-Za-z]+){0,2}\s+)$"
)


def _travel_day(text: str, mention: TimeMention) -> bool:
    """(branch evr197q) Whether a time in a fare's sentence is the day or weekend travelled, not the day the fare stood:
    "for this Friday", "for travel this weekend", "leaving on Friday", "on Wednesday's flight" (a day or two, or
    "the same week", which names no window of its own; never "for the past week")."""
    period = mention.period
    if period is not None and not (period.start and period.end and (period.end - period.start).days <= 2):
        return False
    return bool(_TRAVEL_DAY_BEFORE.search(text, max(0, mention.start - 28), mention.start) or _TRAVEL_DAY_OWNS.match(text, mention.end))


def _of_the_earlier_price(text: str, sentence_start: int, number: "_Number", mention: TimeMention) -> bool:
    """Whether a time in a fare's sentence dates the earlier price it is compared with (not this fare, the price
    itself or not)."""
    start = max(sentence_start, mention.start - 60)
    before = text[start : mention.start]
    if not ("cost" in before or "from" in before or "against" in before or "compared" in before or "versus" in before):
        return False
    earlier = _EARLIER_PRICE.search(text, start, mention.start)
    return earlier is not None and not earlier.start() <= number.start < mention.start


def _fare_now_against_then(text: str, sentence: tuple[int, int], number: "_Number", mentions: list[TimeMention]) -> bool:
    """Whether a fare said to stand "now" (or in the present tense) is followed only by the time of the price it is compared with ("now costs
    6,500 roubles, twice what it did in August", "ask now 10 thousand roubles ..., before the mobilisation the price
    was three times lower"): that time is the earlier price's, not this one's."""
    in_sentence = [t for t in mentions if sentence[0] <= t.start < sentence[1]]
    return (
        bool(in_sentence)
        # (branch evr74b: or in the present tense, "costs 59,000 roubles, four times its price in August")
        and (_NOW.search(text, sentence[0], number.start) or _PRICE_NOW.search(text, sentence[0], number.start)) is not None
        # (not "now goes for $58 at the bus station on Monday", the day it was seen, nor "drivers said on Monday")
        and all(_THEN_COMPARED.search(text, number.end, t.end) or _SAME_TRIP_AFTER.match(text, t.end) for t in in_sentence)
    )


# (branch evr129q) "drivers were charging N$80 (about $14)", "he had paid 5,000 riels, about $90, ...; in March the same
# passage ...", "is said to cost": a fare told in any tense, as present-tense ones are, takes no time from outside its clause
_FARE_TOLD = keywords(r"paid|charging|charged|asking|asked|offering|offered|cost")


def _fare_told(text: str, start: int, end: int) -> str:
    """How text[start:end], a fare's sentence up to it, tells the fare: "in the present tense", "asked or paid" (any
    tense), or "" (neither)."""
    if _PRICE_NOW.search(text, start, end):
        return "in the present tense"
    return "asked or paid" if _FARE_TOLD.search(text, start, end) else ""


_PRICE_NOW = keywords(
    r"costs|sells\s+for|(?:is|are)\s+(?:now\s+)?(?:asking|charging)|charges?|asks"
    r"|starts?\s+(?:at|from)|(?:is|are)\s+priced\s+at"  # (branch evr89b) "a ticket for next week starts at 640 lari"
)
# (branch evr94b) a clause joined after a fare: ", and several companies added departures on Wednesday"
_JOINED_CLAUSE = re.compile(r",\s+and\s+|;\s")
# (branch evr364q) "... with 1,204 persons and on 18 April two trains ...": a day after "and (on)" that opens the next
# clause (a number's own words between, no other time)
_AND_ON_NEXT = re.compile(r",?\s+and\s+(?:on\s+)?$", re.IGNORECASE)
# (branch evr372q) a day singled out of a count after a clause's "and" ("..., and that yesterday alone they counted")
_DAY_ALONE_NEXT = re.compile(r"\s+alone\b[^.;\n]{0,60}?\d")
_AND_CLAUSE_BETWEEN = re.compile(r"[,;]\s+and\b")


def _on_day(text: str, mention) -> bool:
    """(branch evr364q) A time said as "on" a day: "on 16 April", "On Tuesday" (the word in the mention or just before)."""
    return text[mention.start : mention.start + 3].lower() == "on " or text[max(0, mention.start - 3) : mention.start].lower() == "on "


# (branch evr472p) and after an item's ordinal, or "And"/"But" carrying the story on: "Seventh: Since 1 May, the Egyptian
# authorities at the two ports have ... arrested 19 persons" (round 471, read at the origin, Sudan), "And the Zairean army
# ... they say they detained about 300 of them" (round 468), "And the Lebanese army said it arrested seven people near
# Masnaa" (round 186, read at Syria)
_SUBJECT_START = re.compile(  # after a dateline, or a time opening the sentence ("On Monday, Belarusian border guards")
    r"\s*(?:[A-Z][A-Z .'’-]{2,}(?:,[^-–—\n]{0,30})?\s*[-–—]\s*)?"
    r"(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth):\s+|(?:And|But)\s+)?"
    r"(?:(?:On|Late on|Early on|Since)\s+[\w ]{3,24},\s+"
    r"|(?:Yesterday|Today|Earlier|Meanwhile|Separately),\s+)?(?:The\s+|the\s+)?"
)
_AND_NAME = re.compile(r"\s*(?:,|and)\s+(?:in\s+)?[A-Z]")
_NUMBER_AFTER = re.compile(rf"[»\"”’']?(?:\s*[-–—:])?\s+(?:(?:{_QUALIFIERS_LOW}|{_QUALIFIERS_HIGH}|{_QUALIFIERS_ABOUT})\s+)?\d", re.IGNORECASE)
_COMMA_TO_BEFORE = re.compile(r",\s+(?:in)?to\s+(?:the\s+)?$")
_COUNT_LATER = re.compile(r"[^.;:,\d]{0,60}\d")
_AND_COUNT_VIA = re.compile(r"\sand\s+\d{1,3}(?:[,.\u00a0 ]\d{3})*\s+(?:[a-z][\w-]*\s+){0,3}?(?:through|via|at)\s+(?:the\s+)?[«\"“]?$")
_OWN_WAY_BEFORE_AND = re.compile(r"\s(?:through|via|at)\s")
_NUMBER_PART_VIA = re.compile(
    r"\d[\d,.]*(?:\s+(?:thousand|million))?\s+of\s+(?:them|whom)\s+(?:[\w-]+\s+){0,4}?(?:through|via|at)\s+(?:the\s+)?$"
)
# "reached the shore at Pidie", "landed at Lampedusa": where a boat's people arrived (a name the gazetteer may lack;
# not an airport, "landed at Ben Gurion Airport": its figures are its city's or its country's)
_LANDED_AT = re.compile(
    r"\b(?i:landed|came\s+ashore|disembarked|reached\s+(?:the\s+)?(?:shore|coast|beach))"
    # ("landed in dugout canoes on the beach at Vanimo": the boats, then the shore, before the place)
    r"(?:\s+(?:in|by|aboard|from)(?:\s+[a-z]+){1,3}?(?=\s+(?:on\s+the|at|in)\s))?(?:\s+on\s+the\s+(?:beach|shore|coast|quay|jetty))?"
    r"\s+(?:at|in)\s+"
    r"(?!(?:[A-Z][\w’'-]+\s+){1,3}?[Aa]irport\b)"
    r"(?![A-Z]{2,}\b)"  # (branch evr228p) not an airport's code: "landed at DXB" is its city's, named elsewhere
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b(?!\s*(?:,|and|or)\s+[A-Z])"  # not "in Berbera and Bosaso": two places
)
_LANDED_AT_NEEDS = words_needed(_LANDED_AT)
_ANOTHER_WAY_IN = re.compile(r"\s+(?:or|and)\s+(?:(?:have|has|had|been|were|was)\s+)*(?:flown|landed|arrived|sailed|brought|taken|driven)\b")
_INTO_THE_COUNTRY = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:entered|came\s+into|crossed\s+into|arrived\s+in)\s+the\s+country\b")
# countries that are one island, where "the island" is the country ("arrived on the island" in a report on Cyprus); not
# an island of a larger country ("landed on the island" in a report on Lampedusa or Phuket, which the labels keep)
_ISLAND_STATES = frozenset(
    "Cyprus, Malta, Iceland, Ireland, Sri Lanka, Madagascar, Mauritius, Cuba, Jamaica, Bahrain, Singapore, Taiwan, Nauru, "
    "Barbados, Trinidad and Tobago, Cape Verde".split(", ")
)
_ON_THE_ISLAND = keywords(r"(?:on|onto|to|reached|entered)\s+the\s+island", tail=r"\b(?!\s+of\b)")


def _on_the_island_state(context: _Context, clause: tuple[int, int]) -> bool:
    """Whether the clause counts people "on the island" of a report on an island state: that country's."""
    text = context.doc.text
    return (
        context.main_destination in _ISLAND_STATES
        and text.find("island", *clause) >= 0
        and _ON_THE_ISLAND.search(text, *clause) is not None
    )


# (branch evr484p) "98,000 Russian citizens have entered the country", "4 930 citizens of the Russian Federation entered
# the country", "the 68,900 Russians who entered the country": the count's subject, then "the country" entered (not
# "entered the country through Storskog", "at", "via", nor "there": a crossing's count)
_WHO_ENTERED_THE_COUNTRY = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,5}?(?:who\s+)?(?:have\s+|has\s+|had\s+)?(?:entered|came\s+into|crossed\s+into|arrived\s+in)\s+the\s+country\b"
    r"(?!\s+(?:through|at|via|there)\b)"
)


def _the_country_entered(
    context: "_Context", index: int, places: list[Mention], sentence: tuple[int, int], clause: tuple[int, int], number: "_Number"
) -> str:
    """The country "the country" after `number` stands for: the one the report is about, when the count's sentence
    (before it) and clause name no place but it and the origin, and the paragraph names no other country before the
    count (not one people go to, "for Turkey"); none otherwise ("At the Isaccea border crossing point, 2.180 ... entered
    the country", "came into the country ... through the Vainikkala rail crossing", "Mongolian border officials say
    ...": the rules below tell), nor when the report is about the origin. `places`: the paragraph's, less those of
    an aside on a part ("..., of whom 2 115 crossed at the checkpoint "Ak-Zhol"")."""
    text, origin, main = context.doc.text, context.origin, context.main_destination
    if not main or main == origin:
        return ""
    named = places + context.adjectives[index]
    # (the clause up to the next number: "Of the 68,900 Russians who entered the country ..., 58,400 came by road over
    # the Upper Lars crossing" names the part's crossing, not the whole's)
    upto = next_number.start() if (next_number := _DIGIT.search(text, number.end, clause[1])) else clause[1]
    own = [m for m in named if sentence[0] <= m.start < number.start or number.end <= m.start < upto]
    if any(m.place.name not in (origin, main) for m in own):
        return ""
    before = [
        m for m in named
        if m.end <= number.start and m.place.kind == "country" and m.place.name != origin
        and not _TOWARDS.search(text, max(0, m.start - 12), m.start)
    ]
    return "" if any(m.place.name != main for m in before) else main


_THROUGH_AFTER_COUNTRY = re.compile(r"\s+(?:through|at|via)\b")  # "... entered the country through Storskog": the crossing's
_KIND_RANK = {"crossing": 0, "country": 1, "city": 2}
# (branch evr74b: not "came in at Tsagaannuur, across from Tashanta": the post facing it, no place left)
_FROM_BEFORE = re.compile(r"(?<!,\sacross\s)\bfrom\s+(?:the\s+)?$")


_AGGRESSOR_AFTER = re.compile(
    r"[’']s\s+(?:[\w-]+\s+)?(?:offensive|war|invasion|attacks?|strikes|air\s*strikes|bombing|shelling|army|forces|troops|military|assault)\b"
)


# a place fought over or taken, the reason people fled, not where they went: "after M23 rebels seized the border
# town of Bunagana", "the fall of Myawaddy"
_TAKEN_BEFORE = keywords(
    r"seized|captured|overran|overrun|stormed|shelled|(?:advance|assault|attacks?|offensive)\s+on|fall\s+of"
    r"|fighting\s+(?:for|around)",
    tail=r"\s+(?:the\s+)?(?:(?:border\s+|frontier\s+)?(?:town|city|village|post|crossing)\s+of\s+)?$",
)


class _ArrivalCues(NamedTuple):
    excluded: bool  # named as where people came from, a route, a landmark, or where they went back to
    destination: bool  # "into", "to", "in", "at" just before it
    strong_destination: bool  # "into", "entered", "reached", "arrived in" just before it


_SAID_IN = keywords(
    r"(?:said|says|told\s+(?:reporters|journalists|a\s+(?:news\s+|press\s+)?(?:conference|briefing))|speaking"
    r"|(?:news|press)\s+conference|briefing)\s+in",
    tail=r"\s+$",
)

# "were transferred to the Fylakio reception centre": where people were sent after crossing, not where they crossed
_MOVED_ON_TO = keywords(r"transferred|relocated|bused|bussed", tail=r"\s+(?:on\s+)?to\s+(?:the\s+)?$")
# "since fighting erupted in Juba", "the escalation of violence in Syria's coastal areas": where the event that set
# people moving happened, not where they went; (branch evr80b) "fleeing the anti-Tamil riots in Sri Lanka"
_EVENT_IN = keywords(
    r"(?:erupted|broke\s+out|began|started|flared(?:\s+up)?|violence|fighting|clashes|hostilities|unrest|conflict|war|riots|rioting)\s+in",
    tail=r"\s+$",
)

# "flights with scale in Istanbul" (translated), "with a stopover in Dubai", "changing planes in Doha": a hub people
# passed through on the way, not where they arrived (each of a list: "with scale in Istanbul, Addis Ababa and Doha")
_TRANSIT_IN = keywords(
    r"(?:scales?|stopovers?|layovers?|connections?|stops?)\s+in|changing\s+planes\s+in|transit(?:ing)?\s+(?:in|through)",
    tail=r"\s+(?:[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?(?:,|,?\s+and|,?\s+or)\s+)*$",
)


def _arrival_cues(text: str, m: Mention) -> _ArrivalCues:
    excluded = bool(
        _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)
        # ("4,100 people crossed from Troitsk": the crossing they came through, not a place left; not "crossed from
        # Medyka into Ukraine")
        and not (m.place.kind == "crossing" and _CROSSED_FROM.search(text, max(0, m.start - 20), m.start) and not _INTO_AFTER.match(text, m.end))
        # "5,300 people from Algiers and Oran": both left
        or text.find("from", max(0, m.start - 60), m.start) >= 0 and _FROM_LIST_BEFORE.search(text, max(0, m.start - 60), m.start)
        or _PART_VIA.search(text, max(0, m.start - 60), m.start)
        # (branch evr356p) "porters from Juana Méndez (Ouanaminthe)": the town left, by its other name in brackets
        or text.startswith("(", m.start - 1) and _FROM_NAME_BRACKET.search(text, max(0, m.start - 50), m.start)
        or m.place.kind == "city"
        and _LANDMARK.search(text, max(0, m.start - 12), m.start)
        and not ("near" in text[max(0, m.start - 6) : m.start] and _CROSSED_NEAR.search(text, max(0, m.start - 60), m.start))
        or _NEAR_THE_TOWN_OF.search(text, max(0, m.start - 40), m.start)
        and not _INTO_NEAR_THE_TOWN_OF.search(text, max(0, m.start - 80), m.start)
        and not _CROSSED_NEAR.search(text, max(0, m.start - 80), m.start)
        or _RETURN.search(text, max(0, m.start - 30), m.start)
        or _AGGRESSOR_AFTER.match(text, m.end)  # "since Azerbaijan's offensive": who attacked, not where people went
        or _TAKEN_BEFORE.search(text, max(0, m.start - 60), m.start)  # "after rebels seized the border town of Bunagana"
        or _SAID_IN.search(text, max(0, m.start - 40), m.start)  # "told reporters in Geneva": where it was said
        or _EVENT_IN.search(text, max(0, m.start - 20), m.start)
        or _MOVED_ON_TO.search(text, max(0, m.start - 30), m.start)
        or _TRANSIT_IN.search(text, max(0, m.start - 60), m.start)
        or text.find("order", max(0, m.start - 60), m.start) >= 0 and _NEIGHBOUR_OF.search(text, max(0, m.start - 60), m.start)
    )
    return _ArrivalCues(
        excluded,
        bool(_DESTINATION.search(text, max(0, m.start - 12), m.start)),
        bool(_STRONG_DESTINATION.search(text, max(0, m.start - 30), m.start)),
    )


def _arrival_rank(context: "_Context", mention: Mention, position: int, use_cue: bool) -> tuple:
    """Crossings before countries before cities; then a place people went into ("into Georgia")
    before one merely named; then the nearest to the number."""
    cued = use_cue and context.arrival_cues(mention).strong_destination
    kind = mention.place.kind
    if kind == "city" and _CROSSED_INTO.search(context.doc.text, max(0, mention.start - 60), mention.start):
        kind = "crossing"  # "crossed from Venezuela into Cucuta": the border city is where they crossed
    return (_KIND_RANK[kind], not cued, abs(mention.start - position))


_CROSSED_FROM = re.compile(r"\bcross(?:ed|es|ing)?\s+from\s+(?:the\s+)?$")
# (branch evr76b) "Poland's land border with Russia and Belarus": the neighbours along a country's own border, not where
# people arrived (the owner is)
_NEIGHBOUR_OF = re.compile(
    r"[A-Z][\w-]+['’]s\s+(?:[a-z]+\s+){0,2}?borders?\s+with\s+(?:the\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*(?:,|and|or)\s+)*$"
)
_FROM_LIST_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s*,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*,?\s+(?:and|or)\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+)?(?:port|town|city|village|island)\s+of\s+)?$"  # "ferries from Makhachkala and the port of Olya": both left
)
_FROM_NAME_BRACKET = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+\($")
_INTO_AFTER = re.compile(r"[^.,;:]{0,30}?\b(?:in)?to\b")
_CROSSED_INTO = re.compile(r"\bcross(?:ed|es|ing)?\b[^.,;:]{0,40}?\binto\s+$", re.IGNORECASE)


_PRESENT = keywords(
    r"is|are|says|say|now|currently|already|so far|to date|in total|(?:has|have)\s+(?:(?:also|already|now)\s+)?(?:been|\w+(?:ed|en|wn))"
    r"|every day|each day|daily|per day|will|would|tell|tells|costs|wait|sleep"  # "People wait in line until 20 hours"
    r"|does|exceeds"  # "The time of waiting does not exceed 4 hours" (translated)
)
_PAST = keywords(r"was|were|had|took|did")
# (branch evr376q) a price paid or asked in the present tense: "pays US$85 per seat", "taxi drivers charge", "ask"
_PRICE_PAID_NOW = re.compile(r"\b(?:pays?|charges?|asks?|sells?)\b", re.IGNORECASE)
_PAST_ED = re.compile(r"\b[a-z]{3,}ed\b")  # "waited", "stretched": a past tense
_SAY_NOW = re.compile(r"\s*,\s*(?:[\w’'-]+\s+){1,3}(?:say|says)\b")  # "..., drivers say": told in the present
_CUMULATIVE = keywords(r"already|so far|to date|in total|altogether")
# (branch evr117b) "Families declared to have waited until 8 hours" (translated "ont déclaré avoir attendu"): told of a
# day gone by, as "said they had waited", not the present
_TOLD_TO_HAVE = keywords(r"(?:declared|said|stated|told|reported)\s+to\s+have\s+[a-z]+ed")
# an event told before: "since the order", "since then" (not a day unread: "since the first of the month")
_SINCE_EVENT = re.compile(r"\bsince\s+(?:then|that|the\s+(?!first|beginning|start|end|middle)\w)")
_AS_REPORTED = keywords(r"as\s+(?:it\s+)?(?:is|was|has\s+been)\s+(?:[a-z]+ed|said|known)", tail=r"\b,?")  # translated


# inside "the same period of last year / of 2023 / of the year 2021"
_YEAR_BACK = re.compile(r"(?:year\s+)?(?P<year>(?:19|20)\d\d)|year")


def _in_year(day: date | None, year: int) -> date | None:
    """The same day of the month in another year (28 February for a 29th that year lacks)."""
    if day is None:
        return None
    return day.replace(year=year, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=year)


def _a_year_back(text: str, mention: TimeMention) -> bool:
    """(branch evr173q) "In the same week of the year 2021 the entries were 22.540.": a comparison a year back dates
    its own number, not the paragraph after it ("Of the entries through the Istanbul Airport were realized 24.706")."""
    return mention.period is None and _YEAR_BACK.search(text, mention.start, mention.end) is not None


def _year_back(text: str, mention: TimeMention, period: Period) -> Period | None:
    """"the same period of last year / of 2023": `period` moved to that year; None for "the same period"."""
    earlier = _YEAR_BACK.search(text, mention.start, mention.end)
    if earlier is None or period.end is None:
        return None
    year = int(earlier.group("year")) if earlier.group("year") else period.end.year - 1
    return Period(_in_year(period.start, year), _in_year(period.end, year), f"{period.how}, in {year}")


# an aside on who the people counted were or how some of them came: ", most of them Egyptian workers who fled Kuwait
# after the invasion", ", most of them crossing near Badme"
# ", most of them drivers ...", ", mostly men returning to check on farms,": who they are, not where they went
# "of those who arrived in late September have ...", "of the men who crossed on Monday were ...": a part of a group named
# by a relative clause, up to the part's own verb
_OF_THOSE_WHO = re.compile(
    r"\s+of\s+(?:those\s+|the\s+(?:[\w’'-]+\s+){1,2}?)(?:who|that)\s+(?:[\w’'-]+\s+){1,6}?(?=(?:have|has|had|are|were|was|is)\b)"
)
_SUBSET_ASIDE = re.compile(r",\s*(?:of\s+(?:them|whom)|among\s+them)\b[^,;]*?\d[^,;]*")  # a part counted after the whole
_SUBSET_BEFORE = re.compile(r",\s*(?:of\s+(?:them|whom)|among\s+them)\b[^,;.]*$")


def _names_them(text: str, start: int, end: int) -> bool:
    """Whether "them" or "whom" stands between `start` and `end` (where a part of a count can be named)."""
    return text.find(" them", start, end) >= 0 or text.find(" whom", start, end) >= 0


# (branch evr236p) and a part told by the turn of a translated statement, "10 012 citizens ..., from them through the
# border crossing point "Dariali" entered 7 664" (rounds 216 and 233): the part's crossing is not the whole's
# (branch evr352p) an aside on the people counted, after the count: ", nearly all of them Russians who had earlier come
# through ...", ", most of them women", ", many of them people who ..."
_PEOPLE_ASIDE = re.compile(
    r",\s*(?:(?:nearly|almost|virtually|practically|about|roughly)\s+)?(?:most|many|some|all|half|several|a\s+few)\s+of\s+them\b[^,;]*$"
)
# (branch evr352q) people "who had lived in Uganda as refugees since 1959 (and the early 1960s)": the clause of how long
_LIVED_SINCE = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?((?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:lived|been\s+living|settled|resided|stayed)\b"
    r"[^.;:!?,]{0,80}?\bsince\s+(?:(?:19|20|18)\d\d|the\s+\d{4}s)(?:\s+and\s+(?:the\s+)?(?:early\s+|mid-?|late\s+)?(?:\d{4}s?))?)"
)
# (branch evr400q) people named by the day they came, then a main verb of its own with another day: "About 260 Venezuelans
# who had entered on Saturday returned ... on Sunday", "90 soldiers who had crossed on Friday went back into Italy on
# Sunday" (rounds 290, 302, 399): the relative clause's day says who they are
_WHO_CAME_ON_DAY = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?((?:who|that)\s+(?:had\s+|have\s+)?(?:[a-z]+ed|fled|came|come|left|crossed)\s+"
    r"(?:(?:in|into|across|over|here|there)\s+)?(?:on|last)\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# (branch evr352q) those left "who arrived after the decree still in" a country: the clause of when they came
_CAME_WHO_STILL = re.compile(r"\s+(?:\w+\s+)?((?:who|that)\s+(?:arrived|came|entered|crossed)\b[^.,;:!?]{0,50}?)\s+still\s+(?:in|inside|there|here)\b")
# (branch evr360r) and those who came and are "currently / still / now staying in" it, up to three words between: "Roughly
# 4,800 citizens of Russia who arrived after September 21 are currently staying in Mongolia" (round 358, labelled on
# the day of the report; `_CAME_STAYING_IN`)
_CAME_WHO_STAYING = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?((?:who|that)\s+(?:arrived|came|entered|crossed)\b[^.,;:!?]{0,50}?)"
    r"\s+(?:are|were|is|was)\s+(?:currently|still|now)\s+staying\s+in\b"
)
# (branch evr484q) and those who came and "remain in / on" it, with no time of their own: "Thus about 60 800 Russian
# citizens who arrived after 21 September remain in Kazakhstan" after "from 21 September to 5 October 221 300 ...
# entered ... and 160 500 ... left it", "some 17 200 of those who arrived since the announcement of mobilisation in
# Russia remain in the country" (rounds 480, 409: the window of the counts before, to its end, not to publication);
# a day of their own ("remain in the country today", "as of 3 October") still dates them
_CAME_WHO_REMAIN = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,5}?((?:who|that)\s+(?:have\s+|had\s+)?(?:arrived|came|entered|crossed)\b[^.,;:!?]{0,60}?)"
    r"\s+remain(?:s|ed)?\s+(?:in|on)\b"
)


def _came_who_left(text: str, start: int, end: int) -> re.Match | None:
    """Those left in a country named by when they came: "who arrived after the decree (are) still in", "... are
    currently staying in", "... remain in"."""
    return (
        _CAME_WHO_STILL.match(text, start, end)
        or _CAME_WHO_STAYING.match(text, start, end)
        or (
            "remain" in text[start : min(end, start + 160)]
            and (remain := _CAME_WHO_REMAIN.match(text, start, end))
            # only when the clause says when they came from ("since", "after"): "3.400 of the Venezuelan citizens who
            # crossed during the weekend ... remain in Colombian territory" is the weekend's count (rounds 353, 372)
            and re.search(r"\b(?:since|after)\b", remain.group(1))
            and remain
        )
        or None
    )
# ((branch evr412p) and "of them", "among them", "among whom" with the part's way in right after its count: "5 870 entered
# Uzbekistan, of them 2 940 through the Gishtkuprik checkpoint", "among them 860 persons through the Brest checkpoint"
# (rounds 409, 97...); not "detained 9 refugees, among them 2 women, at the La Virtud reception point": the whole's)
_PART_ASIDE = re.compile(  # (branch evr392p) a part of the count, with its own count, told after it to the clause's end
    r",\s*(?:of\s+whom|including|(?:of|among)\s+(?:whom|them)(?=\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d[\d,. ]*"
    r"(?:\s+[a-z]+)?\s+(?:through|via|across|over|at|by|on)\s))\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d[\d,. ]*\b[^;]*"
    # ((branch evr476p) or the part's count before "of them": "10 590 Russian citizens entered Georgia, 7 860 of them
    # through Dariali (Upper Lars)" (round 475; round 389's "of whom 5,980 entered through the Dariali (Upper Lars)
    # border crossing point" read since branch evr392p): the part's crossing, and the name set in brackets after it, are
    # not the whole's place)
    r"|,\s*(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d[\d,. ]*\d\s+of\s+(?:them|whom)\s+"
    r"(?:through|via|across|over|at|by)\s[^;]*"
)
# (branch evr400p) not "all of them" before the way they came: "42 500 ... have entered the Republic of Armenia ...,
# all of them through the Kornidzor checkpoint", "1,097 deported ..., all of them handed over at the Simon Bolivar
# bridge": the whole count's crossing, no part's
_WHO_ASIDE = re.compile(
    # ((branch evr420p) with its qualifier, "almost all of them through Belgrade's airport": a part, not the whole's way)
    r",\s*(?:(?:nearly|almost|virtually|practically)\s+(?:all|half)\s+of\s+them\b|"
    r"(?:most|many|some|all(?!\s+of\s+them\s+(?:[a-z]+\s+)?(?:through|via|across|over|at|by)\s)|half|several|a\s+few)\s+of\s+them|from\s+them(?=\s+(?:through|via|across|at|by)\b)|mostly|mainly|largely|chiefly)\b[^,;]*"
    # ((branch evr400p) with the place the part's crossing faces, set off after it: "most of them through the Elegu
    # border point in Amuru district, opposite the South Sudanese town of Nimule": the part's, not the whole's)
    r"(?:,\s*(?:opposite|facing|across\s+from)\b[^,;]*)*"
)


# (branch evr432q) a verb of saying just before the count, its subject before it: "officials said (that) about 2,000 ..."
_SAID_THAT_BEFORE = re.compile(
    r"\b(?:said|say|says|told\s+(?:[\w’'-]+\s+){0,3}?|reported|estimated|estimate|estimates)\s+(?:that\s+)?"
    r"(?:(?:about|some|around|nearly|almost|over|more\s+than|at\s+least|another|a\s+further|an\s+estimated|roughly)\s+)?$"
)


# (branch evr436q) people still in a country on a day the sentence names with "as of" / "at the end of": "as of 13
# October, 88 251 ... who arrived after 21 September remain in Kazakhstan", "about 86,000 of those who arrived since the
# decree were still in Türkiye as of Wednesday" (rounds 367, 421, 425, 433, 435): a state the text dates, that day
# (LABELLING.md: "a state seen now ... is the day of publication unless the text dates it"), not the window since
# the day they came (but see branch evr512q below: with a who-clause of when they came, from that day to the "as of"
# day)
_STOCK_AFTER = re.compile(r"[^.;:!?]{0,120}?\b(?:still|remain(?:s|ed)?|staying)\b")
_AS_OF_AT = re.compile(r"(?:\bas\s+of|\bat\s+the\s+end\s+of)\s+(?:the\s+(?:morning|evening|night)\s+of\s+)?$", re.IGNORECASE)


# (branch evr512q) those still there named by when they came, after or since a day, between the count and "still" /
# "remain": "as of 6 October, about 26 000 ... who entered after 21 September remain on the territory", "as of 30
# November about 100 thousand ... who arrived after 21 September remained in Kazakhstan" (rounds 513, 514; LABELLING.md
# since 5 Dec 2026: people still in a place who came after or since a day run from that day to the day they are still
# there, as 69 of 89 earlier labels of rounds 68-505 read them)
_WHO_CAME_BEFORE = re.compile(r"\bwho\s+(?:have\s+|had\s+)?(?:arrived|came|entered|crossed)\b[^.;:!?]{0,40}$")
# (branch evr516q) the place after "still" / "remain", then "on" and the day they are still there (`_stock_dated`)
_STILL_THERE_ON = re.compile(r"\s+(?:in|on|inside)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,7}?on\s+")


def _stock_dated(
    text: str, sentence: tuple[int, int], number: _Number, mentions: list, came_in: list | None = None
) -> Period | None:
    stock = _STOCK_AFTER.match(text, number.end, sentence[1])
    if not stock:
        return None
    dated = [
        t
        for t in mentions
        if sentence[0] <= t.start and t.end <= sentence[1] and t.period and t.period.end
        and (_AS_OF_AT.search(text, max(sentence[0], t.start - 40), t.start) or re.match(r"(?i)(?:as\s+of|at\s+the\s+end\s+of)\s", text[t.start : t.start + 14]))
    ]
    on_day = False
    if not dated and " on " in text[stock.end() : min(sentence[1], stock.end() + 80)]:
        # (branch evr516q) or the day the people are still there on, "on" it after the place: "about 6,000 of the Russian
        # citizens who entered as visitors after 21 September were still in Israel on 30 October", "approximately 22.300
        # of the Russian citizens who entered since 21 September were still in the territory of the Republic of Serbia on
        # 11 October", "6 636 Russian citizens who entered after 21 September were still in Montenegro on 9 October"
        # (rounds 517, 500, 494; LABELLING.md's own example): from the day they came to that day; only with such a
        # who-clause (below), else the day is read as before
        dated = [
            t
            for t in mentions
            if stock.end() <= t.start and t.end <= sentence[1] and t.period and t.period.start == t.period.end
            and (on := _STILL_THERE_ON.match(text, stock.end(), t.start)) is not None and on.end() == t.start
        ]
        on_day = True
    if len(dated) != 1:
        return None
    day = dated[0].period.end
    came = [
        t
        for t in came_in or ()
        if t is not dated[0] and number.end <= t.start and t.end <= stock.end() and t.period and t.period.start and t.period.start < day
        and (
            text[t.start : t.start + 6].lower() in ("after ", "since ")
            # ((branch evr516q) or the day alone after them, where the time finder leaves the "after" out: "who entered
            # as visitors after 21 September" (round 517))
            or on_day and text[max(0, t.start - 6) : t.start].lower() in ("after ", "since ")
        )
        and " who " in text[number.end : t.start]
        and _WHO_CAME_BEFORE.search(text, max(number.end, t.start - 160), t.start)
    ]
    if len(came) == 1:
        return Period(came[0].period.start, day, f"people still there who came '{came[0].period.how}', as of '{dated[0].period.how}'")
    if on_day:
        return None
    return Period(day, day, f"people still in the country, as of '{dated[0].period.how}'")


# (branch evr452q) a difference drawn from the counts before it in its sentence: "..., which means (that) some 24,000
# are still in Kyrgyzstan", "which would mean that some 12.600 are still in the country", "meaning that some 27,200
# stayed" (rounds 380, 416, 451, and the Kazakh blog of round 1)
_WHICH_MEANS = re.compile(
    r"\b(?:which\s+(?:would\s+)?means?|meaning)\s+(?:that\s+)?"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|approximately)\s+)?$",
    re.IGNORECASE,
)


def _difference_of_the_sentence(
    context: _Context, sentence: tuple[int, int], number: _Number, figures: list[Figure]
) -> Period | None:
    """The window of the count told just before in the sentence, for people still in a country the sentence draws
    from it with "which means": entries less exits over that window, to its end."""
    if not _WHICH_MEANS.search(context.doc.text, max(sentence[0], number.start - 60), number.start):
        return None
    before = next(
        (
            f
            for f in reversed(figures[-4:])
            if f.source == context.doc.path and sentence[0] <= f.start < number.start and f.quantity in _MOVED
        ),
        None,
    )
    if before is None or not before.period.start or not before.period.start < before.period.end:
        return None
    return Period(before.period.start, before.period.end, f"the difference of the counts before: {before.period.how}")


def _window_they_came_in(
    context: _Context, index: int, number: _Number, clause: tuple[int, int], figures: list[Figure]
) -> Period | None:
    """(branch evr420q) For people still in a country "who came after the decree" / "who arrived since 21 September",
    with no time of their own: the window of the count since that day told before them (entries or exits), to its end."""
    text = context.doc.text
    came = _came_who_left(text, number.end, clause[1])
    if not came or not re.search(r"\b(?:since|after)\b", came.group(1)):
        return None
    starts = {
        t.period.start
        for t in context.times[index]
        if t.period and t.period.start and came.start(1) <= t.start < came.end(1)
    }
    whole = next(
        (
            f
            for f in reversed(figures[-8:])
            if f.source == context.doc.path
            and f.quantity in ("entries", "exits")
            and f.period.start in starts
            and f.period.end
            and f.period.start < f.period.end
        ),
        None,
    )
    if whole is None:
        # (branch evr432q) with no such count told before, the clause's own window when it runs to publication:
        # "between 15,000 and 20,000 Russians who came after the decree are still in Belarus" (round 431; the
        # decree's day to the report, as the labels of such counts after a count read them)
        own = [
            t.period
            for t in context.times[index]
            if t.period and t.period.start and came.start(1) <= t.start < came.end(1)
            and t.period.start < t.period.end == context.published
        ]
        # not after a window from the same day the paragraph told before the count, which the count closes on: "the
        # figures covered the period from 21 September to midnight on 27 September. That leaves some 41,000 ... who came
        # after the decree still in Kazakhstan" (test_evidence_round352q; the lead, after merging evr432q)
        told_before = any(
            t.period and own and t.period.start == own[0].start and t.period.start < t.period.end < own[0].end
            and t.end <= number.start
            for t in context.times[index]
        )
        if len(own) == 1 and not told_before:
            return Period(own[0].start, own[0].end, f"still there of those come since: the clause's window ({own[0].how})")
        return None
    return Period(whole.period.start, whole.period.end, f"still there of those come since: the window of the count before ({whole.period.how})")


def _baseline_before_trigger(context: _Context, figure: Figure, same_story: list[Figure]) -> bool:
    """Whether `figure` is a baseline over days before the trigger, told after a count since it: "6,180 came since
    the 22nd. In the thirteen days before the decree about 2,400. A further 870 landed ... over the same period" is
    the count's window, not the baseline's."""
    trigger = context.trigger
    return bool(
        trigger
        and figure.period.end < trigger
        and any(f.period.start and f.period.start >= trigger and f.start < figure.start for f in same_story)
    )


_ONE_DAY = re.compile(r"\bday\b")
_ONE_WEEK = re.compile(r"\bweek\b")  # "in the same week" (not "over the same two weeks")
_SAME_DAYS = re.compile(r"same\s+(\w+)\s+(days|weeks)\b")
_DAYS_IN = {"days": 1, "weeks": 7}


# "Of the new arrivals, about 5,100 boarded onward flights": a part of the arrivals counted before
# ("Of the arrived, around 380 continued the trip", translated)
_OF_THE_ARRIVALS = re.compile(r"Of\s+(?:the|these|those)\s+(?P<new>new\s+|recent\s+)?(?:arrivals|newcomers|arrived)\b")


def _arrivals_part_of(
    context: _Context, sentence: tuple[int, int], mentions: list[TimeMention], figures: list[Figure]
) -> Period | None:
    """The window of the arrivals a sentence opening "Of the (new) arrivals" is a part of, when it names no time of
    its own: the last entries counted (the new ones: since the trigger, not a week before it)."""
    opening = _OF_THE_ARRIVALS.match(context.doc.text, sentence[0])
    if opening is None or any(sentence[0] <= t.start < sentence[1] and t.period for t in mentions):
        return None
    since = context.trigger if opening.group("new") else None
    counts = [
        f
        for f in figures[-6:]
        if f.source == context.doc.path
        and f.quantity == "entries"
        and f.period.start
        and (since is None or f.period.start >= since)
        and not (context.trigger and f.period.end < context.trigger)  # (not a baseline of days before it)
    ]
    if not counts:
        return None
    # the arrivals as a whole: the longest window counted (not "only in the last 7 days arrived 702", a part told
    # after the whole), the latest of equal ones
    arrived = max(reversed(counts), key=lambda f: f.period.end - f.period.start)
    return Period(arrived.period.start, arrived.period.end, f"a part of the arrivals before: {arrived.period.how}")


# (branch evr232q) a part of the count just told, opening its sentence (or a numbered point): "2. Of these, 3,120
# students crossed through the post at Petrapole" after "Since Wednesday, 17 July, a total of 6,700 ... have returned,
# as of 1400 hrs today", "Of this number, 1,140 have been received at the Bibia frontier post" (rounds 220, 226): the
# window of that count, not the hour it was told at
# ((branch evr428q) or "Of those who entered, 61,300 came through the Upper Lars checkpoint, the ministry said on
# Wednesday" (round 425), the day it was said no time of the part's own)
_PART_OF_THE_WHOLE = re.compile(
    r"(?:\d{1,2}\.\s+)?Of\s+(?:these|them|those(?:\s+who\s+(?:had\s+|have\s+)?(?:entered|arrived|came|crossed|left|fled)\b[^,.;:!?\d]{0,40})?"
    r"|this\s+number|that\s+number|this\s+total)\s*,"
)


_WHOLE_NAMED = re.compile(r"\bwho\s+(?:had\s+|have\s+)?(entered|arrived|came|crossed|left|fled)\b", re.IGNORECASE)


def _window_of_the_whole_before(
    context: _Context, sentence: tuple[int, int], mentions: list[TimeMention], quantity: str, figures: list[Figure]
) -> Period | None:
    """The window of the count a sentence opening "Of these," is a part of, when the sentence names no time of its own
    and the paragraph's first sentence held that count."""
    if quantity not in _MOVED or (opening := _PART_OF_THE_WHOLE.match(context.doc.text, sentence[0])) is None:
        return None
    if any(sentence[0] <= t.start < sentence[1] and t.period and not t.statement for t in mentions):
        return None
    whole = next((f for f in reversed(figures[-6:]) if f.source == context.doc.path), None)
    # (branch evr452q) "Of those who entered," names the count it is a part of: the last entries told (the left
    # ones, "Of those who left,": the last exits), not a stock drawn from both told after them ("43,512 ... entered.
    # ... 31,880 ... left. Thus, as of 13 October, about 11,600 ... remain. / 2. Of those who entered, 29,400 persons
    # arrived by air", round 449)
    named = _WHOLE_NAMED.search(opening.group())
    if named and whole is not None and whole.quantity == "net_arrivals":
        kind = "exits" if named.group(1).lower() in ("left", "fled") else "entries"
        whole = next((f for f in reversed(figures[-6:]) if f.source == context.doc.path and f.quantity == kind), whole)
    if whole is None or whole.quantity not in _MOVED or not whole.period.start or whole.period.start == whole.period.end:
        return None
    how = whole.period.how.removeprefix("a part of the count before: ")
    return Period(whole.period.start, whole.period.end, f"a part of the count before: {how}")


# "according to FIA data", "according to figures consolidated": a source's figures, the day they were taken after
_FIGURES_OF_A_SOURCE_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:data|figures|statistics)\s+(?:consolidated\s+|compiled\s+|collected\s+)?$",
    re.IGNORECASE,
)


# (branch evr352q) the count a call-up is "of": "the call-up of 300,000 reservists", "the mobilisation of some 300,000"
_CALLUP_OF_BEFORE = re.compile(
    r"\b(?:call[- ]?up|mobili[sz]ation)\s+of\s+(?:(?:about|some|around|roughly|nearly|up\s+to)\s+)?$", re.IGNORECASE
)


def _whole_month(period: Period) -> bool:
    """(branch evr480q) Whether a period is one whole calendar month ("in September", "in October 2022")."""
    start, end = period.start, period.end
    return (
        start is not None and end is not None and start.day == 1 and (start.year, start.month) == (end.year, end.month)
        and end.day == calendar.monthrange(end.year, end.month)[1]
    )


def _day_named(period: Period) -> Period | None:
    """The day a time names for a "that day" after it: a day's own; (branch evr360q) a count's "by 5 October", its
    last day ("23,000 had left again by 5 October, and about 20,000 were still in the country on that day", round
    357); "since the decree was signed on 21 September", its first ("The minister spoke that day of 300,000
    reservists", round 357)."""
    if period.start is None or period.end is None:
        return None
    if period.start == period.end:
        return period
    how = period.how.lower()
    if how.startswith("by "):
        return Period(period.end, period.end, period.how)
    if how.startswith("since "):
        return Period(period.start, period.start, period.how)
    return None


# (branch evr492q) those still in a country "of those who came since" a day, with only the day the count was said
# after them: "some 5,300 of those who came since September 21 are still in the country, ... spokesman Col. D.
# Batbayar told reporters on Thursday" (round 491), as "the ministry said last Thursday ... that about 60,000 of the
# Russian citizens who had entered Georgia since September 21 remained in the country" (round 442, `_CAME_WHO_REMAIN`):
# the window since that day, closed on the day it was said (not that day alone)
_STILL_AFTER_GROUP = re.compile(r"(?:have|has|had|are|were|was|is)\s+(?:still|remain(?:ing|ed)?|staying)\b")


def _since_to_said_day(text: str, group: re.Match, mentions: list, own: list, sentence: tuple[int, int]) -> Period | None:
    """The window from the "since" day in the relative clause `group` to the one day the sentence says the count was
    told (a statement's time among `own`, the sentence's times outside the clause); None unless the clause is followed
    by "are still" / "remain", holds one "since" window and the sentence one said day, and that day falls inside it."""
    if " since " not in text[group.start() : group.end() + 1] or not _STILL_AFTER_GROUP.match(text, group.end(), sentence[1]):
        return None
    since = [
        t.period for t in mentions
        if group.start() <= t.start < group.end() and t.period and t.period.start and t.period.end
        and t.period.start < t.period.end and t.period.how[:6].lower() == "since "
    ]
    said = [t.period for t in own if sentence[0] <= t.start < sentence[1]]
    if len(since) != 1 or len(said) != 1 or not all(t.statement for t in own if sentence[0] <= t.start < sentence[1]):
        return None
    day = said[0]
    if day.start != day.end or not since[0].start < day.end <= since[0].end:
        return None
    return Period(since[0].start, day.end, f"{since[0].how}, to the day it was said: '{day.how}'")


# (lead, 5 Dec 2026) the state's call-up target told with no day in its sentence: "The Kremlin says it intends to
# call up 300,000 reservists", "the defence ministry has said it will call up 300,000" (rounds 7-119, relabelled to
# LABELLING.md's decree's day, and rounds 120-507, labelled so): the decree's day, whenever the report tells it again;
# not a region's quota ("the governor said the republic must send 4,500"), told on its own day
_GOVERNMENT = keywords(r"government")  # ("The Russian government has said it means to call up 300,000", round 119)
_CALLUP_BEGAN = keywords(r"began|begun|begins|started|starts|ordered|announced|declared|signed")
_REGION_CALLING_UP = keywords(r"governor|region\w*|republic|krai|oblast|province|head\s+of|quota")


def _state_target_undated(context: "_Context", sentence: tuple[int, int], number: "_Number") -> "Period | None":
    """The decree's day for a target the state calls up, told with no time of its own in its sentence."""
    text = context.doc.text
    if (
        (_STATE_CALLING_UP.search(text, sentence[0], sentence[1]) is None and _GOVERNMENT.search(text, sentence[0], sentence[1]) is None)
        or _REGION_CALLING_UP.search(text, sentence[0], sentence[1]) is not None
        or not (_called_up_of(text, number.start, number.end) or _CALLUP.search(text, sentence[0], sentence[1]))
    ):
        return None
    index = context.paragraph_at(number.start)
    dated = [t for t in context.times[index] if t.start < sentence[1] and t.period is not None]
    if any(t.start >= sentence[0] for t in dated):
        return None
    told = text.rfind(".", 0, dated[-1].start) + 1 if dated else 0
    if dated and dated[-1].period.start != context.trigger and _CALLUP.search(text, told, sentence[0]) and _CALLUP_BEGAN.search(text, told, sentence[0]):
        return None  # ("Mandatory conscription began on Thursday. The Kremlin intends to conscript 300,000": that day's)
    return Period(context.trigger, context.trigger, "the state's call-up target, no day of its own: the decree's day")


# (branch evr472q) a remainder told in the sentence after the counts it is worked from: "That leaves roughly 43 600"
_THAT_LEAVES = re.compile(r"\s*(?:That|This|Which|It)\s+leaves\b")


def _period(
    quantity: str,
    context: _Context,
    index: int,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    number: _Number,
    figures: list[Figure],
    per_day: bool = False,
) -> Period:
    text = context.doc.text

    snapshot = quantity in ("queue_length_km", "queue_vehicles", "wait_hours")
    if quantity == "other" and context.trigger and _CALLUP_OF_BEFORE.search(text, max(0, number.start - 40), number.start):
        # (branch evr352q) "Russians fleeing President Vladimir Putin's call-up of 300,000 reservists ... continued to
        # arrive this week" (rounds 350 and some 20 before): the count the order named, on the day it was given (the
        # trigger's), not the window of the flight the sentence tells
        return Period(context.trigger, context.trigger, "a call-up's count, named with its order: the trigger's day")
    if quantity == "other" and context.trigger and (target := _state_target_undated(context, sentence, number)):
        return target

    # A time after "than", "up from" dates another number in a comparison, not this one
    # ("more than ten km on Saturday" is this one's: the cue is inside this number).
    cues_before = context.comparison_cues(index)
    mentions = context.times[index] if not any(cues_before) else [  # (most paragraphs have no such cue)
        t for t, cues in zip(context.times[index], cues_before) if not cues or not _compared_elsewhere(text, cues, sentence[0], number, t.start)
    ]

    aside = _WHO_ASIDE.search(text, number.end, clause[1])
    if aside:  # "..., most of them workers who fled Kuwait after the invasion": that aside's time is not the count's
        mentions = [t for t in mentions if not aside.start() <= t.start < aside.end()]
    if "since" in text[number.end : number.end + 140] and (lived := _LIVED_SINCE.match(text, number.end, clause[1])):
        # (branch evr352q) "Some 4,500 Rwandese who had lived in Uganda as refugees since 1959 have gone back home through
        # Katuna since Monday" (round 349): how long they had lived there, not the window of the count
        kept = [t for t in mentions if not lived.start(1) <= t.start < lived.end(1)]
        if any(clause[0] <= t.start and t.end <= clause[1] for t in kept):
            mentions = kept
    if " who " in text[number.end : number.end + 40] and (came_on := _WHO_CAME_ON_DAY.match(text, number.end, clause[1])):
        # (branch evr400q) "About 400 people who had fled on Monday went back across on Tuesday": the main verb's day
        kept = [t for t in mentions if not came_on.start(1) <= t.start < came_on.end(1)]
        if any(came_on.end(1) <= t.start and t.end <= clause[1] for t in kept):
            mentions = kept
    if quantity == "net_arrivals" and (
        came := _came_who_left(text, number.end, clause[1])
    ):
        # (branch evr352q) "That leaves roughly 63,000 Russians who arrived after the decree still in Kazakhstan" (round
        # 351): when they came, not the window of the count they are left of (the figure before's)
        kept = [t for t in mentions if not came.start(1) <= t.start < came.end(1)]
        # (branch evr484q) not the window "since" of those who "remain", when the day it was said comes before the
        # count: "the ministry said last Thursday, November 10, that about 60,000 of the Russian citizens who had
        # entered Georgia since September 21 remained in the country" (round 442: since the decree, to that day)
        if not (came.re is _CAME_WHO_REMAIN and any(clause[0] <= t.start < number.start for t in kept)):
            mentions = kept
    if quantity == "net_arrivals" and (dated := _stock_dated(text, sentence, number, mentions, context.times[index])):
        return dated
    if mentions and _names_them(text, number.end, clause[1]) and (subset := _SUBSET_ASIDE.search(text, number.end, clause[1])):
        # (branch evr185q) "entered 4 106 persons, of them only in the day of 27.09.2022 - 812 persons": the day of the
        # part counted after "of them", not of the whole before it
        mentions = [t for t in mentions if not subset.start() <= t.start < subset.end()]
    if text.startswith(" of ", number.end) and (group := _OF_THOSE_WHO.match(text, number.end, clause[1])):
        # (branch evr86b) "1,700 of those who came in late September have flown back since the start of October": the
        # relative clause's time says who they are; the count's is the sentence's other time (if it names one)
        own = [t for t in mentions if not group.start() <= t.start < group.end()]
        if quantity == "net_arrivals" and (closed := _since_to_said_day(text, group, mentions, own, sentence)):
            return closed
        if any(sentence[0] <= t.start < sentence[1] for t in own):
            mentions = own
    if text.startswith("Of ", sentence[0]) and (arrived := _arrivals_part_of(context, sentence, mentions, figures)):
        return arrived
    if text[sentence[0] : sentence[0] + 6].find("Of ") >= 0 and (part := _window_of_the_whole_before(context, sentence, mentions, quantity, figures)):
        return part
    if quantity == "flights_price_usd":
        # "a seat from Moscow to Yerevan for Saturday was on sale for $1,540", "a ticket for Saturday costs $810": the
        # day flown, not the day the fare stood (the sentence's other time, else publication); "roughly four times the
        # July price": the time of the price compared
        mentions = [
            t
            for t in mentions
            if not (_FOR_TRAVEL_DAY.search(text, max(0, t.start - 9), t.start) and t.period and t.period.start == t.period.end)
            and not _PRICE_OF_THEN.match(text, t.end)
        ]
        mentions = [t for t in mentions if not _of_the_earlier_price(text, sentence[0], number, t)]
        # (branch evr197q) nor the day or weekend travelled in its other forms ("for this Friday", "for travel this
        # weekend", "leaving on Friday"; "on Wednesday's flight" only beside another day of the sentence: "the last
        # seats on Tuesday's flights went for $2,030" is that day's)
        travelled = [t for t in mentions if _travel_day(text, t)]
        if travelled and not any(sentence[0] <= t.start < sentence[1] and t not in travelled for t in mentions):
            travelled = [t for t in travelled if not _TRAVEL_DAY_OWNS.match(text, t.end)]
        mentions = [t for t in mentions if t not in travelled]
        # (branch evr94b) nor a day of a clause after it: "costs $8, and the terminal was full on Wednesday night"
        joined = _JOINED_CLAUSE.search(text, number.end, sentence[1]) if mentions else None
        own_end = joined.start() if joined else sentence[1]
        if (
            any(t.start < sentence[0] or t.start >= own_end for t in mentions)
            and not any(sentence[0] <= t.start < own_end for t in mentions)
            and (told := _fare_told(text, sentence[0], number.start))
        ):  # "A seat on the night bus ... costs 35 euros ($34)": the fare as it stands, not a day of the sentence before
            return Period(context.published, context.published, f"a fare {told}: publication date")
        if _fare_now_against_then(text, sentence, number, mentions):
            return Period(context.published, context.published, "a fare 'now', against an earlier price: publication date")
        # (branch evr197q) nor a time after it that dates "the same" trip's earlier price: "cost 21,400 roubles, about
        # $370; at the start of September the same flight was 5,800 roubles"; with no other time of the sentence's, the
        # fare as it stood when reported (not a window of the sentence before)
        own = [t for t in mentions if sentence[0] <= t.start < sentence[1]]
        compared = [t for t in own if t.start > number.end and _SAME_TRIP_AFTER.match(text, t.end)]
        if (travelled or compared) and len(compared) == len(own):
            return Period(context.published, context.published, "a fare for a day travelled, or against an earlier price: publication date")
        if compared:
            mentions = [t for t in mentions if t not in compared]

    def resolve(mention: TimeMention) -> Period:
        if mention.period is not None:
            if (
                quantity in ("queue_length_km", "queue_vehicles")
                and mention.period.how.lower() == "overnight"
                and mention.period.end < context.published
            ):  # a queue's length, not a wait ("waited up to 12 hours overnight" is the night's)
                # "the queue stretched to 16 km overnight": the queue as it stood when reported, that morning
                return Period(context.published, context.published, "'overnight': the queue as reported")
            return mention.period
        # "in the same period", "in that time": the window of a figure before (a single day is
        # rarely called a period), else the figure before; "on the same day": the figure before's
        said = text[mention.start : mention.end].lower()
        if said.endswith("that day"):  # "When he reached the post on Friday ... one of 10,000 who crossed that day":
            # the day named before (in a Q&A's answer, the day its question asks of)
            asked = context.asked_period(index)
            if asked:
                return asked
            named = [
                _day_named(t.period)
                for i in range(max(0, index - 2), index + 1)
                for t in context.times[i]
                if t.period and t.end <= mention.start and _day_named(t.period)
            ]
            if named:
                return Period(named[-1].start, named[-1].end, f"'that day': {named[-1].how}")
        if said.endswith("that period"):  # "... the flow has grown in the past ten days. Up to 4,000 a day have come
            # over that period": the window named last, whether or not a figure was counted over it
            named = [
                t.period
                for i in range(max(0, index - 1), index + 1)
                for t in context.times[i]
                if t.period and t.period.start and t.period.start < t.period.end and t.end <= mention.start and not t.statement
            ]
            if named:
                return Period(named[-1].start, named[-1].end, f"'that period': {named[-1].how}")
        same_story = [f for f in figures[-8:] if f.source == context.doc.path and not f.earlier_level]
        if quantity in _MOVED:  # "more than 7,000 entering over the same seven days": a count's window, not a traveller's wait
            same_story = [f for f in same_story if f.quantity not in _AT_THE_LINE]
        one_day = _ONE_DAY.search(said) is not None  # "the same day" (not "the same four days")
        window = next(
            (
                f
                for f in reversed(same_story)
                if f.period.start and (f.period.start == f.period.end if one_day else f.period.start < f.period.end)
                # "in the same week": the window of a week before, not a longer running total named since
                and (not _ONE_WEEK.search(said) or (f.period.end - f.period.start).days <= 7)
                and not _set_against(text, f.start)
                and not _baseline_before_trigger(context, f, same_story)
            ),
            None,
        )
        if (sized := _SAME_DAYS.search(said)) and window is not None:
            # "over the same nine days", "the same two weeks": the latest window of that many days (not a
            # comparison's, told after it)
            word = sized.group(1)
            days = (int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)) * _DAYS_IN[sized.group(2)]
            # ((branch evr424q) or one day more, as LABELLING reads "in the past seven days": from seven days before
            # publication to it: "received 12 400 passengers ... in the past seven days ... In the same seven days, about
            # 4 000 flew out" (round 422), not a first week of seven days told before them)
            fits = [
                f for f in same_story if f.period.start and f.period.end and (f.period.end - f.period.start).days in (days - 1, days)
            ]
            window = max(fits, key=lambda f: f.period.end, default=window)
            if not fits and window.period.end:
                # (branch evr88b) "610 in the first week, 530 in the second; over the same two weeks": the windows
                # before joined, when one of them starts that many days before the latest ends
                first = window.period.end - timedelta(days=days - 1)
                if any(f.period.start == first for f in same_story):
                    return Period(first, window.period.end, f"'{said}': the windows before joined, {first} on")
        if (sized := _SAME_DAYS.search(said)) and window is None:
            # (branch evr424q) "entered Georgia ... during the past seven days: [a list by day] / In the same seven
            # days, 28,417 ... left": no figure counted over that many days before (the days' list counted each day),
            # then the window of that many days named last (round 420), as "over that period" reads
            word = sized.group(1)
            days = (int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)) * _DAYS_IN[sized.group(2)]
            named = [
                t.period
                for i in range(max(0, index - 12), index + 1)
                for t in context.times[i]
                if t.period and t.period.start and t.period.end and (t.period.end - t.period.start).days in (days - 1, days)
                and t.end <= mention.start and not t.statement
            ]
            if named:
                return Period(named[-1].start, named[-1].end, f"'{said}': the window of that many days named before, {named[-1].how}")
        back = _ONE_BACK.search(said) or _SAME_DAY_LAST.search(said)
        if back and same_story and same_story[-1].period.end:  # "A week before, the number was 3,100"
            previous, shift = same_story[-1].period, timedelta(days=_UNIT_DAYS[back.group(1)])
            start = previous.start - shift if previous.start else None
            return Period(start, previous.end - shift, f"'{said}': the period of the figure before, one {back.group(1)} back")
        if said.endswith("same month") and not (window is not None and _whole_month(window.period)):
            # (branch evr480q) "The ministry said 43 200 entered Serbia in September, some 26 000 of them since 21
            # September. In the same month 29 700 Russians left Serbia" (round 460), "In October the Office issued
            # 21.305 visas ... In the same month, 11.250 Russian citizens departed" (round 477): when the figure before
            # counted no whole month (a part since a day, or a count of days), the calendar month named last before,
            # in this paragraph or the one before, whether or not a figure was counted over it
            named = [
                t.period
                for i in range(max(0, index - 1), index + 1)
                for t in context.times[i]
                if t.period and t.end <= mention.start and not t.statement and _whole_month(t.period)
            ]
            if named:
                return Period(named[-1].start, named[-1].end, f"'{said}': the month named before, {named[-1].how}")
        if one_day and same_story:
            # (branch evr360q) "Yesterday (Monday, 14 March) officers at Medyka cleared 14 360 persons. At Dorohusk,
            # 6 150 persons entered Poland on the same day" (round 358): a day named after the figure before (here
            # one not read) and before "the same day", in its paragraph, is the day it means
            after = (window or same_story[-1]).start
            # ((branch evr384q) not the day it was said: "10,084 ... entered Georgia ... on Wednesday, the Ministry ...
            # said on Thursday. On the same day 3,912 ... left" (round 381): the figure before's day, Wednesday)
            # ((branch evr400r) or in the paragraph before, after that figure: "About 640 cars passed the Salla station
            # on Wednesday. / On the same day 310 Russian citizens went back" (round 395), the cars no figure)
            named = [
                t.period
                for i in range(max(0, index - 1), index + 1)
                for t in context.times[i]
                if t.period and t.period.start and t.period.start == t.period.end and after < t.start and t.end <= mention.start
                and not t.statement
                # ((branch evr404q) nor a part of a day that names no day: "On Wednesday 1,460 landed in boats which
                # crossed the lake during the night. On the same day, 870 walked across at Kagunga" (round 402): the
                # night is the figure before's, the same day still Wednesday)
                and not _DAYLESS_PART.fullmatch(t.period.how)
            ]
            if named:
                return Period(named[-1].start, named[-1].end, f"'the same day': {named[-1].how}")
        if same_story:
            previous = (window or same_story[-1]).period
            how = (
                previous.how
                if previous.how.startswith("'the same period'")
                else f"'the same period' as the figure before: {previous.how}"
            )
            return _year_back(text, mention, Period(previous.start, previous.end, how)) or Period(
                previous.start, previous.end, how
            )
        if one_day:  # (branch evr240q) "On Monday 26.9. arrived 2 185 passenger cars. In the same day entered 5 318
            # travellers": with no figure before (the cars are none), the day named last before, as "that day"
            named = [
                t.period
                for i in range(max(0, index - 1), index + 1)
                for t in context.times[i]
                if t.period and t.period.start and t.period.start == t.period.end and t.end <= mention.start
            ]
            if named:
                return Period(named[-1].start, named[-1].end, f"'the same day': {named[-1].how}")
        if not one_day and not back and not sized:
            # (branch evr368q) "During the week from Monday 23 to Sunday 29 July, the office received 1.874 requests for
            # asylum. In the same week, 9.360 entered through the post" (round 365): with no figure before (the requests
            # are none), the window named last before, in this paragraph or the one before ("the same week": one of at
            # most seven days, not a running "since 18 April" named after it)
            named = [
                t.period
                for i in range(max(0, index - 1), index + 1)
                for t in context.times[i]
                if t.period and t.period.start and t.period.end and t.period.start < t.period.end and t.end <= mention.start
                and not t.statement and (not _ONE_WEEK.search(said) or (t.period.end - t.period.start).days <= 7)
            ]
            if named:
                return Period(named[-1].start, named[-1].end, f"'{said}' with no figure before: {named[-1].how}")
        return Period(
            context.published, context.published, "'the same period' with nothing before it: publication date"
        )

    def closest(candidates: list[TimeMention]) -> TimeMention:
        # ("1 thousand 740 persons, on the day before yesterday - 2 thousand 65": a time before a dash and a number
        # after this one dates that number, not this one)
        own = [t for t in candidates if t.start < number.end or not _TIME_OF_NEXT.match(text, t.end)]
        # ((branch evr444q) nor a day after a comma that a count of its own follows: "On Thursday the number rose to
        # 7,640, on Friday to 8,830 and on Saturday to 9,715" (round 443): Friday is the 8,830's, not the 7,640's)
        own = [
            t for t in own
            if not (t.start >= number.end and "," in text[number.end : t.start] and _COUNT_OF_NEXT.match(text, t.end))
        ] or own
        # ((branch evr444q) nor the frame of a superlative: "on Saturday 8 572 Russians had entered Finland ..., the most
        # this year, and about 4 300 of them came through Vaalimaa" (round 440): "this year" is what the most is of, the
        # count's time is Saturday's)
        own = [t for t in own if not _SUPERLATIVE_BEFORE.search(text, max(0, t.start - 40), t.start)] or own
        nearest = min(own or candidates, key=lambda t: min(abs(t.start - number.end), abs(t.end - number.start)))
        if (
            nearest.period is not None
            and nearest.period.start is not None
            and nearest.period.end is not None
            and _EVENT_WINDOW.match(nearest.period.how)
            and not any(c.isdigit() for c in nearest.period.how)
        ):
            # (branch evr444q) a window told by its dates beside "after the announcement" of the event it opens with:
            # "Between 21 and 30 September, after the announcement of partial mobilisation, 98 417 Russian citizens
            # entered Georgia" (round 440): the dates bound it, the event only says why
            dated = [
                t for t in own
                if t is not nearest and t.period is not None and t.period.start == nearest.period.start
                and t.period.end is not None and t.period.start < t.period.end < nearest.period.end
                and sentence[0] <= t.start and t.end <= sentence[1] and not t.statement
            ]
            if dated:
                return dated[0]
        if nearest.start >= number.end and len(own) > 1 and _THOSE_WHO.match(text, number.end, nearest.start):
            # (branch evr360q) "About 150 of those who had come over on Sunday went back ... yesterday afternoon"
            # (round 357): the day inside "of those who ..." is when they came; the main verb's time, after it, the count's
            main = [t for t in own if t.start >= nearest.end and "." not in text[nearest.end : t.start]]
            if main:
                return main[0]
        if nearest.start >= number.end and len(own) > 1 and _AND_ON_NEXT.search(text, number.end, nearest.start) and (
            opened := [t for t in own if sentence[0] <= t.start and t.end <= number.start and _on_day(text, t)]
        ) and _on_day(text, nearest):
            # (branch evr364q) "On 16 April a train arrived with 1,204 persons and on 18 April two more with 2,398" (round
            # 361): "and on" opens the next count's clause; this one's is the "on" day before it
            return opened[-1]
        if (
            nearest.start >= number.end
            and len(own) > 1
            and _DAY_ALONE_NEXT.match(text, nearest.end)
            and _AND_CLAUSE_BETWEEN.search(text, number.end, nearest.start)
            and not any(c.isdigit() for c in text[number.end : nearest.start])
            and (opened := [t for t in own if sentence[0] <= t.start and t.end <= number.start and not t.statement and t.period])
        ):
            # (branch evr372q) "since August the 3rd, when ..., more than 70,000 have come through this crossing, and
            # that yesterday alone they counted 12,000" (round 369): a day singled out ("alone") in the clause after
            # is the next count's, nearer as it may be; this one's is the time before it in its sentence
            return opened[-1]
        if nearest.end <= number.start and len(own) > 1 and "," in text[nearest.end : number.start]:
            # "740 detained on Saturday, on top of 1,300 detained on Wednesday night": the time after the number in its
            # own words (no comma between) is its own, not the one before a comma, nearer as it may be
            after = next((t for t in own if t.start >= number.end and "," not in text[number.end : t.start]), None)
            if after is not None and not (
                # ((branch evr444q) not one in a clause of its own after the count ("after", "when", "that" ...), the
                # day opening the sentence a comma before the count: "A week earlier, on Sunday July 10, about 35,000
                # crossed the bridge during a window that the authorities granted after some 500 women broke through on
                # July 5" (round 440): the count's day is the one it opens with)
                _OPENING_TIME_COMMA.fullmatch(text, nearest.end, number.start)
                and _SUBCLAUSE_BETWEEN.search(text, number.end, after.start)
                and not any(c.isdigit() for c in text[sentence[0] : nearest.start])
                and nearest.period is not None
                and nearest.period.start is not None
                and nearest.period.start == nearest.period.end
                and not _SAME_TIME_WORDS.search(text, nearest.start, nearest.end)  # not "At the same time, about 200"
            ):
                return after
        return nearest

    def within(inside: list[TimeMention], is_sentence: bool) -> Period | None:
        counted = [t for t in inside if not t.statement]
        spanned = _from_until(
            text, counted, [t for t in mentions if sentence[0] <= t.start and t.end <= sentence[1] and not t.statement]
        )
        if spanned is not None:
            return spanned
        said = [t for t in inside if t.statement and t.period and t.period.start == t.period.end]
        if snapshot and is_sentence and said and all(t.period and t.period.start != t.period.end for t in counted):
            return said[0].period  # a queue "still held 5,500" is counted on the day it was said, not over a window
        if counted:
            chosen = closest(counted)
            if chosen.period and chosen.period.start is None and chosen.period.end:
                # "Last month, before the fighting, about 1,200 a day": the window named, which the open "before" only
                # places (not "since last month, before the fighting": a window running past it)
                bounded = [t for t in counted if t.period and t.period.start and t.period.end <= chosen.period.end]
                chosen = closest(bounded) if bounded else chosen
            if chosen.as_of:  # "By Tuesday evening, 45,000 had crossed ... since Saturday": the window, taken then
                # ((branch evr260q) under a live page's day heading the window runs to that day, as its times are read:
                # "28.09.2022 / 19:40 ... since 21 September and to the end of Tuesday, 98 600 ..." (round 259))
                today = context.days[index] or context.published if context.days else context.published
                opened = [
                    t
                    for t in counted
                    if not t.as_of and t.period and t.period.start and t.period.start < t.period.end == today
                ]
                chosen = closest(opened) if opened else chosen
            period = resolve(chosen)
            as_of = [t for t in counted if t.as_of and t is not chosen]
            # ((branch evr488q) or a source's figures said to run to a day in another clause: "more than 43,000 Russian
            # citizens have entered Armenia since the decree, and about 18,700 have left, with the figures running to
            # Sunday" (round 459; as 487's "data ..., which run to 10 October" the sentence before, below)
            if not as_of and not is_sentence and ("ccording" in text[sentence[0] : sentence[1]] or " run" in text[sentence[0] : sentence[1]]):
                # (branch evr324q) "According to FIA data up to Friday evening, 18,200 have entered ... since Monday",
                # "Since 15 April, 149 000 have crossed ..., according to figures consolidated as of 18 June": the day
                # the source's figures were taken, told in another clause, closes the window (rounds 265, 322)
                as_of = [
                    t
                    for t in mentions
                    if t.as_of
                    and t.period
                    and sentence[0] <= t.start
                    and t.end <= sentence[1]
                    and (t.end <= clause[0] or t.start >= clause[1])
                    and (
                        _FIGURES_OF_A_SOURCE_BEFORE.search(text, max(sentence[0], t.start - 60), t.start)
                        or FIGURES_RUN_TO_BEFORE.search(text, max(sentence[0], t.start - 90), t.start)
                    )
                ]
            if not said and not is_sentence:  # "since Friday, the authority, which runs the terminal, said on Tuesday":
                # the day said in a later clause of the sentence (a relative clause between)
                # ("The guard said on Thursday that ..., and that 2,340 had entered since 21 September": the day said
                # in the clause the sentence opens with, before this one)
                said = [
                    t
                    for t in mentions
                    if (number.end <= t.start and t.end <= sentence[1] or sentence[0] <= t.start and t.end <= clause[0])
                    and t.statement and t.period and t.period.start == t.period.end
                ]
            # (branch evr76b) "IMPHAL, April 3: ... since March 28, officials said on Friday": the day said, not a
            # dateline opening the sentence
            said = [t for t in said if t.period.end < period.end] or _said_later(mentions, number, sentence, period) or said
            closer = said[0] if said else as_of[-1] if as_of else context.report_as_of()
            if closer is None and period.start and period.end == context.published:
                closer = _figures_run_to_beside(context, index, sentence)
            if said and as_of and as_of[-1].period.end < said[0].period.end:
                # (branch evr248q) "the authority said on Wednesday, in figures counted through Monday night": the day
                # the count was taken, not the day it was said
                closer = as_of[-1]
            if closer is None and period.end == context.published and period.start and _UNDATED_SAID.search(text, *sentence):
                # "In June alone 2,950 have come, a ministry spokesman told a news conference" under a lead whose
                # ministry "said on Wednesday": the statement the lead dated; (branch evr121b) "The ministry said on
                # Thursday that 236,000 had entered ... About 161,000 have since left again, the ministry added": the
                # statement its own paragraph dated just before
                closer = _statement_before(context, index, sentence[0]) or (_lead_statement(context) if index > 0 else None)
                if closer is not None and not _same_speaker(text, _UNDATED_SAID.search(text, *sentence), closer):
                    # (branch evr372q) "The gendarmerie has arrested 17 ... since Monday ..., the regional commander
                    # said" under a lead whose prefect "told [the paper] on Thursday" (round 369): another speaker's
                    # day of telling does not close this count; it runs to publication
                    closer = None
            if (closer is None or closer.period.end >= period.end) and period.end == context.published and period.start:
                following = context.times[index + 1] if index + 1 < len(context.times) else []  # (the next paragraph's)
                closer = _figure_given_after(text, mentions + following, sentence) or closer
            moves = _RELATIVE_WINDOW.match(period.how)  # "in the past two days"; not "this year", "since X"
            if (
                closer and period.start and period.end == context.published and closer.period.end < period.end
                # (branch evr84b) not a day before the time itself: "waiting on Friday morning, and those who boarded
                # on Thursday had stood in line 14 hours" stays Friday, no window ending before it starts
                and (moves or period.start <= closer.period.end)
            ):
                # "since X, officials said on Tuesday", "since 7 July ... as of 20 July": the count runs to
                # that day; "in the past two days, officials said on Tuesday": the window moves back with it
                day = closer.period.end
                start = period.start - (period.end - day) if moves else period.start
                return Period(start, day, f"{period.how}, as of '{closer.period.how}'")
            if as_of and period.start and period.start <= as_of[-1].period.end < period.end:
                # "in the first four days after the decree, by Saturday, September 24": the window, to the day it names
                return Period(period.start, as_of[-1].period.end, f"{period.how}, by '{as_of[-1].period.how}'")
            return period
        if inside:
            return resolve(closest(inside))
        return None

    words = text[clause[0] : aside.start()] + text[aside.end() : clause[1]] if aside else text[slice(*clause)]
    if quantity == "other" and _people_waiting(context, number, clause):
        # "1,000 others were waiting at the crossing, the board said": people waiting are counted when it is said,
        # not on another clause's or an earlier sentence's day
        own = [t for t in mentions if clause[0] <= t.start and t.end <= clause[1] and not t.statement]
        said = [t for t in mentions if sentence[0] <= t.start and t.end <= sentence[1] and t.statement and t.period]
        if own:
            return _snapshot_day(resolve(closest(own)))
        if said:
            return _snapshot_day(said[0].period)
        # (branch evr352q) a day opening the sentence, a source's clause between: "Yesterday evening, according to
        # the police, around 1,000 people were still gathered at the fence" (round 349): the day they were seen
        opens = [
            t
            for t in mentions
            if t.period and t.period.start is not None and t.period.start == t.period.end and not t.statement
            and sentence[0] <= t.start <= sentence[0] + 3 and t.end < number.start
            and _SOURCE_BETWEEN.fullmatch(text, t.end, number.start)
        ]
        if opens:
            return _snapshot_day(opens[0].period)
        opening = mentions[0] if mentions and mentions[0].period and not mentions[0].statement else None
        if (
            opening and opening.start <= context.doc.paragraphs[index][0] + 3 and opening.end < sentence[0] and _PAST.search(words)
            # (branch evr432q) not the past of reported speech: "Nepali officials said about 2,000 more were camped at
            # Panitanki, ... waiting to be allowed across" (round 429, after "On Monday, 410 people arrived"): what the
            # speakers said is so now, the day published (LABELLING: "people waiting" are of publication unless dated)
            and not _SAID_THAT_BEFORE.search(text, sentence[0], number.start)
        ):
            # "On Wednesday morning the line stretched 7 km ... At the barrier 500 people were waiting": a scene told
            # in the past is the day its paragraph opens on, not the report's
            return _snapshot_day(opening.period)
        if (as_of := context.report_as_of()) is not None and context.situation_as_of:
            # (branch evr408q) under a statement's "Situation as of 19 March 2018, 6.00 pm:" (round 406), "an estimated
            # 1,500 people are gathered ..., waiting to cross" is the state on that day, as its running counts are (a
            # headline's "(figures as of 11 May 2015)" dates the counts, not the scene: "up to 1,500 people are
            # currently waiting in Mokha" stays the day published, as round 187 reads it)
            return Period(as_of.period.end, as_of.period.end, f"people waiting, no date of their own: as of '{as_of.period.how}'")
        return Period(context.published, context.published, "people waiting, no date of their own: publication date")
    if per_day and (
        _PRESENT.search(words)
        and not _PAST.search(words)
        or _REPORTED_PROGRESSIVE.search(words)
        and _SAID_BEFORE.search(text, sentence[0], number.start)
    ):
        if not [t for t in mentions if clause[0] <= t.start and t.end <= clause[1]] and not (
            _THIS_PERIOD.search(words) and context.reporting_period()
        ):  # "about 4,000 more are arriving every day": the rate now, not the window of the sentence's other figure
            # (but "~1,100 new arrivals per day on average during the reporting period": that period's rate, below)
            return Period(context.published, context.published, "a daily rate now: publication date")
    for scope in (clause, sentence):
        inside = [t for t in mentions if scope[0] <= t.start and t.end <= scope[1]]
        if scope is sentence:  # "sold out until Sunday; cheapest fare about $3,000": "until" dates its own clause only
            inside = [t for t in inside if not _UNTIL.match(t.period.how if t.period else "")]
        if (
            snapshot
            and scope is clause
            and not inside
            and not _PAST.search(words)
            and not _PAST_ED.search(words)
            and (_PRESENT.search(words) or _SAY_NOW.match(text, clause[1]))
        ):  # "Buses queue for two to three days at Qustul, drivers say, and the line ... last week": the wait now
            return Period(context.published, context.published, "a queue or wait in the present: publication date")
        if (
            scope is clause
            and not inside
            and quantity == "net_arrivals"
            and (came_in := _window_they_came_in(context, index, number, clause, figures))
        ):  # (branch evr420q) "Around 11.500 Russians who came after the decree are still in the country" (round 419):
            # those left of the count since that day, told before, as of its end (as 19 of the 23 labels of such
            # counts of rounds 68-419 read them)
            return came_in
        if (
            scope is clause
            and not inside
            and quantity == "net_arrivals"
            and (left := _difference_of_the_sentence(context, sentence, number, figures))
        ):  # (branch evr452q) "About 37,000 have left over the same period, which means some 24,000 are still in
            # Kyrgyzstan" (round 451): the difference of the sentence's counts, over their window, not "now"
            return left
        if scope is clause and not inside and _NOW.search(_unhedged(words)) and not _PAST.search(words):
            # ("27,200 stayed, at least for now": a hedge, no date; the sentence's window dates it)
            # "..., and a ticket to Dubai now costs $3,000": now, not the other clause's "until Tuesday"
            return Period(context.published, context.published, "'now': publication date")
        if scope is clause and inside and all(t.statement for t in inside):
            counted = [t for t in mentions if sentence[0] <= t.start and t.end <= sentence[1] and not t.statement]
            if counted:
                continue  # "..., while 4,000 went back, the guard said on Tuesday": the sentence's "on Monday"
            said_day = inside[0].period.end if inside[0].period else None
            running = next(
                (t.period for t in reversed(mentions) if t.end <= sentence[0] and not t.statement and t.period and t.period.start),
                None,
            )
            if (
                running is not None
                and running.start < running.end == said_day
                and (_PRESENT.search(words) and not _PAST.search(words) or _CUMULATIVE.search(words))
            ):  # "... 4,500 have returned since Tuesday. About 500 Nepalese have also crossed, the ministry said in a
                # statement this evening": a running count told the day the window before runs to, that window
                return Period(running.start, running.end, f"'{running.how}' from the sentence before, told the same day")
        found = within(inside, scope is sentence)
        if found and found.end == context.published and found.start and found.start < found.end:
            reported = context.reporting_period()
            if (
                reported and reported.end and found.start < reported.end < found.end and not context.tells_after(reported.end)
                # ((branch evr408q) a window told in a sentence or a data-collection line closes running counts only:
                # "In the past seven days, 7,360 arrived" under "Data collection period: 21 April - 10 May" (published
                # the 11th) is the seven days to publication, as round 405's label reads it)
                and not (context.reported_said and _RELATIVE_WINDOW.match(found.how))
                # ((branch evr440q) nor under a heading closed by its week, "Renk and Malakal, 12 - 18 May 2023": "380
                # going back since 12 May" runs to publication, as round 414's label reads it; that week is what "in the
                # reporting week" means only)
                and not context.reported_titled
                # ((branch evr456q) nor a level taken on a day, a fare or a queue "as of 26.09.2022": that day's (round
                # 228's fares, labelled the day named)
                and not ((snapshot or quantity == "flights_price_usd") and _TAKEN_ON_HOW.match(found.how))
            ):
                # "90,000 new arrivals since 15 April" in a sitrep for "Reporting period: 15 - 25 May": as of its end
                # (unless it tells of later days: "On the morning of 10 December a fifth boat ...")
                found = Period(found.start, reported.end, f"{found.how}, to the reporting period's end")
        if found:  # ("by Thursday the line had shrunk to about 3 km": a queue then, not a count since the trigger)
            # ("have waited more than 40 hours, since Sunday morning": the wait as it stands, when the window ends)
            since = quantity == "wait_hours" and found.how[:6].lower() == "since "
            if (
                quantity == "wait_hours" and found.start == found.end and found.how.lower() in ("yesterday", "last night")
                and (" since " in words or "from " in words or "From " in words) and _WAITED_SINCE_YESTERDAY.search(words)
            ):  # (branch evr236q) "I've been here since eleven last night, so fourteen hours now", "Stood from
                # yesterday 14:00, it is 13 hours" (rounds 178, 235): the wait as it stands the day it is told
                return Period(found.end + timedelta(days=1), found.end + timedelta(days=1), f"since {found.how}, the wait told the day after")
            # ((branch evr236q) and a fare "by" a day: "By Sunday, with extra rotations added, the cheapest seat was going
            # for about $900" is Sunday's price, not one since the trigger (rounds 125, 221, 223, 234))
            # ((branch evr456q) or "as of" / "as at" a day: "As of 13 October, average one-way fares on the route
            # were about USD 420" (round 454) is that day's price, as "by" is, not a window since the trigger)
            taken = bool(_TAKEN_ON_HOW.match(found.how))
            fare_by = quantity == "flights_price_usd" and taken
            return _snapshot_day(found) if (snapshot or fare_by) and (taken or since) else found
    if ("period" in words or "week" in words) and _THIS_PERIOD.search(words) and (reported := context.reporting_period()):
        # "New arrivals this period: 603"
        return Period(reported.start, reported.end, f"'this period': the reporting period, {reported.how}")
    # an item of a list or a row of a table: dated by the line that introduces it, else by what
    # stands before the list
    lead_in, lead_start, _header, dated = context.lead_in(index, sentence, number.start)
    before_index = index
    if lead_in:
        lead_end = text.find("\n", lead_start)
        lead_index = context.paragraph_at(lead_start)
        lead_times = [t for t in context.times[lead_index] if lead_start <= t.start < lead_end and not _a_year_back(text, t)] if lead_index >= 0 else []
        # a table's title, dropped as a heading: "Border traffic at Georgia's crossings on 27 September"
        title = lead_in.rpartition(" / ")[2]
        heading = " / " in lead_in and not title.endswith((".", ":"))
        title = title.title() if title.isupper() else title  # "ARRIVALS SINCE 21 SEPTEMBER": dates read in any case
        said = find_times(title, context.published, context.trigger) if heading else []
        titled = [t.period for t in said if t.period and not t.statement]
        if dated[0] >= 0:  # the header cell above this column: "7-13 March" dates the column's cells
            column_times = [t for t in lead_times if dated[0] <= t.start and t.end <= dated[1]]
            found = within(column_times, True)
            if found and titled and found.end == context.published:
                # "Cumulative since 28 Nov 2010" under "arrivals by county, week of 21-27 March 2011": to the title's end
                return Period(found.start, titled[0].end, f"{found.how}, to the table's title's end")
            if found and found.end == context.published:
                # "| Crossing point | 7-13 March | Since 24 February |": the running total is as of the last day the
                # row's other columns count, not the day the table was published
                ends = [t.period.end for t in lead_times if t.period and not dated[0] <= t.start < dated[1]]
                last = max((end for end in ends if end and found.start < end < found.end), default=None)
                if last:
                    return Period(found.start, last, f"{found.how}, to the last day the header row's other cells count")
            if found:
                return Period(found.start, found.end, f"{found.how} (the column's header cell)")
            lead_times = [t for t in lead_times if not lead_start <= t.start < lead_end]  # other columns' dates
        found = within(lead_times, True)
        if found:
            return Period(found.start, found.end, f"{found.how} (the list's lead-in)")
        if titled:
            return Period(titled[0].start, titled[0].end, f"{titled[0].how} (the table's title)")
        if _THE_WINDOW.search(lead_in):  # "Key figures for the week:" under "Border monitoring, week 41 (9-15 October 2023)"
            above = _heading_above(text, lead_start)
            above = above.title() if above.isupper() else above
            windows = [t.period for t in find_times(above, context.published, context.trigger) if t.period and not t.statement]
            if windows:
                return Period(windows[0].start, windows[0].end, f"{windows[0].how} (the heading above the list's lead-in)")
        before_index = lead_index if lead_index >= 0 else context.paragraph_at(lead_start, before=True) + 1
    words = text[slice(*clause)]
    # a sentence before: its time after "than", "up from" dated the number compared, not the count it carries
    # ("Yesterday it was 11,500, a little fewer than at the weekend. At Palanca alone there were 6,000.")
    earlier = (
        [t for t, cues in zip(context.times[index], context.comparison_cues(index)) if t.end <= sentence[0] and not cues]
        if before_index == index
        else []
    )
    if earlier and _names_them(text, context.doc.paragraphs[index][0], sentence[0]):  # nor the day of a part counted before: "entered 4 106, of them only in the day of 27.09.2022 - 812.
        # Through Grebneva entered 2 390"
        earlier = [t for t in earlier if not _SUBSET_BEFORE.search(text, max(0, t.start - 60), t.start)]
    if earlier and quantity == "flights_price_usd":
        # (branch evr157q) nor a sentence before's time of "the same seat" then: "In early September the same seat cost
        # 22,000 roubles. Seats to Dubai were selling for $5,000-$6,000": that dates the earlier price, no fare after it
        earlier = [t for t in earlier if not _SAME_TRIP_AFTER.match(text, t.end)]
    words = _AS_REPORTED.sub("", words)  # "As it is specified, ... crossed 21 thousand": told now, not a present count
    if earlier and words.find("since ") >= 0 and _SINCE_EVENT.search(words):
        # (branch evr94b) "had crossed since the wall came down", "have left since the order": an event with no date of
        # its own, on the day the paragraph named before, opens a window to publication ("since then" after a week:
        # from the day after it)
        event = resolve(([t for t in earlier if not t.statement] or earlier)[-1])
        if event.start and event.end < context.published:
            start = event.start if event.start == event.end else event.end + timedelta(days=1)
            return Period(start, context.published, f"since an event of {event.how}: to publication")
    if not earlier and before_index == index and (reported := _reporting_period_before(context, index, number.start)):
        # (branch evr185q) "In the reporting period ... entered Georgia 61 284 citizens of the RF, and left the country
        # 34 917 citizens of the RF. The positive balance made 26 367 persons.": a clause or sentence after the one
        # that names the bulletin's period, with no time of its own, counts that period too (not a paragraph before's)
        return Period(reported.start, reported.end, f"'the reporting period' earlier in the paragraph: {reported.how}")
    if (
        quantity == "other"
        and earlier
        and (
            _called_up_of(text, number.start, number.end)
            # ((branch evr500q) or a target the state's ministry gives in the sentence after the order's day: "On 21
            # September the President signed the decree ... According to the Ministry of Defence, 300 thousand citizens
            # in the reserve are to be called up" (round 501), "The President's decree was signed on 21 September. Of
            # the 300 thousand reservists that the Ministry of Defence intends to call up" (494): the decree's day)
            or (
                _STATE_CALLING_UP.search(text, sentence[0], sentence[1]) is not None
                and _CALLUP.search(text, sentence[0], sentence[1]) is not None
            )
        )
        and (
            _CALLUP.search(text, (told := text.rfind(".", 0, earlier[-1].start) + 1), sentence[0])
            # ((branch evr500q) or the decree's signing alone, "The President's decree was signed on 21 September.",
            # as 494's)
            or _CALLUP_ORDERED.search(text, told, sentence[0])
        )
        # ((branch evr416q) the order's day anywhere in the sentence before, not only its last time: "... since 21
        # September, when the President signed the decree on partial mobilisation, as of Tuesday evening. The defence
        # ministry has said that 300 000 reservists will be called up" (rounds 414, 415))
        and (
            day := next(
                (d for t in reversed(earlier) if t.start >= told and (d := resolve(t)).start is not None
                 and d.start == context.trigger),  # (a window from it too: "since 21 September, when ...")
                None,
            )
        ) is not None
        # (not "From the region, the governor said, will be called 6 thousand": told now; (branch evr416q) but the
        # decree's own target, "300,000 reservists will be called up", is the order's)
        and (" will " not in words or _RESERVISTS_CALLED.match(text, number.end) is not None)
    ):
        # (branch evr300q) "President Vladimir Putin on Sept. 21 ordered a partial mobilisation. Defence Minister Sergei
        # Shoigu said 300,000 reservists would be called up.": the call-up's count told after the day its order was
        # given is that day's (rounds 291, 295, 296), as a call-up told in the past tense is; "would" is no present here
        return Period(day.start, day.start, f"a call-up told after the day of its order ({day.how})")
    if (
        quantity == "flights_price_usd"
        and earlier
        and _PRICE_PAID_NOW.search(words)
        and not _PAST.search(words)
        and not _PAST_ED.search(words)
    ):
        # (branch evr376q, from reading rounds 372-375) "The flight of yesterday alone carried 96 persons. The Government
        # pays US$85 per seat to the carrier" (round 222), "IOM pays ... per passenger": a price paid or asked in the
        # present tense stands when reported, not on the day the sentence before gives its count
        return Period(context.published, context.published, "a price paid or asked now, no date: publication date")
    if (
        quantity == "net_arrivals"
        and figures
        and "leaves" in text[sentence[0] : number.start]
        and _THAT_LEAVES.match(text, sentence[0])
        and (before := figures[-1].period).start
        and before.end
        and before.start < before.end
        and context.paragraph_at(figures[-1].start) == index
    ):
        # (branch evr472q) "... entered Georgia between 21 September and Monday, 3 October. Over the same thirteen days,
        # 53 860 ... left the country. That leaves roughly 43 600 who have stayed, at least for now" (round 471), "...
        # over the same period around 121 000 left the country again. That leaves about 55 000 Russians who have stayed
        # on in Kazakhstan" (400): what the counts before leave, over their window, not a stock on the day of the report
        return Period(before.start, before.end, f"'that leaves': the window of the figures before, {before.how}")
    if (_PRESENT.search(words) and not _PAST.search(words) and not _TOLD_TO_HAVE.search(words)) or _CUMULATIVE.search(words):
        running = earlier[-1].period if earlier and earlier[-1].period else None
        if running and running.start and running.end == context.published and running.start < running.end:
            return _told_before(context, index, sentence, running)  # "Poland alone has taken in 1.4 million" after
            # "in the two weeks since the invasion"
        return Period(context.published, context.published, "present or cumulative, no date: publication date")
    callup = quantity == "other" and _CALLUP.search(words) is not None
    # ((branch evr117b) not a call-up target, told now, on a day the sentences before give to something else; but
    # "Mandatory conscription began on Thursday. The Kremlin intends to conscript 300,000": that day's)
    if earlier and (not callup or _CALLUP.search(text, text.rfind(".", 0, earlier[-1].start) + 1, sentence[0])):
        counted = [t for t in earlier if not t.statement] or earlier  # the day counted, not the day it was said
        return _snapshot_day(resolve(counted[-1])) if snapshot else _told_before(context, index, sentence, resolve(counted[-1]))
    asked = context.asked_period(index)
    if asked is not None:  # an answer with no date: the day its question (or the interview's scene) names
        asked = Period(asked.start, asked.end, f"'{asked.how}' from the question")
        return _snapshot_day(asked) if snapshot else asked
    if callup:
        # "The Kremlin has said it aims to call up 300,000 reservists": a target told now, not counted over the
        # window of the paragraph before
        return Period(context.published, context.published, "a call-up with no date of its own: publication date")
    if quantity == "flights_price_usd":
        # "Drivers were charging 1,500 baht ($46) a seat": a price as it stood when reported, not the window of a
        # paragraph before ("The boss did not pay us for July")
        return Period(context.published, context.published, "a fare with no date of its own: publication date")
    if not snapshot and before_index == index and (reported := context.reporting_period()):
        # (branch evr185q) "3. Through the border-crossing point "Terehova" entered 4 106 persons" in a statement "on
        # the crossing of the state border ... in the period from 26.09.2022 until 02.10.2022": a count with no time of
        # its own is the bulletin's, not that of a paragraph before ("Since 19.09.2022 ... are not allowed to enter")
        # (a queue or wait is as it stood, not a window)
        return Period(reported.start, reported.end, f"no time of its own in a bulletin: its reporting period, {reported.how}")
    if (
        quantity == "wait_hours"
        and before_index == index
        and figures
        and figures[-1].quantity == "other"
        and figures[-1].period.start == figures[-1].period.end
        and context.paragraph_at(figures[-1].start) == index
    ):
        # (branch evr388q) "more than 4,000 of them are waiting on the Libyan side ... Some of them told IOM they had
        # been there for up to three days" (round 387): a wait with no time of its own after the crowd waiting in its
        # paragraph is theirs, on the day they were seen, not a paragraph before's window
        seen = figures[-1].period
        return Period(seen.start, seen.end, f"the day of the people waiting before it: {seen.how}")
    if (
        not snapshot
        and figures
        and figures[-1].source == context.doc.path
        and figures[-1].quantity == quantity
        and figures[-1].period.how.startswith("a part of the count before: ")
        and context.paragraph_at(figures[-1].start) == index
    ):
        # (branch evr452q) the next part of a whole its paragraph opened on: "2. Of those who entered, 29,400 persons
        # arrived by air, through Zvartnots. 12,700 persons entered by land at Bagratashen" (round 449): the whole's
        # window too, not a day a paragraph before names ("who arrived after 21 September")
        return figures[-1].period
    posts = context.doc.posts
    for back in range(before_index - 1, max(-1, before_index - 3), -1):
        if posts and posts[back] != posts[index] or context.days and context.day_heading[back] != context.day_heading[index]:
            break  # a live blog's earlier post dates its own figures, not this one (nor an entry under another day heading,
            # (branch evr424q) nor another post stamped the same day: "[26.09, 10:47] ... fed 430 people last night."
            # does not date "[26.09, 19:30] Queue ... about 7 km", round 406)
        usable = [t for t, cues in zip(context.times[back], context.comparison_cues(back)) if not cues and not _a_year_back(text, t)]
        if usable:
            carried = resolve(usable[-1])
            carried = Period(carried.start, carried.end, f"'{carried.how}' from an earlier paragraph")
            return _snapshot_day(carried) if snapshot else carried
    return Period(context.published, context.published, "no date in the text: publication date")


def _reporting_period_before(context: "_Context", index: int, position: int) -> "Period | None":
    """The bulletin's reporting period where paragraph `index` names it ("In the reporting period", "this week")
    before `position`; None if it does not, or the text names no such period."""
    text = context.doc.text
    start = context.doc.paragraphs[index][0]
    if text.find("period", start, position) < 0 and text.find("week", start, position) < 0:
        return None
    return context.reporting_period() if _THIS_PERIOD.search(text, start, position) else None


def _compared_elsewhere(text: str, cues: tuple[int, ...], sentence_start: int, number: "_Number", time: int) -> bool:
    """Whether the first comparison cue in the sentence before a time belongs to another number
    ("up from 313,000 on Sunday"), not to this one ("more than ten km on Saturday", and the number compared
    itself, the last between the cue and the time: the $7 of "$25, against 800 taka ($7) before the violence")."""
    cue = next((c for c in cues if c >= sentence_start), None)
    if cue is None or number.start <= cue < number.end:
        return False
    return not (cue < number.start and number.end <= time and _DIGIT.search(text, number.end, time) is None)


_THE_WINDOW = keywords(r"(?:the|this)\s+(?:week|period|month|fortnight)")  # a lead-in's window, named above it
# (branch evr408q) a line that is only the day a statement's figures stand at: "Situation as of 19 March 2018, 6.00 pm:"
_SITUATION_AS_OF_LINE = re.compile(
    r"^[ \t]*(?:situation|figures|data|status)\s+as\s+(?:of|at)\s+[^\n]{4,50}$", re.IGNORECASE | re.MULTILINE
)
_REPORTING_PERIOD = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)]\s*)?(?:reporting\s+(?:period|week)|period\s+covered|period\s+under\s+review|data\s+collection\s+period)"
    r"\s*:\s*(?P<when>[^\n|]{4,60}?)[ \t]*(?:\|[^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)  # (branch evr181q) a numbered item ("1. Reporting period: 4 to 10 May 1992.") and "Reporting week:" too; (branch
# evr408q) a tracking update's "Data collection period: 21 April - 10 May 2023 | Published: 11 May 2023" (round 405),
# the window before the bar
# (branch evr408q) a flash update's opening sentence naming its window: "This update is produced by OCHA Niger ... It
# covers the period 9 to 11 February 2015." (rounds 407, and the OCHA and ISCG openings of earlier rounds)
_PERIOD_COVERED_SENTENCE = re.compile(
    r"\b(?:it|this\s+(?:report|update|bulletin|flash\s+update|situation\s+report))\s+covers\s+the\s+period\s+"
    r"(?P<when>(?:from\s+)?\d{1,2}[^\n.]{2,45}?(?:19|20)\d\d)\s*\.",
    re.IGNORECASE,
)
_THIS_PERIOD = keywords(
    r"(?:this|the)\s+(?:reporting\s+)?(?:period|week)(?!\s+(?:of|since|from|before|after|to|ending|earlier|ago)\b)"
)  # ("registered ... during the week" in a weekly update under "14-20 March 2016")
# (branch evr177q) a statement's opening naming its window in numeric dates: "About the movement ... in the period
# 26.09.2022 - 02.10.2022", "increased strongly on week 38 (19.-25.9.2022)": what its "the reporting period" and
# "during the week" mean
_PERIOD_NAMED_FIRST = re.compile(
    r"\b(?:period|week)\b[^\n.;]{0,20}?\(?(?P<when>(?:0?[1-9]|[12]\d|3[01])\.(?:\d{1,2}\.(?:(?:19|20)\d\d)?)?\s*(?:-|–|until|till|to)\s*"
    r"(?:0?[1-9]|[12]\d|3[01])\.\d{1,2}\.(?:19|20)\d\d)",
    re.IGNORECASE,
)
# (branch evr364q) a report's opening naming its window in written dates, both months named and "to" between (not
# a table's "Covering the period 6 - 11 September"): "SUBJECT: Weekly Report on Reception of
# Expellees ..., period 14 April 1946 to 20 April 1946." (round 361): what its "during the period" means
_PERIOD_WRITTEN_FIRST = re.compile(
    r"\bperiod\s+(?:from\s+)?(?P<when>(?:0?[1-9]|[12]\d|3[01])\s+(?-i:[A-Z][a-z]+)(?:\s+(?:19|20)\d\d)?\s+(?:to|until|till)\s+"
    rf"(?:0?[1-9]|[12]\d|3[01])\s+(?-i:{MONTHS})\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a weekly update's line that is only its week: "14-20 March 2016"
_WEEK_LINE = re.compile(r"^[ \t]*(?P<when>\d{1,2}\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)[ \t]*$", re.MULTILINE)
# (branch evr440q) a heading's line closed after a comma by its window, written dates with a dash between: "Movement of
# citizens ... through the border crossing points "Sarpi" and "Upper Lars", 26 September - 2 October 2022": what its
# "in the reporting week" means
# ((branch evr444q) and a heading in capitals whose window's year goes unsaid, the dateline's: "THE ROAD SOUTH: ALTAI,
# TUVA AND THE BORDERS WITH MONGOLIA AND KAZAKHSTAN, 27 SEPTEMBER - 3 OCTOBER" under "Tuesday, 4 October 2022" (round
# 441): its "in the week" is that window)
_TITLE_ENDS_IN_WEEK = re.compile(
    r"^[^\n]{10,200},[ \t]+(?P<when>\d{1,2}(?:\s+(?:[A-Z][a-z]+|[A-Z]{3,}))?\s*[-–]\s*\d{1,2}\s+(?:[A-Z][a-z]+|[A-Z]{3,})"
    r"(?:\s+(?:19|20)\d\d)?)[ \t]*$",
    re.MULTILINE,
)
# (branch evr408p) a bulleted or numbered item right after another: "- On 9 May, 1,146 were recorded arriving at Metema.
# / - Yesterday (10 May), 982 arrivals were recorded.", "1. ... crossed into Kenya at Moyale. / 2. In the last 24 hours,
# 512 new arrivals were received at the border." (rounds 405, 406): the item goes on at the crossing of the one before
# (where the count is of "arrivals" itself, with no verb of its own to place it: "5,650 persons entered", "317 entered
# Indian territory" and "54,000 have entered the country" in the next item are the country's, rounds 57, 235, 323)
_ARRIVALS_NOUN = re.compile(r"\s+(?:new\s+|more\s+)?arrivals\b")
_ITEM_MARK = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+\S")


def _next_item(context: "_Context", before: int, index: int) -> bool:
    """(branch evr408p) Whether paragraph `index` is the list item right after paragraph `before`, both opened by a
    bullet or a number ("- ", "2. ")."""
    if before < 0 or before != index - 1:
        return False
    text = context.doc.text
    return all(_ITEM_MARK.match(text, text.rfind("\n", 0, context.doc.paragraphs[i][0]) + 1) for i in (before, index))


_SOME_PLACE_NAMED = re.compile(
    r"\b(?:in|into|to|at|through)\s+(?:the\s+(?:state|region|province|city|town|district)\s+of\s+)?"
    # ((branch evr416p) not a day or month: "In the seven days to Wednesday, 5 326 travellers entered" (round 414) names
    # no place, so the crossing of the count before in its paragraph is still where they came)
    rf"(?!(?:{'|'.join(sorted(_NOT_TOWNS))})\b)[A-Z]"
)
# "He said about 10,000 Russians were arriving each day": reported speech, the rate when it was said
_REPORTED_PROGRESSIVE = keywords(r"were|was", tail=r"\s+(?:still\s+|now\s+)?\w+ing\b")
_SAID_BEFORE = keywords(r"said|says|told|reported|added")
_UNTIL = re.compile(r"(?:until|till)\s", re.IGNORECASE)
_NOW = keywords(r"now|currently|at present|at the moment|(?:are|is)\s+still")  # "4,000 more are still waiting"
_FOR_NOW = re.compile(r"\b(?:at\s+least\s+)?for\s+now\b|\bfor\s+the\s+time\s+being\b", re.IGNORECASE)


def _unhedged(words: str) -> str:
    """`words` without "for now" or "for the time being"; read only where "for" is (every hedge holds it, and
    its three letters match only themselves and their capitals in any case)."""
    return _FOR_NOW.sub("", words) if "for" in words.lower() else words


_RELATIVE_WINDOW = re.compile(r"(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?(?:past|last|previous)\s", re.I)


def _lead_statement(context: _Context) -> "TimeMention | None":
    """The one day the lead paragraph says its figures were told ("the Interior Ministry said on Wednesday"), else None."""
    said = [  # (not the dateline's own day, the day of publication; (branch evr93b) nor the trigger's own day: "Russia
        # announced on 21 September that it would call up ..." dates the event the counts follow, not their telling)
        t for t in (context.times[0] if context.times else [])
        if t.statement and t.period and t.period.start == t.period.end and t.period.end < context.published
        and t.period.end != context.trigger
    ]
    return said[0] if len(said) == 1 else None


# a statement with no day of its own after the count: ", the ministry said", ", a spokesman told a news conference",
# ", the ministry added"
_UNDATED_SAID = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:said|added|told\s+(?:a\s+news\s+conference|reporters))\s*[,.]")


# (branch evr125q) "... have entered since 20th October. The figure was given by the commander at a meeting yesterday."
_FIGURE_GIVEN = re.compile(
    r"\s*The\s+(?:figures?|numbers?|count|total|data)\s+(?:was|were)\s+(?:given|released|published|announced|issued|provided)\b"
)


# (branch evr252q) "... since Putin's decree, the ministry said on Wednesday. [The decree ... 300,000 reservists ...] The
# ministry's tally covers the period up to midnight on Tuesday." (rounds 222, 247, 249: "The figure is up to Thursday
# evening", "The figure covers all land, air and rail crossings up to the end of Monday"): the day the count runs to
_FIGURE_COVERS = re.compile(
    r"The\s+(?:[\w’'-]+\s+){0,2}?(?:figures?|tally|count|total|data|numbers?)\s+(?:covers?|is|are|runs?|includes?)\b"
    r"[^.\n]{0,80}?\b(?:up\s+to|through|until|till)\s"
    # ((branch evr452q) or "run(s) to" with no "up": "... have entered Kyrgyzstan since September 21, the Border
    # Service said on Tuesday. The figures run to Monday evening." (round 451; "The figures run to the end of
    # Tuesday", round 427))
    r"|The\s+(?:[\w’'-]+\s+){0,2}?(?:figures?|tally|count|total|data|numbers?)\s+(?:only\s+)?runs?\s+to\s"
)


def _figure_given_after(text: str, mentions: list[TimeMention], sentence: tuple[int, int]) -> "TimeMention | None":
    """The one day named by the next sentence when it says on which day the figure was given: the window's last day
    ((branch evr252q) or, in the next sentence or the one after it, up to which day the figure, tally or count runs)."""
    if not text.startswith(" The ", sentence[1]) or not _FIGURE_GIVEN.match(text, sentence[1]):
        covers = None
        ahead = text[sentence[1] : sentence[1] + 400]
        if "The " in ahead and any(
            word in ahead for word in (" up to ", " through ", " until ", " till ", " run to ", " runs to ")
        ):
            for begin in (sentence[1] + 1, text.find(". ", sentence[1] + 1, sentence[1] + 400) + 2):
                begin += len(text[begin : begin + 3]) - len(text[begin : begin + 3].lstrip())  # (a paragraph's break)
                if begin > sentence[1] and (covers := _FIGURE_COVERS.match(text, begin)):
                    break
        if covers is None:
            return None
        end = text.find(".", covers.end())
        days = [
            t for t in mentions
            # ((branch evr388q) the day may take the full stop with it: "The figure covers all checkpoints and the
            # period up to 2 October." (round 385))
            if covers.start() <= t.start and (end < 0 or t.end <= end + 1) and t.period and t.period.end
        ]
        return days[0] if len(days) == 1 else None
    end = text.find(". ", sentence[1])
    days = [
        t for t in mentions
        if sentence[1] <= t.start and (end < 0 or t.end <= end) and t.period and t.period.start == t.period.end
    ]
    return days[0] if len(days) == 1 else None


def _told_before(context: _Context, index: int, sentence: tuple[int, int], window: Period) -> Period:
    """(branch evr121b) A window running to publication carried from a sentence before, closed on the day its paragraph
    said it was told ("The ministry said on Thursday that 236,000 had entered since 21 September. About 161,000 have
    since left again": to Thursday, as the sentence before's count)."""
    if window.start is None or window.end != context.published or window.start >= window.end:
        return window
    said = _statement_before(context, index, sentence[0])
    if said is None or said.period.end <= window.start:
        return window
    return Period(window.start, said.period.end, f"{window.how} (the sentence before), as of '{said.period.how}'")


def _said_later(mentions: list[TimeMention], number, sentence: tuple[int, int], period: Period) -> list[TimeMention]:
    """(branch evr125q) "NARVA, Estonia, June 11 (AP) -- 6,000 ... since May 14, when ..., officials said Tuesday": the
    day said after the count, which a dateline in the count's own clause would otherwise hide."""
    return [
        t
        for t in mentions
        if number.end <= t.start and t.end <= sentence[1] and t.statement and t.period
        and t.period.start == t.period.end < period.end
    ]


# (branch evr372q) the speaker's title just before an undated "said": ", the regional commander said"
_SPEAKER_TITLE = re.compile(r"([a-z][\w-]+)\s+(?:said|added|told)\b")
# titles any agency's speaker has (round 79's "the officer said" is the border guards' who "said on Thursday")
_ANY_AGENCYS_TITLE = frozenset(
    ("spokesman", "spokeswoman", "spokesperson", "official", "officials", "officer", "officers", "source", "statement", "it")
)


def _same_speaker(text: str, undated: "re.Match | None", said: TimeMention) -> bool:
    """Whether the speaker an undated ", the ... said" names by its title is named in the sentence of the dated statement
    `said` (a title that sentence does not name is another speaker's; a title-less match counts as the same)."""
    if undated is None or (title := _SPEAKER_TITLE.search(undated.group(0))) is None:
        return True
    word = title.group(1)
    if word in _ANY_AGENCYS_TITLE:
        return True
    start = max(text.rfind(". ", 0, said.start), text.rfind("\n", 0, said.start)) + 1
    end = min((at for at in (text.find(". ", said.end), text.find("\n", said.end)) if at >= 0), default=len(text))
    return word[:-1].lower() in text[start:end].lower()  # (less its last letter: "commander" / "commanders'")


def _figures_run_to_beside(context: _Context, index: int, sentence: tuple[int, int]) -> "TimeMention | None":
    """(branch evr488q) The day a sentence of its own, just before the count's or just after it, says the figures run
    to: "The note cites data of the Ministry of Internal Affairs of Georgia, which run to 10 October. Since 21 September
    more than 98,000 citizens of the Russian Federation have entered Georgia" (round 487; as round 459's "with the
    figures running to Sunday" in the count's own sentence): the day the running count was taken, which closes its
    window as "up to 10 October" would."""
    text = context.doc.text
    if " run" not in text[max(0, sentence[0] - 200) : sentence[1] + 120]:
        return None
    for t in context.times[index]:
        if not (t.as_of and t.period and t.period.start == t.period.end and t.period.end < context.published):
            continue
        if t.end <= sentence[0]:
            between = text[t.end : sentence[0]]  # the rest of the sentence before: its stop, nothing else
            if len(between) > 4 or "." not in text[t.end - 1 : sentence[0]]:
                continue
        elif t.start >= sentence[1]:
            # the sentence right after (its opening: the figures named, then the day and its stop)
            if "." in text[sentence[1] : max(sentence[1], t.start - 1)].rstrip(". ") or not _STOP_AFTER.match(text, t.end):
                continue
        else:
            continue
        if FIGURES_RUN_TO_BEFORE.search(text, max(0, t.start - 90), t.start):
            return t
    return None


_STOP_AFTER = re.compile(r"\s*(?:evening|night|morning)?\s*\.")


def _statement_before(context: _Context, index: int, before: int) -> "TimeMention | None":
    """(branch evr121b) The last day paragraph `index` says, before `before`, that something was told, if any."""
    said = [
        t
        for t in context.times[index]
        if t.start < before and t.statement and t.period and t.period.start == t.period.end and t.period.end < context.published
    ]
    return said[-1] if said else None


# (branch evr236q) a wait counted from an hour of the day before: "since eleven last night", "from yesterday 14:00"
_WAITED_SINCE_YESTERDAY = re.compile(
    r"\b(?:[Ss]ince|[Ff]rom)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)"
    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|o'clock))?\s+)?(?:yesterday|last\s+night)\b"
)


_STATE_SEEN = ("queue_vehicles", "queue_length_km", "wait_hours", "other")  # (branch evr388q) a state seen at one time
_QUEUE_SEEN = ("queue_vehicles", "queue_length_km")  # (branch evr448q) a line seen at one time, whatever its window
_STANDING = keywords(r"waiting|waited|standing|stood|stuck|stranded|massed|gathered|queuing|queueing")


# (branch evr456q) the day a level was taken, which a fare or a queue "by" / "as of" it stands at
_TAKEN_ON_HOW = re.compile(r"(?:by|as\s+(?:of|at))\s", re.IGNORECASE)


def _snapshot_day(period: Period) -> Period:
    """A queue or a wait dated by a window named before it: its last day (a queue is a snapshot)."""
    if period.start and period.end and period.start < period.end:
        return Period(period.end, period.end, f"{period.how}, its last day")
    return period


def _cached_reporter(
    context: _Context, clause: tuple[int, int], sentence: tuple[int, int], paragraph: tuple[int, int]
) -> str:
    """Who gave the figure: the reporter named in its clause, else its sentence, else its paragraph."""
    for scope in (clause, sentence, paragraph):
        if scope not in context.reporters:
            context.reporters[scope] = _reporter(context.doc.text, scope)
        if context.reporters[scope]:
            return context.reporters[scope]
    return ""


def _reporter(text: str, scope: tuple[int, int]) -> str:
    """Who gave a figure in text[scope]: "according to X", the subject of "X said", or "said X"."""
    cue = _REPORTER_CUES.search(text, *scope)
    if cue is None:
        return ""  # none of the words the three forms need (most clauses)
    first = cue.start()  # (each form opens with a cue word: none matches before the first)
    match = _ACCORDING_TO.search(text, first, scope[1])
    if match:
        return _clean_reporter(match.group("who"))
    for said in _SAID.finditer(text, first, scope[1]):
        head = text[scope[0] : _said_start(text, said.start(), scope[0])]
        subject = _clean_reporter(head[_subject_start(head) :])
        if (
            subject
            and len(subject.split()) <= 8
            and not _NOT_A_REPORTER.match(subject.split()[0])
            and not _DIGIT.search(subject)
        ):
            return subject
    match = _SAID_BY.search(text, first, scope[1])
    if match and not _NOT_A_REPORTER.match(match.group("who").split()[-1]):
        return _clean_reporter(match.group("who"))
    return ""


def _subject_start(head: str) -> int:
    """Where the subject of the verb that ends `head` starts: after the last comma, quote
    mark, "that", "while", "and", "after" or "when", else at the start."""
    backwards = head[::-1]
    cut = _SUBJECT_START_BACKWARDS.search(backwards)
    return len(head) - len(backwards[: cut.start()].rstrip()) if cut else _LEADING_SPACE.match(head).end()


def _said_start(text: str, verb: int, first: int) -> int:
    """Where "said" starts once "has", "have also", "later" and the like before it are included
    (never before `first`)."""
    before = text[max(0, verb - 40) : verb][::-1]
    start = verb
    adverb = _SAID_ADVERB_BACKWARDS.match(before)
    if adverb and verb - adverb.end() >= first:
        start = verb - adverb.end()
    auxiliary = _SAID_AUXILIARY_BACKWARDS.match(before, verb - start)
    if auxiliary and verb - auxiliary.end() >= first:
        start = verb - auxiliary.end()
    return start


_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_LEADING_ARTICLE = re.compile(r"^(?:the|also)\s+", re.IGNORECASE)


def _clean_reporter(who: str) -> str:
    who = _PARENTHESES.sub("", " ".join(who.split())).strip(" ,.–-")
    return _LEADING_ARTICLE.sub("", who)


def _direction(quantity: str, place: str, place_country: str, origin: str | None) -> str:
    if quantity in ("entries", "net_arrivals"):
        if origin and place_country and origin != place_country:
            return f"from {origin} into {place_country}"
        return f"into {place_country}" if place_country else ""
    if quantity == "exits":
        if place_country == origin and place in CROSSING_EXIT_COUNTRY:  # going home through Masnaa: out of Lebanon
            return f"out of {CROSSING_EXIT_COUNTRY[place]}"
        return f"out of {place_country}" if place_country else ""
    if quantity in ("queue_length_km", "queue_vehicles", "wait_hours") and place in CROSSING_EXIT_COUNTRY:
        return f"out of {CROSSING_EXIT_COUNTRY[place]}"  # queues form on the side people leave
    if quantity in ("departures_total", "queue_length_km", "queue_vehicles", "wait_hours", "flights_price_usd"):
        return f"out of {origin}" if origin else ""
    return ""


# going home, said with a verb: "returned (home)", "have come home" (not "crossed back", "sent back" or "deported":
# leaving the country that sends them, whichever way they face)
_HOME_VERB = keywords(
    r"returned|returning|return|(?:came|come|coming|gone|went|going|headed|heading)\s+home",
    # ("returned to India": the place after "to" says it; (branch evr276q) an adverb between, "returned voluntarily to
    # Angola" (rounds 98, 232, 272))
    tail=r"\b(?!(?:\s+(?:voluntarily|spontaneously|safely))?\s+(?:to|into)\s+(?:the\s+)?(?-i:[A-Z]))",
)
# "left Bangladesh through the crossing": the one its sentence named before
_VIA_THE_CROSSING = keywords(
    r"through|via|at", tail=r"\s+the\s+(?:border\s+)?(?:crossing|checkpoint|check[\s-]*post|border\s+post|post|bridge|tunnel)\b"
)

_MORE_POSTS_AFTER = re.compile(r"\s*(?:points|posts)\b")

# a crossing followed by others in a list, named or not: "the Cilvegozu, Oncupinar and Yayladagi gates", "Bab al-Hawa
# and Bab al-Salam", "Siret, Isaccea and the other crossings"
_LISTED_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?:other\b|(?-i:[A-Z]))")


class _Way(NamedTuple):
    """What a movement figure's clause says of the way people went, read once for the place and direction
    decisions: the crossings it names after "through / via / at", whether they are a list (named or not: "the Bab
    al-Hawa and Bab al-Salam gates"), whether a verb says people went home, the country they came "from", and the
    country of the nationality it names ("Indians")."""

    via: tuple[Mention, ...]
    listed: bool
    home: bool
    host: Mention | None
    nationals: str | None

    @property
    def crossing(self) -> Mention | None:
        """The one crossing people came through, if the clause names one alone."""
        return self.via[0] if len(self.via) == 1 and not self.listed else None


_HEADS_THE_COUNT = re.compile(r"[\"»”']?\s*[-–—:]\s*")


def _count_before(context: _Context, index: int, start: int, end: int) -> bool:
    """Whether text[start:end] holds a digit outside the time expressions of paragraph `index` (a number that may be
    a count, not "26 September" nor "the past 4 days")."""
    text = context.doc.text
    digit = _DIGIT.search(text, start, end)
    while digit is not None:
        inside = next((t for t in context.times[index] if t.start <= digit.start() < t.end), None)
        if inside is None:
            return True
        digit = _DIGIT.search(text, inside.end, end)
    return False


def _host_of_the_posts(context: _Context, way: _Way, home: str | None) -> str | None:
    """(branch evr360p) The one country the crossings `way` goes through lie in, when it is not `home`, else None."""
    countries = {context.country_of(m.place.name) for m in way.via}
    if len(countries) != 1:
        return None
    country = countries.pop()
    return country if country and country != home else None


def _way(context: _Context, index: int, sentence: tuple[int, int], clause: tuple[int, int], number: _Number) -> _Way:
    text = context.doc.text
    in_clause = _mentions_in(context.places[index], *clause)
    via = tuple(
        m
        for m in in_clause
        if m.place.kind == "crossing"
        and (
            _VIA_BEFORE.search(text, max(clause[0], m.start - 14), m.start)
            or _VIA_THE_POST_BEFORE.search(text, max(clause[0], m.start - 40), m.start)
            or _MOVED_BY_BEFORE.search(text, max(clause[0], m.start - 40), m.start)
        )
        and not _another_numbers(text, m, number)
        # (not one an earlier number came through: "231,800 entered through Siret, ..., of whom 167,000 have left"; a
        # date or a window before the crossing is no number, branch evr232p: "For the past day, 26 September, through the
        # checkpoint "Sagarchin" departed ... 5 120", "for the past 4 days through Sagarchin went out of Russia 7 thousand")
        and not (
            m.start < number.start
            and _count_before(context, index, clause[0], m.start)
            # (a crossing heading its own count after another's: ", through the checkpoint "Mashtakovo" - 3 310")
            and not _HEADS_THE_COUNT.fullmatch(text, m.end, number.start)
        )
    )
    in_list = context.listed_crossings(index)
    listed = len(via) > 1 or any(m.start in in_list or _LISTED_AFTER.match(text, m.end) for m in via)
    the_crossing = None if via else _VIA_THE_CROSSING.search(text, *clause)
    if the_crossing:  # "through the crossing": the one named before it in the sentence
        named = [m for m in _mentions_in(context.places[index], sentence[0], the_crossing.start()) if m.place.kind == "crossing"]
        # (branch evr388p) a sentence that names none: the crossing the report named last before it ("Queues at Verkhny
        # Lars grew. Yesterday 6 100 people left Russia through the checkpoint"), as LABELLING.md puts a count through
        # a named crossing at the crossing even where its country is named; not "through the border crossing points"
        if not named and not _MORE_POSTS_AFTER.match(text, the_crossing.end()):
            earlier = context.last_crossing_before(the_crossing.start())
            named = [earlier] if earlier is not None else []
        via = tuple(named[-1:])
    host = next(
        (m for m in in_clause if m.place.kind == "country" and _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)),
        None,
    )
    nationals = next(
        (m.place.name for m in context.demonyms_in(index, *clause) if m.place.kind == "country"), None
    )
    # ("..., many of them drivers who were returning for more": what the part does, not how the count went)
    aside = _WHO_ASIDE.search(text, number.end, clause[1])
    home = _HOME_VERB.search(text, clause[0], aside.start()) or _HOME_VERB.search(text, aside.end(), clause[1]) if aside else (
        _HOME_VERB.search(text, *clause)
    )
    return _Way(via, listed, bool(home), host, nationals)


# "through Belgrade's Nikola Tesla airport", "at Almaty International Airport": the city the airport is named by
# ((branch evr110b) "Moscow's three airports", "In Kazan, the airport said": a city's airports, or its airport named
# right after it)
_AIRPORT_OF_CITY = re.compile(
    r"(?:(?:['’]s)?\s+(?:(?:[A-Z][\w’'-]+|two|three|four|five|main)\s+){0,3}?(?:[Ii]nternational\s+|[Dd]omestic\s+)?[Aa]irports?\b"
    r"|,\s+the\s+airport\b)"  # (one group: `_names_airport` writes it after a town's name)
)
# (branch evr94b) passengers counted out of an airport on flights abroad: "left on international flights", "abroad
# departed", "flew out on international routes"
_FLOWN_ABROAD = re.compile(r"\babroad\b|\binternational\s+(?:flights?|routes?|departures?|terminal|destinations?|lines?)\b")
# "airport Khabarovsk (Novy) informs", "the airport Uytash of Makhachkala": the town after the airport's noun
_AIRPORT_BEFORE_CITY = re.compile(r"[Aa]irport\s+(?:of\s+|(?-i:[A-Z])[\w’'-]+\s+of\s+)?$")
_FLEW_FROM = re.compile(r"\b(?:flew|flown)\s+(?:\w+\s+)?(?:out\s+of|from)\s+$")  # "flew out of Belgrade": its airport
_THE_AIRPORT = keywords(  # "arrivals at the airport", "an airport official said"
    r"(?:at|through|via|into|out\s+of|from)\s+the\s+airport|(?:an?|the)\s+airport\s+(?:officials?|spokes\w+|operator|authorit\w+)"
    r"|the\s+airport\s+(?:received|handled|registered|recorded|counted|processed|saw|took\s+in)"  # the airport as the subject
)


_ALL_POINTS = re.compile(r"\b(?:through|via|at|across)\s+all\s+(?:the\s+|its\s+|\w+\s+)?(?:checkpoints|crossings|border\s+(?:posts|points|crossings)|points|posts|airports)\b")
# where people wait on landing ("stood four hours at passport control", "queued at the visa counters")
_AIRPORT_DESKS = keywords(r"passport\s+control|immigration|(?:visa|arrival|passport)\s+(?:counters?|desks?|booths?|halls?)|arrivals\s+hall")
_THROUGH_AN_AIRPORT = ("entries", "exits", "departures_total")
_NATIONWIDE = re.compile(r"\b(?:[Nn]ation|[Cc]ountry)wide\b")


# "went back over the pass", "crossed back across the bridge": back through a crossing named before
_BACK_OVER_THE = re.compile(
    r"\b(?:went|gone|go|going|crossed|headed|came|come|walked|drove)\s+back\s+(?:over|across|through)\s+the\s+"
    r"(?:pass|border|frontier|crossing|bridge|checkpoint|river|mountains)\b"
)


def _crossing_gone_back_over(context: _Context, index: int, sentence: tuple[int, int], number: _Number) -> str | None:
    """The crossing named before that people went back over, when their sentence names none ("About 140 Chileans
    who had crossed went back over the pass last week", after the Cristo Redentor crossing)."""
    if any(m.place.kind == "crossing" for m in _mentions_in(context.places[index], *sentence)):
        return None
    crossing = context.last_crossing_before(number.start)
    return crossing.place.name if crossing is not None else None


# (branch evr344q) "left Costa Rica through Peñas Blancas ... to return to their country": the country left named
_LEFT_COUNTRY_BEFORE = re.compile(r"\b(?:left|leaving|leave|exited|departed)\s+(?:the\s+)?$")


# (branch evr376q) going home, or leaving a country named as "our/the/this country"
_GONE_HOME = re.compile(r"\b(?:home|back)\b")
_FOREIGNERS_BETWEEN = re.compile(r"\s+(?:(?:or\s+so|more|other|[a-z]+)\s+)?")  # "60,000 or so Syrian labourers"
_LEFT_A_COUNTRY = re.compile(r"\b(?:left|leav(?:e|es|ing)|exited|departed)\s+(?:our|the|this)\s+country\b")


def _foreigners_leaving(context: _Context, index: int, clause: tuple[int, int], number: re.Match, previous) -> str | None:
    """(branch evr376q, from reading rounds 372-375) The country a count people leave that is not their own, where the
    count would otherwise be a total out of the origin (`departures_total`: people who left their own country).
    "Another 60,000 or so Syrian labourers have gone home from Lebanon" (origin Lebanon, round 374): nationals of
    another country going home, exits out of the origin. "218 thousand citizens of the Russian Federation have entered
    the Republic of Kazakhstan. Over the same period, approximately 149 thousand of them have left our country" (round
    374): part of those the entries before counted into a host, leaving it again, exits out of the host."""
    text = context.doc.text
    own = text[number.end : clause[1]]
    if context.origin and _GONE_HOME.search(own):
        for m in _mentions_in(context.adjectives[index] + context.demonyms[index], number.end, min(clause[1], number.end + 30)):
            if (
                m.place.kind == "country"
                and m.place.name != context.origin
                and _FOREIGNERS_BETWEEN.fullmatch(text, number.end, m.start)
            ):
                return context.origin
    if (
        previous is not None
        and previous.quantity == "entries"
        and previous.place
        and _PARTITIVE.match(text, number.end)
        and _LEFT_A_COUNTRY.search(own)
        and context.place_named(previous.place) is not None
        and context.place_named(previous.place).kind == "country"
        and previous.place != context.origin
        and context.paragraph_at(previous.start) == index
    ):
        return previous.place
    return None


_LEFT_THE_TERRITORY = re.compile(
    r"\b(?:left|leav(?:e|es|ing)|exited|departed(?:\s+from)?)\s+(?:from\s+)?the\s+territory\s+of\s+"
    r"(?:(?P<republic>(?:the\s+|our\s+|this\s+)?(?:republic|country)\b)|(?:the\s+)?)",
    re.IGNORECASE,
)


def _territory_left(context: _Context, index: int, clause: tuple[int, int]) -> str | None:
    """(branch evr448p, from reading rounds 444-447) The host country whose territory a count of the origin's people
    left: "89 320 citizens of the Russian Federation left the territory of the Republic of Uzbekistan", "147 112
    citizens of Russia left the territory of the republic", "In the same period left the territory of the republic
    148 960 citizens of RF" (rows moved in rounds 258, 270, 418, 420, 433, 444, 447): the host's exits, the way
    "left Kazakhstan" is, not a total out of the origin. "The republic" with no name is the country the report names
    most after the origin."""
    text = context.doc.text
    if text.find("territory", *clause) < 0:
        return None
    found = _LEFT_THE_TERRITORY.search(text, *clause)
    if found is None:
        return None
    if found.group("republic"):
        host = context.main_destination
    else:
        named = next(
            (
                m
                for m in _mentions_in(context.places[index], found.end(), min(clause[1], found.end() + 30))
                if m.place.kind == "country"
            ),
            None,
        )
        host = named.place.name if named is not None else ""
    if not host or host == context.origin:
        return None
    place = context.place_named(host)
    return host if place is not None and place.kind == "country" else None


_ENTERED_A_REGION_BEFORE = re.compile(r"\b(?:entered|came\s+into|arrived\s+in)\s+(?:the\s+territory\s+of\s+)?(?:the\s+)?$")
_THROUGH_SEVERAL_POSTS = re.compile(
    r"\b(?:through|via|by)\s+(?:the\s+|its\s+|three\s+|two\s+|four\s+)?(?:(?:automobile|road|border|land)\s+)?"
    r"(?:checkpoints|crossings|crossing\s+points|posts|border\s+points)\b",
    re.IGNORECASE,
)
_ENTERED_REGION_AFTER = re.compile(r"\s+(?:region|oblast|province)\b", re.IGNORECASE)


def _region_entered_through_several(context: _Context, index: int, clause: tuple[int, int], number: re.Match) -> str | None:
    """(branch evr448p, from reading rounds 444-447) The town a region is named for, where a count entered the region
    through several crossings: "5 312 citizens of the Russian Federation entered Pavlodar region through the
    checkpoints "Sharbakty", "Ertis" and "Zhelezinka"" (round 444), "entered Kostanay region through its crossings":
    the region (written at its seat town), not the first crossing of the list."""
    text = context.doc.text
    named = _mentions_in(context.places[index], number.end, clause[1])
    crossings = [m for m in named if m.place.kind == "crossing"]
    plural = _THROUGH_SEVERAL_POSTS.search(text, number.end, clause[1])
    if len(crossings) < 2 and plural is None:
        return None
    first = min([m.start for m in crossings] + ([plural.start()] if plural else []))
    for m in named:
        if (
            m.place.kind == "city"
            and m.end < first
            and _ENTERED_REGION_AFTER.match(text, m.end)
            and _ENTERED_A_REGION_BEFORE.search(text, max(number.end, m.start - 40), m.start)
        ):
            return m.place.name
    return None


_INTO_THE_REGION_UNNAMED = re.compile(
    r"\b(?:entered|came\s+into|arrived\s+in|crossed\s+into)\s+(?:the\s+territory\s+of\s+)?(?:the|our|this)\s+"
    r"(?:region|oblast|province)\b"
)


_THROUGH_ONE_POST = re.compile(r"\b(?:through|via|at)\s+(?:the|this|that|its)\s+(?:checkpoint|crossing|post|border\s+post)\b(?!s)")


def _region_named_before(context: _Context, index: int, clause: tuple[int, int], number: _Number) -> str | None:
    """(branch evr448p, from reading rounds 444-447) The town of the region named before, where a count "entered the
    region" (or "the territory of the region", "our region") and the clause names no place: "5 312 entered Pavlodar
    region through three checkpoints. Of them, 3 870 entered through Sharbakty. On Saturday, 4 985 people had entered
    the region" (round 444): the region (at its seat town), not the crossing or country read last."""
    text = context.doc.text
    if text.find("region", *clause) < 0 and text.find("oblast", *clause) < 0 and text.find("province", *clause) < 0:
        return None
    if _INTO_THE_REGION_UNNAMED.search(text, *clause) is None:
        return None
    if _THROUGH_ONE_POST.search(text, *clause):
        return None  # "entered the region through the checkpoint": the crossing spoken of (round 420)
    if any(m.place.name != context.origin for m in _mentions_in(context.places[index], *clause)):
        return None
    for at in range(index, -1, -1):
        for m in reversed(context.places[at]):
            if m.start < clause[0] and m.place.kind == "city" and _ENTERED_REGION_AFTER.match(text, m.end):
                return m.place.name
    return None


_INTO_THE_REPUBLIC = re.compile(
    r"\b(?:entered|came\s+into|came\s+to|arrived\s+in|arrived\s+on\s+the\s+territory\s+of)\s+"
    r"(?:the\s+territory\s+of\s+)?(?:the|our|this)\s+republic\b",
    re.IGNORECASE,
)


def _republic_entered(context: _Context, index: int, clause: tuple[int, int]) -> str | None:
    """(branch evr448p, from reading rounds 444-447) The host a count "arrived in the republic" (or "entered the
    territory of the republic") came into, where the clause names no place: the country the report names most after
    the origin ("71 356 citizens of the Russian Federation arrived in the republic", round 444, after a point naming the
    neighbour the checkpoints face), not the country named last."""
    text = context.doc.text
    if text.find("epublic", *clause) < 0 or _INTO_THE_REPUBLIC.search(text, *clause) is None:
        return None
    if any(m.place.name != context.origin for m in _mentions_in(context.places[index], *clause)):
        return None
    if _THROUGH_ONE_POST.search(text, *clause):
        return None
    host = context.main_destination
    place = context.place_named(host) if host and host != context.origin else None
    return host if place is not None and place.kind == "country" else None


def _country_left(context: _Context, index: int, clause: tuple[int, int], before: int) -> Mention | None:
    """(branch evr344q) The country the clause says people left, named before `before` ("1,100 Nicaraguans left Costa
    Rica through Peñas Blancas", "1,900 Russians left Finland"), if it is not the origin."""
    text = context.doc.text
    words = text[clause[0] : before]
    if "left" not in words and "leav" not in words and "exited" not in words and "departed" not in words:
        return None
    return next(
        (
            m
            for m in _mentions_in(context.places[index], clause[0], before)
            if m.place.kind == "country"
            and m.place.name != context.origin
            and _LEFT_COUNTRY_BEFORE.search(text, max(clause[0], m.start - 12), m.start) is not None
        ),
        None,
    )


def _left_the_crossings_country(context: _Context, index: int, clause: tuple[int, int], crossing: Mention) -> bool:
    """(branch evr344q) Whether the clause says people left the country the crossing stands in ("1,100 Nicaraguans
    left Costa Rica through Peñas Blancas to return to their country"): out of it there, though they go home."""
    left = _country_left(context, index, clause, crossing.start)
    return left is not None and left.place.name == context.country_of(crossing.place.name)


# (branch evr336q) a government statement's letterhead in capitals, its first lines: "REPUBLIC OF MALAWI", "GOVERNMENT
# OF THE REPUBLIC OF GUATEMALA" ((branch evr508p) or "GOVERNMENT OF THE PEOPLE'S REPUBLIC OF BANGLADESH", round 508): the
# country that issues it
_LETTERHEAD = re.compile(r"^[ \t]*(?:GOVERNMENT\s+OF\s+)?(?:THE\s+)?(?:PEOPLE['’]S\s+)?(?:REPUBLIC|KINGDOM)\s+OF\s+(?:THE\s+)?([A-Z][A-Z \t-]*?)[ \t]*$", re.MULTILINE)


def _letterhead_country(text: str) -> str | None:
    """The country whose government's letterhead opens the text ("REPUBLIC OF ZIMBABWE"), if one does."""
    if "OF " not in text[:300]:
        return None
    head = _LETTERHEAD.search(text, 0, 300)
    if head is None:
        return None
    known = find_places(" ".join(word[:1] + word[1:].lower() for word in head.group(1).split()))
    return known[0].place.country if len(known) == 1 and known[0].place.kind == "country" else None


# (branch evr117b) "returned in Ethiopia by Ferfer", "went back to Iraq by Zakho": the post named right after the
# country people went home to
_HOME_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+)?(?=[A-Z])")
_LACKED_NAME = re.compile(r"([A-Z][\w’'-]+)\b(?! [A-Z])")  # one word alone: not "by Red Cross lorries"


def _gone_home_by(context: _Context, index: int, returned_to: Mention) -> str | None:
    """The crossing or town people going home went by, named right after the country they went to: they left the
    host there, not the host at large."""
    by = _HOME_BY_AFTER.match(context.doc.text, returned_to.end)
    return _town_at(context, index, by.end()) if by else None


def _town_at(context: _Context, index: int, start: int) -> str | None:
    """The crossing or town named at `start`, or a name the gazetteer lacks kept as written ("Ferfer"); None for a
    country or region, or a word that names no town."""
    named = next((m for m in _mentions_in(context.places[index], start, start + 60) if m.start == start), None)
    if named is not None:
        return named.place.name if named.place.kind in ("crossing", "city") else None
    name = _LACKED_NAME.match(context.doc.text, start)
    return name.group(1) if name and _lacked_town(name.group(1)) else None


_LEFT_BEFORE = re.compile(r"\b(?:left|leaving|from|out\s+of)\s+$")
# (branch evr296p) the host named as where people had stayed: "who had found refuge in Algeria have returned to Mali"
_STAYED_IN_BEFORE = re.compile(
    r"\b(?:(?:found|sought|taken|took)\s+(?:refuge|shelter|asylum)|sheltered|sheltering|living|lived|staying|stayed)\s+in\s+$"
)


def _back_the_way_they_came(context: _Context, index: int, sentence: tuple[int, int], place: str) -> str | None:
    """The crossing of the last entries, for people going back with no crossing named in their sentence: "Border
    police at Trabzon's port counted 2,870 disembarking ... only about 210 Russians have boarded the ferry back to
    Sochi" leave through Trabzon, not from Turkey at large."""
    if any(m.place.kind == "crossing" for m in _mentions_in(context.places[index], *sentence)) or _BOTH_POSTS.search(
        context.doc.text, *sentence
    ):
        return None  # ("Back to Russia through both points ... passed 1 thousand 5 hundred": the country's)
    if any(
        m.place.kind == "country" and m.place.name == place and _LEFT_BEFORE.search(context.doc.text, max(0, m.start - 12), m.start)
        for m in _mentions_in(context.places[index], *sentence)
    ):
        return None  # (branch evr228p) "3 900 left Finland back to Russia", "departed from Mongolia back to": the country left
    if " in " in context.doc.text[sentence[0] : sentence[1]] and any(
        m.place.kind == "country" and m.place.name == place and _STAYED_IN_BEFORE.search(context.doc.text, max(0, m.start - 30), m.start)
        for m in _mentions_in(context.places[index], *sentence)
    ):
        return None  # (branch evr296p) "1 300 who had found refuge in Algeria have returned to Mali": the host at large
    entered = next((f for f in reversed(context.figures[-4:]) if f.quantity in ("entries", "exits")), None)
    if (
        entered is None
        or entered.quantity != "entries"  # (branch evr121b) not past others who left another way ("flown out of Gaborone")
        or entered.source != context.doc.path
        or context.paragraph_at(entered.start) < index - 2
        or not _is_crossing(context, entered.place)
        or (place and context.country_of(entered.place) != place)
        # (branch evr352p) nor past a section heading in capitals: "... 1 920 Russians crossed into Kazakhstan on Monday.
        # / EXTRADITION / ... Since the decree, 14 men have been returned to Russia": another story, the host's
        or _capitals_heading_between(context, context.paragraph_at(entered.start), index)
    ):
        return None
    return entered.place


def _capitals_heading_between(context: _Context, first: int, last: int) -> bool:
    """(branch evr352p) Whether a short line in capitals ("EXTRADITION", "RETURNS") stands between paragraphs `first`
    and `last`: a new section of the report."""
    if first < 0 or first >= last:
        return False
    paragraphs = context.doc.paragraphs
    between = context.doc.text[paragraphs[first][1] : paragraphs[last][0]]  # (a heading is no paragraph of its own)
    return any(
        3 <= len(line) <= 60 and line.isupper() and not line.endswith((".", ":", "?", "!"))
        for line in (row.strip() for row in between.splitlines())
    )


def _host_left_for_resettlement(
    context: _Context, index: int, clause: tuple[int, int], previous: "Figure | None"
) -> str | None:
    """(branch evr264q) "some 3,100 had left for resettlement overseas", "212 left by air for resettlement": people
    resettled leave the country that sheltered them, not their own (rounds 55, 66, 162 name it, "left Hong Kong for
    resettlement"; round 262 does not): with no place of the origin's in the clause, the host the count before stood
    at, else where the report stands."""
    if any(m.place.country == context.origin for m in _mentions_in(context.places[index], *clause)):
        return None
    if previous is not None and previous.quantity in ("entries", "exits") and previous.place:
        return previous.place
    return _where_the_report_stands(context) or None


def _where_the_report_stands(context: _Context) -> str:
    """The crossing the report stands at, else its dateline's town: where people who "went back to <their country>"
    leave from when their clause names no other place ("SHERBAKTY. ... 260 went back to Russia"), not nowhere."""
    return context.report_crossing() or _dateline_town(context) or ""


# (branch evr121b) people going back over the crossing they came by: "have gone back across to Albina", "went back
# north into Rhodesia" (not "crossed back into Russia", which the labels keep at the country a border-wide count names)
_GONE_BACK_ACROSS = keywords(
    r"(?:went|gone|go|goes|going|came|come|coming|walked|sailed|crossed|headed|drove|returned)\s+back"
    r"\s+(?:across|over|north|south|east|west)"
)


# (branch evr145p) "about 70 have walked back into Russia through the post", "40 drove back into Buryatia": people
# going home from a report that stands at a crossing leave by it ("crossed back into" stays the country's, as above)
_GONE_BACK_INTO = keywords(r"(?:went|gone|go|goes|going|came|come|walked|drove|driven|headed)\s+back\s+into")


def _gone_back_into(context: _Context, clause: tuple[int, int]) -> bool:
    """Whether the clause says people went, walked or drove back into a country or region, in a report whose first
    paragraphs stand at one crossing (a dateline's town alone is not where they crossed: "MWANZA, Malawi -")."""
    text = context.doc.text
    return text.find(" into ", *clause) >= 0 and _GONE_BACK_INTO.search(text, *clause) is not None and bool(context.report_crossing())


def _back_over_the_report_crossing(
    context: _Context, index: int, sentence: tuple[int, int], clause: tuple[int, int], place: str
) -> str | None:
    """The crossing the report stands at, for people going back whose sentence names no crossing and whose count
    would fall on a country: "About 150 have gone back across to Albina" in a dispatch from Saint-Laurent leave
    through Saint-Laurent, as the labels put the return flow at the report's crossing, not at either country."""
    text = context.doc.text
    if text.find(" back ", *clause) < 0 or not (_GONE_BACK_ACROSS.search(text, *clause) or _gone_back_into(context, clause)):
        return None
    crossing = context.crossing_or_dateline()[0]
    if not crossing or _names_another_crossing(context, index, sentence, crossing):
        return None
    named = (context.place_named(place) or _one_place_named(place)) if place else None
    if place and (named is None or named.kind != "country"):
        return None
    return crossing


def _names_another_crossing(context: _Context, index: int, sentence: tuple[int, int], crossing: str) -> bool:
    """(branch evr145p) Whether the sentence names a crossing other than `crossing`: "gone back across to Guabito" in a
    dispatch from Sixaola names the far side of the report's own crossing, which is still where they left."""
    return any(m.place.kind == "crossing" and m.place.name != crossing for m in _mentions_in(context.places[index], *sentence))


# (branch evr121b) "About 110 have been flown out of Gaborone to Lusaka": out of that city, by its airport
_FLOWN_OUT_OF = keywords(r"(?:flown|flew|airlifted)\s+out\s+of\s+(?:the\s+)?", tail="")


def _flown_out_of(context: _Context, index: int, clause: tuple[int, int], number: _Number) -> str | None:
    """The city the people counted were flown out of, named right after the verb after the count ("About 900 have
    flown out of Paramaribo to Amsterdam"): its exits, as the labels put an airport's figures at its city, not
    entries where they flew to."""
    text = context.doc.text
    if text.find(" out of ", number.end, clause[1]) < 0:
        return None
    flown = _FLOWN_OUT_OF.search(text, number.end, clause[1])
    if flown is None:
        return None
    left = next((m for m in _mentions_in(context.places[index], *clause) if m.start == flown.end()), None)
    return left.place.name if left is not None and left.place.kind == "city" else None


# (branch evr424p) a count written as a figure, and the "and" that joins two counts of one clause
_A_COUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:[,. \u00a0]\d{3})+(?![\d])|(?<![\w.,])\d{2,}(?![\w])")
_AND_BETWEEN = re.compile(r",?\s+and\s+")


def _own_part_of_a_pair(text: str, clause: tuple[int, int], number: "_Number") -> tuple[int, int]:
    """The part of `clause` that belongs to `number` where the clause joins two counts with "and" ("96,400 came through
    Istanbul Airport and 71,200 landed at Antalya Airport"): from the "and" before it (a count before that) to the "and"
    before the next count; the whole clause where no other count is joined so."""
    start, end = clause
    before = [m for m in _A_COUNT.finditer(text, clause[0], number.start) if m.end() <= number.start]
    if before:
        joins = list(_AND_BETWEEN.finditer(text, before[-1].end(), number.start))
        if joins:
            start = joins[-1].start()
    after = _A_COUNT.search(text, number.end, clause[1])
    if after is not None:
        joins = list(_AND_BETWEEN.finditer(text, number.end, after.start()))
        if joins:
            end = joins[-1].start()
    return start, end


_QUOTED_AIRPORT_BEFORE_CITY = re.compile(r"[«\"“](?:[A-Z][\w-]*\s+){0,2}[Aa]irport\s+$")


def _own_way_in_of_a_part(context: _Context, index: int, part: tuple[int, int], place: str) -> bool:
    """(branch evr512p) Whether the part of a pair that is a count's own names, with no airport, the crossing or town
    its place was read at: "3 410 Russian citizens arrived at Tashkent airport and 1 290 crossed at "Gisht Kuprik""
    (round 513), "2,860 arrived at Incheon International Airport and 780 came by the passenger ferry from Vladivostok
    at Donghae port" (round 512): the second count's own crossing or port, not the airport the first part names."""
    text = context.doc.text
    if not place or text.find("irport", *part) >= 0:
        return False
    return any(m.place.name == place and m.place.kind in ("crossing", "city") for m in _mentions_in(context.places[index], *part))


def _airport_city(context: _Context, index: int, clause: tuple[int, int]) -> str | None:
    """The city whose airport a count in `clause` came through: named before "airport" there, or flown out of
    (not the origin's), or, for "at the airport" or an airport named by its own name, the last so named in the
    paragraphs up to it (as the labels put an airport's figures at its city)."""
    text = context.doc.text
    for m in _mentions_in(context.places[index], *clause):
        if m.place.kind == "city" and _AIRPORT_OF_CITY.match(text, m.end) and (served := _city_set_before_an_airport(context, index, m)):
            return served  # (branch evr360p) "In Istanbul, Yeşilköy airport has received 4,500": the city it serves
        if m.place.kind == "city" and (
            _AIRPORT_OF_CITY.match(text, m.end)
            or m.place.country != context.origin and _FLEW_FROM.search(text, max(clause[0], m.start - 20), m.start)
            or names_an_airport(text[m.start : m.end], m.place)  # (branch evair) "through Koltsovo": Yekaterinburg's
            # (branch evr512p) an airport's checkpoint named in quotes with its city last: 'through the checkpoint
            # "National Airport Minsk" arrived to Belarus 1 846' (rounds 239 and 514): the city's, not the country's
            or text[m.start - 1 : m.start] == " " and _QUOTED_AIRPORT_BEFORE_CITY.search(text, max(0, m.start - 40), m.start)
        ):
            return m.place.name
    if not (_THE_AIRPORT.search(text, *clause) or _OWN_NAMED_AIRPORT.search(text, *clause)):
        return None
    if _THE_AIRPORT.search(text, *clause) and (opening := _city_opening_the_sentence(context, index, clause)):
        return opening
    return _last_airport_city(context, index, clause[1])


# (branch evr384p) a sentence opening in a city, its airport then "the airport": "In Antalya, where many Russians own
# holiday homes, the airport received 9,350" (round 382, read at the Istanbul airport named a sentence before)
_IN_A_CITY_OPENING = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=[.!?:;]\s[\"“])|(?<=[\n>]))In\s+$")


def _city_opening_the_sentence(context: _Context, index: int, clause: tuple[int, int]) -> str | None:
    """(branch evr384p) The city a sentence opens on with "In City," when `clause`, in that sentence, speaks of "the
    airport", else None."""
    text = context.doc.text
    before = [m for m in context.places[index] if clause[0] - 200 <= m.start and m.end <= clause[0]]
    for m in reversed(before):
        if m.place.kind != "city" or not text.startswith(",", m.end):
            continue
        if _IN_A_CITY_OPENING.search(text, max(0, m.start - 4), m.start) and not re.search(r"[.!?]\s", text[m.end : clause[0]]):
            return m.place.name
        return None
    return None


# (branch evr360p) an airport named by its own name right after the city it serves, set before it: "In Istanbul,
# Yeşilköy airport has received some 4,500 passengers" (round 357, read at Yeşilköy; the labels put an airport's figures
# at its city)
_IN_A_CITY_BEFORE = re.compile(r"\b[Ii]n\s+(?P<city>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?),\s+(?:the\s+)?$")


def _city_set_before_an_airport(context: _Context, index: int, airport: Mention) -> str | None:
    """The city a sentence sets before an airport named by its own name ("In Istanbul, Yeşilköy airport"), else None."""
    text = context.doc.text
    if text.find("n ", max(0, airport.start - 40), airport.start) < 0:
        return None
    before = _IN_A_CITY_BEFORE.search(text, max(0, airport.start - 40), airport.start)
    if before is None:
        return None
    city = next((m for m in context.places[index] if m.start == before.start("city")), None)
    if city is None or city.place.kind != "city" or city.place.name == airport.place.name:
        return None
    return city.place.name


_LEFT_BY_BEFORE = re.compile(r"\b(?:from|by|out\s+of|through|via|left)\s+(?:the\s+)?$")
# (branch evr84b) "1,150 passengers left Roseau for Guadeloupe on three extra sailings": a town left by sea, its port's
_BY_SEA = keywords(r"ferry|ferries|sailings?|harbou?r|seaport|by\s+sea|by\s+boat|by\s+ship")
_BY_SEA_NEEDS = words_needed(_BY_SEA)
# (branch evr84b) "have left Dominica ... by sea and on the first relief flights out of Douglas-Charles airport": more
# than one way out, so the total out of the country, not the airport's
_SEVERAL_WAYS = re.compile(r"\bby\s+(?:sea|air|land|road|boat|ferry)\s+and\b|\band\s+by\s+(?:sea|air|land|road|boat|ferry)\b")


def _several_ways(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence says people went more than one way ("by sea and on flights out of X airport")."""
    return text.find("by ", *sentence) >= 0 and _SEVERAL_WAYS.search(text, *sentence) is not None


def _airport_town_left(context: _Context, index: int, clause: tuple[int, int]) -> str | None:
    """A town whose airport the text names ("Larnaca airport", "the Airport of Ezeiza") or that the clause says people
    left by sea, and that the clause says people left from or by: its exits are the airport's or the port's, as the
    labels put an airport's or a port's figures at its town (the origin's too: "flown out of Pudahuel airport", "carried
    out of Hungnam by sea"), not the country at large nor the place they went to."""
    text = context.doc.text
    by_sea = None
    for m in _mentions_in(context.places[index], *clause):
        if m.place.kind != "city" or not _LEFT_BY_BEFORE.search(text, max(clause[0], m.start - 16), m.start):
            continue
        if by_sea is None:
            by_sea = holds_any(context.folded[slice(*clause)], _BY_SEA_NEEDS) and _BY_SEA.search(text, *clause) is not None
        if by_sea or _names_airport(context, m.place.name) or _flown_out_of_a_town_abroad(context, index, clause, m):
            return m.place.name
    return None


# (branch evr232p) a verb of leaving right before a town: "left Bangalore by train", "have fled Sao Paulo", "fled from
# Le Carbet", "to leave through Santa Isabel", "evacuated from Honiara"; or a town people were carried from, with a
# carrying verb before it: "an aircraft chartered by Beijing carried 312 people from Honiara to Port Moresby", "KLM flew
# 2,600 of them out of Djakarta", "From the airfield of Kemajoran, Djakarta, ... aircraft carried 4,250"
_TOWN_LEFT = re.compile(
    # (branch evr244p) "departed Port Vila" as "left Port Vila": the verb takes its town without "from" too
    r"\b(?:(?:left|leave|leaving|fled|flee|fleeing|departed)(?:\s+(?:from|through|via))?|(?:evacuated|escaped)\s+from)"
    r"\s+(?:the\s+(?:city|town|port|harbou?r)\s+of\s+)?(?=[A-Z])"
    r"|(?P<carried>\b(?:[Ff]rom|out\s+of)\s+(?:the\s+(?:airfield|airport|port|harbou?r)\s+of\s+(?:[A-Z][\w-]+,\s+)?)?(?=[A-Z]))"
)
_TOWN_LEFT_CUES = ("left", "lea", "fle", "departed ", "evacuated from", "escaped from", "rom ", "out of")
_CARRIED = keywords(r"carried|carrying|flew|flown|took|taken|evacuated|airlifted|ferried|shipped|lifted")
_CARRIED_NEEDS = words_needed(_CARRIED)
_BEEN_BEFORE = re.compile(r"\b(?:were|was|been|being|be)\s+$")
_LEFT_REGION_AFTER = re.compile(r"\s+(?:province|region|oblast|district|territory|state|republic|county|island|islands|valley)\b", re.I)
# a name the gazetteer lacks is taken for a town left only where the clause tells how people left it (not "left Paktia")
_LEFT_BY_TRANSPORT = keywords(
    r"trains?|rail(?:way)?|station|flights?|planes?|aircraft|airport|airfield|ships?|ferry|ferries|steamers?|boats?|buses|bus|coaches|port|harbou?r|aboard"
)
_LEFT_BY_TRANSPORT_NEEDS = words_needed(_LEFT_BY_TRANSPORT)
_THE_SAME_WAY = re.compile(r"\b(?:by|through|over|across)\s+the\s+same\s+(?:bridge|crossing|road|route|post|checkpoint|point)\b")


# (branch evr436p) "crossed into Mongolia by rail at Sukhbaatar": a town of the country entered, named with "at"
_AT_BEFORE_TOWN = re.compile(r"\bat\s+$")


def _town_crossed_at(context: _Context, index: int, clause: tuple[int, int], number, place: str) -> str | None:
    """The one town of the country `place` that the clause names with "at" ("crossed into Mongolia at Sukhbaatar",
    "At Sukhbaatar, 1,900 crossed into Mongolia"): where the count was taken, not the country at large. None where the
    place chosen is no country, or the clause names other towns, a crossing, or another count."""
    named = context.place_named(place)
    if named is None or named.kind != "country":
        return None
    text = context.doc.text
    # (the count's own part: not an aside on a part of them, "..., most of them landing at Manas airport")
    aside = _WHO_ASIDE.search(text, number.end, clause[1]) or _PEOPLE_ASIDE.search(text, number.end, clause[1])
    mentions = _mentions_in(context.places[index], clause[0], aside.start() if aside else clause[1])
    if any(m.place.kind == "crossing" for m in mentions):
        return None
    at = [
        m
        for m in mentions
        if m.place.kind == "city"
        and m.place.country == place
        and _AT_BEFORE_TOWN.search(text, max(clause[0], m.start - 6), m.start)
        and not _DIGIT.search(text, min(m.end, number.end), max(m.start, number.start))
    ]
    # (nor another town the count's own words name: "crossed at Sukhbaatar for Ulaanbaatar"; a source before the
    # count, "the Ulaanbaatar Railway said", is not one)
    towns = {m.place.name for m in mentions if m.place.kind == "city" and (m.start > number.end or m in at)}
    if len(at) != 1 or len(towns) != 1:
        return None
    return at[0].place.name


# (branch evr436p) flights out: "flew out", "left on international flights", "departing passengers"
_FLIGHTS_OUT = keywords(r"flew|flown|flights?|departing|departures?|departed")
_FLIGHTS_OUT_NEEDS = words_needed(_FLIGHTS_OUT)


def _named_airport_flown_out_of(context: _Context, index: int, sentence: tuple[int, int], clause: tuple[int, int]) -> str | None:
    """The one airport known by its own name (`AIRPORTS`: Sheremetyevo, Vnukovo, Pulkovo ...) that a sentence on flights
    out names: the airport a count of departures was taken at. None where the sentence names two such airports, tells
    no flight, or the count's clause names a country or crossing (a total out of the country said at the airport)."""
    airports = {m.place.name for m in _mentions_in(context.places[index], *sentence) if m.place.name in AIRPORTS}
    if len(airports) != 1:
        return None
    if not (holds_any(context.folded[slice(*sentence)], _FLIGHTS_OUT_NEEDS) and _FLIGHTS_OUT.search(context.doc.text, *sentence)):
        return None
    if any(m.place.kind in ("country", "crossing") for m in _mentions_in(context.places[index], *clause)):
        return None
    return airports.pop()


# (branch evr436p) "flights have brought 3,280 returnees from Bangui to N'Djamena": brought in, to the town after
_BROUGHT_BEFORE = re.compile(r"\bbr(?:ought|ing|ings|inging)\s+(?:(?:some|about|another|over|more\s+than|nearly|almost|a\s+further)\s+)?$")
_TO_BEFORE_TOWN = re.compile(r"(?<!back\s)\bto\s+$")


def _town_brought_to(context: _Context, index: int, clause: tuple[int, int], number) -> str | None:
    """The one town a clause says a carrier brought the count to ("flights have brought 3,280 returnees from Bangui to
    N'Djamena"), the verb right before the count. None with two towns brought to or no town."""
    text = context.doc.text
    if not _BROUGHT_BEFORE.search(text, max(clause[0], number.start - 30), number.start):
        return None
    towns = {
        m.place.name
        for m in _mentions_in(context.places[index], number.end, clause[1])
        if m.place.kind == "city" and _TO_BEFORE_TOWN.search(text, max(clause[0], m.start - 8), m.start)
    }
    return towns.pop() if len(towns) == 1 else None


# (branch evr436p) a sentence set at a town: "In Omsk, ...", "At Limassol harbour, ...", "In Khabarovsk the count ..."
_OPENS_AT = re.compile(r"(?:In|At)\s+$")
# ("In Accra, the Ministry said that about 140,000 aliens had left the country": the country's, told in its capital)
_THE_COUNTRY_LEFT = keywords(r"(?:the|this|our|their)\s+(?:country|kingdom|republic|territory|state|nation|island)")


def _town_the_sentence_opens_at(context: _Context, index: int, sentence: tuple[int, int], clause: tuple[int, int], number) -> str | None:
    """The town a sentence opens at ("In Omsk, 420 passengers left by bus", "At Limassol harbour, port officials said
    1,300 had sailed"), where a count out in it was taken. None where the town is not the sentence's first words, the
    count's clause names a country or crossing, or another town stands between the opening and the count."""
    text = context.doc.text
    start = sentence[0]
    while start < number.start and text[start] in " \t\n\"'(-*\u2022":
        start += 1
    opening = _OPENS_AT.match(text, start, start + 3)
    if opening is None:
        return None
    mentions = _mentions_in(context.places[index], opening.end(), number.start)
    if not mentions or mentions[0].start != opening.end() or mentions[0].place.kind != "city":
        return None
    town = mentions[0]
    if any(m.place.kind in ("country", "crossing") for m in _mentions_in(context.places[index], *clause)):
        return None
    if _THE_COUNTRY_LEFT.search(text, *clause):
        return None
    if any(m.place.name != town.place.name for m in mentions[1:]):
        return None
    return town.place.name


def _town_left(context: _Context, index: int, clause: tuple[int, int]) -> str | None:
    """The one town a clause says its people left ("9,500 people left Bangalore by train", "the number who have fled
    Sao Paulo") or were carried from by a carrier ("carried 312 people from Honiara"): its exits, as the labels put them
    (the origin's own towns too), not a total out of the country. A name the gazetteer lacks counts only where the
    clause tells how they left (by train, on flights, aboard ships), and a town carried from only with a carrier; None
    where the clause names a country, region ("left Buryatia") or crossing left, a crossing they went through ("left
    Assab for Ethiopia through Bure"), the way of a count before ("by the same bridge"), or two towns ("left Bombay and
    Poona")."""
    text = context.doc.text
    if not any(text.find(cue, *clause) >= 0 for cue in _TOWN_LEFT_CUES):
        return None
    towns = set()
    carried = transport = None
    for left in _TOWN_LEFT.finditer(text, *clause):
        if left.group("carried"):
            if carried is None:
                verb = holds_any(context.folded[slice(*clause)], _CARRIED_NEEDS) and _CARRIED.search(text, *clause)
                # a carrier doing the carrying ("Sabena evacuated 6,000 from the airport of Ndjili"), not people told as
                # carried ("16,000 people were flown out of Kabul": a total out of the country, as the labels have it)
                carried = bool(verb) and not _BEEN_BEFORE.search(text, max(clause[0], verb.start() - 12), verb.start())
            if not carried:
                continue
        town = _town_at(context, index, left.end())
        named = context.place_named(town) if town is not None else None
        if left.group("carried") and (named is None or named.kind != "city"):
            continue  # ("carried from Russia", "flew in from Moscow" ... : no town left, or not this clause's way)
        if (
            town is None
            or named is not None and named.kind != "city"
            or town in REGIONS
            or _AND_NAME.match(text, left.end() + len(town))
            or _LEFT_REGION_AFTER.match(text, left.end() + len(town))
        ):
            return None
        if transport is None and (named is None or left.group("carried")):
            transport = holds_any(context.folded[slice(*clause)], _LEFT_BY_TRANSPORT_NEEDS) and _LEFT_BY_TRANSPORT.search(text, *clause) is not None
        if (named is None or left.group("carried")) and not transport:
            return None
        towns.add(town)
    if len(towns) != 1 or any(m.place.kind == "crossing" for m in _mentions_in(context.places[index], *clause)):
        return None
    return None if _THE_SAME_WAY.search(text, *clause) else towns.pop()


# (branch evr141p) "flew back to Moscow from Dubai", "from Minsk departed on flights to Tbilisi": a flight out of a town
_FLEW = keywords(r"flew|flown|fly|flying|flights?|planes?|charters?|airlifted")
_FLEW_NEEDS = words_needed(_FLEW)
_FLOWN_FROM_BEFORE = re.compile(r"\b(?:from|out\s+of)\s+$")  # (not "chartered by Beijing", "through Karkyra")


def _flown_out_of_a_town_abroad(context: _Context, index: int, clause: tuple[int, int], town: Mention) -> bool:
    """Whether the clause says people flew out of `town`, a town outside the origin: its exits are its airport's, as
    the labels put an airport's figures at the town it serves, not the country at large (a flight out of the origin's
    own town is a total out of the origin; a crossing the clause names is where they left: "went back through Karkyra,
    most of them to fly home from Almaty")."""
    return (
        bool(context.origin)
        and town.place.country != context.origin
        and not any(m.place.kind == "crossing" for m in _mentions_in(context.places[index], *clause))
        and _FLOWN_FROM_BEFORE.search(context.doc.text, max(clause[0], town.start - 12), town.start) is not None
        and not _AND_NAME.match(context.doc.text, town.end)  # ("on the flights from Tashkent and Yerevan": neither's)
        and holds_any(context.folded[slice(*clause)], _FLEW_NEEDS)
        and _FLEW.search(context.doc.text, *clause) is not None
    )


# (branch evr117b) "600 sailed from Turku to Sweden", "300 have sailed back from Madras to Rangoon", "sailed out of
# Haiphong", "38,000 have sailed from this port", "2,460 boarded our ships in Helsinki": the port people sailed from
# (branch evr240p) and "embarked at": "8,430 exchangees embarked at Salonica on steamers", "21,640 embarked at the port of
# Djakarta", "The remainder embarked at Surabaja" (not "disembarked": the word's own start)
_SAILED_FROM = keywords(
    r"sail(?:ed|ing)(?:\s+[\w-]+){0,4}?\s+(?:from|out\s+of)|board(?:ed|ing)(?:\s+[\w-]+){1,3}?\s+(?:in|at)"
    r"|embark(?:ed|ing)\s+(?:at|from)(?:\s+the\s+port\s+of)?",
    tail=r"\s+(?:this\s+port\b|(?:the\s+)?(?=(?-i:[A-Z])))",
)


def _port_sailed_from(context: _Context, index: int, clause: tuple[int, int]) -> str | None:
    """The town a clause says people sailed from or boarded a ship in ("this port": the dateline's): its port's exits,
    as the labels put a port's figures at its town, not entries at where they sailed to nor a total out of the
    country."""
    sailed = _SAILED_FROM.search(context.doc.text, *clause)
    if sailed is None:
        return None
    return _dateline_town(context) if sailed.group().endswith("port") else _town_at(context, index, sailed.end())


def _names_airport(context: _Context, town: str) -> bool:
    """Whether the text names the town's airport: "Larnaca airport", "Airport of Ezeiza" (once per town)."""
    named = context.airport_towns.get(town)
    if named is None:
        text = context.doc.text
        named = town in AIRPORTS or bool(
            "irport" in text
            and re.search(rf"\b{re.escape(town)}{_AIRPORT_OF_CITY.pattern}|[Aa]irport\s+of\s+{re.escape(town)}\b", text)
        )
        if not named:  # (branch evair) or one of its airports by that airport's own name: "Sabiha Gokcen" for Istanbul
            named = any(
                m.place.name == town and names_an_airport(text[m.start : m.end], m.place) for group in context.places for m in group
            )
        context.airport_towns[town] = named
    return named


# "arriving at Heydar Aliyev International Airport": an airport named by its own name, the airport of the city the
# report names as having one ("Baku airport becomes a waystation", its headline)
_OWN_NAMED_AIRPORT = re.compile(r"\b(?:at|through|via|into|out\s+of|from)\s+(?:[A-Z][\w’'-]+\s+){1,3}[Aa]irport\b")


def _last_airport_city(context: _Context, index: int, before: int, paragraphs: int = 4, own_named: bool = True) -> str | None:
    """The city naming the last airport named before `before`, in paragraph `index` or the ones before it up to
    `paragraphs` in all (the first city naming each airport: "Yerevan's Zvartnots"); where an airport named by its
    own name comes first, the city of an airport named anywhere before it, or in the headline."""
    text = context.doc.text
    for earlier in range(index, max(-1, index - paragraphs), -1):
        airports: dict[int, str] = {}  # each airport by where its name ends
        for m in context.places[earlier]:
            if m.end <= before and m.place.kind == "city" and (airport := _AIRPORT_OF_CITY.match(text, m.end)):
                airports.setdefault(airport.end(), m.place.name)
            elif m.end <= before and m.place.kind == "city" and _names_airport(context, m.place.name):
                airports.setdefault(m.end, m.place.name)  # "flew out of Larnaca", an airport the text names elsewhere
        if airports:
            return airports[max(airports)]
        if own_named and _OWN_NAMED_AIRPORT.search(text, context.starts[earlier], before):
            return _last_airport_city(context, earlier - 1, before, earlier, own_named=False) or _headline_airport_city(context)
    return None


def _headline_airport_city(context: _Context) -> str | None:
    """The city the headline names before "airport" ("Baku airport becomes a waystation for Russians ...")."""
    text = context.doc.text
    headline_end = context.starts[0] if context.starts else 0
    return next(
        (m.place.name for m in scan(text, 0, headline_end) if m.place.kind == "city" and _AIRPORT_OF_CITY.match(text, m.end)),
        None,
    )


# "at the Sochi sea terminal", "the Kerch ferry port": a city's terminal, where people wait to leave
_TERMINAL_AFTER = re.compile(r" (?:(?:sea|ferry|bus|coach|railway|rail|train|passenger|river)\s+)?(?:terminal|station|port)\b")


def _is_hub(text: str, mention: Mention) -> bool:
    """Whether the mention is an airport the gazetteer knows or a city named by its terminal ("the Sochi sea terminal")."""
    place = mention.place
    return (
        place.name in AIRPORTS
        or place.kind == "city" and text.startswith(" ", mention.end) and _TERMINAL_AFTER.match(text, mention.end) is not None
        or place.kind == "city" and names_an_airport(text[mention.start : mention.end], place)  # (branch evair) "at Koltsovo"
    )


# (branch evr185p) a place of their own after the count: "camped on the Anambas islands", "at the Bund wharves"
_OWN_PLACE_AFTER = re.compile(r"\b(?:on|at|in)\s+(?:the\s+)?([A-Z][\w’'-]+)")


def _opening_town_waited_in(
    text: str, sentence: tuple[int, int], clause: tuple[int, int], number: _Number, sentence_places: list[Mention]
) -> str:
    """(branch evr185p) The city a sentence of people waiting opens in ("In Stepanakert, which Azerbaijan calls
    Khankendi, at least 5,000 people were waiting ... for buses to Armenia"), when the sentence names no crossing and
    the count no place of its own after it; "" otherwise (the crossing named before is theirs)."""
    opening = sentence_places[0] if sentence_places else None
    if (
        opening is None
        or opening.place.kind != "city"
        or text[sentence[0] : opening.start].strip() not in ("In", "At")
        or not text.startswith(",", opening.end)
        or any(m.place.kind == "crossing" for m in sentence_places)
    ):
        return ""
    if any(found.group(1) not in _NOT_TOWNS for found in _OWN_PLACE_AFTER.finditer(text, number.end, clause[1])):
        return ""
    return opening.place.name


# (branch evr244p) the town or post a line of vehicles stretches back towards: where it reaches, not its post
_TOWARDS_JUST_BEFORE = re.compile(r"\btowards?\s+$")
# (branch evr308p) the same "from the checkpoint (back) to" the place a line reaches: "from the checkpoint to the area of
# the village Chmi", "from the border almost back to the village of Chmi"
_FROM_THE_POST_TO = re.compile(
    r"\bfrom\s+the\s+(?:checkpoint|border(?:\s+post)?|crossing(?:\s+point)?|post|bridge|frontier)\s+"
    r"(?:(?:almost|nearly|all\s+the\s+way|back)\s+)*(?:to|towards?|as\s+far\s+as)\s+(?:the\s+area\s+of\s+)?"
    # ((branch evr400p) or a place named with "the" alone: "from the checkpoint back towards the Sol-Iletsk road junction")
    r"(?:the\s+(?:(?:village|town|settlement|post)\s+(?:of\s+)?)?)?$"
)
# (branch evr328p) a line that stretches "back (along the road) to", "practically to the turn to the village of", "as
# far as" a place: the place its tail reaches
_LINE_REACHES_BACK_TO = re.compile(
    r"\b(?:stretch\w*|extend\w*|reach\w*|runs?|ran)\b[^.;:!?]{0,80}?\b"
    r"(?:back\s+(?:along\s+the\s+(?:road|highway|motorway)\s+)?(?:to|towards?|as\s+far\s+as)"
    r"|along\s+the\s+(?:road|highway|motorway)\s+(?:to|towards?)"
    r"|(?:almost|nearly|practically|all\s+the\s+way)\s+(?:back\s+)?to|as\s+far\s+(?:back\s+)?as"
    # ((branch evr416p) or "back past", "beyond" a place: "the queue ... stretched for 12 km, back past the turn to the
    # village of Troitsk", round 415: a landmark its tail passes, not its post)
    r"|(?:back\s+)?(?:past|beyond))\s+"
    r"(?:the\s+turn(?:-?off)?\s+(?:to|for)\s+)?(?:the\s+(?:area\s+of\s+)?(?:the\s+)?(?:village|town|settlement|city)\s+(?:of\s+)?"
    # ((branch evr424p) or a place named with "the" alone: "past Chmi almost to the Redant bridge", "back towards the
    # Balta turn", as `_FROM_THE_POST_TO` reads it since branch evr400p)
    r"|the\s+)?$"
)


# (branch evr476p) a village or post on a crossing's approach road, where its line is counted and waited in, that the
# rules read as a crossing the gazetteer lacks ("the Chmi post"): a queue, or a wait, told there is the crossing's, as
# the labels keep it ("Situation at the Chmi post at 9:00: the queue of cars ... is about 2 800 cars", "Men I spoke to
# at the Chmi post had been in it for two days", "They counted about 3 100 vehicles waiting" after "from the Chmi post
# towards Vladikavkaz": Upper Lars, rounds 245, 297, 301, 321, 368, 414, 416, 458, 475); a fare from it stays a route
# ("Chmi - Upper Lars"), and anything else told there stays its own
_APPROACH_OF = {"Chmi": "Verkhny Lars"}


def _last_post_before(context: "_Context", position: int) -> "Mention | None":
    """(branch evr372p) The last crossing named before `position` that is no line's tail: "the jam from the checkpoint
    back towards Chmi is about 16 km long" names Chmi (a post the report names later) as where the line reaches, so the
    checkpoint, and the queue and waits told after it, are the crossing named before it (round 368)."""
    text = context.doc.text

    def tail(m: Mention) -> bool:
        return (
            text.find("from the ", max(0, m.start - 80), m.start) >= 0
            and _FROM_THE_POST_TO.search(text, max(0, m.start - 80), m.start) is not None
        ) or _line_reaches_back_to(text, m.start)

    earlier = context.last_crossing_before(position)
    if earlier is None or not tail(earlier):
        return earlier
    # a line's tail: the crossing named last before it, in any paragraph ("I am at Verkhny Lars since yesterday")
    others = [
        m for places in context.places for m in places
        if m.place.kind == "crossing" and m.place.name != earlier.place.name and not tail(m)
    ]
    if before := [m for m in others if m.start < earlier.start]:
        return before[-1]
    # none before (a thread's "1/ 06:40. I am at Verkhny Lars" is no paragraph read): the one other crossing it names
    return others[0] if others and len({m.place.name for m in others}) == 1 else None


# (branch evr456p) a line's length, then where it reaches with no verb: "the length of the queue was about 16 km, up to
# the village of Chmi" (round 453), "a jam of 12 km, back as far as the settlement of ...": the place its tail reaches,
# not its post
_LENGTH_REACHES_TO = re.compile(
    r"\d\s*(?:km|kilomet(?:re|er)s?|miles?)\b(?:\s+(?:long|back))?,?\s+"
    r"(?:(?:almost|nearly|practically|all\s+the\s+way|back)\s+)*(?:up\s+to|back\s+to|as\s+far\s+as|to|towards?)\s+"
    r"(?:the\s+(?:area\s+of\s+the\s+)?(?:village|town|settlement)\s+(?:of\s+)?"
    r"|(?<=up to )|(?<=back to )|(?<=as far as ))$"
)


def _line_reaches_back_to(text: str, start: int) -> bool:
    """Whether the place named at `start` is where a line "stretches back along the road to": its tail, not its post."""
    before = text[max(0, start - 140) : start]
    if (" km" in before or "kilomet" in before or "mile" in before) and _LENGTH_REACHES_TO.search(before):
        return True
    if not (" to " in before or " as " in before or " past " in before or " beyond " in before) or not ("stretch" in before or "extend" in before or "reach" in before or " ran " in before or " run" in before):
        return False
    return _LINE_REACHES_BACK_TO.search(text, max(0, start - 140), start) is not None


# (branch evr500p) "are gathered on the shore around Nyanza-Lac", "were gathered on 17/05/2015 on the shore at", "were
# gathered on Monday at Ouatagouna": gathered at a town named by a capital right after (a day, and a shore, beach or bank
# no nationality qualifies, between)
_GATHERED_AT_TOWN = re.compile(
    r"[^,.;:!?]{0,40}?\bgathered\s+(?:on\s+(?!the\b)[\w/]+\s+)?(?:on\s+the\s+(?:shore|beach|lakeshore|riverbank|bank)\s+)?"
    r"(?:at|around|near)\s+(?=[A-Z])"
)
# (branch evr244p) people waiting "in" a town the verb names right after the count: "About 70 are waiting in
# Francistown for seats on the next flight" (round 242), "An estimated 500 people are gathered in La Punta" (round 174)
_WAITING_IN_TOWN = re.compile(
    r"[^,.;:!?]{0,40}?\b(?:waiting|stranded|stuck|camped|sheltering|gathered|sleeping)\s+in\s+"
    r"(?:the\s+(?:town|city|port|village)\s+of\s+)?(?=[A-Z])"
)


def _town_waited_in(sentence_places: list[Mention]) -> str:
    """(branch evr117b) Where people wait whose sentence names no crossing, none named before: the one town the sentence
    names ("In Luanda, about 9,000 people were camped around the airport"), not the origin at large; "" if none or
    several."""
    towns = {m.place.name for m in sentence_places if m.place.kind == "city"}
    return towns.pop() if len(towns) == 1 else ""


def _hub_before(context: _Context, index: int, until: int, paragraphs: int) -> str | None:
    """The airport or terminal last named up to `until` (the end of the sentence of a wait or people waiting with no
    crossing named), in its paragraph or the ones before up to `paragraphs` in all: an airport the gazetteer knows
    ("A reader writes from Sheremetyevo: 'Departure passport control took us three hours'"), a city's terminal
    ("waiting at the Sochi sea terminal"), else a city's airport ("at Heydar Aliyev International Airport ... stood
    five hours at passport control", in a report on "Baku airport")."""
    text = context.doc.text
    for earlier in range(index, max(-1, index - paragraphs), -1):
        named = [m for m in context.places[earlier] if m.end <= until and _is_hub(text, m)]
        if named:
            return named[-1].place.name
    if text.find("irport", context.starts[max(0, index - paragraphs + 1)], until) < 0:
        return None
    return _last_airport_city(context, index, until, paragraphs)


# a length and an opening bracket, before the same length in other units: "15 kilometers (", "10 miles (about "
# (branch evr197q) after miles, the same length in kilometres between commas: ", about 65 kilometers,"
_THE_LENGTH_IN_KM_AFTER = re.compile(
    r",\s+(?:or\s+)?(?:(?:about|some|roughly|around|nearly|approximately)\s+)?\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?)\b"
)
_LENGTH_THEN_BRACKET = re.compile(
    r"\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s)\s*\(\s*(?:about\s+|some\s+|roughly\s+|nearly\s+)?$"
)


def _figure(
    context: _Context, index: int, sentence: tuple[int, int], number: _Number, figures: list[Figure]
) -> Figure | None:
    text = context.doc.text
    paragraph_span = context.doc.paragraphs[index]
    clause = _clause_bounds(context.breaks, sentence, number.start)
    # the first character after the number past its spaces, case-folded ("" for none near): the patterns matched there
    # open with one of a few (`opening_characters`), looked at before them
    opening = context.folded[number.end : number.end + 40].lstrip()[:1]
    unit, unit_word, factor = _unit_of(text, number, sentence[1], opening)
    if unit == "km" and "(" in text[max(0, number.start - 12) : number.start] and _LENGTH_THEN_BRACKET.search(
        text, max(0, number.start - 60), number.start
    ):
        return None  # "about 15 kilometers (nine miles)": the same length again in other units
    if unit == "km" and factor != 1 and text.startswith(",", number.end + len(unit_word) + 1) and _THE_LENGTH_IN_KM_AFTER.match(
        text, number.end + len(unit_word) + 1
    ):
        return None  # (branch evr197q) "ran back some two miles, about 3 kilometres": the length told next in km, not twice
    if unit is None:  # "The number of cars in the queue at the checkpoint exceeded 3,000": what the number counts
        counted = _NUMBER_OF.search(text, clause[0], number.start)
        if counted and _VEHICLE_NOUN.fullmatch(counted.group("noun")):
            unit, unit_word = "vehicles", counted.group("noun")
    previous = figures[-1] if figures else None  # the figures of this document so far
    quantity = _classify(context, index, sentence, clause, number, unit, unit_word, previous, opening)
    if quantity is None:
        return None
    if quantity == "baseline":
        named = _LEVEL_NOUN.match(text, number.end, clause[1])
        if named and previous.quantity not in _LEVEL_QUANTITY[named.group(1).lower()]:
            # "2,110 entered ..., and 2,640 crossed back. That compares with about 4,700 Russian arrivals on Thursday":
            # the level of the figure its noun names, not of the one just before
            wanted = _LEVEL_QUANTITY[named.group(1).lower()]
            previous = next((f for f in reversed(figures[-6:]) if f.quantity in wanted and not f.earlier_level), previous)
        return _baseline(context, index, clause, number, previous, unit, factor)
    context.figures = figures
    refers_back = previous is not None and (
        opening in _PARTITIVE_OPENS and _PARTITIVE.match(text, number.end) or _THE_NUMBER.search(text, clause[0], number.start)
    )
    # where people fled into matters only to exits, where they went back to only to entries and exits (most figures neither)
    fled_into = None
    if quantity in ("exits", "departures_total"):
        fled_into = next(
            (m for m in _mentions_in(context.places[index], *clause) if _FLED_INTO.search(text, max(clause[0], m.start - 80), m.start)),
            None,
        ) or next(
            (
                m
                for m in _mentions_in(context.adjectives[index], *clause)
                if _REGION_NOUN_AFTER.match(text, m.end) and _FLED_INTO_THE.search(text, max(clause[0], m.start - 90), m.start)
            ),
            None,
        )
    if quantity in ("exits", "departures_total") and fled_into is None and context.origin and " from " in text[clause[0] : clause[1]]:
        fled_into = _home_from_the_origin(context, index, clause)
    if quantity in ("exits", "departures_total") and fled_into is None and _INCLUDING.search(text, clause[0], number.start):
        # "2.5 million have fled, including 1.5 million to Poland": the part that went to one country
        fled_into = next(
            (
                m
                for m in _mentions_in(context.places[index], number.end, clause[1])
                if m.place.kind == "country" and _PART_TO.fullmatch(text, number.end, m.start)
            ),
            None,
        )
    if (
        quantity in ("exits", "departures_total")
        and fled_into is not None
        and fled_into.place.name != context.origin
        # (branch evr344q) nor a town of the origin: "left Finland through Vaalimaa, many of them returning to St
        # Petersburg" is going home out of the host, not into another one
        and not (fled_into.place.country == context.origin and _country_left(context, index, clause, fled_into.start))
        # ((branch evr356q) nor a town of the country left: "have left Finland through Vaalimaa, many of them returning
        # after flights into Helsinki airport" (round 354) is going out of Finland, where they had come in)
        and not (
            (left := _country_left(context, index, clause, fled_into.start)) is not None
            and left.place.kind == "country"
            and fled_into.place.country == left.place.name != fled_into.place.name
        )
        and not _left_a_host_first(context, index, clause, fled_into)
    ):
        quantity = "entries"  # "25,000 Ethiopians have fled into Sudan": entries into Sudan
    own_part = _before_next_count(text, number, clause) if quantity == "entries" and context.origin else clause
    if quantity == "entries" and context.origin and _several_destinations(context, index, own_part):
        # (in the count's own part of the clause: not "..., of whom 65,000 have moved on to other countries")
        part_after = _OF_WHOM_AFTER.search(text, number.end, own_part[1])
        if part_after is None or _several_destinations(context, index, (clause[0], part_after.start())):
            quantity = "departures_total"  # "crossed into Georgia, Kazakhstan and Finland": a total out of the origin
    flown_out_of = _flown_out_of(context, index, clause, number) if quantity == "entries" else None
    if flown_out_of:
        quantity = "exits"
    returned_to = None
    if quantity in ("entries", "exits"):
        returned_to = next(
            (
                m
                for m in _mentions_in(context.places[index], *clause)
                if _RETURN.search(text, max(clause[0], m.start - 30), m.start)
                and (m.start < number.start or not _DIGIT.search(text, number.end, m.start))
                # ("entered 17 thousand 450 persons, exited back to Russia 6 thousand 80": the return is the next count's)
                and (m.start < number.start or not _OWN_COUNT_AFTER.match(text, m.end, clause[1]))
            ),
            None,
        )
    if quantity == "entries" and returned_to and returned_to.place.name == context.origin:
        quantity = "exits"  # "returned to Russia": leaving the country they had come to
    if quantity == "entries" and _TO_FIGHT.search(text, number.end, clause[1]):
        quantity = "exits"  # "1,200 volunteers crossed south through the tunnel to join the fighting": into the war, out
    if returned_to is not None and context.origin is not None and returned_to.place.country != context.origin:
        returned_to = None  # "left for Syria" from Lebanon is leaving, not going home (with no origin known,
        # "left the region towards the Russian Federation" is going back to where they came from)
    # the way the clause names: through a crossing, going home (read once, for movements out)
    way = _way(context, index, sentence, clause, number) if quantity in ("exits", "departures_total") else None
    counterpart = None  # the entries a count "in the opposite direction" goes against, told a figure or two before
    if quantity == "exits":
        if returned_to is not None or _ONWARD.search(text[slice(*clause)]):
            place = _place(context, index, sentence, clause, number, "exits onward")
            left = [
                m
                for m in _mentions_in(context.places[index], *clause)
                if m.place.country != (returned_to.place.country if returned_to else context.origin)
                and _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)
            ]
            if not place and left:
                place = left[0].place.name  # "sent back to Haiti from the Dominican Republic": out of the country left
            if returned_to is not None:  # (people moving on leave the country: "1,900 had moved on to other countries")
                place = _gone_home_by(context, index, returned_to) or _back_the_way_they_came(context, index, sentence, place) or place
                place = place or _where_the_report_stands(context)
                if returned_to.place.name == context.origin and (whole := _at_several_posts(context, clause, _mentions_in(context.places[index], *clause), number)):
                    # (branch evr440p) "9 200 people crossed back into Russia through the two checkpoints" (round 436):
                    # gone home over several crossings at once, none of them's nor the region's: the country left
                    place = whole
            since_entries = _mentions_in(context.places[index], previous.end, clause[1]) if previous is not None else []
            gone_to = [m for m in since_entries if m.start > number.end]
            if (
                previous is not None
                and previous.quantity == "entries"
                and previous.start >= sentence[0]
                and _is_crossing(context, previous.place)
                and gone_to
                and all(m.place.name == context.origin for m in gone_to)
                and all(m.place.name == previous.place for m in since_entries if m.start < number.start)
            ):
                # (branch evr444p) "2,900 Syrians entered through Masnaa and 3,600 left for Syria" (round 440): the
                # going home told after the entries of the same sentence, naming no place but home, went back
                # through the crossing the entries came in by, not out of the host at large
                place = previous.place
        else:
            place = _place(context, index, sentence, clause, number, "exits")
            if " back " in text[clause[0] : clause[1]] and _BACK_OVER_THE.search(text, *clause):
                place = _crossing_gone_back_over(context, index, sentence, number) or place
            paired = previous is not None and previous.quantity == "entries" and previous.start >= sentence[0]
            # "... the country entered 98 thousand. In the same time left 64 thousand.": that country's exits
            paired = paired or (
                previous is not None
                and previous.quantity == "entries"
                and previous.start >= paragraph_span[0]
                and not _mentions_outside_asides(context.places[index], text, sentence, number.end)
            )
            # "... arrived 64 thousand 300. / As it is specified, in the opposite direction crossed 21 thousand 900"
            opposite = _OPPOSITE_WAY.search(text, *clause)
            paired = paired or opposite is not None and previous is not None and previous.quantity == "entries"
            if opposite is not None and not paired:
                # "... entered 6 thousand 300. / At the checkpoint the queue ... / In the return direction crossed 2
                # thousand 100": the way opposite to the last entries told, a figure or two before
                counterpart = next((f for f in reversed(figures[-4:]) if f.quantity == "entries"), None)
            entered = counterpart or previous
            # (branch evr74b) "6,340 entered through Isilkul ... In the opposite direction 900 left Kazakhstan": the
            # country the crossing leads into, left the other way through that crossing
            back_through = opposite is not None and entered is not None and place and _is_crossing(context, entered.place) and context.country_of(entered.place) == place
            if back_through and any(
                f.quantity == "entries" and f.place == place and f.source == entered.source and f.start < entered.start
                and (f.value or f.value_high or 0) > (entered.value or entered.value_high or 0)
                for f in figures
            ):
                # (branch evr500p) "7 180 Russian citizens entered Finland ... Of them, 3 260 came through Vaalimaa. In the
                # other direction, 4 520 Russians left Finland for Russia" (rounds 243, 249, 499; the crossings' entries in a
                # list or a paragraph after the country's, 287, 323, 461, 480, 502): the crossing's entries were a part
                # of the country's larger count told before, so the other way is the country's whole, not the part's (not
                # past a smaller count at the country, "212 people passed the post" before "through the Lars checkpoint
                # into Georgia entered 10 950", round 368)
                back_through = False
            if (paired or counterpart) and (not place or place == context.origin or back_through) and entered.place != context.origin:
                place = entered.place  # "78,742 entered the country ... and 62,120 had left": the same country's exits
                if opposite is not None and _BOTH_POSTS.search(text, *clause) and _is_crossing(context, place):
                    place = context.country_of(place)  # "the other way, through both points, went 1,400": the country's
            elif (
                context.origin
                and context.main_destination
                and (not place or place == context.origin)
                and " back " in text[clause[0] : clause[1]]
                and _WENT_BACK.search(text, *clause)
            ):
                place = context.main_destination  # (branch evr80b) "52 had gone back across the strait": out of the host
            elif (
                context.origin
                and (place == context.origin or not place)
                and " back " in text[clause[0] : clause[1]]
                and _GONE_BACK.search(text, *clause)
                and (back := _back_the_way_they_came(context, index, sentence, "") or context.report_crossing() or context.main_destination)
            ):
                # (branch evr98b) "1,200 went back towards Uspenka", a town the gazetteer lacks: people going home to the
                # origin leave the host (through the crossing of the entries before, or the one the report stands at),
                # not the origin
                place = back
            elif (
                (not place or place == context.origin)
                and previous is not None
                and previous.quantity == "exits"
                and previous.place
                and context.origin
                and context.country_of(previous.place) not in (None, context.origin)
                and context.paragraph_at(previous.start) == index
                and _THE_NUMBER.search(text, clause[0], number.start)
            ):
                # (branch evr368q) "11 400 Russian citizens crossed from Kazakhstan back into Russia in the week to 23
                # October. The week before, the figure was 9 800" (round 367): the same exits, another time, out of the
                # same place (not a total out of the origin)
                place = previous.place
            elif (not context.origin or place == context.origin or not place) and not _is_crossing(context, place):
                quantity = "departures_total"  # (going back through a crossing is leaving the country it leads into)
        if (
            quantity == "exits"
            and previous is not None
            and previous.quantity == "entries"
            and previous.start >= paragraph_span[0]
            and place != previous.place
            and _is_crossing(context, previous.place)
            and not any(m.place.kind == "crossing" for m in _mentions_in(context.places[index], *clause))
            and _THE_SAME_WAY.search(text, *clause)
        ):
            # (branch evr384p) "16.874 Venezuelans entered Brazil through Pacaraima, and 9.215 left the country by the
            # same route" (round 381, read at Brazil): out through the crossing the entries before came in by
            place = previous.place
        if quantity == "exits":
            place = _back_over_the_report_crossing(context, index, sentence, clause, place) or place
    else:
        kind = quantity
        if unit == "vehicles":
            kind = "vehicles crossing"
        elif quantity == "other" and not (
            context.origin and not context.lodging(index) and _called_up_of(text, number.start, number.end)
        ) and (
            # ((branch evr352p) not a call-up's count in a sentence on a queue: "Two weeks after the Kremlin announced the
            # mobilisation of 300,000 reservists, the Russians who could not face the queue at Upper Lars ...": the
            # country calling up, the origin `_place` gives a call-up, not the queue's crossing)
            _people_waiting(context, number, clause)
            or _STRONG_WAIT.search(text, number.end, clause[1])
            or _WAITED_BEFORE.search(text, clause[0], number.start)
        ):
            kind = "people waiting"
        place = _place(context, index, sentence, clause, number, kind)
        if quantity == "entries" and place and (into := _into_the_towns_region(context, index, sentence, clause, place)):
            place = into
        if quantity == "entries" and place and (came := _past_the_speakers_seat(context, index, sentence, clause, number, place)):
            place = came
        arrested_in = context.place_named(place) if quantity == "arrests" and place else None
        if arrested_in is not None and arrested_in.kind in ("city", "crossing"):
            # "police detained more than 100 people in Makhachkala": Russia's arrests; "detained four who tried to
            # cross away from the checkpoint": the arrests of the country the crossing leads into
            place = arrested_in.country
        if quantity in ("queue_length_km", "queue_vehicles", "wait_hours"):
            # "2,300 vehicles were waiting to cross into Georgia": a queue is at a crossing, the only one there is
            place = sole_crossing(place, context.origin) or place
        if quantity == "queue_vehicles" and " in " in text[number.end : number.end + 20] and _IN_THE_LINE_AFTER.match(text, number.end):
            line = context.figures[-1] if context.figures else None
            if line is not None and line.quantity == "queue_length_km" and line.start >= sentence[0] and line.source == context.doc.path:
                place = line.place  # (branch evr85b) "reached 4 km on the Brest side, with about 600 cars in it": the line's
        if kind == "people waiting" or quantity == "wait_hours":
            place = _waiting_here(context, index, clause, quantity, number) or place
        if kind == "people waiting":
            place = _waiting_where_the_report_stands(context, index, sentence, number, place) or place
        if quantity in _FRAMED_QUANTITIES and (framed := _framed_by_a_town(context, index, sentence, number)):
            place = framed
        if place in _APPROACH_OF and quantity in ("queue_length_km", "queue_vehicles", "wait_hours"):
            place = _APPROACH_OF[place]  # (branch evr476p) the post on a crossing's approach road: the crossing's line
    place = flown_out_of or place
    if quantity == "entries" and context.origin and " into " in text[clause[0] : clause[1]]:
        # (branch evr324q) "119,000 have crossed from Poland into Ukraine", "3,500 crossed from Chaman into Spin
        # Boldak": going into the origin out of a place of another country is leaving that place (rounds 50, 181, 322)
        left = _left_into_the_origin(context, index, clause)
        if left is not None:
            quantity, place = "exits", left.place.name
    if quantity == "entries" and context.origin and (came_from := _entered_the_origin_from(context, index, clause, number)):
        # (branch evr444q) "12,400 people entered Russia from Georgia through the Upper Lars checkpoint", "5,300
        # re-entered Ukraine from Poland at Medyka" (round 442, and the 'going home' counts of rounds 436-441): coming
        # into the origin out of another country is leaving that one, at the crossing named, else at that country
        named = context.place_named(place) if place else None
        quantity = "exits"
        if named is None or named.kind not in ("crossing", "city"):
            place = came_from.place.name
    if quantity == "entries" and place and " into " in text[clause[0] : clause[1]] and _into_from_the_reports_side(context, index, clause, place):
        # (branch evr404q) "612 crossed into Uzbekistan through the Tursunzoda checkpoint" in a report filed in
        # Dushanbe: a crossing out of the report's own country, into the next, is leaving at that post (rounds 403,
        # 402, 294, 256)
        quantity = "exits"
    if way is not None and way.via:
        crossing = way.crossing
        home = way.nationals or context.origin
        # "Mexico returned 46 Guatemalans at Talisman": people sent back by the host, not coming home of their own accord
        sent_back = way.home and (
            _RETURNED_THEM.search(text, max(0, number.start - 30), number.start) is not None
            # (branch evr288q) or the passive after it: "3,200 were returned through Lo Wu" (rounds 285, 94 ...)
            or "returned" in text[number.end : number.end + 60] and _WERE_RETURNED.match(text, number.end) is not None
        )
        # (branch evr316q) "450 Central Africans have returned to their country through Kenzou", a crossing into the
        # host: the origin's nationals going home leave the host there (rounds 296, 298, 304, 308, 313)
        gone_home_from_host = (
            way.home
            and not sent_back
            and crossing is not None
            and way.host is None
            and way.nationals is not None
            and (led := context.country_of(crossing.place.name))
            and led != way.nationals
            # (a report filed in that host: "Yaoundé, 14 February 2014"; an Israeli page's "Israelis ... have come home
            # through Taba", a crossing into Egypt, stays their coming home)
            and (filed := context.crossing_or_dateline()[1]) is not None
            and led in (filed.name, filed.country)
        )
        # (branch evr336q) or a statement under the host government's letterhead ("REPUBLIC OF MALAWI ... Some 1 200
        # Mozambicans have returned to their country through Mwanza"; rounds 287, 313, 334, 335)
        gone_home_from_host = gone_home_from_host or (
            way.home
            and not sent_back
            and crossing is not None
            and way.host is None
            and (home := way.nationals or context.origin) is not None
            and (led := context.country_of(crossing.place.name))
            and led != home
            and led == _letterhead_country(text)
        )
        if gone_home_from_host:
            quantity, place = "exits", crossing.place.name
        elif way.home and not sent_back and crossing is not None and not _back_into_home(context, index, clause, number, home) and (
            way.host is None or home and context.country_of(crossing.place.name) == home != way.host.place.name
        ) and not _left_the_crossings_country(context, index, clause, crossing):  # "62,000 workers returned through Poipet", "Indians returned from Pakistan through Attari" (a crossing into
            # India): coming home through the crossing, not leaving the host
            quantity, place = "entries", crossing.place.name
        elif not way.home or sent_back:  # "left Israel through the Taba crossing": out at the crossing, not a total out of the country;
            # through a list of crossings, out of the country
            quantity, place = "exits", crossing.place.name if crossing is not None else place
            if (
                crossing is None
                and way.listed
                and place in (home, "")
                and (
                    _RETURNED_THEM.search(text, max(0, number.start - 30), number.start) is not None
                    or "returned" in text[number.end : number.end + 60] and _WERE_RETURNED.match(text, number.end) is not None
                )
                and (held := _host_of_the_posts(context, way, home))
            ):
                # (branch evr360p) "1 278 migrants have been returned to the Republic of Honduras through the El Florido
                # and Corinto posts" (round 356, read at Honduras): sent back out of the country the posts are in, not
                # out of the one they were returned to
                place = held
    if (
        quantity in _THROUGH_AN_AIRPORT
        and (text.find("sail", *clause) >= 0 or text.find("board", *clause) >= 0 or text.find("embark", *clause) >= 0)
        and (port := _port_sailed_from(context, index, clause))
    ):
        quantity, place = "exits", port  # (branch evr117b) "sailed from Turku to Sweden": out through that port
    if quantity == "departures_total" and text.find("resettle", *clause) >= 0:
        host = _host_left_for_resettlement(context, index, clause, previous)
        if host and context.origin not in (host, context.country_of(host)):
            quantity, place = "exits", host
    if quantity == "departures_total" and (host := _foreigners_leaving(context, index, clause, number, previous)):
        quantity, place = "exits", host
    if quantity == "departures_total" and (host := _territory_left(context, index, clause)):
        quantity, place = "exits", host
    if quantity == "entries" and (town := _region_entered_through_several(context, index, clause, number)):
        place = town
    if quantity == "entries" and (town := _region_named_before(context, index, clause, number)):
        place = town
    if quantity == "entries" and (host := _republic_entered(context, index, clause)):
        place = host
    several_ways = quantity in _THROUGH_AN_AIRPORT and _several_ways(text, sentence)
    if quantity in ("exits", "departures_total") and not several_ways and (
        town := _airport_town_left(context, index, clause) or _town_left(context, index, clause)
    ):
        quantity, place = "exits", town  # "boarded onward flights from Larnaca", "departed back to Russia by Ezeiza"
    elif (
        quantity in _THROUGH_AN_AIRPORT
        and not several_ways
        and any(text.find(word, *clause) >= 0 for word in ("irport", "flew", "flown"))
    ):
        aside = _WHO_ASIDE.search(text, number.end, clause[1])  # (branch evr86b) "..., most of them landing at Manas airport"
        whole = (clause[0], aside.start()) if aside else clause
        # (branch evr424p) two counts joined by "and", each through its own airport: "96,400 came through Istanbul
        # Airport and 71,200 landed at Antalya Airport" (round 421): the count's own part first, then the whole clause
        part = _own_part_of_a_pair(text, whole, number)
        city = (part != whole and _airport_city(context, index, part)) or (
            None if part != whole and _own_way_in_of_a_part(context, index, part, place) else _airport_city(context, index, whole)
        )
        if city and quantity == "departures_total":
            # "900 flew back out of the airport to Moscow": out of the host through its airport (named before), not a
            # total out of the origin (whose own airports stay the origin's)
            quantity = "exits" if context.country_of(city) != context.origin else quantity
            city = city if quantity == "exits" else None
        elif (
            quantity == "exits"
            and place
            and text.find("irport", *clause) < 0
            and not any(m.place.name == place for m in _mentions_in(context.places[index], *sentence))
        ):
            named = context.place_named(place)
            if named is not None and named.kind in ("city", "crossing"):
                place = named.country  # (branch evr86b) "600 have flown back to Russia", no airport named: out of the country
        place = city or place
    if quantity == "departures_total" and text.find("irport", *sentence) >= 0 and _FLOWN_ABROAD.search(text, *sentence):
        # (branch evr82b) "In the airport of Vladivostok inform: ... abroad departed more 9 thous. 400": flights abroad
        # counted at an airport of the origin are its town's exits, as the labels put an airport's figures at its town
        # ((branch evr94b) "Irkutsk airport said 6,240 passengers left on international flights", "airport Khabarovsk
        # informs", "the airport Uytash of Makhachkala"; with no town in the sentence, "a record for the airport's
        # international terminal", the airport named before; "flew into Krasnoyarsk from abroad, the airport said",
        # "the airport received 2,700 passengers from abroad": coming in there)
        coming = text.find("from abroad", *sentence) >= 0
        way = "entries" if coming else "exits"
        place, quantity = next(
            (
                (m.place.name, way)
                for m in _mentions_in(context.places[index], *sentence)
                if m.place.kind == "city"
                and m.place.country == (context.origin or m.place.country)
                and (
                    _AIRPORT_OF_CITY.match(text, m.end)
                    or _AIRPORT_BEFORE_CITY.search(text, max(0, m.start - 30), m.start)
                    or coming and text.endswith("into ", 0, m.start)
                )
            ),
            (place, quantity),
        )
        if quantity == "departures_total" and not _mentions_in(context.places[index], *sentence):
            city = _last_airport_city(context, index, sentence[0], own_named=False)
            if city and context.country_of(city) == (context.origin or context.country_of(city)):
                place, quantity = city, way
    if quantity == "departures_total" and (hub := _named_airport_flown_out_of(context, index, sentence, clause)):
        # (branch evr436p) "At Vnukovo, 7,850 people flew out on international flights", "Sheremetyevo handled 26,300
        # departing international passengers", "Pulkovo press service confirmed that 19,400 passengers left on
        # international flights" (rounds 126, 175, 270, 417 ...): flights out of an airport the report names are the
        # exits of the town it serves (written at that town, `AIRPORT_CITIES`), not a total out of the country
        quantity, place = "exits", hub
    if quantity == "departures_total" and (town := _town_brought_to(context, index, clause, number)):
        # (branch evr436p) "flights have brought 3,280 returnees from Bangui to N'Djamena" (round 435): people a carrier
        # brought to a town came in there, not a total out of the country they were brought from
        quantity, place = "entries", town
    if quantity == "departures_total" and (town := _town_the_sentence_opens_at(context, index, sentence, clause, number)):
        # (branch evr436p) "In Omsk, 420 passengers left by bus for Astana", "In Khabarovsk the count is smaller: about
        # 1,850 international departures", "At Limassol harbour, port officials said about 1,300 people had sailed for
        # Piraeus": a count out told in a sentence set at one town is that town's exits, not a total out of the country
        quantity, place = "exits", town
    named_place = context.place_named(place) if quantity == "entries" and place else None
    if named_place is not None and named_place.kind in ("city", "crossing"):
        # "crossed into Gisenyi through the Grande Barrière post": the crossing they came through, named in the
        # clause, before the town they crossed into (a country named stays: the labels count entries by country)
        via = [
            m
            for m in _mentions_in(context.places[index], *clause)
            if m.place.kind == "crossing"
            and _THROUGH_BEFORE.search(text, max(clause[0], m.start - 12), m.start)
            and not _another_numbers(text, m, number)
            # (branch evr352p) nor a crossing an aside on the people counted names, an earlier leg of their way: "1,150
            # people crossed into Armenia from Georgia at the Bagratashen checkpoint, ..., nearly all of them Russians
            # who had earlier come through the Upper Lars pass" (when the place chosen is itself a crossing)
            and not (
                named_place.kind == "crossing"
                and m.start > number.end
                and _PEOPLE_ASIDE.search(text, number.end, m.start) is not None
            )
        ]
        if len({m.place.name for m in via}) == 1:
            place = via[0].place.name
    if quantity == "entries" and place and (town := _town_crossed_at(context, index, clause, number, place)):
        # (branch evr436p) "about 1 900 passengers have crossed into Mongolia by rail at Sukhbaatar" (round 434): the
        # town of the country entered that the clause says they crossed at is the count's place, as a crossing named
        # there already is, not the country
        place = town
    if place and text.find("wide", sentence[0], number.start) >= 0 and _NATIONWIDE.search(text, sentence[0], number.start):
        named_place = context.place_named(place)
        if named_place is not None and named_place.kind in ("city", "crossing"):
            place = context.country_of(place)  # "Nationwide, 17,000 entered": the country's count, not the town's before it
    if (
        place
        and text.find(" all ", clause[0], clause[1]) >= 0
        and (all_points := _ALL_POINTS.search(text, *clause))
        # (branch evr232p) not another count's: "entered ... through all checkpoints, 6,380 of them through Dariali"
        and not (
            all_points.end() <= number.start
            and _PARTITIVE.match(text, number.end)
            and _DIGIT.search(text, clause[0], all_points.start())
        )
    ):
        named_place = context.place_named(place)
        if named_place is not None and named_place.kind in ("city", "crossing"):
            # "through all checkpoints and airports of the republic entered more than 64 thousand": the country's
            place = context.country_of(place)
    same_kind = unit in (None, "persons") and previous is not None and previous.unit.startswith("persons")
    if same_kind and _PARTITIVE.match(text, number.end) and not _arrival_places_in(context.places[index], text, clause):
        place = previous.place  # "About 100,000 of them have stayed in the country": the group counted before
        if quantity == "departures_total" and previous.quantity == "exits" and _DAY_SHARE_AFTER.match(text, number.end):
            quantity = "exits"  # (branch evr452r) "..., 1,800 of them yesterday": that day's part of the exits before
    if refers_back and same_kind and _THE_NUMBER.search(text, clause[0], number.start):
        # (a place in a time aside is not the count's: "Since Friday, when Finland stopped letting in tourists, the
        # number has fallen: yesterday it was 96")
        asides = [a.span() for a in _WHEN_ASIDE.finditer(text, *sentence)]
        named = [m for m in _mentions_in(context.places[index], *sentence) if not any(a <= m.start < b for a, b in asides)]
        if not named:
            place = previous.place  # "on Saturday the figure rose to 8,572": the count before, another day
            crossing = context.place_named(place)
            if crossing is not None and crossing.kind == "crossing" and _TOTAL_BEFORE.search(text, clause[0], number.start):
                place = crossing.country  # "7,900 of them at the Zahony crossing. The total ... stands at 144,000."
    if quantity in ("entries", "exits", "net_arrivals", "other") and text.find(" alone", *clause) >= 0:
        singled = [
            m
            for m in _mentions_in(context.places[index], *clause)
            if m.place.kind in ("crossing", "city")
            and _ALONE_AFTER.match(text, m.end)
            and _SINGLED_BY.search(text, max(0, m.start - 12), m.start)  # not "flights from Istanbul alone": where they came from
            and not _DIGIT.search(text, min(m.end, number.end), max(m.start, number.start))  # the count beside it, no other between
            and not _opposite_post(text, m)
        ]
        if len(singled) == 1:
            # (branch evr428p) "On Sunday the figure for Almaty alone was 4 215", "2,000 of them came through Andau
            # alone": the town or crossing singled out of a larger count is the count's place, not the place of the
            # count before nor the country (round 425; rounds 26-423 write it some 20 times)
            place = singled[0].place.name
    part_of = (
        previous is not None
        and previous.unit.startswith("persons")
        and _OF_THESE.match(text, sentence[0])
    )
    located = _LOCATED_AFTER.match(text, number.end, clause[1]) if part_of else None
    if located:
        attached = next((m for m in context.places[index] if m.start == located.end()), None)
        if attached is not None:
            place = attached.place.name  # "..., 214,000 in Hungary": the place right after the number
    if quantity == "departures_total" and previous is not None and _left_where_the_exits_before_left(context, index, sentence, clause, number, previous, paragraph_span):
        # (branch evr324q) "... through Verkhny Lars left 5,600. On 26 September left 4,800.", "On Monday alone 410 left":
        # a count out that names no place, told after exits at a town or crossing, is more of that place's (rounds 80,
        # 96, 155, 160, 245, 321)
        quantity, place = "exits", previous.place
    low, high = number.low * factor, None if number.high is None else number.high * factor
    folded = context.folded
    exceeded = holds_any(folded[clause[0] : number.start], _EXCEEDED_NEEDS) and _EXCEEDED.search(text, clause[0], number.start)
    if exceeded and _PASSED_PEOPLE.match(text, number.end, clause[1]) and exceeded.group().lower().startswith(("passed", "has", "have", "had")):
        exceeded = None  # "for this period passed 1 thousand 5 hundred persons" (translated): people passing, no bound
    folded_after = folded[number.end : clause[1] + 12]
    at_least = (
        exceeded
        or holds_any(folded_after, _AND_MORE_NEEDS) and _AND_MORE.match(text, number.end, clause[1])
        # (branch evr500q) "140,000+ refugees from Ukraine arrived in Slovakia since 24 February" (round 496), "78,000+
        # entries at Rumichaca since 1 August" (503): a plus sign after the number, "more than" (labelled as 'at least';
        # not "18+ All rights reserved", an age rating before a capital)
        or text.startswith("+", number.end) and _PLUS_AFTER.match(text, number.end) is not None
    )
    # "thirty cars in front of me, no more": an upper bound said after the number
    at_most = not at_least and holds_any(folded_after, _NO_MORE_AFTER_NEEDS) and _NO_MORE_AFTER.match(text, number.end, clause[1] + 12)
    qualifier = number.qualifier or ("more than" if at_least else "at most" if at_most else "")
    if (
        not qualifier
        and high is None
        and quantity == "flights_price_usd"
        and _FARE_FLOOR_BEFORE.search(text, max(clause[0], number.start - 90), number.start)
    ):  # (branch evr452q) "fares started at 38 000 roubles ($640)", "seats were offered from 98,000 roubles ($1,690)":
        # the cheapest seat, a lower bound (rounds 450, 448, 441, 436 label them so)
        qualifier = "at least"
    value, value_low, value_high = _values(low, high, qualifier)
    per_day = unit in (None, "persons", "vehicles") and holds_any(folded_after, _PER_DAY_NEEDS) and bool(_PER_DAY.match(text, number.end, clause[1]))
    average = None
    if previous is not None and text.find("average", clause[0], number.start) >= 0:
        average = _AVERAGE_OF.search(text, clause[0], number.start)
    if average and _ANY_VERB.search(text, *clause):
        average = None  # ("an average of 1,700 a day are now reaching ...": its own verb and time)
    if average and quantity == "flights_price_usd":
        # (branch evr376q, from reading rounds 372-375) "IOM is paying an average of US$ 480 per passenger on its flights
        # from Djerba to Dhaka" (round 374) after "9,240 left by sea ... over the weekend of 5 and 6 March": an average
        # over the seats paid for, a price as it stands when reported, not an average over the figure before's window
        average = None
    # ("This represents a daily average of 2,900": no verb of its own, the figure before's count)
    per_day = per_day or bool(average and average.group().lower().startswith("daily"))
    period = _period(quantity, context, index, sentence, clause, number, figures, per_day)
    trigger = context.trigger
    if (
        period.start is not None
        and period.start < period.end == context.published
        and period.how[:6].lower() == "since "
        and (released := _RELEASED_ON.search(text, sentence[0], number.start))
    ):
        # (branch evr360q) "According to figures the Presidency of Migration Management shared on Monday, some 48,000
        # Russian citizens have entered Türkiye since the decree of Sept. 21" (round 356): the count runs to the day
        # its figures were given out, not to publication
        told = [
            t.period
            for t in context.times[index]
            if released.start() <= t.start < released.end() and t.period and t.period.start == t.period.end
        ]
        if told and period.start <= told[-1].end < period.end:
            period = Period(period.start, told[-1].end, f"{period.how}, to the day the figures were given: {told[-1].how}")
    if trigger is None and quantity in _MOVED and period.start == period.end and period.how[:3].lower() == "by ":
        # (branch evr94b) "1,500 had gone back ... by Tuesday afternoon" after "25,000 had crossed ... since Sunday": a
        # count up to that day, from the day the report's running count opened (with no trigger to open it)
        opened = next(
            (
                f.period.start
                for f in reversed(figures)
                if f.period.how[:6].lower() == "since " and f.period.start and f.period.start < period.start
            ),
            None,
        )
        if opened:
            period = Period(opened, period.end, f"{period.how}, since the day the report's count opened")
    if quantity == "other" and trigger and period.start == trigger != period.end and _called_up_of(text, number.start, number.end):
        # "between Sept. 21, the day Putin announced the call-up of 300,000 reservists, and Wednesday": the call-up
        # was told that day, not counted over the window
        period = Period(trigger, trigger, f"a call-up announced on the day its window opens ({period.how})")
    elif (
        quantity == "other"
        and trigger
        and period.start is not None  # (a count with no start: "called up 200,000 so far")
        and period.start > trigger
        and _CALLUP_ORDERED.search(text, sentence[0], number.start)  # ((branch evr360q) the sentence's, not the clause's)
        and _called_up_of(text, number.start, number.end)
    ):  # "Six days after President Putin ordered 300,000 reservists into the army": the order, given on the trigger day
        period = Period(trigger, trigger, f"a call-up ordered on the trigger day ({period.how})")
    if (
        quantity == "net_arrivals"
        and period.start != context.published
        and (present := _PRESENT_IN_AFTER.match(text, number.end, clause[1]))
        and _NOW_PRESENT.search(present.group())
        and any(number.end < t.start and t.end <= present.end() for t in context.times[index])
    ):  # (branch evr360q) "Roughly 4,800 citizens of Russia who arrived after September 21 are currently staying in
        # Mongolia" (round 358): the people there now, on the day reported; the day in the clause is when they came
        period = Period(context.published, context.published, f"'currently' in the country: publication date ({period.how})")
    elif (
        quantity == "net_arrivals"
        and period.how.endswith("from an earlier paragraph")
        and _PRESENT_IN_AFTER.match(text, number.end, clause[1])
    ):  # (branch evr360q) "The Interior Ministry said fewer than 500 of the new arrivals were still in Austria" (round
        # 359), with no time of its own after a paragraph on the night's crossings: those there when it was said
        period = Period(context.published, context.published, f"still in the country, no time of its own: publication date")
    if quantity == "flights_price_usd" and period.start and period.start > context.published:
        # "the ticket at the flight on 3 October makes $655" (said on 1 October): the day flown, the fare as it stood
        period = Period(context.published, context.published, f"a fare for travel on a later day ({period.how}): publication date")
    elif (
        quantity == "flights_price_usd"
        and period.end == context.published
        and period.how.lower().endswith("this week")
        and not _SOLD_THIS_WEEK.search(text, sentence[0], sentence[1])
    ):  # (branch evr197q) "a seat ... this week costs 95,000 roubles, about $1,650", "Seats ... this week were going for
        # up to $1,650": the fare as it stands when reported, not a window (but "was selling this week for", "the
        # average fare sold this week": the week's sales)
        period = Period(context.published, context.published, f"a fare {period.how}: publication date")
    elif (
        quantity == "flights_price_usd"
        and period.end is not None
        # ((branch evr428q) or a price before a day, no start: "A ticket to Bishkek, 4,500 roubles before the decree, now
        # costs 15,000 roubles, or about $260" (round 424))
        and (period.start is None or period.start < period.end)
        and period.end < context.published  # (not the day it was said: "now costs $180, ... said on Tuesday")
        and text.find("now", max(sentence[0], number.start - 60), number.start) >= 0
        and _NOW_PRICED.search(text, max(sentence[0], number.start - 60), number.start)
    ):
        # (branch evr92b) "a ticket which cost 3,000 roubles in August is now sold for $300": the fare as it stands,
        # not the month of the price before
        period = Period(context.published, context.published, f"a fare said to stand now, against an earlier one ({period.how}): publication date")
    if (
        quantity == "wait_hours"
        and period.start is not None
        and period.start == period.end
        and period.start < context.published
        and number.low >= 6
        and period.how.endswith(("evening", "night"))
        and _JOINED_THE_LINE.search(text, sentence[0], number.start)
    ):  # "joined the line at Solovyovsk on Tuesday evening and spent 19 hours in it": a wait from that evening into the next day
        period = Period(period.start, period.start + timedelta(days=1), f"{period.how} and the {number.low:g} hours waited on")
    if counterpart is not None and period.how.endswith("from an earlier paragraph"):
        period = Period(counterpart.period.start, counterpart.period.end, f"the window of the entries it goes against: {counterpart.period.how}")
    if average and period.how.startswith(("no date", "present", "a daily rate now")):  # over the figure before's window
        period = Period(previous.period.start, previous.period.end, f"an average over the figure before's: {previous.period.how}")
    if (
        previous is not None
        and previous.period.start == previous.period.end
        and period.start
        and period.end == context.published
        and previous.period.end
        and period.start < previous.period.end < period.end
        and (
            previous.start >= sentence[0] and _RUNNING_TOTAL.search(text, clause[0], number.start)
            # (branch evr197q) "... picked up 1,189 of them on Thursday. That brought to more than 13,000 the number
            # rescued at sea since Aug. 5": the sentence before's figure, added to the total
            or "brought to" in text[sentence[0] : number.start] and _BROUGHT_TO_BEFORE.match(text, sentence[0])
            and context.paragraph_at(previous.start) >= index - 1
        )
    ):  # "95,000 arrived on Wednesday, bringing the total since the invasion to 547,000": the total to that day
        period = Period(period.start, previous.period.end, f"{period.how}, to the day of the figure it adds")
    if located and period.how.startswith(("no date", "present")):
        how = previous.period.how
        how = how if how.startswith("part of the figure before") else f"part of the figure before: {how}"
        period = Period(previous.period.start, previous.period.end, how)
    if (
        refers_back
        and _PARTITIVE.match(text, number.end)
        and period.how.startswith(("no date", "present", "'"))
        # (branch evr420q) not a figure set against the count ("For comparison, in October last year 2.870 entered.
        # ... around 4.300 of those who arrived after 21 September have left in the same period", round 419): a
        # baseline is no whole the part is of
        and not _set_against(text, previous.start)
    ):
        period = Period(previous.period.start, previous.period.end, f"part of the figure before: {previous.period.how}")
    if (
        quantity in _STATE_SEEN
        and period.start is not None
        and period.end - period.start > timedelta(days=6)
        and (quantity != "other" or _STANDING.search(text, *clause))  # (not "2,400 turned back since 21 September")
    ):
        # (branch evr388q) "about 1 000 people on foot were standing at the Russian post at that moment", "More than
        # 2,000 trucks ... are stuck ... since the violence began" (rounds 386 and others): a line or a crowd seen
        # at one time, its window's last day (the labels put some 2,750 of them on one day, 7 over a window)
        period = _snapshot_day(period)
    elif (
        quantity in _QUEUE_SEEN
        and period.start is not None
        and period.start < period.end
        and not any(sentence[0] <= t.start and t.end <= sentence[1] for t in context.times[index])
    ):
        # (branch evr448q) "In the past 24 hours, about 4,200 people crossed. The queue has reduced: there are about
        # 3,100 vehicles ..." (round 444, and others in rounds 93-416): a line of vehicles or its length is seen at one
        # time, the last day of a short window carried from another sentence too (not one its own sentence names: "Last
        # weekend the line of cars stretched about 1.2 km"; the labels put 4 of some 1,580 queues over a window)
        period = _snapshot_day(period)
    if quantity == "departures_total" and text.find("home from", number.end, clause[1]) >= 0 and _FLOWN_HOME_FROM.search(text, number.end, clause[1]):
        # (branch evr508q) people "flown home from" a town no airport or host places ("21,000 Egyptians have been
        # flown home from Djerba", round 15): going into their own country is never a total out of it (their
        # nationality's, or the origin's where they were only workers there); no figure rather than a wrong one
        return None
    unit_name = {"km": "km", "hours": "hours", "vehicles": "vehicles", "USD": "USD"}.get(unit or "", "persons")
    if quantity == "flights_price_usd":
        unit_name = "USD"  # (branch evr508r) a fare in a table's dollar column, its currency named in the header alone
    elif unit_name == "persons" and unit_word[:1].isupper():
        unit_name = f"persons ({unit_word})"
    if quantity == "other":
        unit_name = unit_word.lower() if unit_word else "persons"
    if per_day:
        unit_name = unit_name.replace("persons", "persons per day", 1).replace("vehicles", "vehicles per day", 1)
    return Figure(
        quantity=quantity,
        value=value,
        value_low=value_low,
        value_high=value_high,
        unit=unit_name,
        place=place,
        direction=_direction(quantity, place, context.country_of(place), context.origin),
        period=period,
        reported_by=_cached_reporter(context, clause, sentence, paragraph_span),
        start=number.start,
        end=number.end,
        quote=context.quote(sentence),
        qualifier=number.qualifier,
        source=context.doc.path,
        per_day=per_day,
    )


# "fled into Sudan", "left Gaza through the Rafah crossing into Egypt": entries into the country after "into"
_INCLUDING = keywords(r"including|among them|of them|of whom")
_PART_TO = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:went\s+|fled\s+)?(?:to|into|in)\s+(?:the\s+)?")
_SOLD_THIS_WEEK = re.compile(r"\b(?:sold|selling|resold)\s+(?:[a-z]+\s+){0,3}?this\s+week\b")
_BROUGHT_TO_BEFORE = re.compile(
    r"\s*(?:That|This|These|Those|The\s+day['’]s\s+\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+\w+)\s+brought\s+to\s+"
    r"(?:(?:more\s+than|over|about|nearly|some|almost)\s+)?\d"
)
_RUNNING_TOTAL = keywords(
    r"(?:bringing|taking|pushing|raising|lifting)\s+(?:(?:the|its|their)\s+)?(?:total|tally|number|count|arrivals|entries|crossings)"
)  # "bringing the total since the invasion to 547,000", "taking arrivals since March 3 to 48,500"
_RETURNED_THEM = keywords(r"returned", tail=r"\s+(?:(?:about|some|around|nearly|more\s+than|over|at\s+least)\s+)?$")
# (branch evr288q) "3,200 were returned through Lo Wu", "some 900 Haitians have been returned at Belladere": sent back by
# the host in the passive, as `_RETURNED_THEM` in the active
_WERE_RETURNED = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+returned\b")
def _left_a_host_first(context: _Context, index: int, clause: tuple[int, int], destination: Mention) -> bool:
    """Whether the clause names, before where people went, a town of a third country they left ("flown on from Abu
    Dhabi to Yerevan"): out through that town, not into the destination (branch evr83b; a country left is passed over:
    "moved on from Montenegro into Albania" are entries into Albania). (branch evr244p) The town may follow the verb of
    leaving itself: "had left Aktobe on the trains to Tashkent", "departed Tbilisi for Dubai"."""
    text = context.doc.text
    return any(
        m.start < destination.start
        and m.place.kind != "country"
        and m.place.country not in (context.origin, destination.place.country)
        and (_FROM_BEFORE.search(text, max(0, m.start - 12), m.start) or _LEFT_TOWN_BEFORE.search(text, max(0, m.start - 12), m.start))
        for m in _mentions_in(context.places[index], *clause)
    )


_LEFT_TOWN_BEFORE = re.compile(r"\b(?:left|leaving|departed)\s+$")


_FLED = r"fled|flee|flees|fleeing|escaped|escaping|poured|streamed|moved|left|leaving|departed|exited|evacuated|returned|returning|flown|airlifted"
# (branch evr157q) "700 people have crossed back into Ukraine through Palanca, many of them going home": back into the
# home country named, out through the crossing of the country they had come to (not "returned through Poipet": home)
_BACK_TO_BEFORE = re.compile(r"\bback\s+(?:in)?to\s+(?:the\s+)?$")


def _back_into_home(context: "_Context", index: int, clause: tuple[int, int], number: "_Number", home: str | None) -> bool:
    text = context.doc.text
    return bool(home) and text.find("back", number.end, clause[1]) >= 0 and any(
        home in (m.place.name, m.place.country) and _BACK_TO_BEFORE.search(text, max(number.end, m.start - 16), m.start)
        for m in _mentions_in(context.places[index], number.end, clause[1])
    )


_FLED_INTO = keywords(
    _FLED,
    tail=r"\s+(?:(?!back\b|home\b)[\w’'.-]+\s+){0,6}?(?:into|to)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|adjacent\s+)?"
    # ((branch evr484q) or into the country's part named by its side: "more than 120,000 people have fled from Sudan into
    # eastern Chad" (round 481), "thousands poured across the border into northern Uganda" (rounds 420, 451...))
    r"(?:(?:north|south)(?:-?(?:east|west))?ern\s+|(?:east|west)ern\s+)?$",
)  # "fled to neighbouring Chad"; ((branch evr400q) not where those who fled went back to: "About 400 people who had fled
# on Monday went back across to Bunagana on Tuesday" (round 399) is going home, out of the host)
# (branch evr82b) "fled into the southern Mexican state of Chiapas": into a region named by its country's adjective
_FLED_INTO_THE = keywords(_FLED, tail=r"\s+(?:[\w’'.-]+\s+){0,6}?(?:into|to)\s+the\s+(?:[a-z]+\s+){0,2}$")
_REGION_NOUN_AFTER = re.compile(r"\s+(?:state|province|region|district|department|territory|county|border\s+(?:state|province|region))\b")


# (branch evr141q) "11,600 Tajik citizens returned home from Russia", "Salvadorans have returned from Honduras":
# people of another nation going home from the country they leave come into their own
_HOME_FROM = keywords(
    r"returned|returning|(?:come|came|gone|went)\s+back", tail=r"\s+(?:home\s+)?from\s+(?:the\s+)?$"
)


def _home_from_the_origin(context: "_Context", index: int, clause: tuple[int, int]) -> Mention | None:
    """The nationality (not the origin's) of people the clause says returned home from the origin, as the country they
    came into."""
    text = context.doc.text
    left = next(
        (
            m
            for m in _mentions_in(context.places[index], *clause)
            if m.place.name == context.origin and _HOME_FROM.search(text, max(clause[0], m.start - 40), m.start)
        ),
        None,
    )
    if left is None:
        return None
    nations = _mentions_in(context.adjectives[index], clause[0], left.start) + context.demonyms_in(index, clause[0], left.start)
    return next((m for m in nations if m.place.name != context.origin and m.place.kind == "country"), None)


def _left_where_the_exits_before_left(context: "_Context", index: int, sentence, clause, number, previous, paragraph_span) -> bool:
    """Whether a count out whose sentence names no place follows, in its paragraph, exits at a town or a crossing (not
    a total: "In all, 9,000 have left")."""
    if previous.quantity != "exits" or previous.start < paragraph_span[0] or previous.source != context.doc.path:
        return False
    named = context.place_named(previous.place) if previous.place else None
    if named is None or named.kind not in ("city", "crossing"):
        return False
    text = context.doc.text
    if _mentions_in(context.places[index], *sentence) or _TOTAL_BEFORE.search(text, sentence[0], number.start):
        return False
    return True


_INTO_THE_ORIGIN_AFTER = re.compile(r"\s+(?:in)?to\s+(?:the\s+)?$")


def _left_into_the_origin(context: "_Context", index: int, clause: tuple[int, int]) -> Mention | None:
    """The place, not in the origin, that the clause says people crossed from straight into the origin or a place of
    it ("from Poland into Ukraine"), or None."""
    text = context.doc.text
    mentions = _mentions_in(context.places[index], *clause)
    for left, into in zip(mentions, mentions[1:]):
        if (
            _FROM_BEFORE.search(text, max(clause[0], left.start - 12), left.start)
            and _INTO_THE_ORIGIN_AFTER.fullmatch(text, left.end, into.start)
            and context.country_of(into.place.name) == context.origin
            and context.country_of(left.place.name) not in (None, context.origin)
        ):
            if left.place.kind == "country":
                # (branch evr456p) "9,600 people crossed from Pakistan into Afghanistan through Chaman" (round 454),
                # "from Georgia into Russia at Upper Lars": left by the crossing the clause names after, not the country
                way = next(
                    (
                        m for m in mentions
                        if m.start > into.end and m.start - into.end <= 40 and m.place.kind == "crossing"
                        and not any(c in text[into.end : m.start] for c in ",;")
                        and _AT_THE_CROSSING_BEFORE.search(text, into.end, m.start)
                    ),
                    None,
                )
                if way is not None:
                    return way
            return left
    return None


# (branch evr456p) the way a crossing is named right after the countries: "through Chaman", "at the Torkham crossing",
# "via the checkpoint of"
_AT_THE_CROSSING_BEFORE = re.compile(
    r"\b(?:at|through|via|by\s+way\s+of)\s+(?:the\s+)?(?:(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|post|"
    r"bridge|gate)\s+(?:of\s+|at\s+)?(?:the\s+)?)?$"
)


# (branch evr444q) a verb of coming into a country with the country right after it: "entered Russia", "re-entered
# Ukraine", "came back into Russia"
_ENTERED_BEFORE = re.compile(r"\b(?:re-?)?ent(?:er|ered|ering)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_AFTER_ORIGIN = re.compile(r"\s+from\s+(?:the\s+|neighbou?ring\s+)?$")


def _entered_the_origin_from(context: "_Context", index: int, clause: tuple[int, int], number: "_Number") -> Mention | None:
    """(branch evr444q) The country, not the origin, the clause says the people counted entered the origin from,
    after the count: "12,400 people entered Russia from Georgia" (Georgia), or None."""
    text = context.doc.text
    mentions = _mentions_in(context.places[index], number.end, clause[1])
    for into, left in zip(mentions, mentions[1:]):
        if (
            into.place.name == context.origin
            and into.place.kind == "country"
            and _ENTERED_BEFORE.search(text, max(number.end, into.start - 16), into.start)
            and _FROM_AFTER_ORIGIN.fullmatch(text, into.end, left.start)
            and left.place.kind == "country"
            and left.place.name != context.origin
        ):
            return left
    return None


def _into_from_the_reports_side(context: "_Context", index: int, clause: tuple[int, int], place: str) -> bool:
    """(branch evr404q) Whether the clause says people crossed into a country through `place`, a crossing out of the
    country the report is filed in (its dateline's or its letterhead's) into that one: "crossed into Uzbekistan
    through the Tursunzoda checkpoint" under a Dushanbe dateline."""
    named = context.place_named(place)
    exit_country = CROSSING_EXIT_COUNTRY.get(place)
    if named is None or named.kind != "crossing" or not exit_country:
        return False
    text = context.doc.text
    into = next(
        (
            m
            for m in _mentions_in(context.places[index], *clause)
            if m.place.kind == "country" and _INTO_THE_ORIGIN_AFTER.search(text, max(clause[0], m.start - 12), m.start)
        ),
        None,
    )
    if into is None or into.place.name == exit_country or named.country != into.place.name:
        return False
    # (not told by the other side: "9,500 crossed into Georgia through the checkpoint, the Georgian interior ministry
    # said" under a Vladikavkaz dateline stays entries)
    stop = text.find(".", clause[1])
    if any(
        m.place.name == into.place.name
        for m in (
            *context.demonyms_in(index, clause[0], stop if stop >= 0 else clause[1]),
            *_mentions_in(context.adjectives[index], clause[0], stop if stop >= 0 else clause[1]),
        )
    ):
        return False
    filed = context.crossing_or_dateline()[1]
    home = (filed.name if filed.kind == "country" else filed.country) if filed is not None else None
    return exit_country in (home, _letterhead_country(text))


_INTO_COUNTRIES = keywords(r"(?:in)?to\s+(?:the\s+)?(?:neighbou?ring|other|third|several|nearby)\s+countries")


_OF_WHOM_AFTER = re.compile(r",\s*(?:of|among)\s+(?:whom|them)\b")


_OFFICE_OF = re.compile(r"\bof\s+(?:the\s+)?$")  # "The governor of Tak province said": an official's place
_SPEAKER_AFTER = re.compile(r"[^.;,\d]{0,30}?\b(?:said|says|told|reported|announced)\b")


def _names_more(text: str, mention: Mention, number: _Number, clause: tuple[int, int]) -> bool:
    """Whether a place in the sentence of "1,200 more" says where they came, rather than who said so ("The
    governor of Tak province said 1,200 more had come") or what another clause says ("..., and that Thailand
    could shelter 100,000")."""
    if mention.start < number.start:
        return not (_OFFICE_OF.search(text, max(0, mention.start - 9), mention.start) and _SPEAKER_AFTER.match(text, mention.end, number.start))
    return mention.end <= clause[1]


_LATER_COUNT = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")  # "42,000": a count of its own (not a day or a year)


def _before_next_count(text: str, number: _Number, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause up to the next count in it: "69,000 had entered the country and that some 42,000 had
    left again, most by road to Armenia and Turkey" sends the 42,000 on, not the 69,000."""
    later = _LATER_COUNT.search(text, number.end, clause[1]) if "," in text[number.end : clause[1]] else None
    return (clause[0], later.start()) if later else clause


def _several_destinations(context: _Context, index: int, clause: tuple[int, int]) -> bool:
    """Whether the clause sends people "into A, B and C" (two or more countries in one list) or "into
    neighbouring countries"."""
    text = context.doc.text
    # (every match holds "countries", whose letters IGNORECASE matches only to themselves and their capitals)
    if "countr" in text[clause[0] : clause[1]].lower() and _INTO_COUNTRIES.search(text, *clause):
        return True
    countries = [m for m in _mentions_in(context.places[index], *clause) if m.place.kind == "country"]
    for first, second in zip(countries, countries[1:], strict=False):
        if _LIST_JOIN.fullmatch(text, first.end, second.start) and _STRONG_DESTINATION.search(
            text, max(clause[0], first.start - 30), first.start
        ):
            return True
    return False


# cars waiting ahead of the one speaking: "thirty cars in front of me", "200 trucks ahead of us"
# ("about sixty cars waiting at the post": a queue in words, as "thirty cars in front of me")
_IN_FRONT_OF = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:cars?|vehicles|trucks|lorries|buses|vans)\s+"
    r"(?:(?:in\s+front\s+of|ahead\s+of)\s+(?:me|us|him|her|them)\b|(?:still\s+)?(?:waiting|queuing|queueing|lined\s+up)\b)"
)
_NO_MORE_AFTER = re.compile(r"[^,;.]{0,40},\s*(?:no|not\s+any)\s+more\s*(?=[,.;]|\s+but\b)", re.IGNORECASE)
_NO_MORE_AFTER_NEEDS = words_needed(_NO_MORE_AFTER)
# a day said as the end of the window counted ("until 07:00 this morning", "up to 07:00 today"), and one as its start
# ((branch evr368q) and "as of" an hour of a day inside a window's aside: "In the past 24 hours (data as of 07:00 today),
# 9 412 entered" (round 367): the 24 hours, closed at today's hour, not today alone)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|to|(?<=\()(?:data\s+|figures\s+)?as\s+(?:of|at))\s+(?:\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|hours?|h)?\s+)?$", re.IGNORECASE)
_FROM_DAY_BEFORE = re.compile(r"\bfrom\s+(?:the\s+(?:morning|evening|night|afternoon)\s+of\s+)?$", re.IGNORECASE)


def _from_until(text: str, counted: list[TimeMention], sentence: list[TimeMention]) -> Period | None:
    """The window a day "until" or "up to" closes (among the times `counted`; its window or start anywhere in the
    `sentence`): "In the last 24 hours, up to 07:00 today" is the 24 hours, not today; "From the morning of Wednesday,
    16 September, ..., until 07:00 this morning" runs from the one to the other."""
    until = next(
        (
            t for t in counted
            if t.period and t.period.start and t.period.start == t.period.end
            and _UNTIL_BEFORE.search(text, max(0, t.start - 25), t.start)
        ),
        None,
    )
    if until is None:
        return None
    day = until.period.end
    window = next(
        (t for t in sentence if t is not until and t.period and t.period.start and t.period.start < t.period.end == day), None
    )
    if window is not None:
        return Period(window.period.start, day, f"{window.period.how}, up to '{until.period.how}'")
    opened = next(
        (
            t for t in sentence
            if t.end <= until.start and t.period and t.period.start and t.period.start == t.period.end < day
            and _FROM_DAY_BEFORE.search(text, max(0, t.start - 30), t.start)
        ),
        None,
    )
    if opened is not None:
        return Period(opened.period.start, day, f"from '{opened.period.how}' until '{until.period.how}'")
    return None


# the noun after an earlier level that says which count it is the level of ("about 4,700 Russian arrivals")
_LEVEL_NOUN = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(arrivals|entries|departures|exits)\b", re.IGNORECASE)
_LEVEL_QUANTITY = {
    "arrivals": ("entries",), "entries": ("entries",), "departures": ("exits", "departures_total"), "exits": ("exits",)
}
_OR_SO = re.compile(r"\s+or\s+(?:so|thereabouts)\b")


def _baseline(
    context: _Context,
    index: int,
    clause: tuple[int, int],
    number: _Number,
    previous: Figure,
    unit: str | None,
    factor: float,
) -> Figure | None:
    """The earlier level a figure is compared with ("up from 600 the week before"): same
    quantity and place as that figure, dated by the time words that follow the number."""
    text = context.doc.text
    if unit not in (None, "persons") and not previous.unit.startswith(unit):
        return None
    # ("against 560 or so on the same day a week earlier": the time words after the hedge)
    or_so = _OR_SO.match(text, number.end, clause[1])
    after = or_so.end() if or_so else number.end
    earlier = _EARLIER.match(text, after, clause[1])
    when = next(
        (
            t
            for t in context.times[index]
            if after <= t.start <= after + 25 and t.end <= clause[1] and t.period
        ),
        None,
    )
    year_back = next(
        (
            moved
            for t in context.times[index]
            if t.period is None and number.end <= t.start <= number.end + 25 and t.end <= clause[1]
            and (moved := _year_back(text, t, previous.period))
        ),
        None,
    )  # "105.000, against 42.000 of the same period of last year"
    if year_back is not None:
        start, end, how = year_back
        when = None
    elif earlier and previous.period.end:
        unit = "week" if earlier.group("weekday_before") else next(group for group in earlier.groups() if group).lower()
        shift = timedelta(days=_UNIT_DAYS[unit])
        start = previous.period.start - shift if previous.period.start else None
        end = previous.period.end - shift
        how = f"'{' '.join(earlier.group().split())}': the period of the figure before, one {unit} back"
        when = None
    elif when is None:
        return None
    else:
        start, end = when.period.start, when.period.end
        how = f"'{when.period.how}' after 'from'"
    if when and previous.period.start and "since" in previous.period.how and end and previous.period.start < end:
        start, how = previous.period.start, f"{how}, counted like the figure before from {previous.period.start}"
    scale = factor if unit in ("km", "hours") else 1.0
    high = None if number.high is None else number.high * scale
    value, value_low, value_high = _values(number.low * scale, high, number.qualifier)
    return Figure(
        quantity=previous.quantity,
        value=value,
        value_low=value_low,
        value_high=value_high,
        unit=previous.unit,
        place=previous.place,
        direction=previous.direction,
        period=Period(start, end, how),
        reported_by=previous.reported_by,
        start=number.start,
        end=number.end,
        quote=previous.quote,
        qualifier=number.qualifier,
        source=context.doc.path,
        earlier_level=True,
    )


# (branch evr452q) a fare's floor before its amount (or before the amount its dollars convert): "started at / from",
# "offered / on sale / available from", "starting from"; not a range ("ranged from $900 to $1,200" has its high)
_FARE_FLOOR_BEFORE = re.compile(
    r"\b(?:start(?:ed|s|ing)?\s+(?:at|from)|(?:offered|available|on\s+sale|sold|selling|going)\s+(?:[\w’'-]+\s+){0,4}?from)\s+"
    r"(?:(?:about|around|some|roughly)\s+)?"
    r"(?:(?:[A-Z]{2,3}\s?|[$€£]\s?)?\d[\d.,\s]*(?:thousand\s+)?(?:[a-z]+\s*)?(?:\(\s*|,\s+(?:or\s+)?)(?:(?:about|around|some|roughly)\s+)?)?"
    r"(?:US\$\s?|\$\s?|USD\s?)?$"
)


def _values(low: float, high: float | None, qualifier: str) -> tuple[float | None, float | None, float | None]:
    """(value, value_low, value_high) the way the observation table writes bounds and ranges."""
    if high is not None:
        return None, low, high
    if _LOW_QUALIFIER.fullmatch(qualifier):
        return low, low, None
    if _HIGH_QUALIFIER.fullmatch(qualifier):
        return low, None, low
    return low, None, None


def _country_of(place: str) -> str:
    return _country_in(place, generation())


@lru_cache(maxsize=1024)
def _country_in(place: str, _generation: int) -> str:
    """The country of a place name, as the gazetteer knows it now (`_generation`: see `gazetteer.generation`)."""
    found = find_places(place)
    if not found:
        return place
    first = found[0].place
    return first.country if first.kind != "country" else first.name


__all__ = ["Figure", "extract_figures", "infer_origin", "sentence_spans"]
