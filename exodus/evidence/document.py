"""Reading a news page into the paragraphs of its article.

Scraped pages carry more than the article: advertisement slots, video-player notices,
"Related Topics" rails, image captions, and sometimes whole unrelated stories appended
after the end. Figures in any of those are not evidence, so they are removed here,
before anything is extracted. Paragraph spans index into `Document.text`, which is the
file's own text for plain text and trafilatura's extract for HTML.
"""

import bisect
import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .gazetteer import Mention, scan
from . import parallel
from .patterns import WEEKDAY_NAME, keywords


class EvidenceInputError(ValueError):
    """A file that cannot be read as a news report; the message says which and why."""


class ExtractorFailure(RuntimeError):
    """An error raised inside the extractor on a report that was read: a bug in exodus, not in
    the report, named with the report so that it can be reproduced and reported."""

    def __init__(self, path: str | Path, error: Exception):
        super().__init__(
            f"{path}: the extractor failed on this report ({type(error).__name__}: {error}); "
            "this is a bug in exodus, not in the report: please report it with the file"
        )


@contextmanager
def paused_gc():
    """Hold the cycle collector while a report is read: reading allocates tens of thousands of
    small objects and makes no cycles, and the collector's passes over them cost a tenth of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class Document:
    path: str
    text: str
    paragraphs: list[tuple[int, int]]
    is_html: bool
    title: str = ""
    dropped: dict[str, int] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)  # gazetteer scan of the whole text, done once
    posts: list[int] = field(default_factory=list)  # live blogs: the timestamped post each paragraph is in
    headings: list[str] = field(default_factory=list)  # Q&As: the question that opens each paragraph's post

    def paragraph_text(self, index: int) -> str:
        start, end = self.paragraphs[index]
        return self.text[start:end]


_NOT_CONTENT = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_STAMPED_HEADING = re.compile(
    r"<(h[1-6])\b[^>]*>\s*(\d{1,2}[:.]\d{2})\s*(?:&mdash;|&ndash;|&#8212;|&#8211;|—|–|-|\|)[^<]{0,200}</\1\s*>", re.IGNORECASE
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|div|p)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z’']{3,}")

# Page furniture, matched at the start of a line, or anywhere in it for the second tuple.
_BOILERPLATE_START = re.compile(
    r"(?:advertisement|advert|sponsored(?: content)?|ad)$|video\s*[:|/]|watch\s*:|play video|\d{1,2}:\d{2}(?::\d{2})?$"
    # an advertisement told on its own line, its label then its text: "ADVERTISEMENT: MTN Mobile Money - send GH₵100
    # for free this weekend" (round 256), "ADVERTISEMENT | Mae Sot Riverside Resort" (248), "Advertisement: Dover Castle
    # summer events - tickets from £19.50" (255)
    r"|(?:advertisement|sponsored(?: content)?)\s*(?::|\||—|–|-\s)"
    r"|related(?: topics| articles| stories| coverage)?\s*:?|more on\b|read more\b|read full article"
    r"|tags?\s*:|source\s*:|next\b|previous\b|share (?:this|on)\b|sign up\b|subscribe\b"
    r"|follow us\b|click here\b|copyright\b|©|the article is in\b|most read\b|listen to (?:this|the) article"
    # an appended correction repeats the wrong figure it corrects: "Correction: An earlier version ... said 3,000"
    r"|correction\s*:|clarification\s*:|an earlier version of this\b",
    re.IGNORECASE,
)
_BOILERPLATE_ANYWHERE = ("video player", "be played", "enable javascript")
# a live post opening "More on the Uzbek numbers: the office says 585 ... arrived ...": its sentence, not a link
_MORE_ON_PROSE = re.compile(r"(?i:more on)\b[^:\n]{0,60}:\s+(?:\S+\s+){7,}\S*[.!]$")
# A rail of links to other stories: a headline after it, before any prose, opens a story appended after the article's end.
_RAIL = re.compile(r"related(?: topics| articles| stories| coverage)?\s*:?$|more on\b|most read\b", re.IGNORECASE)
_HEADLINE_WORDS = 4
_CAPTION_START = re.compile(r"pictured\s*:|(?:photo|image|picture|credit)\s*:|screenshot\b", re.IGNORECASE)
_CAPTION_ANYWHERE = (
    "(pictured)",
    "photo/",
    "photos/",
    "photo /",
    "/photo",
    "/ photo",
    "scanpix",
    "getty images",
    "image caption",
    "file photo",
)
_LONGEST_BOILERPLATE = 400
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "| Georgia | 48,000 | ... |" (a table as trafilatura writes it) or "Uganda        37,491"
# ((branch evr592r) or a row of columns aligned by spaces whose first cell is a date or a span of days, "21-30 September
# 2022      57 870    21 395", "  19-25 Sep     1,940     1,610" (rounds 594, 98: a table of entries and exits by
# period; before, such a line, opening on a digit, was no row, and none of its counts was read))
DATED_ROW = re.compile(
    rf"[ \t]*\d{{1,2}}(?:[ \t]?[-–][ \t]?\d{{1,2}})?[ \t]+(?i:{_MONTH})(?:[ \t]+\d{{4}})?(?:\t|[ \t]{{3,}})\d"
)
_TABLE_ROW = re.compile(rf"\s*\|.*\|\s*$|\s*[A-Z][^\t|]{{0,40}}?(?:\t|\s{{2,}})\S|{DATED_ROW.pattern}")


def table_row(line: str) -> bool:
    """Whether `line` is a table row (`_TABLE_ROW`). A row needs a bar, a tab or two spaces together: a line
    of printable ASCII with none of them (most prose) is none, told without the pattern's 40-step search."""
    if "|" not in line and "  " not in line and line.isascii() and line.isprintable():
        return False
    return _TABLE_ROW.match(line) is not None
