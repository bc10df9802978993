"""The server-drawn bar chart's geometry and words (factcheck/web/charts.py)."""

from __future__ import annotations

from factcheck.web.charts import BAR_AREA, BarChart


def test_bars_scale_to_the_largest_count_and_stack_downwards() -> None:
    chart = BarChart.of(
        "T", [("True", 4, "tone-4"), ("False", 1, "tone-0"), ("Misleading", 0, "")], empty="-"
    )
    assert [b.width for b in chart.bars] == [BAR_AREA, round(BAR_AREA / 4), 0]
    assert chart.bars[0].y < chart.bars[1].y < chart.bars[2].y < chart.height
    assert chart.total == 5 and chart.description == "True: 4; False: 1; Misleading: 0."


def test_an_all_zero_chart_says_so_and_large_figures_read_well() -> None:
    assert BarChart.of("T", [("True", 0, "")], empty="Nothing yet.").description == "Nothing yet."
    chart = BarChart.of("T", [("True", 12345, "")], empty="-", lead="12,345 claims. ")
    assert chart.description == "12,345 claims. True: 12,345."
