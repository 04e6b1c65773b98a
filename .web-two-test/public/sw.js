// Gia Đình Số service worker: keeps the app shell and the code of every page for weak
// connections (a second visit needs no network for code) and shows an offline page when
// there is no network at all.
// The production build (digital_family/web/frontend.py) fills PRECACHE with the pages'
// first-load scripts and stylesheets and appends their digest to VERSION, so a new build
// installs a new worker that replaces the old cache.
const VERSION = "gds-v2";
const PRECACHE = [];
const SHELL = [
  "/offline.html",
  "/manifest.webmanifest",
  "/register-sw.js",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      // files the page just loaded come from the HTTP cache, not the network
      .then((cache) => cache.addAll([...SHELL, ...PRECACHE]))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// A leader's planned households (outbox.js, outboxKeep): their pages' HTML is kept so
// that a reload without a signal still opens them. Only this origin's household pages.
self.addEventListener("message", (event) => {
  const urls = (event.data && Array.isArray(event.data.keep) ? event.data.keep : [])
    .filter((u) => typeof u === "string" && /^\/ho\/\d+$/.test(u))
    .slice(0, 50);
  if (!urls.length) return;
  event.waitUntil(
    caches.open(VERSION).then((cache) =>
      Promise.all(urls.map((u) => fetch(u, { credentials: "same-origin" })
        .then((response) => (response.ok ? cache.put(u, response) : null))
        .catch(() => null))))
  );
});

// Any kept household page: they are one page whose data comes from the server (or, for
// a leader's planned households offline, from the phone).
function anyHouseholdPage() {
  return caches.open(VERSION).then((cache) => cache.keys()).then((keys) => {
    const found = keys.find((k) => /^\/ho\/\d+$/.test(new URL(k.url).pathname));
    return found ? caches.match(found) : undefined;
  });
}

function isBuildAsset(url) {
  // Reflex's production build names its files by content hash: safe to keep.
  return url.pathname.startsWith("/assets/");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Live data (the websocket, uploads, pings) never comes from a cache.
  if (url.pathname.startsWith("/_") || url.pathname === "/ping") return;

  if (request.mode === "navigate") {
    // Pages: the network first (data must be fresh), the cached copy when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(VERSION).then((cache) => cache.put(request, copy));
          return response;
        })
        .catch(() =>
          // /ho?nguoi=2 is the same page as /ho: its query only says where you were
          caches
            .match(request, { ignoreSearch: true })
            .then((cached) => cached ||
              (/^\/ho\/\d+$/.test(url.pathname) ? anyHouseholdPage() : undefined))
            .then((cached) => cached || caches.match("/offline.html"))
        )
    );
    return;
  }

  if (isBuildAsset(url) || SHELL.includes(url.pathname)) {
    event.respondWith(
      // ignoreVary: the server varies on Origin, which a module script's request carries
      // and the install's did not; a file named by its content is the same either way
      // (a page never opened online, e.g. a leader's planned household, needs it offline)
      caches.match(request, { ignoreVary: true }).then(
        (cached) =>
          cached ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(VERSION).then((cache) => cache.put(request, copy));
            }
            return response;
          })
      )
    );
  }
});
