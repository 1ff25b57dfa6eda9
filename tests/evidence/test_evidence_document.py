"""Reading pages: boilerplate, captions and appended stories go; bad files give one clear error."""

from pathlib import Path

import pytest

from exodus.evidence import EvidenceInputError, parse_document, read_document

TEXTS = Path(__file__).parent / "texts"


def kept_text(document):
    return "\n".join(document.paragraph_text(i) for i in range(len(document.paragraphs)))


def test_boilerplate_and_captions_are_dropped():
    document = read_document(TEXTS / "own_07_bridge.txt")
    text = kept_text(document)
    assert "Pictured:" not in text and "Read more" not in text and "Share this" not in text
    assert "queue for food at a shelter" not in text  # caption without a full stop
    assert "37,000 Venezuelans crossed" in text
    assert document.dropped["boilerplate"] >= 2


def test_caption_and_furniture_marks_are_looked_for_behind_words_they_all_hold():
    """The marks found anywhere in a line are looked for only where one of a few words they all hold is: every mark
    holds one, so no line that holds a mark is passed over."""
    from exodus.evidence import document

    assert all(document._may_hold_a_caption_mark(mark) for mark in document._CAPTION_ANYWHERE)
    assert all(document._may_hold_furniture(words) for words in document._BOILERPLATE_ANYWHERE)
    assert document._line_kind("Refugees wait at the border (Getty Images)") == "caption"
    assert document._line_kind("This video player is not supported in your browser") == "boilerplate"
    assert document._line_kind("About 4,000 people crossed at Medyka on Monday, officials said.") is None


def test_a_line_repeated_in_other_case_or_spacing_is_kept_once():
    """A repeated line is known by its words, lower-cased, one space apart: with other capitals, two spaces together,
    a tab or a no-break space it is the same line."""
    line = "About 4,000 people crossed at Medyka on Monday, officials said."
    repeats = [line, line.upper(), line.replace(" ", "  "), line.replace(" ", "\t", 1), line.replace(" ", "\u00a0", 2)]
    other = "About 4,000 people crossed at Medyka on Tuesday, officials said."
    document = parse_document("\n".join([*repeats, other]).encode(), "repeats.txt")
    assert kept_text(document) == f"{line}\n{other}"
    assert document.dropped["repeated"] == len(repeats) - 1


def test_unrelated_stories_appended_after_the_article_are_cut():
    text = kept_text(read_document(TEXTS / "own_05_gorge.txt"))
    assert "8,500 people had crossed into Georgia" in text
    for appended in ("3,000 homes", "Majorca", "4 million euros"):
        assert appended not in text


def test_html_goes_through_trafilatura_without_navigation_or_footer():
    document = read_document(TEXTS / "own_03_steppe.html")
    text = kept_text(document)
    assert document.is_html and "Kazakhstan counts arrivals" in document.title
    assert "71,500 Russians" in text
    for outside in ("Grain exports", "1,200 readers", "visitors", "Advertisement"):
        assert outside not in text


