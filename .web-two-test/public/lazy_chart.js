// A recharts chart that loads recharts only when the chart comes near the screen, so a
// page's first load carries no charting code (~115 KB gzip). Until then (and while it
// loads) the box keeps the chart's height, so nothing below it moves.
// Used through digital_family/web/components/charts.py (lazy_chart), which documents the props.
import { createElement as h, useEffect, useRef, useState } from "react";

let loaded = null; // the recharts module, once some chart has loaded it

function seriesElement(R, kind, s) {
  if (kind === "line") {
    return h(R.Line, { key: s.key, dataKey: s.key, name: s.name, stroke: s.color,
                       strokeWidth: s.width || 2, strokeDasharray: s.dash, dot: false,
                       isAnimationActive: false });
  }
  const labels = s.labels
    ? h(R.LabelList, { dataKey: s.key, position: s.labels, fontSize: 11 }) : null;
  return h(R.Bar, { key: s.key, dataKey: s.key, name: s.name, fill: s.color,
                    stackId: s.stack, isAnimationActive: false }, labels);
}

function draw(R, { kind, data, xKey, series, reference, yDomain, yWidth, legend, tooltip,
                   height, allowDecimals, margin }) {
  const axis = { fontSize: 11 };
  const children = [
    h(R.XAxis, { key: "x", dataKey: xKey, ...axis }),
    h(R.YAxis, { key: "y", width: yWidth, allowDecimals, domain: yDomain, ...axis }),
    ...series.map((s) => seriesElement(R, kind, s)),
  ];
  if (reference) {
    children.push(h(R.ReferenceLine, { key: "reference", y: reference.y, stroke: reference.color,
                                       strokeDasharray: reference.dash,
                                       strokeWidth: reference.width || 2 }));
  }
  if (tooltip) children.push(h(R.Tooltip, { key: "tooltip" }));
  if (legend) children.push(h(R.Legend, { key: "legend" }));
  const Chart = kind === "line" ? R.LineChart : R.BarChart;
  return h(R.ResponsiveContainer, { width: "100%", height },
           h(Chart, { data, margin }, ...children));
}

export function LazyChart(props) {
  const { height = 240, label } = props;
  const box = useRef(null);
  const [R, setR] = useState(loaded);
  useEffect(() => {
    if (R || !box.current) return undefined;
    let gone = false;
    const load = () => import("recharts").then((m) => {
      loaded = m;
      if (!gone) setR(m);
    });
    if (!("IntersectionObserver" in window)) {
      load();
      return () => { gone = true; };
    }
    const near = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        near.disconnect();
        load();
      }
    }, { rootMargin: "400px" });
    near.observe(box.current);
    return () => { gone = true; near.disconnect(); };
  }, [R]);
  return h("div", { ref: box, role: "img", "aria-label": label,
                    style: { width: "100%", height } },
           R ? draw(R, { series: [], data: [], ...props, height }) : null);
}