# ((branch evr588r) and a point's letter in brackets: "(a) Farkawn entry point : 1,912" (round 591), "(a) Ikom Local
# Government Area: 1,280 persons" (515), "(a) Tuesday, 31-10-2023: 12,478" (517): a statement's items under their
# lead-in, dropped as headings for want of a stop)
_BULLET = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)](?!\d)|\([a-h]\))\s+\S")  # "- Georgia: 69,000", "1. Haitians repatriated: 4,912"
# (branch evr424r) an unbulleted item of a list by day, its date, a dash or a colon, then its count: "27 September -
# 10,912", "on Saturday 24.09 - 1 080 persons,", "Sept. 28: 11,284" (rounds 329, 420: a ministry's or a channel's
# entries by day under "... entered Georgia during the past seven days:"), no heading without its stop
DATED_ITEM = re.compile(
    rf"(?i)\s*(?:on\s+)?(?:{WEEKDAY_NAME},?\s+)?"
    # ((branch evr468r) a day and month with the stop after the month, "Monday 26.09.: 431" (rounds 467, 445), and dots
    # led from the day to its count, "Monday 23 November ........ 1,214" (rounds 466, 467))
    rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}(?:\.\d{{2,4}}|\.(?=\s*:))?)(?:,?\s+\d{{4}})?"
    r"\s*(?:[-–—:]|\s[-–—]\s|\.{4,})\s*(?:(?:about|around|some|over|nearly|almost|more\s+than)\s+)?\d"
)
_HAS_DIGIT = re.compile(r"\d")


def _row_or_item(line: str) -> bool:
    """Whether `line` is a table row, a bulleted item or an item of a list by day: a line that belongs to what
    introduced it, with no closing stop of its own."""
    return table_row(line) or _BULLET.match(line) is not None or DATED_ITEM.match(line) is not None


# (branch evr500r) an unbulleted item whose name's leader dots run to its count: "Masnaa ........ 198 300", "\"Kairak\"
# (West Kazakhstan region) ........ 57 215" (rounds 474, 479, 485, 500: a list by crossing point or country, dropped as
# a heading for want of a stop); the name holds no dot, so that the dots end it. Kept only when the name names a place
# (`_names_a_place`): not "Cars ........ 5,230" (round 493, vehicles), and not a total or the rest, "Total ........
# 64 300", "Other crossings ........ 12 140", which would take the place of the item above (round 485)
_LEADER_ITEM = re.compile(r"\"?(?!(?:total|other|all|of\s+which)\b)[A-Z][^.\n]{0,80}?\s?(?=\.{4,}\s*\d)", re.IGNORECASE)


# (branch evr504r) an unbulleted item whose name, a bracket after it or not, has a colon or a spaced dash to its count,
# the count ending the line (a word for people after it or not): "Terehova (Latvian-Russian border) - 412", "Narva-1:
# 6 480", "Novosibirsk (Tolmachevo) - 8 120 passengers" (rounds 497, 507: lists by crossing point or airport under "...
# was as follows:" or "By airport of departure:", dropped as headings for want of a stop). Kept, as `_LEADER_ITEM` is,
# only when the name names a place: not "Residence applications: 3.420" (round 415), nor a total
_PLACE_ITEM = re.compile(
    r"(?!(?i:total|other|all|of\s+which|in\s+total)\b)[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2}(?:\s\([^()\n]{1,60}\))?"
    r"(?::\s|\s[-–—]\s)(?=\d{1,3}(?:[ ,.\u00a0]\d{3})*(?:\s(?:persons|people|passengers|citizens))?;?\s*$)"
)


