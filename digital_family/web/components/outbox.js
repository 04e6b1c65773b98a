// The household page's outbox: every answer tapped is kept on the phone
// (localStorage) until the server says it is saved, so a lost connection or a
// reload loses nothing. Each change has an id made here; the server applies an
// id once (digital_family/households/household_changes.py), so sending a change again is
// always safe. The page shows kept answers at once (outboxMerge) and says what
// happened next to each control (useOutbox().keys).
import { createElement, useContext, useEffect, useState, useSyncExternalStore } from "react";
import {
  DispatchContext, EventLoopContext, StateStoreContext, useStateContext,
} from "$/utils/context-registry";
import { Link, useNavigate, useParams } from "react-router";

const STORE = "gds_outbox";
// Answers someone else changed meanwhile: both values, until the person chooses.
const CONFLICTS = "gds_conflicts";
// A leader's planned households (and his week's lines) as their pages show them, so he
// can open them offline: kept for the account that made the plan only.
const PACK = "gds_pack";
// People added on this phone: the number the page gave them (negative) → the change id
// of their "add", so answers about them still name them once the add is acknowledged.
const REFS = "gds_refs";
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
  visits: [], conflicts: [],
};
const SESSION = "gds_token"; // SessionState.token's local storage name

const keyOf = (c) =>
  c.kind === "set" ? `${c.m}:${c.f}` : c.kind === "checked" ? `${c.m}:checked`
    : c.kind === "visit" ? `v${c.h}:${c.id}` : c.kind === "signup" ? `c${c.c}:${c.m}`
      : `h${c.h}:confirm`;

function readList(name) {
  try {
    const list = JSON.parse(window.localStorage.getItem(name) || "[]");
    return Array.isArray(list) ? list.filter((c) => c && ID.test(c.id)) : [];
  } catch (e) {
    return [];
  }
}

function writeList(name, list) {
  try {
    window.localStorage.setItem(name, JSON.stringify(list));
  } catch (e) {
    // storage full or blocked: the change still goes out with this event
  }
}

const read = () => readList(STORE);
const write = (list) => writeList(STORE, list);

