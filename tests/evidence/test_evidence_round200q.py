"""Rules added after reading rounds 200-203 (branch evr200q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 13)  # a Thursday


def _values(text):
    return sorted(f.value or f.value_high for f in figures(text, published=PUBLISHED, trigger=None, origin="Dorland"))


def test_a_numbered_paragraphs_label_is_no_figure():
    text = "1.2 Between 2 and 9 April, about 4,300 people from Dorland crossed into Ostberg at Veran.\n"
    assert _values(text) == [4300]
    text = "3.1 Further north, 650 people from Dorland came in through the Tarn crossing on Monday.\n"
    assert _values(text) == [650]
    # a decimal inside a sentence is still read
    assert 1.2 * 1_000_000 in _values("Officials said 1.2 million people from Dorland have crossed into Ostberg since March.")


def test_a_year_named_as_such_or_naming_what_follows_is_no_figure():
    text = "In the year 1959 in the same week through Veran entered from Dorland on average 900 persons a day."
    assert 1959 not in _values(text)
    text = "Before the closure some 40,000 people from Dorland crossed daily at Veran (1958 estimate)."
    assert 1958 not in _values(text)
    text = "Those from Dorland who stayed through the 1956 troubles say 3,000 crossed into Ostberg on Monday."
    assert 1956 not in _values(text)


def test_an_emergency_number_or_a_line_written_with_a_leading_zero_is_no_figure():
    text = (
        "From 2 until 8 April through Veran entered into Ostberg 2 100 persons.\n\n"
        "For the emergency situations call 115. The hot line of the office: 127 44.\n"
    )
    assert _values(text) == [2100]
    text = (
        "Between 2 and 8 April 2,100 people from Dorland entered Ostberg through Veran.\n"
        "Information for families: the Veran office line, 02 7000 45 1818.\n"
    )
    assert _values(text) == [2100]
    # a count after the verb stays a count
    assert 3000 in _values("The decree will call 3,000 reservists from Dorland; on Monday 2,100 crossed at Veran.")


def test_money_with_its_currency_written_before_it_is_no_count():
    base = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran. "
    assert _values(base + "Each departing person may take up to EUR 200 in cash.") == [2100]
    assert _values(base + "Each departing person may take up to £200 in cash.") == [2100]
    assert _values(base + "Touts sold forged exit passes for Rs 1,200 to Rs 2,500 each.") == [2100]
    assert _values(base + "A hired car from Veran to Tarn now costs RMB 300 against RMB 80 in March.") == [2100]
    # a count after a code-like word stays a count
    assert _values(base + "On Tuesday TV crews counted 900 more at Veran.") == [900, 2100]