def _names_a_place(line: str, start: int, mention_starts: list[int], mentions: list[Mention]) -> bool:
    """Whether `line` (at `start` in the text) is an unbulleted leader-dot item (`_LEADER_ITEM`) or an item with a
    colon or dash to its count (`_PLACE_ITEM`) whose name holds a place's name (not a people's: "Egyptians ........
    62 400" counts a nationality)."""
    item = _LEADER_ITEM.match(line) if "...." in line else _PLACE_ITEM.match(line)
    if item is None:
        return False
    first = bisect.bisect_left(mention_starts, start)
    end = start + item.end()
    return any(mentions[i].role == "name" for i in range(first, bisect.bisect_left(mention_starts, end)))


# a box of key figures in a flash update: its heading, and its lines, each opening with its number ("~ 20,000 arrivals")
# ((branch evr636r) and with its period or source in brackets after it: "KEY FIGURES (5 - 11 September)" over
# "13,580   Afghans observed leaving for Iran at Zaranj" (round 639, four key figures, none read), "KEY FIGURES (as of 13
# August)" (589), "KEY FIGURES (as of 9 March, 24:00)" (492), "KEY FIGURES (reporting period)" (585))
_FIGURES_HEADING = re.compile(
    r"(?i)(?:(?:key|main)\s+figures|(?:\w+\s+)?in\s+numbers|at\s+a\s+glance|figures|highlights)(?:\s*\([^()]{1,80}\))?:?"
)
_FIGURE_FIRST = re.compile(r"(?:~|approx\.?|about|over|some|more\s+than|nearly)?\s*\d", re.IGNORECASE)
# "INTERVIEWER: ", "Q: ", "Reporter: ": who speaks a line of a transcript
_SPEAKER = re.compile(r"(?:[A-Z]{1,3}|[A-Z][A-Za-z]{1,20}|[A-Z][A-Z ]{2,24}):\s+(?=[A-Z])")
_TRANSCRIPT_QUESTIONS = 2  # a transcript's questions carry their speaker: two make a Q&A
_TIME_OF_DAY = re.compile(r"\s*(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m\b)", re.IGNORECASE)  # "14:05", "5.10pm", "18h40"
# (branch evr83b) "18h40 - According to the frontier guard, ...": a post whose time opens its own paragraph, then a dash;
# (branch evr84b) or in brackets, "(16h50) At Belladere, ...", as translated French live pages write it
_STAMPED_PARAGRAPH = re.compile(rf"{_TIME_OF_DAY.pattern}[ \t]*[-–—][ \t]|\(\d{{1,2}}[:.hH]\d{{2}}\)", re.IGNORECASE)
_LIVE_BLOG_STAMPS = 3
# (branch evr153q) a post's time alone on its line, its stop the abbreviation's: "3:05 p.m.", "10 a.m. CST"
_LONE_TIME = re.compile(rf"{_TIME_OF_DAY.pattern}(?:\s*[ap]\.m)?\.?(?:\s+[A-Z]{{2,4}})?\s*", re.IGNORECASE)
_QUESTION_WORDS = 12
_SPOKEN_QUESTION_WORDS = 40  # a transcript's question, with its speaker, may set the scene first
_CLOSERS = "\"”’'»)]"


# (branch evr412r) a social-media post's hashtags after its last stop: "... crossed into Poland. #Ukraine #StandWithUkraine"
# (round 410, a border guard's posts); the post still ends as a sentence does
_TRAILING_HASHTAGS = re.compile(r"(?<=[.!?\"”’'»)\]])(?:\s+#\w+)+\s*$")


def _ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does: a stop (then closing quotes or brackets), or a quote mark."""
    line = line.rstrip()
    if "#" in line:
        line = _TRAILING_HASHTAGS.sub("", line)
    return line[-1:] in "\"”’'»" and line != "" or line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")

# Words that keep a paragraph on the subject of people moving, whatever the article.
_MOVEMENT_WORDS = keywords(
    r"fle[de]|flee\w*|exodus|refugee\w*|migra\w*|emigra\w*|border\w*|crossing\w*|checkpoint\w*|queue\w*"
    r"|mobili[sz]\w*|conscri\w*|draft\w*|call-up\w*|called up|reservists?|asylum|displace\w*|evacua\w*|deport\w*|visa\w*"
    r"|arriv\w*|entered|entering|left the country|flights?|cross(?:ed|es)|waits?|waiting|tickets?|seats?|fares?"
    r"|migrants?|departures?|entries|exits"
)
_STOPWORDS = set(
    "the and that this with from have has had were was they their them there then than what when where which while who"
    " will would could should about after before into over also just only more most some such said says told been being"
    " other many much very even like made make upon your yours ours here these those because against between".split()
)


def read_document(path: str | Path) -> Document:
    """Read a plain-text or HTML report and keep only its article paragraphs."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise EvidenceInputError(f"{path}: cannot read file ({error.strerror or error})") from None
    return parse_document(raw, str(path))


