"""Charts that load their charting code (recharts) only when scrolled near: assets/lazy_chart.js."""

import reflex as rx


class LazyChart(rx.Component):
    """A bar or line chart drawn by recharts once it comes near the screen; until then an
    empty box of its height (the dashboard's first load carries no charting code)."""

    library = "$/public/lazy_chart.js"
    tag = "LazyChart"
    # recharts is imported by the JavaScript above only (no static import anywhere)
    lib_dependencies: list[str] = ["recharts@3.10.1"]

    kind: rx.Var[str]  # "bar" or "line"
    data: rx.Var[list]
    x_key: rx.Var[str]
    # [{"key", "name", "color", "width"?, "dash"?, "stack"?, "labels"?: "top" | "bottom"}]
    series: rx.Var[list]
    reference: rx.Var[dict]  # a horizontal line: {"y", "color", "dash"?, "width"?}
    y_domain: rx.Var[list]
    y_width: rx.Var[int]
    legend: rx.Var[bool]
    tooltip: rx.Var[bool]
    height: rx.Var[int]
    allow_decimals: rx.Var[bool]
    margin: rx.Var[dict]
    label: rx.Var[str]  # what the chart shows, for screen readers


lazy_chart = LazyChart.create
