"""Rules added after the read of rounds 264-267 for periods, quantities, figures not read and distractors (branch
evr268q; pages and sentences written for these tests)."""

from datetime import date

from exodus.evidence import extract_observations, parse_document, rows

_LIVE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>LIVE: the Finnish border, hour by hour | Lakeside Post</title></head>
<body><div class="cookie-notice">We use cookies. <button>Accept</button></div>
<header><a href="/">LAKESIDE POST</a> | News | Sport</header>
<main><h1>LIVE: Russians cross into Finland at Vaalimaa and Nuijamaa</h1>
<p class="meta">Last updated 29.09.2022, 18:00. Newest posts first.</p>
<div class="{post}"><p class="stamp">29.09.2022 18:00</p>
<p>The Finnish Border Guard says 6,150 Russians entered Finland across the south-eastern border on Wednesday, the highest count of the week so far. Over the same day
1,040 Russians went back the other way, it said, and the guards at Vaalimaa worked in three shifts to keep the
lanes open through the night.</p></div>
<div class="{post}"><p class="stamp">29.09.2022 12:10</p>
<p>At Vaalimaa the line of cars on the Russian side stretched to about 4 kilometres this morning, the Border Guard told us. Travellers say the queue has not moved much since dawn.</p></div>
<div class="{post}"><p class="stamp">28.09.2022 20:30</p>
<p>Through Nuijamaa, some 2,300 Russians came into Finland on Tuesday, the local border station said. Most went on by bus to Helsinki airport.</p></div>
</main>
<section class="related"><h3>Related</h3><ul><li>Ice hockey: a late win for the home side</li></ul></section>
<footer>&copy; 2022 Lakeside Post</footer></body></html>
"""


def _page_rows(tmp_path, post_class):
    page = tmp_path / "live.html"
    page.write_text(_LIVE_PAGE.replace("{post}", post_class), encoding="utf-8")
    found = rows(extract_observations([page], date(2022, 9, 29), date(2022, 9, 21), "Russia"))
    return {(row["quantity"], row["value"], row["place"], row["period_start"], row["period_end"]) for row in found}


def test_every_post_of_a_live_page_laid_out_as_sibling_posts_is_read(tmp_path):
    for post_class in ("post", "entry"):
        found = _page_rows(tmp_path, post_class)
        # the first post (longer than trafilatura's least article) was read before; the posts after it were dropped
        assert ("entries", "6150", "Finland", "2022-09-28", "2022-09-28") in found, (post_class, found)
        assert ("queue_length_km", "4", "Vaalimaa", "2022-09-29", "2022-09-29") in found, (post_class, found)
        assert ("entries", "2300", "Nuijamaa", "2022-09-27", "2022-09-27") in found, (post_class, found)


def test_a_page_with_one_post_is_read_as_before():
    page = _LIVE_PAGE.split('<div class="{post}"><p class="stamp">29.09.2022 12:10</p>')[0] + "</main></body></html>"
    text = parse_document(page.replace("{post}", "post").encode(), "one.html").text
    assert "6,150 Russians" in text and "Related" not in text


def test_what_each_vehicle_carries_and_a_ship_of_capacity_of_are_no_counts():
    from tests.evidence.test_evidence_round208q import _rows

    for text, capacity in (
        ("The coaches to Veran leave every morning and carry 50 Dorlanders each.", 50),
        ("Two ferries leave Veran daily and carry 120 passengers each.", 120),
        ('The ship "Ostend", of capacity of 1 100 passengers in normal times, arrived at Veran this morning with 2,300 '
         "Dorlanders.", 1100),
        ("The ship, with capacity for 800 passengers, reached Veran on Monday.", 800),
    ):
        assert capacity not in [row[1] for row in _rows(text)], text
    # the count beside the ship's size is still read
    assert [row[:2] for row in _rows('The ship "Ostend", of capacity of 1 100 passengers in normal times, arrived at '
                                     "Veran this morning with 2,300 Dorlanders.")] == [("entries", 2300)]
    # a count with "each" further on (not right after its unit) stays a count
    assert [row[1] for row in _rows("On Monday 640 Dorlanders crossed at Veran, each with a single bag.")] == [640]