def parse_document(raw: bytes, name: str) -> Document:
    """The article in `raw` (bytes of a text or HTML page) as kept paragraphs."""
    with paused_gc():
        return _parse_document(raw, name)


# (branch evr608p) Turkish's capital I with a dot, "İzmir", "İstanbul" (rounds 611, 598, 482, 462, 282, 239 write them so),
# read as "I", one character for one: the gazetteer's names and the rules' patterns open on A-Z, so that "The İzmir
# Provincial Directorate of Migration Management says that some 5,600 Russians ..." read no place (round 611: the count
# put at Sarajevo) and "an onward ticket from İzmir to Sarajevo" no route's start (read from the fare before's town)
_DOTTED_CAPITAL_I = "\u0130"
_UNDOTTED = str.maketrans(_DOTTED_CAPITAL_I, "I")


def _parse_document(raw: bytes, name: str) -> Document:
    if not raw.strip():
        raise EvidenceInputError(f"{name}: file is empty; expected a news report as plain text or HTML")
    head = raw[:65536]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if b"\x00" in head or controls > len(head) * 0.01:
        raise EvidenceInputError(f"{name}: file is binary, not text; expected a news report as plain text or HTML")
    text = _decode(raw)
    is_html = len(_HTML_SNIFF.findall(text[:20000])) >= 2
    title = ""
    if is_html:
        text, title = _html_article(text, name)
    text = _unshout(text)
    if _DOTTED_CAPITAL_I in text:  # (branch evr608p) "İzmir", "İstanbul": see `_UNDOTTED`
        text, title = text.translate(_UNDOTTED), title.translate(_UNDOTTED)
    # a long text's words are counted in a child meanwhile (as long as finding its places and paragraphs)
    long_text = len(text) >= parallel.MIN_CHARACTERS
    with parallel.in_child(partial(_word_counts, text), worth_a_fork=long_text) as counted_apart:
        mentions = scan(text)
        paragraphs, dropped, posts, headings = _article_paragraphs(text, mentions)
        counted = counted_apart()
    words, tokens = counted if counted is not None else _word_counts(text)
    if words < 5 or words < 0.5 * tokens:
        raise EvidenceInputError(
            f"{name}: no readable prose ({words} words in {tokens} tokens); expected a news report"
        )
    return Document(name, text, paragraphs, is_html, title, dropped, mentions, posts, headings)


