// The dashboard page: levers come from the API, runs are polled until done or failed.
"use strict";

const $ = (id) => document.getElementById(id);
let levers = [];
let polling = null;

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json();
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    throw new Error(detail);
  }
  return body;
}

function showError(message) {
  $("error").textContent = message || "";
  $("error").style.display = message ? "block" : "none";
}

function choiceInputs(lever) {
  // switches: a checkbox per id, ticked while in force; factors/dates: an input per id, blank = as the scenario
  const box = document.createElement("div");
  box.className = "choices";
  box.dataset.key = lever.key;
  for (const choice of lever.choices) {
    const row = document.createElement("label");
    row.className = "choice";
    const input = document.createElement("input");
    input.dataset.choice = choice.key;
    if (lever.type === "switches") {
      input.type = "checkbox";
      input.checked = !lever.default.includes(choice.key);
    } else {
      input.type = lever.type === "dates" ? "date" : "number";
      input.step = "any";
      const current = lever.default[choice.key];
      input.value = current === undefined ? "" : current;
      input.placeholder = "as scenario";
    }
    input.addEventListener("input", () => {
      box.closest(".lever").classList.toggle("changed", JSON.stringify(leverValue(lever, box)) !== JSON.stringify(lever.default));
    });
    const text = document.createElement("span");
    text.textContent = " " + choice.label;
    row.append(input, text);
    box.appendChild(row);
  }
  return box;
}

function leverInput(lever) {
  if (lever.choices) return choiceInputs(lever);
  const input = document.createElement("input");
  input.dataset.key = lever.key;
  if (lever.type === "boolean") {
    input.type = "checkbox";
    input.checked = Boolean(lever.default);
  } else if (lever.type === "date") {
    input.type = "date";
    input.value = lever.default;
  } else {
    input.type = "number";
    input.step = lever.type === "integer" ? "1" : "any";
    if (lever.minimum !== null) input.min = lever.minimum;
    if (lever.maximum !== null) input.max = lever.maximum;
    input.value = lever.default;
  }
  input.addEventListener("input", () => {
    input.closest(".lever").classList.toggle("changed", leverValue(lever, input) !== lever.default);
  });
  return input;
}

function leverValue(lever, input) {
  if (lever.type === "switches") {
    return [...input.querySelectorAll("input")].filter((i) => !i.checked).map((i) => i.dataset.choice);
  }
  if (lever.type === "factors" || lever.type === "dates") {
    const out = {};
    for (const i of input.querySelectorAll("input")) {
      if (i.value !== "") out[i.dataset.choice] = lever.type === "dates" ? i.value : Number(i.value);
    }
    return out;
  }
  if (lever.type === "boolean") return input.checked;
  if (lever.type === "date") return input.value;
  return input.value === "" ? null : Number(input.value);
}

function renderLevers() {
  const box = $("levers");
  box.innerHTML = "";
  const groups = {};
  for (const lever of levers) {
    if (!groups[lever.module]) {
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = lever.module;
      fieldset.appendChild(legend);
      box.appendChild(fieldset);
      groups[lever.module] = fieldset;
    }
    const row = document.createElement("div");
    row.className = "lever";
    const label = document.createElement("label");
    label.textContent = lever.name.replaceAll("_", " ") + " ";
    const help = document.createElement("small");
    help.textContent = lever.description;
    label.appendChild(help);
    const input = leverInput(lever);
    input.id = "lever-" + lever.key.replaceAll(".", "-");
    label.htmlFor = input.id;
    row.append(label, input);
    groups[lever.module].appendChild(row);
  }
}

function overrides() {
  const out = {};
  for (const lever of levers) {
    const input = document.querySelector(`[data-key="${lever.key}"]`);
    const value = leverValue(lever, input);
    if (value !== null && JSON.stringify(value) !== JSON.stringify(lever.default)) out[lever.key] = value;
  }
  return out;
}

function showRun(run) {
  $("progress").value = run.progress;
  const changed = Object.entries(run.overrides).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(", ");
  $("status").textContent = `${run.status}: ${changed || "baseline"} (${Math.round(run.progress * 100)}%)`;
  $("status").dataset.status = run.status;
  $("status").dataset.runId = run.id;
  if (run.status === "failed") {
    showError("Run failed: " + run.error);
  }
  if (run.status === "done") {
    Plotly.react("chart", run.figure.data, run.figure.layout, {displaylogo: false, responsive: true});
    const fmt = (x) => Math.round(x).toLocaleString("en");
    const what = run.totals.what.charAt(0).toUpperCase() + run.totals.what.slice(1);
    $("totals").textContent = run.totals.changed === null
      ? `${what}: ${fmt(run.totals.baseline)} (baseline)`
      : `${what}: ${fmt(run.totals.changed)} against ${fmt(run.totals.baseline)} in the baseline`;
  }
}

async function startRun(withOverrides) {
  clearInterval(polling);
  showError("");
  $("run").disabled = true;
  try {
    let run = await api("/api/runs", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({scenario: $("scenario").value, overrides: withOverrides ? overrides() : {},
                            seed: Number($("seed").value || 1)}),
    });
    showRun(run);
    polling = setInterval(async () => {
      try {
        run = await api(`/api/runs/${run.id}`);
      } catch (err) {
        clearInterval(polling);
        $("run").disabled = false;
        showError(err.message);
        return;
      }
      showRun(run);
      if (run.status === "done" || run.status === "failed") {
        clearInterval(polling);
        $("run").disabled = false;
      }
    }, 300);
  } catch (err) {
    $("run").disabled = false;
    $("status").textContent = "not started";
    $("status").dataset.status = "rejected";
    showError(err.message);
  }
}

async function selectScenario() {
  levers = await api(`/api/scenarios/${encodeURIComponent($("scenario").value)}/levers`);
  renderLevers();
  await startRun(false);
}

async function init() {
  try {
    const scenarios = await api("/api/scenarios");
    for (const sc of scenarios) {
      const option = document.createElement("option");
      option.value = sc.name;
      option.textContent = `${sc.name} (${sc.start}, ${sc.days} days, ${sc.places} places)`;
      $("scenario").appendChild(option);
    }
    $("scenario").addEventListener("change", selectScenario);
    $("run").addEventListener("click", () => startRun(true));
    $("reset").addEventListener("click", renderLevers);
    await selectScenario();
  } catch (err) {
    showError(err.message);
  }
}

init();