function token() {
  try {
    return window.localStorage.getItem(SESSION) || "";
  } catch (e) {
    return "";
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
  packIsMine(); // a copy kept for another account (or before a sign-out) is dropped here
  const list = read();
  const now = Date.now();
  const values = {};
  const keys = {};
  for (const [key, mark] of Object.entries(marks)) keys[key] = mark.state;
  for (const c of list) {
    values[keyOf(c)] = c.kind === "set" ? c.v : true;
    keys[keyOf(c)] = "waiting";
  }
  const conflicts = readList(CONFLICTS);
  for (const c of conflicts) keys[`${c.m}:${c.f}`] = "conflict";
  return {
    n: list.length,
    values,
    keys,
    late: list.some((c) => now - (c.t || 0) > LATE_MS),
    offline: !online,
    flushed: flushed && now - flushed.at < FLUSHED_MS ? flushed.n : 0,
    session: hasSession(),
    // households with a visit record waiting on the phone
    visits: [...new Set(list.filter((c) => c.kind === "visit").map((c) => c.h))],
    conflicts,
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
function refs() {
  try {
    return JSON.parse(window.localStorage.getItem(REFS) || "{}") || {};
  } catch (e) {
    return {};
  }
}

export function outboxPut(change) {
  const list = read();
  if (typeof change.m === "number" && change.m < 0 && !change.ma) {
    // a person added on this phone: named by the change that added them
    const add = list.find((c) => c.kind === "add" && c.r === change.m);
    const ref = add ? add.id : refs()[String(change.m)];
    if (ref) change = { ...change, ma: ref };
  }
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
// ``conflicts``: [{id, theirs, name, code}] for answers someone else changed meanwhile:
// kept aside with both values until the person chooses (outboxChoose).
export function outboxAck(doneIds, refusedIds = [], conflicts = []) {
  const done = new Set(doneIds);
  const refused = new Set(refusedIds);
  const now = Date.now();
  const list = read();
  const theirs = new Map(conflicts.map((c) => [c.id, c]));
  if (theirs.size) {
    let kept = readList(CONFLICTS);
    for (const c of list) {
      const found = theirs.get(c.id);
      if (!found || c.kind !== "set") continue;
      kept = kept.filter((k) => !(k.m === c.m && k.f === c.f));
      kept.push({ id: c.id, m: c.m, f: c.f, mine: c.v, theirs: found.theirs,
                  name: found.name, code: found.code, h: found.h });
      refused.add(c.id);
    }
    writeList(CONFLICTS, kept);
  }
  let late = 0;
  for (const c of list) {
    if (theirs.has(c.id)) continue; // shown as a conflict, not as refused
    if (done.has(c.id) || refused.has(c.id)) {
      marks[keyOf(c)] = { state: refused.has(c.id) ? "refused" : "saved", at: now };
      if (c.k || now - (c.t || 0) > LATE_MS) late += 1;
    }
  }
  const added = list.filter((c) => c.kind === "add" && done.has(c.id));
  if (added.length) {
    const kept = refs();
    for (const c of added) kept[String(c.r)] = c.id;
    const recent = Object.entries(kept).slice(-50);
    try {
      window.localStorage.setItem(REFS, JSON.stringify(Object.fromEntries(recent)));
    } catch (e) {
      // storage full: later answers about them wait for the page to be reloaded online
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

// The person chose between the two values of a conflict: theirs (nothing to send) or
// theirs replaced by mine (a new change whose base is theirs). Returns what to send.
export function outboxChoose(conflictId, mine) {
  const kept = readList(CONFLICTS);
  const found = kept.find((c) => c.id === conflictId);
  writeList(CONFLICTS, kept.filter((c) => c.id !== conflictId));
  if (!found) {
    emit();
    return read();
  }
  marks[`${found.m}:${found.f}`] = { state: "saved", at: Date.now() };
  if (!mine) {
    emit();
    return read();
  }
  return outboxPut({ kind: "set", m: found.m, f: found.f, v: found.mine, b: found.theirs });
}

// "Đăng ký học" without a signal: a class sign-up kept and shown at once ("Chờ gửi"); it
// goes out with the classes' next load (a reconnect), its change id applied once. Nothing
// is sent now: a sign-up dropped before it goes (outboxUnsign) must never arrive.
export function outboxSignup(classId, memberId) {
  const key = `c${classId}:${memberId}`;
  if (read().some((c) => keyOf(c) === key)) return;
  delete marks[key];
  outboxPut({ kind: "signup", c: classId, m: memberId });
}

// A kept sign-up dropped before it was sent: gone from the phone.
export function outboxUnsign(classId, memberId) {
  const key = `c${classId}:${memberId}`;
  write(read().filter((c) => keyOf(c) !== key));
  delete marks[key];
  emit();
}

// A visit record from the week's form: kept and sent like an answer (its change id is
// its idempotency key on the server), and the form (page state ``stateName``) closed.
// Returns what to send (nothing new without an outcome: the form says ``missing``).
export function outboxVisit(stateName, household, outcome, form, missing) {
  if (!household) return read();
  if (!outcome) {
    outboxLocal(stateName, { errors_rx_state_: { outcome: missing } });
    return read();
  }
  outboxLocal(stateName, { recording_rx_state_: 0, outcome_rx_state_: "", errors_rx_state_: {} });
  const helped = [];
  for (const [name, value] of Object.entries(form || {})) {
    const parts = name.split(":");
    if (parts.length === 3 && parts[0] === "helped" && value && value !== "off") {
      helped.push([parseInt(parts[1], 10), parts[2]]);
    }
  }
  const change = { kind: "visit", h: household, o: outcome, hp: helped };
  if (form?.visited_on) change.d = form.visited_on;
  if (form?.follow_up_on) change.fu = form.follow_up_on;
  if (form?.note) change.n = String(form.note).slice(0, 2000);
  return outboxPut(change);
}

function personCard(c) {
  const year = parseInt(c.y, 10) || 0;
  return {
    id: c.r, full_name: c.n, birth_year: year, age: year ? new Date().getFullYear() - year : 0,
    sex: c.s, occupation: c.o, has_smartphone: false, has_epayment: false, vneid_level: 0,
    skills: [], skill_count: 0, has_basic_skills: false, learning_status: "none",
    trader_ecommerce: false, trader_cashless: false, trader_digital_savings: false,
    entered_by_staff: true, checked: false,
  };
}

// The people added on this phone and not yet acknowledged, for household ``h``.
function addedPeople(h) {
  return read().filter((c) => c.kind === "add" && String(c.h) === String(h)).map(personCard);
}

// The add-a-person form: online, the form goes to the server as it is; offline, the person
// is kept as a change (shown at once, in the list of the family) and what the phone keeps
// is sent instead ({kept}).
export function outboxAddMember(stateName, household, form, offline, members) {
  if (!offline) return form;
  const ref = -(Date.now() % 1000000000);
  const change = { kind: "add", h: household, r: ref, n: String(form.full_name || "").trim(),
                   y: String(form.birth_year || ""), s: form.sex || "other",
                   o: form.occupation || "other" };
  const kept = outboxPut(change);
  outboxLocal(stateName, { members_rx_state_: [...(members || []), personCard(change)],
                           adding_rx_state_: false, errors_rx_state_: {} });
  return { kept };
}

// The pages a leader planned, kept for his account (offline copies).
const PACK_OWNER = "gds_pack_owner";

// Forget the copy unless this phone is still signed in as the account that made it.
function packIsMine() {
  try {
    const owner = window.localStorage.getItem(PACK_OWNER);
    if (owner === null) return false;
    if (owner && owner === token()) return true;
    window.localStorage.removeItem(PACK); // another account, or signed out: forget it
    window.localStorage.removeItem(PACK_OWNER);
  } catch (e) {
    // storage blocked: nothing kept
  }
  return false;
}

function readPack() {
  if (!packIsMine()) return null;
  try {
    const pack = JSON.parse(window.localStorage.getItem(PACK) || "null");
    return pack && typeof pack === "object" ? pack : null;
  } catch (e) {
    return null;
  }
}

export function outboxKeep(pack) {
  try {
    window.localStorage.setItem(PACK, JSON.stringify(pack));
    window.localStorage.setItem(PACK_OWNER, token());
  } catch (e) {
    // storage full or blocked: the pages need the network then
  }
  // and the pages' own HTML, for a reload without a signal
  const urls = Object.keys(pack.households || {}).map((id) => `/ho/${id}`);
  navigator.serviceWorker?.controller?.postMessage({ keep: urls });
}

// Page states set on this phone while it is offline (a form's open/closed state):
// the same update the server would send.
let dispatchers = null;
export function outboxLocal(stateName, delta) {
  if (dispatchers && dispatchers[stateName]) dispatchers[stateName](delta);
}

// Shows the kept copy of a planned household (or of the week) while the page cannot
// reach the server: the state gets the update the server would have sent.
export function OfflineCopy({ stateName, kind }) {
  const dispatch = useContext(DispatchContext);
  dispatchers = dispatch;
  const state = useStateContext(stateName);
  const params = useParams();
  const box = useOutbox();
  const [, connectErrors] = useContext(EventLoopContext) || [null, []];
  const offline = box.offline || box.late || (connectErrors || []).length > 0;
  useEffect(() => {
    if (!offline || !dispatch || !dispatch[stateName]) return;
    const pack = readPack();
    if (!pack) return;
    let copy = null;
    if (kind === "household" || kind === "classes") {
      // the household's page, and the classes its people may join (issue 20)
      const id = String(params.ho_id ?? "");
      copy = (kind === "household" ? pack.households : pack.classes)?.[id];
      if (!copy || (state?.loaded_rx_state_ && String(state?.household_id_rx_state_) === id)) {
        return;
      }
    } else {
      copy = pack.week;
      if (!copy || state?.loaded_rx_state_) return;
    }
    if (kind === "household") {
      const people = addedPeople(params.ho_id);
      if (people.length) {
        copy = { ...copy, members_rx_state_: [...(copy.members_rx_state_ || []), ...people] };
      }
    }
    dispatch[stateName](copy);
    // the header's home button leads back to the week after a reload without a signal
    if (pack.session && dispatch[pack.session.name]) dispatch[pack.session.name](pack.session.delta);
  }, [offline, kind, stateName, params.ho_id, state?.loaded_rx_state_,
      state?.household_id_rx_state_]);
  return null;
}

// What the server puts in page state ``stateName`` for the outbox, handed over as each
// update arrives (the state store calls its listeners once per update, before React
// renders, so no update is skipped):
// - ``member_updates``: the people a tap changed, sent in place of the whole list: put
//   into ``members`` (the server holds them there too, so doing it again changes nothing);
// - ``outbox_ack``: the acknowledgement of the changes the tap sent, in the tap's own
//   update. One seen again (the page state is sent whole after a reconnect) forgets
//   nothing new: change ids are never reused.
export function OutboxSync({ stateName }) {
  const store = useContext(StateStoreContext);
  const dispatch = useContext(DispatchContext);
  useEffect(() => {
    if (!store?.subscribe || !store.getSnapshot) return undefined;
    // the last values handled (an update brings a new object, an equal one keeps the old)
    let ack = null;
    let updates = null;
    const look = () => {
      const state = store.getSnapshot(stateName);
      const people = state?.member_updates_rx_state_;
      if (people && people !== updates) {
        updates = people;
        if (people.length && dispatch?.[stateName]) {
          const byId = new Map(people.map((m) => [m.id, m]));
          const members = state.members_rx_state_ || [];
          // the store keeps what is equal as it was, and calls back only on a change
          dispatch[stateName]({ members_rx_state_: members.map((m) => byId.get(m.id) ?? m) });
        }
      }
      const next = store.getSnapshot(stateName)?.outbox_ack_rx_state_;
      if (!next || next === ack) return;
      ack = next;
      if (Array.isArray(next.done)) {
        outboxAck(next.done, next.refused || [], next.conflicts || []);
      }
    };
    look(); // what arrived before the page was shown
    return store.subscribe(stateName, look);
  }, [store, dispatch, stateName]);
  return null;
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
  window.gdsOutbox = { put: outboxPut, pending: outboxPending, ack: outboxAck,
                      keep: outboxKeep, local: outboxLocal };
  const setOnline = (value) => () => {
    online = value;
    emit();
  };
  window.addEventListener("online", setOnline(true));
  window.addEventListener("offline", setOnline(false));
  // a sign-out changes the token without an event in this tab: look now and then
  window.setInterval(packIsMine, 2000);
  window.addEventListener("storage", (e) => {
    if (e.key === STORE || e.key === SESSION || e.key === CONFLICTS) emit();
  });
}


// The way back from a household page to where the leader opened it (his week, or the
// list), scroll included (issue 18: "Back always returns to where he was"): a link to a
// household remembers the page and its place in the history; "back" then goes back through
// the history to that very entry, where React Router puts the scroll back.
const BACK = "gds_back";
const RETURN = "gds_return"; // the page being returned to, and where it was scrolled

// On the page returned to: once its content is there (``ready``), the scroll it had. Its
// content arrives from the server after the page is shown, so the browser's own
// restoration would find a page too short.
export function ScrollBack({ ready }) {
  useEffect(() => {
    if (!ready) return;
    let back = null;
    try {
      back = JSON.parse(window.sessionStorage.getItem(RETURN) || "null");
    } catch (e) {
      return;
    }
    if (!back || back.path !== window.location.pathname + window.location.search) return;
    // the page may show its placeholder again while it reloads (ready false, then true):
    // the place is kept a few seconds, then forgotten
    if (Date.now() - (back.at || 0) > 5000) {
      window.sessionStorage.removeItem(RETURN);
      return;
    }
    const place = () => window.scrollTo(0, back.y);
    requestAnimationFrame(place);
    const later = setTimeout(place, 250); // after the router's own restoration
    return () => clearTimeout(later);
  }, [ready]);
  return null;
}

export function outboxRemember(household) {
  try {
    window.sessionStorage.setItem(BACK, JSON.stringify({
      ho: String(household).split("/").pop(), // an id, or the page's path /ho/<id>
      from: window.location.pathname + window.location.search,
      idx: window.history.state?.idx ?? null, y: Math.round(window.scrollY),
    }));
  } catch (e) {
    // storage blocked: the back link goes to the default page
  }
}

function rememberedWay(household) {
  try {
    const way = JSON.parse(window.sessionStorage.getItem(BACK) || "null");
    return way && way.ho === String(household) ? way : null;
  } catch (e) {
    return null;
  }
}

export function BackLink({ fallback, weekPath, weekLabel, listLabel, ...props }) {
  const params = useParams();
  const navigate = useNavigate();
  const [way, setWay] = useState(null);
  useEffect(() => setWay(rememberedWay(params.ho_id)), [params.ho_id]);
  const target = way?.from || fallback;
  const onClick = (event) => {
    if (way) {
      try {
        window.sessionStorage.setItem(RETURN, JSON.stringify({ path: way.from, y: way.y || 0,
                                                               at: Date.now() }));
      } catch (e) {
        // storage blocked: back to the page, at its top
      }
    }
    const here = window.history.state?.idx;
    if (way && way.idx !== null && typeof here === "number" && here > way.idx) {
      event.preventDefault();
      window.history.go(way.idx - here); // the very entry: its scroll comes back with it
    } else if (way) {
      event.preventDefault();
      navigate(target);
    }
  };
  const label = target.startsWith(weekPath) ? weekLabel : listLabel;
  return createElement(Link, { to: target, onClick, ...props }, label);
}