# (branch evr432p) wire copy typed in capitals ("ON WEDNESDAY 1,240 HUNGARIANS CROSSED THE FRONTIER IN THE AREA OF
# SUBOTICA", rounds 164, 170, 174, 200, 203, 415, 431): the gazetteer's names, the weekdays and months and the cues are
# matched by their case, so a report mostly in capitals is read in ordinary case: the words the gazetteer finds in its
# capitalised form ("Subotica", "Hungarians"), the weekdays and months and a sentence's first word keep a capital, short
# words that are no common word stay as written ("UN", "AP", "US") and the rest is lower case ("crossed the frontier in
# the area of"); the length never changes, so every offset stays the text's own
_CAPITALS_WORD = re.compile(r"\b[A-Z][A-Z']*\b")
_LETTERS_3 = re.compile(r"[^\W\d_]{3,}")
_COMMON_SHORT = frozenset(
    """a an the of in on at to for and or but nor as is are was be had has it its he she his her we our not no up out
    all now per who few far end two six ten one men aid day war set put got ago yet own age via way low new did do
    any say see met off too top car bus how why act let may can sea air old by so use las los el la del de di da le per than its fog red run big hot ice mud oil led fed cut dry wet
    key lot bad own""".split()
)
_COMMON_WORDS = frozenset(
    """that this which with into onto over under from have been were they them their there these those said says some
    about than more after before since until when where while during across through near around another other would
    will could might each most many only also then today tonight yesterday tomorrow last next same such what both week
    weeks days month months year years people persons refugees area side line camp camps town city village border
    frontier road bridge river port coast north south east west part rest half whole some time night morning evening
    noon dusk dawn dark darkness home hand foot water land cold heat rain snow mountains hills fields woods third
    fourth fifth first second three four five seven eight nine hundred thousand million government police army past
    full part late early front rear hour hours total fact case view order place places state states what""".split()
)
_CALENDAR_NAMES = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun january february march april may
    june july august september october november december monday tuesday wednesday thursday friday saturday
    sunday""".split()
)


_PLACE_PREPOSITION = re.compile(r"\b(?:AT|IN|NEAR|AROUND|OF|FROM|THROUGH|VIA|OPPOSITE|OUTSIDE)\s+$")
_NO_TOWN_ENDING = re.compile(r"(?:s|ing|ed|ly|tion|sion|ment|ness|ity|ous|ive|ary|ery|ory|ure|age|ance|ence|er|al|ic|ful|less|est|ern|ward)$")


def _town_after_preposition(text: str, start: int, lower: str) -> bool:
    """Whether a word in capitals right after "AT", "IN", "NEAR", "AROUND", "OF", ... may be a town the gazetteer
    lacks ("IN THE AREA OF SUBOTICA", "AT GEROVO", "AROUND KELEBIJA"): four letters or more, not a calendar or common
    word, with no ending of a common noun, verb or adjective ("IN FARMHOUSES", "OF NOVEMBER", "TO CROSS")."""
    return (
        len(lower) >= 4
        and lower not in _COMMON_WORDS
        and not _NO_TOWN_ENDING.search(lower)
        and _PLACE_PREPOSITION.search(text, max(0, start - 12), start) is not None
    )


def _unshout(text: str) -> str:
    words = _LETTERS_3.findall(text)
    shouted = sum(word.isupper() for word in words)
    if shouted < 40 or shouted < 0.5 * len(words):
        return text

    def capitalised(match: re.Match) -> str:
        word = match.group(0)
        return word[0] + word[1:].lower() if len(word[1:].lower()) == len(word) - 1 else word

    titled = _CAPITALS_WORD.sub(capitalised, text)
    named = bytearray(len(text))  # 1 where a name the gazetteer finds in the capitalised text stands
    for mention in scan(titled):
        named[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    def recase(match: re.Match) -> str:
        word = match.group(0)
        lower = word.lower()
        if len(lower) != len(word):
            return word
        start = match.start()
        # ((branch evr548p) but the first word of a longer name the gazetteer finds is the name's: "WAD KOWLI" is "Wad
        # Kowli", rounds 548 and 168, not "WAD" kept as an acronym)
        if len(word) <= 3 and named[start] and match.end() < len(text) and named[match.end()]:
            return word[0] + lower[1:]
        if len(word) <= 3 and lower not in _COMMON_SHORT and lower not in _CALENDAR_NAMES:
            return word  # "UN", "AP", "US": an acronym, even opening its sentence
        before = text[max(0, start - 3):start].rstrip(" \t\"'(")
        if (
            not before
            or before[-1] in ".!?:\n"
            or lower in _CALENDAR_NAMES
            or named[start]
            or _town_after_preposition(text, start, lower)
        ):
            return word[0] + lower[1:]
        return lower

    return _CAPITALS_WORD.sub(recase, text)


def _word_counts(text: str) -> tuple[int, int]:
    """Words (two letters or more) and tokens between spaces; a table's "|" and "|---|" are layout, not tokens."""
    return len(_WORD.findall(text)), len([token for token in text.split() if token.strip("|-:")])


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _html_article(html: str, name: str) -> tuple[str, str]:
    import trafilatura  # imported here: loading it costs a third of a second
    from trafilatura.metadata import extract_title

    html = _NOT_CONTENT.sub(
        " ", html
    )  # scripts and styles never hold the article; dropping them first halves the parse
    # a live page's post headings "16:20 &mdash; Detentions at the checkpoint" do not survive the extraction (a bare
    # "18:05" does): keep their time, which starts the post, for the heading's words
    html = _STAMPED_HEADING.sub(r"<p>\2</p>", html)
    try:
        tree = trafilatura.load_html(html)
        if tree is not None:
            _keep_boxes_of_prose(tree)
            if 'class="post"' in html or 'class="entry"' in html:
                _read_every_post(tree)
        title = extract_title(tree) if tree is not None else None
        if title and tree is not None and ('class="article' in html or 'class="story' in html):
            _drop_other_story_blocks(tree, title)
        # Only the title is wanted from the metadata: its full pass (htmldate's date search)
        # took 60% of the time; `fast` skips the fallback extractors, another quarter.
        text = _bare_text(tree if tree is not None else html)
        if title and not _tells_of(text, title):
            # trafilatura takes the first <article> element for the article, and some pages keep
            # the story in plain divs with "More stories" teasers as <article>s below it
            retry = _extract_without_rails(html, title)
            text = retry if _tells_of(retry, title) else text
    except Exception as error:  # trafilatura raises many parser-specific types
        raise EvidenceInputError(f"{name}: HTML could not be parsed ({type(error).__name__})") from None
    if not (text or "").strip():
        raise EvidenceInputError(f"{name}: no article text found in the HTML page")
    return text, title or ""


