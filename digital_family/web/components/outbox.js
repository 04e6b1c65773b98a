// The household page's outbox: every answer tapped is kept on the phone
// (localStorage) until the server says it is saved, so a lost connection or a
// reload loses nothing. Each change has an id made here; the server applies an
// id once (digital_family/households/household_changes.py), so sending a change again is
// always safe. The page shows kept answers at once (outboxMerge) and says what
// happened next to each control (useOutbox().keys).
import { useSyncExternalStore } from "react";

const STORE = "gds_outbox";
// "Đã lưu" stays next to a control for as long as the page is open: a lasting sign
// that the answer is kept (issue 19 point 4).
const LATE_MS = 5000; // a change not acknowledged by then: the connection is in doubt
const ID = /^[A-Za-z0-9_-]{16,64}$/;

const listeners = new Set();
const marks = {}; // key -> {state: "saved" | "refused", at}
let online = typeof navigator === "undefined" || navigator.onLine !== false;
// {n, at}: changes kept while offline that have now been sent. The notice adds up every
// acknowledgement after a reconnection (they can come in several answers) and stays
// until the next answer is tapped, or FLUSHED_MS at most (issue 19 point 2).
let flushed = null;
const FLUSHED_MS = 20000;
let snapshot = null;
const EMPTY = {
  n: 0, values: {}, keys: {}, late: false, offline: false, flushed: 0, session: false,
};
const SESSION = "gds_token"; // SessionState.token's local storage name

const keyOf = (c) =>
  c.kind === "set" ? `${c.m}:${c.f}` : c.kind === "checked" ? `${c.m}:checked` : `h${c.h}:confirm`;

function read() {
  try {
    const list = JSON.parse(window.localStorage.getItem(STORE) || "[]");
    return Array.isArray(list) ? list.filter((c) => c && ID.test(c.id)) : [];
  } catch (e) {
    return [];
  }
}

function write(list) {
  try {
    window.localStorage.setItem(STORE, JSON.stringify(list));
  } catch (e) {
    // storage full or blocked: the change still goes out with this event
  }
}

function hasSession() {
  try {
    const token = window.localStorage.getItem(SESSION);
    return !!token && token !== '""';
  } catch (e) {
    return false;
  }
}

function build() {
  const list = read();
  const now = Date.now();
  const values = {};
  const keys = {};
  for (const [key, mark] of Object.entries(marks)) keys[key] = mark.state;
  for (const c of list) {
    values[keyOf(c)] = c.kind === "set" ? c.v : true;
    keys[keyOf(c)] = "waiting";
  }
  return {
    n: list.length,
    values,
    keys,
    late: list.some((c) => now - (c.t || 0) > LATE_MS),
    offline: !online,
    flushed: flushed && now - flushed.at < FLUSHED_MS ? flushed.n : 0,
    session: hasSession(),
  };
}

function emit() {
  snapshot = build();
  listeners.forEach((listener) => listener());
}

function newId() {
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// Keep a change and return every change not yet acknowledged, oldest first:
// that list is what the tap sends, so nothing earlier is ever overtaken.
export function outboxPut(change) {
  const list = read();
  // "k": made while offline: once sent, the banner says how many of those went out
  list.push({ ...change, id: newId(), t: Date.now(), ...(online ? {} : { k: 1 }) });
  write(list);
  if (online && list.every((c) => !c.k)) flushed = null; // read: the next answer clears it
  emit();
  setTimeout(emit, LATE_MS + 100);
  return list;
}

// Every change not yet acknowledged (sent again when the page (re)connects).
export function outboxPending() {
  return read();
}

// The server applied (or refused) these ids: forget them, and say so briefly.
export function outboxAck(doneIds, refusedIds = []) {
  const done = new Set(doneIds);
  const refused = new Set(refusedIds);
  const now = Date.now();
  const list = read();
  let late = 0;
  for (const c of list) {
    if (done.has(c.id) || refused.has(c.id)) {
      marks[keyOf(c)] = { state: refused.has(c.id) ? "refused" : "saved", at: now };
      if (c.k || now - (c.t || 0) > LATE_MS) late += 1;
    }
  }
  write(list.filter((c) => !done.has(c.id) && !refused.has(c.id)));
  if (late) {
    const showing = flushed && now - flushed.at < FLUSHED_MS;
    flushed = { n: (showing ? flushed.n : 0) + late, at: now };
    setTimeout(emit, FLUSHED_MS + 100);
  }
  emit();
}

// A member as the page should show it: the server's values with kept answers on top.
export function outboxMerge(member, box, threshold) {
  if (!member || !box || box.n === 0) return member;
  const prefix = `${member.id}:`;
  const out = { ...member };
  const skills = new Set(member.skills);
  for (const [key, value] of Object.entries(box.values)) {
    if (!key.startsWith(prefix)) continue;
    const field = key.slice(prefix.length);
    out.checked = true; // answered or passed: gone through (issue 19 point 1)
    if (field === "checked") continue;
    if (field.startsWith("skill.")) {
      if (value) skills.add(field.slice(6));
      else skills.delete(field.slice(6));
    } else out[field] = value;
  }
  out.skills = [...skills];
  out.skill_count = out.skills.length;
  out.has_basic_skills = out.skill_count >= threshold;
  return out;
}

export function outboxMergeAll(members, box, threshold) {
  return (members || []).map((m) => outboxMerge(m, box, threshold));
}

function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOutbox() {
  return useSyncExternalStore(
    subscribe,
    () => snapshot || (snapshot = build()),
    () => EMPTY,
  );
}

if (typeof window !== "undefined") {
  window.gdsOutbox = { put: outboxPut, pending: outboxPending, ack: outboxAck };
  const setOnline = (value) => () => {
    online = value;
    emit();
  };
  window.addEventListener("online", setOnline(true));
  window.addEventListener("offline", setOnline(false));
  window.addEventListener("storage", (e) => {
    if (e.key === STORE || e.key === SESSION) emit();
  });
}
