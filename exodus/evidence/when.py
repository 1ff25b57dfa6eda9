"""Time expressions in news text, resolved to absolute dates.

Reports date their figures relative to the day they were published ("yesterday",
"on Wednesday", "since last week", "in the past two weeks") or to the event that set the
movement off ("since the decree"). Every expression resolves to a closed period
[start, end]; `start` is None when the text gives only an end ("before the decree").
"""

import bisect
import calendar
import itertools
import re
from typing import NamedTuple
from datetime import date, timedelta

from .patterns import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    PHRASE_REST,
    case_folded,
    group_names,
    keywords,
    leading_phrases,
    phrase_starts,
)

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen""".split()
    )
    if value
} | {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNITS = "one two three four five six seven eight nine".split()
# Tens and a unit joined by a hyphen, as hours and days are spoken in bulletins: "in the past twenty-four hours",
# "in the same ninety-six hours" (read as the digits would be; rounds 533, 348, 190)
COMPOUND_NUMBER_WORDS = {f"{tens}-{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit] for tens in _TENS for unit in _UNITS}
COMPOUND_NUMBER = rf"(?:{'|'.join(_TENS)})-(?:{'|'.join(_UNITS)})"
_SMALL = NUMBER_WORDS | COMPOUND_NUMBER_WORDS | {"a": 1, "an": 1, "a couple of": 2}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "hour": 1}

_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"  # not "open Saturdays": no one day
_MONTH = (
    r"(?-i:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?:(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?<=Sept))\.)?)"
)
# ((branch evr552q) the stop only after an abbreviation, "Sept. 21": after a month written in full it ends a sentence,
# so that "since January.\n\n3. The INM ..." is not 3 January, a numbered point's number read as the day (22 such
# reads in rounds 72-552, the month closing a paragraph before a numbered point))
_DAY = r"(?:0[1-9]|[12]?\d|3[01])(?:st|nd|rd|th)?"  # (branch evr448q) "03 October 2022": a day written with its leading zero
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENTHS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
# a day written out, as a speaker's words are transcribed: "since the twenty-first of September"
ORDINAL_DAYS = (
    {word: value for value, word in enumerate(_ORDINALS + _TEENTHS, 1)}
    | {f"twenty-{word}": 20 + value for value, word in enumerate(_ORDINALS, 1)}
    | {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
)
_DAY_WORD = rf"thirty[- ]first|(?:twenty[- ])?(?:{'|'.join(_ORDINALS)})|{'|'.join(_TEENTHS)}|twentieth|thirtieth"
_YEAR = r"(?:,?\s*(?P<{name}>(?:19|20)\d\d))?"
_APPOSITION = r"[\w’'-]+,\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+,\s+"  # "the first boat, the Kien Giang, "
# (branch evr256q) a title's abbreviation before a name: "since Col. Osmin Aguirre seized power ... on Oct. 21"
_TITLE_DOT = r"(?-i:Col|Gen|Lt|Maj|Capt|Brig|Adm|Sgt|Dr|Mr|Mrs|Ms|Pres|Gov|Sen|Rep)\."
_COUNT_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)"
_COUNT = rf"(?:\d+|{COMPOUND_NUMBER}|a couple of|an?|one|{_COUNT_WORDS})"
_TRIGGER = (
    r"(?:decree|announcement|(?:call-up|mobili[sz]ation)(?:\s+(?:order|decree|announcement))?|invasion|war|conflict"
    r"|fighting|offensive|crisis|violence|earthquakes?|quakes?|order|bombing|bombardment|(?:air\s+)?campaign|attacks?"
    r"|air\s*strikes|strikes|shelling|clashes|floods?|flooding|cyclone|hurricane|storm|coup|takeover|uprising"
    r"|crackdown|siege|eruption|evacuation\s+order|(?:televised\s+)?(?:speech|address)"
    r"|events|unrest|hostilities|revolt|revolution|protests|uprising|insurgency|rebellion"
    # (branch evr260q) "not fewer than four hundred Japanese have left Chemulpo since the outbreak" (round 257): the
    # crisis named by its beginning alone
    r"|outbreak"
    # ((branch evr484q) or by the fall of the city it named: "Since the fall of Kabul, more than 14,000 Afghans have been
    # deported or returned" (rounds 483, 388), "not less than 8,000 persons have entered Persia from Azerbaijan since fall
    # of Baku" (round 276), "since the fall of Mosul" (round 430): the trigger, as "since the Taliban took Kabul" below)
    r"|fall\s+of\s+(?-i:[A-Z])[\w’'-]+)"
)
# (branch evr86b) "since the election": a disputed vote sets people moving too (only after "since": "ahead of the July 1
# vote" is a day to come)
_VOTE = r"(?:elections?|vote|referendum)\b"
# (branch evr86b) a month named by no name: "the first half of the month", "the end of last month"
_NAMELESS_MONTH = r"(?:(?P<{p}this>(?:the|this|the\s+current)\s+month)|(?P<{p}last>(?:last|the\s+previous)\s+month))\b"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MONTH_NAME = rf"(?-i:{MONTHS})\b"
_MIDNIGHT_OF = r"midnight\s+(?:of\s+)?"
_MIDNIGHT = rf"(?:{_MIDNIGHT_OF})?"  # (branch evr204q) "to midnight yesterday": the day's end, the same day
# (branch evr208q) or an hour of it: "and 6.00 p.m. yesterday", "to 18:00 yesterday"
_HOUR_OF_YESTERDAY = rf"(?:{_MIDNIGHT_OF}|(?:\d{{1,2}}[:.]\d\d(?:\s*(?:a\.m\.|p\.m\.|am|pm))?|\d{{1,2}}\s*(?:a\.m\.|p\.m\.|am|pm))\s+)?"
_DAY_ALONE = r"(?P<{p}om>[12]?\d|3[01])(?:st|nd|rd|th)\b"  # (branch evr204q) "between the 21st and yesterday"
# a time of day before a day: "noon on Sunday", "the evening of 26 September"; ((branch evr276q) "the end of the day
# on": "since 21 September and up to the end of the day on 29 September" (rounds 235, 273))
# ((branch evr612q) and "the early hours of": "Between the early hours of Monday 17 May and the night of Wednesday 19 May,
# about 9.800 persons entered" (round 614; "since the early hours of Monday" in rounds 311, 349, 490, 604))
_CLOCK = r"(?:(?:noon|midday|midnight|(?:the\s+)?(?:morning|afternoon|evening|night|end|(?:early|small)\s+hours)\s+of(?:\s+the\s+day)?)\s+(?:on\s+)?)?"
# (branch evr244q) an hour written in digits before its day, in a window between two days: "between 11:00 on Friday"
_DIGIT_HOUR = r"\d{1,2}[:.]\d\d|\d{1,2}\s*(?:am|a\.m\.|pm|p\.m\.)"
# ((branch evr252q) or with no "on" before a weekday: "between 8 a.m. Thursday and 8 a.m. Friday" (rounds 79, 248); or
# "of", translated: "from 21.09.2022 till 24:00 hours of 28.09.2022" (round 250))
# ((branch evr520q) and "hrs" as "hours": "08:00 hrs Thursday to 08:00 hrs Friday" (round 517))
_DIGIT_HOUR_ON = rf"(?:(?:{_DIGIT_HOUR})(?:\s+(?:hours|hrs\b\.?))?\s+(?:on\s+|of\s+|(?={_WEEKDAY})))?"
# (branch evr364q) an hour in words: "between about eight last evening and six this morning"
_WORD_CLOCK = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# an hour before a window's last day: "in the 72 hours to 8am on Wednesday", "to 6 a.m. on Friday"
# an hour of the day of publication: "07:00 today", "8 am today", "6 a.m. this morning", "this morning"; (branch
# evr91b) and translated hours: "until 6 hour this morning", "to 7 h today", "6 o'clock this morning"; (branch evr284q)
# and an official's "hrs." after the clock: "up to 06.00 hrs. today", "as of 1400 hrs today"
# ((branch evr496q) a digit hour with its "a.m." after the minutes: "Between Saturday and 8:00 a.m. today, 156 members
# ... entered Colombian territory", "Between Saturday, February 23 and 6:00 a.m. today, a total of 326" (rounds 493,
# 280: read as today alone); and "the morning of today": "from the morning of Monday 2 March to the morning of today,
# 977 persons arrived on the islands", "from the morning of Sunday 1 March to the morning of today, 1,720" (rounds 494,
# 346: read as today alone))
_CLOCK_TODAY = (
    # ((branch evr520q) and "hours" after a clock with its colon: "06:00 hours today" (round 521))
    r"(?:(?:\d{1,2}[:.]?\d\d\s*hrs\b\.?|\d{1,2}[:.]\d\d(?:\s*(?:am|a\.m\.|pm|p\.m\.|hours\b))?|\d{1,2}\s*(?:am|a\.m\.|pm|p\.m\.)|\d{1,2}\s+(?:h|hours?|o['’]clock))\s+"
    r"|the\s+(?:morning|evening)\s+of\s+)?(?:today|this\s+morning)\b"
)
_HOUR_OF_NO_DAY = rf"(?:\d{{1,2}}[:.]\d\d|\d{{1,2}}\s*(?:am|a\.m\.|pm|p\.m\.))(?!\s*(?:on\b|yesterday\b|last\b|{_WEEKDAY}|\d))"
# an event named with its date before it: "the November 28 election", "the 5 March vote"
_DATED_EVENT = r"(?:elections?|votes?|polls?|referendum|coup|attack|invasion|decree|ceasefire|truce|earthquake|offensive|announcement)\b"
_HOUR_ON = r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?|(?:noon|midday|midnight)\s+(?:on\s+)?)?"


class Period(NamedTuple):  # named tuples: made by the thousand per page, and several times cheaper to make
    """A resolved period and the words it came from."""

    start: date | None
    end: date | None
    how: str


class TimeMention(NamedTuple):
    """A time expression in the text; `period` is None for "the same period"."""

    start: int
    end: int
    period: Period | None
    statement: bool = False  # the day something was said ("said on Tuesday"), not what was counted
    as_of: bool = False  # "as of 20 July", "up to Monday": the day a running count was taken


_LEADING_DIGITS = re.compile(r"\d+")


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _SMALL[word]


def _month(word: str) -> int:
    return int(word) if word.isdigit() else _MONTHS[word.lower().rstrip(".")[:3]]


def _iso_date(g: dict) -> date:
    return date(int(g["isy"]), int(g["ism"]), int(g["isd"]))


def _slashed_date(g: dict, published: date) -> tuple[date, date] | None:
    """ "26/09/2022" as day/month, else ("9/26/2022") as month/day; None when neither is a date on or before publication."""
    a, b = int(g["sla"]), int(g["slb"])
    # ((branch evr320q) "Monday 13/02", a weekday's date with no year: the latest such day on or before publication)
    years = (int(g["sly"]),) if g["sly"] else (published.year, published.year - 1)
    for year in years:
        for day, month in ((a, b), (b, a)):
            try:
                found = date(year, month, day)
            except ValueError:
                continue
            if found <= published:
                return found, found
    return None


# "the expulsions that followed last month's communal violence": the time of an event named, not of a count
_NOT_AN_EVENTS = (
    r"(?!['’]s\s+(?:[\w-]+\s+){0,2}?(?:violence|war|fighting|clashes|attacks?|riots?|unrest|coup|elections?|floods?"
    r"|earthquake|massacre|decree|invasion|offensive|uprising)\b)"
)


def _last_weekday(name: str, published: date, strictly_before: bool = False) -> date:
    back = (published.weekday() - WEEKDAYS.index(name.lower())) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


def _next_weekday(name: str, published: date) -> date:
    return published + timedelta(days=(WEEKDAYS.index(name.lower()) - published.weekday()) % 7)


def _calendar_date(day: str, month: str, year: str | None, published: date) -> date:
    digits = _LEADING_DIGITS.match(day)
    number = int(digits.group()) if digits else ORDINAL_DAYS[day.lower().replace(" ", "-")]
    if month[:3].lower() in ("ult", "ins"):  # (branch evr244q) "the 31st ultimo": last month's; "the 10th instant": this month's
        first = published.replace(day=1)
        first = (first - timedelta(days=1)).replace(day=1) if month[:3].lower() == "ult" else first
        return date(first.year, first.month, min(number, calendar.monthrange(first.year, first.month)[1]))
    if year:
        return date(int(year), _month(month), number)
    guess = date(published.year, _month(month), number)
    # A date more than a month after publication is last year's.
    return guess if guess <= published + timedelta(days=31) else date(published.year - 1, _month(month), number)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _Resolver:
    """Resolves the expressions of one document against its publication and trigger dates."""

    def __init__(self, published: date, trigger: date | None, trigger_written: bool = False):
        self.published = published
        self.trigger = trigger
        self.trigger_written = trigger_written  # the text writes the trigger's own day ("since 26 March")

    def since_last_week(self) -> date:
        """Start of the previous week, or the trigger date when it fell in that week."""
        start = _week_start(self.published) - timedelta(days=7)
        if self.trigger and start <= self.trigger < _week_start(self.published):
            return self.trigger
        return start

    def weekday_last_week(self, name: str) -> date:
        return _week_start(self.published) - timedelta(days=7 - WEEKDAYS.index(name.lower()))

    def day_phrase(self, groups: dict, prefix: str) -> date | None:
        """A single day written as a weekday or a calendar date (groups named with `prefix`)."""
        # (day, month, year) groups: "Monday, 26 September", "Monday, September 26", "September 26",
        # "26 September", "the 25th of September"; a weekday alone is the latest before publication
        for day, month, year in _DATE_GROUPS:
            if groups.get(prefix + day):
                return _calendar_date(
                    groups[prefix + day], groups[prefix + month], groups.get(prefix + year), self.published
                )
        for slashed in (prefix, prefix + "w"):
            if groups.get(slashed + "sla"):
                g = {"sla": groups[slashed + "sla"], "slb": groups[slashed + "slb"], "sly": groups[slashed + "sly"]}
                found = _slashed_date(g, self.published)
                if found is None:  # (no date on or before publication: the match names none, as the lone date's rule)
                    raise ValueError(groups[slashed + "sla"])
                return found[0]
        if groups.get(prefix + "wd"):
            return _last_weekday(groups[prefix + "wd"], self.published)
        if groups.get(prefix + "hol"):
            return _holiday(groups[prefix + "hol"], self.published)
        return None


_DATE_GROUPS = [
    ("wdd", "wdm", "wdy"),
    ("wde", "wdn", "wdy"),
    ("d1", "m1", "y1"),
    ("d2", "m2", "y2"),
    ("d3", "m3", "y3"),
    ("d4", "m4", "y4"),
    ("d5", "m5", "y5"),
    ("d6", "m6", "y6"),
    ("d7", "m7", "y7"),
]


# days named by the calendar's feasts, as (month, day)
_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas": (12, 25),  # (branch evr440q) "since Christmas": the day
}
_HOLIDAY = (
    r"(?-i:Christmas\s+(?:Eve|Day)|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)"
    # ((branch evr440q) "since Christmas" alone: Christmas Day, "1,900 Somalis had gone back ... since Christmas" (round
    # 436), not "since Christmas week", "the Christmas holidays" nor "Christmas Island")
    r"|Christmas(?!\s+(?:[A-Z]|(?:holidays?|season|period|week|break|time)\b)|['’-]))"
)
_SPACES = re.compile(r"\s+")


def _holiday(name: str, published: date) -> date:
    """The latest such feast on or before publication."""
    month, day = _HOLIDAYS[_SPACES.sub(" ", name.lower().replace("’", "'"))]
    feast = date(published.year, month, day)
    return feast if feast <= published else date(published.year - 1, month, day)


_SLASHED = r"(?P<{p}sla>\d\d?)/(?P<{p}slb>\d\d?)/(?P<{p}sly>(?:19|20)\d\d)\b"
# ((branch evr320q) after a weekday the year may go unsaid: "in the week from Monday 13/02 to Sunday 19/02", "on
# Saturday 18/9" (rounds 178, 316), as translated French reports write a week's days)
_SLASHED_AFTER_WEEKDAY = (
    r"(?P<{p}sla>\d\d?)/(?P<{p}slb>\d\d?)(?:/(?P<{p}sly>(?:19|20)\d\d)\b|(?![/\d]))"
)


def _day_pattern(prefix: str) -> str:
    return (
        rf"(?:(?P<{prefix}wd>{_WEEKDAY}){_PART}"  # "Monday", or "Monday, 26 September" (the date wins)
        rf"(?:,?\s+(?:the\s+)?(?:(?P<{prefix}wdd>{_DAY})(?:\s+of)?\s+(?P<{prefix}wdm>{_MONTH})"
        rf"|(?P<{prefix}wdn>{_MONTH})\s+(?P<{prefix}wde>{_DAY})\b){_YEAR.format(name=prefix + 'wdy')}"
        # ((branch evr308q) "Monday 16/07/2018", "Sunday, 17/05/2015": the slashed date wins, as a written one does)
        rf"|,?\s+{_SLASHED_AFTER_WEEKDAY.format(p=prefix + 'w')})?"
        # ((branch evr208q) "on August the 11th", as spoken: the article before a day written as an ordinal)
        # ((branch evr560r) not a count with its thousands after a dot or a comma: "since January 8.650 foreign nationals
        # ... have entered the country" (round 563, read as 8 January and the count lost))
        rf"|(?P<{prefix}m1>{_MONTH})\s+(?:the\s+(?=\d\d?(?:st|nd|rd|th)\b))?(?P<{prefix}d1>{_DAY})\b(?![.,]\d{{3}}(?![\d.,]))"
        rf"{_YEAR.format(name=prefix + 'y1')}"
        # ((branch evr308q) and the article before a day written as an ordinal, the month after it: "since the 31st
        # March, up to the 18th April", "in the week ending the 18th April" (rounds 254, 259, 264, 298, 302, 307))
        rf"|(?:the\s+(?=\d\d?(?:st|nd|rd|th)\s))?(?P<{prefix}d2>{_DAY})\s+(?P<{prefix}m2>{_MONTH}){_YEAR.format(name=prefix + 'y2')}"
        rf"|(?:the\s+)?(?P<{prefix}d3>{_DAY}|{_DAY_WORD})\s+of\s+(?P<{prefix}m3>{_MONTH})"
        # "24.02." and "24.02.2022", as translated German and Russian reports write dates
        # ((branch evr412r) or "24.02" with no closing stop before a digest's dash: "Since 24.02 - 97 410 persons" (round 410))
        # ((branch evr540q) or "24.02" written with both its digits, before a comma or a closing bracket: "Since 24.02,
        # up to today 07:00, 281 000 persons", "Since 24.02, when the Russian attack began", "Since yesterday (28.09)"
        # (rounds 200, 516, 540); a decimal seldom has two digits after its point and then a comma)
        rf"|(?P<{prefix}d4>0?[1-9]|[12]\d|3[01])\.(?P<{prefix}m4>0?[1-9]|1[0-2])(?:\.(?P<{prefix}y4>(?:19|20)\d\d)?(?![\d.])|(?=\s[-–—]\s)"
        r"|(?<=(?<![\d.,])\d\d\.\d\d)(?=,\s|\)))"
        # (branch evr169q) "2022.09.26", year first, as translated Mongolian and Chinese notices write dates
        rf"|(?P<{prefix}y5>(?:19|20)\d\d)\.(?P<{prefix}m5>0[1-9]|1[0-2])\.(?P<{prefix}d5>0[1-9]|[12]\d|3[01])(?![\d.]\d)"
        rf"|(?P<{prefix}hol>{_HOLIDAY})"  # "since rebels attacked on Christmas Eve"
        # ((branch evr308q) "26/09/2022", as the standalone rule reads it (`_slashed_date`), so that a window's ends may
        # be slashed too: "since 1/05/2015 and as of 17/05/2015", "in the week to 17/05/2015", "from Monday 16/07/2018 to
        # Sunday 22/07/2018" (rounds 301, 304, 307))
        rf"|{_SLASHED.format(p=prefix)}"
        # ((branch evr244q) the month, then its day as a word, as a speaker's words are transcribed: "since the decree of
        # September twenty-first", "the fighting that began on December twenty-first" (rounds 243 and another; `_MONTH`
        # wants its capital, so that "they may first" is no date)
        rf"|(?P<{prefix}m6>{_MONTH})\s+(?P<{prefix}d6>{_DAY_WORD})\b(?!-)"
        # ((branch evr244q) a letter's days: "the 31st ultimo", last month's, "the 10th instant" or "the 7th inst.",
        # this month's (rounds 233, 240, 241 and other consular letters; plainly general English of their time))
        rf"|(?:the\s+)?(?P<{prefix}d7>{_DAY})\s+(?P<{prefix}m7>ultimo|ult\.|instant|inst\.)(?!\w))"
    )


def _rules(r: _Resolver):
    """(pattern, resolve) pairs; earlier rules win where matches overlap."""
    p = r.published
    trig = r.trigger

    def span(start, end):
        return (start, end)

    def range_in_month(g):
        month = g["rm"]
        first = _calendar_date(g["ra"], month, g.get("ry"), p)
        return span(first, first.replace(day=int(_LEADING_DIGITS.match(g["rb"]).group())))

    def month_range_first(g):
        first = _calendar_date(g["ra2"], g["rm2"], g.get("ry2"), p)
        return span(first, first.replace(day=int(_LEADING_DIGITS.match(g["rb2"]).group())))

    def between_days(g):
        first, last = r.day_phrase(g, "a"), r.day_phrase(g, "b")
        if g.get("alast") and first == p:
            first -= timedelta(days=7)
        if first and last and first > last:
            first -= timedelta(days=7) if g.get("awd") else timedelta(days=0)
        return span(first, last)

    def numeric_range(g):
        last = date(int(g.get("ny2") or p.year), int(g["nm2"]), int(g["nd2"]))
        if not g.get("ny2") and last > p:
            last = last.replace(year=p.year - 1)
        first = date(int(g.get("ny1") or last.year), int(g.get("nm1") or last.month), int(g["nd1"]))
        return span(first if first <= last else first.replace(year=last.year - 1), last)

    def slashed_range(g):
        last = _slashed_date({"sla": g["sr2"], "slb": g["srm2"], "sly": g.get("sry")}, p)
        if last is None:
            return None
        last = last[0]
        month = int(g["srm1"]) if g.get("srm1") else last.month
        first = date(last.year, month, int(g["sr1"]))
        return span(first if first <= last else first.replace(year=last.year - 1), last)

    def past_n(g):
        count = g.get("n") or g.get("n2")
        n = _number(count) if count else 1
        unit = (g.get("u") or g["u2"]).lower().rstrip("s")
        if unit == "month" and 1 <= n <= 24:
            # (branch evr516q) "in the past three months": from the same day of the month that many months before
            # publication (a note of 15 February: 15 November to 15 February), as rounds 170, 485 and 516 label it, not
            # 90 days back; (lead, 6 Dec 2026) "in the past month" too, as LABELLING.md reads it (rounds 137 and 557)
            months = p.year * 12 + p.month - 1 - n
            year, month = divmod(months, 12)
            return span(date(year, month + 1, min(p.day, calendar.monthrange(year, month + 1)[1])), p)
        days = max(1, n // 24) if unit == "hour" else n * _UNIT_DAYS[unit]
        return span(p - timedelta(days=days), p)

    def days_ago(g):
        near = _number(g["near"])
        far = _number(g["far"]) if g.get("far") else near
        return span(p - timedelta(days=max(near, far)), p - timedelta(days=min(near, far)))

    def week_since(g):
        """'in the week since' (the trigger), 'for the week since September 21' (that day)."""
        first = r.day_phrase(g, "ws") or trig
        if not first:
            return None
        days = _number(g["wn"]) * _UNIT_DAYS[g["wu"].lower().rstrip("s")] if g.get("wn") else 7
        return span(first, min(first + timedelta(days=days), p))

    def week_before(g):
        """'in the week before the decree': the days up to the day before the trigger."""
        if not trig:
            return None
        if g.get("bn"):
            days = _number(g["bn"]) * _UNIT_DAYS[g["bu"].lower().rstrip("s")]
        else:
            days = 14 if g.get("bf") else 7
        return span(trig - timedelta(days=days), trig - timedelta(days=1))

    def two_days(g):
        """"on Saturday and Sunday": both days."""
        second = _last_weekday(g["pb"], p, strictly_before=bool(g.get("plast")))
        first = _last_weekday(g["pa"], second)
        return span(first, second)

    def window_to(g):
        """'in the week / fortnight to Sunday': the seven / fourteen days ending that day."""
        last = p - timedelta(days=1) if g.get("tyd") else latest_of_month(int(g["tom"])) if g.get("tom") else r.day_phrase(g, "t")
        unit = (g.get("tu") or "").lower().rstrip("s")
        if g.get("tf"):
            days = _UNIT_DAYS["fortnight"]
        elif unit == "hour":  # "in the 24 hours to Monday": that day
            # ((branch evr400q) "in the 24 hours to Saturday morning", "in the 48 hours to Wednesday morning": hours that
            # end in a morning began N / 24 days before it, so the window holds one day more)
            days = max(1, _number(g["tn"]) // 24) + (1 if g.get("tmorn") else 0)
        else:
            days = _number(g["tn"]) * _UNIT_DAYS[unit] if g.get("tn") else 7
        return span(last - timedelta(days=days - 1), last)

    def days_after(g):
        first = r.day_phrase(g, "f")
        return span(first, min(first + timedelta(days=_number(g["an"]) * _UNIT_DAYS[g["au"].rstrip("s")]), p))

    def by_day(day):
        """A count "by Tuesday": since the trigger when there is one, else that day alone."""
        return span(trig if trig and trig <= day else day, day)

    def week_from(day):
        return span(day, min(day + timedelta(days=6), p)) if day and day <= p else None

    def first_days(g):
        """'in the first week' (of the crisis), 'in the first 48 hours': from the trigger on."""
        if not trig:
            return None
        unit = g["fu"].lower().rstrip("s")
        count = _number(g["fn"]) if g.get("fn") else 1
        if unit == "hour":  # "the first 48 hours": the trigger day and the one after
            return span(trig, min(trig + timedelta(days=max(1, count // 24) - 1), p))
        days = count * _UNIT_DAYS[unit]
        if unit == "day" and (g.get("fn") or g["fu"].lower() == "day"):  # not "in the first days": no count
            # (branch evr412q) "261,000 left in the first four days" after a decree of the 21st: the 21st to the 24th,
            # the trigger day the first of the four (rounds 75, 158, 265 label it so; "the first week" is left: its
            # labels count 7 days and 8 alike)
            days -= 1
        elif unit == "week" and g.get("fafter") is not None:
            # (branch evr464q) "11 400 passengers ... in the first week after the decree, from 21 to 27 September"
            # (round 460), "In the first week after the decree, the company flew 9.200 passengers" (round 416): a week
            # after a day is seven days, that day the first of them, as the labels of both count it (the bare "in the
            # first week" is left, its labels count 7 days and 8 alike)
            days -= 1
        return span(trig, min(trig + timedelta(days=days), p))

    def nameless_month(g, prefix: str) -> str:
        """The publication's month, or the one before it ("last month"), as its number."""
        return str((p.replace(day=1) - timedelta(days=1)).month if g.get(prefix + "last") else p.month)

    def month_part(g):
        """'in the first 24 days of August': days 1-24; 'the last week of July': its last seven days;
        'the first days of August' (no count): early August; (branch evr86b) 'of the month': the publication's."""
        month_name = g.get("fmo") or nameless_month(g, "f")
        if not g.get("fdn") and g["fdu"].lower() == "days":
            return month_alone({"mo": month_name, "part": g["fpart"]})
        month = _month(month_name)
        year = p.year if month <= p.month else p.year - 1
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        days = _number(g["fdn"]) if g.get("fdn") else 1
        days *= 7 if g["fdu"].lower().startswith("week") else 1  # "the first two weeks of March": 14 days
        if days < 1 or days > last.day:
            return None
        if g["fpart"].lower() == "first":
            last = first + timedelta(days=days - 1)
        else:
            first = last - timedelta(days=days - 1)
        return span(first, min(last, p)) if first <= p else None

    def nth_week(g):
        """'the second week of October': days 8-14; 'the first week of the month': of the publication's month."""
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}[g["nwk"].lower()]
        if g.get("nwm"):
            month = _month(g["nwm"])
            year = p.year if month <= p.month else p.year - 1
        else:
            month, year = p.month, p.year
        first = date(year, month, 7 * (n - 1) + 1)
        return span(first, min(first + timedelta(days=6), p)) if first <= p else None

    def across_months(g):
        if g.get("zd1"):
            first = _calendar_date(g["zd1"], g["zm1"], g.get("zy2"), p)
            last = _calendar_date(g["zd2"], g["zm2"], g.get("zy2"), p)
        else:
            first = _calendar_date(g["zd3"], g["zm3"], g.get("zy4"), p)
            last = _calendar_date(g["zd4"], g["zm4"], g.get("zy4"), p)
        if first > last:  # "28 Dec-3 Jan": the first day is in the year before
            first = first.replace(year=first.year - 1)
        return span(first, last)

    def quarter(g):
        """'the third quarter (of 2021)': July to September of the year named, else the last such quarter begun."""
        first_month = 3 * ("first", "second", "third", "fourth").index(g["qn"].lower()) + 1
        year = int(g["qy"]) if g.get("qy") else p.year if first_month <= p.month else p.year - 1
        last = date(year + (first_month + 2) // 12, (first_month + 2) % 12 + 1, 1) - timedelta(days=1)
        return span(date(year, first_month, 1), min(last, p))

    def first_months(g):
        """'the first three months of the year': 1 January to the end of March (of the year named, else this one)."""
        year = int(g["yy"]) if g.get("yy") else p.year
        months = _number(g["yn"])
        if not 1 <= months <= 12:
            return None
        last = date(year + months // 12, months % 12 + 1, 1) - timedelta(days=1)
        return span(date(year, 1, 1), min(last, p))

    def since_trigger(g):
        if g.get("tmo") and (g.get("tpart") or "").lower() == "mid":
            # (branch evr404q) "since fighting broke out in northern Mali in mid-January" (round 401): from the 15th,
            # as "since mid-January" (evr388q), even where the trigger falls in the month's middle (11th-20th; a
            # trigger outside it stays: "since fighting broke out in mid-September" with a decree of the 21st)
            month = _month(g["tmo"])
            year = int(g["tyr"]) if g.get("tyr") else p.year - 1 if g.get("tly") or month > p.month else p.year
            if date(year, month, 15) <= p and (not trig or date(year, month, 11) <= trig <= date(year, month, 20)):
                return span(date(year, month, 15), p)
        if trig:
            return span(trig, p)
        if g.get("tmo"):
            month = _month(g["tmo"])
            year = int(g["tyr"]) if g.get("tyr") else p.year - 1 if g.get("tly") or month > p.month else p.year
            return span(date(year, month, 1), p)
        return None

    def since_began_in(g):
        month = _month(g["bimo"])
        year = int(g["biyr"]) if g.get("biyr") else p.year if month <= p.month else p.year - 1
        return span(date(year, month, 1), p) if date(year, month, 1) <= p else None

    def into_trigger(g):
        if not trig:
            return None
        unit = _UNIT_DAYS[g["inu"].lower().rstrip("s")]
        end = trig + timedelta(days=_number(g["inn"]) * unit)
        # "four weeks into the conflict, 200,000 have fled", published within the fifth week: now, the round figure
        return span(trig, p if end <= p < end + timedelta(days=unit) else min(end, p))

    def since_year(g):
        return span(date(int(g["sy"]), 1, 1), p)

    def calendar_start(g):
        """From the first day of this year, month or week to publication."""
        unit = (g.get("bsu") or g.get("bsu2") or g.get("bsu3") or "year").lower()
        first = {"year": p.replace(month=1, day=1), "month": p.replace(day=1), "week": _week_start(p), "day": p}[unit]
        return span(first, p)

    def calendar_year(g):
        """A year named whole: to publication when it is this year."""
        year = p.year - 1 if g.get("lastyear") else int(g.get("calyear") or g["calyear2"])
        return span(date(year, 1, 1), min(date(year, 12, 31), p)) if year <= p.year else None

    def month_span(g):
        """From the first day of one month to the last of another (this year's, or the year named)."""
        first_month, last_month = _month(g.get("spanfrom") or g["hyfrom"]), _month(g["spanto"])
        year = int(g["spanyear"]) if g.get("spanyear") else p.year if last_month <= p.month else p.year - 1
        first = date(year if first_month <= last_month else year - 1, first_month, 1)
        last = date(year + last_month // 12, last_month % 12 + 1, 1) - timedelta(days=1)
        return span(first, min(last, p))

    def half_of(g):
        """Days 1-15 or 16 to the end of a month ("fortnight" too, translated); January-June or July-December of a
        year; (branch evr86b) of "the month" or "last month", named by no name."""
        second = g["hp"].lower() != "first"
        if g.get("hmo") or g.get("hthis") or g.get("hlast"):
            month = _month(g.get("hmo") or nameless_month(g, "h"))
            year = p.year if month <= p.month else p.year - 1
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            first, last = (date(year, month, 16), last) if second else (date(year, month, 1), date(year, month, 15))
        else:
            year = int(g["hy"]) if g.get("hy") else p.year
            first, last = (date(year, 7, 1), date(year, 12, 31)) if second else (date(year, 1, 1), date(year, 6, 30))
        return span(first, min(last, p)) if first <= p else None

    def since_day(g):
        first = latest_of_month(int(g["sord"])) if g.get("sord") else r.day_phrase(g, "s")
        return span(first, p) if first else None

    def until_day(g):
        return span(p, _next_weekday(g["uwd"], p))

    def month_alone(g):
        """A month, or a third of it: "in September", "in early September", "in the first days of August"."""
        month = _month(g["mo"])
        if g.get("mby") and not g.get("moy") and 1 <= (month - p.month) % 12 <= 3:
            return None  # "several thousand more by the end of October" (said in September): a deadline to come
        year = int(g["moy"]) if g.get("moy") else p.year if month <= p.month else p.year - 1
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        part = (g.get("part") or "").lower()
        if part in ("early", "start", "beginning", "first"):
            last = first + timedelta(days=9)
        elif part in ("mid", "middle"):
            first, last = first + timedelta(days=10), first + timedelta(days=19)
        elif part in ("late", "end", "last", "final"):
            first = first + timedelta(days=20)
        if first > p:
            return None
        if g.get("msince"):  # "since mid-April": from then to publication (from the trigger when it falls then)
            if part in ("start", "beginning"):
                # (branch evr380q) "since the beginning of April" (rounds 377, 333, 314, 345): the month's first day,
                # a day named, not a third of the month the trigger may fall in ("since early April": the trigger)
                return span(first, p)
            if part in ("mid", "middle"):
                # (branch evr388q) "since mid-January" (rounds 384, 382, 375, 363, 253, 25, 49, 151, 162, 249, 278;
                # LABELLING.md of 4 Dec 16:50 UTC): from the 15th, even where the trigger falls in the month's middle
                return span(first + timedelta(days=4), p)
            if part == "end" and last <= p and not (r.trigger_written and first <= trig <= last):
                # (branch evr556q) "since the end of March" (rounds 558, 247, 245, 431): from the month's last day, not
                # the trigger that fell in its last days, unless the text writes that day itself ("Since 26 March, ...
                # of those who arrived since the end of March", round 456)
                return span(last, p)
            return span(trig if part and trig and first <= trig <= last else first, p)
        if g.get("mby") and trig and trig <= last:  # a count "by the end of May": since the trigger, as "by Tuesday"
            return span(trig, min(last, p))
        return span(first, min(last, p))

    def months_listed(g):
        """(branch evr204q) "in April, May and June", "in January and February": from the first month's first day to
        the last month's last (or publication)."""
        first = month_alone({"mo": g["mla"], "moy": g.get("mly")})
        last = month_alone({"mo": g["mlb"], "moy": g.get("mly")})
        return span(first[0], last[1]) if first and last and first[0] < last[1] else None

    def latest_of_month(day: int) -> date:
        """The latest day of that number on or before publication ("the 24th")."""
        month_start = p.replace(day=1)
        if day > p.day:
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        return month_start.replace(day=day)

    def day_of_month(g):
        """"on the 24th": the latest 24th on or before publication."""
        chosen = latest_of_month(int(g["dom"]))
        return span(chosen, p if g.get("domsince") else chosen)

    def days_of_one_month(g):
        """(branch evr616q) "from the 8th to the 18th instant": two days of the month, the later one's (this month's
        for "instant", else the latest on or before publication); "from the 28th to the 3rd" begins the month before."""
        first, last = int(g["odf"]), int(g["odl"])
        end = _calendar_date(g["odl"], "instant", None, p) if g.get("odi") else latest_of_month(last)
        before = end.replace(day=1) - timedelta(days=1)
        return span(end.replace(day=first) if first < last else before.replace(day=min(first, before.day)), end)

    def to_yesterday(g, prefix):
        """A window from the day named (a date, a weekday or (branch evr204q) "the 21st" alone) to the day before
        publication."""
        first = latest_of_month(int(g[prefix + "om"])) if g.get(prefix + "om") else r.day_phrase(g, prefix)
        return span(first, p - timedelta(days=1))

    def recent_day(g):
        """(branch evr364q) "on 27.09" alone: that day where it falls in the 60 days to publication, else none."""
        day = _calendar_date(g["dda1"], g["dma1"], None, p)
        return span(day, day) if timedelta(0) <= p - day <= timedelta(days=60) else None

    def dotted_days(g):
        first = _calendar_date(g["dda"], g["dma"], None, p)
        if not g.get("ddb"):
            return span(first, first)
        last = _calendar_date(g["ddb"], g["dmb"], None, p)
        return span(first, last) if first <= last else None

    def weekday_to_yesterday(g):
        if g.get("wyo"):
            digits = _LEADING_DIGITS.match(g["wyo"])
            first = latest_of_month(int(digits.group()) if digits else ORDINAL_DAYS[g["wyo"].lower().replace(" ", "-")])
        else:
            first = _last_weekday(g["wyd"], p, strictly_before=True)
        return span(first, p - timedelta(days=1)) if first < p else None

    def weekend(g):
        saturday = _last_weekday("saturday", p, strictly_before=p.weekday() == 5)
        return span(saturday, saturday + timedelta(days=1))

    def explicit(g):
        day = r.day_phrase(g, "x")
        return span(day, day)

    def iso_week(g):
        """(branch evr368q) 'in week 39', 'on week 38', 'in the same week 39': that calendar week, Monday to Sunday
        (ISO numbering, as Nordic and Baltic border guards count weeks), of the year said, else the latest such week
        begun by publication."""
        week, year = int(g["isow"]), int(g.get("isoy") or p.year)
        try:
            first = date.fromisocalendar(year, week, 1)
            if not g.get("isoy") and first > p:
                first = date.fromisocalendar(year - 1, week, 1)
        except ValueError:
            return None
        return span(first, min(first + timedelta(days=6), p))

    rules = [
        (  # (branch evr368q) a numbered calendar week: "in week 39", "on week 38", "In the same week 39", "during week
            # 40/2022" (rounds 366 and 162, the Finnish Border Guard's weekly releases), not "the week
            # 22-28 November", "during the week 13 482 Russians" (a count after "the week"), "In the same week 9.870"
            rf"(?:(?:in|during|on|over|for)\s+(?:the\s+same\s+)?)week\s+(?P<isow>[1-9]|[1-4]\d|5[0-3])"
            r"(?:(?:\s+of\s+|/)(?P<isoy>(?:19|20)\d\d))?\b"
            rf"(?![.,]\d|\s*(?:[-–]|to\b|and\b|till\b)\s*\d|\s\d{{3}}\b|\s+{_MONTH_NAME}|\s+(?:days?|weeks?|hours?|months?|persons|people)\b)",
            iso_week,
        ),
        (
            # (also "during the week of 8 to 14 May", translated from French; "on the weekend of 17-18 September"; "on 21
            # and 22 November": both days; "from 21 till 27 September", translated from Russian; (branch evr89b) "between
            # the 1 and the 31 of October", "from the 3 to the 9 of May", translated from Spanish; (branch evr137q) "from the
            # day 1 to the day 9 of August"; (branch evr216q) "from Monday 4 to Sunday 10 September": a weekday before either day)
            # ((branch evr232q) and the two weekdays before the two days: "Over the week-end of Saturday and Sunday, 24th
            # and 25th February, 1,126 arrived")
            # ((branch evr564q) and the days counted before them: "In the two days of 9 and 10 June alone, 13 850 persons
            # were admitted" (round 323, read as 10 June once round 564's year rule kept it in the crisis's year))
            rf"(?:between|from|on|(?:(?:in|during|over|on|at)\s+)?the\s+(?:week(?:-?end)?|(?:two|three|four|[234])\s+days)\s+of)\s+"
            rf"(?:the\s+(?:day\s+)?|{_WEEKDAY},?\s+"
            rf"|{_WEEKDAY}\s+and\s+{_WEEKDAY},?\s+)?(?P<ra>{_DAY})\s*(?:and|to|till|until|-|–)"
            rf"\s*(?:the\s+(?:day\s+)?|{_WEEKDAY},?\s+)?(?P<rb>{_DAY})(?:\s+of)?\s+(?P<rm>{_MONTH}){_YEAR.format(name='ry')}",
            range_in_month,
        ),
        (  # (branch evr232q) two days of a month set off as an aside, with no word before them: "The previous week, 19 to
            # 25 September, the number was 14,300", "in the first full week (5 to 11 September)"
            # ((branch evr236q) and two days joined by "and" where a comma or bracket opens the aside too: "On the days of
            # rest, 24 and 25 September, into Georgia entered 16 780" (rounds 221, 233): both days, not the last alone)
            rf"(?P<asa>{_DAY})\s+(?:to|till|until|(?<=[,(]\s\d\d\s)and|(?<=[,(]\s\d\s)and|(?<=\(\d\d\s)and|(?<=\(\d\s)and)"
            rf"\s+(?P<asb>{_DAY})\s+(?P<asm>{_MONTH}){_YEAR.format(name='asy')}(?=\s*[,;)])",
            lambda g: range_in_month({"ra": g["asa"], "rb": g["asb"], "rm": g["asm"], "ry": g.get("asy")}),
        ),
        (  # (branch evr292q) two days of a month each after its weekday, with no word before them, as an aside: "Over
            # the weekend, Saturday 23 and Sunday 24 September, 6.214 came out", "In the last 72 hours (Tuesday 9 to
            # Thursday 11 August) the centre received 1,150" (rounds 252, 288): both days, not the last alone, and the
            # first day no count
            rf"{_WEEKDAY},?\s+(?P<awa>{_DAY})\s+(?:and|to|till|until|through|-|–)\s+"
            rf"{_WEEKDAY},?\s+(?P<awb>{_DAY})\s+(?P<awm>{_MONTH}){_YEAR.format(name='awy')}(?=\s*[,;)])",
            lambda g: range_in_month({"ra": g["awa"], "rb": g["awb"], "rm": g["awm"], "ry": g.get("awy")}),
        ),
        (  # (branch evr236q) the two days spelt as ordinals, as a broadcast's transcript writes them: "from the
            # twenty-first to the twenty-eighth of September" (round 234; plainly general English): that window
            rf"(?:between|from)\s+the\s+(?P<ow1>{_DAY_WORD})\s+(?:and|to|till|until)\s+the\s+(?P<ow2>{_DAY_WORD})\s+of\s+"
            rf"(?P<owm>{_MONTH}){_YEAR.format(name='owy')}",
            lambda g: range_in_month({
                "ra": str(ORDINAL_DAYS[re.sub(r"\s+", "-", g["ow1"].lower())]),
                "rb": str(ORDINAL_DAYS[re.sub(r"\s+", "-", g["ow2"].lower())]),
                "rm": g["owm"], "ry": g.get("owy"),
            }),
        ),
        (
            rf"(?:from\s+|on\s+(?=\S+\s+\d+\s+and))?(?P<rm2>{_MONTH})\s+(?P<ra2>{_DAY})\s*(?:-|–|to|\s+and)\s*(?P<rb2>{_DAY})\b(?![,.]\d)"
            rf"{_YEAR.format(name='ry2')}",
            month_range_first,
        ),
        (  # (branch evr264q) "during the night of 18th/19th November", "on the night of 9/10 April", "the night of
            # November 18/19": the night across both days, from the evening of the first to the morning of the second
            # (round 260; plainly general English)
            # ((branch evr468q) or the two days joined by "to": "crossed near Ban Laem during the night of 27th to 28th
            # March." (round 467), "near Ramtha on the night of 21 to 22 July." (159): read as the second day alone where
            # the sentence ends after the month; as "On the night of 26 to 27 September" (388), "During the night of 20
            # to 21 January" (426), read as both days before a comma))
            rf"night\s+of\s+(?:the\s+)?(?:(?P<nsa>{_DAY})\s*(?:/|\s+to\s+)\s*(?P<nsb>{_DAY})\s+(?P<nsm>{_MONTH})"
            rf"|(?P<nsn>{_MONTH})\s+(?P<nsc>{_DAY})\s*/\s*(?P<nsd>{_DAY})\b){_YEAR.format(name='nsy')}",
            lambda g: range_in_month({
                "ra": g.get("nsa") or g["nsc"], "rb": g.get("nsb") or g["nsd"], "rm": g.get("nsm") or g["nsn"],
                "ry": g.get("nsy"),
            }),
        ),
        (  # "12-18 Sep" (a table's week)
            rf"(?P<rd1>{_DAY})\s*[-–—]\s*(?P<rd2>{_DAY})\s+(?P<rdm>{_MONTH}){_YEAR.format(name='rdy')}",
            lambda g: range_in_month({"ra": g["rd1"], "rb": g["rd2"], "rm": g["rdm"], "ry": g.get("rdy")}),
        ),
        (  # "26 Sep-2 Oct", "September 26 - October 2", "1 January to 22 August"
            rf"(?P<zm1>{_MONTH})\s+(?P<zd1>{_DAY})\s*(?:[-–—]|\s+to)\s*(?P<zm2>{_MONTH})\s+(?P<zd2>{_DAY})\b{_YEAR.format(name='zy2')}"
            rf"|(?P<zd3>{_DAY})\s+(?P<zm3>{_MONTH})\s*(?:[-–—]|\s+to)\s*(?P<zd4>{_DAY})\s+(?P<zm4>{_MONTH}){_YEAR.format(name='zy4')}",
            across_months,
        ),
        (
            rf"(?:between|from)\s+(?P<rm3>{_MONTH})\s+(?P<ra3>{_DAY})\s+(?:and|to|until)\s+(?P<rb3>{_DAY})\b(?!\s+{_MONTH})",
            lambda g: month_range_first({"rm2": g["rm3"], "ra2": g["ra3"], "rb2": g["rb3"], "ry2": None}),
        ),
        (  # "between Wednesday and noon on Sunday", "from Monday morning to the evening of 26 September"
            # ("from Monday to Thursday this week": the same days, "this week" read with them, not as a window of its own)
            # ("between last Thursday and midnight on Tuesday": "last" as the weekday alone, a week back on that weekday)
            # (branch evr87b) "From 21 September, when the mobilisation was proclaimed, until 6 October": an aside between
            # (not a date: "between Thursday, September 22, and Sunday" is read by the day's own date)
            # (branch evr88b) "between the disputed November 28 election and March 27": a dated event opens it
            # (branch evr137q) "between the 28 May and the 2 June", translated: the article before either day; "from 21
            # September up to and including Sunday 16 October": both days; (branch evr141q) "between the Saturday and the
            # Monday", "from the Sunday till the Tuesday evening", translated: the article before either weekday
            # ((branch evr244q) and an hour before either day, the second after a comma: "Between 11:00 on Friday, 24
            # May, and midday on Saturday, 25 May, 14,310 immigrants landed" (round 243; plainly general English))
            # ((branch evr520q) and a bulletin's window in brackets after its hours, with no "from": "In the past 24
            # hours (06.00 hours on 9 November to 06.00 hours on 10 November), 3.120 refugees crossed" (round 523), "In
            # the past 24 hours (08:00 hrs Thursday to 08:00 hrs Friday), 19,862 Afghan nationals" (517): the two days,
            # not the second alone)
            rf"(?:(?:between|from)\s+|(?<=hours\s\()(?=\d))"
            rf"{_DIGIT_HOUR_ON}{_CLOCK}(?P<alast>last\s+)?(?:the\s+(?:[a-z][\w-]+\s+)?(?=\d|{_MONTH}|{_WEEKDAY}))?{_day_pattern('a')}"
            rf"(?:\s+(?:[a-z][\w-]+\s+)?{_DATED_EVENT})?"
            rf"(?:\s*,(?!\s*(?:\d|{_MONTH}|and\b|to\b|until\b))[^,.;]{{0,120}},)?"
            rf"(?:,(?=\s+(?:and|to|until|till)\s+(?:{_DIGIT_HOUR}|noon|midday|midnight)))?"
            # ((branch evr392q) and a dash between the days: "from 26 September - 2 October 2022")
            rf"(?:\s+(?:and|to|until|till|through|up\s+to(?:\s+and\s+including)?)\s+|\s*[-–—]\s*(?=\d|{_WEEKDAY}|{_MONTH})){_DIGIT_HOUR_ON}{_CLOCK}(?:the\s+(?=\d|{_WEEKDAY}))?{_day_pattern('b')}(?:\s+this\s+week\b)?",
            between_days,
        ),
        (  # (branch evr352q) "782 crossed on Wednesday night and the early hours of Thursday" (round 348): a night runs
            # into the next day, both days counted
            r"(?P<nna>"
            + "|".join(
                rf"{day}(?=\s+night\s+and\s+(?:in\s+)?the\s+(?:early|small)\s+hours\s+of\s+{WEEKDAYS[(i + 1) % 7]}\b)"
                for i, day in enumerate(WEEKDAYS)
            )
            + rf")\s+night\s+and\s+(?:in\s+)?the\s+(?:early|small)\s+hours\s+of\s+{_WEEKDAY}\b",
            lambda g: (first := _last_weekday(g["nna"], p), min(first + timedelta(days=1), p)),
        ),
        (  # (branch evr352q) "recorded about 900 arrivals between the decree and Wednesday evening" (round 350): from the
            # trigger to that day, as "since the decree" runs to publication
            # ((branch evr420q) and "from the decree until / to / up to Sunday, 6 November" (rounds 85, 419): the same
            # window, its end named)
            rf"(?:between\s+the\s+{_TRIGGER}\s+and|from\s+the\s+{_TRIGGER}\s+(?:until|till|to|up\s+to|through))\s+"
            rf"{_DIGIT_HOUR_ON}{_CLOCK}{_day_pattern('tr')}",
            lambda g: span(trig, r.day_phrase(g, "tr")) if trig and r.day_phrase(g, "tr") and trig <= r.day_phrase(g, "tr") else None,
        ),
        (  # (branch evr252q) "came across between 10pm on Monday and 6am today": from that weekday to publication
            # ((branch evr520q) or no hour before the weekday, its part of the day after it: "admitted ... between Friday
            # afternoon and 06:00 hours today" (round 521), as "from Saturday until 06.00 hrs today" (520) is read)
            rf"between\s+(?:(?:{_DIGIT_HOUR})(?:\s+hours)?\s+(?:on\s+)?)?(?P<bhw>{_WEEKDAY}){_PART}\s+and\s+{_CLOCK_TODAY}",
            lambda g: span(_last_weekday(g["bhw"], p, strictly_before=True), p),
        ),
        (  # (branch evr87b) "(30.09. until 06.10.2021)", "01.10.-07.10.2022": two numeric dates, the year written last
            # ((branch evr177q) "26.09.2022 - 02.10.2022": the year written with both; "19.-25.9.2022": the first day alone)
            # ((session of 5 Dec 2026, 06:17 UTC) each date with its clock, as a bulletin's reporting window is written:
            # "In the last 24 hours (01.03.2022, 07:00 - 02.03.2022, 07:00)" (round 457), "(28.02.2022 08:00 - 01.03.2022
            # 08:00)": the two days, the clocks read no further)
            r"(?P<nd1>0?[1-9]|[12]\d|3[01])\.(?:(?P<nm1>0?[1-9]|1[0-2])\.(?P<ny1>(?:19|20)\d\d)?(?:,?\s?(?:[01]?\d|2[0-4]):[0-5]\d)?\s*|(?=[-–]))"
            r"(?:-|–|until|till|to)\s*"
            # ((branch evr208q) and no year at all, translated Finnish and German: "in the period 22.-29.9.", "On
            # 30.9.-2.10.": the publication's year)
            r"(?P<nd2>0?[1-9]|[12]\d|3[01])\.(?P<nm2>0?[1-9]|1[0-2])\.(?:(?P<ny2>(?:19|20)\d\d)\b|(?![\d.]))",
            numeric_range,
        ),
        (  # (branch evr476q) two days, the month written after the second with a slash, as translated Brazilian notes
            # write a window: "In the week from 04 to 10/03/2019 entered by Pacaraima 4.356" (round 292), "In the
            # current month, from 01 to 19/08, 14.870 Venezuelans entered" (round 473; read as the month to
            # publication), "Since the beginning of the year (01/01 to 19/08/2018), 84.120" (473; read as 19 August
            # alone), "(01 to 30/06)" and "(01/01 to 30/06)" (round 381), "on 18 and 19/08" (473): the two days and
            # those between (day first; month first where that is no date, as the slashed day's own rule reads it)
            r"(?P<sr1>0?[1-9]|[12]\d|3[01])(?:/(?P<srm1>0?[1-9]|1[0-2]))?[ \t]?(?:to|until|till|and|-|–)[ \t]?"
            r"(?P<sr2>0?[1-9]|[12]\d|3[01])/(?P<srm2>0?[1-9]|1[0-2])(?:/(?P<sry>(?:19|20)\d\d))?(?![/\d])",
            slashed_range,
        ),
        (  # "From the morning of Wednesday, 16 September, when the first groups arrived, until 07:00 this morning":
            # from that day to publication, an aside between ((branch evr304q) and "since" as "from": "Since 16 December
            # 2021 up to 09.00 hrs. today, a total of 4,258 persons have crossed" (round 300; plainly general English))
            # ((branch evr548q) and an hour in digits before the first day: "During the past 24 hours, from 07:00 on
            # Wednesday 28 October to 07:00 today" (round 550), as a window between two days takes it)
            # ((branch evr572q) and a comma alone before "up to", so that a weekday's date is no aside: "Since Sunday, 4
            # November, up to 06.00 hours this morning, a total of 71.380" (round 573; read from Sunday the 18th), as "Since
            # 21 September, up to this morning" (519) writes it)
            rf"(?:from|since)\s+{_DIGIT_HOUR_ON}{_CLOCK}{_day_pattern('fu')}(?:\s*,[^,.;]{{0,120}},|,)?\s+(?:to|until|till|up\s+to)\s+{_CLOCK_TODAY}",
            lambda g: span(r.day_phrase(g, "fu"), p),
        ),
        (  # (branch evr232q) a day written "26.09" with no stop after it nor year, as translated digests write it, where
            # a window's word stands before it (rounds 200, 220): "from 26.09 until 29.09 through Lars exited 4 210", "in
            # the past day 25.09 through Larsi entered 7 940" (not a decimal: "from 26.5 to 29.1 per cent")
            rf"(?:(?:from|since)\s+(?P<dda>0?[1-9]|[12]\d|3[01])\.(?P<dma>0[1-9]|1[0-2])\s*(?:until|till|to|up\s+to|[-–])\s*"
            # ((branch evr236q) "since 21.09 until the end of 29.09 through the point entered 19 000" (round 235))
            rf"(?:the\s+end\s+of\s+)?"
            rf"(?P<ddb>0?[1-9]|[12]\d|3[01])\.(?P<dmb>0[1-9]|1[0-2])"
            # ((branch evr364q) or "on" alone: "on 27.09 through Koidula into Estonia entered 1 146 persons" (round 361),
            # the one day, where it falls in the 60 days to publication (a month-first "On 10.02" in a report of
            # October is no 10 February: read none))
            rf"|(?:in\s+the\s+(?:past|last)\s+day|(?:on|for)\s+the\s+day(?:\s+of)?|(?P<don>on))\s+(?P<dda1>0?[1-9]|[12]\d|3[01])\.(?P<dma1>0[1-9]|1[0-2])"
            # ((branch evr240q) the month first, where the first day can be read no other way: "From 09.22 until 10.03
            # inclusive through the Altanbulag port entered 6 418" (round 237), 22 September to 3 October)
            rf"|(?:from|since)\s+(?P<mma>0?[1-9]|1[0-2])\.(?P<mda>1[3-9]|2\d|3[01])\s*(?:until|till|to|up\s+to|[-–])\s*"
            rf"(?:the\s+end\s+of\s+)?(?P<mmb>0?[1-9]|1[0-2])\.(?P<mdb>0[1-9]|[12]\d|3[01]))"
            rf"(?![\d.,]?\d|\s*(?:%|per\s*cent|percent|million|billion|thousand))",
            lambda g: recent_day(g) if g.get("don") else dotted_days(
                {"dda": g["mda"], "dma": g["mma"], "ddb": g["mdb"], "dmb": g["mmb"]} if g.get("mma")
                else {"dda": g["dda"] or g["dda1"], "dma": g["dma"] or g["dma1"], "ddb": g.get("ddb"), "dmb": g.get("dmb")}
            ),
        ),
        (  # (branch evr544q) two days written "28.09-04.10" with no stop and no word before them, as translated tables and
            # digests write a window ("Entries, past week (28.09-04.10)", "Passengers, 21.09-02.10", "Digest for 28.09 -
            # 30.09.2022"; rounds 546, 494, 235): from the one day to the other (read before as the last day alone, or
            # as a number); both days and months in two digits, so no decimals or prices ("12.50-15.00")
            rf"(?<![\d.,$€£¥])(?P<bda>0[1-9]|[12]\d|3[01])\.(?P<bma>0[1-9]|1[0-2])\s?[-–]\s?(?P<bdb>0[1-9]|[12]\d|3[01])\.(?P<bmb>0[1-9]|1[0-2])"
            rf"(?:\.(?P<bdy>(?:19|20)\d\d))?(?![\d,]|\.\d|\s*(?:%|per\s*cent|percent|million|billion|thousand|hours|hrs|h\b))",
            lambda g: (
                dotted_days({"dda": g["bda"], "dma": g["bma"], "ddb": g["bdb"], "dmb": g["bmb"]}) if not g.get("bdy")
                else (lambda a, b: span(a, b) if a <= b else None)(
                    date(int(g["bdy"]) - (int(g["bma"]) > int(g["bmb"])), int(g["bma"]), int(g["bda"])),
                    date(int(g["bdy"]), int(g["bmb"]), int(g["bdb"])),
                )
            ),
        ),
        (  # (branch evr296q) a day written "21.9." with its stop (so no decimal), a weekday before it and an aside after
            # it, as translated Finnish bulletins write it (rounds 162, 195, 292): "From Wednesday 21.9. until Sunday 25.9.
            # arrived 19 740", "Since Wednesday 21.9., when partial mobilisation was announced, and up to and including
            # Monday 26.9., a total of 43 998": from the one day to the other
            rf"(?:from|since)\s+(?:{_WEEKDAY},?\s+)?(?P<wda>0?[1-9]|[12]\d|3[01])\.(?P<wma>0?[1-9]|1[0-2])\.(?!\d)"
            rf"(?:\s*,[^,.;\d]{{0,120}},)?\s*(?:and\s+)?(?:until|till|to|up\s+to)(?:\s+and\s+including)?\s+"
            rf"(?:{_WEEKDAY},?\s+)?(?P<wdb>0?[1-9]|[12]\d|3[01])\.(?P<wmb>0?[1-9]|1[0-2])\.?(?!\d)",
            lambda g: dotted_days({"dda": g["wda"], "dma": g["wma"], "ddb": g["wdb"], "dmb": g["wmb"]}),
        ),
        (  # (branch evr616q) two days of the month with no month named, each "the Nth": "from Wednesday the 21st to
            # Wednesday the 28th, 8,470 passengers left" (round 618), "From the 8th to the 18th instant inclusive" (312),
            # "between the 15th and the 27th instant" (263), "between the 1st and the 10th instant" (251): the window
            # between them, not two days apart (the first read alone, or to publication); a month after the second day
            # ("to Friday the 30th of September", round 313) is the rule for two days' own
            rf"(?:from|between)\s+(?:{_WEEKDAY},?\s+)?the\s+(?P<odf>[12]?\d|3[01])(?:st|nd|rd|th)\s+(?:to|and|until|till)\s+"
            rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<odl>[12]?\d|3[01])(?:st|nd|rd|th)\b(?:\s+(?P<odi>instant|inst\.))?"
            rf"(?!\s+(?:of\b|{_MONTH}|ult|inst)|\w)",
            days_of_one_month,
        ),
        (  # (branch evr232q) "Between Wednesday the sixth and yesterday", "From last Wednesday up to and including
            # yesterday" (rounds 225, 230): from that weekday (the day of the month said after it, else the last such day
            # before publication) to the day before publication
            rf"(?:between|from|since)\s+(?:last\s+)?(?P<wyd>{_WEEKDAY})(?:,?\s+the\s+(?P<wyo>{_DAY}|{_DAY_WORD}))?"
            rf"\s+(?:and|to|till|until|up\s+to)(?:\s+and\s+including)?\s+{_HOUR_OF_YESTERDAY}yesterday\b",
            weekday_to_yesterday,
        ),
        (  # (branch evr82b) "from 21 September on yesterday" (a translated "по вчера"), "from Monday to yesterday": from
            # that day to the day before publication ((branch evr92b) "since the 21 October until yesterday Thursday",
            # translated "depuis le 21 octobre jusqu'à hier"; (branch evr98b) "Since 21 September and up to yesterday evening")
            # ((branch evr157q) "since the date 21 May until yesterday (30 May)", "since the day the military seize power 18
            # September until yesterday", translated: the day named after "the day / date" and its event's words)
            # ((branch evr204q) "From 19 September to midnight yesterday", "from the 21st to yesterday": the same)
            rf"(?:from|since)\s+(?:the\s+(?:(?:day|date)\s+(?:[a-z][\w’'-]*\s+){{0,6}}?(?=\d|{_MONTH}))?)?"
            rf"(?:{_day_pattern('fy')}|{_DAY_ALONE.format(p='fy')})"
            # ((branch evr208q) an aside between, as the rule for two days reads one: "From 21 September, the day the
            # call-up of 300,000 was announced, to 18:00 yesterday": a number's comma inside it)
            rf"(?:\s*,(?!\s*(?:\d|{_MONTH}|and\b|to\b|until\b))(?:[^,.;]|(?<=\d)[,.](?=\d)){{0,120}},)?"
            rf"\s+(?:on|by|to|(?:and\s+)?(?:till|until|up\s+to))\s+{_HOUR_OF_YESTERDAY}yesterday\b",
            lambda g: to_yesterday(g, "fy"),
        ),
        (  # (branch evr364q) or "last night", with no aside between: "From the 21st up to midnight last night, close to
            # 36,000 arrived" (round 360): that day to the day before publication ("Since September 1, about 2,600 have
            # crossed at Malaba, up to last night" is no window of this rule: its number would be an aside)
            rf"(?:from|since)\s+(?:the\s+)?(?:{_day_pattern('fn')}|{_DAY_ALONE.format(p='fn')})"
            rf"\s+(?:to|(?:and\s+)?(?:till|until|up\s+to))\s+{_MIDNIGHT}last\s+night\b",
            lambda g: to_yesterday(g, "fn"),
        ),
        (  # (branch evr110b) "Between 21 September and yesterday evening": that day to the day before publication
            # ((branch evr204q) "Between the 21st and yesterday", "and midnight yesterday": the same)
            rf"between\s+(?:the\s+)?(?:{_day_pattern('bq')}|{_DAY_ALONE.format(p='bq')})\s+and\s+(?:{_HOUR_OF_YESTERDAY}yesterday|{_MIDNIGHT}last\s+night)\b",
            lambda g: to_yesterday(g, "bq"),
        ),
        (  # (branch evr312q) "Between 6.00 p.m. yesterday and 10.00 a.m. today", "between 8pm last night and 6am this
            # morning": an hour of the day before publication to one of publication, both days (round 311; plainly general
            # English, as "came across between 10pm on Monday and 6am today" above)
            rf"between\s+{_HOUR_OF_YESTERDAY}(?:yesterday{_PART}|last\s+night)\s+and\s+(?:{_HOUR_OF_YESTERDAY}today\b|{_CLOCK_TODAY})",
            lambda g: span(p - timedelta(days=1), p),
        ),
        (  # (branch evr364q) "between about eight last evening and six this morning", "from ten o'clock last night to
            # 5 a.m. today": an hour, in words or digits (about or not), of the evening before publication to one of
            # its morning, both days (round 360; as evr312q's "between 8pm last night and 6am this morning" above)
            rf"(?:between|from)\s+(?:(?:about|around|some)\s+)?(?:{_WORD_CLOCK}|{_DIGIT_HOUR})(?:\s+o['’]clock)?\s+"
            rf"(?:last|yesterday)\s+(?:night|evening)\s+(?:and|to|until|till)\s+(?:(?:about|around|some)\s+)?"
            rf"(?:(?:{_WORD_CLOCK}|{_DIGIT_HOUR})(?:\s+o['’]clock)?\s+)?(?:this\s+morning|today)\b",
            lambda g: span(p - timedelta(days=1), p),
        ),
        (  # (branch evr544q) an hour alone opening a statement's point, no day after it: "3. Queue. As of 17:00, the queue
            # in front of the checkpoint stretched for about 16 km", "5. As of 08:00, the queue on the Ukrainian side ...
            # numbered about 400 cars" (rounds 544, 477; read before as the day of an earlier sentence: a usual day "before
            # 21 September", "Yesterday"): that hour of the day published, as "as of 08:00 today"
            rf"as\s+(?:of|at)\s+(?:{_DIGIT_HOUR})(?:\s*(?:hours|hrs\.?|h|a\.m\.|p\.m\.|am|pm))?(?=,\s)",
            lambda g: span(p, p),
        ),
        (  # "between Wednesday morning and 6 a.m. today": from that day to publication
            rf"between\s+{_CLOCK}{_day_pattern('bu')}\s+and\s+{_CLOCK_TODAY}",
            lambda g: span(r.day_phrase(g, "bu"), p),
        ),
        (  # (branch evr360q) "Some 900 crossed between Wednesday evening and dawn" (round 359): the evening to the
            # next day's dawn, both days (as "overnight from Wednesday to Thursday")
            rf"between\s+(?P<edw>{_WEEKDAY})\s+(?:evening|night)\s+and\s+(?:dawn|daybreak|first\s+light|sunrise)\b",
            lambda g: span(_last_weekday(g["edw"], p), _last_weekday(g["edw"], p) + timedelta(days=1)),
        ),
        (  # "in the 24 hours ending 8 am today", "In the last 24 hours, up to 07:00 today", "in the 24 hours ending at
            # 6 a.m." (an hour with no day: today's): yesterday and today (a count to an hour of another day, "in the 24
            # hours to 8 am on Saturday", is that day: `window_to`)
            rf"(?:(?:in|during|over)\s+)?(?:the\s+)?(?:(?:last|past)\s+)?(?P<tdn>{_COUNT})\s+hours,?\s+(?:to|ending|up\s+to|until)\s+"
            rf"(?:at\s+)?(?:{_CLOCK_TODAY}|{_HOUR_OF_NO_DAY})",
            lambda g: span(p - timedelta(days=max(1, _number(g["tdn"]) // 24)), p),
        ),
        (  # (branch evr87b) "in the night from Tuesday on Wednesday" (a translated "со вторника на среду"): both days
            rf"(?:through|during|over|on|in)\s+the\s+night\s+(?:from|of)\s+(?P<nfa>{_WEEKDAY})\s+(?:on|to|into)\s+"
            rf"(?P<nfb>{_WEEKDAY})",
            lambda g: between_days({"awd": g["nfa"], "bwd": g["nfb"]}),
        ),
        (  # (branch evr252q) "crossed at Horadiz overnight into Tuesday": the night to that day, the day before and it
            # ("overnight Tuesday into Wednesday": both days, as "the night from Tuesday on Wednesday")
            rf"overnight\s+(?:(?:from\s+)?(?P<oaw>{_WEEKDAY})\s+)?(?:into|to)\s+(?P<oiw>{_WEEKDAY})",
            lambda g: between_days({"awd": g["oaw"], "bwd": g["oiw"]}) if g["oaw"]
            else span(_last_weekday(g["oiw"], p) - timedelta(days=1), _last_weekday(g["oiw"], p)),
        ),
        (  # "waited through the night of 26 September": that night, the day named and the morning after (as
            # "overnight from Thursday to Friday")
            # ((branch evr356q) but "on the night of <day>" for an event is that day alone: "On the night of Saturday,
            # 24 September, a patrol detained two men" (round 352; as LABELLING's "on the night of Wednesday, 6th October",
            # round 334's "on the night of 24 March"): the night named by its day, not the morning after)
            # (not "on the night of April 7/8": two days written with a slash)
            rf"(?:through|during|over|(?P<nton>on)|in)\s+the\s+night\s+of\s+{_day_pattern('nt')}(?:(?P<ntpair>)(?=\s*[/–-]\s*\d))?",
            lambda g: span(
                r.day_phrase(g, "nt"),
                r.day_phrase(g, "nt") if g["nton"] and g["ntpair"] is None else min(p, r.day_phrase(g, "nt") + timedelta(days=1)),
            ),
        ),
        (  # "Wednesday to Saturday evening", "Monday through Thursday": weekdays, no "from"
            rf"(?P<gwd>{_WEEKDAY}){_PART}\s+(?:to|until|till|through|-|–)\s+{_CLOCK}(?P<hwd>{_WEEKDAY}){_PART}(?:\s+this\s+week\b)?",
            lambda g: between_days({"awd": g["gwd"], "bwd": g["hwd"]}),
        ),
        # (branch evr392q) "since Budapest threw open its frontier at midnight Sunday", "since the border was opened at
        # midnight on Sunday" (rounds 61, 158, 311, 359, 391): the event at the night's end, so the window opens the day after
        # that weekday (the labels' Monday), not on it
        (
            rf"since\s+(?:[\w’'-]+\s+){{1,12}}?at\s+midnight\s+(?:on\s+)?(?P<mnw>{_WEEKDAY})\b(?!\s+(?:morning|afternoon|evening|night)\b)",
            lambda g: span(min(_last_weekday(g["mnw"], p) + timedelta(days=1), p), p),
        ),
        # (a name in quotes between: 'since the start of the operation "Mbata ya bakolo" in Brazzaville on 4 April';
        # "Counting from the invasion on February 24, the ministry puts the number at 31,000": since then)
        # (branch evr84b) "since the storm struck on the night of September 18": from that day, a part of it between
        # ((branch evr89b) and an apposition: "since the first boat, the Kien Giang, arrived here on April 26")
        (
            # ((branch evr189q) or a place's name and its region between commas: "since the massacre at the finca San
            # Francisco, Nenton, on 17 July")
            # ((branch evr169q) an abbreviation's dots between: "since the fighting between the army and the L.T.T.E. resumed on June 11")
            # ((branch evr256q) or a title's: "since Col. Osmin Aguirre seized power in San Salvador on Oct. 21")
            # ((branch evr276q) not across the window's close: "since 21 September and up to the end of the day on 29
            # September" (rounds 235, 273) is a window, read by the rule for "up to" (an event's own "up to" stays: "allowed to
            # stay up to six months on 15 February"))
            # ((branch evr340q) and a comma before the day, the day an aside of its own: "Since the beginning of the troubles
            # in Libya, on 15 February, more than 41 000 ..." (round 336; the "since <event> on <day>" family))
            # ((branch evr368q) not from a weekday with a comma after it: "since Monday, the ministry said, many ...
            # after the agreement was announced on Tuesday" (rounds 365, 150): the weekday is the window's first day, and
            # what follows its comma an aside (read as "since Monday"))
            # ((branch evr384q) an initialism joined to a word: "since the U.S.-led bombing began on Oct. 7" (round 381; read
            # before as 7 October alone), as "since the U.S. bombing began on" was)
            # ((branch evr432q) up to 24 words between (16 before): "Since fighting broke out between the Malian army and
            # the rebels of the MNLA in the Ménaka area on 17 January" (round 431; read before as 17 January alone))
            # ((branch evr436q) and an initialism in brackets after its name: "Since the Peshkhabour crossing was opened by
            # the Kurdistan Regional Government (KRG) on 15 August" (round 433; read before as 15 August alone))
            # ((branch evr516q) not from a day itself: "who entered since 21 September were still in the territory of
            # the Republic of Serbia on 11 October" (rounds 500, 517) is since that day, the "on" day another's)
            # ((branch evr560q) and where the place the event struck is set off between commas, in its region or
            # country, before "on" and the day: "Since the attack by the Boko Haram sect on the town of Damasak, in the
            # State of Borno, on 24 November 2014, 48 300 persons have crossed" (round 562; read before as 24 November
            # alone), "Since fighting broke out in the Ruzizi plain of South Kivu province, Democratic Republic of the
            # Congo, on 8 January 2024" (296), as "the finca San Francisco, Nenton, on 17 July" was)
            # ((branch evr544q) nor from a weekday: "about 1,800 of those who had crossed since Saturday remained in
            # Thailand on Thursday" (round 546; read before as Thursday alone) is since Saturday, Thursday the day they
            # are still there)
            rf"(?:since|counting\s+from)\s+(?!{_WEEKDAY},)(?!(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|{_WEEKDAY})\b[^.;:!?]{{0,90}}?\s(?:still|remain(?:s|ed)?)\s)(?:(?-i:(?:[A-Z]\.){{2,}}(?:-[a-z]+)?|{_TITLE_DOT})[ \t]+|(?!and\s+(?:up\s+to|until|till|to)\s)[\w’'\"“”-]+(?:,(?=\s+on\s))?\s+|{_APPOSITION}|(?-i:[A-Z])[\w’'-]+,\s+(?-i:[A-Z])[\w’'-]+,\s+|\((?-i:[A-Z][A-Za-z.-]{{1,9}})\)\s+|[\w’'-]+,\s+(?:in\s+|(?=(?-i:[A-Z])))(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+,\s+(?=on\s)){{0,24}}?on\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?"
            rf"{_day_pattern('o')}",
            lambda g: span(r.day_phrase(g, "o"), p),
        ),
        # (branch evr141q) the event's day with no "on": "since the airlift began April 23" (wire style), "since the entry
        # of the troops in El Aaiun the 11 December" (translated): from that day, as "since ... on 23 April"
        (
            rf"since\s+(?:[\w’'-]+\s+){{1,12}}?(?:(?<=began\s)|(?<=started\s)|(?<=opened\s)|(?<=erupted\s)|(?<=resumed\s)|the\s+(?=\d))"
            rf"(?=\d|{_MONTH}){_day_pattern('ob')}",
            lambda g: span(r.day_phrase(g, "ob"), p),
        ),
        # (branch evr624q) the event's day set off between commas after it, with no "on": "Since the night of the fire,
        # 8 September, 214 persons have arrived on the island by sea" (round 625; read before as 8 September alone), as
        # "Since the beginning of the troubles in Libya, on 15 February," is read above; not a day told for itself: "since
        # the peak day, 10 November, when 6,800 people crossed" (round 377)
        (
            rf"since\s+the\s+(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+,\s+{_day_pattern('oc')}(?=,(?!\s+(?:when|where|which)\b))",
            lambda g: span(r.day_phrase(g, "oc"), p),
        ),
        # "since Soviet-led troops invaded last Wednesday", "since the mobilisation was announced eight days ago": the
        # day the event's clause ends on opens the window, as "since ... on 4 April" does
        (
            rf"since\s+(?:[\w’'-]+\s+){{1,8}}?last\s+(?P<eslwd>{_WEEKDAY})",
            lambda g: span(_last_weekday(g["eslwd"], p, strictly_before=True), p),
        ),
        (rf"since\s+(?:[\w’'-]+\s+){{1,8}}?(?P<esago>{_COUNT})\s+days?\s+ago", lambda g: span(p - timedelta(days=_number(g["esago"])), p)),
        # "since the Oct. 7 attack", "since the 24 February invasion": from the day the event is named by
        # ((branch evr189q) a word or two before the day, and a vote's name after it: "since the disputed Nov. 28
        # presidential run-off", "since the contested March 3 election")
        (
            rf"since\s+the\s+(?:(?!of\s)[a-z][\w’'-]*\s+){{0,2}}?{_day_pattern('sd')}\s+(?:[\w’'-]+\s+)?(?:{_TRIGGER}|{_VOTE}|run-?off)",
            lambda g: span(r.day_phrase(g, "sd"), p),
        ),
        # (branch evr76b) "since the coup of February 1", "since the night of 21 September": from the day the event is named by
        # ((branch evr169q) or a possessive's: "since Putin's decree of 21 September"; (branch evr428q) of a name of up to
        # four words: "since President Vladimir Putin's mobilisation decree of September 21" (rounds 156, 297, 300, 427))
        # ((branch evr208q) or the day of the month alone: "since the decree of the 13th", to publication)
        # ((branch evr436q) up to six words before "of": "Since the crisis that followed the presidential run-off of 28
        # November 2010" (round 432; read before as 28 November alone), "since the decision of the Nigerian government of
        # 17 January"; not across a verb or "as of": "of those who arrived since the decree were still in Türkiye as of
        # Wednesday" (round 421) is a stock as of that day)
        (
            rf"since\s+(?:the|(?:(?-i:[A-Z])[\w.-]*\s+){{0,3}}(?-i:[A-Z])[\w-]+['’]s)\s+(?:(?!(?:as|were|was|are|is|have|has|had)\s)[\w’'-]+\s+){{1,6}}?of\s+(?:{_day_pattern('evo')}|the\s+{_DAY_ALONE.format(p='evo')})",
            lambda g: span(latest_of_month(int(g["evoom"])) if g.get("evoom") else r.day_phrase(g, "evo"), p),
        ),
        (  # "since the fighting began in (mid-)April": the trigger (else that month); not across a "to" ("since early
            # June to escape fighting" names June)
            # ((branch evr604q) nor across a weekday, a day of its own: "The Policía Nacional has arrested 9 persons in
            # the city since Tuesday for attacks on agents" (round 604; read as the trigger, no day): since Tuesday)
            rf"(?:since|after)\s+(?:(?!to\s|{_WEEKDAY}\s)[\w’'-]+\s+){{0,6}}?{_TRIGGER}"
            # ((branch evr189q) a place between, and "last year" after: "since the rebellion in Darfur began in February
            # last year"); (branch evr384q) or the place after the verb: "since the fighting broke out in Juba in
            # mid-December" (round 383); (branch evr404q) or a compass word before it: "broke out in northern Mali in
            # mid-January" (round 401)
            # ((branch evr588q) and "escalated", the region after it in lower case, and "at the beginning of" the month:
            # "Since violence escalated in the anglophone regions at the beginning of October last year, some 33,000
            # people have crossed into Nigeria" (round 590; read before as last year, 2017), "since the fighting in Darfur
            # escalated in April last year" (round 160; read before as April alone))
            rf"(?:(?:(?:\s+in\s+(?:the\s+)?[\w’'-]+)?\s+(?:began|started|erupted|broke\s+out|escalated)"
            rf"(?:\s+in\s+(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?(?-i:[A-Z])[\w’'-]+|\s+in\s+the\s+(?-i:[a-z]+)\s+(?:regions?|provinces?|areas?|districts?))?"
            # ((branch evr632q) or no verb, the month after the crisis and its country: "Since the start of the crisis
            # in Libya in mid-February, more than 330,000 people have crossed" (round 634; read before as mid-February
            # alone), "since the beginning of the crisis in Syria in March 2011" (round 403), "since the start of the
            # crisis in March 2011" (rounds 159, 440, 465))
            rf"|(?:\s+in\s+(?-i:[A-Z])[\w’'-]+)?(?=\s+in\s+(?:(?:early|mid|late)[-\s]+)?{_MONTH}))"
            rf"\s+(?:in\s+(?:(?P<tpart>early|mid|late)[-\s]+)?|at\s+the\s+(?:beginning|start)\s+of\s+)(?P<tmo>{_MONTH})(?:\s+(?P<tyr>(?:19|20)\d\d)|\s+(?:of\s+)?(?P<tly>last\s+year))?)?",
            since_trigger,
        ),
        # (branch evr153q) "since resettlement started in November 2007", "since the occupation began in April 1940": an
        # event of no trigger's name (after `since_trigger`, which reads a trigger's), begun in a month: from that
        # month's first day to publication, not that month alone
        (
            # ((branch evr368q) and any past verb of the event: "since the first families crossed in December 1990",
            # "since the camp was reopened in May", "since the first boat arrived in May 1975" (rounds 367 and 313))
            # ((branch evr432q) and "began / started" with a word or "to" and a word: "Since the first families began
            # arriving in December 1990" (round 429; read before as December 1990 alone))
            rf"since\s+(?:[\w’'-]+\s+){{1,8}}?(?:(?:began|started)\s+(?:to\s+)?(?-i:[a-z]{{2,}})|began|begun|started|opened|erupted|broke\s+out|(?-i:[a-z]{{2,}}ed)|came|fled|fell|left)\s+in\s+(?P<bimo>{_MONTH})"
            r"(?:\s+(?P<biyr>(?:19|20)\d\d))?\b(?!\s+\d)",
            since_began_in,
        ),
        # (branch evr86b) "since the disputed election" (not "since the June 27 vote": its day, read by the rule for dates)
        (rf"since\s+the\s+(?:[A-Za-z’'-]+\s+){{0,2}}?{_VOTE}", lambda g: span(trig, p) if trig else None),
        # ((branch evr412q) "since the opening", "since the border reopened" with no day of their own, where the
        # displacement's trigger is the opening itself: "Since the opening, more than 15,000 have crossed at the two
        # points" (round 408): from the trigger to publication, as "since the disputed election" above)
        (
            r"since\s+(?:the|its)\s+(?:(?:re)?opening(?!\s+(?:of|on|in|at|to|for|after)\b)|(?:border|borders|crossing|crossings|"
            r"frontier|gates?|checkpoints?|bridge)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:re)?opened\b"
            r"(?!\s+(?:on|in|at|to|after|for|by|its|their)\b))",
            lambda g: span(trig, p) if trig else None,
        ),
        (  # "the day after the decree", "two days after the announcement": that day; "on the eve of the invasion"
            rf"(?:(?:on\s+)?the\s+day|(?P<dan>{_COUNT})\s+days?)\s+after\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){{0,3}}?{_TRIGGER}"
            rf"|(?P<eve>(?:on\s+)?the\s+eve\s+of)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){{0,3}}?{_TRIGGER}",
            lambda g: span(*(2 * (trig + timedelta(days=-1 if g.get("eve") else _number(g["dan"]) if g.get("dan") else 1),)))
            if trig
            else None,
        ),
        (  # "since the Taliban took Kabul": an event told as a clause, the trigger
            r"since\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+"
            r"(?:took|seized|captured|overran|entered|invaded|attacked|stormed|launched)\b",
            lambda g: span(trig, p) if trig else None,
        ),
        (  # "three weeks into the war": from the trigger to that many days after it
            rf"(?P<inn>{_COUNT})\s+(?P<inu>days?|weeks?|months?)\s+into\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){{0,3}}?{_TRIGGER}",
            into_trigger,
        ),
        (  # "in the week before the decree", "in the two weeks before" (the trigger)
            rf"(?:in|during|over)\s+the\s+(?:(?P<bn>{_COUNT})\s+(?P<bu>days|weeks)|week|seven\s+days|(?P<bf>fortnight))\s+"
            rf"(?:before|prior\s+to|ahead\s+of|preceding)(?:\s+(?:[\w’'-]+\s+){{0,3}}?{_TRIGGER}|(?=\s*[,.;)]))",
            week_before,
        ),
        (
            rf"(?:before|prior to|ahead of)\s+(?:[\w’'-]+\s+){{0,3}}?{_TRIGGER}",
            lambda g: span(None, trig - timedelta(days=1)) if trig else None,
        ),
        (
            rf"(?:in|during|over|for)\s+the\s+(?:(?P<wn>{_COUNT})\s+(?P<wu>days|weeks)|week|seven days)\s+"
            rf"(?:since(?:\s+{_day_pattern('ws')})?|(?:after|following)\s+(?:[\w’'-]+\s+){{0,4}}?{_TRIGGER})",
            week_since,
        ),
        (
            # ((branch evr424q) "In the previous week, ending 3 January", "the following week, to Sunday 14 May": the week
            # named by its place beside another, its end day after a comma (round 422))
            rf"(?:(?:in|during|over)\s+)?(?:the\s+)?(?:(?:previous|preceding|following|next|same|past|last)\s+)?"
            rf"(?:(?P<tn>{_COUNT})\s+(?P<tu>hours|days|weeks)|week|seven days|(?P<tf>fortnight)),?"
            # (branch evr88b) "in the week that ended on Sunday", "the week ended 2 October": the same seven days
            # ((branch evr204q) "in the week which ended yesterday", "the seven days up to yesterday": to the day before
            # publication)
            rf"\s+(?:to|ending|up to|(?:(?:that|which)\s+)?ended)(?:\s+on)?\s+"
            # ((branch evr248q) "In the week to the 18th", "in the seven days ending the 10th": to that day of the month,
            # as "the 24th" alone is read (round 245; plainly general English of bulletins and letters))
            # ((branch evr400q) "in the 24 hours to Saturday morning": a count of hours that ends in a morning began the
            # day before, as LABELLING's "in the past 24 hours" (rounds 60, 125, 396); the morning is marked before the
            # day, whose `_PART` takes it)
            rf"(?:{_MIDNIGHT}(?P<tyd>yesterday)\b|{_HOUR_ON}(?:(?={_WEEKDAY}\s+(?P<tmorn>morning)\b))?{_day_pattern('t')}"
            r"|the\s+(?P<tom>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|day|days|week|weeks)\b))",
            lambda g: window_to(g),
        ),
        (
            # (branch evr87b) "over those same last ten days of September": the days named again
            rf"(?:(?:in|during|over)\s+)?(?:the|th[oe]se(?:\s+same)?)\s+(?P<fpart>first|last|final)\s+(?:few\s+|(?P<fdn>{_COUNT})\s+|\w+\s+)?"
            r"(?P<fdu>days|weeks?)\s+of\s+"
            rf"(?:(?P<fmo>(?-i:{MONTHS}))\b"
            rf"|{_NAMELESS_MONTH.format(p='f')})",  # (branch evr86b) "the first ten days of the month"
            month_part,
        ),
        (  # "in the second week of October", "the first week of the month"
            r"(?:(?:in|during|over)\s+)?the\s+(?P<nwk>first|second|third|fourth)\s+week\s+of\s+(?:(?P<nwm>"
            rf"(?-i:{MONTHS}))\b|(?:the|this)\s+month)",
            nth_week,
        ),
        (
            rf"(?:in|during|over|within)\s+the\s+first\s+(?:(?P<fn>{_COUNT})\s+)?(?P<fu>days?|weeks?|hours)"
            r"(?P<fafter>(?=\s+(?:after|following)\s))?",  # (branch evr464q) "the first week after the decree"
            first_days,
        ),
        (  # "the week of 19 September", "in the week starting Monday 19 September": that day and the six after
            # ((branch evr392q) not when a dash and a second day close it: "in the week of 26 September - 2 October
            # 2022" is the two days' range (round 389), read by the rule for two days of two months)
            rf"(?:(?:in|during|over)\s+)?the\s+week\s+(?:of|starting|beginning)\s+{_day_pattern('k')}(?!\s*[-–—]\s*\d)",
            lambda g: week_from(r.day_phrase(g, "k")),
        ),
        (rf"since\s+(?P<lws>{_WEEKDAY})\s+(?:of\s+)?last\s+week", lambda g: span(r.weekday_last_week(g["lws"]), p)),
        (rf"(?P<lw>{_WEEKDAY})\s+(?:of\s+)?last\s+week", lambda g: span(*(2 * (r.weekday_last_week(g["lw"]),)))),
        # ("On Tuesday and Wednesday of this week": the same two days, "this week" read with them)
        # ((branch evr380q) each day with its numeric date, as translated notices write them: "On Saturday 24.09 and
        # Sunday 25.09, 212 of our customers flew out" (round 378): both days, not the second alone)
        (
            # ((branch evr412q) and "last" before the two: "spent 38 hours in the queue last Tuesday and Wednesday"
            # (round 411): both days, the second strictly before publication, not the first alone)
            rf"(?:on\s+|(?P<plast>last\s+))?(?P<pa>{_WEEKDAY})(?:,?\s+(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.?(?!\d))?\s+and\s+(?P<pb>{_WEEKDAY})\b"
            r"(?:,?\s+(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\b\.?(?!\d))?(?:\s+(?:of\s+)?this\s+week\b)?",
            two_days,
        ),
        (r"(?:since|from)\s+(?:the\s+(?:beginning|start)\s+of\s+)?(?P<sy>(?:19|20)\d\d)\b(?!\.\d)", since_year),
        (  # "since / from the beginning of the year", "from the start of this month", "year to date"
            r"(?:since|from)\s+the\s+(?:very\s+)?(?:beginning|start|outset)\s+of\s+(?:the\s+|this\s+)?(?P<bsu>year|month|week|day)"
            r"|(?P<ytd>year[\s-]to[\s-]date)"
            # translated: "in what goes of the year" (en lo que va del año), "during the current year / month"
            r"|(?:in|during)\s+(?:what\s+goes\s+of|what\s+has\s+passed\s+of|the\s+course\s+of)\s+(?:the\s+|this\s+)?(?P<bsu2>year|month)\b"
            r"|(?:in|during|over)\s+the\s+current\s+(?P<bsu3>year|month)\b",
            calendar_start,
        ),
        (  # "so far in 2023", "in 2023 so far", "in 2022", "throughout 2021", "last year": a calendar year
            r"(?:so\s+far|to\s+date|thus\s+far)\s+in\s+(?P<calyear>(?:19|20)\d\d)\b"
            r"|(?:in|during|throughout|over|for)\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?(?P<calyear2>(?:19|20)\d\d)\b(?![-/.]\d)"
            r"|(?P<lastyear>last\s+year|the\s+previous\s+year)\b(?!\s*['’]s)",
            calendar_year,
        ),
        (  # "between January and August", "from March to May 2023": whole months ((branch evr98b) "in July-September")
            # ((branch evr576q) and the last month's end named: "from August to the end of October about 15 000 citizens
            # of countries of the Middle East arrived at Minsk National Airport" (round 577; once read as the end of
            # October alone), "between January and the end of March" (plainly general English): to its last day)
            rf"(?:(?:between|from)\s+(?P<spanfrom>(?-i:{MONTHS}))"
            r"\s+(?:and|to|until|through)\s+(?:the\s+end\s+of\s+)?"
            # ((branch evr532q) the dash spaced too: "net migration for October - December amounted to ..." (round 487))
            rf"|(?:(?:in|during|over)\s+)?(?P<hyfrom>(?-i:{MONTHS}))(?:[-–]|[ \t][-–—][ \t]))"
            rf"(?P<spanto>(?-i:{MONTHS}))\b"
            r"(?!\s+(?!(?:19|20)\d\d\b)\d)(?:\s+(?P<spanyear>(?:19|20)\d\d)\b)?",  # ((branch evr448q) its year after it:
            # "In July-September 2022", "between April and June 2022", once read as the last month alone; not "to May 5")
            month_span,
        ),
        (  # "in the first half of June": days 1-15; "the second half of 2023": July to December
            # ((branch evr384q) "semester" too, translated "primeiro semestre", "primer semestre": "In the first semester
            # of 2018 (01/01 to 30/06)" (round 381), January to June)
            r"(?:(?:in|during|over)\s+)?the\s+(?P<hp>first|second|latter)\s+(?:half|fortnight|semester)\s+of\s+(?:(?P<hmo>"
            rf"(?-i:{MONTHS}))\b"
            rf"|(?:the\s+|this\s+)?year|(?P<hy>(?:19|20)\d\d)|{_NAMELESS_MONTH.format(p='h')})",
            half_of,
        ),
        (  # (branch evr86b) "at the end of the month", "in mid-month", "early last month": a third of a month named by no name
            r"(?:(?:in|during|at|(?P<nsince>since|from)|by)\s+)?(?:the\s+)?(?P<npart>early|late|mid|middle|start|beginning|end)"
            rf"(?:-|\s+of\s+|\s+)(?:{_NAMELESS_MONTH.format(p='n')}|(?<=mid-)month\b)",
            lambda g: month_alone({"mo": nameless_month(g, "n"), "part": g["npart"], "msince": g.get("nsince")}),
        ),
        (  # (branch evr98b) "in the third quarter", "the second quarter of 2021": three whole months
            r"(?:(?:in|during|over)\s+)?the\s+(?P<qn>first|second|third|fourth)\s+quarter(?:\s+of\s+(?:the\s+year|this\s+year|(?P<qy>(?:19|20)\d\d)))?\b",
            quarter,
        ),
        (  # "in the first three months of the year", "the first six months of 2023"
            rf"(?:(?:in|during|over)\s+)?the\s+first\s+(?P<yn>{_COUNT})\s+months\s+of\s+(?:the\s+year|this\s+year|(?P<yy>(?:19|20)\d\d))",
            first_months,
        ),
        (r"since\s+last\s+week", lambda g: span(r.since_last_week(), p)),
        # "had crossed since last night": from the night before to publication, not that night alone
        (r"since\s+(?:yesterday|last\s+night)", lambda g: span(p - timedelta(days=1), p)),
        # "from 1 January" with no end: to publication; "since the Sunday 21 of March" (translated)
        # ((branch evr232q) an hour before the weekday: "since noon Saturday, when General Machado fled", "since 8 am
        # Monday": from that day)
        # ((branch evr296q) or a clock's hour and "on" before the day: "Since 00:00 on 15 September and up to 08:00 this
        # morning, police have detained 519" (round 292): from that day, not the day alone)
        (  # (branch evr472q) "according to the Border Guard's figures to Wednesday midnight" (round 469), "the district
            # said, counting to Sunday midnight" (437): the day the count was taken, closing a window a "since" opened, as
            # "figures up to Wednesday evening" (55) does (`_AS_OF`)
            rf"to(?:(?<=figures\sto)|(?<=counting\sto)|(?<=data\sto)|(?<=statistics\sto))\s+(?P<ftwd>{_WEEKDAY})\s+(?:midnight|evening|night)\b",
            lambda g: span(day, day) if (day := _last_weekday(g["ftwd"], p)) else None,
        ),
        (  # (branch evr472q) "roughly 21,000 of those who arrived after September 21 are still on the island" (rounds
            # 470, 409; as "who came after the decree", the trigger, 397, 419, 459): those come from that day on, to
            # publication, not that day alone
            rf"after(?:(?<=arrived\safter)|(?<=came\safter)|(?<=entered\safter)|(?<=crossed\safter))\s+{_day_pattern('caf')}",
            lambda g: span(first, p) if (first := r.day_phrase(g, "caf")) else None,
        ),
        (  # ((branch evr540q) a day named in other words, then its date in brackets: "since 24 Mordad (15 August)",
            # "Since the beginning of Shahrivar (23 August)" (round 542, a Persian month), "Since Sunday, 24 Mordad 1400
            # (15 August 2021), when the Taliban entered Kabul" (523): from the date in brackets, not that day alone
            rf"since\s+(?:the\s+)?(?:[\w’'-]+,?\s+){{1,5}}?\(\s*{_day_pattern('sbr')}\s*\)",
            lambda g: span(first, p) if (first := r.day_phrase(g, "sbr")) else None,
        ),
        (  # (branch evr636q) "since" and the publication's own weekday alone: "since Wednesday 1,260 passengers have
            # flown abroad from Tomsk" said on Wednesday 28 September (round 637), "since Monday" told on a Monday: the
            # week back on that weekday, as "since last Wednesday", not publication's day alone (no part of the day,
            # date or "the 21st" after it: those keep the rule below)
            rf"since\s+(?P<spwd>{_WEEKDAY})(?![ \t]*,?[ \t]*(?:morning|afternoon|evening|night|the\b|last\b|of\b|\d\d?(?:st|nd|rd|th)?\s+{_MONTH_NAME}|\d\d?[/.]\d|{_MONTH_NAME}))",
            lambda g: span(_last_weekday(g["spwd"], p, strictly_before=True), p),
        ),
        (rf"(?:since|from)\s+(?:the\s+)?(?:(?:noon|midday|midnight|\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|a\.m\.|pm|p\.m\.))\s+(?=(?-i:[MTWFS]))"
         rf"|(?:[01]?\d|2[0-4])[:.][0-5]\d(?:\s*(?:hours|hrs|h)\b)?\s+on\s+"
         # ((branch evr332q) a part of the weekday before it: "Since early Monday, when Moroccan agents stopped watching
         # the breakwater, some 8.000 people have entered" (round 328), "since late Thursday": from that day, not that
         # day alone (plainly general English, as "since noon Saturday" above))
         rf"|(?:early|late)\s+(?:on\s+)?(?={_WEEKDAY}\b))?{_day_pattern('s')}"
         # ((branch evr280q) a weekday, then its day of the month alone, as spoken: "Since Wednesday the 21st, when
         # the call-up was announced" (round 277): that day of the month, not the weekday's latest (publication's own))
         # (a comma, a stop or "when / and / until" after it: "since Monday the 3rd Battalion" is no day)
         rf"(?:(?<=day),?[ \t]+the[ \t]+(?P<sord>[12]?\d|3[01])(?:st|nd|rd|th)\b"
         rf"(?=[ \t]*[,.;:)]|[ \t]+(?:when|and|until|till|up|to|through)\b))?", since_day),
        (  # "since the weekend": from its Saturday; "this past week": as "the past week"
            r"since\s+the\s+(?:last\s+|past\s+)?weekend",
            lambda g: span(weekend(g)[0], p),
        ),
        (r"this\s+past\s+(?P<tpw>week|fortnight|month)", lambda g: past_n({"u": g["tpw"]})),
        # "in the previous week" with no number: the calendar week before publication's, as "last week" ("in the past
        # week", "the last seven days": the days up to publication)
        (
            r"(?:in|over|during)\s+the\s+previous\s+week\b",
            lambda g: span(_week_start(p) - timedelta(days=7), _week_start(p) - timedelta(days=1)),
        ),
        (  # (branch evr240q) "On the past day through the automobile checkpoints ... departed 2 317" (a translated "за
            # прошедшие сутки" after "on", as a day is said): the day before publication alone
            r"on\s+the\s+(?:past|last|previous)\s+day\b(?!\s+of\b)",
            lambda g: span(p - timedelta(days=1), p - timedelta(days=1)),
        ),
        (
            # ("in the course of the last 24 hours", translated)
            rf"(?:in|over|during|for|within|in\s+the\s+course\s+of)\s+(?:the\s+(?:past|last|previous)\s+(?:(?P<n>{_COUNT})\s+)?"
            rf"(?P<u>days?|weeks?|fortnight|months?|hours?)\b"
            # ((branch evr548q) a telex or cable drops the article: "IN PAST WEEK ABOUT 12,500 ... CROSSED" (round 548),
            # "CROSSED BY ROAD IN PAST WEEK" (164): "past" alone before a unit with no count ("past 24 hours" is read
            # below), not before a possessive ("past week's telex") nor a plural ("in past months")
            rf"|past\s+(?P<tpu>day|week|fortnight|month)\b(?!'s))",
            lambda g: past_n({"n": g.get("n"), "u": g.get("u") or g.get("tpu")}),
        ),
        (rf"(?:the\s+)?(?:past|last)\s+(?P<n2>{_COUNT})\s+(?P<u2>days|weeks|months|hours)", past_n),
        (r"(?:the\s+)?(?:past|last)\s+fortnight", lambda g: past_n({"n": "two", "u": "weeks"})),
        (  # "crossed in two days", "within two weeks", "in the space of 48 hours": the days up to publication
            rf"(?:in|within)\s+(?:just\s+|only\s+|the\s+space\s+of\s+)?(?P<n3>{_COUNT})\s+(?P<u3>days|weeks|hours)\b(?!\s+(?:after|before|since|of|from|into)\b)",
            lambda g: past_n({"n": g["n3"], "u": g["u3"]}),
        ),
        (rf"(?:(?P<far>{_COUNT})\s+(?:to|or|-)\s+)?(?P<near>{_COUNT})\s+days?\s+ago", days_ago),
        # "a week ago", "two weeks ago": that day ("the same Monday a week ago" is a comparison, no date); read from
        # "week" and from a count that is no article, not tried at every "a"
        (r"week(?<!day\sa\sweek)\s+ago", lambda g: span(*(2 * (p - timedelta(days=7),)))),
        (
            rf"(?P<wan>\d+|{_COUNT_WORDS})\s+weeks\s+ago",
            lambda g: span(*(2 * (p - timedelta(days=7 * _number(g["wan"])),))),
        ),
        (r"(?:the\s+)?day\s+before\s+yesterday", lambda g: span(p - timedelta(days=2), p - timedelta(days=2))),
        # ("crossed during the night, police said today": the night before, as "overnight")
        # (not "the overnight bus from Batumi": a kind of journey, no time)
        # ((branch evr364q) nor "overnight, between about eight last evening and six this morning": the hours after it
        # name the night, both its days, read by their own rule)
        (
            r"yesterday|last\s+night|overnight(?!\s+(?:bus|buses|coach|train|ferry|ferries|flight|boat|service|sleeper)\b)"
            rf"(?!,?\s+(?:between|from)\s+(?:(?:about|around|some)\s+)?(?:{_WORD_CLOCK}|\d))"
            r"|(?:during|in)\s+the\s+night\b(?!\s+of)",
            lambda g: span(p - timedelta(days=1), p - timedelta(days=1)),
        ),
        # ((branch evr244q) "Today" with a capital after a word is a paper's or a channel's name, no time: "told Zhaiyq
        # Today", "Kaakko Today reported" (a dozen outlets so named in the rounds' texts))
        # ((branch evr412q) "since midnight", "since dawn", "since early morning" with no day after them: the hours of the
        # day of publication, that day alone ("On Sunday alone 1,040 came ashore, and since midnight another 470 have
        # arrived" (round 409), as LABELLING's rows of rounds 387 and 396; not "since midnight on Friday", "since dawn
        # yesterday": a day of their own, read by their rules)
        (
            r"since\s+(?:midnight|dawn|daybreak|first\s+light|early\s+(?:this\s+)?morning)\b"
            rf"(?!\s+(?:on\b|of\b|yesterday\b|last\b|this\b|today\b|{_WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\d{{1,2}}[./]\d"
            r"|(?-i:[A-Z]))|,\s+" + _WEEKDAY + ")",
            lambda g: span(p, p),
        ),
        (r"today(?<![A-Za-z]\s(?-i:Today))|this\s+(?:morning|afternoon|evening)|tonight|so\s+far\s+today", lambda g: span(p, p)),
        # translated text drops the article: "over weekend", "during weekend" ("за выходные")
        (r"(?:over|at|during|on|in|for)\s+the\s+(?:past\s+|last\s+)?weekend(?!\s+of\s)|(?:over|during)\s+weekend|(?:this|last|past)\s+weekend", weekend),
        (r"this\s+week", lambda g: span(_week_start(p), p)),
        (r"last\s+week" + _NOT_AN_EVENTS, lambda g: span(_week_start(p) - timedelta(days=7), _week_start(p) - timedelta(days=1))),
        (r"this\s+month", lambda g: span(p.replace(day=1), p)),
        (  # "last month": the calendar month before publication
            r"last\s+month" + _NOT_AN_EVENTS,
            lambda g: span((p.replace(day=1) - timedelta(days=1)).replace(day=1), p.replace(day=1) - timedelta(days=1)),
        ),
        (r"(?:so\s+far\s+)?this\s+year", lambda g: span(p.replace(month=1, day=1), p)),
        (  # (branch evr380q) "Under the evacuation program that began on April 5, 26,700 refugees have been flown" (round
            # 376), "the airlift, which began on Thursday, has brought about 870": a running count since the thing began
            # on that day (as "since"), not that day alone
            rf"(?:that|which)\s+(?:began|started|opened|got\s+under\s+way)\s+(?:on\s+)?{_day_pattern('tb')}"
            r"(?=,\s+(?:(?:about|some|around|nearly|almost|over|more\s+than|at\s+least)\s+)?(?!(?:19|20)\d\d\b)\d|,\s+(?:has|have)\s+(?!been\b))",
            lambda g: span(day, p) if (day := r.day_phrase(g, "tb")) and day <= p else None,
        ),
        (  # (branch evr380q) "Up to noon on Tuesday another 1,200 had come across" (round 377, after Monday's count): a
            # day's hours up to a time, then "another" / "a further": more on that day, not a count since the trigger
            rf"(?:by|up\s+to|until|till)\s+(?:midday|noon|mid-day|the\s+evening\s+of|the\s+morning\s+of"
            rf"|\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|GMT|UTC))\s+(?:on\s+)?{_day_pattern('an')}"
            r"(?=,?\s+(?:(?:there\s+(?:were|had\s+been)|officials\s+(?:had\s+)?counted)\s+)?(?:another|a\s+further)\s+\d)",
            lambda g: span(*(2 * (r.day_phrase(g, "an"),))) if r.day_phrase(g, "an") else None,
        ),
        (
            rf"by\s+(?:midday|noon|the\s+end\s+of|the\s+evening\s+of|the\s+morning\s+of"
            rf"|\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|GMT|UTC))\s+(?:on\s+)?{_day_pattern('e')}",  # "by 5am on Wednesday"
            lambda g: by_day(r.day_phrase(g, "e")),
        ),
        # a count "by Tuesday"; "by Saturday, September 24": the date wins, as after "on"
        (rf"by\s+(?={_WEEKDAY}){_day_pattern('by')}", lambda g: by_day(r.day_phrase(g, "by"))),
        # ((branch evr480q) and "as on" before a date's day, as government notes of the subcontinent write "as of": "As on
        # 30 April 1978 the total number ... who have entered Bangladesh since the influx began on 31 March 1978 stood
        # at 1,67,000" (round 166), "As on 17th March, 2021, a total of 732 persons ... have entered Mizoram since 1st
        # March, 2021" (round 476): the day the running count was taken, which closes its window; not "as on Monday")
        (rf"(?:by|as\s+of|as\s+at|as\s+on(?=\s+\d)|up\s+to)\s+{_CLOCK}{_day_pattern('c')}", lambda g: by_day(r.day_phrase(g, "c"))),
        # (branch evr248q) "counting through Thursday", "in figures counted through Monday night": the day a running
        # count was taken, which closes its sentence's window as "up to Monday" does, not a time to come (rounds 171,
        # 176, 212, 244)
        (rf"count(?:ing|ed)\s+through\s+{_CLOCK}{_day_pattern('ct')}", lambda g: by_day(r.day_phrase(g, "ct"))),
        # (branch evr404q) "through Sunday" set off by a comma before the count: "Since the call-up began, through
        # Sunday, more than 47,000 have come" (round 402), the day the running count closes on, as "counted through"
        # (not "until Sunday", a time to come)
        # ((branch evr536q) or set off by a comma after the window, closing the sentence: "55,216 refugees had landed
        # in Key West since the first two boats arrived from Mariel on April 21, through Wednesday night" (round 537,
        # read as a week to come))
        (
            rf"through\s+{_CLOCK}{_day_pattern('thr')}"
            r"(?=\s*,\s+(?:more\s+than|over|some|about|around|nearly|almost|at\s+least|close\s+to|\d))",
            lambda g: by_day(r.day_phrase(g, "thr")),
        ),
        (
            rf"(?<=,\s)through\s+{_CLOCK}{_day_pattern('thn')}(?=(?:\s+(?:night|evening|morning))?\s*[.;])",
            lambda g: by_day(r.day_phrase(g, "thn")),
        ),
        # (branch evr456q) "through October 31" after the count, a date named: the day a running count closes on,
        # as "up to 17 July" does ("Since the announcement of the partial mobilization in Russia on September 21, more
        # than 8,000 olim ... have been welcomed in Israel through October 31" (round 454)); the day alone when no
        # window opens in its sentence (as read before)
        (
            rf"through\s+(?=\d|{_MONTH}){_day_pattern('thd')}",
            lambda g: span(*(2 * (r.day_phrase(g, "thd"),))) if r.day_phrase(g, "thd") else None,
        ),
        (
            rf"(?:in|during|over)\s+the\s+(?P<an>{_COUNT})\s+(?P<au>days|weeks)\s+(?:after|following|since)\s+{_day_pattern('f')}",
            lambda g: days_after(g),
        ),
        (rf"(?:until|till|through)\s+(?P<uwd>{_WEEKDAY})", until_day),
        # (branch evr480q) "Since last Wednesday, the day of the decision, some 28 thousand Russian citizens have landed"
        # (round 270, published on a Friday), "Since last Wednesday, the day of the decree, more than 6 000 passengers
        # have left" (round 478, on a Thursday): the day named after the comma is the trigger's, which fixes which
        # Wednesday (a week before the day before), when the trigger fell on that weekday
        (
            rf"since\s+last\s+(?P<sltwd>{_WEEKDAY}),\s+the\s+day\s+of\s+the\s+(?:decision|{_TRIGGER})\b",
            lambda g: span(trig, p)
            if trig and trig < p and trig.weekday() == WEEKDAYS.index(g["sltwd"].lower())
            else span(_last_weekday(g["sltwd"], p, strictly_before=True), p),
        ),
        (rf"since\s+last\s+(?P<slwd>{_WEEKDAY})", lambda g: span(_last_weekday(g["slwd"], p, strictly_before=True), p)),
        (rf"last\s+(?P<lwd>{_WEEKDAY})", lambda g: span(*(2 * (_last_weekday(g["lwd"], p, strictly_before=True),)))),
        (rf"next\s+(?P<nwd>{_WEEKDAY})", lambda g: span(*(2 * (_next_weekday(g["nwd"], p + timedelta(days=1)),)))),
        (_day_pattern("x"), explicit),
        # "2022-09-28"; "26/09/2022" (day first; month first where the day-first reading is no date or after publication)
        (r"(?P<isy>(?:19|20)\d\d)-(?P<ism>0[1-9]|1[0-2])-(?P<isd>0[1-9]|[12]\d|3[01])\b", lambda g: span(*(2 * (_iso_date(g),)))),
        (r"(?P<sla>\d\d?)/(?P<slb>\d\d?)/(?P<sly>(?:19|20)\d\d)\b", lambda g: _slashed_date(g, p)),
        (  # "on the 24th" (not "the 10th straight day", "the third week"); (branch evr125q) "since the 21st": to publication
            rf"(?:on\s+|(?P<domsince>since)\s+)?the\s+(?P<dom>[12]?\d|3[01])(?:st|nd|rd|th)\b"
            # ((branch evr328q) "since the 10th of this month", "on the 5th of the current month": that day of this
            # month, not the month from its first (rounds 302, 326; plainly general English))
            r"(?:\s+of\s+(?:this|the\s+(?:current|present))\s+month\b"
            r"|(?!\s+(?:of|straight|consecutive|successive|day|days|week|weeks|time|anniversary)\b)"
            # ((branch evr356q) nor a unit's or a street's ordinal: "lodged in the barracks of the 4th Regiment" (round
            # 293), "the 25th Infantry", "The 14th Army": no day of the month)
            r"(?!\s+(?:regiment|battalion|brigade|division|army|corps|infantry|cavalry|artillery|fleet|squadron|platoon"
            r"|legion|airborne|armou?red|mechani[sz]ed|rifles?|marines?|guards|street|avenue|precinct|floor|century"
            r"|congress|parliament|amendment"
            # ((branch evr432q) nor a quarter's, a gate's or a round's of a town or a talk: "travel agencies in the 14th
            # microdistrict" (round 430; read before as the 14th of the month), "the 3rd arrondissement", "the 5th ward",
            # "the 2nd round of talks")
            r"|(?:micro-?)?districts?|arrondissements?|wards?|sectors?|blocks?|quarters?|zones?|precincts?|terminals?"
            r"|gates?|platforms?|piers?|berths?|kilometres?|kilometers?|km|miles?|rounds?|editions?|birthday)\b))",
            day_of_month,
        ),
        (  # (branch evr464q) "Since the twenty-first, 64,000 Russian citizens flew out" (round 463), "Through Kyakhta
            # alone, since the twenty-first, more than 10 000 people have crossed" (round 401): the day written out
            # alone, as a speaker's "since the 21st" is, to publication (a comma after it, so no "since the first boats")
            # ((branch evr580q) or the sentence's end: "told us yesterday that 1 640 people have left Russia through the
            # Zabaikalsk road checkpoint since the twenty-first." (round 582; the day told closes the window, as for
            # "since the 21st."), as "since the twenty-first, more than 10 000" (rounds 401, 463) reads)
            rf"since\s+the\s+(?P<domw>{_DAY_WORD})(?=\s*,|\.(?:\s|$))",
            lambda g: span(latest_of_month(ORDINAL_DAYS[_SPACES.sub("-", g["domw"].lower())]), p),
        ),
        (  # (branch evr204q) "in April, May and June": the months named, together
            rf"(?:in|during|over|throughout)\s+(?P<mla>{_MONTH_NAME})(?:,\s+{_MONTH_NAME})*,?\s+and\s+(?P<mlb>{_MONTH_NAME})"
            r"(?!\s+\d)(?:,?\s+(?P<mly>(?:19|20)\d\d)\b)?",
            months_listed,
        ),
        (
            r"(?:(?:in|during|(?P<msince>since|from)|throughout|over|at|(?P<mby>by))\s+)?(?:the\s+)?(?:(?P<part>early|late|mid|middle|start|beginning|end|first|last)"
            r"(?:\s+(?:few\s+)?days)?(?:-|\s+of\s+|\s+))?"
            r"(?P<mo>(?-i:January|February|March|April|June|July|August|September|October|November|December))\b"
            r"(?!\s+(?:[12]?\d|3[01])\b(?![,.]\d))"  # ("the April 24 election": the date, read by the rule for dates)
            r"(?:,?\s+(?P<moy>(?:19|20)\d\d)\b)?",  # "by the end of September 2017": that year's
            month_alone,
        ),
        (  # May, a word too, only after "in", "since", "early", "mid-" and the like: "in May", "since mid-May 2013"
            r"(?:(?:in|during|(?P<ysince>since)|throughout|over|(?P<yby>by))\s+(?:the\s+)?"
            r"(?:(?P<ypart>early|late|mid|middle|start|beginning|end|first|last)(?:\s+(?:few\s+)?days)?(?:-|\s+of\s+|\s+))?"
            # ((branch evr264q) "in the whole of May", "for the whole of May": the month, as "the whole of March" is
            # (round 262; plainly general English: no verb "may" follows "the whole of"))
            # ((branch evr556q) "The month of May saw the largest number of arrivals" (round 557; "the month of" any other
            # month is read as the month by the rule before))
            r"|(?P<ypart2>early|late|mid)(?:-|\s+)|the\s+whole\s+of\s+|the\s+month\s+of\s+)(?-i:May)\b(?:,?\s+(?P<ymay>(?:19|20)\d\d)\b)?",
            lambda g: month_alone(
                {
                    "mo": "May", "moy": g.get("ymay"), "part": g.get("ypart") or g.get("ypart2"),
                    "msince": g.get("ysince"), "mby": g.get("yby"),
                }  # fmt: skip
            ),
        ),
        (  # any month before a year is one, May or abbreviated too: "May 2013", "since Sept. 2014"
            rf"(?:(?:in|during|(?P<asince>since|from)|throughout|over|(?P<aby>by))\s+)?(?P<amo>{_MONTH}),?\s+(?P<amy>(?:19|20)\d\d)\b",
            lambda g: month_alone({"mo": g["amo"], "moy": g["amy"], "msince": g.get("asince"), "mby": g.get("aby")}),
        ),
    ]
    return rules


def _rule_alone(index: int) -> re.Pattern:
    """Rule `index` as a pattern of its own, its match in group "r{index}" (compiled on first use)."""
    if _ALONE[index] is None:
        _ALONE[index] = re.compile(rf"\b(?P<r{index}>{_RULE_PATTERNS[index][0]})", re.IGNORECASE)
    return _ALONE[index]


def _rules_at(phrase: str) -> tuple[re.Pattern, ...]:
    """The rules, in order, that a match can start with where the text reads `phrase` (`_phrase_at`): those with a
    leading phrase that `phrase` opens with. Only these can match there, and the first that does is the match an
    alternation of all the rules finds (nothing follows the alternation, so its first branch to match wins)."""
    longest = next((phrase[:end] for end in range(len(phrase), -1, -1) if phrase[:end] in _PHRASES), None)
    if longest not in _BY_PHRASE:
        _BY_PHRASE[longest] = tuple(
            _rule_alone(index)
            for index, phrases in enumerate(_RULE_PHRASES)
            if longest is not None and any(longest.startswith(phrase) for phrase in phrases)
        )
    return _BY_PHRASE[longest]


def _phrase_at(text: str, start: int, length: int) -> str:
    """text[start:] as leading phrases write it (`case_folded`, a run of digits "#", of spaces " "), to `length`
    characters (fewer only at the end of the text)."""
    size = length + 24
    while True:
        phrase = _SPACE_RUN.sub(" ", _DIGIT_RUN.sub("#", case_folded(text[start : start + size])))
        if len(phrase) >= length or start + size >= len(text):
            return phrase[:length]
        size *= 4


_DIGIT_RUN = re.compile(r"\d+")
_DIGITS_OR_SPACES_RUN = re.compile(r"\d\d|\s\s")
_SPACE_RUN = re.compile(r"\s+")


def compile_rules() -> None:
    """Compile every rule (what `_rules_at` compiles on first meeting it; 0.13 s): a child forked
    afterwards to find a long page's times inherits them instead of compiling those it meets again
    for every page."""
    for index in range(len(_RULE_PATTERNS)):
        _rule_alone(index)


def _candidates(text: str):
    """Matches of the rules, tried only at words that can start one, and there only the rules whose leading phrases
    the text goes on with ("in the" tries 27 rules of the 30 that may open with "in"), left to right."""
    position = 0
    by_phrase: dict[str, tuple[re.Pattern, ...]] = {}
    # and by the text as written, where it holds no run of digits or spaces: it is then its phrase letter for letter
    # (most are), so it is read once
    by_written: dict[str, tuple[re.Pattern, ...]] = {}
    for word in _STARTS.finditer(text):
        at = word.start()
        if at < position:
            continue
        length = word.end() - at + PHRASE_REST  # (a phrase is its first word, or a digit's "#", and a few characters)
        written = text[at : at + length]
        rules = by_written.get(written)
        if rules is None:
            phrase = _phrase_at(text, at, length)
            if phrase not in by_phrase:
                by_phrase[phrase] = _rules_at(phrase)
            rules = by_phrase[phrase]
            if _DIGITS_OR_SPACES_RUN.search(written) is None:
                by_written[written] = rules
        for rule in rules:
            match = rule.match(text, at)
            if match:
                position = match.end()
                yield match
                break


_STATEMENT = keywords(
    r"said|says|announced|reported|added|confirmed|stated|tweeted|wrote|estimated|noted|posted|published|informed"
    r"|declared|indicated"  # (branch evr84b) "the director general declared yesterday that": translated "a déclaré", "a indiqué"
    r"|voiced|communicated(?:\s+the\s+(?:data|figures?|numbers?))?"  # (branches evr117b, evr121b) translated: "which was
    # voiced on Wednesday at the briefing", "which has communicated the data the Thursday"; "gave its first estimate on Thursday:"
    r"|estimate"
    # "told a news conference this afternoon that ...": the day of telling, three words after "told"
    r"|told\s+(?:a|the)\s+(?:(?:news|press)\s+)?(?:conference|briefing)"
    # ("told parliament's House committee on Wednesday": up to four words told, a possessive among them)
    # ((branch evr372q) not past a "that": "told me that since August the 3rd ... more than 70,000 have come", "told us
    # that in the past 24 hours": a time after the "that" is what was told, not the day of telling (rounds 253, 262, 369))
    r"|told\s+(?!to\b|that\b)[\w’'-]+(?:\s+(?!that\b)[\w’'-]+){0,3}"  # "informed on Monday the Border Guard Service": translated "сообщила"
    # (branch evr137q) "a telegram dated June 14", "the minister, speaking in the Assembly on Thursday,": the day the
    # count was given
    r"|dated|speaking\s+(?:in|at|to|before)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    # (branch evr352q) "according to figures the border division gave Adjara Today on Wednesday, 9 480 ... have entered
    # ... since 21 September" (round 351): the day the figures were given, as "told" a paper
    r"|gave\s+(?!up\b|way\b|birth\b|chase\b|in\b|these\b|those\b|the\s+following\b)[\w’'-]+(?:\s+[\w’'-]+){0,3}"
    # ((branch evr432q) and figures "shared with" a paper, "provided to" an agency on a day: "the operator said in figures
    # shared with the Gulf Courier on Monday" (round 431; the since-window closes that day, as "gave" above))
    r"|(?:shared\s+with|(?:provided|supplied|released|sent|handed)\s+to)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+",
    # "said in a statement this evening", "said in a statement on Tuesday"
    # "told reporters in Kabul on Thursday", "said in Moscow on Tuesday": a capitalised place where it was said
    # (branch evr74b) "said here today": the reporter's place between, as a dateline's
    # (branches evr117b, evr121b) "said at a briefing on Monday", "said at a news conference on Monday"; translated
    # "informed this Thursday", "communicated ... the Thursday"
    tail=r"\s+(?:here\s+)?(?:(?:in|at)\s+a\s+(?:statement|briefing|post|release)\s+|at\s+a\s+(?:(?:news|press)\s+)?(?:briefing|conference)\s+"
    r"|in\s+[A-Z][\w’'-]+\s+)?(?:on\s+|this\s+|the\s+)?$",
)
# (branch evr536q) figures released by an office on a day, its name between: "Figures released by the Phuket
# Immigration Office yesterday show that 21,480 ... arrived ... from September 21 to Tuesday" (round 539), "figures
# released by the Interior Ministry's migration service on Thursday": the day the figures were given, not what they
# count (as "said", `_STATEMENT`, whose look-back is too short for the office's name)
_RELEASED_BY_BEFORE = re.compile(
    r"\b(?:figures|data|statistics|numbers)\s+(?:were\s+)?(?:released|published|issued)\s+"
    r"(?:by\s+(?:[A-Za-z’'-]+\s+){1,7}?)?(?:on\s+|this\s+)?$",
    re.IGNORECASE,
)
# (branch evr564q) an event announced on a day, in the passive: "about twice as many as in the week before the partial
# mobilisation was announced in Russia on 21 September" (round 567, read as the week before 21 September, the day taken
# for the count's), "since the call-up was announced on September 21": the day the event began, not a source's day of
# telling its figures (not "the figures were announced on Tuesday")
_EVENT_ANNOUNCED_BEFORE = re.compile(
    r"\b(?!(?:figures?|data|numbers?|statistics|totals?|counts?|results)\b)[A-Za-z’'-]+\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"announced\s+(?:in\s+[A-Z][\w’'-]+\s+)?(?:on\s+|this\s+|the\s+)?$"
)
# "officials who visited the river on Tuesday said ...": the day of saying, the verb after it
_SAID_AFTER = re.compile(r"\s+(?:said|told|reported|announced|stated|informed)\b")  # ("on Tuesday informed:", translated)
# (branch evr384q) "On 25 October it said that 215 000 ... had entered Kazakhstan since 21 September", "On Tuesday the
# ministry announced that ...": a day opening its sentence, then a short subject (no number, no comma) and the verb of
# saying with "that" or a colon: the day of telling, which closes the sentence's window (round 383)
# ((branch evr468q) or the verb right before the count, with no "that": "On Friday the Georgian interior ministry said
# almost 70,000 Russian citizens had entered Georgia since the decree" (round 466, read as Friday alone); and a
# subject of up to five words after "the": "On June 7 the UN refugee and migration agencies announced that the number
# of Venezuelans who have left their country since 2015 had passed four million" (182, read as running to the
# publication day))
_SAID_AFTER_SUBJECT = re.compile(
    r",?\s+(?:it|they|he|she|the\s+(?:[A-Za-z’'-]+\s+){0,4}?[A-Za-z’'-]+|[A-Z][A-Za-z’'-]+(?:\s+[A-Z][A-Za-z’'-]+){0,2}"
    # ((branch evr628q) or a country's office by its possessive, up to three words after it: "On Wednesday,
    # Kazakhstan's interior ministry said that some 98,000 Russians had entered the country since the twenty-first of
    # September" (round 628, read as running to the publication day))
    r"|[A-Z][A-Za-z-]+[’']s\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)"
    r"\s+(?:said|reported|announced|stated|informed|told\s+(?:[A-Za-z’'-]+\s+){0,3}?)"
    # (the count then a window "since" it opened, not "On Tuesday it said 5,500 vehicles were waiting": that day's)
    r"(?:\s+that\b|:|\s+(?=(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?\d"
    r"[^.;!?\n]{0,120}?\bsince\b))"
)
# (branch evr608q) those who came to a place named between their verb and "after": "about 5 100 Russian citizens who
# entered the country after 21 September are still in Azerbaijan" (round 610), "who entered Montenegro after 21
# September were staying" (598), "who entered Germany after 21 September are still in" (485), "who came to Georgia
# after 21 September" (426): from that day on, to publication, as "who entered after 21 September" (`_rules`) reads
_CAME_TO_A_PLACE_AFTER_BEFORE = re.compile(
    r"\b(?:arrived|came|entered|crossed)\s+(?:(?:in|into|to)\s+)?(?:the\s+country|(?-i:[A-Z])[\w’'-]+)\s+after\s+$",
    re.IGNORECASE,
)
# (branch evr384q) "The total ... who have entered India since March 25 stood at 58,04,000 on June 11", "the number
# ... reached 27 470 on Monday": the day a running total stood at its number is the day it was taken, which closes the
# sentence's window (round 383)
_TOTAL_STOOD_BEFORE = re.compile(
    r"\b(?:stood|stands|stand|reached|had\s+reached|totall?ed|rose\s+to|had\s+risen\s+to|climbed\s+to)\s+(?:at\s+)?"
    r"(?:(?:about|some|nearly|almost|over|more\s+than|just\s+over|around)\s+)?\d[\d,.\u00a0 ]*\d(?:\s+(?:million|thousand|lakh|crore))?"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[Oo]n\s+)?$")
_AS_OF = re.compile(
    rf"(?:as\s+(?:of|at)|up\s+to|by|count(?:ing|ed)\s+through|through(?=\s+(?:\d|{_MONTH}))"
    # ((branch evr536q) a weekday's part: "..., through Wednesday night." closing a running count, as the comma rule reads it)
    rf"|through(?=\s+{_WEEKDAY}\s+(?:night|evening|morning)$)"
    rf"|to(?=\s+{_WEEKDAY}\s+(?:midnight|evening|night)\b)"
    r"|as\s+on(?=\s+\d))\s",  # ((branch evr472q) "figures to Wednesday midnight"; (branch evr480q) "As on 17th March")
    re.IGNORECASE,
)  # "by Tuesday evening": a count taken then
# "up to yesterday", "as of last night"; (branch evr248q) "counting up to the end of yesterday" (rounds 233, 247)
# ((branch evr312q) or an hour of that day between: "As at 6.00 p.m. yesterday, Monday 12th March, a total of 8,250 had
# crossed ... since Saturday" (rounds 266, 311); not "up to 9 hours yesterday", a wait)
_AS_OF_BEFORE = re.compile(
    rf"\b(?:as\s+(?:of|at)|up\s+to)\s+(?:the\s+end\s+of\s+|{_HOUR_OF_YESTERDAY})$", re.IGNORECASE
)
# (branch evr352q) an hour then "on" a named day: "As at 6.00 p.m. on Wednesday, 14th March, 2018, a total of 8,950 had
# crossed ... since 10th March" (rounds 324, 351): the day a running count was taken, as "as at 6.00 p.m. yesterday" is
_AS_AT_HOUR_ON_BEFORE = re.compile(
    r"\bas\s+(?:of|at)\s+(?:\d{1,2}[:.]\d\d(?:\s*(?:a\.m\.|p\.m\.|am|pm|hrs\.?|hours))?|\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm))\s+on\s+$",
    re.IGNORECASE,
)
# (branch evr488q) a source's figures said to run to a day: "with the figures running to Sunday" (round 459), "The note
# cites data of the Ministry of Internal Affairs, which run to 10 October" (487), "The figures run to the end of
# Tuesday" (427): the day the running counts were taken, which closes the window a since opened, as "up to" does
FIGURES_RUN_TO_BEFORE = re.compile(
    r"\b(?:figures|data|numbers|statistics)\b[^.;:!?]{0,60}?\brun(?:s|ning)?\s+(?:up\s+)?(?:to|until|through)\s+"
    r"(?:the\s+end\s+of\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# (branch evr260q) "since 21 September and to the end of Tuesday, 98 600 ... have entered": "and to / until / till"
# closes the window a since opened, as "and up to" does (evr98b's "Since 21 September and up to yesterday evening")
_AND_TO_BEFORE = re.compile(r"\band\s+(?:to|until|till)\s+(?:the\s+end\s+of\s+|midnight\s+(?:on\s+)?)?$", re.IGNORECASE)
# "ASTANA, Sept 29 (Wire) -": when it was filed; (branch evr125q) "NARVA, Estonia, Sept 24 (AP) -" names the country
# between, as most wires' datelines do
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,},?\s*(?:[A-Z][a-z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s*)?")
_DATELINE_SMALL = re.compile(r"\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*(?:[A-Z][a-z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s*)?")
_DATELINE_CLOSE = re.compile(r"(?:\s*\([^()\n\d]{1,40}\)|,\s*[A-Z]{2,}\b)?\s*(?:--|[-–—]\s)")
# "the first day since the invasion on which more went east": a record told, no window of the figure's
_NO_WINDOW = keywords(
    r"the\s+(?:first|only|busiest|highest|biggest|largest|lowest|worst|quietest)\s+(?:day|time|week|month)\s+since"
    r"\s+(?:the\s+)?[\w’'-]+"
    # ((branch evr556q) and any short noun phrase between, before a year: "the largest number of arrivals since 2012",
    # "the highest weekly figure since 2006", "the busiest weekend since 2019" (rounds 557, 490, 532, 47))
    r"|the\s+(?:busiest|highest|biggest|largest|lowest|worst|quietest|greatest)(?:\s+(?!since\b)[a-z][\w’'-]*){0,4}"
    r"\s+since\s+(?:19|20)\d\d\b"
    # "512 ..., it is the maximum from the beginning of the year": a record told, translated ("максимум с начала года")
    r"|(?:the|a)\s+(?:maximum|record|peak)\s+(?:since|from)\s+(?:the\s+)?[\w’'-]+"
)
# ("in the same period of the year 2021", translated)
_SAME_PERIOD = keywords(  # "the same period of last year / of 2023": that window a year back (`figures._period`)
    r"(?:in\s+|over\s+|during\s+)?the\s+same\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen"
    rf"|{COMPOUND_NUMBER}|\d{{1,2}})\s+(?=days|weeks|months|hours))?"
    r"(?:period|time|window|interval|days|weekend|weeks?(?!\s+\d\d?\b(?![.,]\d|\s\d{3}\b))|months?|hours)"  # "in the same four
    # days": the window of the figure before ((branch evr368q) not "in the same week 39", a numbered calendar week)
    # ((branch evr608q) and "weekend": "Over the same weekend 240 people went back" (rounds 611, 475), the weekend of a
    # figure before (`figures._period`))
    # ((branch evr604q) and "interval", as Romanian border police statements write it: "In the same interval, 418
    # persons left Romania for Ukraine" after the day's entries (rounds 604, 588, 562, 380, 353))
    # ((branch evr352q) "Over the same week after the decree about 8 900 left" (round 349): the week after the trigger
    # told before, not the trigger's window to publication)
    rf"(?:\s+(?:after|since|following)\s+the\s+{_TRIGGER}\b)?"
    r"(?:(?:\s+(?:of|in)|,)?\s+(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before)|(?:the\s+year\s+)?(?:19|20)\d\d\b))?"
    r"|(?:in|over|during)\s+that\s+(?:time|period)"
    # (branch evr592q) "the period" alone, the window named before: "6 912 entries ... were recorded in the period" and
    # "The balance of entries and exits for the period is 48 750 persons" after "In the period 21 September - 20
    # October 2022" (round 594), "During the period, 96 840 citizens" (round 531); not "the period 21 September - 20
    # October", "the period from / of / since ...": a window of its own
    r"|(?:in|for|over|during)\s+the\s+period\b(?![ \t]*(?:from|of|between|since|to|until|till|same|\d|(?-i:[A-Z])|[–-])"
    r"|,[ \t]*(?:from|between|since)\b)"  # (nor "in the period same, from the 1 August until the 25 August", round 114)
    r"|(?:on\s+)?the\s+same\s+day(?!\s+(?:a|one|the|last|next|of)\b)"  # not "the same day a week ago"
    r"|(?:on\s+)?that\s+(?:same\s+)?day\b"  # "one of 10,000 who crossed that day": the day named before
    # (branch evr76b) "for the same day last week passed near 1 thous. 900": the figure before's day, a week back
    r"|(?:for\s+|on\s+)?the\s+same\s+day\s+(?:of\s+)?last\s+week"
    r"|(?:(?:in|during|over)\s+)?(?:a|one|the)\s+(?:day|week|month)\s+(?:before|earlier)(?=\s*,)"  # "A week before, the
    # number was": opening a sentence, the window of the figure before, one such unit back (`figures._period`)
    # ((branch evr452q) with "in" before it: "41,300 passengers arrived in the week to Sunday, October 2. In the week
    # before, the count was 29,800" (round 448), the week before that one, not the week before the decree)
    # "1,018 came ashore on Sunday, a day after about 600 landed in Aceh": the figure after it, one such unit back
    r"|(?:a|one)\s+(?:day|week)\s+after(?=\s+(?:about|some|around|nearly|more\s+than|over|\d))"
)


_RESTATED = re.compile(r"\s*\(\s*")
_RESTATED_OPENING = re.compile(r"\s*(?:,|\()\s*(?:the\s+|on\s+)?")  # (branch evr352q) "Since Tuesday last week, 2 April"
_WEEKDAY_THEN_DAY = re.compile(r",?\s+")  # "Saturday the 9th", "Saturday, the 9th"
_WEEKDAY_ENDS = tuple(WEEKDAYS)
_VEHICLE_AFTER = re.compile(r"\s+(?:bus|coach|train|ferry|flight|ship|boat|service|sleeper|connection|sailing|crossing)", re.IGNORECASE)
# "BONGAON, India, April 23 -" opening a line near the top: the day the dispatch was filed
# ((branch evr232q) and the wire's double hyphen, with the year in brackets before it or not: "TUNIS, April 16 (1923).
# -- The", "FORT-DE-FRANCE, Martinique, May 21. -- The" (rounds 224, 229))
# ((branch evr308q) or the day before the month, the dash spaced ("SUBOTICA, 10 January - Despite", "KUKES, 5 April -
# The", "IOANNINA, 7 March - The": rounds 98, 119, 274, 306), or a colon closing it, as papers of the subcontinent
# print it ("PESHAWAR, Jan 9: The stream"))
_DATELINE_DAY = re.compile(
    rf"^[A-Z][A-Z .'’-]{{2,}},[^\n\d]{{0,30}}?\b(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}))\b"
    rf"[^\n\d]{{0,25}}?(?:\s[-–—]\s|:\s+(?=[A-Z])|(?:\s*\(\d{{4}}\)[.,]?)?\s*--\s*(?=[A-Z]))",
    re.MULTILINE,
)
# (branch evr284q) the day before the month, as European papers print it, and the dash glued to the stop or no dash
# but the stop: "ANDAU, 22. November. The", "LE PERTHUS, 6 February, night. — For", "BONGAON, April 23.— The" (rounds
# 280, 281, 283): the paper's "today" and "yesterday" are that day's
_DATELINE_DAY_FIRST = re.compile(
    rf"^[A-Z][A-Z .'’-]{{2,}},[^\n\d]{{0,30}}?\b(?:(?P<d>{_DAY})\.?\s+(?P<m>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})\b)"
    rf"[^\n\d\-–—]{{0,25}}?(?:\.\s?[-–—]\s|(?<=\.)\s+(?=[A-Z][a-z]))",  # (no dash before: "April 12 -- a diary.")
    re.MULTILINE,
)

# "London and Kampala, September 18" on a line of its own under the byline: a newspaper's dateline, the place in
# ordinary case and no dash
_DATELINE_LINE = re.compile(rf"^[A-Z][\w .'’-]{{2,40}},\s+(?P<m>{_MONTH})\s+(?P<d>{_DAY})[ \t]*$", re.MULTILINE)
# (branch evr248q) a correspondent's letter dated on a line of its own under the paper's head, days before the paper:
# "CETTINJE, Tuesday, March 14.", "CRACOW, March 24.", "BROWNSVILLE, Texas, Saturday, Nov. 12, 1859.",
# "SCHAFFHAUSEN, SATURDAY, JULY 14." (rounds 240, 242, 244, 246): the letter's "Thursday last" and "since" are its day's
# ((branch evr252q) or the town in capitals and small letters, one or two words, the line closed by its stop:
# "Harbin, November 4." under "THE NORTH-CHINA HERALD, SATURDAY, NOVEMBER 11, 1922." (not "London and Kampala, September 18"))
_LETTER_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]{2,30}|(?P<small>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)),(?:\s+[A-Z][a-z]+,)?(?:\s+(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),)?"
    r"\s+(?P<m>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?\s+(?P<d>(?:[12]?\d|3[01]))(?:st|nd|rd|th)?"
    r"(?:,\s+(?P<y>1[6-9]\d\d|20\d\d))?\.?[ \t]*$",
    re.MULTILINE,
)


def filed_day(text: str, published: date) -> date:
    """The day a dispatch was filed when its dateline names one a few days before publication (a newspaper's report
    of the day before): "this afternoon" and "since last Friday" are that day's, not the paper's; else `published`."""
    dateline = _DATELINE_DAY.search(text, 0, 1500) or _DATELINE_LINE.search(text, 0, 1500)
    if dateline is None:
        # (the paper's own head, "THE DAILY CHRONICLE, MONDAY, MARCH 20, 1882.", is the same shape: passed over)
        for letter in _LETTER_DATELINE.finditer(text, 0, 1500) if "\n" in text[:1500] else ():
            if letter.group("small") and not letter.group().rstrip().endswith("."):
                continue  # ("Monday, June 18, 1979": a line in small letters with no stop is no letter's)
            try:
                filed = _calendar_date(letter.group("d"), letter.group("m"), letter.group("y"), published)
            except (ValueError, KeyError):
                return published
            if filed != published:
                return filed if 1 <= (published - filed).days <= 10 else published
        if "." in text[:1500] and (other := _DATELINE_DAY_FIRST.search(text, 0, 1500)):  # (a letter's day first)
            day, month = other.group("d") or other.group("d2"), other.group("m") or other.group("m2")
            try:
                filed = _calendar_date(day, month, None, published)
            except ValueError:
                return published
            return filed if 1 <= (published - filed).days <= 3 else published
        return _signed_letter_day(text, published)
    try:
        day, month = dateline.group("d") or dateline.group("d2"), dateline.group("m") or dateline.group("m2")
        filed = _calendar_date(day, month, None, published)
    except ValueError:
        return published
    return filed if 1 <= (published - filed).days <= 3 else published


# (branch evr260q) a letter's close: "I am, Sir, yours, etc., / FRONTIERSMAN. / Quetta, March 9th." (round 258),
# "I am, Sir, yours faithfully, / A MISSIONARY. / Mersina, Wednesday, April 28, 1909." (234)
_VALEDICTION = re.compile(r"\b(?:[Yy]ours\b|I\s+am,\s+Sir\b|I\s+have\s+the\s+hono(?:u)?r\s+to\s+be\b|[Oo]bedient\s+servant\b)")


def _signed_letter_day(text: str, published: date) -> date:
    """The day a letter to the paper names under its signature, the town and the day on its last line, when it is a
    few days before publication: the letter's "yesterday" and "since the first of January" run to that day."""
    end = len(text.rstrip())
    tail = max(0, end - 300)
    if "Sir" not in text[tail:end] and "ours" not in text[tail:end] and "servant" not in text[tail:end]:
        return published
    valediction = _VALEDICTION.search(text, tail, end)
    if valediction is None:
        return published
    letter = None
    for letter in _LETTER_DATELINE.finditer(text, valediction.end(), end):
        pass  # (the last such line: the place and day the letter was written)
    if letter is None or text[letter.end() : end].strip():
        return published
    try:
        filed = _calendar_date(letter.group("d"), letter.group("m"), letter.group("y"), published)
    except (ValueError, KeyError):
        return published
    return filed if 1 <= (published - filed).days <= 10 else published


# "since fighting broke out in the Dniester city of Bendery on June 19": the lead names the day the event began
# ((branch evr117b) "since the order was published on Nov. 18", "since the army opened its offensive against the
# Grammos stronghold on Aug. 24")
_EVENT_BEGAN_ON = re.compile(
    rf"\bsince\s+(?:the\s+)?(?:[\w’'-]+\s+)?{_TRIGGER}\s+(?:began|broke\s+out|started|erupted|was\s+(?:published|issued|announced|signed))\b"
    rf"[^.\n]{{0,80}}?\bon\s+(?:[^.\n]|\.(?=\s\d)){{3,20}}"  # ("on Nov. 18": an abbreviated month's stop)
    rf"|\bsince\s+the\s+(?:[\w’'-]+\s+){{1,2}}?(?:opened|launched|began|started)\s+(?:its|their|an?)\s+{_TRIGGER}\b"
    rf"[^.\n]{{0,80}}?\bon\s+(?:[^.\n]|\.(?=\s\d)){{3,20}}",
    re.I,
)


# (branch evr86b) "after the disputed Aug. 9 presidential election", "since the coup of 1 February": an event the lead
# names by its day
_EVENT_OF_A_DAY = re.compile(
    rf"\bthe\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})\s+(?:[\w’'-]+\s+){{0,2}}?(?P<event>{_TRIGGER}|{_VOTE})\b"
    rf"|\bthe\s+(?P<named>{_TRIGGER}|{_VOTE})\s+(?:of|on)\s+(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})"
)


def event_day(lead: str, published: date, text: str = "") -> date | None:
    """The day the lead says the event began, when the report is given none: what a later "since the fighting
    began" counts from; or the day it names an event by that `text` counts from ("since the election")."""
    if "since" in lead and (told := _EVENT_BEGAN_ON.search(lead)):
        days = [t.period.start for t in find_times(told.group(), published) if t.period and t.period.start]
        return days[-1] if days else None
    for told in _EVENT_OF_A_DAY.finditer(lead):
        event = re.escape(told.group("event") or told.group("named"))
        if re.search(rf"\b[Ss]ince\s+the\s+(?:[\w’'-]+\s+)?{event}\b", text):
            days = [t.period.start for t in find_times(told.group(), published) if t.period and t.period.start == t.period.end]
            if days:
                return days[0]
    return None


# (branch evr169q) a cable written in capitals: "ON OCT 10 ALONE", "SINCE JULY 1", "MONDAY": a month's name next to a
# day's number, and a weekday's, as the rules read them (a month's name alone stays: "THE MARCH TO THE BORDER")
_CAPITALS_DATE_WORD = re.compile(
    r"(?<=\d\s)(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b"
    r"|\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*(?=\.?\s\d)"
    r"|\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b"
)


def cased_capitals(text: str) -> str:
    """`text` with its dates' words in capitals written as the date rules read them, where the text is written in
    capitals (fewer than one letter in twenty lower case in its first 4,000 characters); the same length."""
    sample = text[:4000]
    lower = sum(c.islower() for c in sample)
    if lower * 20 >= sum(c.isupper() for c in sample) or not _CAPITALS_DATE_WORD.search(text):
        return text
    return _CAPITALS_DATE_WORD.sub(lambda m: m.group().capitalize(), text)


def _writes_day(text: str, day: date | None) -> bool:
    """Whether `text` writes `day` as a day of its month ("26 March", "March 26", "26th of March")."""
    if not day:
        return False
    month = calendar.month_name[day.month]
    return bool(re.search(rf"\b{day.day}(?:st|nd|rd|th)?(?:\s+of)?\s+{month}\b|\b{month}\s+{day.day}\b(?!\d)", text))


def find_times(text: str, published: date, trigger: date | None = None, offset: int = 0) -> list[TimeMention]:
    """Every time expression in `text` that resolves, in text order (spans shifted by `offset`)."""
    rules = _rules(_Resolver(published, trigger, _writes_day(text, trigger)))
    found: list[TimeMention] = []
    for match in _SAME_PERIOD.finditer(text):
        if match.group().endswith(("before", "earlier")) and text[max(0, match.start() - 4) : match.start()].rstrip()[-1:] not in ("", ".", "\n"):
            continue  # "as many as a week earlier, while ...": a comparison inside a sentence, no window of its own
        if match.group().endswith("after") and text[max(0, match.start() - 2) : match.start()] != ", ":
            continue  # only an aside after a comma ("on Sunday, a day after 600 landed") dates the figure after it
        found.append(TimeMention(match.start() + offset, match.end() + offset, None))
    same = sorted([(t.start - offset, t.end - offset) for t in found] + [m.span() for m in _NO_WINDOW.finditer(text)])
    same_starts = [start for start, _end in same]
    same_reach = list(itertools.accumulate((end for _start, end in same), max))
    # A rule's period follows from its match's groups alone (the whole match among them), and the groups from the
    # rule's pattern and the words matched: each distinct expression ("on Monday") is resolved once per rule.
    resolved: dict[tuple, tuple[Period, bool] | None] = {}
    last_end, last_period = -1, None
    for match in _candidates(text):
        if same and _overlaps(same_starts, same_reach, match.start(), match.end()):
            continue
        if _VEHICLE_AFTER.match(text, match.end()) and match.group().lower() == "overnight":
            continue  # "a seat on the overnight bus": a kind of service, no time
        key = (match.re, match.groups())
        if key not in resolved:
            resolved[key] = _resolve(rules, match)
        if resolved[key] is None:
            continue
        period, as_of = resolved[key]
        if (
            not as_of
            and match.group()[:1] in "yYlL"
            and match.group().lower().startswith(("yesterday", "last night"))
            and _AS_OF_BEFORE.search(text, max(0, match.start() - 24), match.start())
        ):
            # (branch evr220q) "up to yesterday evening, 41,600 had crossed ... since the withdrawal began on 28 June":
            # the day a running count was taken, which closes the window of its sentence as "up to 3 July" does
            as_of = True
        elif (
            not as_of
            and period.start is not None
            and period.start == period.end
            and _AS_AT_HOUR_ON_BEFORE.search(text, max(0, match.start() - 30), match.start())
        ):
            as_of = True  # (branch evr352q) "As at 6.00 p.m. on Wednesday, 14th March": the day the count was taken
        elif not as_of and "and " in text[max(0, match.start() - 30) : match.start()] and _AND_TO_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            as_of = True  # (branch evr260q) "since 21 September and to the end of Tuesday": the window's close
        elif (
            not as_of
            and period.start is not None
            and period.start == period.end
            and "run" in text[max(0, match.start() - 30) : match.start()]
            and FIGURES_RUN_TO_BEFORE.search(text, max(0, match.start() - 90), match.start())
        ):
            as_of = True  # (branch evr488q) "with the figures running to Sunday": the day the counts were taken
        elif (
            not as_of
            and period.start is not None
            and period.start == period.end
            and _TOTAL_STOOD_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            as_of = True  # (branch evr384q) "since March 25 stood at 58,04,000 on June 11": the day the total was taken
        if (
            period.start is not None
            and period.start == period.end
            and period.end < published
            and text[max(0, match.start() - 6) : match.start()].lower() == "after "
            and _CAME_TO_A_PLACE_AFTER_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            period = Period(period.start, published, f"after {period.how}")  # (branch evr608q) "entered the country after"
        window_closed = bool(found) and found[-1].period is last_period and found[-1].as_of  # (the day a count was taken)
        if last_period and period.start == period.end == last_period.end and (
            _RESTATED.fullmatch(text, last_end, match.start())
            # (branch evr173q) "From 21 September to yesterday, Wednesday, 6,480 ...": a window's last day said again
            # after a comma
            or last_period.start is not None and last_period.start < last_period.end and _RESTATED_WINDOW.fullmatch(text, last_end, match.start())
            # (branch evr564q) "Since 21 September and up to the end of yesterday, Monday 3 October, Sharm el-Sheikh
            # ... received 19 420" (round 564): the day a count was taken said again after a comma closes the window
            # still, not a day's count of its own
            or window_closed and _RESTATED_WINDOW.fullmatch(text, last_end, match.start())
        ):
            as_of = as_of or window_closed
            period = last_period  # "in the week to Sunday (17 May)": the date in brackets restates the window's last day
        elif (
            last_period
            and period.start == period.end == last_period.start
            and last_period.end is not None
            and last_period.start < last_period.end
            and last_period.how[:6].lower() == "since "
            and _RESTATED_OPENING.fullmatch(text, last_end, match.start())
        ):
            # (branch evr352q) "Since Tuesday last week, 2 April, about 220 thousand have crossed" (round 350): the date
            # after the comma restates the day the window opens on, not a day of its own
            period = last_period
        elif (
            last_period
            and found
            and found[-1].period is last_period
            and last_period.start is not None
            and last_period.end == published
            and period.start is not None
            and period.start < period.end < published
            and abs((period.start - last_period.start).days) <= 1
            and _RESTATED.fullmatch(text, last_end, match.start())
        ):
            # (branch evr544q) a window to publication said again in brackets with its dates: "in the past week (28
            # September - 4 October 2022)", "Entries, since 21 September (21.09-04.10)" in a release of 5 October
            # (rounds 544, 546): the dates in the bracket, which close the window on the day the figures were taken
            found[-1] = TimeMention(found[-1].start, found[-1].end, period, found[-1].statement, found[-1].as_of)
        if (
            last_period
            and last_period.how.lower().endswith(_WEEKDAY_ENDS)
            and period.how.startswith(("the ", "on the "))
            and _WEEKDAY_THEN_DAY.fullmatch(text, last_end, match.start())
        ):  # (branch evr121b) "on Saturday the 9th": the day of the month names which Saturday, not the last one
            if last_period.how.lower() not in WEEKDAYS and last_period.start != last_period.end and period.start < last_period.end:
                # (branch evr204q) "since the violence broke out on Saturday the 6th": the window opens on that day
                period = Period(period.start, last_period.end, f"{last_period.how} {period.how}")
            found[-1] = TimeMention(found[-1].start, match.end() + offset, period, found[-1].statement, found[-1].as_of)
            last_end, last_period = match.end(), period
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        statement = bool(
            _STATEMENT.search(text, max(0, match.start() - 40), match.start())
            # ((branch evr284q) a dateline names one day: "YEREVAN. Between 21 and 29 September, 42.500 ... entered"
            # opens its sentence with the figure's window, not the day it was filed)
            or (period.start is None or period.start == period.end) and _DATELINE.fullmatch(text, line_start, match.start())
            # ((branch evr360q) or the town in small letters, the day closed by the agency and its dashes:
            # "Piranshahr, West Azarbaijan Province, April 10, IRNA -- Some 45,000 ... entered ... in the past 24 hours"
            # (round 358), "Aizawl, March 17 (Frontier Northeast) - More than": the day it was filed)
            or (
                period.start == period.end
                and _DATELINE_SMALL.fullmatch(text, line_start, match.start())
                and not text[line_start : text.find(",", line_start)].lower() in WEEKDAYS
                and _DATELINE_CLOSE.match(text, match.end())
            )
            or _SAID_AFTER.match(text, match.end())
            or _RELEASED_BY_BEFORE.search(text, max(0, match.start() - 90), match.start())
            or (
                period.start is not None
                and period.start == period.end
                and _SENTENCE_OPENS.search(text, max(0, match.start() - 8), match.start()) is not None
                and _SAID_AFTER_SUBJECT.match(text, match.end()) is not None
            )
        )
        if statement and _EVENT_ANNOUNCED_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            statement = False  # (branch evr564q) "the mobilisation was announced on 21 September": the event's day
        if (
            period.start is not None
            and period.start == period.end
            and match.group().split()[0].lower() in WEEKDAYS
            and _THAT_WEEKDAY_BEFORE.search(text, max(0, match.start() - 10), match.start())
            and not _WEEK_APART_AFTER.match(text, match.end())
        ):
            # (branch evr392q) "crossed at Kairak on Sunday, September 25 ... some 4,100 entered through Kairak that
            # Sunday alone", "waited up to three and a half hours in the hall that Saturday night" (rounds 389, 99): the
            # weekday the text dated last, not the last one before publication
            weekday = WEEKDAYS.index(match.group().split()[0].lower())
            named = next(
                (t.period for t in reversed(found) if t.period and t.period.start is not None and t.period.start == t.period.end
                 and t.period.start.weekday() == weekday),
                None,
            )
            if named is not None and named.start != period.start:
                period = Period(named.start, named.end, f"{match.group()} ({named.how})")
        found.append(TimeMention(match.start() + offset, match.end() + offset, period, statement, as_of))
        last_end, last_period = match.end(), period
    if "ince that da" in text or "ince then" in text or "after that da" in text:
        found = _since_that_day(text, found, published, offset)
    if " quarter" in text:
        found = _the_quarter_named_before(text, found, offset)
    found.sort(key=lambda t: t.start)
    return _in_narrative_year(text, _closed_windows(text, found, offset), published, offset, trigger)


# (branch evr392q) "that Sunday", "the same Wednesday": a weekday the text named before (not "the same Monday a week
# earlier", a week apart)
# ((branch evr640q) nor "that" opening what was said: "The airport's press service said that Monday's two flights to
# Seoul carried 251 passengers" (round 642, read as the Monday of "full until 3 October" named before, a week after
# publication): the last Monday, as "told us that on Thursday alone some 12,000 people entered" (round 8) is read)
_THAT_WEEKDAY_BEFORE = re.compile(
    r"(?:(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\bus\s)(?<!\breported\s)(?<!\breports\s)(?<!\bannounced\s)"
    r"(?<!\bstated\s)(?<!\badded\s)(?<!\bnoted\s)(?<!\bconfirmed\s)\bthat|\bthe\s+same)\s+$",
    re.IGNORECASE,
)
_WEEK_APART_AFTER = re.compile(r"[\w ]{0,12}\b(?:a|one|the)\s+week\s+(?:earlier|before|ago)|\s+(?:of\s+)?(?:the\s+)?(?:previous|last|prior)\s+week", re.IGNORECASE)


# (branch evr248q) "Since that date not fewer than 1,400 persons ...", "have crossed ... since that day": the window
# opens on the day the text named last before it (rounds 186, 190, 209, 245, 247)
# ((branch evr256q) and "since then": "announced an amnesty on Saturday, and about 200 have gone back since then"
# (rounds 201, 254))
# ((branch evr608q) and those who came "after that date": "has registered 2,310 citizens of Russia since 21 September.
# The regional hokimiyat estimates that about 3,600 Russians who arrived after that date are still in the region"
# (round 609, read as the page's day; as 538's "who had entered Georgia after that date", a place between, not taken):
# from the day named before)
_SINCE_THAT_DAY = re.compile(
    r"\b[Ss]ince\s+(?:that\s+(?:date|day)\b|then\b(?!\s+(?:on|until|till|to)\b))"
    r"|(?:(?<=arrived\s)|(?<=entered\s)|(?<=came\s)|(?<=crossed\s))after\s+that\s+(?:date|day)\b"
)


def _since_that_day(text: str, found: list[TimeMention], published: date, offset: int) -> list[TimeMention]:
    """Add "since that date" (or "who arrived after that date") as the window from the last day named before it
    (within 1,500 characters, a single day or the day a "since" window opened) to `published`."""
    found = sorted(found, key=lambda t: t.start)
    added = []
    for match in _SINCE_THAT_DAY.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        before = [
            t for t in found
            if t.end <= start and start - t.end <= 1500 and t.period is not None and t.period.start is not None
            and not t.statement and (t.period.start == t.period.end or t.period.how[:5].lower() == "since")
        ]
        # ("that day" alone is read as the period of the figure before: here it names its first day)
        inside = [t for t in found if t.start < end and start < t.end]
        if not before or any(t.period is not None or not (start <= t.start and t.end <= end) for t in inside):
            continue
        day = before[-1].period.start
        if day < published:
            found = [t for t in found if t not in inside]
            added.append(TimeMention(start, end, Period(day, published, f"since that date ({before[-1].period.how})")))
    return found + added


# (branch evr532q) "in the quarter", "in the same quarter (of 2021)" with no quarter of its own named: the quarter the
# text named last before it ("the third quarter", "July-September"), in the year given after it ("Russians entered
# Russia 8.71 million times in the quarter", "In the same quarter of 2021, ... 7.1 million": rounds 534, 226, 446, 465)
_THE_QUARTER = re.compile(r"\b(?:in|during|over|for)\s+the\s+(?:same\s+)?quarter\b(?:\s+of\s+(?P<y>(?:19|20)\d\d)\b)?", re.IGNORECASE)


def _whole_quarter(period: Period) -> bool:
    """Whether a period is one calendar quarter, its three whole months."""
    first, last = period.start, period.end
    if first is None or last is None or first.day != 1 or first.month not in (1, 4, 7, 10) or last.year != first.year:
        return False
    return last.month == first.month + 2 and (last + timedelta(days=1)).day == 1


def _the_quarter_named_before(text: str, found: list[TimeMention], offset: int) -> list[TimeMention]:
    """Add "in the (same) quarter" as the quarter named last before it (within 3,000 characters)."""
    found = sorted(found, key=lambda t: t.start)
    added = []
    for match in _THE_QUARTER.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        if any(t.start < end and start < t.end for t in found):
            continue
        before = [
            t for t in found
            if t.end <= start and start - t.end <= 3000 and t.period is not None and not t.statement and _whole_quarter(t.period)
        ]
        if not before:
            continue
        named = before[-1].period
        first, last = named.start, named.end
        if match.group("y"):
            year = int(match.group("y"))
            first, last = first.replace(year=year), last.replace(year=year)
        added.append(TimeMention(start, end, Period(first, last, f"{match.group()} ({named.how})")))
    return found + added


# the day that closes a window opened before it in the sentence: "Since 5 August, 98,000 ... (as of 18:00 on 8
# August)", "since September 21, 3,900 ..., up to and including Wednesday", "between Sept. 21, the day ..., and
# midnight on Wednesday"
_CLOSES_WINDOW = re.compile(
    r"(?:up\s+to\s+and\s+including|as\s+(?:of|at)\s+(?:\d{1,2}[:.]\d\d\s+(?:hours?\s+)?(?:on\s+)?)?"
    r"|,\s+(?:and|to|until|till)\s+(?:(?:midnight|noon|the\s+end\s+of)\s+(?:on\s+)?)?"
    # "on the state for 2 October", "according to the state on": "as of" translated word for word ("по состоянию на")
    r"|(?:on|according\s+to)\s+the\s+state\s+(?:for|on|of|at)"
    # (branch evr324q) a count's own close at an hour of a day, as "as of 18:00 on 8 August" (round 64) is: "Since
    # 24.02.2022, ... 649 900 persons (data to 24:00 on 3 March 2022)", "up to 24:00 on Thursday" (round 322)
    r"|\b(?:up\s+)?to\s+\d{1,2}[:.]\d\d\s+(?:hours?\s+)?on\s+"
    # (branch evr169q) "Since 2022.09.21 until 2022.10.02", translated ("с ... по ..."): the window's own close
    r"|^\s+(?:until|till)\s+(?:the\s+)?)\s*$"
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_ALONE_AFTER = re.compile(r"\s+alone\b")
_UNTIL_WEEKDAY = re.compile(r"(?:until|till)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE)
_UNTIL_GAP = re.compile(r"\s+(?:until|till)\s+")
# a since opening the sentence's window before its day, no sentence's end between
_SINCE_IN_SENTENCE = re.compile(r"\b[Ss]ince\s[^.;\n]*$")
_RESTATED_WINDOW = re.compile(r",\s*")  # "From 21 September to yesterday, Wednesday": the window's last day said again
# "over the same period, from Sept. 21 to Wednesday": the window said again ((branch evr524q) the comma optional: "received
# about 3,100 passengers from Russia over the same period since September 21" (round 525; as "In the same period since
# 21 September", rounds 502, 506, 524): the since is the window)
_SAME_PERIOD_THEN_WINDOW = re.compile(r",?\s*")


def _closed_windows(text: str, found: list[TimeMention], offset: int) -> list[TimeMention]:
    """Join a window's opening day to the day a later phrase of its sentence closes it with; drop
    "the same period" where the window is said again just after it."""
    kept: list[TimeMention] = []
    for mention in found:
        last = kept[-1] if kept else None
        gap = text[last.end - offset : mention.start - offset] if last else ""
        # (branch evr504q) up to 240 characters, not 160: a since whose event is told at length before its count
        # still opens the window an "as of this morning" after the count closes: "Since the beginning of the NATO air
        # operation on 24 March and the start of the mass expulsion of ... by Serb military and police forces,
        # 127 500 Kosovars have entered ..., as of 08:00 this morning" (rounds 504, 502; read before as this morning
        # alone), "since the beginning of June until 6 July inclusively" after a long subject (round 90)
        if last is None or len(gap) > 240 or "\n" in gap or ";" in gap or mention.period is None:
            kept.append(mention)
        elif last.period is None:
            if _SAME_PERIOD_THEN_WINDOW.fullmatch(gap) and mention.period.start != mention.period.end:
                kept[-1] = mention
            else:
                kept.append(mention)
        elif (
            mention.period.start == mention.period.end
            and last.period.start is not None
            and last.period.start < mention.period.start
            and _CLOSES_WINDOW.search(gap)
            # ((branch evr540q) not a day singled out after the count: "since 21 September 7 640 people have left Russia
            # through the Kyakhta road checkpoint, and yesterday alone 1 180" (round 543; as "and on Tuesday alone four
            # thousand two hundred" after a count since Sunday, 199): that day's share, the since running on to
            # publication)
            and not _ALONE_AFTER.match(text, mention.end - offset)
            and (
                # ((branch evr204q) "from Wednesday, 17 March, to Friday, 19 March": "from" opens it as "since" does)
                last.period.how[:5].lower() in ("since", "from ") and mention.period.start <= last.period.end
                or _BETWEEN_BEFORE.search(text, max(0, last.start - offset - 9), last.start - offset)
                # (branch evr173q) "since the opening of the corridor the Friday 21 January until yesterday evening":
                # a day after the since of its sentence, closed by "until" a later day
                or last.period.start == last.period.end
                and _UNTIL_GAP.fullmatch(gap) is not None
                and _SINCE_IN_SENTENCE.search(text, max(0, last.start - offset - 120), last.start - offset) is not None
            )
        ):
            window = Period(last.period.start, mention.period.end, f"{last.period.how} ... {mention.period.how}")
            kept[-1] = TimeMention(last.start, last.end, window, last.statement, last.as_of)
            # (branch evr137q) the closing day kept as the same window, so that its day's number ("and Wednesday,
            # Sept. 28") stays part of a date, not a count
            kept.append(TimeMention(mention.start, mention.end, window, mention.statement, mention.as_of))
        elif (
            (until := _UNTIL_WEEKDAY.fullmatch(mention.period.how)) is not None
            and last.period.how[:5].lower() in ("since", "from ")
            and last.period.start is not None
            and last.period.end == mention.period.start  # a since to publication, then "until <weekday>" from it
            and not gap.strip(" ,")
            and last.period.start <= (closed := _last_weekday(until.group(1), mention.period.start))
        ):
            # (branch evr356q) "since the ballot on 30 August until Thursday evening (9/9), a total of 62.530 had entered"
            # (round 352): "until" closes the window the since opened on the weekday's latest day, not a week to come
            window = Period(last.period.start, closed, f"{last.period.how} ... {mention.period.how}")
            kept[-1] = TimeMention(last.start, last.end, window, last.statement, last.as_of)
            # (branch evr137q) the closing day kept as the same window, so that its day's number ("and Wednesday,
            # Sept. 28") stays part of a date, not a count
            kept.append(TimeMention(mention.start, mention.end, window, mention.statement, mention.as_of))
        else:
            kept.append(mention)
    return kept


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the spans whose sorted starts are `starts` and whose ends'
    running maximum is `reach`: those starting before `end` (found by bisection) must reach past
    `start` (reading all of them for each time expression made a megabyte that says "on the same
    day" in every line take 6 s)."""
    index = bisect.bisect_left(starts, end) - 1
    return index >= 0 and reach[index] > start


def _resolve(rules: list, match: re.Match) -> tuple[Period, bool] | None:
    """The period a rule's match names, and whether it is the day a count was taken ("as of 20 July");
    None when it names none ("February 30", a start after the end)."""
    try:
        resolved = rules[int(match.lastgroup[1:])][1](_NO_GROUPS | match.groupdict())
    except (ValueError, KeyError):
        return None
    if resolved is None:
        return None
    start, end = resolved
    if start and end and start > end:
        return None
    phrase = " ".join(match.group().split())
    return Period(start, end, phrase), bool(_AS_OF.match(phrase))


_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_WRITTEN = re.compile(
    rf"\b(?:{MONTH_ABBREVIATIONS})[a-z]*\.?(?:\s|$)|\b\d{{1,2}}\.\d{{1,2}}\.(?!\d)"
)


def _shift_year(day: date, year: int) -> date:
    return day.replace(year=year) if not (day.month == 2 and day.day == 29) else date(year, 2, 28)


def _in_narrative_year(
    text: str, found: list[TimeMention], published: date, offset: int, trigger: date | None = None
) -> list[TimeMention]:
    """A calendar date written without its year ("on 5 September") in a paragraph that has named an earlier
    year ("In August 2017, ...") is that year's, not the one before publication."""
    year_of_line: dict[int, int] = {}
    named_of_line: dict[int, date] = {}  # the first day of the period that named the year
    for i, mention in enumerate(found):
        if mention.period is None:
            continue
        line = text.rfind("\n", 0, mention.start - offset) + 1
        phrase = mention.period.how
        written = _YEAR_WRITTEN.search(phrase)
        if written:
            year_of_line[line] = int(written.group())
            named = mention.period.start or mention.period.end
            if named is not None:
                named_of_line[line] = named
            else:
                named_of_line.pop(line, None)
            continue
        year = year_of_line.get(line)
        start, end = mention.period.start, mention.period.end
        if (
            year is None
            or year >= published.year
            or not _MONTH_WRITTEN.search(phrase)
            or end is None
            or end >= published
            or (start and start.year != end.year)
        ):
            continue
        named = named_of_line.get(line)
        if named is not None and _shift_year(end, year) < named <= (start or end) and (end - named).days < 366:
            # (branch evr424q) "since 1 December 2023. On 10 January, 612 crossed" (published 12 January 2024): a day
            # that the named year would put before the day named, and that as read already falls in the year after
            # it, is the narrative's next year (it ran over New Year), not a day months before the one it follows
            continue
        if trigger is not None and (start or end) >= trigger > _shift_year(end, year):
            # (branch evr564q) a year named for comparison before it ("against 318 in September 2021. A further 640
            # came by sea between 21 September and 16 October", round 567; "which resumed flights on 30 October 2021
            # ... carried 7,420 passengers ... in October", 489): a window that as read falls after the trigger, and
            # that the named year would end before it, is the running crisis's, not that earlier year's
            continue
        period = Period(_shift_year(start, year) if start else None, _shift_year(end, year), phrase)
        found[i] = TimeMention(mention.start, mention.end, period, mention.statement, mention.as_of)
    return found


_RULE_PATTERNS = _rules(_Resolver(date(2000, 1, 1), None))
_RULE_PHRASES = [leading_phrases(pattern, re.IGNORECASE) for pattern, _resolve in _RULE_PATTERNS]
# Where a rule can start: the first word of one of the rules' leading phrases, followed by the rest
# of that phrase ("in" only before "the", "during", "early", ...). Trying the rules only there, and
# only the rules whose phrases the text goes on with, is what keeps a megabyte of text to a few
# hundredths of a second.
_PHRASES = set().union(*_RULE_PHRASES)
_STARTS = phrase_starts(_PHRASES)
_ALONE: list[re.Pattern | None] = [None] * len(_RULE_PATTERNS)  # each rule compiled alone (`_rule_alone`)
_BY_PHRASE: dict[str | None, tuple[re.Pattern, ...]] = {}  # the rules to try by the longest phrase the text opens with
# every rule's named groups (and the group "r{i}" of each), None: a rule matched alone gets those of the others as an
# alternation of them all gives them
_NO_GROUPS = dict.fromkeys(
    [f"r{index}" for index in range(len(_RULE_PATTERNS))]
    + [name for pattern, _resolve in _RULE_PATTERNS for name in group_names(pattern, re.IGNORECASE)]
)