_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
# class or id of the page parts around an article that hold other stories (readability-style names; `_RAIL` is
# the line of text that opens such a rail)
_RAIL_CLASS = re.compile(
    r"related|more-?stories|more-?from|more-?news|recommend|read-?next|most-?read|also-?read|trending|popular"
    r"|newsletter|sidebar|outbrain|taboola|teaser|onwards?|most-?viewed|recirculation",
    re.IGNORECASE,
)


# an <aside>'s class, id or heading that names a rail of other stories, an advertisement or tags (not a box of the story's own)
_OTHER_STORIES = re.compile(
    r"related|more|most|next|recent|recommend|trending|popular|teaser|newsletter|promo|sponsor|topics?\b|tags?\b|share"
    r"|\bads?\b|advert|subscribe|sign[- ]up",
    re.IGNORECASE,
)
_BOX_PROSE_WORDS = 8  # words outside links a box's paragraph has when it tells something (a teaser is a link)


def _keep_boxes_of_prose(tree) -> None:
    """Turn a page's <aside> boxes of the story's own prose ("Elsewhere on the border: Finland's Border Guard
    said ...") into divs: trafilatura drops every <aside>, and such a box's figures are the report's.
    An aside named a rail, an advert or tags, or holding other stories' <article>s, stays one."""
    for aside in list(tree.iter("aside")):
        heading = next((h.text_content() for h in aside.iter("h1", "h2", "h3", "h4", "h5", "h6")), "")
        if _OTHER_STORIES.search(f"{aside.get('class', '')} {aside.get('id', '')} {heading}"):
            continue
        if next(aside.iter("article"), None) is not None:
            continue
        if not any(_words_outside_links(p) >= _BOX_PROSE_WORDS for p in aside.iter("p")):
            continue
        aside.tag = "div"
        aside.attrib.clear()
        beside = aside.getprevious()
        if beside is not None and beside.tag == "article" and next(aside.iterancestors("article"), None) is None:
            beside.append(aside)  # a box laid out after the story's <article>, which trafilatura reads alone


def _read_every_post(tree) -> None:
    """A live page's posts laid side by side as `<div class="post">` (or "entry"): trafilatura takes the first
    element of that exact class for the whole article and drops the posts after it, so sibling posts get a class it
    does not single out, and the page is read around them."""
    for element in tree.xpath('//*[@class="post" or @class="entry"]'):
        siblings = [s for s in element.itersiblings() if s.get("class") == element.get("class")]
        if siblings:
            for post in (element, *siblings):
                post.set("class", f"{post.get('class')} live")
            return


def _words_outside_links(element) -> int:
    linked = sum(len(a.text_content().split()) for a in element.iter("a"))
    return len(element.text_content().split()) - linked


def _tells_of(text: str, title: str) -> bool:
    """Whether an extract is about the page's title: a quarter of the title's words in it."""
    words = {word.lower() for word in _TITLE_WORD.findall(title)}
    if len(words) < 4:
        return True
    found = {word.lower() for word in _TITLE_WORD.findall(text)}
    return len(words & found) * 4 >= len(words)


def _extract_without_rails(html: str, title: str) -> str:
    """trafilatura again, on the page without its rails of other stories and without the <article>s that
    are not about its title (teasers under a rail with a name no list can foresee: "Most viewed", "onwards")."""
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        return ""
    for element in tree.xpath("//*[@class or @id]"):
        if _RAIL_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}") and element.getparent() is not None:
            element.drop_tree()
    for element in tree.xpath("//article"):
        if element.getparent() is not None and not _tells_of(element.text_content(), title):
            element.drop_tree()
    return _bare_text(tree)


def _drop_other_story_blocks(tree, title: str) -> None:
    """(branch evr376r) A page of several stories laid out as divs of class "article" or "story", one of them about
    the page's title: drop the others (round 373: a newspaper page whose second `<div class="article more">`, on
    Petra's visitors, was read for the whole page and the story's nine figures lost)."""
    blocks = [element for element in tree.xpath("//div[@class]") if _STORY_BLOCK_CLASS.match(element.get("class", ""))]
    if len(blocks) < 2:
        return
    about = [_tells_of(element.text_content(), title) for element in blocks]
    if any(about) and not all(about):
        for element, told in zip(blocks, about):
            if not told and element.getparent() is not None:
                element.drop_tree()


