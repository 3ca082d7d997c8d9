// Draws every server-built plotly figure on the page. Each chart container names the
// <script type="application/json"> element holding its figure in data-chart.
(function () {
  "use strict";

  function draw() {
    if (!window.Plotly) {
      return;
    }
    var topojsonURL = document.body.getAttribute("data-topojson-url");
    var charts = document.querySelectorAll("[data-chart]");
    Array.prototype.forEach.call(charts, function (element) {
      var source = document.getElementById(element.getAttribute("data-chart"));
      if (!source) {
        return;
      }
      var figure = JSON.parse(source.textContent);
      // The card's caption is the visible title; the figure keeps its own for anyone reusing the JSON.
      if (element.closest("figure") && element.closest("figure").querySelector("figcaption")) {
        figure.layout.title = { text: "" };
        figure.layout.margin = Object.assign({}, figure.layout.margin, { t: 16 });
      }
      var config = {
        responsive: true,
        displaylogo: false,
        modeBarButtonsToRemove: ["select2d", "lasso2d"],
        topojsonURL: topojsonURL
      };
      window.Plotly.newPlot(element, figure.data, figure.layout, config).then(function () {
        element.setAttribute("data-rendered", "true");
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