def test_spans_index_the_original_plain_text():
    path = TEXTS / "own_04_weekend.txt"
    document = read_document(path)
    start, end = document.paragraphs[0]
    assert path.read_text(encoding="utf-8")[start:end] == document.paragraph_text(0)


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50, "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
        (b"0x3f 0x41 ### 1234 5678 ==== ---- 9999 " * 40, "no readable prose"),
        (b"<html><body><script>var a = 1;</script></body></html>", "no article text"),
    ],
)
def test_unreadable_input_is_a_clear_error(raw, reason):
    with pytest.raises(EvidenceInputError) as error:
        parse_document(raw, "page.txt")
    assert str(error.value).startswith("page.txt: ") and reason in str(error.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(EvidenceInputError, match="cannot read file"):
        read_document(tmp_path / "absent.txt")


def test_windows_1252_text_is_read():
    document = parse_document("Some 2,000 people crossed the border – officials said.".encode("cp1252"), "cp.txt")
    assert "–" in document.text


def test_a_key_figures_box_keeps_its_lines_that_open_with_a_number():
    raw = (
        "Flash update No. 3\n\nKEY FIGURES\n\n379,000 new arrivals since 25 August\n~ 20,000 arrivals in the past 24 hours\n"
        "Partners on the ground\n\n1,500 people arrived in Teknaf on Sunday.\n"
    )
    text = kept_text(parse_document(raw.encode("utf-8"), "flash.txt"))
    assert "379,000 new arrivals since 25 August" in text and "~ 20,000 arrivals in the past 24 hours" in text
    assert "KEY FIGURES" not in text and "Partners on the ground" not in text


@pytest.mark.parametrize("rail", ["Related Topics:", "Most read", "More on this story"])
def test_a_headline_after_a_related_topics_rail_ends_a_short_article(rail):
    raw = (
        "Some 1,200 people crossed into Chad at Adre on Monday, officials said.\n"
        f"Most were women and children.\n{rail}\n- Sudan\n- Chad\n"
        "Harvest forecast lowered for the north\nFarmers expect 400,000 tonnes of grain, down from 520,000 last year.\n"
    )
    text = kept_text(parse_document(raw.encode("utf-8"), "short.txt"))
    assert "1,200 people crossed" in text and "400,000 tonnes" not in text


def test_prose_after_a_related_topics_rail_still_belongs_to_the_article():
    raw = (
        "Some 1,200 people crossed into Chad at Adre on Monday, officials said.\nMore on Sudan\nRelated Topics:\n"
        "Another 900 arrived at Koufroun on Tuesday, the agency said.\n"
    )
    text = kept_text(parse_document(raw.encode("utf-8"), "scraped.txt"))
    assert "Another 900 arrived" in text


def test_a_video_notice_that_asks_for_javascript_is_boilerplate():
    raw = (
        "Some 1,200 people crossed into Chad at Adre on Monday, officials said.\n"
        "This video can not be played. To watch it, please enable JavaScript or update your browser.\n"
    )
    text = kept_text(parse_document(raw.encode("utf-8"), "page.txt"))
    assert "video" not in text


def test_an_appended_correction_is_boilerplate():
    raw = (
        "Some 1,200 people crossed into Chad at Adre on Monday, officials said.\n"
        "Correction: An earlier version of this story said 1,500 people crossed on Monday.\n"
        "An earlier version of this article gave the wrong day for the crossing of 1,200 people.\n"
    )
    text = kept_text(parse_document(raw.encode("utf-8"), "page.txt"))
    assert "1,200 people crossed" in text and "1,500" not in text and "wrong day" not in text


def test_a_story_in_plain_divs_is_read_rather_than_the_teaser_article_below_it():
    paragraphs = "".join(
        f"<p>Border guards at the Kalna crossing said {n},000 people had crossed into Varnia on day {n} of the closure, "
        "and the queue of cars on the approach road was still growing.</p>"
        for n in range(1, 6)
    )
    teaser = (
        "Harvest expected to top record",
        "Winemakers expect to bring in more than 300,000 tonnes of grapes this autumn, the wine agency said on "
        "Monday. Some 23,000 farmers have registered to sell to wineries, and the state will pay a subsidy for white "
        "grapes. Prices at the collection points rose to 1.2 lari a kilogram on Tuesday.",
    )
    story = f'<div class="text">{paragraphs}</div>'
    raw = _page_with_a_teaser("Queue grows at Kalna as Varnia closes its border", story, "more-stories", *teaser)
    text = kept_text(parse_document(raw.encode("utf-8"), "page.html"))
    assert "Kalna crossing said 3,000 people" in text
    assert "grapes" not in text


def test_teaser_articles_under_a_rail_of_any_name_are_not_read_for_the_story():
    posts = "".join(
        f'<div class="block"><p class="time">1{n}.05 BST</p><p>Border guards at the Kalna crossing said {n},000 people '
        f"had crossed into Varnia by noon on day {n} of the closure, and the queue of cars was still growing.</p></div>"
        for n in range(1, 6)
    )
    teaser = (
        "Ferry strike called off after talks",
        "A planned 48-hour strike by crews on the island ferries was called off early on Monday after unions accepted a "
        "4.2% pay rise. Around 8,000 passengers a day use the route in October, the operators say; about 30 sailings had "
        "been cancelled in advance.",
    )
    raw = _page_with_a_teaser("Varnia closure live: queue grows at Kalna as crossings rise", posts, "x9", *teaser)
    text = kept_text(parse_document(raw.encode("utf-8"), "live.html"))
    assert "Kalna crossing said 3,000 people" in text
    assert "ferries" not in text


def _page_with_a_teaser(title: str, story: str, rail_class: str, teaser_title: str, teaser: str) -> str:
    """An HTML page: the story in plain blocks, then a rail holding one teaser <article> about something else."""
    return (
        f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{story}"
        f'<section class="{rail_class}"><h2>More</h2><article><h3>{teaser_title}</h3><p>{teaser}</p></article></section>'
        "</main></body></html>"
    )


def test_a_live_pages_post_headings_with_a_title_after_the_time_start_posts():
    # branch evr59b: "<h3>16:20 &mdash; Queue at the post</h3>" did not survive the extraction, so its post ran on
    # into the one above; its time now starts the post
    sections = "".join(
        f'<section class="entry"><h3>{time} &mdash; {title}</h3><p>{body}</p></section>'
        for time, title, body in [
            ("18:10", "Evening figures", "The ministry says 4,200 people crossed into Norway on Monday, up on the week before."),
            ("15:45", "Queue at the post", "Drivers at the post said the line had grown to nine kilometres by the afternoon."),
            ("11:20", "Fares", "A seat from Murmansk to Oslo was selling for about 30,000 roubles this morning."),
            ("08:05", "Welcome", "Good morning and welcome to our live coverage of the crossings into Norway today."),
        ]
    )
    html = (
        "<html><head><title>Live: Russians cross into Norway at Storskog</title></head><body><article>"
        f"<h1>Live: Russians cross into Norway at Storskog</h1>{sections}</article></body></html>"
    )
    document = parse_document(html.encode(), "live.html")
    assert len(document.paragraphs) == 4
    assert document.posts == [1, 2, 3, 4]


@pytest.mark.parametrize("inside", [True, False])
def test_a_box_of_the_storys_own_prose_is_read_inside_or_just_after_the_article(inside):
    """trafilatura drops every <aside>; a box of prose about the story ("Elsewhere on the border") is the report's,
    a rail of links, an advert or another story's box is not."""
    story = "".join(
        f"<p>Border guards at the Kalna crossing said {n},000 people had crossed into Varnia on day {n} of the closure, "
        "and the queue of cars on the approach road was still growing.</p>"
        for n in range(1, 5)
    )
    box = (
        '<aside class="box"><h3>Elsewhere on the border</h3>'
        "<p><strong>Ostria:</strong> the border police said 1,840 people entered Ostria on Thursday and 650 went back.</p></aside>"
    )
    rails = (
        '<aside class="related"><h3>Related Topics</h3><p><a>Varnia</a> <a>Kalna</a> <a>Borders</a></p></aside>'
        '<aside class="next-story"><h2>Record harvest</h2><p>Farmers brought in 300,000 tonnes of grapes this autumn, '
        "the wine agency said on Monday.</p></aside>"
        "<aside><h3>Most read</h3><ul><li><a>Storm leaves 40,000 homes without power</a></li></ul></aside>"
    )
    article = f"<article><h1>Queue grows at Kalna</h1>{story}{box if inside else ''}</article>"
    page = f"<html><head><title>Queue grows at Kalna</title></head><body>{article}{'' if inside else box}{rails}</body></html>"
    text = kept_text(parse_document(page.encode("utf-8"), "page.html"))
    assert "said 1,840 people entered Ostria" in text
    assert "Kalna crossing said 3,000 people" in text
    assert not any(word in text for word in ("Related Topics", "grapes", "40,000 homes"))