# (branch evr376r) the first class of a div that holds one story of a page of several (not "article-body" inside one,
# `_drop_other_story_blocks`)
_STORY_BLOCK_CLASS = re.compile(r"(?:article|story)(?:\s|$)", re.IGNORECASE)


def _bare_text(page) -> str:
    """trafilatura's article text of a parsed page (or of its HTML), "" if it finds none."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        page,
        include_comments=False,
        include_tables=True,  # rows come out as "| Georgia | 48,000 |", read as table rows
        favor_precision=True,
        fast=True,
    )
    return (extracted.text or "") if extracted is not None else ""


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _may_hold_furniture(lowered: str) -> bool:
    """Whether a lower-cased line holds a word each of `_BOILERPLATE_ANYWHERE` holds (most hold none: looked for
    before the three, a tenth of the time)."""
    return "play" in lowered or "javascript" in lowered


def _may_hold_a_caption_mark(lowered: str) -> bool:
    """Whether a lower-cased line holds a word each of `_CAPTION_ANYWHERE` holds (before its ten, as above)."""
    return "photo" in lowered or "pict" in lowered or "scanpix" in lowered or "image" in lowered


def _line_kind(line: str) -> str | None:
    """Why a line is not article prose, or None if it is."""
    if len(line) <= _LONGEST_BOILERPLATE:  # page furniture and captions are short
        lowered = line.lower()
        if (
            _BOILERPLATE_START.match(line) and not _MORE_ON_PROSE.match(line)
            or _may_hold_furniture(lowered) and any(words in lowered for words in _BOILERPLATE_ANYWHERE)
        ):
            return "boilerplate"
        if _CAPTION_START.match(line) or _may_hold_a_caption_mark(lowered) and any(words in lowered for words in _CAPTION_ANYWHERE):
            return "caption"
    if _row_or_item(line) and _HAS_DIGIT.search(line):
        return None  # a table row or a bulleted figure carries no closing stop either
    speaker = _SPEAKER.match(line)
    asked = line[speaker.end() :] if speaker else line
    limit = _SPOKEN_QUESTION_WORDS if speaker else _QUESTION_WORDS  # "HOST: You were at ... . How many got through?"
    if line.endswith("?") and len(asked.split()) <= limit and not _HAS_DIGIT.search(line):
        return "caption or heading"  # "Where did they go?": a Q&A's question heads its answer
    if not _ends_sentence(line) and not (line.endswith(":") and len(line.split()) >= 4) or _LONE_TIME.fullmatch(line):
        return "caption or heading"  # captions, headlines and bullets carry no closing stop; a list's lead-in keeps its colon
    return None


def _article_paragraphs(
    text: str, mentions: list[Mention]
) -> tuple[list[tuple[int, int]], dict[str, int], list[int], list[str]]:
    """Kept paragraphs, counts of dropped lines by kind, the post of each paragraph and the
    question that opens it: a live blog's timestamps ("14:05") or a Q&A's questions, when there
    are three or more, start a new post each."""
    dropped: dict[str, int] = {}
    kept: list[tuple[int, int]] = []
    stamps: list[int] = []  # how many timestamp lines stand before each kept paragraph
    questions: list[str] = []  # the question line that opened the post of each kept paragraph
    question = ""
    seen: set[str] = set()
    stamped = 0
    spoken = 0  # questions with their speaker ("Q: ...?", "HOST: ...?"), a transcript's
    mention_starts = [mention.start for mention in mentions]
    box = False  # under a "KEY FIGURES" heading: lines that open with their number are items, not headings
    rail = False  # a rail of related links stands above, with no prose since
    ended = False  # the rail was followed by another story's headline: the article has ended
    for start, end in _line_spans(text):
        line = text[start:end]
        kind = "appended story" if ended else _line_kind(line)
        if (
            kind == "caption or heading"
            and ("...." in line or (": " in line or " - " in line or " – " in line or " — " in line) and line[-1:] in "0123456789s;")
            and _names_a_place(line, start, mention_starts, mentions)
        ):
            kind = None
        if kind == "boilerplate" and _RAIL.match(line):
            rail = True
        elif kind == "caption or heading" and rail and not _BULLET.match(line):
            ended = len(line.split()) >= _HEADLINE_WORDS  # one or two words are the rail's own topics
        elif kind is None:
            rail = False
        if kind != "caption or heading":
            box = False
        elif box and _FIGURE_FIRST.match(line):
            kind = None  # "379,000 new arrivals since 25 August"
        else:
            box = bool(_FIGURES_HEADING.fullmatch(line))
        # (the line as its words, lower-cased, one space apart: itself lower-cased when printable with no two spaces
        # together, as stripped lines of prose are: every other space `split` splits at is unprintable)
        key = line.lower() if "  " not in line and line.isprintable() else " ".join(line.lower().split())
        if kind is None and key in seen:
            kind = "repeated"
        if kind:
            dropped[kind] = dropped.get(kind, 0) + 1
            stamp = bool(_TIME_OF_DAY.match(line) or line.endswith("?"))  # live-blog times, Q&A questions
            stamped += stamp
            spoken += kind == "caption or heading" and line.endswith("?") and bool(_SPEAKER.match(line))
            question = line if line.endswith("?") else "" if stamp else question
            continue
        seen.add(key)
        kept.append((start, end))
        stamped += line[:1] in "(0123456789" and _STAMPED_PARAGRAPH.match(line) is not None
        stamps.append(stamped)
        questions.append(question)
    # (branch evr153q) a live blog's posts, each opened by its time, tell one story in turns: none starts an appended one
    live = stamped >= _LIVE_BLOG_STAMPS
    cut = len(kept) if live else _appended_story_start([text[s:e] for s, e in kept], _group(kept, mentions))
    if cut < len(kept):
        dropped["appended story"] = len(kept) - cut
        kept, stamps, questions = kept[:cut], stamps[:cut], questions[:cut]
    if stamped < _LIVE_BLOG_STAMPS and spoken < _TRANSCRIPT_QUESTIONS:
        return kept, dropped, [0] * len(kept), []
    return kept, dropped, stamps, questions


def _stem(word: str) -> str:
    return word.lower()[:6]


def _group(spans: list[tuple[int, int]], mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by the span that holds them (spans sorted and disjoint)."""
    starts = [start for start, _ in spans]
    grouped: list[list[Mention]] = [[] for _ in spans]
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.end <= spans[index][1]:
            grouped[index].append(mention)
    return grouped


