// JourneyDesk's HTML page: journey tabs, zoom and pan, card details, search, links to cards.
// Every user text is set with textContent, never as markup.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("journeydesk-data").textContent);
  const tabs = Array.from(document.querySelectorAll(".tabs button"));
  const maps = Array.from(document.querySelectorAll(".map"));
  const details = document.querySelector(".details");
  const level = document.querySelector(".zoom .level");
  const search = document.querySelector(".search input");
  const count = document.querySelector(".search .count");
  const views = new Map();
  let current = maps[0];
  let selected = null;
  let hits = [];
  let hitIndex = -1;

  const svgOf = (map) => map.querySelector(".map-svg");
  const bounds = (svg) => svg.dataset.bounds.split(" ").map(Number);

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Zoom and pan: each map keeps its own view box.
  function view(map) {
    if (!views.has(map)) views.set(map, fitted(svgOf(map)));
    return views.get(map);
  }
  function fitted(svg) {
    const [x, y, w, h] = bounds(svg);
    return { x, y, w, h };
  }
  function apply(map) {
    const svg = svgOf(map);
    const v = view(map);
    svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    const box = svg.getBoundingClientRect();
    if (map === current && box.width > 0) {
      const scale = Math.min(box.width / v.w, box.height / v.h);
      level.textContent = `${Math.round(scale * 100)}%`;
    }
  }
  function svgPoint(svg, clientX, clientY) {
    const point = svg.createSVGPoint();
    point.x = clientX;
    point.y = clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }
  function zoom(map, factor, center) {
    const v = view(map);
    const [, , fullW] = bounds(svgOf(map));
    const width = Math.min(Math.max(v.w / factor, 120), fullW * 4);
    const applied = v.w / width;
    const c = center || { x: v.x + v.w / 2, y: v.y + v.h / 2 };
    v.x = c.x - (c.x - v.x) / applied;
    v.y = c.y - (c.y - v.y) / applied;
    v.w = width;
    v.h = v.h / applied;
    apply(map);
  }
  function fit(map) {
    views.set(map, fitted(svgOf(map)));
    apply(map);
  }
  function centreOn(map, node) {
    const box = node.getBBox();
    const v = view(map);
    const scale = Math.max(1, v.w / 1400);
    if (scale > 1) {
      v.h /= scale;
      v.w /= scale;
    }
    v.x = box.x + box.width / 2 - v.w / 2;
    v.y = box.y + box.height / 2 - v.h / 2;
    apply(map);
  }

  maps.forEach((map) => {
    const svg = svgOf(map);
    let drag = null;
    svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      zoom(map, Math.exp(-event.deltaY * 0.0015), svgPoint(svg, event.clientX, event.clientY));
    }, { passive: false });
    svg.addEventListener("pointerdown", (event) => {
      drag = { x: event.clientX, y: event.clientY, moved: false, target: event.target };
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      drag.moved = true;
      svg.classList.add("panning");
      const ctm = svg.getScreenCTM();
      const v = view(map);
      v.x -= dx / ctm.a;
      v.y -= dy / ctm.d;
      drag.x = event.clientX;
      drag.y = event.clientY;
      apply(map);
    });
    svg.addEventListener("pointerup", () => {
      const pressed = drag;
      drag = null;
      svg.classList.remove("panning");
      if (!pressed || pressed.moved) return;
      const card = pressed.target.closest(".card");
      if (card) select(card.dataset.card, false);
      else close();
    });
    svg.addEventListener("dblclick", (event) => zoom(map, 2, svgPoint(svg, event.clientX, event.clientY)));
  });
  document.querySelector(".zoom").addEventListener("click", (event) => {
    const action = event.target.dataset && event.target.dataset.zoom;
    if (action === "in") zoom(current, 1.4);
    else if (action === "out") zoom(current, 1 / 1.4);
    else if (action === "fit") fit(current);
  });
  document.addEventListener("keydown", (event) => {
    if (event.target === search) return;
    if (event.key === "+" || event.key === "=") zoom(current, 1.4);
    else if (event.key === "-") zoom(current, 1 / 1.4);
    else if (event.key === "0") fit(current);
    else if (event.key === "Escape") close();
  });

  // Journey tabs.
  function show(journeyId) {
    maps.forEach((map) => { map.hidden = map.dataset.journey !== journeyId; });
    tabs.forEach((tab) => tab.setAttribute("aria-selected", String(tab.dataset.journey === journeyId)));
    current = maps.find((map) => map.dataset.journey === journeyId);
    apply(current);
    collectHits();
  }
  tabs.forEach((tab) => tab.addEventListener("click", () => { close(); show(tab.dataset.journey); }));

  // Card details.
  function cardNode(cardId) {
    return document.querySelector(`.card[data-card="${CSS.escape(cardId)}"]`);
  }
  function select(cardId, centre) {
    const card = data.cards[cardId];
    if (!card) return;
    if (card.journey !== current.dataset.journey) show(card.journey);
    if (selected) selected.classList.remove("selected");
    selected = cardNode(cardId);
    if (selected) {
      selected.classList.add("selected");
      if (centre) centreOn(current, selected);
    }
    render(card);
  }
  const DETAIL_SECTIONS = [facts, links, tags, comments];
  function render(card) {
    details.replaceChildren();
    const closer = element("button", "close", "×");
    closer.type = "button";
    closer.title = "Close (Esc)";
    closer.addEventListener("click", close);
    details.append(closer, element("span", `kind ${card.kind}`, card.kindLabel));
    details.append(element("h3", "", card.title || "Untitled"));
    details.append(element("p", "where", `${card.stage} · ${card.lane}`));
    if (card.description) details.append(element("p", "description", card.description));
    DETAIL_SECTIONS.forEach((section) => section(card));
    details.hidden = false;
  }
  function facts(card) {
    if (!card.fields.length) return;
    const list = element("dl");
    card.fields.forEach(([label, value]) => list.append(element("dt", "", label), element("dd", "", value)));
    details.append(list);
  }
  function links(card) {
    card.links.forEach(([label, ids]) => {
      details.append(element("h4", "", label));
      ids.forEach((id) => {
        const other = data.cards[id];
        const button = element("button", "link", other ? other.title || "Untitled" : id);
        button.type = "button";
        button.addEventListener("click", () => select(id, true));
        details.append(button);
      });
    });
  }
  function tags(card) {
    if (!card.tags.length) return;
    details.append(element("h4", "", "Tags"));
    const box = element("div", "tags");
    card.tags.forEach((tag) => box.append(element("span", "", tag)));
    details.append(box);
  }
  function comments(card) {
    if (!card.comments.length) return;
    details.append(element("h4", "", "Comments"));
    card.comments.forEach((thread) => {
      const box = element("div", `thread ${thread.state.toLowerCase()}`);
      thread.messages.forEach(([author, time, text], number) => {
        const message = element("div", number ? "message reply" : "message");
        message.append(element("p", "meta", `${author} · ${time}`), element("p", "body", text));
        box.append(message);
      });
      if (thread.state === "Resolved") box.append(element("p", "state", "Resolved"));
      details.append(box);
    });
  }
  function close() {
    details.hidden = true;
    if (selected) selected.classList.remove("selected");
    selected = null;
  }
  document.querySelectorAll("tr[data-card]").forEach((row) => {
    const go = () => {
      select(row.dataset.card, true);
      document.querySelector(".viewer").scrollIntoView({ behavior: "smooth" });
    };
    row.addEventListener("click", go);
    row.addEventListener("keydown", (event) => { if (event.key === "Enter") go(); });
  });

  // Search: every card whose words hold the query; Enter goes to the next one.
  function words(card) {
    const values = [card.title, card.description, card.stage, card.lane, card.kindLabel, ...card.tags];
    card.fields.forEach(([, value]) => values.push(value));
    return values.join("\n").toLocaleLowerCase();
  }
  const index = Object.fromEntries(Object.entries(data.cards).map(([id, card]) => [id, words(card)]));
  function collectHits() {
    const query = search.value.trim().toLocaleLowerCase();
    const perJourney = new Map();
    document.querySelectorAll(".card.hit").forEach((node) => node.classList.remove("hit"));
    hits = [];
    hitIndex = -1;
    maps.forEach((map) => svgOf(map).classList.toggle("searching", query !== ""));
    if (query) {
      Object.entries(index).forEach(([id, text]) => {
        if (!text.includes(query)) return;
        const journey = data.cards[id].journey;
        perJourney.set(journey, (perJourney.get(journey) || 0) + 1);
        const node = cardNode(id);
        if (node) node.classList.add("hit");
        if (journey === current.dataset.journey) hits.push(id);
      });
    }
    tabs.forEach((tab) => {
      const badge = tab.querySelector(".hits");
      const found = perJourney.get(tab.dataset.journey) || 0;
      badge.hidden = !query || !found;
      badge.textContent = String(found);
    });
    count.textContent = query ? `${hits.length} card${hits.length === 1 ? "" : "s"}` : "";
  }
  search.addEventListener("input", collectHits);
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && hits.length) {
      hitIndex = (hitIndex + 1) % hits.length;
      select(hits[hitIndex], true);
      count.textContent = `${hitIndex + 1} of ${hits.length}`;
    } else if (event.key === "Escape") {
      search.value = "";
      collectHits();
    }
  });

  // Print the whole of every map, then return to the views.
  window.addEventListener("beforeprint", () => maps.forEach((map) => {
    const [x, y, w, h] = bounds(svgOf(map));
    svgOf(map).setAttribute("viewBox", `${x} ${y} ${w} ${h}`);
  }));
  window.addEventListener("afterprint", () => maps.forEach((map) => apply(map)));
  window.addEventListener("resize", () => apply(current));

  apply(current);
})();
