// Draws the charts of /Reports from the figures the page embeds (#report-data, data-json). Every chart has
// the same numbers in a table on the page; suppressed figures ("<5") arrive as null and are not drawn.
(function () {
  "use strict";
  const source = document.getElementById("report-data");
  if (!source || typeof Chart === "undefined") {
    return;
  }
  const data = JSON.parse(source.dataset.json);
  const css = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => (css.getPropertyValue(name) || fallback).trim();
  const primary = colour("--bs-primary", "#0d6efd");
  const secondary = colour("--bs-secondary", "#6c757d");
  const palette = [primary, "#6f42c1", "#d63384", "#fd7e14", "#198754"];
  const numbers = new Intl.NumberFormat("it-IT");
  const tooltip = {
    callbacks: {
      label: (ctx) => `${ctx.dataset.label || ctx.label}: ${ctx.raw === null ? "<5" : numbers.format(ctx.raw)}`,
    },
  };
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  Chart.defaults.animation = reduceMotion ? false : Chart.defaults.animation;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = css.getPropertyValue("--bs-body-font-family") || Chart.defaults.font.family;

  const draw = (id, config) => {
    const canvas = document.getElementById(id);
    if (canvas) {
      new Chart(canvas, config);
    }
  };

  draw("chart-companies", {
    type: "bar",
    data: {
      labels: data.companies.labels,
      datasets: [{ label: `Aziende ${data.trend.year}`, data: data.companies.values, backgroundColor: palette.slice(0, 4) }],
    },
    options: { indexAxis: "y", plugins: { legend: { display: false }, tooltip }, scales: { x: { beginAtZero: true } } },
  });

  draw("chart-people", {
    type: "bar",
    data: {
      labels: data.people.labels,
      datasets: data.people.series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: palette[i % palette.length] })),
    },
    options: { plugins: { tooltip }, scales: { y: { beginAtZero: true } } },
  });

  const trend = (id, label, current, previous) => draw(id, {
    type: "line",
    data: {
      labels: data.trend.labels,
      datasets: [
        { label: `${label} ${data.trend.year}`, data: current, borderColor: primary, backgroundColor: primary, tension: 0.2, spanGaps: false },
        { label: `${label} ${data.trend.year - 1}`, data: previous, borderColor: secondary, backgroundColor: secondary, borderDash: [6, 4], tension: 0.2 },
      ],
    },
    options: { plugins: { tooltip }, scales: { y: { beginAtZero: true } } },
  });
  trend("chart-trend-companies", "Aziende contattate", data.trend.contacted, data.trend.contactedPrevious);
  trend("chart-trend-hires", "Assunzioni", data.trend.hires, data.trend.hiresPrevious);
})();