def _appended_story_start(paragraphs: list[str], named_in: list[list[Mention]]) -> int:
    """Index of the first paragraph of unrelated stories appended after the article (len if none).

    The article's subject is its opening paragraphs' frequent words, the places and
    nationalities it names at least twice in its first half, and (two words or more) the
    vocabulary of people moving; the cut is the earliest paragraph that starts three off-subject paragraphs in a
    row and from which on at most one paragraph in five is on subject. `named_in` holds
    each paragraph's gazetteer mentions.
    """
    count = len(paragraphs)
    if count < 8:
        return count
    head_size = max(3, min(8, count // 5))
    frequency: dict[str, int] = {}
    for paragraph in paragraphs[:head_size]:
        for word in _LONG_WORD.findall(paragraph):
            stem = _stem(word.rstrip("’'s"))
            if stem not in _STOPWORDS and word.lower() not in _STOPWORDS:
                frequency[stem] = frequency.get(stem, 0) + 1
    subject = {stem for stem, n in sorted(frequency.items(), key=lambda item: -item[1])[:12] if n >= 2}
    named: dict[str, int] = {}
    for mentions in named_in[: count // 2]:
        for mention in mentions:
            named[mention.place.name] = named.get(mention.place.name, 0) + 1
    places = {name for name, n in named.items() if n >= 2}

    def on_subject(index: int) -> bool:
        paragraph = paragraphs[index]
        if _row_or_item(paragraph):
            return True  # rows and items belong to what introduced them: a table, or a list by day, is not an appended story
        if any(m.place.name in places for m in named_in[index]):
            return True
        if len({w.lower() for w in _MOVEMENT_WORDS.findall(paragraph)}) >= 2:
            return True  # one such word ("evacuated", "flights") is common in other stories too
        return any(_stem(word.rstrip("’'s")) in subject for word in _LONG_WORD.findall(paragraph))

    hits: dict[int, bool] = {}
    on_after = 0
    best = count
    # Walking back from the end: once more than a fifth of all paragraphs after `index` are on
    # subject, no earlier paragraph can start the appended part, so the walk stops there.
    for index in range(count - 1, head_size - 1, -1):
        hits[index] = on_subject(index)
        on_after += hits[index]
        remaining = count - index
        if on_after > 0.2 * (count - head_size):
            break
        if remaining >= 3 and not any(hits[i] for i in range(index, index + 3)) and on_after <= 0.2 * remaining:
            best = index
    return best
