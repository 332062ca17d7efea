// Saakh console: the page's only script (CSP allows scripts from this server alone). It sends the
// CSRF token with htmx requests, draws the charts a page carries as data-chart attributes, and
// follows a pipeline run's Server-Sent Events into its log.
(function () {
  "use strict";

  var PALETTE = ["#0b5c63", "#b3261e", "#2f5fb3", "#a8650a", "#1e7b3a", "#6b3fa0", "#c2185b",
    "#00838f", "#5d4037", "#546e7a", "#9e9d24", "#ef6c00", "#283593", "#4e342e", "#00695c"];

  function lakh(n) {
    var neg = n < 0, s = Math.abs(n).toFixed(0), last3 = s.slice(-3), rest = s.slice(0, -3);
    if (rest) { last3 = "," + last3; }
    return (neg ? "-" : "") + "₹" + rest.replace(/\B(?=(\d{2})+(?!\d))/g, ",") + last3;
  }

  // The elements of root matching css, root itself included (htmx:load hands over the new element).
  function within(root, css) {
    var found = Array.prototype.slice.call(root.querySelectorAll(css));
    if (root.matches && root.matches(css)) { found.unshift(root); }
    return found;
  }

  function drawCharts(root) {
    if (typeof Chart === "undefined") { return; }
    within(root, "canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) { return; }
      var spec;
      try { spec = JSON.parse(canvas.dataset.chart); } catch (e) { return; }
      canvas.dataset.drawn = "1";
      var round = spec.type === "doughnut";
      var config = {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: spec.datasets.map(function (d, i) {
            var c = PALETTE[i % PALETTE.length];
            return {
              label: d.label, data: d.data, type: d.kind === "line" && spec.type !== "line" ? "line" : undefined,
              backgroundColor: round ? spec.labels.map(function (_, j) { return PALETTE[j % PALETTE.length]; }) : c,
              borderColor: c, borderWidth: d.kind === "line" ? 2 : 0, pointRadius: d.kind === "line" ? 2 : 0,
              tension: 0.2
            };
          })
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          plugins: {
            legend: { position: round ? "right" : "top", labels: { boxWidth: 12 } },
            tooltip: { callbacks: { label: function (ctx) {
              var v = ctx.parsed !== null && typeof ctx.parsed === "object" ? ctx.parsed.y : ctx.parsed;
              return (ctx.dataset.label || "") + ": " + lakh(v);
            } } }
          },
          scales: round ? {} : { y: { ticks: { callback: function (v) { return lakh(v); } } } }
        }
      };
      new Chart(canvas, config);
    });
  }

  function followRuns(root) {
    within(root, "[data-events]").forEach(function (box) {
      if (box.dataset.following) { return; }
      box.dataset.following = "1";
      var log = box.querySelector(".log"), state = box.querySelector(".run-state");
      var source = new EventSource(box.dataset.events);
      source.addEventListener("log", function (e) {
        var line = JSON.parse(e.data), div = document.createElement("div");
        div.className = line.level;
        div.textContent = line.text;
        log.appendChild(div);
        log.scrollTop = log.scrollHeight;
      });
      source.addEventListener("done", function (e) {
        var result = JSON.parse(e.data).text;
        source.close();
        state.textContent = result;
        state.className = "run-state chip " + (result === "failed" || result === "REJECT" ? "bad" : "ok");
        box.dataset.result = result;
        if (window.htmx && box.dataset.header) {
          htmx.ajax("GET", box.dataset.header, { target: "#header", swap: "outerHTML" });
        }
        document.querySelectorAll("#run-clean, #run-analyze").forEach(function (b) { b.disabled = false; });
      });
      source.onerror = function () {
        if (!box.dataset.result) { state.textContent = "connection lost; reload to see the result"; }
        source.close();
      };
    });
  }

  document.addEventListener("htmx:configRequest", function (e) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) { e.detail.headers[header.content] = token.content; }
  });
  document.addEventListener("htmx:load", function (e) { drawCharts(e.detail.elt); followRuns(e.detail.elt); });
  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); followRuns(document); });
})();
